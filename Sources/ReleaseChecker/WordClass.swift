/// What a word can be to the detectors (a title, a speech verb, the first word of a party name …), as a set:
/// one table probe per word gives all of them at once.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt32

    /// Either class: `Lexicon.title | Lexicon.pluralTitle`.
    static func | (lhs: WordClass, rhs: WordClass) -> WordClass { lhs.union(rhs) }

    /// True when the word has any of `classes`.
    @inline(__always) func intersects(_ classes: WordClass) -> Bool { rawValue & classes.rawValue != 0 }
}
