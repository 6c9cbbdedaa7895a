import ElectionCalendar

/// The scheduler's verdict on one occurrence: whether it touches a pre-election period, whether it may go
/// ahead, why, and the nearest safe dates to move it to.
public struct CheckedEvent: Sendable, Equatable {
    /// `conflict`: publicity touching a period; `review`: touches a period and is neither recognisably
    /// publicity nor formal business, so a person must decide; `permitted`: formal council business, which
    /// may continue (LGA short guide); `clear`: touches no period, or is an internal entry, not publicity.
    public enum Status: String, Sendable, Equatable {
        case conflict, review, permitted, clear
    }

    /// The occurrence checked.
    public var occurrence: EventOccurrence
    /// The verdict.
    public var status: Status
    /// Every period the occurrence shares a day with (empty when it touches none).
    public var periods: [PreElectionPeriod]
    /// For conflicts and reviews: the nearest start before the first period touched and the nearest after
    /// the last, on the event's day of the week, whose whole span avoids every period; dates before
    /// `earliestSuggestion` are left out.
    public var suggestions: [CivilDate]
    /// Plain words for the verdict, e.g. "publicity ('opening' in the title)".
    public var reason: String
    /// When the "before" suggestion keeps a margin because the period's start is only the latest day the
    /// notice of election may be published: that latest start.
    public var latestStartKeptClear: CivilDate?
    /// When the "after" suggestion skips the day after polling day (often the count): that day.
    public var countDaySkipped: CivilDate?

    /// Creates a verdict.
    public init(occurrence: EventOccurrence, status: Status, periods: [PreElectionPeriod], suggestions: [CivilDate], reason: String,
                latestStartKeptClear: CivilDate? = nil, countDaySkipped: CivilDate? = nil) {
        self.occurrence = occurrence
        self.status = status
        self.periods = periods
        self.suggestions = suggestions
        self.reason = reason
        self.latestStartKeptClear = latestStartKeptClear
        self.countDaySkipped = countDaySkipped
    }

    /// True when the occurrence shares at least one day with a period.
    public var inPeriod: Bool { !periods.isEmpty }

    /// True when a person has to act: a conflict to move, or an event to check by hand.
    public var needsAction: Bool { status == .conflict || status == .review }
}
