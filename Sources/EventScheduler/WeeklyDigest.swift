import ElectionCalendar

/// What the weekly cron job has to say: periods starting within the horizon, periods in progress, the
/// conflicting events and events to check by hand that fall within it, and anything that could not be read.
/// When there is nothing, the digest is quiet and the job prints nothing (cron mails any output, so silence
/// is how a quiet week looks) — but never when part of the events could not be read, since silence would
/// then be a false all-clear.
public struct WeeklyDigest: Sendable, Equatable {
    /// A period that has not started yet, and in how many days it will.
    public struct Upcoming: Sendable, Equatable {
        /// The period.
        public var period: PreElectionPeriod
        /// Days from today to its first day.
        public var daysUntilStart: Int
    }

    /// The day the digest is for.
    public var today: CivilDate
    /// Last day of the horizon (inclusive): `today` plus seven days a week.
    public var horizonEnd: CivilDate
    /// Periods starting after today and no later than `horizonEnd`, soonest first.
    public var starting: [Upcoming]
    /// Periods that include today.
    public var inProgress: [PreElectionPeriod]
    /// Conflicting occurrences sharing a day with `today...horizonEnd`, in date order.
    public var conflicts: [CheckedEvent]
    /// Occurrences in a period within the horizon that are neither publicity nor formal business, in date order.
    public var reviews: [CheckedEvent]
    /// Files, rows and events that could not be read (or not fully).
    public var unread: [EventWarning]

    /// Builds the digest for `today` looking `weeks` weeks ahead, from periods, checked occurrences and what
    /// could not be read.
    public init(today: CivilDate, weeks: Int, periods: [PreElectionPeriod], checked: [CheckedEvent], unread: [EventWarning] = []) {
        self.today = today
        horizonEnd = today.adding(days: 7 * max(0, weeks))
        let sorted = periods.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        let horizonEnd = self.horizonEnd
        starting = sorted.filter { $0.start > today && $0.start <= horizonEnd }
            .map { Upcoming(period: $0, daysUntilStart: today.days(to: $0.start)) }
        inProgress = sorted.filter { $0.contains(today) }
        let inHorizon = checked.filter { $0.occurrence.start <= horizonEnd && $0.occurrence.end >= today }
            .sorted { ($0.occurrence.start, $0.occurrence.time ?? "", $0.occurrence.source) < ($1.occurrence.start, $1.occurrence.time ?? "", $1.occurrence.source) }
        conflicts = inHorizon.filter { $0.status == .conflict }
        reviews = inHorizon.filter { $0.status == .review }
        self.unread = unread
    }

    /// True when there is nothing to say: no period starts within the horizon, none is in progress, no
    /// conflicting or unrecognised event falls within it, and everything could be read.
    public var isQuiet: Bool { starting.isEmpty && inProgress.isEmpty && conflicts.isEmpty && reviews.isEmpty && unread.isEmpty }
}
