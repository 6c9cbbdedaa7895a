/// UK Parliament elections: a general election (`parl.<date>`, or one constituency's ballot in it,
/// `parl.<seat>.<date>`) or a by-election (`parl.<seat>.by.<date>`).
///
/// Representation of the People Act 1983 Sch 1 r.1: polling day is the 25th working day after dissolution;
/// the notice of election is due 22, nominations close 19 working days before the poll. Rule 2 counts days
/// without "a bank holiday in any part of the United Kingdom" at a general election, but only those of the
/// constituency's part of the UK at a by-election. Here the law differs from uk-election-timetables 5.0.2,
/// which counts a general election on one nation's calendar (or the earliest of three): PreElection follows
/// the law, so a general election's dates skip, e.g., Scotland's St Andrew's Day substitute everywhere —
/// which is why nominations closed on 14 November 2019 in England too. Voter registration (RPA 1983 s13B)
/// is counted on the ballot's own nation's calendar (England and Wales when none is given), which matches
/// the published 26 November 2019 deadline.
public struct UKParliamentElection: Election {
    /// The poll's Democracy Club id.
    public let id: ElectionID
    /// The nation whose rules and bank holidays apply.
    public let nation: Nation?
    /// General election (every seat) rather than a by-election.
    public var isGeneralElection: Bool { !id.isByElection }
    /// Which set of election rules applies.
    public var kind: PollKind { isGeneralElection ? .ukParliamentGeneral : .ukParliamentByElection }

    /// Creates the poll. A by-election needs the constituency's nation; a general election may have none.
    public init(id: ElectionID, nation: Nation?) {
        self.id = id
        self.nation = nation
    }

    static let source = "Representation of the People Act 1983 Sch 1 r.1"

    /// The statutory timetable, counted as this type's summary says.
    public func timetable(in calendars: CalendarSet) -> Timetable {
        let own = calendars[CalendarKind.standard(for: nation ?? .england)]
        let counting = isGeneralElection ? calendars[.unitedKingdom] : own
        let source = isGeneralElection ? Self.source + "; r.2: bank holidays anywhere in the UK" : Self.source
        let close = before(.closeOfNominations, 19, counting, source)
        var entries = [before(.noticeOfElectionDeadline, 22, counting, source), close, sopnAfter(close, counting, source)]
        if isGeneralElection {
            let dissolution = counting.date(workingDays: 25, before: pollDate)
            entries.insert(Timetable.Entry(event: .dissolution, date: dissolution, counting: .pollIsAfter(25), source: source), at: 0)
        }
        entries += absentVoteDeadlines(registration: own, postal: counting)
        return Timetable(entries)
    }

    /// General election: dissolution by default (the earliest of the presets: councils have started at the Cabinet Office date, dissolution or the notice of election, and the safest default is the earliest), or the
    /// latest notice date, or a date the user gives (the Cabinet Office's announced start). By-election: the
    /// latest notice date.
    public func defaultPeriodStart(timetable: Timetable, in calendars: CalendarSet, options: PeriodOptions) -> PeriodStart {
        guard isGeneralElection else { return latestNoticeStart(timetable) }
        switch options.generalElectionStart {
        case .dissolution:
            let entry = timetable.entries.first { $0.event == .dissolution }
            return PeriodStart(date: entry?.date ?? pollDate, basis: "dissolution of Parliament: \(entry?.rule ?? "")")
        case .notice:
            return latestNoticeStart(timetable)
        case .date(let date):
            return PeriodStart(date: date, basis: "general-election start date given by the user (--ge-start), e.g. the Cabinet Office's announced date")
        }
    }
}
