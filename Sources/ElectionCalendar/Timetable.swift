/// The statutory dates of one poll, each with the rule it comes from. Keys are the JSON contract
/// (`notice_of_election_deadline`, …); a date that does not apply to a kind of poll is absent.
public struct Timetable: Sendable, Equatable {
    /// One dated step of the timetable.
    public struct Entry: Sendable, Equatable {
        /// How a step's date is counted.
        public enum Counting: Sendable, Hashable {
            /// `n` working days before polling day.
            case beforePoll(Int)
            /// `n` working days after the close of nominations.
            case afterNominations(Int)
            /// Polling day is the `n`th working day after this one (dissolution).
            case pollIsAfter(Int)
            /// A rule in words.
            case described(String)
        }

        /// Which step.
        public var event: Event
        /// Its date (a deadline: the last day it may happen, unless the event says otherwise).
        public var date: CivilDate
        /// How it was counted.
        public var counting: Counting
        /// The instrument it comes from, e.g. "Local Elections (Principal Areas) (England and Wales) Rules 2006".
        public var source: String

        /// Creates an entry.
        public init(event: Event, date: CivilDate, counting: Counting, source: String) {
            self.event = event
            self.date = date
            self.counting = counting
            self.source = source
        }

        /// The rule and count in words, e.g. "25 working days before polling day (… Rules 2006 Sch 2 r.1)"
        /// (built on demand: computing ten thousand timetables should not build forty thousand sentences).
        public var rule: String {
            switch counting {
            case .beforePoll(let days): "\(days) working day\(days == 1 ? "" : "s") before polling day (\(source))"
            case .afterNominations(let days): "\(days) working day\(days == 1 ? "" : "s") after the close of nominations (\(source))"
            case .pollIsAfter(let days): "polling day is the \(days)th working day after dissolution (\(source))"
            case .described(let text): "\(text) (\(source))"
            }
        }
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
