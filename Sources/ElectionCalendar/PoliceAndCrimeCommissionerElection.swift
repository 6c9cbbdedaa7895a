/// Police and crime commissioner (and police, fire and crime commissioner) elections in England and Wales:
/// notice 25, nominations 18 working days before the poll — Police and Crime Commissioner Elections Order
/// 2012 (SI 2012/1917) Sch 3 r.1, as amended by SI 2014/921.
public struct PoliceAndCrimeCommissionerElection: Election {
    /// The poll's Democracy Club id.
    public let id: ElectionID
    /// The nation whose rules and bank holidays apply.
    public let nation: Nation?
    /// Which set of election rules applies.
    public var kind: PollKind { .policeAndCrimeCommissioner }

    /// Creates the poll (England unless `nation` is Wales).
    public init(id: ElectionID, nation: Nation = .england) {
        self.id = id
        self.nation = nation
    }

    static let source = "Police and Crime Commissioner Elections Order 2012 Sch 3 r.1, as amended 2014"

    /// The statutory timetable, counted as this type's summary says.
    public func timetable(in calendars: CalendarSet) -> Timetable {
        standardTimetable(notice: 25, nominations: 18, on: calendars[.englandAndWales], source: Self.source)
    }

    /// Where the pre-election period starts when the actual notice date is not known.
    public func defaultPeriodStart(timetable: Timetable, in calendars: CalendarSet, options: PeriodOptions) -> PeriodStart {
        latestNoticeStart(timetable)
    }
}
