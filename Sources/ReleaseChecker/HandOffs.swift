/// What the rules detected earlier leave for the rules after them, so that one occurrence is one finding and
/// each hand-off is written down in one place:
///
/// - a member-quote's speaker is not also a member-reference;
/// - a party or member inside a call to vote ("Vote Labour", "Re-elect Cllr Doe") is part of the
///   electioneering finding, not a party-reference or member-reference of its own;
/// - first-person pledge words inside an officer's or resident's quotation are the council's voice;
/// - a member named in a photo caption is a member-photo, not also a member-reference.
struct HandOffs {
    /// Mentions (indices into `PersonMentions.mentions`) that speak a reported quotation.
    var quotedSpeakers = Set<Int>()
    /// Tokens inside an officer's or resident's quotation.
    var officerQuote: [Bool]
    /// Tokens inside an electioneering finding.
    var electioneering: [Bool]
    /// Mentions already reported as shown in a photo caption.
    var photographed = Set<Int>()

    /// Nothing handed off yet, for a text of `tokenCount` tokens.
    init(tokenCount: Int) {
        officerQuote = [Bool](repeating: false, count: tokenCount)
        electioneering = [Bool](repeating: false, count: tokenCount)
    }
}
