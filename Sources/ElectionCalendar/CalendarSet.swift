/// Every working-day calendar a run needs, built once for a span of years from the holiday data and the
/// user's declared days of thanksgiving or mourning (which no timetable counts: every UK election order
/// disregards "a day appointed for public thanksgiving or mourning").
public struct CalendarSet: Sendable {
    /// The holidays the calendars were built from.
    public let holidays: HolidaySource
    /// Days the user declared non-working.
    public let declaredDays: Set<CivilDate>
    let calendars: [WorkingDayCalendar]

    /// Builds the calendars of every `CalendarKind` for `years` (days outside still work, more slowly).
    public init(holidays: HolidaySource, years: ClosedRange<Int>, declaredDays: Set<CivilDate> = []) {
        self.holidays = holidays
        self.declaredDays = declaredDays
        let declared = Dictionary(uniqueKeysWithValues: declaredDays.map { ($0, "declared day of public thanksgiving or mourning (--non-working-day)") })
        calendars = CalendarKind.allCases.map { WorkingDayCalendar(kind: $0, years: years, source: holidays, declared: declared) }
    }

    /// The calendar of `kind`.
    public subscript(kind: CalendarKind) -> WorkingDayCalendar {
        calendars[CalendarKind.allCases.firstIndex(of: kind) ?? 0]
    }
}
