import ElectionCalendar

/// `preelection on DATE`: is this date inside a pre-election period, and which? Exit status 1 when it is,
/// so scripts can ask before publishing.
enum OnCommand: Subcommand {
    static let spec = CommandSpec(
        name: "on",
        summary: "is a date inside a pre-election period? (exit 1 if it is)",
        positionals: PositionalSpec("DATE", CivilDate.self, maximum: 1),
        options: [.format([.text, .json])] + PollSelection.options,
        discussion: "Example: preelection on 2027-04-20 --country wales")

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        guard let date = arguments.positionals(as: CivilDate.self).first else {
            throw CLIError("give the date to check", hint: "e.g. 'preelection on 2027-04-20 --country wales'")
        }
        let format = arguments.format()
        let selection = try PollSelection.resolve(arguments, context: context, from: date.adding(days: -400), to: date.adding(days: 400), question: date)
        for note in selection.notices { output.stderr += "preelection: \(note)\n" }
        let inside = selection.periods.filter { $0.contains(date) }
        let next = selection.periods.filter { $0.start > date }.min { $0.start < $1.start }
        if format == .json {
            output.stdout += JSONValue.object([
                ("date", .string(date.iso)),
                ("in_period", .bool(!inside.isEmpty)),
                ("polls_checked", selection.pollsCheckedJSON),
                ("notices", selection.noticesJSON),
                ("periods", .array(inside.map { PeriodsCommand.periodJSON($0, description: selection.descriptions[$0], selection: selection) })),
                ("next_period", next.map { PeriodsCommand.periodJSON($0, description: selection.descriptions[$0], selection: selection) } ?? .null),
            ]).rendered()
            return inside.isEmpty ? ExitStatus.ok : ExitStatus.actionNeeded
        }
        var s = selection.header
        if inside.isEmpty {
            s += "\(date.british) is not inside any pre-election period"
            s += selection.fromSchedule ? " of the scheduled polls\(selection.nation.map { " in \($0.displayName)" } ?? "").\n" : ".\n"
            if let next {
                let gap = date.days(to: next.start)
                s += "The next starts on \(next.start.british), \(gap) day\(gap == 1 ? "" : "s") later: \(PeriodText.title(next, description: selection.descriptions[next]))\(selection.expected.contains(next) ? " (expected)" : "").\n"
            }
        } else {
            for period in inside {
                let day = period.start.days(to: date) + 1
                let left = date.days(to: period.end)
                let area = selection.descriptions[period].map { " (\($0))" } ?? period.nation.map { " (\($0.displayName))" } ?? ""
                s += "\(date.british) is inside the pre-election period for \(PollSelection.describe(period))\(area)\(selection.expected.contains(period) ? " (expected)" : "").\n"
                s += "  Period: \(PeriodText.span(period)) — day \(day) of \(period.length), \(left == 0 ? "the last day" : "\(left) day\(left == 1 ? "" : "s") left").\n"
                s += "  Basis:  \(period.basis)\n"
            }
            s += "Council publicity must not promote candidates, parties or controversial issues (Code of Recommended Practice on Local Authority Publicity, para 34).\n"
        }
        if (inside + [next].compactMap { $0 }).contains(where: { $0.basis.contains("latest date") }) {
            s += "A period starts earlier if the notice of election is published earlier: give the actual date with --notice.\n"
        }
        output.stdout += s
        return inside.isEmpty ? ExitStatus.ok : ExitStatus.actionNeeded
    }
}

