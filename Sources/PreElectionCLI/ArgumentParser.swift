/// A small command-line parser for `preelection`'s subcommands (packages: none, so no swift-argument-parser).
///
/// Each command declares its options and positional words once, as typed values (`CivilDate`, `Nation`,
/// `OutputFormat`…) with one parser each; parsing checks every value, usage and `--help` are generated from
/// the declarations, and a word the command does not take is an error rather than silently ignored.
/// Accepts `--name value`, `--name=value`, repeatable options, boolean flags, `--` to end options and `-`
/// as a positional (stdin). Unknown options are errors that suggest the closest known one.
public struct CommandSpec: Sendable {
    /// Subcommand name, e.g. `periods`.
    public var name: String
    /// One line for the overview, e.g. "pre-election periods for a year or range".
    public var summary: String
    /// The words the command takes besides its options (nil: none).
    public var positionals: PositionalSpec?
    /// Known options.
    public var options: [OptionSpec]
    /// Extra help text after the options (examples, notes).
    public var discussion: String

    /// Creates a spec.
    public init(name: String, summary: String, positionals: PositionalSpec? = nil, options: [OptionSpec], discussion: String = "") {
        self.name = name
        self.summary = summary
        self.positionals = positionals
        self.options = options
        self.discussion = discussion
    }

    /// Usage synopsis generated from the declarations, e.g. `preelection on DATE [--country COUNTRY] ...`.
    public var usage: String {
        var s = "preelection \(name)"
        if let positionals {
            var word = positionals.placeholder
            if positionals.maximum != 1 { word += "..." }
            s += " " + (positionals.required ? word : "[\(word)]")
        }
        for option in options {
            switch option.kind {
            case .flag: s += " [--\(option.name)]"
            case .single: s += " [--\(option.name) \(option.valueName)]"
            case .repeatable: s += " [--\(option.name) \(option.valueName)]..."
            }
        }
        return s
    }

    /// Full `--help` text.
    public var help: String {
        var s = "\(summary)\n\nUsage: \(usage)\n"
        if !options.isEmpty {
            s += "\nOptions:\n"
            for o in options {
                var left = "  --\(o.name)"
                if o.kind != .flag { left += " \(o.valueName)" }
                if o.kind == .repeatable { left += "..." }
                let pad = max(1, 30 - left.count)
                s += left + String(repeating: " ", count: pad) + o.help + "\n"
            }
        }
        s += "  --help" + String(repeating: " ", count: 24) + "show this help\n"
        if !discussion.isEmpty { s += "\n" + discussion + "\n" }
        return s
    }
}

/// The words a subcommand takes besides its options (files, dates, election ids), with their type.
public struct PositionalSpec: Sendable {
    /// Placeholder in usage, e.g. `FILE|DIR|-`.
    public var placeholder: String
    /// How many may be given (nil: any number).
    public var maximum: Int?
    /// Whether usage shows them as required (the command says what to give when none is).
    public var required: Bool
    /// Checks one word; returns the typed value.
    var parser: @Sendable (String, String) throws(CLIError) -> any Sendable

    /// Declares positional words of type `T`.
    public init<T: ArgumentValue>(_ placeholder: String, _ type: T.Type, maximum: Int? = nil, required: Bool = true) {
        self.placeholder = placeholder
        self.maximum = maximum
        self.required = required
        self.parser = { (text: String, location: String) throws(CLIError) -> any Sendable in try T.parse(text, at: location) }
    }
}

/// One option a subcommand accepts, declared once with its type.
public struct OptionSpec: Sendable {
    /// How many values an option takes.
    public enum Kind: Sendable { case flag, single, repeatable }
    /// Name without dashes, e.g. `year`.
    public var name: String
    /// Flag, one value, or repeatable.
    public var kind: Kind
    /// Placeholder in help, e.g. `DATE`.
    public var valueName: String
    /// One line of help.
    public var help: String
    /// Checks one value given at a location (`--name`); returns the typed value.
    var parser: @Sendable (String, String) throws(CLIError) -> any Sendable
    /// True for free text (file names, ids), which any word fits.
    let isFreeText: Bool

    /// Declares an option whose values are `T`, checked when the command line is parsed.
    public init<T: ArgumentValue>(_ name: String, _ kind: Kind = .single, _ type: T.Type, valueName: String? = nil, help: String) {
        self.name = name
        self.kind = kind
        self.valueName = valueName ?? T.placeholder
        self.help = help
        self.parser = { (text: String, location: String) throws(CLIError) -> any Sendable in try T.parse(text, at: location) }
        self.isFreeText = T.self == String.self
    }

    /// Declares a flag, or an option whose values are free text (file names, election ids).
    public init(_ name: String, _ kind: Kind, valueName: String = "VALUE", help: String) {
        self.init(name, kind, String.self, valueName: valueName, help: help)
    }

    /// Declares `--format` offering `allowed` (the first is the default), read without regard to case.
    public static func format(_ allowed: [OutputFormat], help: String? = nil) -> OptionSpec {
        let names = allowed.map(\.rawValue)
        var option = OptionSpec("format", .single, OutputFormat.self, valueName: names.joined(separator: "|"),
                                help: help ?? "\(names[0]) (default)" + names.dropFirst().enumerated().map { ($0.offset == names.count - 2 ? " or " : ", ") + $0.element }.joined())
        option.parser = { (text: String, location: String) throws(CLIError) -> any Sendable in
            let format = try OutputFormat.parse(text, at: location)
            guard allowed.contains(format) else {
                throw CLIError("unknown format '\(text)'", at: location, hint: "use " + names.dropLast().joined(separator: ", ") + (names.count > 1 ? " or " : "") + (names.last ?? ""))
            }
            return format
        }
        return option
    }
}

