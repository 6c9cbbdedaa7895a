import ElectionCalendar

/// `preelection timetable`: the statutory timetable of each named poll — notice, nominations, statement of
/// persons nominated, registration and absent-vote deadlines — with its pre-election period and the rule
/// behind every date.
enum TimetableCommand: Subcommand {
    static let spec = CommandSpec(
        name: "timetable",
        summary: "statutory election timetables, with the rule behind each date",
        positionals: PositionalSpec("ID", String.self),
        options: [.format([.text, .json])] + PollSelection.options,
        discussion: """
        IDs are Democracy Club election ids (several may be given, or read from the config's "elections"):
          local.2027-05-06 (with --country), local.cardiff.2027-05-06, parl.2024-07-04, parl.rochdale.by.2024-02-29,
          mayor.london.2028-05-04, gla.c.2028-05-04, pcc.<area>.<date>, senedd.<date>, sp.<date>, nia.<date>, ref.<date>
        """)

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        let format = arguments.format()
        var parsed = arguments
        parsed.values["election", default: []] += arguments.positionals
        let selection = try PollSelection.resolve(parsed, context: context, from: context.today, to: context.today, computePeriods: false)
        guard !selection.fromSchedule else {
            throw CLIError("name at least one election id", hint: "e.g. 'preelection timetable local.2027-05-06 --country england'")
        }
        for note in selection.notices { output.stderr += "preelection: \(note)\n" }
        if format == .json {
            var out: [UInt8] = Array("{\n  \"elections\": [\n".utf8)
            out.reserveCapacity(selection.elections.count * 1600)
            for (index, election) in selection.elections.enumerated() {
                out.append(contentsOf: "    ".utf8)
                json(election, selection: selection).render(into: &out, indent: 4)
                if index + 1 < selection.elections.count { out.append(0x2C) }
                out.append(0x0A)
            }
            out += Array("  ],\n  \"polls_checked\": ".utf8)
            CheckedPoll.appendJSON(selection.polls, indent: 2, into: &out)
            out += Array(",\n  \"notices\": ".utf8)
            selection.noticesJSON.render(into: &out, indent: 2)
            out += Array("\n}\n".utf8)
            output.stdout += String(decoding: out, as: UTF8.self)
        } else {
            var out = selection.header + "\n"
            var rules: [RuleKey: String] = [:]
            for election in selection.elections {
                out += text(election, selection: selection, today: context.today, rules: &rules)
                out += "\n"
            }
            output.stdout += out
        }
        return ExitStatus.ok
    }

    static func json(_ election: any Election, selection: PollSelection) -> JSONValue {
        let timetable = election.timetable(in: selection.calendars)
        let period = PeriodPlanner.period(for: election, calendars: selection.calendars, options: selection.options, timetable: timetable)
        let dates: [(String, JSONValue)] = timetable.entries.map { ($0.event.rawValue, .string($0.date.iso)) }
        return .object([
            ("id", .string(election.id.raw)),
            ("kind", .string(election.kind.rawValue)),
            ("country", .optional(election.nation?.rawValue)),
            ("poll_date", .string(election.pollDate.iso)),
            ("timetable", .object(dates)),
            ("pre_election_period", .object([("start", .string(period.start.iso)), ("end", .string(period.end.iso)), ("basis", .string(period.basis))])),
        ])
    }

    /// At least one space, for aligning columns (made once, not once a line).
    static func padding(_ count: Int) -> String { spaces[min(max(1, count), spaces.count - 1)] }
    static let spaces = (0...40).map { String(repeating: " ", count: $0) }
    /// Every step's label padded to one column width.
    static let paddedLabels: [Timetable.Event: String] = {
        let width = Timetable.Event.allCases.map(\.label.count).max() ?? 40
        return Dictionary(uniqueKeysWithValues: Timetable.Event.allCases.map { ($0, $0.label + String(repeating: " ", count: width + 2 - $0.label.count)) })
    }()

    /// The same rule sentence recurs for every poll of a kind; it is built once per run.
    struct RuleKey: Hashable {
        var counting: Timetable.Entry.Counting
        var source: String
    }

    static func text(_ election: any Election, selection: PollSelection, today: CivilDate, rules: inout [RuleKey: String]) -> String {
        let timetable = election.timetable(in: selection.calendars)
        let period = PeriodPlanner.period(for: election, calendars: selection.calendars, options: selection.options, timetable: timetable)
        let place = election.nation.map { " in \($0.displayName)" } ?? " (UK-wide)"
        var s = "\(election.id.raw) — \(election.kind.displayName)\(place), polling day \(election.pollDate.british) (\(PeriodText.relative(today.days(to: election.pollDate))))\n"
        for entry in timetable.entries {
            let date = entry.date.british
            let key = RuleKey(counting: entry.counting, source: entry.source)
            let rule: String
            if let cached = rules[key] { rule = cached } else { rule = entry.rule; rules[key] = rule }
            s += "  "; s += paddedLabels[entry.event] ?? entry.event.label; s += date; s += padding(28 - date.utf8.count); s += rule; s += "\n"
        }
        s += "  "; s += paddedLabels[.pollingDay] ?? ""; s += election.pollDate.british; s += "\n"
        s += "  Pre-election period: \(PeriodText.span(period)) — \(period.basis)\n"
        return s
    }
}
