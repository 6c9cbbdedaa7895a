/// A UK principal council as Democracy Club election ids name it, so an id's organisation slug decides the
/// nation's election rules and whether London-only polls (GLA, Mayor of London) apply to it.
public struct Council: Sendable, Equatable {
    /// The main organisation slug, e.g. `edinburgh`.
    public var slug: String
    /// Other slugs in use for the same council, e.g. `city-of-edinburgh`.
    public var aliases: [String]
    /// The short name, e.g. "City of Edinburgh".
    public var name: String
    /// The nation whose election rules apply.
    public var nation: Nation
    /// True for the London boroughs and the City of London (Greater London Authority Act 1999 s2).
    public var isLondon: Bool
    /// The day the council was abolished, for councils merged by reorganisation (their old ids still resolve).
    public var ended: CivilDate?

    /// Creates an entry.
    public init(slug: String, aliases: [String] = [], name: String, nation: Nation, isLondon: Bool = false, ended: CivilDate? = nil) {
        self.slug = slug
        self.aliases = aliases
        self.name = name
        self.nation = nation
        self.isLondon = isLondon
        self.ended = ended
    }
}
