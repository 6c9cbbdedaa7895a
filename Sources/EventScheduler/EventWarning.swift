/// Something in an events file that could not be read, or not fully — one bad event among good ones. The
/// rest of the file is still checked; the warning says where (`file:line`) and what was wrong.
public struct EventWarning: Sendable, Equatable {
    /// `file:line`, or just the file when the problem is the file as a whole.
    public var source: String
    /// What was wrong and what was done about it.
    public var message: String

    /// Creates a warning.
    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }
}
