/// Mayor of London and London Assembly elections (`gla.*`, `mayor.london.*`): notice 30, nominations 22
/// working days before the poll — Greater London Authority Elections Rules 2007 (SI 2007/3541), as amended
/// by SI 2016/24.
public struct GreaterLondonAuthorityElection: Election {
    /// The poll's Democracy Club id.
    public let id: ElectionID
    /// The nation whose rules and bank holidays apply.
    public var nation: Nation? { .england }
    /// Which set of election rules applies.
    public var kind: PollKind { .greaterLondon }

    /// Creates the poll.
    public init(id: ElectionID) { self.id = id }

    static let source = "Greater London Authority Elections Rules 2007, as amended 2016"

    /// The statutory timetable, counted as this type's summary says.
    public func timetable(in calendars: CalendarSet) -> Timetable {
        standardTimetable(notice: 30, nominations: 22, on: calendars[.englandAndWales], source: Self.source)
    }

    /// Where the pre-election period starts when the actual notice date is not known.
    public func defaultPeriodStart(timetable: Timetable, in calendars: CalendarSet, options: PeriodOptions) -> PeriodStart {
        latestNoticeStart(timetable)
    }
}
