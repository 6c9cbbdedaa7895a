/// The checker's fixed vocabulary as bit-set word classes: every word of a release is looked up here once
/// (one probe of a `KeywordIndex`), and the rule passes then test bits instead of comparing strings.
///
/// Titles and roles follow issue 3's list of elected politicians (councillor, civic mayor, leader, cabinet
/// member/portfolio holder, committee chair, MP, MSP, MS, MLA, PCC, elected mayor); speech verbs are the
/// ways releases attribute quotations.
enum Lexicon {
    // Class bits.
    static let title: UInt32 = 1 << 0            // Cllr, Councillor, Cyng, Bailie, Alderman
    static let pluralTitle: UInt32 = 1 << 1      // Cllrs, Councillors
    static let honorific: UInt32 = 1 << 2        // Mr, Mrs, Dr …
    static let postnominal: UInt32 = 1 << 3      // MP, MSP, MS, MLA, AM, MEP (upper case only)
    static let speechVerb: UInt32 = 1 << 4       // said, added, explained …
    static let pronoun: UInt32 = 1 << 5          // he, she, they
    static let article: UInt32 = 1 << 6          // the, a, an, our, its …
    static let adverbGap: UInt32 = 1 << 7        // also, today, has … (between a speaker and a verb)
    static let roleStart: UInt32 = 1 << 8        // first word of a role phrase
    static let partyStart: UInt32 = 1 << 9       // first word of a party phrase
    static let electioneeringStart: UInt32 = 1 << 10
    static let captionStart: UInt32 = 1 << 11
    static let partyCue: UInt32 = 1 << 12        // party, group, councillor, led, run …
    static let nameStop: UInt32 = 1 << 13        // words that never belong to a person's name
    static let connector: UInt32 = 1 << 14       // and, of, for, the, & (inside role extensions)
    static let memberBody: UInt32 = 1 << 15      // council, committee, panel, cabinet … (chair of the X committee)
    static let particle: UInt32 = 1 << 16        // de, van, ap, ab, le, la, von, du, mac (inside names)
    static let personWord: UInt32 = 1 << 17      // "according" (according to), "speaking", "commenting"

    static func k(_ w: String) -> UInt64 { TextScanner.key(w) }

