import ElectionCalendar

/// `preelection` with no arguments: the coming pre-election periods (from the config in
/// `PREELECTION_CONFIG`, else the scheduled polls) and one hint per subcommand.
enum OverviewCommand {
    static func run(context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        let horizon = context.today.adding(days: 550)
        var s = "preelection — keeps council publicity lawful before UK elections.\n\n"
        let selection = try PollSelection.resolve(ParsedArguments(), context: context, from: context.today, to: horizon)
        let coming = selection.periods.filter { $0.end >= context.today }
        if coming.isEmpty {
            s += "No pre-election period is scheduled between \(context.today.britishShort) and \(horizon.britishShort).\n"
        } else {
            s += "Coming pre-election periods (\(selection.fromSchedule ? "scheduled polls" : "your council's polls")):\n"
            for period in coming {
                s += "  \(PeriodText.span(period)) — \(PeriodText.title(period, description: selection.descriptions[period]))\n"
                s += "      \(PeriodText.status(period, today: context.today))\n"
            }
        }
        s += "\nCommands:\n"
        for command in PreElectionCLI.subcommands {
            let name = command.spec.name
            s += "  preelection " + name + String(repeating: " ", count: max(1, 10 - name.count)) + command.spec.summary + "\n"
        }
        s += "\nRun 'preelection <command> --help' for options; 'preelection --version' prints the version.\n"
        output.stdout += s
        return ExitStatus.ok
    }
}
