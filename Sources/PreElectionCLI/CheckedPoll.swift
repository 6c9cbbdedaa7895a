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

    /// `polls_checked` written straight into `out`, one object a line, for reports of thousands of polls
    /// (a 10,000-poll timetable) where building a `JSONValue` per poll would cost more than the timetables.
    static func appendJSON(_ polls: [CheckedPoll], indent: Int, into out: inout [UInt8]) {
        guard !polls.isEmpty else { out += Array("[]".utf8); return }
        let pad = [UInt8](repeating: 0x20, count: indent + 2)
        out.append(0x5B); out.append(0x0A)
        for (index, poll) in polls.enumerated() {
            out += pad
            out += Array("{\"id\": ".utf8); JSONValue.appendString(poll.id, to: &out)
            out += Array(", \"kind\": \"".utf8); out += Array(poll.kind.rawValue.utf8)
            out += Array("\", \"country\": ".utf8)
            if let country = poll.country { out.append(0x22); out += Array(country.rawValue.utf8); out.append(0x22) } else { out += Array("null".utf8) }
            out += Array(", \"poll_date\": \"".utf8); out += Array(poll.pollDate.iso.utf8)
            out += Array("\", \"source\": \"".utf8); out += Array(poll.source.rawValue.utf8); out += Array("\"}".utf8)
            if index + 1 < polls.count { out.append(0x2C) }
            out.append(0x0A)
        }
        out += [UInt8](repeating: 0x20, count: indent)
        out.append(0x5D)
    }

    /// "Polls checked: local.2027-05-06 (England, scheduled), …" — the header line of text reports.
    static func line(_ polls: [CheckedPoll]) -> String {
        guard !polls.isEmpty else { return "Polls checked: none (no scheduled, expected or given poll has a period in this window)" }
        if polls.count > 20, polls.allSatisfy({ $0.source == .given }) {
            return "Polls checked: the \(polls.count) polls given, each shown below"
        }
        let words = polls.map { poll -> String in
            let source = poll.source == .projected ? "expected" : poll.source.rawValue
            return "\(poll.id) (\(poll.country.map { $0.displayName + ", " } ?? "")\(source))"
        }
        return "Polls checked: " + words.joined(separator: ", ")
    }
}
