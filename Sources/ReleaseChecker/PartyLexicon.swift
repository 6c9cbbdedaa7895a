/// UK party names, short forms and party-group phrases (the Electoral Commission's registers of parties), with the context
/// rules that keep ordinary words out: "green spaces", "Green Flag award", "the Green Belt", "labour costs",
/// "a conservative estimate", "reform of bus services", "an independent review", "Independent Living
/// Service", "the Co-operative store", "alliance of charities", "Mr Green" and sentence-initial capitals are
/// not parties. Matching is case-insensitive and accent-folded ("Sinn Féin" = "Sinn Fein").
///
/// Capitalisation and cues decide the ambiguous words ("Party", "-led", "-run", "-controlled", "group",
/// "councillor", "candidate") to decide the ambiguous words.
enum PartyLexicon {
    /// How much evidence a phrase needs before it counts as a party.
    enum Strength: Sendable {
        /// Always a party ("Labour Party", "Tories", "Plaid Cymru", "ruling group").
        case strong
        /// An upper-case acronym ("SNP", "DUP"); lower case does not count.
        case acronym
        /// An ordinary word that is a party when capitalised mid-sentence ("Labour", "Green", "Reform").
        case capitalised
        /// A common word that is a party only with a cue after it or as a label ("Independent", "Alliance").
        case cue
        /// A short form that is a party only as a label after a name: "Jane Doe (Lab)".
        case label
    }

    /// What a phrase names.
    struct Entry: Sendable {
        /// Canonical name for messages, e.g. "Labour Party".
        var party: String
        var strength: Strength
        /// For capitalised/cue words: keys of following words that make it an ordinary word ("green spaces").
        var guardKeys: Set<UInt64> = []
    }

    static func e(_ party: String, _ strength: Strength = .strong, guards: [String] = []) -> Entry {
        Entry(party: party, strength: strength, guardKeys: Set(guards.map(TextScanner.key)))
    }

    static let con = "Conservative Party", lab = "Labour Party", ld = "Liberal Democrats", grn = "Green Party"
    static let group = "a party group"


    static let table = PhraseTable<Entry>(Vocabulary.all.flatMap(\.parties))

    /// Cue words after which a following "administration"/"council"/"cabinet" belongs to the same phrase.
    static let controlKeys: Set<UInt64> = Set(["led", "run", "controlled", "held"].map(TextScanner.key))
    static let spanNounKeys: Set<UInt64> = Set(["administration", "council", "cabinet", "group", "coalition", "authority", "executive"].map(TextScanner.key))
    static let memberKeys: Set<UInt64> = Set(["member", "members"].map(TextScanner.key))
    static let independentKey = TextScanner.key("independent")
    static let greenKey = TextScanner.key("green")
    /// What follows a village green: "on the Green at 4pm", "the Green in front of the church".
    static let greenPlaceWords: Set<UInt64> = Set(["at", "on", "in", "by", "near", "from", "to", "outside", "opposite", "behind"].map(TextScanner.key))
    /// Kinds of seat between a party and "councillor": "ward", "county", "town".
    static let seatKindKeys: Set<UInt64> = Set(["ward", "county", "borough", "district", "town", "parish", "community", "city", "local"].map(TextScanner.key))
    static let councillorKeys: Set<UInt64> = Set(["councillor", "councillors", "councilor", "councilors", "member", "members", "candidate", "candidates"].map(TextScanner.key))

