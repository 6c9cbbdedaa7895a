/// Common Council and Alderman elections in the City of London, which count working days without the City's
/// Easter and Christmas breaks, publish the candidate list 17 working days before and finalise it at 15, and
/// use the ward list of the previous 30 November. City of London (Ward Elections) Act 1949 as amended, as
/// Democracy Club's uk-election-timetables implements it.
public struct CityOfLondonLocalElection: Election {
    /// The poll's Democracy Club id.
    public let id: ElectionID
    /// The nation whose rules and bank holidays apply.
    public var nation: Nation? { .england }
    /// Which set of election rules applies.
    public var kind: PollKind { .cityOfLondon }

    /// Creates the poll.
    public init(id: ElectionID) { self.id = id }

    static let source = "City of London (Ward Elections) Act 1949, as amended"

    /// The statutory timetable, counted as this type's summary says.
    public func timetable(in calendars: CalendarSet) -> Timetable {
        let city = calendars[.cityOfLondon]
        let standard = calendars[.englandAndWales]
        let wardListYear = pollDate <= (CivilDate(year: pollDate.year, month: 2, day: 15) ?? pollDate) ? pollDate.year - 2 : pollDate.year - 1
        let wardList = CivilDate(year: wardListYear, month: 11, day: 30) ?? pollDate
        var entries = [
            before(.noticeOfElectionDeadline, 25, city, Self.source),
            before(.closeOfNominations, 17, city, Self.source),
            before(.sopnPublishDeadline, 15, city, Self.source),
        ]
        entries += absentVoteDeadlines(registration: standard, postal: standard).filter { $0.event != .registrationDeadline }
        entries.append(Timetable.Entry(event: .registrationDeadline, date: wardList,
                                       counting: .described("the ward list in force is the one of 30 November before the poll"), source: Self.source))
        return Timetable(entries)
    }

    /// Where the pre-election period starts when the actual notice date is not known.
    public func defaultPeriodStart(timetable: Timetable, in calendars: CalendarSet, options: PeriodOptions) -> PeriodStart {
        latestNoticeStart(timetable)
    }
}
