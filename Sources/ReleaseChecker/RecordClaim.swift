/// A party's record told in a member's own words: "We froze prices for four years", "we forced the inspection",
/// Welsh "Fe wnaethon ni achub Cwm Tregarth", "rydyn ni wedi rhewi'r dreth". Inside a councillor's or candidate's
/// quotation, "we" did something is their group's record, and publicity for a party's or candidate's record is what
/// the LGA short guide to publicity during the pre-election period rules out; in an officer's quotation "we" is the
/// council and is not matched (the detector only asks inside a member's quotation).
struct RecordClaim {
    /// The detector's name for this claim's kind while joining later phrases of its sentence into it.
    static let kind = "a record in a member's own words"
    /// "we", "we've", Welsh "wnaethon ni", "rydyn ni wedi": a first-person plural subject and its auxiliary.
    static let leads = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.recordLeads.map { ($0, true) } })
    /// Past deeds that make a record: "froze", "delivered", "saved", Welsh "achub", "rhewi".
    static let deedKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.recordDeeds).map(TextScanner.key))
    /// "what", "all": "what we got was …" makes the deed the subject of another verb.
    static let relativeKeys: Set<UInt64> = Set(["what", "all", "everything", "that", "which"].map(TextScanner.key))
    /// Words between the subject and its deed: "we have also cut", "we've successfully reopened".
    static let gapKeys: Set<UInt64> = Set(["have", "also", "already", "then", "finally", "successfully", "actually", "now", "hefyd", "eisoes",
                                           "wedi"].map(TextScanner.key))

    /// Words that make a deed a record set against time or rivals: "for four years", "in our first term", "when
    /// others wanted to hike them", "and we will do it again", Welsh "blynedd", "tymor", "eto", "eraill".
    static let cueKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.recordCues).map(TextScanner.key))

    /// The claim is campaigning, not a cabinet member's account of a service ("We have secured £2.4m to help
    /// hauliers"): a party is named on its line ("Sinn Féin's X told the Chronicle: “We forced …”"), or its sentence
    /// measures the deed against time or rivals.
    static func campaigning(_ scanner: TextScanner, classes: [WordClass], from i: Int, deed: Int) -> Bool {
        let tokens = scanner.tokens
        let line = tokens[i].line
        var a = i
        while a > 0, tokens[a - 1].line == line { a -= 1 }
        var k = a
        var sentenceStart = a
        while k < tokens.count, tokens[k].line == line {
            let t = tokens[k]
            if t.kind == .punct, k < i, t.scalar == 0x2E || t.scalar == 0x21 || t.scalar == 0x3F { sentenceStart = k + 1 }
            if t.kind == .word {
                if classes[k].intersects(Lexicon.partyStart), PartyLexicon.match(scanner, classes: classes, at: k) != nil { return true }
                if k >= sentenceStart, cueKeys.contains(t.key), k < i || !(deed..<k).contains(where: {
                    tokens[$0].kind == .punct && (tokens[$0].scalar == 0x2E || tokens[$0].scalar == 0x21 || tokens[$0].scalar == 0x3F) }) {
                    return true
                }
            }
            k += 1
        }
        return false
    }

    /// The claim starting at token `i` ("we" … its deed): the index of the deed, or nil. The caller has checked that
    /// `i` is inside a member's quotation.
    static func match(_ scanner: TextScanner, at i: Int) -> Int? {
        let tokens = scanner.tokens
        let n = tokens.count
        guard i < n, tokens[i].kind == .word, leads.startsPhrase(tokens[i].key), let lead = leads.match(scanner, at: i) else { return nil }
        // "What we got was a leaflet drop": a relative clause, not a deed claimed.
        if i > 0, tokens[i - 1].kind == .word, relativeKeys.contains(tokens[i - 1].key) { return nil }
        var k = lead.last + 1
        while k < n, k - lead.last <= 3, tokens[k].kind == .word, tokens[k].paragraph == tokens[i].paragraph, gapKeys.contains(tokens[k].key) { k += 1 }
        guard k < n, tokens[k].kind == .word, tokens[k].paragraph == tokens[i].paragraph, deedKeys.contains(tokens[k].key) else { return nil }
        return k
    }
}
