/// The four UK nations; each has its own election rules and its own bank holidays.
public enum Nation: String, Sendable, CaseIterable, Codable {
    case england, wales, scotland
    case northernIreland = "northern-ireland"

    /// Parses the CLI/config spelling (`england`, `wales`, `scotland`, `northern-ireland`; `ni` accepted).
    public init?(argument: String) {
        switch argument.lowercased() {
        case "england", "eng": self = .england
        case "wales", "cymru", "wls": self = .wales
        case "scotland", "sct", "scot": self = .scotland
        case "northern-ireland", "northern_ireland", "ni", "nir": self = .northernIreland
        default: return nil
        }
    }

    /// Name for people, e.g. "Northern Ireland".
    public var displayName: String {
        switch self {
        case .england: "England"
        case .wales: "Wales"
        case .scotland: "Scotland"
        case .northernIreland: "Northern Ireland"
        }
    }
}