/// The result of parsing: option values by name and positionals in order, as given and as typed values.
public struct ParsedArguments: Sendable {
    /// Arguments that are not options, in order (`-` included).
    public var positionals: [String] = []
    /// Values of single and repeatable options as given, by option name.
    public var values: [String: [String]] = [:]
    /// The same values parsed by their option's type.
    var typed: [String: [any Sendable]] = [:]
    /// The positionals parsed by the command's positional type.
    var typedPositionals: [any Sendable] = []
    /// Flags that were given.
    public var flags: Set<String> = []
    /// True when `--help` or `-h` was given.
    public var wantsHelp = false

    /// Creates an empty result (no options given).
    public init() {}

    /// The last value given for a single-valued option, as typed.
    public func value(_ name: String) -> String? { values[name]?.last }
    /// Every value given for a repeatable option, in order.
    public func all(_ name: String) -> [String] { values[name] ?? [] }
    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }
    /// The value of a single-valued option, parsed by its declared type (nil when not given).
    public func value<T: ArgumentValue>(_ name: String, as type: T.Type) -> T? { typed[name]?.last as? T }
    /// Every value of a repeatable option, parsed by its declared type.
    public func all<T: ArgumentValue>(_ name: String, as type: T.Type) -> [T] { (typed[name] ?? []).compactMap { $0 as? T } }
    /// The positional words parsed by the command's declared type.
    public func positionals<T: ArgumentValue>(as type: T.Type) -> [T] { typedPositionals.compactMap { $0 as? T } }
    /// `--format`, or `fallback` when it was not given.
    public func format(default fallback: OutputFormat = .text) -> OutputFormat { value("format", as: OutputFormat.self) ?? fallback }
}

/// Parses arguments against a `CommandSpec`.
public enum ArgumentParser {
    /// Parses `arguments` (the words after the subcommand name), checking every value against its declared type.
    public static func parse(_ arguments: [String], spec: CommandSpec) throws(CLIError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false
        var strays: [String] = []
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if optionsEnded || word == "-" || !word.hasPrefix("-") {
                result.positionals.append(word)
                continue
            }
            if word == "--" { optionsEnded = true; continue }
            if word == "--help" || word == "-h" { result.wantsHelp = true; continue }
            guard word.hasPrefix("--") else {
                throw CLIError("unknown option '\(word)'", hint: "options are spelled with two dashes; see 'preelection \(spec.name) --help'")
            }
            var name = String(word.dropFirst(2))
            var inlineValue: String?
            if let eq = name.firstIndex(of: "=") {
                inlineValue = String(name[name.index(after: eq)...])
                name = String(name[..<eq])
            }
            guard let option = spec.options.first(where: { $0.name == name }) else {
                let suggestion = closest(to: name, in: spec.options.map(\.name))
                throw CLIError("unknown option '--\(name)'",
                               hint: suggestion.map { "did you mean '--\($0)'? See 'preelection \(spec.name) --help'" }
                                   ?? "see 'preelection \(spec.name) --help'")
            }
            switch option.kind {
            case .flag:
                if inlineValue != nil { throw CLIError("option '--\(name)' takes no value", hint: "write just '--\(name)'") }
                result.flags.insert(name)
            case .single, .repeatable:
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else {
                    guard index < arguments.count else {
                        throw CLIError("option '--\(name)' needs a value", hint: "write '--\(name) \(option.valueName)'")
                    }
                    value = arguments[index]
                    index += 1
                }
                if option.kind == .single, result.values[name] != nil {
                    throw CLIError("option '--\(name)' given twice", hint: "give it once")
                }
                result.typed[name, default: []].append(try option.parser(value, "--\(name)"))
                result.values[name, default: []].append(value)
            }
        }
        guard let positional = spec.positionals else {
            strays = result.positionals
            if let stray = strays.first { throw strayError(stray, spec: spec) }
            return result
        }
        if let maximum = positional.maximum, result.positionals.count > maximum {
            throw strayError(result.positionals[maximum], spec: spec)
        }
        for word in result.positionals {
            result.typedPositionals.append(try positional.parser(word, positional.placeholder.lowercased()))
        }
        return result
    }

    /// "unexpected argument", suggesting the option the word was probably meant for (`2027` → `--year 2027`).
    static func strayError(_ word: String, spec: CommandSpec) -> CLIError {
        let fits = spec.options.filter { option in
            guard option.kind != .flag, !option.isFreeText else { return false }
            return (try? option.parser(word, "--\(option.name)")) != nil
        }
        if fits.count == 1, let option = fits.first {
            return CLIError("unexpected argument '\(word)'", hint: "did you mean '--\(option.name) \(word)'? See 'preelection \(spec.name) --help'")
        }
        // A command that takes its files through one option (`warn --events FILE`): suggest it.
        let fileOptions = spec.options.filter { $0.kind == .repeatable && $0.valueName == "FILE" }
        if spec.positionals == nil, fileOptions.count == 1, let option = fileOptions.first {
            return CLIError("unexpected argument '\(word)'", hint: "name files with --\(option.name), e.g. 'preelection \(spec.name) --\(option.name) \(word)'")
        }
        let takes = spec.positionals.map { "it takes \($0.maximum == 1 ? "one " : "")\($0.placeholder); " } ?? "it takes only options; "
        return CLIError("unexpected argument '\(word)'", hint: takes + "see 'preelection \(spec.name) --help'")
    }

    /// The known name nearest to `word` by edit distance, if it is close enough to be a likely typo.
    static func closest(to word: String, in names: [String]) -> String? {
        var best: (name: String, distance: Int)?
        for name in names {
            let d = editDistance(Array(word), Array(name))
            if d <= max(2, name.count / 3), d < (best?.distance ?? Int.max) { best = (name, d) }
        }
        return best?.name
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
