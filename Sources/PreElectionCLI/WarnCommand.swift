/// `preelection warn` (placeholder until its issue lands).
enum WarnCommand: Subcommand {
    static let spec = CommandSpec(name: "warn", summary: "(not yet available)", usage: "preelection warn", options: [])

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        throw CLIError("'warn' is not available yet")
    }
}
