/// Senedd Cymru elections (`senedd.*`, formerly `naw.*`): notice 25, nominations 19 working days before the
/// poll on the England and Wales calendar — National Assembly for Wales (Representation of the People) Order
/// 2007 as amended by SI 2016/272, and the Senedd and Elections (Wales) Act 2020.
public struct SeneddElection: Election {
    /// The poll's Democracy Club id.
    public let id: ElectionID
    /// The nation whose rules and bank holidays apply.
    public var nation: Nation? { .wales }
    /// Which set of election rules applies.
    public var kind: PollKind { .senedd }

    /// Creates the poll.
    public init(id: ElectionID) { self.id = id }

    static let source = "National Assembly for Wales (Representation of the People) Order 2007, as amended 2016"

    /// The statutory timetable, counted as this type's summary says.
    public func timetable(in calendars: CalendarSet) -> Timetable {
        standardTimetable(notice: 25, nominations: 19, on: calendars[.englandAndWales], source: Self.source)
    }

    /// Where the pre-election period starts when the actual notice date is not known.
    public func defaultPeriodStart(timetable: Timetable, in calendars: CalendarSet, options: PeriodOptions) -> PeriodStart {
        latestNoticeStart(timetable)
    }
}
