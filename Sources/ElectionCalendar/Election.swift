/// One poll and the rules that fix its timetable and its pre-election period. Each kind of UK poll has its
/// own type (one per set of election rules, as in Democracy Club's uk-election-timetables).
public protocol Election: Sendable {
    /// The Democracy Club id.
    var id: ElectionID { get }
    /// Which rules apply.
    var kind: PollKind { get }
    /// The nation whose calendar and rules apply (nil: a UK-wide general election or referendum).
    var nation: Nation? { get }
    /// The statutory timetable, counted on the working-day calendars in `calendars`.
    func timetable(in calendars: CalendarSet) -> Timetable
    /// The first day of the pre-election period when the user has not said when the notice was published;
    /// `timetable` is this poll's own (passed in so it is computed once).
    func defaultPeriodStart(timetable: Timetable, in calendars: CalendarSet, options: PeriodOptions) -> PeriodStart
}

/// The start of a pre-election period and the rule that produced it.
public struct PeriodStart: Sendable, Equatable {
    /// First restricted day.
    public var date: CivilDate
    /// Which rule, in words a clerk can check, e.g. "latest date for the notice of election: …".
    public var basis: String

    /// Creates a start.
    public init(date: CivilDate, basis: String) {
        self.date = date
        self.basis = basis
    }
}

extension Election {
    /// Polling day.
    public var pollDate: CivilDate { id.pollDate }

    /// A timetable entry `days` working days before polling day on `calendar`.
    func before(_ event: Timetable.Event, _ days: Int, _ calendar: WorkingDayCalendar, _ source: String) -> Timetable.Entry {
        Timetable.Entry(event: event, date: calendar.date(workingDays: days, before: pollDate), counting: .beforePoll(days), source: source)
    }

    /// The statement of persons nominated, due one working day after the close of nominations.
    func sopnAfter(_ close: Timetable.Entry, _ calendar: WorkingDayCalendar, _ source: String) -> Timetable.Entry {
        Timetable.Entry(event: .sopnPublishDeadline, date: calendar.date(workingDays: 1, after: close.date), counting: .afterNominations(1), source: source)
    }

    /// Registration, postal-vote and Voter Authority Certificate deadlines, common to every poll:
    /// 12 working days (RPA 1983 s13B), 11 working days (RPR 2001 reg 56; 14 in Northern Ireland, RP(NI)
    /// Regs 2008 reg 61) and 6 working days (Voter Identification Regulations 2022, SI 2022/1382). The VAC
    /// exists in Great Britain only — Northern Ireland has the Electoral Identity Card (Electoral Fraud
    /// (Northern Ireland) Act 2002) — so NI polls have no VAC deadline, where the peer gives one.
    func absentVoteDeadlines(registration: WorkingDayCalendar, postal: WorkingDayCalendar, postalDays: Int? = nil) -> [Timetable.Entry] {
        let northernIreland = nation == .northernIreland
        let days = postalDays ?? (northernIreland ? 14 : 11)
        let postalSource = postalDays != nil ? "Scottish General Election (Coronavirus) Act 2021"
            : northernIreland ? "Representation of the People (Northern Ireland) Regulations 2008 reg 61"
            : "Representation of the People (England and Wales) Regulations 2001 reg 56"
        var entries = [
            before(.registrationDeadline, 12, registration, "Representation of the People Act 1983 s13B"),
            before(.postalVoteApplicationDeadline, days, postal, postalSource),
        ]
        if !northernIreland {
            entries.append(before(.vacApplicationDeadline, 6, postal, "Voter Identification Regulations 2022, SI 2022/1382"))
        }
        return entries
    }

    /// The usual shape of a timetable: the notice `notice` and nominations `nominations` working days before
    /// the poll, the statement of persons nominated the next working day, then the registration and
    /// absent-vote deadlines — all on one calendar.
    func standardTimetable(notice: Int, nominations: Int, on calendar: WorkingDayCalendar, source: String) -> Timetable {
        let close = before(.closeOfNominations, nominations, calendar, source)
        return Timetable([before(.noticeOfElectionDeadline, notice, calendar, source), close, sopnAfter(close, calendar, source)]
            + absentVoteDeadlines(registration: calendar, postal: calendar))
    }

    /// The period start for polls whose period begins with the latest lawful notice of election.
    func latestNoticeStart(_ timetable: Timetable) -> PeriodStart {
        let entry = timetable.entries.first { $0.event == .noticeOfElectionDeadline }
        return PeriodStart(date: entry?.date ?? pollDate,
                           basis: "latest date for the notice of election: \(entry?.rule ?? "polling day")")
    }
}
