/// Scottish Parliament elections: notice between the 35th and the 28th working day, nominations 23 and the
/// statement of persons nominated 22 working days before the poll, counted without Easter Monday — Scottish
/// Parliament (Elections etc.) Order 2015 (SSI 2015/425) Sch 2 r.1. In 2021 postal applications closed 21
/// working days before (Scottish General Election (Coronavirus) Act 2021).
public struct ScottishParliamentElection: Election {
    /// The poll's Democracy Club id.
    public let id: ElectionID
    /// The nation whose rules and bank holidays apply.
    public var nation: Nation? { .scotland }
    /// Which set of election rules applies.
    public var kind: PollKind { .scottishParliament }

    /// Creates the poll.
    public init(id: ElectionID) { self.id = id }

    static let source = "Scottish Parliament (Elections etc.) Order 2015 Sch 2 r.1"

    /// The statutory timetable, counted as this type's summary says.
    public func timetable(in calendars: CalendarSet) -> Timetable {
        let elections = calendars[.scotlandElections]
        let standard = calendars[.scotland]
        let coronavirusPoll = CivilDate(year: 2021, month: 5, day: 6)
        return Timetable([
            before(.earliestNoticeOfElection, 35, elections, Self.source),
            before(.noticeOfElectionDeadline, 28, elections, Self.source),
            before(.closeOfNominations, 23, elections, Self.source),
            before(.sopnPublishDeadline, 22, elections, Self.source),
        ] + absentVoteDeadlines(registration: standard, postal: standard, postalDays: pollDate == coronavirusPoll ? 21 : nil))
    }

    /// The earliest lawful notice date (35th working day): the Electoral Management Board directs it.
    public func defaultPeriodStart(timetable: Timetable, in calendars: CalendarSet, options: PeriodOptions) -> PeriodStart {
        let earliest = timetable.entries.first { $0.event == .earliestNoticeOfElection }
            ?? before(.earliestNoticeOfElection, 35, calendars[.scotlandElections], Self.source)
        return PeriodStart(date: earliest.date, basis: "earliest date for the notice of election, which the Electoral Management Board directs: \(earliest.rule)")
    }
}
