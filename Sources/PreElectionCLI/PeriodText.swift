import ElectionCalendar

/// Plain-English wording for periods and dates, shared by `periods`, `on`, `timetable` and the overview, so
/// a clerk reads the same phrases everywhere: British dates, which poll, which rule, how many days away.
enum PeriodText {
    /// "today", "tomorrow", "in 21 days", "yesterday", "3 days ago".
    static func relative(_ days: Int) -> String {
        switch days {
        case 0: "today"
        case 1: "tomorrow"
        case -1: "yesterday"
        case let n where n > 1: "in \(n) days"
        default: "\(-days) days ago"
        }
    }

    /// Where `today` stands relative to `period`.
    static func status(_ period: PreElectionPeriod, today: CivilDate) -> String {
        if today < period.start { return "starts \(relative(today.days(to: period.start)))" }
        if today > period.end { return "ended \(relative(today.days(to: period.end)))" }
        let day = period.start.days(to: today) + 1
        let left = today.days(to: period.end)
        return "in progress: day \(day) of \(period.length), " + (left == 0 ? "ends today" : "ends \(relative(left))")
    }

    /// "Monday 29 March 2027 to Thursday 6 May 2027 (39 days)".
    static func span(_ period: PreElectionPeriod) -> String {
        "\(period.start.british) to \(period.end.british) (\(period.length) days)"
    }

    /// The heading line of a period: what it is for.
    static func title(_ period: PreElectionPeriod, description: String?) -> String {
        let what = PollSelection.describe(period)
        let capitalised = what.prefix(1).uppercased() + what.dropFirst()
        if let description {
            let days = Set(period.elections.compactMap { try? ElectionID($0).pollDate }).sorted().map(\.british)
            return "\(description) — polling day \(PollSelection.joinedList(days))"
        }
        if let nation = period.nation { return "\(capitalised) (\(nation.displayName))" }
        return capitalised
    }

    /// A block of text for one period; `londonOnly` and `expected` (a poll projected by its statutory cycle,
    /// not yet in the data) are said in the heading.
    static func block(_ period: PreElectionPeriod, description: String?, today: CivilDate, londonOnly: Bool = false, expected: Bool = false) -> String {
        var s = title(period, description: description)
        if expected { s += " (expected)" }
        if londonOnly { s += " — London only" }
        s += "\n"
        s += "  Period:  " + span(period) + " — " + status(period, today: today) + "\n"
        s += "  Polls:   " + period.elections.joined(separator: ", ") + "\n"
        s += "  Basis:   " + period.basis + "\n"
        return s
    }
}
