import ElectionCalendar
import ReleaseChecker

/// A value an option, a positional word or a config key takes, with its one parser, so that every command
/// (and the config file) reads a date, a nation or a format the same way and says the same thing when it is wrong.
public protocol ArgumentValue: Sendable {
    /// Placeholder shown in usage and help, e.g. `DATE`.
    static var placeholder: String { get }
    /// Parses `text` given at `location` (an option such as `--from`, or `file: "key"`), or says how to fix it.
    static func parse(_ text: String, at location: String) throws(CLIError) -> Self
}

/// Dates: `YYYY-MM-DD` or `DD/MM/YYYY`, between 1900 and 2200 (the years the calendars are built for).
extension CivilDate: ArgumentValue {
    /// See `ArgumentValue`.
    public static var placeholder: String { "DATE" }

    /// Accepts `2027-05-06` and `06/05/2027`; anything else is an error naming the option.
    public static func parse(_ text: String, at location: String) throws(CLIError) -> CivilDate {
        if let date = CivilDate(iso: text) ?? CivilDate(british: text) {
            guard (1900...2200).contains(date.year) else {
                throw CLIError("year \(date.year) is outside 1900–2200", at: location, hint: "check the date")
            }
            return date
        }
        let bytes = Array(text.utf8)
        let isoShape = bytes.count == 10 && bytes.enumerated().allSatisfy { ($0.offset == 4 || $0.offset == 7) ? $0.element == 45 : ($0.element >= 48 && $0.element <= 57) }
        let britishShape = text.split(separator: "/", omittingEmptySubsequences: false).count == 3 && bytes.allSatisfy { $0 == 47 || ($0 >= 48 && $0 <= 57) }
        throw CLIError(isoShape || britishShape ? "'\(text)' is not a real date" : "'\(text)' is not a date", at: location,
                       hint: "write dates as YYYY-MM-DD or DD/MM/YYYY, e.g. 2027-05-06 or 06/05/2027")
    }
}

/// Nations: `england`, `wales`, `scotland`, `northern-ireland` (and the short forms `Nation` knows), any case.
extension Nation: ArgumentValue {
    /// See `ArgumentValue`.
    public static var placeholder: String { "COUNTRY" }

    /// Any spelling `Nation(argument:)` accepts; an unknown name suggests the nearest.
    public static func parse(_ text: String, at location: String) throws(CLIError) -> Nation {
        if let nation = Nation(argument: text) { return nation }
        let names = ["england", "wales", "scotland", "northern-ireland"]
        let hint = ArgumentParser.closest(to: text.lowercased(), in: names).map { "did you mean '\($0)'? Use england, wales, scotland or northern-ireland" }
        throw CLIError("unknown country '\(text)'", at: location, hint: hint ?? "use england, wales, scotland or northern-ireland")
    }
}

/// Finding severities (`error`, `warning`, `info`), any case, for the config's severity overrides.
extension Severity: ArgumentValue {
    /// See `ArgumentValue`.
    public static var placeholder: String { "SEVERITY" }

    /// Any spelling `Severity(argument:)` accepts.
    public static func parse(_ text: String, at location: String) throws(CLIError) -> Severity {
        guard let severity = Severity(argument: text) else {
            throw CLIError("unknown severity '\(text)'", at: location, hint: "use error, warning, info or off")
        }
        return severity
    }
}

/// When a general election's period starts: `dissolution` (the default), `notice`, or a date.
extension PeriodOptions.GeneralElectionStart: ArgumentValue {
    /// See `ArgumentValue`.
    public static var placeholder: String { "WHEN" }

    /// `dissolution`, `notice` (any case) or a date.
    public static func parse(_ text: String, at location: String) throws(CLIError) -> PeriodOptions.GeneralElectionStart {
        switch text.lowercased() {
        case "dissolution": return .dissolution
        case "notice": return .notice
        default:
            guard text.first?.isNumber == true else {
                throw CLIError("unknown general-election start '\(text)'", at: location, hint: "use dissolution, notice or a date YYYY-MM-DD")
            }
            return .date(try CivilDate.parse(text, at: location))
        }
    }
}

/// When a period ends: `poll` (close of poll, the default), `declaration`, or a date.
extension PeriodOptions.End: ArgumentValue {
    /// See `ArgumentValue`.
    public static var placeholder: String { "END" }

    /// `poll` (or `close-of-poll`), `declaration` (any case) or a date.
    public static func parse(_ text: String, at location: String) throws(CLIError) -> PeriodOptions.End {
        switch text.lowercased() {
        case "poll", "close-of-poll": return .poll
        case "declaration": return .declaration
        default:
            guard text.first?.isNumber == true else {
                throw CLIError("unknown period end '\(text)'", at: location, hint: "use poll, declaration or a date YYYY-MM-DD")
            }
            return .date(try CivilDate.parse(text, at: location))
        }
    }
}

/// The date a notice of election was published, for one poll (`ID=DATE`) or the only poll named (`DATE`).
public struct NoticeDate: ArgumentValue, Equatable {
    /// The election id (lower case), or nil when the date is for the only poll selected.
    public var election: String?
    /// The publication date.
    public var date: CivilDate

    /// See `ArgumentValue`.
    public static var placeholder: String { "[ID=]DATE" }

    /// `local.2027-05-06=2027-03-26` or `2027-03-26`.
    public static func parse(_ text: String, at location: String) throws(CLIError) -> NoticeDate {
        if let eq = text.firstIndex(of: "=") {
            return NoticeDate(election: String(text[..<eq]).lowercased(), date: try CivilDate.parse(String(text[text.index(after: eq)...]), at: location))
        }
        return NoticeDate(election: nil, date: try CivilDate.parse(text, at: location))
    }
}

/// A calendar year from 1900 to 2200 (the years the election calendars are built for).
public struct Year: ArgumentValue, Equatable {
    /// The year, e.g. 2027.
    public var value: Int

    /// See `ArgumentValue`.
    public static var placeholder: String { "YEAR" }

    /// Four digits from 1900 to 2200.
    public static func parse(_ text: String, at location: String) throws(CLIError) -> Year {
        guard (3...4).contains(text.utf8.count), text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let year = Int(text) else {
            throw CLIError("'\(text)' is not a year", at: location, hint: "write four digits, e.g. 2027")
        }
        guard (1900...2200).contains(year) else {
            throw CLIError("year \(year) is outside 1900–2200", at: location, hint: "choose a year between 1900 and 2200")
        }
        return Year(value: year)
    }
}

/// How many weeks ahead the weekly digest looks: 1 to 104.
public struct WeekCount: ArgumentValue, Equatable {
    /// The number of weeks.
    public var value: Int

    /// See `ArgumentValue`.
    public static var placeholder: String { "N" }

    /// A whole number from 1 to 104.
    public static func parse(_ text: String, at location: String) throws(CLIError) -> WeekCount {
        guard let n = Int(text), (1...104).contains(n) else {
            throw CLIError("'\(text)' is not a number of weeks", at: location, hint: "give a whole number from 1 to 104, e.g. \(location) 8")
        }
        return WeekCount(value: n)
    }
}

/// Free text (election ids, file names): taken as given.
extension String: ArgumentValue {
    /// See `ArgumentValue`.
    public static var placeholder: String { "VALUE" }

    /// The text itself.
    public static func parse(_ text: String, at location: String) throws(CLIError) -> String { text }
}
