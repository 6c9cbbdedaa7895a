/// How urgently a finding needs action, ordered `info` < `warning` < `error`.
///
/// Inside a pre-election period quotes, photos, party references and electioneering are errors,
/// member references and controversial topics warnings; outside every period only electioneering and
/// party-political promotion stay errors (Local Government Act 1986 s2 applies at all times).
public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
    /// Worth knowing; no action needed now.
    case info
    /// Needs a decision by the communications officer.
    case warning
    /// Must be changed before the release goes out.
    case error

    /// Orders by urgency.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    /// Parses the spelling used in config files and on the command line (`error`, `warning`/`warn`, `info`).
    public init?(argument: String) {
        switch argument.lowercased() {
        case "error", "errors": self = .error
        case "warning", "warn", "warnings": self = .warning
        case "info", "information", "notice": self = .info
        default: return nil
        }
    }
}
