/// Electioneering: calls to vote for or re-elect someone, manifesto/pledge/promise language by a party or
/// member, record language ("since we took control"), campaign hashtags and imprints (LGA short guide to publicity
/// during the pre-election period; Electoral Commission campaigning guidance). Local Government Act 1986 s2 applies at all times.
///
/// The council's own election administration is not electioneering: "register to vote by 20 April",
/// "polling stations open 7am–10pm", "you can vote for up to three candidates", "the council has pledged
/// £2m" all pass, because a call to vote only counts with a party, a person or "me/us" after it, and a pledge
/// only with "we/our/I", a party or a member as its subject.
enum ElectioneeringPhrases {
    /// How a trigger phrase is confirmed.
    enum Pattern: Sendable {
        /// Always electioneering; the string is the kind for the message.
        case fixed(String)
        /// "vote Labour", "vote Jane Doe".
        case vote
        /// "vote for …": a party, a member, me/us, a name; not "up to three candidates".
        case voteFor
        /// "back Jane Doe", "backing the Greens".
        case back
        /// "Elect Jane Doe".
        case elect
        /// "keep the Tories out".
        case keep
        /// "only the Lib Dems can win here".
        case only
        /// "standing for re-election".
        case reelection
        /// "if elected, we will …".
        case ifElected
        /// pledge/promise with a party, member, we/our/I as its subject.
        case pledge
        /// "Labour has delivered", "Cllr Doe delivered for residents".
        case delivered
        /// "Labour's manifesto", "election manifesto".
        case manifesto
        /// "Promoted by … on behalf of …" imprint (PPERA s143 marks election material).
        case imprint
        /// "on the doorstep" (campaigning), not "doorstep collections".
        case doorstep
    }

    static let record = "record or manifesto language"
    static let call = "a call to vote"
    static let campaign = "campaigning language"

    static let table = PhraseTable<Pattern>(Vocabulary.all.flatMap(\.electioneering))

    /// First words of every trigger phrase (for the word-class index).
    static var triggerKeys: [UInt64] { table.firstKeys }

    static func keys(_ words: [String]) -> Set<UInt64> { Set(words.map(TextScanner.key)) }
    /// After "vote for": the council's own instructions on how to vote.
    static let adminAfterVoteFor = keys(Vocabulary.all.flatMap(\.adminAfterVoteFor))
    static let firstPerson = keys(Vocabulary.all.flatMap(\.firstPerson))
    static let meUs = keys(Vocabulary.all.flatMap(\.meUs))
    static let gapWords = keys(Vocabulary.all.flatMap(\.gapWords))
    static let seekWords = keys(Vocabulary.all.flatMap(\.seekWords))
    static let canWill = keys(["can", "will", "could"])
    /// "she is standing for re-election": a pronoun for someone named earlier.
    static let pronounKeys = keys(["he", "she", "they", "hi", "ef", "fe"])
    static let leaveRemain = keys(["leave", "remain"])
    static let administrationKey = TextScanner.key("administration")
    static let forKey = TextScanner.key("for")
    static let outKey = TextScanner.key("out")
    static let theKey = TextScanner.key("the")
    static let electionKey = TextScanner.key("election")
    static let onKey = TextScanner.key("on")
    /// "on behalf of", "ar ran": the second half of an imprint.
    static let onBehalfOf = PhraseTable<Bool>(Vocabulary.all.flatMap(\.onBehalfOf).map { ($0, true) })
    /// Hashtag prefixes that call to vote for the party that follows ("#VoteLabour", "#PleidleisiwchLlafur").
    static let voteTagPrefixes: [[UInt8]] = Vocabulary.all.flatMap(\.voteTagPrefixes).map { Array($0.utf8) }

