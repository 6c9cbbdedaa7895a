/// UK party names, short forms and party-group phrases (domain brief §5 seed lexicon), with the context
/// rules that keep ordinary words out: "green spaces", "Green Flag award", "the Green Belt", "labour costs",
/// "a conservative estimate", "reform of bus services", "an independent review", "Independent Living
/// Service", "the Co-operative store", "alliance of charities", "Mr Green" and sentence-initial capitals are
/// not parties. Matching is case-insensitive and accent-folded ("Sinn Féin" = "Sinn Fein").
///
/// Brief §5, matching notes: use capitalisation and cues ("Party", "-led", "-run", "-controlled", "group",
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

    static let entries: [(String, Entry)] = [
        // Conservative.
        ("conservative and unionist party", e(con)), ("conservative party", e(con)), ("conservatives", e(con, .capitalised)),
        ("conservative", e(con, .capitalised, guards: ["estimate", "estimates", "estimated", "approach", "figure", "figures", "assumption",
                                                      "assumptions", "forecast", "forecasts", "view", "views", "side", "projection",
                                                      "projections", "treatment", "management", "choice", "amount", "reading", "dress"])),
        ("tory", e(con)), ("tories", e(con)), ("scottish conservatives", e("Scottish Conservatives")),
        ("welsh conservatives", e("Welsh Conservatives")), ("ceidwadwyr cymreig", e("Welsh Conservatives")), ("con", e(con, .label)),
        // Labour and Co-operative.
        ("labour party", e(lab)), ("labour and co operative", e("Labour and Co-operative")), ("labour co op", e("Labour and Co-operative")),
        ("labour", e(lab, .capitalised, guards: ["cost", "costs", "market", "markets", "shortage", "shortages", "force", "supply", "rates",
                                                "intensive", "saving", "savings", "day", "ward", "pains", "hours", "relations", "law"])),
        ("co operative party", e("Co-operative Party")), ("scottish labour", e("Scottish Labour")), ("welsh labour", e("Welsh Labour")),
        ("llafur cymru", e("Welsh Labour")), ("lab", e(lab, .label)), ("co operative", e("Co-operative Party", .cue,
            guards: ["store", "stores", "shop", "shops", "bank", "funeral", "funeralcare", "group", "society", "food", "supermarket",
                     "academy", "academies", "trust", "college", "housing", "movement", "insurance", "travel"])),
        // Liberal Democrats.
        ("liberal democrats", e(ld)), ("liberal democrat", e(ld)), ("lib dem", e(ld)), ("lib dems", e(ld)), ("libdem", e(ld)),
        ("libdems", e(ld)), ("scottish liberal democrats", e("Scottish Liberal Democrats")), ("welsh liberal democrats", e("Welsh Liberal Democrats")),
        ("ld", e(ld, .label)), ("ldem", e(ld, .label)), ("lib", e(ld, .label)), ("sld", e("Scottish Liberal Democrats", .label)),
        ("liberal party", e("Liberal Party")), ("liberal", e("Liberal Party", .cue, guards: ["arts", "use", "amount", "amounts", "interpretation"])),
        // Greens.
        ("green party", e(grn)), ("green party of england and wales", e(grn)), ("green party northern ireland", e("Green Party Northern Ireland")),
        ("scottish greens", e("Scottish Greens")), ("scottish green party", e("Scottish Greens")), ("gpew", e(grn, .acronym)),
        ("greens", e(grn, .capitalised, guards: ["grocer", "grocers"])),
        ("green", e(grn, .capitalised, guards: ["space", "spaces", "flag", "flags", "belt", "infrastructure", "waste", "bin", "bins", "light",
                                               "lights", "energy", "transport", "travel", "corridor", "corridors", "route", "routes", "homes",
                                               "home", "deal", "bond", "bonds", "fund", "funds", "recovery", "roof", "roofs", "wall", "walls",
                                               "agenda", "gym", "skills", "economy", "jobs", "technology", "investment", "week", "award",
                                               "awards", "shoots", "credentials", "lane", "man", "areas", "area", "open", "burial", "burials",
                                               "heat", "hydrogen", "finance", "tariff", "roofing", "verge", "verges", "buildings", "recycling",
                                               "garden", "gardens", "champions", "champion", "future", "issues", "ideas", "initiative",
                                               "initiatives", "cross", "card", "cards", "team", "impact"])),
        ("grn", e(grn, .label)), ("gp", e(grn, .label)),
        // Reform, UKIP, Brexit.
        ("reform uk", e("Reform UK")), ("reform", e("Reform UK", .capitalised, guards: ["of", "to", "the", "our", "its", "their", "and", "in",
                                                                                         "act", "bill", "programme", "plans", "plan", "agenda"])),
        ("ref", e("Reform UK", .label)), ("brexit party", e("Brexit Party")), ("ukip", e("UKIP", .acronym)),
        ("uk independence party", e("UKIP")),
        // Scotland and Wales.
        ("scottish national party", e("Scottish National Party")), ("snp", e("Scottish National Party", .acronym)),
        ("nats", e("Scottish National Party", .capitalised)), ("alba party", e("Alba Party")), ("alba", e("Alba Party", .cue)),
        ("scottish socialist party", e("Scottish Socialist Party")), ("ssp", e("Scottish Socialist Party", .label)),
        ("scottish family party", e("Scottish Family Party")), ("plaid cymru", e("Plaid Cymru")), ("plaid", e("Plaid Cymru", .capitalised)),
        ("party of wales", e("Plaid Cymru")), ("pc", e("Plaid Cymru", .label)), ("propel", e("Propel", .cue)),
        // Northern Ireland.
        ("democratic unionist party", e("Democratic Unionist Party")), ("democratic unionists", e("Democratic Unionist Party")),
        ("dup", e("Democratic Unionist Party", .acronym)), ("sinn fein", e("Sinn Féin")), ("sf", e("Sinn Féin", .label)),
        ("social democratic and labour party", e("SDLP")), ("sdlp", e("SDLP", .acronym)), ("ulster unionist party", e("Ulster Unionist Party")),
        ("ulster unionists", e("Ulster Unionist Party")), ("uup", e("Ulster Unionist Party", .acronym)),
        ("alliance party", e("Alliance Party")), ("alliance party of northern ireland", e("Alliance Party")),
        ("apni", e("Alliance Party", .acronym)), ("alliance", e("Alliance Party", .cue, guards: ["of", "for", "between", "with"])),
        ("traditional unionist voice", e("Traditional Unionist Voice")), ("tuv", e("Traditional Unionist Voice", .acronym)),
        ("people before profit", e("People Before Profit")), ("pbp", e("People Before Profit", .acronym)), ("aontu", e("Aontú")),
        ("workers party", e("Workers' Party")), ("workers' party", e("Workers' Party")), ("workers party of britain", e("Workers Party of Britain")),
        ("progressive unionist party", e("Progressive Unionist Party")), ("pup", e("Progressive Unionist Party", .acronym)),
        ("cross community labour alternative", e("Cross-Community Labour Alternative")), ("unionist", e("a unionist party", .cue)),
        ("unionists", e("a unionist party", .cue)),
        // Others.
        ("yorkshire party", e("Yorkshire Party")), ("mebyon kernow", e("Mebyon Kernow")), ("social democratic party", e("Social Democratic Party")),
        ("sdp", e("Social Democratic Party", .acronym)), ("heritage party", e("Heritage Party")),
        ("christian peoples alliance", e("Christian Peoples Alliance")), ("official monster raving loony party", e("Official Monster Raving Loony Party")),
        ("monster raving loony party", e("Official Monster Raving Loony Party")), ("omrlp", e("Official Monster Raving Loony Party", .acronym)),
        ("trade unionist and socialist coalition", e("TUSC")), ("tusc", e("TUSC", .acronym)), ("your party", e("Your Party", .capitalised)),
        ("independent alliance", e("Independent Alliance")),
        ("independent", e("Independent", .cue, guards: ["review", "reviews", "inquiry", "investigation", "investigations", "panel", "living",
                                                         "school", "schools", "advocate", "advocates", "advocacy", "advice", "assessor",
                                                         "examiner", "person", "persons", "remuneration", "chair", "member", "members", "body",
                                                         "bodies", "report", "audit", "auditor", "auditors", "sector", "travel", "office",
                                                         "commission", "evaluation", "assessment", "expert", "experts", "charity", "retailer",
                                                         "retailers", "shop", "shops", "business", "businesses", "traders", "cinema", "bookshop",
                                                         "organisation", "organisations", "analysis", "study", "adviser", "advisers", "reviewer",
                                                         "monitoring", "facilitator", "provider", "providers", "living's", "mental", "police",
                                                         "scrutiny", "appeal", "appeals", "complaints", "of", "from"])),
        ("independents", e("Independent", .cue)), ("ind", e("Independent", .label)),
        // Party groups and party-led administrations (brief §4.1).
        ("ruling group", e(group)), ("ruling party", e(group)), ("ruling coalition", e(group)), ("ruling administration", e(group)),
        ("controlling group", e(group)), ("majority group", e(group)), ("opposition group", e(group)), ("opposition groups", e(group)),
        ("opposition councillors", e(group)), ("opposition members", e(group)), ("opposition parties", e(group)),
        ("opposition party", e(group)), ("opposition benches", e(group)), ("opposition leader", e(group)),
        ("leader of the opposition", e(group)), ("political group", e(group)), ("political groups", e(group)), ("party group", e(group)),
        ("party groups", e(group)), ("coalition administration", e(group)), ("rainbow coalition", e(group)),
        ("party political", e(group)), ("party politics", e(group)),
    ]

    static let table = PhraseTable<Entry>(entries)

    /// Cue words after which a following "administration"/"council"/"cabinet" belongs to the same phrase.
    static let controlKeys: Set<UInt64> = Set(["led", "run", "controlled", "held"].map(TextScanner.key))
    static let spanNounKeys: Set<UInt64> = Set(["administration", "council", "cabinet", "group", "coalition", "authority", "executive"].map(TextScanner.key))
    static let memberKeys: Set<UInt64> = Set(["member", "members"].map(TextScanner.key))
    static let independentKey = TextScanner.key("independent")

    /// A party phrase at token `i` that the context confirms, with its last token (cue words included).
    static func match(_ scanner: TextScanner, classes: [UInt32], at i: Int, previousParty: Int? = nil) -> (entry: Entry, last: Int)? {
        let tokens = scanner.tokens
        guard classes[i] & Lexicon.partyStart != 0, let m = table.match(scanner, at: i) else { return nil }
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
        let cueAfter = nextOK && classes[next] & Lexicon.partyCue != 0 && !(isIndependent && memberKeys.contains(tokens[next].key))
        let prevToken = i > 0 ? tokens[i - 1] : nil
        let label = (prevToken?.isPunct("(") ?? false) && last + 1 < n && (tokens[last + 1].isPunct(")") || tokens[last + 1].isPunct(","))
            && i >= 2 && tokens[i - 2].kind == .word && tokens[i - 2].has(TextScanner.Flags.capital)

        func extended() -> Int {
            guard cueAfter else { return last }
            var end = next
            if controlKeys.contains(tokens[next].key), next + 1 < n, spanNounKeys.contains(tokens[next + 1].key),
               tokens[next + 1].paragraph == t.paragraph {
                end = next + 1
            }
            return end
        }

        switch entry.strength {
        case .strong:
            return (entry, extended())
        case .acronym:
            guard (i...last).allSatisfy({ tokens[$0].kind != .word || tokens[$0].has(TextScanner.Flags.allCaps) }) else { return nil }
            return (entry, extended())
        case .label:
            guard label, t.has(TextScanner.Flags.capital) else { return nil }
            return (entry, last)
        case .capitalised, .cue:
            // Guards: "green spaces", "labour costs", "reform of", "independent review" …
            if nextOK, !hyphen, entry.guardKeys.contains(tokens[next].key) { return nil }
            if nextOK, hyphen, !controlKeys.contains(tokens[next].key), entry.guardKeys.contains(tokens[next].key) { return nil }
            // "Mr Green", "Cllr Green", "Jane Green": a surname.
            if let p = prevToken, p.kind == .word, classes[i - 1] & (Lexicon.honorific | Lexicon.title | Lexicon.pluralTitle) != 0 { return nil }
            if !t.has(TextScanner.Flags.capital) {
                // Lower case counts only as "labour-led" etc.
                guard hyphen, nextOK, controlKeys.contains(tokens[next].key) else { return nil }
                last = extended()
                return (entry, last)
            }
            if label { return (entry, last) }
            if cueAfter { return (entry, extended()) }
            if let end = previousParty, inList(scanner, after: end, before: i) { return (entry, last) }
            if entry.strength == .cue { return nil }
            // Another proper noun: "Green Lane", "Labour Club", "Bethnal Green", "Parsons Green".
            if nextOK, !hyphen, tokens[next].has(TextScanner.Flags.capital), tokens[next].line == t.line, !tokens[next].has(TextScanner.Flags.sentenceStart) { return nil }
            let plural = scanner.bytes[Int(t.end) - 1] | 0x20 == 0x73
            if let p = prevToken, p.kind == .word, scanner.capitalIsEvidence(i - 1), classes[i - 1] & Lexicon.article == 0, !plural,
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
            let ok = t.isPunct(",") || t.key == TextScanner.andKey || t.key == theKey || t.key == orKey || t.isPunct("/")
            if !ok { return false }
        }
        return true
    }

    static let theKey = TextScanner.key("the")
    static let orKey = TextScanner.key("or")

    /// Party names inside hashtags and handles: `#LibDems`, `@UKLabour`, `#VoteSNP`. Folded, letters only.
    static let hashtagParties: [(String, String)] = [
        ("labour", lab), ("conservative", con), ("tory", con), ("tories", con), ("libdem", ld), ("liberaldemocrat", ld),
        ("greenparty", grn), ("greens", grn), ("reformuk", "Reform UK"), ("snp", "Scottish National Party"), ("plaidcymru", "Plaid Cymru"),
        ("plaid", "Plaid Cymru"), ("sinnfein", "Sinn Féin"), ("duponline", "Democratic Unionist Party"), ("mydup", "Democratic Unionist Party"),
        ("sdlp", "SDLP"), ("uuponline", "Ulster Unionist Party"), ("allianceparty", "Alliance Party"), ("ukip", "UKIP"),
        ("brexitparty", "Brexit Party"), ("albaparty", "Alba Party"), ("scotgreens", "Scottish Greens"), ("tuv", "Traditional Unionist Voice"),
    ]

    static let hashtagNeedles: [([UInt8], String, String)] = hashtagParties.map { (Array($0.0.utf8), $0.0, $0.1) }

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
