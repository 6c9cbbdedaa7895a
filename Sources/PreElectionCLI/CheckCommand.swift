/// `preelection check` (placeholder until its issue lands).
enum CheckCommand: Subcommand {
    static let spec = CommandSpec(name: "check", summary: "(not yet available)", usage: "preelection check", options: [])

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        throw CLIError("'check' is not available yet")
    }
}
