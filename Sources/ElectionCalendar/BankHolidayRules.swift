/// UK bank holidays computed by rule, for the years the GOV.UK data does not cover.
///
/// Banking and Financial Dealings Act 1971, Sch 1 (as extended by proclamation: early May from 1978, and
/// the St Andrew's Day Bank Holiday (Scotland) Act 2007), with the usual substitute days: a holiday on a
/// Saturday or Sunday moves to the next weekday that is not already a holiday. One-off changes made by
/// royal proclamation (jubilees, royal weddings and funerals, the coronation) are listed in `oneOffs`.
public enum BankHolidayRules {
    /// A one-off change to the usual rules, made by proclamation.
    public struct OneOff: Sendable, Hashable {
        /// The day that became a holiday.
        public var date: CivilDate
        /// GOV.UK's title for it.
        public var title: String
        /// The usual holiday it replaced that year (moved, not added), if any.
        public var replaces: CivilDate?
        /// The nations it applied to.
        public var nations: Set<Nation>
    }

    /// Known one-off changes since 1977, all nations unless stated; each moved or added day is in the GOV.UK
    /// data or in the proclamation of that year.
    public static let oneOffs: [OneOff] = {
        let all = Set(Nation.allCases)
        func d(_ iso: String) -> CivilDate { CivilDate(iso: iso) ?? CivilDate(dayNumber: 0) }  // literals below are valid
        return [
            OneOff(date: d("1977-06-07"), title: "Silver Jubilee of Elizabeth II", replaces: nil, nations: all),
            OneOff(date: d("1981-07-29"), title: "Wedding of Charles and Diana", replaces: nil, nations: all),
            OneOff(date: d("1995-05-08"), title: "Early May bank holiday (VE day)", replaces: d("1995-05-01"), nations: all),
            OneOff(date: d("1999-12-31"), title: "Millennium celebrations", replaces: nil, nations: all),
            OneOff(date: d("2002-06-04"), title: "Spring bank holiday", replaces: d("2002-05-27"), nations: all),
            OneOff(date: d("2002-06-03"), title: "Golden Jubilee of Elizabeth II", replaces: nil, nations: all),
            OneOff(date: d("2011-04-29"), title: "Wedding of William and Catherine", replaces: nil, nations: all),
            OneOff(date: d("2012-06-04"), title: "Spring bank holiday", replaces: d("2012-05-28"), nations: all),
            OneOff(date: d("2012-06-05"), title: "Queen's Diamond Jubilee", replaces: nil, nations: all),
            OneOff(date: d("2020-05-08"), title: "Early May bank holiday (VE day)", replaces: d("2020-05-04"), nations: all),
            OneOff(date: d("2022-06-02"), title: "Spring bank holiday", replaces: d("2022-05-30"), nations: all),
            OneOff(date: d("2022-06-03"), title: "Platinum Jubilee bank holiday", replaces: nil, nations: all),
            OneOff(date: d("2022-09-19"), title: "Bank Holiday for the State Funeral of Queen Elizabeth II", replaces: nil, nations: all),
            OneOff(date: d("2023-05-08"), title: "Bank holiday for the coronation of King Charles III", replaces: nil, nations: all),
            OneOff(date: d("2026-06-15"), title: "World Cup bank holiday", replaces: nil, nations: [.scotland]),
        ]
    }()

    /// The bank holidays of `nation` in `year`, by rule, with the known one-offs applied unless
    /// `includingOneOffs` is false. Sorted by date; every one is marked `.rule`.
    public static func holidays(year: Int, nation: Nation, includingOneOffs: Bool = true) -> [BankHoliday] {
        var days: [BankHoliday] = []
        var taken = Set<CivilDate>()
        func fixed(_ month: Int, _ day: Int, _ title: String) {
            guard let date = CivilDate(year: year, month: month, day: day) else { return }
            var actual = date
            while actual.weekday.isWeekend || taken.contains(actual) { actual = actual.adding(days: 1) }
            taken.insert(actual)
            days.append(BankHoliday(date: actual, title: title, isSubstitute: actual != date, source: .rule))
        }
        func movable(_ date: CivilDate?, _ title: String) {
            guard let date else { return }
            taken.insert(date)
            days.append(BankHoliday(date: date, title: title, source: .rule))
        }
        let easter = easterSunday(year: year)
        // Holidays tied to a weekday first, so that a fixed-date holiday's substitute never lands on one.
        movable(easter.adding(days: -2), "Good Friday")
        if nation != .scotland { movable(easter.adding(days: 1), "Easter Monday") }
        if year >= 1978 { movable(nthWeekday(.monday, 1, month: 5, year: year), "Early May bank holiday") }
        movable(lastWeekday(.monday, month: 5, year: year), "Spring bank holiday")
        movable(nation == .scotland ? nthWeekday(.monday, 1, month: 8, year: year) : lastWeekday(.monday, month: 8, year: year),
                "Summer bank holiday")
        // Fixed-date holidays in calendar order, so substitutes chain: New Year's Day on a Saturday is kept on
        // Monday 3rd and Scotland's 2 January on Tuesday 4th. When the first of a pair falls on a Sunday, the
        // second keeps its own Monday and the first moves to the Tuesday (as GOV.UK lists them).
        let newYear = CivilDate(year: year, month: 1, day: 1)
        if nation == .scotland && newYear?.weekday == .sunday {
            fixed(1, 2, "2nd January")
            fixed(1, 1, "New Year’s Day")
        } else {
            fixed(1, 1, "New Year’s Day")
            if nation == .scotland { fixed(1, 2, "2nd January") }
        }
        if nation == .northernIreland { fixed(3, 17, "St Patrick’s Day") }
        if nation == .northernIreland { fixed(7, 12, "Battle of the Boyne (Orangemen’s Day)") }
        if nation == .scotland && year >= 2007 { fixed(11, 30, "St Andrew’s Day") }
        if CivilDate(year: year, month: 12, day: 25)?.weekday == .sunday {
            fixed(12, 26, "Boxing Day")
            fixed(12, 25, "Christmas Day")
        } else {
            fixed(12, 25, "Christmas Day")
            fixed(12, 26, "Boxing Day")
        }
        if includingOneOffs {
            for change in oneOffs where change.date.year == year && change.nations.contains(nation) {
                if let replaced = change.replaces { days.removeAll { $0.date == replaced } }
                days.removeAll { $0.date == change.date }
                days.append(BankHoliday(date: change.date, title: change.title, source: .rule))
            }
        }
        return days.sorted { $0.date < $1.date }
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" computus), which fixes
    /// Good Friday and Easter Monday.
    public static func easterSunday(year: Int) -> CivilDate {
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CivilDate(year: year, month: month, day: day) ?? CivilDate(dayNumber: 0)  // the computus always yields 22 March…25 April
    }

    /// The `n`th `weekday` of a month (n ≥ 1), e.g. the first Monday in May.
    public static func nthWeekday(_ weekday: Weekday, _ n: Int, month: Int, year: Int) -> CivilDate? {
        guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
        let offset = (weekday.rawValue - first.weekday.rawValue + 7) % 7
        return first.adding(days: offset + 7 * (n - 1))
    }

    /// The last `weekday` of a month, e.g. the last Monday in August.
    public static func lastWeekday(_ weekday: Weekday, month: Int, year: Int) -> CivilDate? {
        guard let last = CivilDate(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month)) else { return nil }
        let offset = (last.weekday.rawValue - weekday.rawValue + 7) % 7
        return last.adding(days: -offset)
    }
}
