/// A calendar day as iCalendar writes it (RFC 5545 §3.3.4 DATE, `YYYYMMDD`), with the day arithmetic that
/// recurrence expansion needs.
///
/// FileFormats stays independent of ElectionCalendar, so it carries this small date of its own. Day numbers
/// count from 1970-01-01 (day 0) exactly as `CivilDate.dayNumber` does, so converting is
/// `CivilDate(dayNumber: ymd.dayNumber)`.
public struct YearMonthDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Gregorian year, e.g. 2026.
    public let year: Int
    /// Month, 1 = January.
    public let month: Int
    /// Day of the month, from 1.
    public let day: Int

    /// Creates a date, or nil when it does not exist (30 February, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= YearMonthDay.daysInMonth(year: year, month: month) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `dayNumber` days after 1970-01-01 (Howard Hinnant's civil_from_days, exact for all days).
    public init(dayNumber: Int) {
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

    /// Days since 1970-01-01.
    public var dayNumber: Int { YearMonthDay.dayNumber(year: year, month: month, day: day) }

    /// Day number of any year/month/day triple (day may run past the month's end; used for month starts).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// ISO weekday of a day number: 1 = Monday … 7 = Sunday (RFC 5545 BYDAY and WKST use the same week).
    public static func weekday(ofDayNumber n: Int) -> Int { ((n % 7) + 7 + 3) % 7 + 1 }

    /// ISO weekday, 1 = Monday … 7 = Sunday.
    public var weekday: Int { YearMonthDay.weekday(ofDayNumber: dayNumber) }

    /// The date `days` days later (negative: earlier).
    public func adding(days: Int) -> YearMonthDay { YearMonthDay(dayNumber: dayNumber + days) }

    /// Earlier dates sort first.
    public static func < (lhs: YearMonthDay, rhs: YearMonthDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `YYYY-MM-DD`, for messages and tests.
    public var description: String {
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return s.count >= w ? s : String(repeating: "0", count: w - s.count) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// True in Gregorian leap years.
    public static func isLeapYear(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Days in a month of a year.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
