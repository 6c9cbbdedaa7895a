/// Turns a Democracy Club id into the `Election` whose rules apply, finding its nation from the id itself
/// (Senedd, Scottish Parliament, NI Assembly, GLA), the organisation slug (principal councils of Wales,
/// Scotland and Northern Ireland, from `Calendars/council-nations.json`) or the user's `--country`.
public struct PollResolver: Sendable {
    /// Why an id cannot be turned into a poll.
    public enum Failure: Error, Equatable, Sendable {
        /// The id is not well formed (see `ElectionID.ParseError`).
        case invalid(ElectionID.ParseError)
        /// The rules depend on the nation and nothing says which (e.g. `local.2026-05-07`).
        case ambiguousNation(String)

        /// One line for the user: what is wrong and how to fix it.
        public var message: String {
            switch self {
            case .invalid(let error): error.message
            case .ambiguousNation(let id):
                "'\(id)' could be in England, Wales, Scotland or Northern Ireland, whose rules differ — add --country england|wales|scotland|northern-ireland (or \"country\" in the config), or name the council, e.g. local.cardiff.2027-05-06"
            }
        }
    }

    /// Organisation slug → nation for councils outside England.
    public var councilNations: [String: Nation]
    /// The user's nation (`--country` or config), if any.
    public var country: Nation?

    /// Creates a resolver.
    public init(councilNations: [String: Nation], country: Nation?) {
        self.councilNations = councilNations
        self.country = country
    }

    /// The poll `text` names.
    public func election(_ text: String) throws(Failure) -> any Election {
        let id: ElectionID
        do { id = try ElectionID(text) } catch { throw .invalid(error) }
        return try election(id)
    }

    /// The poll `id` names.
    public func election(_ id: ElectionID) throws(Failure) -> any Election {
        switch id.type {
        case .local:
            if id.organisation == "city-of-london" { return CityOfLondonLocalElection(id: id) }
            if let org = id.organisation, let nation = councilNations[org] { return LocalElection(id: id, nation: nation) }
            if let country { return LocalElection(id: id, nation: country) }
            // A named council not listed as Welsh, Scottish or Northern Irish is English.
            if id.organisation != nil { return LocalElection(id: id, nation: .england) }
            throw .ambiguousNation(id.raw)
        case .mayor:
            if id.organisation == "london" { return GreaterLondonAuthorityElection(id: id) }
            return MayoralElection(id: id, nation: country == .wales ? .wales : .england)
        case .pcc:
            return PoliceAndCrimeCommissionerElection(id: id, nation: country == .wales ? .wales : .england)
        case .gla:
            return GreaterLondonAuthorityElection(id: id)
        case .senedd, .naw:
            return SeneddElection(id: id)
        case .sp:
            return ScottishParliamentElection(id: id)
        case .nia:
            return NorthernIrelandAssemblyElection(id: id)
        case .parl:
            if id.isByElection && country == nil { throw .ambiguousNation(id.raw) }
            return UKParliamentElection(id: id, nation: country)
        case .ref:
            if let country { return Referendum(id: id, nation: country) }
            if let org = id.organisation, let nation = councilNations[org] { return Referendum(id: id, nation: nation) }
            throw .ambiguousNation(id.raw)
        }
    }
}
