/// The report formats the commands write; each command declares which it offers, and the name is read
/// without regard to case (`--format JSON` works).
public enum OutputFormat: String, ArgumentValue, CaseIterable {
    /// Plain text for people (the default everywhere).
    case text
    /// JSON for tools.
    case json
    /// A self-contained HTML page (`check`).
    case html
    /// iCalendar to import into Outlook or Google (`periods`).
    case ics
    /// CSV for spreadsheets (`events`).
    case csv

    /// See `ArgumentValue`.
    public static var placeholder: String { "FORMAT" }

    /// One of the format names, any case.
    public static func parse(_ text: String, at location: String) throws(CLIError) -> OutputFormat {
        guard let format = OutputFormat(rawValue: text.lowercased()) else {
            throw CLIError("unknown format '\(text)'", at: location, hint: "use " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return format
    }
}
