/// Why a file of `Calendars/` data (or a `--calendars` copy) could not be used, with where and how to fix it.
public struct CalendarDataError: Error, Equatable, Sendable {
    /// The file name, e.g. `bank-holidays.json`.
    public var file: String
    /// 1-based line of the problem, when known.
    public var line: Int?
    /// What is wrong, in plain words.
    public var message: String
    /// How to fix it.
    public var hint: String

    /// Creates an error.
    public init(file: String, line: Int? = nil, message: String, hint: String) {
        self.file = file
        self.line = line
        self.message = message
        self.hint = hint
    }
}
