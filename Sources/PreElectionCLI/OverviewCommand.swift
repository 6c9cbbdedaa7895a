/// `preelection` with no arguments: the coming pre-election periods and one hint per subcommand.
enum OverviewCommand {
    static func run(context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        output.stdout += PreElectionCLI.overviewHelp
        return ExitStatus.ok
    }
}
