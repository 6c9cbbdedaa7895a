/// The statutory dates of one poll, each with the rule it comes from. Keys are the JSON contract
/// (`notice_of_election_deadline`, …); a date that does not apply to a kind of poll is absent.
public struct Timetable: Sendable, Equatable {
    /// One dated step of the timetable.
    public struct Entry: Sendable, Equatable {
        /// Which step.
        public var event: Event
        /// Its date (a deadline: the last day it may happen, unless the event says otherwise).
        public var date: CivilDate
        /// The rule and count, e.g. "25th working day before polling day (SI 2006/3304 Sch 2 r.1)".
        public var rule: String
    }

    /// The steps of a UK election timetable.
    public enum Event: String, Sendable, CaseIterable {
        case dissolution
        case earliestNoticeOfElection = "earliest_notice_of_election"
        case noticeOfElectionDeadline = "notice_of_election_deadline"
        case closeOfNominations = "close_of_nominations"
        case sopnPublishDeadline = "sopn_publish_deadline"
        case registrationDeadline = "registration_deadline"
        case postalVoteApplicationDeadline = "postal_vote_application_deadline"
        case vacApplicationDeadline = "vac_application_deadline"
        case pollingDay = "polling_day"

        /// Words for people.
        public var label: String {
            switch self {
            case .dissolution: "Dissolution of Parliament"
            case .earliestNoticeOfElection: "Earliest notice of election"
            case .noticeOfElectionDeadline: "Notice of election (latest)"
            case .closeOfNominations: "Close of nominations (4pm)"
            case .sopnPublishDeadline: "Statement of persons nominated (latest)"
            case .registrationDeadline: "Register to vote (deadline, midnight)"
            case .postalVoteApplicationDeadline: "Postal vote applications (5pm)"
            case .vacApplicationDeadline: "Voter Authority Certificate applications (5pm)"
            case .pollingDay: "Polling day (7am–10pm)"
            }
        }
    }

    /// The steps, in date order.
    public private(set) var entries: [Entry]

    /// Creates a timetable; entries are sorted by date (ties keep the given order).
    public init(_ entries: [Entry]) {
        self.entries = entries.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
    }

    /// The date of `event`, if this poll has that step.
    public subscript(event: Event) -> CivilDate? { entries.first { $0.event == event }?.date }
}