    /// A party phrase at token `i` that the context confirms, with its last token (cue words included).
    static func match(_ scanner: TextScanner, classes: [WordClass], at i: Int, previousParty: Int? = nil) -> (entry: Entry, last: Int)? {
        let tokens = scanner.tokens
        guard classes[i].intersects(Lexicon.partyStart), let m = table.match(scanner, at: i) else { return nil }
        let entry = table.entries[m.entry].payload
        let t = tokens[i]
        var last = m.last
        let n = tokens.count
        // The word after the phrase, skipping one hyphen ("Labour-led").
        var next = last + 1
        var hyphen = false
        if next < n, tokens[next].isPunct("-"), !tokens[next].has(TextScanner.Flags.spaceBefore) { hyphen = true; next += 1 }
        let nextOK = next < n && tokens[next].kind == .word && tokens[next].paragraph == t.paragraph
        let isIndependent = t.key == independentKey
        // "Independent ward councillor", "Labour county councillor": a seat's kind between the party and its cue.
        let qualified = nextOK && !hyphen && seatKindKeys.contains(tokens[next].key) && next + 1 < n && tokens[next + 1].kind == .word
            && tokens[next + 1].line == tokens[next].line && councillorKeys.contains(tokens[next + 1].key)
        // "the Independent Supporters' Trust", "Alliance Members' Fund": a possessive cue before a capitalised noun names a body.
        // (A plural's apostrophe, "Supporters' Trust", is a token of its own.)
        let pluralApostrophe = nextOK && next + 1 < n && tokens[next + 1].kind != .word && !tokens[next + 1].has(TextScanner.Flags.spaceBefore)
            && (tokens[next + 1].scalar == 0x27 || tokens[next + 1].scalar == 0x2019)
        let owned = nextOK ? (pluralApostrophe ? next + 2 : next + 1) : n
        let namedBody = nextOK && entry.strength == .cue && (tokens[next].has(.possessive) || pluralApostrophe) && owned < n
            && tokens[owned].kind == .word && tokens[owned].has(TextScanner.Flags.capital) && tokens[owned].line == tokens[next].line
        let cueAfter = nextOK && classes[next].intersects(Lexicon.partyCue) && !(isIndependent && memberKeys.contains(tokens[next].key)) && !namedBody || qualified
        let prevToken = i > 0 ? tokens[i - 1] : nil
        let label = (prevToken?.isPunct("(") ?? false) && last + 1 < n && (tokens[last + 1].isPunct(")") || tokens[last + 1].isPunct(","))
            && i >= 2 && tokens[i - 2].kind == .word && tokens[i - 2].has(TextScanner.Flags.capital)
            // A field of an e-mail signature: "Cllr Jo Bell | Leader of the Council | Conservative, Abbeyfields ward", or of
            // a letter's: "Cllr Yvonne Stirland, Labour, Heathfield ward".
            || ((prevToken?.isPunct("|") ?? false) || (prevToken?.isPunct(",") ?? false) && i >= 2 && tokens[i - 2].kind == .word
                    && tokens[i - 2].has(TextScanner.Flags.capital) && (last + 1 < n && tokens[last + 1].isPunct(",")))
                && prevToken?.line == t.line
                && (last + 1 >= n || tokens[last + 1].isPunct(",") || tokens[last + 1].isPunct("|") || tokens[last + 1].line != t.line)
            // A table's party column: "Cllr Jo Bell⇥Independent⇥jo.bell@…".
            || scanner.tabBefore(i) && (last + 1 >= n || scanner.tabBefore(last + 1) || tokens[last + 1].line != t.line)
            // "Brigg, an Independent, said …": the member's party in apposition.
            || i >= 3 && tokens[i - 1].kind == .word && (tokens[i - 1].key == anKey || tokens[i - 1].key == aKey) && tokens[i - 2].isPunct(",")
                && tokens[i - 3].kind == .word && tokens[i - 3].has(TextScanner.Flags.capital) && last + 1 < n
                && (tokens[last + 1].isPunct(",") || last + 2 < n && memberKeys.contains(tokens[last + 1].key) && tokens[last + 2].isPunct(","))
            // "who sits as an Independent", "elected as a Conservative".
            || i >= 2 && tokens[i - 1].kind == .word && (tokens[i - 1].key == anKey || tokens[i - 1].key == aKey) && tokens[i - 2].key == asKey

        // "presented on the Green at 4pm": a village green, singular after "the" with no party cue after it (the party
        // is "the Greens", "the Green Party", "the Green group").
        if t.key == greenKey, last == i, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].key == theKey, !cueAfter, !label,
           !nextOK || greenPlaceWords.contains(tokens[next].key) { return nil }
        func extended() -> Int {
            guard cueAfter else { return last }
            var end = next
            if controlKeys.contains(tokens[next].key), next + 1 < n, spanNounKeys.contains(tokens[next + 1].key),
               tokens[next + 1].paragraph == t.paragraph {
                end = next + 1
            }
            return end
        }

