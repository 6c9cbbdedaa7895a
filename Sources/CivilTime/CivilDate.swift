/// A calendar date with no time and no time zone (year, month, day in the proleptic Gregorian calendar).
///
/// Election law counts whole days, so every date in PreElection is a civil date: no `Date` instant, and so
/// no time zone or daylight-saving change, can ever move a deadline by a day.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Year, e.g. 2027.
    public let year: Int
    /// Month, 1–12.
    public let month: Int
    /// Day of the month, 1–31.
    public let day: Int

    /// Creates a date, or returns nil when it does not exist (e.g. 30 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the date `dayNumber` days after 1970-01-01 (which is day 0).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days: exact for every day number in range.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        month = m
        day = d
    }

    /// Days since 1970-01-01; differences of day numbers are exact day counts.
    public var dayNumber: Int { CivilDate.dayNumber(year: year, month: month, day: day) }

    /// The day number of a year, month and day (no validity check), for recurrence arithmetic that works
    /// on day numbers without building dates.
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday number (1 = Monday … 7 = Sunday) of a day number, as RFC 5545 BYDAY counts.
    public static func weekday(ofDayNumber n: Int) -> Int { ((n % 7) + 7 + 3) % 7 + 1 }

    /// Day of the week; 1970-01-01 was a Thursday.
    public var weekday: Weekday {
        let n = dayNumber
        let index = ((n % 7) + 7 + 3) % 7  // 0 = Monday
        return Weekday(rawValue: index + 1)!  // safe: index is 0...6
    }

    /// The date `days` days later (negative: earlier).
    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// Earlier dates sort first.
    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    /// ISO 8601 calendar date, `YYYY-MM-DD`: the form used in JSON, CSV and election ids.
    public var iso: String {
        guard (0...9999).contains(year) else { return "\(year)-\(month)-\(day)" }
        // Written digit by digit: this runs for every date of every timetable printed.
        return String(unsafeUninitializedCapacity: 10) { buffer in
            func digit(_ value: Int) -> UInt8 { UInt8(48 + value) }
            buffer[0] = digit(year / 1000); buffer[1] = digit(year / 100 % 10); buffer[2] = digit(year / 10 % 10); buffer[3] = digit(year % 10)
            buffer[4] = 45
            buffer[5] = digit(month / 10); buffer[6] = digit(month % 10)
            buffer[7] = 45
            buffer[8] = digit(day / 10); buffer[9] = digit(day % 10)
            return 10
        }
    }

    /// The ISO form, so dates print as `2027-05-06` in logs and interpolation.
    public var description: String { iso }

    /// British long form for people: "Monday 30 March 2026".
    public var british: String { "\(weekday.name) \(day) \(CivilDate.monthNames[month - 1]) \(year)" }

    /// British short form: "30 March 2026".
    public var britishShort: String { "\(day) \(CivilDate.monthNames[month - 1]) \(year)" }

    /// English month names, January first.
    public static let monthNames = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Parses exactly `YYYY-MM-DD`; nil for anything else, including impossible dates such as 2026-02-30.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = CivilDate.number(bytes[0..<4]), let m = CivilDate.number(bytes[5..<7]),
              let d = CivilDate.number(bytes[8..<10])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses British numeric form `DD/MM/YYYY` (one-digit day or month allowed); nil otherwise.
    public init?(british text: some StringProtocol) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
              let d = CivilDate.number(Array(parts[0].utf8)[...]), let m = CivilDate.number(Array(parts[1].utf8)[...]),
              let y = CivilDate.number(Array(parts[2].utf8)[...])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Parses a run of ASCII digits as a whole number, or nil if any byte is not a digit (date fields in files).
    public static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty else { return nil }
        var value = 0
        for b in bytes {
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
        }
        return value
    }

    /// True in Gregorian leap years.
    public static func isLeapYear(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Number of days in a month of a year (February follows the leap-year rule).
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// ISO weekday, Monday = 1 … Sunday = 7, as RFC 5545 and UK election rules think of the week.
public enum Weekday: Int, Sendable, CaseIterable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday

    /// English name, e.g. "Thursday".
    public var name: String {
        switch self {
        case .monday: "Monday"
        case .tuesday: "Tuesday"
        case .wednesday: "Wednesday"
        case .thursday: "Thursday"
        case .friday: "Friday"
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        }
    }

    /// Saturday or Sunday: never a working day under any UK election rules.
    public var isWeekend: Bool { self == .saturday || self == .sunday }
}
