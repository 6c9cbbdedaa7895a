/// `preelection periods` (placeholder until its issue lands).
enum PeriodsCommand: Subcommand {
    static let spec = CommandSpec(name: "periods", summary: "(not yet available)", usage: "preelection periods", options: [])

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        throw CLIError("'periods' is not available yet")
    }
}
