import ElectionCalendar
import EventScheduler

/// `preelection events`: the clerk's check of a council events calendar against the pre-election periods —
/// every occurrence touching a period is a conflict unless it is formal council business, with the nearest
/// safe dates before and after. Exit 1 if any conflict, event to check by hand, or anything that could not be
/// read; 0 if none; 2 on bad input.
enum EventsCommand: Subcommand {
    static let spec = CommandSpec(
        name: "events",
        summary: "council events inside pre-election periods, with the nearest safe dates",
        positionals: PositionalSpec("FILE|DIR|-", String.self),
        options: PollSelection.options + [
            OptionSpec("from", .single, CivilDate.self, help: "first day to check (default today)"),
            OptionSpec("to", .single, CivilDate.self, help: "last day to check (default two years after --from)"),
            OptionSpec("all", .flag, help: "also list occurrences outside every period"),
            .format([.text, .json, .csv]),
        ],
        discussion: """
        FILE is an iCalendar export (.ics: Outlook, Google, a CMS) or a CSV with a header row: date and title
        at least, optionally end_date, time and location; dates as 14/04/2027, 14 April 2027, Tue 14 Apr 2027
        or 2027-04-14, with or without a time. '-' reads standard input; a folder reads every .ics and .csv in
        it. Recurring events are expanded between --from and --to. Rows or events that cannot be read are
        listed in the report and make the exit status 1.

        Publicity in a period (openings, launches, visits, ceremonies, photo calls, festivals, events naming
        the Mayor or a councillor) is a conflict. Formal council business (council, cabinet and committee
        meetings, the annual parish meeting) is permitted; internal entries (leave, training, audit) are
        clear; anything else is listed to check by hand. Change the word lists with "scheduler" in the config.

        Examples:
          preelection events council.ics --election local.2026-05-07
          preelection events events.csv --config preelection.json --format csv > conflicts.csv
        """)

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        let files = arguments.positionals
        guard !files.isEmpty else {
            throw CLIError("name an events file", hint: "e.g. 'preelection events council.ics' (iCalendar) or a CSV with date,title columns; '-' reads standard input")
        }
        let format = arguments.format()
        let from = arguments.value("from", as: CivilDate.self) ?? context.today
        let to = arguments.value("to", as: CivilDate.self) ?? from.adding(days: 730)
        guard from <= to else {
            throw CLIError("--to \(to.iso) is before --from \(from.iso)", at: "--to", hint: "give a --to on or after --from")
        }
        // Polls a little after the window still have periods reaching into it.
        let selection = try PollSelection.resolve(arguments, context: context, from: from, to: to.adding(days: 120))
        for note in selection.notices { output.stderr += "preelection: \(note)\n" }
        let config = selection.config
        let loaded = try EventInput.load(files, from: from, to: to, context: context)
        let checker = ConflictChecker(periods: selection.periods, nonWorkingDays: selection.nonWorkingDays,
                                      keywords: EventInput.keywords(config), earliestSuggestion: context.today,
                                      startsConfirmed: EventInput.confirmedStarts(selection.periods))
        let checked = checker.check(loaded.occurrences)
        func shown() -> [CheckedEvent] { arguments.flag("all") ? checked : checked.filter(\.inPeriod) }
        switch format {
        case .json:
            output.stdout += EventsReport.json(shown(), warnings: loaded.warnings,
                                               extra: [("polls_checked", selection.pollsCheckedJSON), ("notices", selection.noticesJSON)])
        case .csv:
            output.stdout += EventsReport.csv(shown(), unread: loaded.warnings)
        default:
            output.stdout += selection.header + EventsReport.text(checked, periods: selection.periods,
                                               from: from, to: to, files: files, all: arguments.flag("all"), describe: selection.describe,
                                               unread: loaded.warnings)
        }
        warn(loaded.notes, into: &output)
        // Something unread may hide a conflict, so it needs action as much as a conflict does.
        let needsAction = checked.contains(where: \.needsAction) || !loaded.warnings.isEmpty
        return needsAction ? ExitStatus.actionNeeded : ExitStatus.ok
    }

    /// Notes on standard error, one line each, `file:line` first.
    static func warn(_ notes: [EventWarning], into output: inout CommandOutput) {
        for w in notes { output.stderr += "preelection: note: \(ControlCharacters.escaped(w.source)): \(ControlCharacters.escaped(w.message))\n" }
    }
}
