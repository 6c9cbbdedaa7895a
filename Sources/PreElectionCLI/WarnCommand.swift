import ElectionCalendar
import EventScheduler

/// `preelection warn`: the weekly cron job. It prints nothing and exits 0 on a quiet week (cron mails any
/// output), and otherwise a short plain-text digest a clerk can read in an email — periods starting soon,
/// periods in progress, conflicting events in the horizon with their suggested dates, events to check by
/// hand, and anything that could not be read — and exits 1.
enum WarnCommand: Subcommand {
    static let spec = CommandSpec(
        name: "warn",
        summary: "weekly digest for cron: periods starting soon and conflicting events (silent on a quiet week)",
        options: [
            OptionSpec("events", .repeatable, valueName: "FILE", help: "events file (.ics or .csv; '-' for standard input)"),
            OptionSpec("today", .single, CivilDate.self, help: "the day to report for (default today)"),
            OptionSpec("weeks", .single, WeekCount.self, help: "how many weeks ahead to look (default 8)"),
        ] + PollSelection.options,
        discussion: """
        Prints nothing and exits 0 when no pre-election period starts within the horizon, none is in progress,
        no conflicting or unrecognised event falls within it and every events file could be read. Otherwise
        prints a digest and exits 1: a missing, unreadable or partly unreadable events file is always reported.

        Crontab line (every Monday at 07:00; cron mails the output to the crontab's owner):
          0 7 * * MON  /usr/local/bin/preelection warn --events /srv/council/events.ics --config /srv/council/preelection.json
        """)

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        let today = arguments.value("today", as: CivilDate.self) ?? context.today
        let weeks = arguments.value("weeks", as: WeekCount.self)?.value ?? 8
        let horizonEnd = today.adding(days: 7 * weeks)
        let selection = try PollSelection.resolve(arguments, context: context, from: today, to: horizonEnd.adding(days: 120))
        for note in selection.notices { output.stderr += "preelection: \(note)\n" }
        let config = selection.config
        let files = arguments.all("events")
        // A file that cannot be read is reported in the digest, never only on stderr: cron mails stdout,
        // and a silent week must mean that everything was checked.
        let loaded = files.isEmpty ? EventInput.Loaded(occurrences: [], warnings: [])
            : try EventInput.load(files, from: today, to: horizonEnd, context: context, keepGoing: true)
        let checker = ConflictChecker(periods: selection.periods, nonWorkingDays: selection.nonWorkingDays,
                                      keywords: EventInput.keywords(config), earliestSuggestion: today,
                                      startsConfirmed: EventInput.confirmedStarts(selection.periods))
        let digest = WeeklyDigest(today: today, weeks: weeks, periods: selection.periods, checked: checker.check(loaded.occurrences),
                                  unread: loaded.warnings)
        // A quiet week stays silent (cron mails stderr too): notes on how a file was read only with a digest.
        if digest.isQuiet && !selection.pastCoverage { return ExitStatus.ok }
        EventsCommand.warn(loaded.notes, into: &output)
        let digestText = text(digest, weeks: weeks, council: config?.council, files: files, describe: selection.describe)
        let firstLine = digestText.firstIndex(of: "\n").map { digestText.index(after: $0) } ?? digestText.endIndex
        output.stdout += digestText[..<firstLine] + selection.header + digestText[firstLine...]
        return ExitStatus.actionNeeded
    }

    /// The digest as plain text for an email.
    static func text(_ digest: WeeklyDigest, weeks: Int, council: String?, files: [String],
                     describe: (PreElectionPeriod) -> String = PollSelection.describe) -> String {
        var s = "Pre-election digest"
        if let council, !council.isEmpty { s += " for \(council)" }
        s += ", \(digest.today.british) (looking \(weeks) week\(weeks == 1 ? "" : "s") ahead, to \(digest.horizonEnd.british))\n"
        if !digest.unread.isEmpty {
            s += "\n" + EventsReport.unreadWords(digest.unread)
        }
        for p in digest.inProgress {
            let left = digest.today.days(to: p.end)
            let ends = left == 0 ? "ends today" : "ends on \(p.end.british), in \(days(left))"
            s += "\nThe pre-election period for \(describe(p)) is in progress: it started on \(p.start.british) and \(ends).\n"
        }
        for u in digest.starting {
            let when = u.daysUntilStart == 1 ? "tomorrow" : "in \(days(u.daysUntilStart))"
            s += "\nThe pre-election period for \(describe(u.period)) starts on \(u.period.start.british), \(when).\n"
        }
        if digest.starting.isEmpty && digest.inProgress.isEmpty {
            s += "\nNo pre-election period starts or is in progress in the next \(weeks) week\(weeks == 1 ? "" : "s").\n"
        }
        let next = "in the next \(weeks) week\(weeks == 1 ? "" : "s")"
        if files.isEmpty {
            s += "\nNo events file was given; add --events FILE to check the council's events.\n"
        } else if digest.conflicts.isEmpty {
            s += digest.unread.isEmpty ? "\nNo conflicting events \(next).\n" : "\nNo conflicting events \(next) among those that could be read.\n"
        } else {
            let n = digest.conflicts.count
            s += "\n\(n) event\(n == 1 ? "" : "s") \(next) conflict\(n == 1 ? "s" : "") with a pre-election period:\n"
            for c in digest.conflicts.prefix(listed) {
                s += "- \(EventInput.when(c.occurrence)): \(c.occurrence.title) (\(c.occurrence.source))\n"
                s += "  \(c.reason); \(EventsReport.suggestionWords(c))\n"
            }
            if n > listed { s += "- and \(n - listed) more: run preelection events with the same files for the full list\n" }
        }
        if !digest.reviews.isEmpty {
            let n = digest.reviews.count
            s += "\n\(n) event\(n == 1 ? "" : "s") \(next) to check by hand — not recognised as publicity or formal business:\n"
            for c in digest.reviews.prefix(listed) {
                s += "- \(EventInput.when(c.occurrence)): \(c.occurrence.title) (\(c.occurrence.source))\n"
                s += "  \(EventsReport.suggestionWords(c))\n"
            }
            if n > listed { s += "- and \(n - listed) more: run preelection events with the same files for the full list\n" }
        }
        s += EventsReport.suggestionNotes(digest.conflicts + digest.reviews)
        return s
    }

    /// The most conflicts, and events to check by hand, a digest lists: a mailed digest stays short on any input.
    static let listed = 100

    static func days(_ n: Int) -> String { n == 1 ? "1 day" : "\(n) days" }
}
