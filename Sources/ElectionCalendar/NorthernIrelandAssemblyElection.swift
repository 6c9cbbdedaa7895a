/// Northern Ireland Assembly elections: notice 25, nominations 16 working days before the poll on the
/// Northern Ireland calendar — Northern Ireland Assembly (Elections) Order 2001 Sch 1, as amended by the
/// Northern Ireland Assembly (Elections) (Amendment) Order 2009 (SI 2009/256) Sch 5 rr.1–2.
public struct NorthernIrelandAssemblyElection: Election {
    /// The poll's Democracy Club id.
    public let id: ElectionID
    /// The nation whose rules and bank holidays apply.
    public var nation: Nation? { .northernIreland }
    /// Which set of election rules applies.
    public var kind: PollKind { .northernIrelandAssembly }

    /// Creates the poll.
    public init(id: ElectionID) { self.id = id }

    static let source = "Northern Ireland Assembly (Elections) Order 2001, as amended 2009"

    /// The statutory timetable, counted as this type's summary says.
    public func timetable(in calendars: CalendarSet) -> Timetable {
        standardTimetable(notice: 25, nominations: 16, on: calendars[.northernIreland], source: Self.source)
    }

    /// Where the pre-election period starts when the actual notice date is not known.
    public func defaultPeriodStart(timetable: Timetable, in calendars: CalendarSet, options: PeriodOptions) -> PeriodStart {
        latestNoticeStart(timetable)
    }
}
