import CivilTime

/// One DATE or DATE-TIME value as a calendar wrote it (RFC 5545 §3.3.4, §3.3.5): a day, a clock reading, and
/// what the clock reading is relative to (UTC `Z`, a TZID, or nothing — "floating", read as UK time).
public struct ICalDateTime: Hashable, Sendable {
    /// What the clock reading is relative to.
    public enum Form: Hashable, Sendable {
        /// `VALUE=DATE`: a whole day, no time and no zone (all-day events).
        case date
        /// A time ending in `Z`.
        case utc
        /// A time with no zone; PreElection reads it as Europe/London.
        case floating
        /// A time with a `TZID` parameter (the name as written).
        case zoned(String)
    }

    /// The calendar day written.
    public var date: CivilDate
    /// Seconds after midnight of the clock reading (0 for `.date`).
    public var secondsOfDay: Int
    /// What the reading is relative to.
    public var form: Form

    /// Creates a value.
    public init(date: CivilDate, secondsOfDay: Int = 0, form: Form) {
        self.date = date
        self.secondsOfDay = secondsOfDay
        self.form = form
    }

    /// True for whole-day values.
    public var isDate: Bool { form == .date }

    /// The clock reading as wall seconds since 1970 (the day's midnight for dates).
    public var wallSeconds: Int { date.dayNumber * 86_400 + secondsOfDay }

    /// Parses `YYYYMMDD` or `YYYYMMDDTHHMMSS[Z]`. Lenient where exporters are: ISO dashes and colons
    /// (`2026-04-16T19:00:00`) and a missing seconds field are accepted. `tzid` applies to times without `Z`.
    public static func parse(_ text: Substring, tzid: String?, valueIsDate: Bool) -> ICalDateTime? {
        var digits: [UInt8] = []
        digits.reserveCapacity(16)
        var sawT = false
        var sawZ = false
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                if sawZ { return nil }
                digits.append(b)
            case UInt8(ascii: "T"), UInt8(ascii: "t"):
                if sawT || digits.count != 8 { return nil }
                sawT = true
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                if !sawT || sawZ { return nil }
                sawZ = true
            case UInt8(ascii: "-"), UInt8(ascii: ":"):
                continue
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                continue
            default:
                return nil
            }
        }
        func number(_ from: Int, _ to: Int) -> Int {
            var v = 0
            for i in from..<to { v = v * 10 + Int(digits[i] - 48) }
            return v
        }
        guard digits.count >= 8, let date = CivilDate(year: number(0, 4), month: number(4, 6), day: number(6, 8)) else { return nil }
        if !sawT {
            guard digits.count == 8 else { return nil }
            return ICalDateTime(date: date, form: .date)
        }
        guard digits.count == 12 || digits.count == 14 else { return nil }
        let hour = number(8, 10), minute = number(10, 12), second = digits.count == 14 ? number(12, 14) : 0
        guard hour <= 23 || (hour == 24 && minute == 0 && second == 0), minute <= 59, second <= 60 else { return nil }
        if valueIsDate {
            return ICalDateTime(date: date, form: .date)
        }
        let seconds = hour * 3600 + minute * 60 + min(second, 59)
        let form: Form = sawZ ? .utc : (tzid.map { .zoned($0) } ?? .floating)
        if seconds >= 86_400 {  // 24:00:00, written by a few CMSs for "end of day"
            return ICalDateTime(date: date.adding(days: 1), secondsOfDay: seconds - 86_400, form: form)
        }
        return ICalDateTime(date: date, secondsOfDay: seconds, form: form)
    }
}