    /// Electioneering starting at token `i`: the last token and the kind of language.
    static func match(_ scanner: TextScanner, classes: [WordClass], mentions: PersonMentions, at i: Int) -> (first: Int, last: Int, kind: String, firstPerson: Bool)? {
        let tokens = scanner.tokens
        let n = tokens.count
        guard classes[i].intersects(Lexicon.electioneeringStart) else { return nil }
        let paragraph = tokens[i].paragraph
        func word(_ k: Int) -> Bool { k >= 0 && k < n && tokens[k].kind == .word && tokens[k].paragraph == paragraph }
        /// A party at `k` (optionally after "the"): its last token.
        func party(_ k: Int) -> Int? {
            var k = k
            if word(k), tokens[k].key == theKey { k += 1 }
            guard word(k), classes[k].intersects(Lexicon.partyStart) else { return nil }
            if let p = PartyLexicon.match(scanner, classes: classes, at: k) { return p.last }
            // Capitalised ambiguous party words count right after "vote"/"back": "vote Green".
            if let m = PartyLexicon.table.match(scanner, at: k), tokens[k].has(TextScanner.Flags.capital) {
                let s = PartyLexicon.table.entries[m.entry].payload.strength
                if s == .capitalised || s == .strong { return m.last }
            }
            return nil
        }
        /// A member or candidate mentioned at `k`: its last token.
        func member(_ k: Int) -> Int? {
            guard k >= 0, k < n else { return nil }
            let m = mentions.starting(at: k)
            guard m >= 0 else { return nil }
            let mention = mentions.mentions[Int(m)]
            return mention.holder == .member || mention.source == .generic ? mention.last : nil
        }
        /// A named member, candidate or first-person word in the sentence before token `k`.
        func someoneStands(before k: Int) -> Bool {
            var p = k - 1
            while p >= 0, k - p <= 15, tokens[p].paragraph == paragraph, !(tokens[p].isPunct(".") && p < k - 1) {
                if word(p), firstPerson.contains(tokens[p].key) { return true }
                let m = mentions.covering[p]
                if m >= 0, mentions.mentions[Int(m)].holder == .member, mentions.mentions[Int(m)].referenceable { return true }
                if word(p), pronounKeys.contains(tokens[p].key) { return true }
                p -= 1
            }
            return false
        }
        /// The subject before token `k` (skipping has/have/also …): a party, member, "administration" or we/our/I.
        func subjectBefore(_ k: Int, firstPersonToo: Bool) -> Int? {
            var p = k - 1
            var skipped = 0
            while p >= 0, word(p), gapWords.contains(tokens[p].key), skipped < 3 { p -= 1; skipped += 1 }
            guard p >= 0, tokens[p].paragraph == paragraph else { return nil }
            if firstPersonToo, word(p), firstPerson.contains(tokens[p].key) { return p }
            if word(p), tokens[p].key == administrationKey { return p }
            let covering = mentions.covering[p]
            if covering >= 0, mentions.mentions[Int(covering)].holder == .member { return mentions.mentions[Int(covering)].first }
            // A party ending at p: look back a few tokens for its start.
            var s = p
            while s >= max(0, p - 4) {
                if word(s), let pl = PartyLexicon.match(scanner, classes: classes, at: s), pl.last >= p { return s }
                s -= 1
            }
            return nil
        }

        guard let m = table.match(scanner, at: i) else { return nil }
        let last = m.last
        switch table.entries[m.entry].payload {
        case .fixed(let kind):
            // "Re-elect Cllr Doe", "Ailetholwch y Cynghorydd …": the call takes the person it names.
            if kind == call {
                var k = last + 1
                if word(k), classes[k].intersects(Lexicon.article) { k += 1 }
                if let p = member(k), mentions.mentions[Int(mentions.starting(at: k))].holder == .member { return (i, p, kind, false) }
                if let p = party(last + 1) { return (i, p, kind, false) }
            }
            return (i, last, kind, firstPerson.contains(tokens[i].key))
        case .vote:
            let k = last + 1
            if let p = party(k) { return (i, p, call, false) }
            if let p = member(k), mentions.mentions[Int(mentions.starting(at: k))].holder == .member { return (i, p, call, false) }
            if word(k), leaveRemain.contains(tokens[k].key), tokens[k].has(TextScanner.Flags.capital) { return (i, k, call, false) }
            return nil
        case .voteFor:
            let k = last + 1
            guard word(k) else { return nil }
            if let p = party(k) { return (i, p, call, false) }
            if adminAfterVoteFor.contains(tokens[k].key) { return nil }
            if let p = member(k) { return (i, p, call, false) }
            if meUs.contains(tokens[k].key) { return (i, k, call, false) }
            if tokens[k].has(TextScanner.Flags.capital), !tokens[k].has(TextScanner.Flags.sentenceStart),
               !classes[k].intersects(Lexicon.nameStop), tokens[k].kind == .word { return (i, k, call, false) }
            return nil
        case .back:
            let k = last + 1
            if let p = party(k) { return (i, p, call, false) }
            if k < n, mentions.starting(at: k) >= 0, mentions.mentions[Int(mentions.starting(at: k))].holder == .member,
               mentions.mentions[Int(mentions.starting(at: k))].source != .role, let p = member(k) { return (i, p, call, false) }
            return nil
        case .elect:
            let k = last + 1
            if let p = party(k) { return (i, p, call, false) }
            if k < n, mentions.starting(at: k) >= 0, let p = member(k) { return (i, p, call, false) }
            return nil
        case .keep:
            if let p = party(last + 1), word(p + 1), tokens[p + 1].key == outKey { return (i, p + 1, campaign, false) }
            return nil
        case .only:
            if let p = party(last + 1), word(p + 1), canWill.contains(tokens[p + 1].key) { return (i, p + 1, campaign, false) }
            return nil
        case .reelection:
            // "standing for re-election", "seeking re-election", "her bid for re-election"; "for" alone is not enough.
            var p = i - 1
            var steps = 0
            while p >= 0, steps < 3, tokens[p].paragraph == paragraph {
                if word(p), seekWords.contains(tokens[p].key), tokens[p].key != forKey {
                    // A member or "I/we" stands: "Cllr Doe is standing for re-election"; guidance to councillors in
                    // general ("Councillors standing for re-election must not …") is not campaigning.
                    guard someoneStands(before: p) else { return nil }
                    return (p, last, campaign, false)
                }
                p -= 1
                steps += 1
            }
            return nil
        case .ifElected:
            var k = last + 1
            if k < n, tokens[k].isPunct(",") { k += 1 }
            if word(k), firstPerson.contains(tokens[k].key) { return (i, last, record, false) }
            return nil
        case .pledge:
            if let s = subjectBefore(i, firstPersonToo: true) { return (s, last, record, firstPerson.contains(tokens[s].key)) }
            // "Labour's pledge", "Cllr Doe's promise".
            if i > 0, tokens[i - 1].has(TextScanner.Flags.possessive), let s = subjectBefore(i, firstPersonToo: false) { return (s, last, record, false) }
            return nil
        case .delivered:
            if let s = subjectBefore(i, firstPersonToo: false) { return (s, last, record, false) }
            return nil
        case .manifesto:
            if i > 0, word(i - 1), tokens[i - 1].key == electionKey { return (i, last, record, false) }
            if i > 0, tokens[i - 1].has(TextScanner.Flags.possessive), subjectBefore(i, firstPersonToo: false) != nil { return (i, last, record, false) }
            if i > 0, word(i - 1), classes[i - 1].intersects(Lexicon.partyStart), subjectBefore(i, firstPersonToo: false) != nil { return (i, last, record, false) }
            // Welsh puts the owner after: "maniffesto Llafur", "addewid Plaid Cymru".
            if let p = party(last + 1) { return (i, p, record, false) }
            return nil
        case .doorstep:
            if i >= 2, tokens[i - 1].key == theKey, tokens[i - 2].key == onKey, tokens[i - 2].paragraph == paragraph { return (i - 2, last, campaign, false) }
            return nil
        case .imprint:
            // Needs "on behalf of" later in the same paragraph.
            var k = last + 1
            while k < n, tokens[k].paragraph == paragraph {
                if let behalf = onBehalfOf.match(scanner, at: k) {
                    // Include the candidate or party the material is promoted for.
                    var end = behalf.last
                    if let m = member(end + 1) { end = m } else if let p = party(end + 1) { end = p }
                    return (i, end, "an election imprint", false)
                }
                k += 1
            }
            return nil
        }
    }

