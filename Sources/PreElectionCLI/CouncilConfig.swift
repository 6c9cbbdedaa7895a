import Foundation

/// A council's settings file (JSON), so a clerk or a cron job types no flags: the council's nation, its
/// polls, the dates notices were actually published, extra non-working days, and the checker's and
/// scheduler's lists. Every key is optional; command-line flags win over the file.
///
/// ```json
/// {
///   "council": "Exampleton Borough Council",
///   "country": "england",
///   "elections": ["local.exampleton.2027-05-06"],
///   "notices": {"local.exampleton.2027-05-06": "2027-03-26"},
///   "non_working_days": ["2027-01-15"],
///   "ge_start": "dissolution",
///   "until": "poll",
///   "checker": {"members_file": "members.txt", "candidates_file": "candidates.csv",
///               "members": ["Jane Doe"], "candidates": [], "topics": ["low traffic neighbourhood"],
///               "topics_file": "topics.txt", "severity": {"member-reference": "error"}},
///   "scheduler": {"formal_business_keywords": ["full council", "committee"],
///                 "conflict_keywords": ["opening", "launch"]}
/// }
/// ```
public struct CouncilConfig: Sendable, Equatable, Decodable {
    /// The council's name, used in report headings.
    public var council: String?
    /// `england`, `wales`, `scotland` or `northern-ireland`: the nation whose rules and bank holidays apply.
    public var country: String?
    /// Democracy Club ids of the council's polls, e.g. `local.exampleton.2027-05-06`, checked as well as the
    /// scheduled polls of its nation.
    public var elections: [String]?
    /// True to check only `elections`, not the scheduled polls too (as `--only`).
    public var only: Bool?
    /// The date each poll's notice of election was actually published, by election id (`YYYY-MM-DD`).
    public var notices: [String: String]?
    /// Days of public thanksgiving or mourning (and any other day the council does not count), `YYYY-MM-DD`.
    public var nonWorkingDays: [String]?
    /// General-election period start: `dissolution`, `notice` or a date `YYYY-MM-DD`.
    public var geStart: String?
    /// Period end: `poll` (close of poll, the default) or `declaration` (the day after polling day).
    public var until: String?
    /// Settings for `preelection check`.
    public var checker: Checker?
    /// Settings for `preelection events` and `preelection warn`.
    public var scheduler: Scheduler?
    /// The path the file was read from (not a JSON key); relative paths inside it are resolved against its folder.
    public var path: String = ""
    /// Keys the file has that no setting uses (not a JSON key): each a warning with the nearest known key,
    /// so a typo such as "contry" is not silently ignored.
    public var warnings: [String] = []

