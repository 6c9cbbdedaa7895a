/// Ordinary and by-elections to principal, parish, town and community councils in England and Wales,
/// councils in Scotland and district councils in Northern Ireland.
///
/// England and Wales: notice 25, nominations 19 working days before the poll — Local Elections (Principal
/// Areas) (England and Wales) Rules 2006 (SI 2006/3304) and (Parishes and Communities) Rules 2006 (SI
/// 2006/3305), Sch 2 r.1, as amended by SI 2014/494. Scotland: notice between the 35th and the 28th working
/// day, nominations 23 — Scottish Local Government Elections Order 2011 (SSI 2011/399) Sch 1 r.1. Northern
/// Ireland: notice 25, nominations 16 — Electoral Law Act (Northern Ireland) 1962 Sch 5 as amended by the
/// Local Elections (Northern Ireland) Order 2010 (SI 2010/2977).
public struct LocalElection: Election {
    /// The poll's Democracy Club id.
    public let id: ElectionID
    /// The nation whose rules and bank holidays apply.
    public let nation: Nation?
    /// Which set of election rules applies.
    public var kind: PollKind { .local }

    /// Creates the poll; `nation` decides the rules.
    public init(id: ElectionID, nation: Nation) {
        self.id = id
        self.nation = nation
    }

    var rulesSource: String {
        switch nation ?? .england {
        case .england, .wales: "Local Elections (Principal Areas) (England and Wales) Rules 2006 Sch 2 r.1, as amended 2014"
        case .scotland: "Scottish Local Government Elections Order 2011 Sch 1 r.1"
        case .northernIreland: "Electoral Law Act (Northern Ireland) 1962 Sch 5, as amended 2010"
        }
    }

    /// The statutory timetable, counted as this type's summary says.
    public func timetable(in calendars: CalendarSet) -> Timetable {
        let nation = nation ?? .england
        let standard = calendars[CalendarKind.standard(for: nation)]
        switch nation {
        case .scotland:
            let elections = calendars[.scotlandElections]
            let close = before(.closeOfNominations, 23, elections, rulesSource)
            return Timetable([
                before(.earliestNoticeOfElection, 35, elections, rulesSource),
                before(.noticeOfElectionDeadline, 28, elections, rulesSource),
                close, sopnAfter(close, elections, rulesSource),
            ] + absentVoteDeadlines(registration: standard, postal: standard))
        case .northernIreland:
            return standardTimetable(notice: 25, nominations: 16, on: standard, source: rulesSource)
        case .england, .wales:
            return standardTimetable(notice: 25, nominations: 19, on: standard, source: rulesSource)
        }
    }

    /// England, Wales, Northern Ireland: the latest lawful notice date. Scotland: the earliest (35th working
    /// day), because the Electoral Management Board directs publication on the first allowed day.
    public func defaultPeriodStart(timetable: Timetable, in calendars: CalendarSet, options: PeriodOptions) -> PeriodStart {
        if nation == .scotland, let earliest = timetable.entries.first(where: { $0.event == .earliestNoticeOfElection }) {
            return PeriodStart(date: earliest.date, basis: "earliest date for the notice of election, which the Electoral Management Board directs councils to use: \(earliest.rule)")
        }
        return latestNoticeStart(timetable)
    }
}
