/// `preelection holidays` (placeholder until its issue lands).
enum HolidaysCommand: Subcommand {
    static let spec = CommandSpec(name: "holidays", summary: "(not yet available)", usage: "preelection holidays", options: [])

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        throw CLIError("'holidays' is not available yet")
    }
}
