/// `preelection on` (placeholder until its issue lands).
enum OnCommand: Subcommand {
    static let spec = CommandSpec(name: "on", summary: "(not yet available)", usage: "preelection on", options: [])

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        throw CLIError("'on' is not available yet")
    }
}
