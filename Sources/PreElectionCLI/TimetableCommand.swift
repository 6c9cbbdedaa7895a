import ElectionCalendar

/// `preelection timetable`: the statutory timetable of each named poll — notice, nominations, statement of
/// persons nominated, registration and absent-vote deadlines — with its pre-election period and the rule
/// behind every date.
enum TimetableCommand: Subcommand {
    static let spec = CommandSpec(
        name: "timetable",
        summary: "statutory election timetables, with the rule behind each date",
        usage: "preelection timetable ID... [--country C] [--format text|json]",
        options: [
            OptionSpec("format", .single, valueName: "F", help: "text (default) or json"),
        ] + PollSelection.options,
        discussion: """
        IDs are Democracy Club election ids (several may be given, or read from the config's "elections"):
          local.2027-05-06 (with --country), local.cardiff.2027-05-06, parl.2024-07-04, parl.rochdale.by.2024-02-29,
          mayor.london.2028-05-04, gla.c.2028-05-04, pcc.<area>.<date>, senedd.<date>, sp.<date>, nia.<date>, ref.<date>
        """)

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        let format = try PeriodsCommand.outputFormat(arguments, allowed: ["text", "json"])
        var parsed = arguments
        parsed.values["election", default: []] += arguments.positionals
        if parsed.all("election").isEmpty {
            let config = try CouncilConfig.load(arguments, context: context)
            guard !(config?.elections ?? []).isEmpty else {
                throw CLIError("name at least one election id", hint: "e.g. 'preelection timetable local.2027-05-06 --country england'")
            }
        }
        let selection = try PollSelection.resolve(parsed, context: context, from: context.today, to: context.today)
        for note in selection.notices { output.stderr += note + "\n" }
        if format == "json" {
            var out = "{\n  \"elections\": [\n"
            out.reserveCapacity(selection.elections.count * 900)
            for (index, election) in selection.elections.enumerated() {
                let item = json(election, selection: selection)
                out += "    "
                item.render(into: &out, indent: 4)
                out += index + 1 < selection.elections.count ? ",\n" : "\n"
            }
            out += "  ]\n}\n"
            output.stdout += out
        } else {
            var out = ""
            for election in selection.elections { out += text(election, selection: selection, today: context.today) + "\n" }
            output.stdout += out
        }
        return ExitStatus.ok
    }

    static func json(_ election: any Election, selection: PollSelection) -> JSONValue {
        let timetable = election.timetable(in: selection.calendars)
        let period = PeriodPlanner.period(for: election, calendars: selection.calendars, options: selection.options)
        var dates: [(String, JSONValue)] = []
        var rules: [(String, JSONValue)] = []
        for entry in timetable.entries {
            dates.append((entry.event.rawValue, .string(entry.date.iso)))
            rules.append((entry.event.rawValue, .string(entry.rule)))
        }
        return .object([
            ("id", .string(election.id.raw)),
            ("kind", .string(election.kind.rawValue)),
            ("country", .optional(election.nation?.rawValue)),
            ("poll_date", .string(election.pollDate.iso)),
            ("timetable", .object(dates)),
            ("pre_election_period", .object([("start", .string(period.start.iso)), ("end", .string(period.end.iso)), ("basis", .string(period.basis))])),
            ("rules", .object(rules)),
        ])
    }

    static func text(_ election: any Election, selection: PollSelection, today: CivilDate) -> String {
        let timetable = election.timetable(in: selection.calendars)
        let period = PeriodPlanner.period(for: election, calendars: selection.calendars, options: selection.options)
        let place = election.nation.map { " in \($0.displayName)" } ?? " (UK-wide)"
        var s = "\(election.id.raw) — \(election.kind.displayName)\(place), polling day \(election.pollDate.british) (\(PeriodText.relative(today.days(to: election.pollDate))))\n"
        let width = (timetable.entries.map { $0.event.label.count }.max() ?? 20) + 2
        let dateWidth = 28
        for entry in timetable.entries {
            let label = entry.event.label
            let date = entry.date.british
            s += "  " + label + String(repeating: " ", count: max(1, width - label.count)) + date
                + String(repeating: " ", count: max(1, dateWidth - date.count)) + entry.rule + "\n"
        }
        let poll = Timetable.Event.pollingDay.label
        s += "  " + poll + String(repeating: " ", count: max(1, width - poll.count)) + election.pollDate.british + "\n"
        s += "  Pre-election period: \(PeriodText.span(period)) — \(period.basis)\n"
        return s
    }
}
