import ElectionCalendar

/// Everything a run may depend on from outside, passed in so the commands stay testable: today's date
/// (in Europe/London), environment variables, the working directory and standard input.
public struct RunContext: Sendable {
    /// Today's civil date in Europe/London (overridable with `PREELECTION_TODAY=YYYY-MM-DD` for testing).
    public var today: CivilDate
    /// Process environment, e.g. `PREELECTION_CALENDARS`.
    public var environment: [String: String]
    /// Directory relative paths are resolved against.
    public var currentDirectory: String
    /// Reads all of standard input (called at most once per run); a closed, unreadable or endless input is a `CLIError`.
    public var readStandardInput: @Sendable () throws(CLIError) -> [UInt8]
    /// Whether standard input is a terminal (someone typing) rather than a file or pipe: `check` with no file
    /// reads a pipe but not a terminal, and tells a typist how to end a paste.
    public var standardInputIsTerminal: Bool
    /// Prints a line on standard error at once (before the run ends), e.g. how to finish pasting into `-`.
    public var prompt: @Sendable (String) -> Void

    /// Creates a context. Standard input defaults to an empty terminal.
    public init(today: CivilDate, environment: [String: String] = [:], currentDirectory: String = ".",
                readStandardInput: @escaping @Sendable () throws(CLIError) -> [UInt8] = { [] },
                standardInputIsTerminal: Bool = true, prompt: @escaping @Sendable (String) -> Void = { _ in }) {
        self.today = today
        self.environment = environment
        self.currentDirectory = currentDirectory
        self.readStandardInput = readStandardInput
        self.standardInputIsTerminal = standardInputIsTerminal
        self.prompt = prompt
    }
}

/// What a command prints; the executable writes it out after the command returns.
public struct CommandOutput: Sendable {
    /// Text for standard output.
    public var stdout = ""
    /// Text for standard error (notices, warnings, the one-line error).
    public var stderr = ""

    /// Creates empty output.
    public init() {}
}

/// A `preelection` subcommand: a spec for parsing and help, and a run function returning the exit status.
public protocol Subcommand {
    /// Name, options and help.
    static var spec: CommandSpec { get }
    /// Runs with parsed arguments; throws `CLIError` for usage or input errors (exit 2).
    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32
}
