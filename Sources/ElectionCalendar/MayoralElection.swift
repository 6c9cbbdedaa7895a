/// Elections of directly elected mayors of councils and combined authorities in England (and Wales, were
/// there any): notice 25, nominations 19 working days before the poll — Local Authorities (Mayoral
/// Elections) (England and Wales) Regulations 2007 as amended by SI 2014/370; Combined Authorities (Mayoral
/// Elections) Order 2017 (SI 2017/67). The Mayor of London is a `GreaterLondonAuthorityElection`.
public struct MayoralElection: Election {
    /// The poll's Democracy Club id.
    public let id: ElectionID
    /// The nation whose rules and bank holidays apply.
    public let nation: Nation?
    /// Which set of election rules applies.
    public var kind: PollKind { .mayor }

    /// Creates the poll (England unless `nation` is Wales).
    public init(id: ElectionID, nation: Nation = .england) {
        self.id = id
        self.nation = nation
    }

    static let source = "Local Authorities (Mayoral Elections) (England and Wales) Regulations 2007, as amended 2014; Combined Authorities (Mayoral Elections) Order 2017"

    /// The statutory timetable, counted as this type's summary says.
    public func timetable(in calendars: CalendarSet) -> Timetable {
        standardTimetable(notice: 25, nominations: 19, on: calendars[.englandAndWales], source: Self.source)
    }

    /// Where the pre-election period starts when the actual notice date is not known.
    public func defaultPeriodStart(timetable: Timetable, in calendars: CalendarSet, options: PeriodOptions) -> PeriodStart {
        latestNoticeStart(timetable)
    }
}
