/// The working days of one `CalendarKind` over a span of years, for counting election deadlines.
///
/// A day is not a working day if it is a Saturday, Sunday, Christmas Eve, Christmas Day, Good Friday, a bank
/// holiday of the calendar's nations, a day the user declared (public thanksgiving or mourning) or one of
/// the kind's extra days (Easter Monday in Scotland, the City of London breaks). Lookups are one array read.
public struct WorkingDayCalendar: Sendable {
    /// Which calendar this is.
    public let kind: CalendarKind
    /// Day number of the first day covered.
    let firstDay: Int
    /// One entry per covered day: nil for a working day, else why it is not one ("Saturday" is implied).
    let reasons: [String?]
    /// Used outside the covered span (a correct but slower path).
    let source: HolidaySource
    let declared: [CivilDate: String]

    /// Builds the calendar for `years` from `source`, with `declared` extra non-working days (and why).
    public init(kind: CalendarKind, years: ClosedRange<Int>, source: HolidaySource, declared: [CivilDate: String] = [:]) {
        self.kind = kind
        self.source = source
        self.declared = declared
        let first = CivilDate(year: years.lowerBound, month: 1, day: 1) ?? CivilDate(dayNumber: 0)
        let last = CivilDate(year: years.upperBound, month: 12, day: 31) ?? first
        firstDay = first.dayNumber
        var table = [String?](repeating: nil, count: last.dayNumber - first.dayNumber + 1)
        for year in years {
            for (date, reason) in WorkingDayCalendar.nonWorkingDays(kind: kind, year: year, source: source) {
                let index = date.dayNumber - first.dayNumber
                if index >= 0 && index < table.count && table[index] == nil { table[index] = reason }
            }
        }
        for (date, reason) in declared {
            let index = date.dayNumber - first.dayNumber
            if index >= 0 && index < table.count { table[index] = reason }
        }
        reasons = table
    }

    /// The non-weekend days of `year` that `kind` does not count, with the reason for each.
    static func nonWorkingDays(kind: CalendarKind, year: Int, source: HolidaySource) -> [(CivilDate, String)] {
        var days: [(CivilDate, String)] = []
        // Statutory in every UK election order, whatever the bank holidays.
        if let eve = CivilDate(year: year, month: 12, day: 24) { days.append((eve, "Christmas Eve")) }
        if let christmas = CivilDate(year: year, month: 12, day: 25) { days.append((christmas, "Christmas Day")) }
        let easter = BankHolidayRules.easterSunday(year: year)
        days.append((easter.adding(days: -2), "Good Friday"))
        for nation in kind.nations {
            for holiday in source.holidays(year: year, nation: nation) {
                let region = kind.nations.count > 1 ? " (\(nation == .england ? "England and Wales" : nation.displayName))" : ""
                let rule = holiday.source == .rule ? ", computed by rule" : ""
                days.append((holiday.date, "bank holiday: \(holiday.title)\(region)\(rule)"))
            }
        }
        switch kind {
        case .scotlandElections:
            days.append((easter.adding(days: 1), "Easter Monday (counted as a non-working day in Scottish election timetables)"))
        case .cityOfLondon:
            for offset in -3...2 { days.append((easter.adding(days: offset), "City of London Easter break")) }
            if var start = CivilDate(year: year, month: 12, day: 24) {
                while start.weekday.isWeekend { start = start.adding(days: -1) }
                var end = CivilDate(year: year, month: 12, day: 27) ?? start
                let holidays = Set(source.holidays(year: year, nation: .england).map(\.date))
                while end.weekday.isWeekend || holidays.contains(end) { end = end.adding(days: 1) }
                var day = start
                while day <= end {
                    days.append((day, "City of London Christmas break"))
                    day = day.adding(days: 1)
                }
            }
        default:
            break
        }
        return days.filter { !$0.0.weekday.isWeekend }
    }

    /// Why `date` is not a working day, or nil if it is one.
    public func reasonNotWorking(_ date: CivilDate) -> String? {
        if date.weekday.isWeekend { return date.weekday.name }
        let index = date.dayNumber - firstDay
        if index >= 0 && index < reasons.count { return reasons[index] }
        if let reason = declared[date] { return reason }
        return WorkingDayCalendar.nonWorkingDays(kind: kind, year: date.year, source: source).first { $0.0 == date }?.1
    }

    /// True when `date` counts as a day for the election timetable.
    @inline(__always)
    public func isWorkingDay(_ date: CivilDate) -> Bool { isWorkingDay(dayNumber: date.dayNumber) }

    @inline(__always)
    func isWorkingDay(dayNumber: Int) -> Bool {
        let weekdayIndex = ((dayNumber % 7) + 7 + 3) % 7  // 0 = Monday
        if weekdayIndex >= 5 { return false }
        let index = dayNumber - firstDay
        if index >= 0 && index < reasons.count { return reasons[index] == nil }
        return reasonNotWorking(CivilDate(dayNumber: dayNumber)) == nil
    }

    /// The day `count` working days before `date` (not counting `date` itself), as every UK election
    /// timetable counts: "not later than the Nth day before the day of election".
    public func date(workingDays count: Int, before date: CivilDate) -> CivilDate {
        var day = date.dayNumber
        var remaining = count
        while remaining > 0 {
            day -= 1
            if isWorkingDay(dayNumber: day) { remaining -= 1 }
        }
        return CivilDate(dayNumber: day)
    }

    /// The day `count` working days after `date`, e.g. the SOPN deadline one working day after the close of
    /// nominations.
    public func date(workingDays count: Int, after date: CivilDate) -> CivilDate {
        var day = date.dayNumber
        var remaining = count
        while remaining > 0 {
            day += 1
            if isWorkingDay(dayNumber: day) { remaining -= 1 }
        }
        return CivilDate(dayNumber: day)
    }

    /// Working days strictly after `from` up to and including `to` (0 when `to` is not after `from`).
    public func workingDays(after from: CivilDate, through to: CivilDate) -> Int {
        guard from < to else { return 0 }
        var count = 0
        for day in (from.dayNumber + 1)...to.dayNumber where isWorkingDay(dayNumber: day) { count += 1 }
        return count
    }
}
