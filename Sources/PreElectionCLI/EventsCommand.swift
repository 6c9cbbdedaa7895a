/// `preelection events` (placeholder until its issue lands).
enum EventsCommand: Subcommand {
    static let spec = CommandSpec(name: "events", summary: "(not yet available)", usage: "preelection events", options: [])

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        throw CLIError("'events' is not available yet")
    }
}
