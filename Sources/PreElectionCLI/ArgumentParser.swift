/// A small command-line parser for `preelection`'s subcommands (packages: none, so no swift-argument-parser).
///
/// Accepts `--name value`, `--name=value`, repeatable options, boolean flags, `--` to end options and `-`
/// as a positional (stdin). Unknown options are errors that suggest the closest known one.
public struct CommandSpec: Sendable {
    /// Subcommand name, e.g. `periods`.
    public var name: String
    /// One line for the overview, e.g. "pre-election periods for a year or range".
    public var summary: String
    /// Usage synopsis, e.g. `preelection periods [--year Y] ...`.
    public var usage: String
    /// Known options.
    public var options: [OptionSpec]
    /// Extra help text after the options (examples, notes).
    public var discussion: String

    /// Creates a spec.
    public init(name: String, summary: String, usage: String, options: [OptionSpec], discussion: String = "") {
        self.name = name
        self.summary = summary
        self.usage = usage
        self.options = options
        self.discussion = discussion
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
        s += "  --help" + String(repeating: " ", count: 22) + "show this help\n"
        if !discussion.isEmpty { s += "\n" + discussion + "\n" }
        return s
    }
}

/// One option a subcommand accepts.
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

    /// Creates an option spec.
    public init(_ name: String, _ kind: Kind, valueName: String = "VALUE", help: String) {
        self.name = name
        self.kind = kind
        self.valueName = valueName
        self.help = help
    }
}

/// The result of parsing: option values by name and positionals in order.
public struct ParsedArguments: Sendable {
    /// Arguments that are not options, in order (`-` included).
    public var positionals: [String] = []
    /// Values of single and repeatable options, by option name.
    public var values: [String: [String]] = [:]
    /// Flags that were given.
    public var flags: Set<String> = []
    /// True when `--help` or `-h` was given.
    public var wantsHelp = false

    /// The last value given for a single-valued option.
    public func value(_ name: String) -> String? { values[name]?.last }
    /// Every value given for a repeatable option, in order.
    public func all(_ name: String) -> [String] { values[name] ?? [] }
    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// Parses arguments against a `CommandSpec`.
public enum ArgumentParser {
    /// Parses `arguments` (the words after the subcommand name).
    public static func parse(_ arguments: [String], spec: CommandSpec) throws(CLIError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var optionsEnded = false
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
                result.values[name, default: []].append(value)
            }
        }
        return result
    }

    /// The known name nearest to `word` by edit distance, if it is close enough to be a likely typo.
    static func closest(to word: String, in names: [String]) -> String? {
        var best: (String, Int)?
        for name in names {
            let d = editDistance(Array(word), Array(name))
            if d <= max(2, name.count / 3), best == nil || d < best!.1 { best = (name, d) }  // safe: checked nil first
        }
        return best?.0
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