        // "non-party-political", "not a party political event": a negated description, not a party reference
        // ("no Labour councillors attended" still names Labour).
        if entry.party == group {
            var before = i - 1
            if before >= 0, tokens[before].isPunct("-") { before -= 1 }
            if before >= 0, tokens[before].kind == .word, classes[before].intersects(Lexicon.negation) { return nil }
            // "non-party-political groups": back along a hyphenated compound, at most two more links.
            var links = 0
            while links < 2, before >= 2, tokens[before - 1].isPunct("-"), !tokens[before].has(TextScanner.Flags.spaceBefore),
                  tokens[before - 2].kind == .word {
                before -= 2
                links += 1
                if classes[before].intersects(Lexicon.negation) { return nil }
            }
            if before >= 1, tokens[before].kind == .word, tokens[before].key == aKey, classes[before - 1].intersects(Lexicon.negation) { return nil }
        }
        switch entry.strength {
        case .strong:
            // "a green party to celebrate", "your party bag": a full party name made of ordinary words counts only
            // when it is written as a name.
            if !t.has(TextScanner.Flags.capital), last > i, ordinaryFirstWordKeys.contains(t.key), !tokens[last].has(TextScanner.Flags.capital) { return nil }
            // "the opposition to the plan", "the opposition from residents": disagreement, not a group.
            if nextOK, !entry.guardKeys.isEmpty, entry.guardKeys.contains(tokens[next].key) { return nil }
            return (entry, extended())
        case .acronym:
            guard (i...last).allSatisfy({ tokens[$0].kind != .word || tokens[$0].has(TextScanner.Flags.allCaps) }) else { return nil }
            return (entry, extended())
        case .label:
            if label, t.has(TextScanner.Flags.capital) { return (entry, last) }
            // A result's bar or table: "Lib Dems 1,402 / Con 1,150 / Lab 412": a short form between a separator and its votes.
            if t.has(TextScanner.Flags.capital), last + 1 < n, tokens[last + 1].kind == .number, tokens[last + 1].line == t.line,
               let p = prevToken, p.isPunct("/") || p.isPunct("|"), p.line == t.line { return (entry, last) }
            // An upper-case short form among parties or before a party cue: "SF and SDLP councillors", "SF councillors".
            guard t.has(TextScanner.Flags.allCaps), !hyphen else { return nil }
            if cueAfter { return (entry, extended()) }
            if let end = previousParty, inList(scanner, after: end, before: i) { return (entry, last) }
            if nextOK, tokens[next].key == TextScanner.andKey || tokens[next].isPunct(","), next + 1 < n,
               tokens[next + 1].kind == .word, tokens[next + 1].line == t.line, tokens[next + 1].has(TextScanner.Flags.allCaps),
               let other = table.match(scanner, at: next + 1), [.strong, .acronym].contains(table.entries[other.entry].payload.strength),
               table.entries[other.entry].payload.party != group { return (entry, last) }
            return nil
        case .capitalised, .cue:
            // In a list after a party the guards do not apply: "Liberal Democrat and Independent members have asked".
            if t.has(.capital), !hyphen, let end = previousParty, inList(scanner, after: end, before: i) { return (entry, last) }
            // "the Green and Blue routes": a colour among colours.
            if nextOK, tokens[next].key == TextScanner.andKey || tokens[next].isPunct(","), next + 1 < n, colourKeys.contains(tokens[next + 1].key) { return nil }
            if i >= 2, tokens[i - 1].key == TextScanner.andKey || tokens[i - 1].isPunct(","), colourKeys.contains(tokens[i - 2].key) { return nil }
            // Guards: "green spaces", "labour costs", "reform of", "independent review" … ("the labour ward", but not
            // "Labour ward councillor", nor a member's label "Cllr X, an Independent member,").
            if nextOK, !hyphen, !qualified, !label, entry.guardKeys.contains(tokens[next].key) { return nil }
            if nextOK, hyphen, !controlKeys.contains(tokens[next].key), entry.guardKeys.contains(tokens[next].key) { return nil }
            // "NATS" (air traffic control) in mixed-case text: an acronym of something else, not the party word.
            if t.has(TextScanner.Flags.allCaps), t.end - t.start > 1, let p = prevToken, p.kind == .word, !p.has(TextScanner.Flags.allCaps),
               p.line == t.line { return nil }
            // "Mr Green", "Cllr Green", "Jane Green": a surname.
            if let p = prevToken, p.kind == .word, p.has(.capital), classes[i - 1].intersects((Lexicon.honorific | Lexicon.title | Lexicon.pluralTitle)) { return nil }
            if !t.has(TextScanner.Flags.capital) {
                // Lower case counts only as "labour-led" etc.
                guard hyphen, nextOK, controlKeys.contains(tokens[next].key) else { return nil }
                last = extended()
                return (entry, last)
            }
            if label { return (entry, last) }
            // Welsh puts the adjective after its noun: "Panel Annibynnol Cymru", "Comisiwn Annibynnol" name a body,
            // so a cue word straight after another capitalised noun (not a party cue such as "Grŵp") is not a party.
            if entry.strength == .cue, let p = prevToken, p.kind == .word, p.has(.capital), p.line == t.line,
               !classes[i - 1].intersects(Lexicon.partyCueBefore | Lexicon.partyStart | Lexicon.article),
               scanner.capitalIsEvidence(i - 1) { return nil }
            // The same inside a three-word name at a sentence start: "Panel Annibynnol Cymru sets allowances".
            if entry.strength == .cue, let p = prevToken, p.kind == .word, p.has(.capital), p.line == t.line,
               !classes[i - 1].intersects(Lexicon.partyCueBefore | Lexicon.partyStart | Lexicon.article | Lexicon.title | Lexicon.pluralTitle),
               nextOK, !hyphen, tokens[next].kind == .word, tokens[next].has(TextScanner.Flags.capital), tokens[next].line == t.line,
               !classes[next].intersects(Lexicon.partyCueBefore | Lexicon.title | Lexicon.pluralTitle) { return nil }
            if cueAfter { return (entry, extended()) }
            // Welsh word order: the cue comes first ("y grŵp Annibynnol", "cynghorwyr Llafur").
            if let p = prevToken, p.kind == .word, classes[i - 1].intersects(Lexicon.partyCueBefore), p.paragraph == t.paragraph { return (entry, last) }
            if let end = previousParty, inList(scanner, after: end, before: i) { return (entry, last) }
            // First in a list of parties: "Alliance and SDLP members voted against".
            if nextOK, !hyphen, tokens[next].key == TextScanner.andKey || tokens[next].isPunct(","), next + 1 < n,
               tokens[next + 1].kind == .word, tokens[next + 1].line == t.line,
               let other = table.match(scanner, at: next + 1),
               [.strong, .acronym].contains(table.entries[other.entry].payload.strength)
                || (table.entries[other.entry].payload.strength == .capitalised && tokens[next + 1].has(TextScanner.Flags.capital)),
               table.entries[other.entry].payload.party != group { return (entry, last) }
            if entry.strength == .cue { return nil }
            // A plural verb after it makes it a body of people: "Labour have had ten years", "Green were first".
            if nextOK, !hyphen, pluralVerbKeys.contains(tokens[next].key) { return (entry, last) }
            // Not the end of a place's or thing's name: "Parsons Green will host …", "Village Green wins …", "Tax Reform will …".
            if nextOK, !hyphen, deedVerbKeys.contains(tokens[next].key),
               !(prevToken.map { $0.kind == .word && $0.has(TextScanner.Flags.capital) && $0.line == t.line } ?? false) { return (entry, last) }
            // A party's statement headed by its name: "Labour: “Plaid have failed …”".
            if t.has(.lineStart), last + 1 < n, tokens[last + 1].isPunct(":") { return (entry, last) }
            // A scare-quoted party word mid-sentence: the "Nats", the "Tories".
            if let p = prevToken, p.kind == .quote, last + 1 < n, tokens[last + 1].kind == .quote, i >= 2, tokens[i - 2].kind == .word,
               !tokens[i - 2].has(TextScanner.Flags.capital) || classes[i - 2].intersects(Lexicon.article), tokens[i - 2].line == t.line,
               !t.has(TextScanner.Flags.allCaps) {
                return (entry, last)
            }
            // "Labour's Priya Shah", "Labour’s candidate": a party's possessive counts even at a sentence start.
            if t.has(.possessive), entry.strength == .capitalised, !headingLine(scanner, t), nextOK { return (entry, last) }
            // Another proper noun: "Green Lane", "Labour Club", "Bethnal Green", "Parsons Green".
            if nextOK, !hyphen, tokens[next].has(TextScanner.Flags.capital), tokens[next].line == t.line, !tokens[next].has(TextScanner.Flags.sentenceStart) { return nil }
            // A quoted proper name: "'Linen Green'", "'Green Acres'", where the capital after the opening quote says nothing.
            if let p = prevToken, p.kind == .word, p.has(.capital), p.line == t.line, i >= 2, tokens[i - 2].kind == .quote,
               last + 1 < n, tokens[last + 1].kind == .quote,
               !classes[i - 1].intersects(Lexicon.partyStart | Lexicon.electioneeringStart | Lexicon.article) { return nil }
            let plural = scanner.bytes[Int(t.end) - 1] | 0x20 == 0x73
            if let p = prevToken, p.kind == .word, scanner.capitalIsEvidence(i - 1), !classes[i - 1].intersects(Lexicon.article), !plural,
               p.line == t.line {
                return nil
            }
            guard scanner.capitalIsEvidence(i) else { return nil }
            return (entry, last)
        }
    }

    /// True when tokens between a confirmed party ending at `end` and token `i` are only a list separator
    /// ("Sinn Féin, DUP, Alliance and SDLP members"): a party word in a list of parties is a party.
    static func inList(_ scanner: TextScanner, after end: Int, before i: Int) -> Bool {
        let tokens = scanner.tokens
        guard i - end >= 2, i - end <= 3 else { return false }
        for k in (end + 1)..<i {
            let t = tokens[k]
            let ok = t.isPunct(",") || t.key == TextScanner.andKey || listWordKeys.contains(t.key) || t.isPunct("/")
            if !ok { return false }
        }
        return true
    }

    /// True when `t` is on a line that looks like a heading.
    static func headingLine(_ scanner: TextScanner, _ t: TextScanner.Token) -> Bool { scanner.headingLines[Int(t.line)] }

    static let theKey = TextScanner.key("the")
    static let aKey = TextScanner.key("a")
    static let orKey = TextScanner.key("or")
    /// Words between parties in a list: "the", "or"; Welsh "a", "ac", "neu", "y", "yr".
    /// First words of party names that are also ordinary words ("green party", "your party", "workers party").
    static let ordinaryFirstWordKeys: Set<UInt64> = Set(["green", "your", "workers", "labour", "liberal", "conservative", "independent",
                                                          "alliance", "reform", "heritage", "social"].map(TextScanner.key))
    /// Colours: "the Green and Blue routes" are bus routes.
    static let colourKeys: Set<UInt64> = Set(["blue", "red", "yellow", "orange", "purple", "pink", "black", "white", "brown", "gold", "silver", "grey", "gray"].map(TextScanner.key))
    static let anKey = TextScanner.key("an")
    static let asKey = TextScanner.key("as")
    /// Plural verbs that make a capitalised party word a party at a sentence start: "Labour have had ten years".
    static let pluralVerbKeys: Set<UInt64> = Set(["have", "were", "want", "wanted", "are"].map(TextScanner.key))
    /// A party's deeds after its name: "Labour promised to …", "the Conservatives pledged …".
    static let deedVerbKeys: Set<UInt64> = Set(["promised", "pledged", "promises", "pledges", "delivered", "vowed", "would", "will", "wants", "demands",
                                                "demanded", "slams", "urges", "warns", "claims", "secured", "ran", "take", "takes", "win", "wins", "hold",
                                                "holds", "gain", "gains", "has", "accused", "accuses", "won", "gained", "lost",
                                                // "Labour voted against it", "Reform opposed the levy": a party's act in a vote.
                                                "voted", "opposed", "opposes", "backed", "blocked", "scrapped", "took", "saved", "froze", "built"].map(TextScanner.key))  // "Greens take Millbrook seat"
    static let listWordKeys: Set<UInt64> = Set(["the", "or", "a", "ac", "neu", "y", "yr"].map(TextScanner.key))

    /// Party names inside hashtags and handles: `#LibDems`, `@UKLabour`, `#VoteSNP`. Folded, letters only.

    static let hashtagNeedles: [([UInt8], String, String)] = Vocabulary.all.flatMap(\.partyTags).map { (Array($0.0.utf8), $0.0, $0.1) }

    /// The party named by a hashtag or handle body (lower case, `_` removed), if any.
    static func party(inTag body: [UInt8]) -> String? {
        for (needle, word, party) in hashtagNeedles where TextScanner.contains(body, needle) {
            switch word {
            case "snp", "tuv", "sdlp", "ukip":
                // Short acronyms only at either end: "#VoteSNP", "@theSNP", not "#snpshot".
                if body.starts(with: needle) || body.suffix(needle.count).elementsEqual(needle) { return party }
            case "greens", "plaid":
                // Ordinary words inside tags: "#GreenSpaces", "#PlaidShirts"; only at the end: "#VoteGreens".
                if body.suffix(needle.count).elementsEqual(needle) { return party }
            case "tory", "tories":
                // "#History", "#BedtimeStories" end in these letters: only at the start or after "vote".
                if body.starts(with: needle) || body.starts(with: Array("vote".utf8) + needle) { return party }
            default:
                return party
            }
        }
        return nil
    }
}
