import ElectionCalendar

/// One poll a run checked against, and where it came from, so every report can say exactly which polls
/// it looked at: a user who sees only a by-election listed knows the May elections were not checked.
struct CheckedPoll: Sendable, Equatable {
    /// Where the poll came from.
    enum Source: String, Sendable {
        /// In `Calendars/scheduled-polls.json`.
        case scheduled
        /// Expected by its statutory cycle, beyond the data.
        case projected
        /// Named with `--election` or the config's `"elections"`.
        case given
    }

    /// The Democracy Club id.
    var id: String
    /// Which rules apply.
    var kind: PollKind
    /// The nation, when the poll has one (a general election has none).
    var country: Nation?
    /// Polling day.
    var pollDate: CivilDate
    /// Scheduled, projected or given.
    var source: Source

    /// `{"id","kind","country","poll_date","source"}` for JSON reports.
    var json: JSONValue {
        .object([("id", .string(id)), ("kind", .string(kind.rawValue)), ("country", .optional(country?.rawValue)),
                 ("poll_date", .string(pollDate.iso)), ("source", .string(source.rawValue))])
    }

    /// `polls_checked` for JSON reports.
    static func json(_ polls: [CheckedPoll]) -> JSONValue { .array(polls.map(\.json)) }

    /// "Polls checked: local.2027-05-06 (England, scheduled), …" — the header line of text reports.
    static func line(_ polls: [CheckedPoll]) -> String {
        guard !polls.isEmpty else { return "Polls checked: none (no scheduled, expected or given poll has a period in this window)" }
        let words = polls.map { poll -> String in
            let source = poll.source == .projected ? "expected" : poll.source.rawValue
            return "\(poll.id) (\(poll.country.map { $0.displayName + ", " } ?? "")\(source))"
        }
        return "Polls checked: " + words.joined(separator: ", ")
    }
}
