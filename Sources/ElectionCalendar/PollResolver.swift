/// Turns a Democracy Club id into the `Election` whose rules apply, finding its nation from the id itself
/// (Senedd, Scottish Parliament, NI Assembly, GLA), the organisation slug (every UK principal council, from
/// `Calendars/council-nations.json`) or the user's `--country`. An unknown council is never assumed English.
public struct PollResolver: Sendable {
    /// Why an id cannot be turned into a poll.
    public enum Failure: Error, Equatable, Sendable {
        /// The id is not well formed (see `ElectionID.ParseError`).
        case invalid(ElectionID.ParseError)
        /// The rules depend on the nation and nothing says which (e.g. `local.2026-05-07`).
        case ambiguousNation(String)
        /// A council slug not in the register and no `--country` to say whose rules apply.
        case unknownCouncil(slug: String, suggestion: Council?)

        /// One line for the user: what is wrong and how to fix it.
        public var message: String {
            switch self {
            case .invalid(let error): error.message
            case .ambiguousNation(let id):
                "'\(id)' could be in England, Wales, Scotland or Northern Ireland, whose rules differ — add --country england|wales|scotland|northern-ireland (or \"country\" in the config), or name the council, e.g. local.cardiff.2027-05-06"
            case .unknownCouncil(let slug, let suggestion):
                "unknown council '\(slug)'" + (suggestion.map { " — did you mean '\($0.slug)' (\($0.nation.displayName))?" } ?? " — it is not in the list of UK councils.")
                    + " A new council: give --country england|wales|scotland|northern-ireland (or \"country\" in the config)"
            }
        }
    }

    /// Every principal council by organisation slug.
    public var councils: CouncilRegister
    /// The user's nation (`--country` or config), if any.
    public var country: Nation?

    /// Creates a resolver.
    public init(councils: CouncilRegister, country: Nation?) {
        self.councils = councils
        self.country = country
    }

    /// Creates a resolver from a slug → nation table (tests and tools that need no council names).
    public init(councilNations: [String: Nation], country: Nation?) {
        self.init(councils: CouncilRegister(nations: councilNations), country: country)
    }

    /// The organisation slug of a local poll that is not in the register (it was resolved by `--country`),
    /// so the report can say so; nil for known councils and other kinds of poll.
    public func unknownCouncil(_ id: ElectionID) -> String? {
        guard id.type == .local, let org = id.organisation, org != "city-of-london", councils.council(slug: org) == nil else { return nil }
        return org
    }

    /// True when the poll is in Greater London: the GLA and Mayor of London, the City and the London boroughs.
    public func isLondon(_ election: any Election) -> Bool {
        if election.kind == .greaterLondon || election.kind == .cityOfLondon { return true }
        guard election.kind == .local, let org = election.id.organisation else { return false }
        return councils.council(slug: org)?.isLondon ?? false
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
            if let org = id.organisation, let council = councils.council(slug: org) { return LocalElection(id: id, nation: council.nation) }
            if let country { return LocalElection(id: id, nation: country) }
            // A council the register does not know could be anywhere: never assume England.
            if let org = id.organisation { throw .unknownCouncil(slug: org, suggestion: councils.suggestion(for: org)) }
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
            if let org = id.organisation, let council = councils.council(slug: org) { return Referendum(id: id, nation: council.nation) }
            throw .ambiguousNation(id.raw)
        }
    }
}
