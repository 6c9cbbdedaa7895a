/// A problem the user can fix, printed as one line on stderr with exit status 2.
///
/// Every message says what was wrong, where (`file:line` when there is one) and how to fix it, so that a
/// clerk never sees a stack trace.
public struct CLIError: Error, Equatable, Sendable {
    /// Where the problem is, e.g. `events.ics:12` or `--date`; nil when it is the command line as a whole.
    public var location: String?
    /// What was wrong, e.g. `no such date "2026-02-30"`.
    public var message: String
    /// How to fix it, e.g. `write dates as YYYY-MM-DD`.
    public var hint: String?

    /// Creates an error.
    public init(_ message: String, at location: String? = nil, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// The one line printed on stderr (control characters from a file name or value shown escaped, so it stays one line).
    public var line: String {
        var s = "preelection: error: "
        if let location { s += ControlCharacters.escaped(location) + ": " }
        s += ControlCharacters.escaped(message)
        if let hint { s += " — " + ControlCharacters.escaped(hint) }
        return s
    }
}

/// Exit statuses shared by every subcommand: 0 nothing to act on, 1 findings or warnings that need action,
/// 2 a usage or input error.
public enum ExitStatus {
    /// Nothing to act on.
    public static let ok: Int32 = 0
    /// Findings or warnings that need action.
    public static let actionNeeded: Int32 = 1
    /// A usage or input error (one line on stderr says what and how to fix it).
    public static let inputError: Int32 = 2
}
