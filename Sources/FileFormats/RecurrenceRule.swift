/// An RRULE value (RFC 5545 §3.3.10) restricted to what councils' calendars use: FREQ DAILY/WEEKLY/
/// MONTHLY/YEARLY, INTERVAL, COUNT, UNTIL, BYDAY (with ordinals such as `2TU`, `-1FR`), BYMONTHDAY,
/// BYMONTH, BYSETPOS and WKST. Any other part is reported by name, so no series is silently cut short.
public struct RecurrenceRule: Hashable, Sendable {
    /// How often the rule repeats.
    public enum Frequency: String, Sendable {
        case daily = "DAILY", weekly = "WEEKLY", monthly = "MONTHLY", yearly = "YEARLY"
    }

    /// One BYDAY entry: an ISO weekday (1 = Monday) and an optional ordinal (`2TU` → 2, `-1FR` → -1, `MO` → 0).
    public struct WeekdayNumber: Hashable, Sendable {
        /// Which one in the month or year (negative counts from the end; 0 means every one).
        public var ordinal: Int
        /// ISO weekday, 1 = Monday … 7 = Sunday.
        public var weekday: Int
        /// Creates an entry.
        public init(ordinal: Int, weekday: Int) {
            self.ordinal = ordinal
            self.weekday = weekday
        }
    }

    /// Why a rule cannot be expanded.
    public struct Problem: Error, Equatable, Sendable {
        /// What is wrong, naming the rule part.
        public var message: String
    }

    /// FREQ.
    public var frequency: Frequency
    /// INTERVAL: every n-th period (default 1).
    public var interval: Int = 1
    /// COUNT: how many instances in all, DTSTART included.
    public var count: Int?
    /// UNTIL: the last allowed start (inclusive).
    public var until: ICalDateTime?
    /// BYDAY entries.
    public var byDay: [WeekdayNumber] = []
    /// BYMONTHDAY (negative counts from the month's end).
    public var byMonthDay: [Int] = []
    /// BYMONTH, 1 = January.
    public var byMonth: [Int] = []
    /// BYSETPOS: which of each period's candidates to keep.
    public var bySetPos: [Int] = []
    /// Week start for WEEKLY rules with INTERVAL > 1 (RFC default Monday).
    public var weekStart: Int = 1
    /// A COUNT below 1 as written (Confluence writes `COUNT=-1` for "no end"); the rule is read without it.
    public var ignoredCount: Int?

    /// Creates a rule.
    public init(frequency: Frequency) { self.frequency = frequency }

    /// Two-letter weekday codes in ISO order (RFC 5545 §3.3.10 `weekday`).
    static let weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// Parses an RRULE value such as `FREQ=MONTHLY;BYDAY=2TU;UNTIL=20261231T235959Z`. `tzid` is DTSTART's
    /// zone, for a local UNTIL. X- parts are ignored; any other unsupported part throws a `Problem` naming it.
    public static func parse(_ value: String, tzid: String?) throws(Problem) -> RecurrenceRule {
        var frequency: Frequency?
        var rule = RecurrenceRule(frequency: .daily)
        var unsupported: [String] = []
        for part in value.split(separator: ";", omittingEmptySubsequences: true) {
            guard let eq = part.firstIndex(of: "=") else {
                throw Problem(message: "RRULE part '\(part)' has no '=' value")
            }
            let name = part[..<eq].trimmingSpacesSubstring().uppercased()
            let text = part[part.index(after: eq)...].trimmingSpacesSubstring()
            func integers(_ range: ClosedRange<Int>, allowZero: Bool = false) throws(Problem) -> [Int] {
                var values: [Int] = []
                for item in text.split(separator: ",") {
                    guard let n = Int(item.trimmingSpacesSubstring()), range.contains(n), allowZero || n != 0 else {
                        throw Problem(message: "RRULE \(name) value '\(ICalendarParser.shown(item))' is not valid")
                    }
                    values.append(n)
                }
                if values.isEmpty { throw Problem(message: "RRULE \(name) has no value") }
                return values
            }
            switch name {
            case "FREQ":
                guard let f = Frequency(rawValue: text.uppercased()) else {
                    if ["HOURLY", "MINUTELY", "SECONDLY"].contains(text.uppercased()) {
                        unsupported.append("FREQ=\(text.uppercased())")
                        continue
                    }
                    throw Problem(message: "RRULE FREQ '\(ICalendarParser.shown(text))' is not a frequency (DAILY, WEEKLY, MONTHLY or YEARLY)")
                }
                frequency = f
            case "INTERVAL":
                guard let n = Int(text), n >= 1, n <= 10_000 else { throw Problem(message: "RRULE INTERVAL '\(ICalendarParser.shown(text))' must be a whole number from 1") }
                rule.interval = n
            case "COUNT":
                guard let n = Int(text) else { throw Problem(message: "RRULE COUNT '\(ICalendarParser.shown(text))' must be a whole number from 1") }
                if n >= 1 { rule.count = n } else { rule.ignoredCount = n }
            case "UNTIL":
                guard let until = ICalDateTime.parse(Substring(text), tzid: tzid, valueIsDate: false) else {
                    throw Problem(message: "RRULE UNTIL '\(ICalendarParser.shown(text))' is not a date or date-time")
                }
                rule.until = until
            case "BYDAY":
                for item in text.split(separator: ",") {
                    let entry = item.trimmingSpacesSubstring().uppercased()
                    guard entry.count >= 2, let index = weekdayCodes.firstIndex(of: String(entry.suffix(2))) else {
                        throw Problem(message: "RRULE BYDAY value '\(ICalendarParser.shown(item))' is not a weekday such as MO, 2TU or -1FR")
                    }
                    let prefix = entry.dropLast(2)
                    var ordinal = 0
                    if !prefix.isEmpty {
                        guard let n = Int(prefix.hasPrefix("+") ? String(prefix.dropFirst()) : String(prefix)), n != 0, (-53...53).contains(n) else {
                            throw Problem(message: "RRULE BYDAY value '\(ICalendarParser.shown(item))' has a bad ordinal")
                        }
                        ordinal = n
                    }
                    rule.byDay.append(WeekdayNumber(ordinal: ordinal, weekday: index + 1))
                }
            case "BYMONTHDAY":
                rule.byMonthDay = try integers(-31...31)
            case "BYMONTH":
                rule.byMonth = try integers(1...12)
            case "BYSETPOS":
                rule.bySetPos = try integers(-366...366)
            case "WKST":
                guard let index = weekdayCodes.firstIndex(of: text.uppercased()) else {
                    throw Problem(message: "RRULE WKST '\(ICalendarParser.shown(text))' is not a weekday code such as MO or SU")
                }
                rule.weekStart = index + 1
            default:
                if name.hasPrefix("X-") { continue }  // vendor extensions (e.g. X-EVOLUTION-ENDDATE) carry no rule
                unsupported.append(name)
            }
        }
        if !unsupported.isEmpty {
            throw Problem(message: "RRULE part\(unsupported.count == 1 ? "" : "s") \(unsupported.joined(separator: ", ")) not supported")
        }
        guard let frequency else { throw Problem(message: "RRULE has no FREQ") }
        rule.frequency = frequency
        return rule
    }
}

extension StringProtocol {
    /// The text without surrounding spaces and tabs, as a Substring.
    func trimmingSpacesSubstring() -> Substring {
        let s = Substring(self)
        guard let first = s.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = s.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return s[first...last]
    }
}
