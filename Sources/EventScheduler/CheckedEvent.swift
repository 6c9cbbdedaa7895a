import ElectionCalendar

/// The scheduler's verdict on one occurrence: whether it touches a pre-election period, whether it may go
/// ahead, why, and the nearest safe dates to move it to.
public struct CheckedEvent: Sendable, Equatable {
    /// `conflict`: touches a period and is not formal business; `permitted`: touches a period but is formal
    /// council business, which may continue (LGA short guide); `clear`: touches no period.
    public enum Status: String, Sendable, Equatable {
        case conflict, permitted, clear
    }

    /// The occurrence checked.
    public var occurrence: EventOccurrence
    /// The verdict.
    public var status: Status
    /// Every period the occurrence shares a day with (empty when clear).
    public var periods: [PreElectionPeriod]
    /// For conflicts: the nearest start date before the first period touched and the nearest after the last,
    /// each a working day whose whole span avoids every period; dates before `earliestSuggestion` are left out.
    public var suggestions: [CivilDate]
    /// Plain words for the verdict, e.g. "publicity ('opening' in the title)".
    public var reason: String

    /// True when the occurrence shares at least one day with a period.
    public var inPeriod: Bool { !periods.isEmpty }
}
