/// `preelection timetable` (placeholder until its issue lands).
enum TimetableCommand: Subcommand {
    static let spec = CommandSpec(name: "timetable", summary: "(not yet available)", usage: "preelection timetable", options: [])

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        throw CLIError("'timetable' is not available yet")
    }
}