    /// Admin uses of `#Vote…`: turnout and registration, not a call to vote for anyone.
    static let adminVoteTags: Set<String> = ["", "safe", "safely", "bypost", "byproxy", "now", "today", "matters", "id", "local",
                                             "inperson", "ready", "early", "smart", "registration", "register", "wise", "aware"]

    /// Electioneering in a hashtag body (lower case, `_` removed): `#VoteLabour`, `#VoteForJane`, `#ReElectDoe`, `#BackTheGreens`.
    static func hashtag(_ bytes: [UInt8]) -> Bool {
        func starts(_ prefix: String) -> Bool { bytes.starts(with: Array(prefix.utf8)) }
        if starts("reelect") { return true }
        if starts("votefor") { return bytes.count > 7 }
        if starts("vote") {
            let rest = String(decoding: bytes.dropFirst(4), as: UTF8.self)
            if adminVoteTags.contains(rest) || rest.allSatisfy({ $0.isNumber }) { return false }
            return true
        }
        if starts("elect"), !starts("election"), !starts("elector"), bytes.count > 5 { return true }
        if starts("ailethol") { return true }
        for prefix in voteTagPrefixes where bytes.count > prefix.count && bytes.starts(with: prefix) {
            if PartyLexicon.party(inTag: Array(bytes.dropFirst(prefix.count))) != nil { return true }
        }
        return false
    }
}