    /// Settings for the release checker.
    public struct Checker: Sendable, Equatable, Decodable {
        /// Councillors' names (plain list).
        public var members: [String]?
        /// A file of members: a Democracy Club CSV or one name per line.
        public var membersFile: String?
        /// Candidates' names (plain list).
        public var candidates: [String]?
        /// A file of candidates: a Democracy Club candidates CSV or one name per line.
        public var candidatesFile: String?
        /// The council's controversial topics, one phrase each.
        public var topics: [String]?
        /// A file of controversial topics, one per line.
        public var topicsFile: String?
        /// Per-rule severity overrides, e.g. `{"member-reference": "error"}`.
        public var severity: [String: String]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case members, candidates, topics, severity
            case membersFile = "members_file", candidatesFile = "candidates_file", topicsFile = "topics_file"
        }
    }

    /// Settings for the scheduler.
    public struct Scheduler: Sendable, Equatable, Decodable {
        /// Title words that mark formal council business, which may continue during the period.
        public var formalBusinessKeywords: [String]?
        /// Title words that mark publicity events (openings, launches, photo calls), which conflict.
        public var conflictKeywords: [String]?
        /// Title words that mark internal entries (leave, training, audit), which are not publicity.
        public var administrativeKeywords: [String]?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case formalBusinessKeywords = "formal_business_keywords", conflictKeywords = "conflict_keywords"
            case administrativeKeywords = "administrative_keywords"
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case council, country, elections, only, notices, until, checker, scheduler
        case nonWorkingDays = "non_working_days", geStart = "ge_start"
    }

    /// Creates an empty configuration.
    public init() {}

    /// Parses a config file's bytes; `path` is used in error messages and to resolve relative file names.
    public static func parse(_ bytes: [UInt8], path: String) throws(CLIError) -> CouncilConfig {
        let data = Data(bytes)
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            let line = lineOfJSONError(error, in: bytes)
            throw CLIError("not valid JSON", at: line.map { "\(path):\($0)" } ?? path,
                           hint: "check the commas, quotes and brackets near that line (the README has an example config)")
        }
        do {
            var config = try JSONDecoder().decode(CouncilConfig.self, from: data)
            config.path = path
            config.warnings = unknownKeys(object, path: path)
            return config
        } catch let error as DecodingError {
            throw CLIError(describe(error), at: path, hint: "see the example config in the README")
        } catch {
            throw CLIError("cannot be read as a council config", at: path, hint: "see the example config in the README")
        }
    }

    /// One warning per key no setting reads, with "did you mean" when a known key is close. Keys starting
    /// with `_` are comments and pass silently.
    static func unknownKeys(_ object: Any, path: String) -> [String] {
        guard let root = object as? [String: Any] else { return [] }
        var warnings: [String] = []
        func check(_ dictionary: [String: Any], known: [String], prefix: String) {
            for key in dictionary.keys.sorted() where !known.contains(key) && !key.hasPrefix("_") {
                let suggestion = ArgumentParser.closest(to: key, in: known)
                warnings.append("warning: \(path): unknown key \"\(prefix)\(key)\" is ignored"
                                + (suggestion.map { " — did you mean \"\(prefix)\($0)\"?" } ?? " — known keys: " + known.joined(separator: ", ")))
            }
        }
        check(root, known: CodingKeys.allCases.map(\.rawValue), prefix: "")
        if let checker = root["checker"] as? [String: Any] {
            check(checker, known: Checker.CodingKeys.allCases.map(\.rawValue), prefix: "checker.")
        }
        if let scheduler = root["scheduler"] as? [String: Any] {
            check(scheduler, known: Scheduler.CodingKeys.allCases.map(\.rawValue), prefix: "scheduler.")
        }
        return warnings
    }

    /// Loads the file named by `--config` (or `PREELECTION_CONFIG`), or nil when neither is given.
    public static func load(_ arguments: ParsedArguments, context: RunContext) throws(CLIError) -> CouncilConfig? {
        guard let path = arguments.value("config") ?? context.environment["PREELECTION_CONFIG"], !path.isEmpty else { return nil }
        let bytes = try FileInput.bytes(path, context: context)
        return try parse(bytes, path: FileInput.resolve(path, context: context))
    }

    /// A path named inside the config, resolved against the config file's folder unless absolute.
    public func resolve(_ relative: String) -> String {
        if relative.hasPrefix("/") || relative == "-" { return relative }
        guard let slash = path.lastIndex(of: "/") else { return relative }
        return String(path[...slash]) + relative
    }

    /// Turns Foundation's "around character N" into a 1-based line number.
    static func lineOfJSONError(_ error: Error, in bytes: [UInt8]) -> Int? {
        let text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? "\(error)"
        guard let range = text.range(of: "character ") else { return nil }
        let digits = text[range.upperBound...].prefix { $0.isNumber }
        guard let offset = Int(digits) else { return nil }
        return 1 + bytes.prefix(offset).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }

    /// Plain words for a decoding failure: which key and what was expected.
    static func describe(_ error: DecodingError) -> String {
        func key(_ path: [CodingKey]) -> String {
            let parts = path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return parts.isEmpty ? "the top level" : "'" + parts.joined(separator: ".") + "'"
        }
        switch error {
        case .typeMismatch(let type, let context):
            return "\(key(context.codingPath)) has the wrong type (expected \(typeName(type)))"
        case .valueNotFound(let type, let context):
            return "\(key(context.codingPath)) is missing a value (expected \(typeName(type)))"
        case .keyNotFound(let codingKey, let context):
            return "\(key(context.codingPath + [codingKey])) is missing"
        case .dataCorrupted(let context):
            return "\(key(context.codingPath)) cannot be read"
        @unknown default:
            return "cannot be read as a council config"
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if name.hasPrefix("Array") || name.hasPrefix("[") { return "a list" }
        if name.hasPrefix("Dictionary") || name.contains(":") { return "an object" }
        if name == "String" { return "text in quotes" }
        return name.lowercased()
    }
}
