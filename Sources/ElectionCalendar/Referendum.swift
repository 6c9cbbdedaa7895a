/// Referendums (`ref.*`). A national referendum (`ref.<date>`, or an organisation of `uk`, `gb`, `eu` or
/// `scotland`) restricts council publicity for the 28 days ending with polling day (Political Parties,
/// Elections and Referendums Act 2000 s125); any other referendum (neighbourhood plan, governance, council
/// tax) is taken to start 28 working days before the poll — an assumption from the Neighbourhood Planning
/// (Referendums) Regulations 2012 regs 4–5, documented in the README. Referendums have no notice of
/// election or nominations; registration and absent-vote deadlines follow the nation's calendar.
public struct Referendum: Election {
    /// The poll's Democracy Club id.
    public let id: ElectionID
    /// The nation whose rules and bank holidays apply.
    public let nation: Nation?
    /// True for a PPERA national referendum.
    public var isNational: Bool { id.organisation.map { Referendum.nationalOrganisations.contains($0) } ?? true }
    /// Which set of election rules applies.
    public var kind: PollKind { isNational ? .nationalReferendum : .localReferendum }

    /// Organisation parts that mark a national referendum.
    public static let nationalOrganisations: Set<String> = ["uk", "gb", "eu", "scotland", "wales", "northern-ireland"]

    /// Creates the poll in `nation`.
    public init(id: ElectionID, nation: Nation) {
        self.id = id
        self.nation = nation
    }

    /// The statutory timetable, counted as this type's summary says.
    public func timetable(in calendars: CalendarSet) -> Timetable {
        let calendar = calendars[CalendarKind.standard(for: nation ?? .england)]
        return Timetable(absentVoteDeadlines(registration: calendar, postal: calendar))
    }

    /// Where the pre-election period starts when the actual notice date is not known.
    public func defaultPeriodStart(timetable: Timetable, in calendars: CalendarSet, options: PeriodOptions) -> PeriodStart {
        if isNational {
            return PeriodStart(date: pollDate.adding(days: -27),
                               basis: "the 28 days ending with polling day (Political Parties, Elections and Referendums Act 2000 s125)")
        }
        let calendar = calendars[CalendarKind.standard(for: nation ?? .england)]
        return PeriodStart(date: calendar.date(workingDays: 28, before: pollDate),
                           basis: "28 working days before polling day (assumed from the Neighbourhood Planning (Referendums) Regulations 2012 reg 4)")
    }
}
