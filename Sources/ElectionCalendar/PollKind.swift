/// The kinds of UK poll PreElection knows, one per set of election rules (one `Election` type each).
public enum PollKind: String, Sendable, CaseIterable, Codable {
    case local
    case cityOfLondon = "city-of-london"
    case mayor
    case greaterLondon = "gla"
    case policeAndCrimeCommissioner = "pcc"
    case senedd
    case scottishParliament = "scottish-parliament"
    case northernIrelandAssembly = "ni-assembly"
    case ukParliamentGeneral = "uk-parliament-general"
    case ukParliamentByElection = "uk-parliament-by-election"
    case nationalReferendum = "national-referendum"
    case localReferendum = "local-referendum"

    /// Plural words for people, e.g. "local elections", used in "the local elections on Thursday 6 May 2027".
    public var displayName: String {
        switch self {
        case .local: "local elections"
        case .cityOfLondon: "City of London elections"
        case .mayor: "mayoral election"
        case .greaterLondon: "Mayor of London and London Assembly elections"
        case .policeAndCrimeCommissioner: "police and crime commissioner election"
        case .senedd: "Senedd election"
        case .scottishParliament: "Scottish Parliament election"
        case .northernIrelandAssembly: "Northern Ireland Assembly election"
        case .ukParliamentGeneral: "UK Parliament general election"
        case .ukParliamentByElection: "UK Parliament by-election"
        case .nationalReferendum: "referendum"
        case .localReferendum: "local referendum"
        }
    }
}