    static let titleWords = ["cllr", "councillor", "councilor", "cyng", "cynghorydd", "bailie", "alderman", "cr"]
    static let pluralTitleWords = ["cllrs", "councillors", "councilors", "cynghorwyr", "aldermen"]
    static let honorificWords = ["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof", "professor", "rev", "revd", "reverend", "lady", "lord", "baroness"]
    static let postnominalWords = ["mp", "msp", "ms", "mla", "am", "mep", "mpp"]
    static let speechVerbWords = [
        "said", "says", "say", "added", "adds", "explained", "explains", "commented", "comments", "continued", "continues",
        "stated", "states", "remarked", "noted", "notes", "told", "tells", "concluded", "concludes", "urged", "urges",
        "insisted", "insists", "warned", "warns", "revealed", "reveals", "announced", "announces", "declared", "declares",
        "highlighted", "highlights", "emphasised", "emphasises", "emphasized", "emphasizes", "stressed", "stresses",
        "welcomed", "welcomes", "praised", "described", "describes", "replied", "responded", "responds", "acknowledged",
        "admitted", "agreed", "quipped", "enthused", "wrote", "writes", "observed", "reflected", "confirmed", "confirms",
        "commenting", "speaking", "explaining", "adding", "saying", "according",
    ]
    static let pronounWords = ["he", "she", "they"]
    static let articleWords = ["the", "a", "an", "our", "its", "their", "his", "her", "this", "your"]
    static let adverbWords = ["also", "today", "yesterday", "has", "have", "had", "then", "further", "later", "recently", "previously",
                              "earlier", "both", "jointly", "warmly", "last", "week", "this", "morning", "afternoon", "evening", "on", "at",
                              "tonight", "proudly", "who", "is", "was"]
    static let partyCueWords = [
        "party", "parties", "group", "groups", "councillor", "councillors", "cllr", "cllrs", "candidate", "candidates", "member",
        "members", "administration", "administrations", "government", "leader", "leadership", "cabinet", "council", "led",
        "run", "controlled", "held", "mp", "mps", "msp", "msps", "mla", "mlas", "ms", "am", "peer", "peers", "activist",
        "activists", "campaigner", "campaigners", "campaign", "manifesto", "supporters", "supporter", "voters", "victory",
        "majority", "minority", "coalition", "gain", "seat", "seats", "spokesperson", "spokesman", "spokeswoman", "opposition",
        "whip", "minister", "ministers", "mayor", "mayoral", "branch", "association", "association's", "vote", "votes",
    ]
    static let nameStopWords = [
        "council", "borough", "county", "city", "district", "parish", "town", "community", "park", "street", "road", "lane",
        "centre", "center", "hall", "library", "school", "college", "university", "church", "house", "court", "square",
        "way", "avenue", "close", "ward", "committee", "cabinet", "service", "services", "department", "team", "day", "week",
        "the", "a", "an", "and", "of", "for", "in", "on", "at", "to", "with", "by", "this", "that", "our", "we", "it", "its",
        "residents", "police", "nhs", "trust", "association", "society", "club", "group", "party", "said", "says", "added",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "who", "which",
        "leader", "cabinet", "member", "mayor", "chair", "director", "head", "manager", "officer", "clerk", "executive",
    ]
    static let connectorWords = ["and", "of", "for", "the", "&"]
    static let memberBodyWords = ["council", "councils", "committee", "committees", "panel", "cabinet", "scrutiny", "authority",
                                  "assembly", "opposition", "administration", "group", "board", "executive", "senedd", "parliament",
                                  "forum", "commission", "sub"]
    static let particleWords = ["de", "van", "von", "ap", "ab", "le", "la", "du", "da", "di", "der", "den", "mac", "bin", "al", "el", "o"]

    /// The fixed class of every known word (roles, parties and electioneering phrases add their first words).
    static let classes: KeywordIndex = {
        var index = KeywordIndex(capacity: 1024)
        func add(_ words: [String], _ bit: UInt32) { for w in words { index.insert(k(w), bit, merge: true) } }
        add(titleWords, title)
        add(pluralTitleWords, pluralTitle)
        add(honorificWords, honorific)
        add(postnominalWords, postnominal)
        add(speechVerbWords, speechVerb)
        add(pronounWords, pronoun)
        add(articleWords, article)
        add(adverbWords, adverbGap)
        add(partyCueWords, partyCue)
        add(nameStopWords, nameStop)
        add(connectorWords, connector)
        add(memberBodyWords, memberBody)
        add(particleWords, particle)
        add(["according", "speaking", "commenting"], personWord)
        for key in RoleLexicon.table.firstKeys { index.insert(key, roleStart, merge: true) }
        for key in PartyLexicon.table.firstKeys { index.insert(key, partyStart, merge: true) }
        for key in ElectioneeringPhrases.triggerKeys { index.insert(key, electioneeringStart, merge: true) }
        for key in PhotoCaption.starts.firstKeys { index.insert(key, captionStart, merge: true) }
        index.insert(TextScanner.andKey, connector, merge: true)
        return index
    }()

    /// Class bits of every token (0 for punctuation and unknown words).
    static func classify(_ scanner: TextScanner) -> [UInt32] {
        let classes = Lexicon.classes
        var out = [UInt32](repeating: 0, count: scanner.tokens.count)
        scanner.tokens.withUnsafeBufferPointer { t in
            out.withUnsafeMutableBufferPointer { o in
                for i in 0..<t.count where t[i].key != 0 {
                    let kind = t[i].kind
                    if kind == .word || kind == .number || kind == .punct { o[i] = classes.lookup(t[i].key) }
                }
            }
        }
        return out
    }
}
