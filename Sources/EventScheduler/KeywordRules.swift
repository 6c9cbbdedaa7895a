import FileFormats

/// The title words that sort events inside a pre-election period into publicity (which should not go ahead),
/// formal council business (which may continue), internal entries (not publicity at all) and the rest
/// (which a person must look at), with defaults a council can override in its config.
///
/// LGA, "A short guide to publicity during the pre-election period": normal council business continues,
/// but events and openings generally should not happen and councillors should not be used in events.
/// The rule: a publicity word wins (an opening, launch, visit, photo call, or anything naming the Mayor or
/// a councillor — even at a committee) unless a longer internal phrase holds it ("internal audit visit");
/// otherwise a formal-business word makes the event permitted, and an internal word ("annual leave",
/// "training") makes it clear; a title with none of these is for review by hand.
public struct KeywordRules: Sendable, Equatable {
    /// Phrases that mark formal council business (meetings of the council and its committees).
    public private(set) var formalBusiness: [String]
    /// Phrases that mark publicity events or member involvement; they win over formal-business phrases.
    public private(set) var conflict: [String]
    /// Phrases that mark internal or administrative entries (leave, training, audit): not publicity.
    public private(set) var administrative: [String]
    private var formalWords: [[String]] = []
    private var conflictWords: [[String]] = []
    private var administrativeWords: [[String]] = []

    /// Default formal-business phrases (seed council protocols; LGA: council business continues).
    public static let defaultFormalBusiness = [
        "full council", "council meeting", "meeting of the council", "annual council", "extraordinary council",
        "budget council", "cabinet", "executive board", "executive meeting", "committee", "sub-committee",
        "subcommittee", "scrutiny", "planning committee", "licensing", "panel", "board meeting", "hearing",
        "decision session",
        // Statutory meetings: the annual parish (or town) meeting of the electors, held between 1 March and
        // 1 June (Local Government Act 1972 Sch 12 para 14; Wales: community meetings, para 30), and the
        // annual meeting of the council (Sch 12 paras 1, 7, 23).
        "annual parish meeting", "annual town meeting", "parish meeting", "town meeting", "parish assembly",
        "annual meeting", "annual meeting of the council", "annual meeting of the parish council",
        "community meeting", "parish council meeting", "town council meeting", "community council meeting",
        "extraordinary meeting",
    ]

    /// Default publicity phrases (LGA: events, openings, new consultations; members in events).
    public static let defaultConflict = [
        "opening", "reopening", "open day", "launch", "relaunch", "ceremony", "photo call",
        "photocall", "photo opportunity", "consultation", "unveil", "mayor", "cllr", "councillor",
        "reception", "celebration", "award", "press conference", "roadshow", "exhibition", "ribbon",
        "ground-breaking", "groundbreaking", "topping out", "hustings", "surgery", "walkabout",
        "visit", "festival", "fun day", "fete", "fête", "gala", "fair", "carnival", "parade", "show",
        "tour", "celebrate", "anniversary", "plaque", "civic service", "civic event",
    ]

    /// Default internal and administrative phrases: entries in a clerk's or an office's calendar that are
    /// not aimed at the public, so not publicity (Local Government Act 1986 s6: publicity is communication
    /// addressed to the public).
    public static let defaultAdministrative = [
        "annual leave", "leave", "day off", "out of office", "bank holiday", "training", "councillor training",
        "member training", "members training", "councillor induction", "induction", "audit", "internal audit",
        "audit visit", "staff", "staff meeting", "team meeting", "office closed", "closed", "private",
        "appraisal", "interview", "payroll", "sickness", "deadline", "reminder",
    ]

    /// The defaults.
    public static let standard = KeywordRules(formalBusiness: defaultFormalBusiness, conflict: defaultConflict,
                                              administrative: defaultAdministrative)

    /// Creates rules from explicit lists (used as given).
    public init(formalBusiness: [String], conflict: [String], administrative: [String] = []) {
        self.formalBusiness = formalBusiness
        self.conflict = conflict
        self.administrative = administrative
        prepare()
    }

    private mutating func prepare() {
        formalWords = formalBusiness.map(KeywordRules.words)
        conflictWords = conflict.map(KeywordRules.words)
        administrativeWords = administrative.map(KeywordRules.words)
    }

    /// Rules from a council config's lists. A missing list keeps the defaults; a list whose every entry
    /// starts with `+` or `-` adds to or removes from the defaults (`["+hustings", "-consultation"]`);
    /// any other list replaces the defaults.
    public init(formalBusinessOverride: [String]?, conflictOverride: [String]?, administrativeOverride: [String]? = nil) {
        self.formalBusiness = KeywordRules.apply(formalBusinessOverride, to: KeywordRules.defaultFormalBusiness)
        self.conflict = KeywordRules.apply(conflictOverride, to: KeywordRules.defaultConflict)
        self.administrative = KeywordRules.apply(administrativeOverride, to: KeywordRules.defaultAdministrative)
        prepare()
    }

    static func apply(_ override: [String]?, to defaults: [String]) -> [String] {
        guard let override else { return defaults }
        let entries = override.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        let isAdjustment = !entries.isEmpty && entries.allSatisfy { $0.hasPrefix("+") || $0.hasPrefix("-") }
        guard isAdjustment else { return entries }
        // Keyed by the phrase's words, so a config with tens of thousands of adjustments stays linear.
        var result: [String?] = defaults
        var places: [[String]: [Int]] = [:]
        for (index, phrase) in defaults.enumerated() { places[KeywordRules.words(phrase), default: []].append(index) }
        for entry in entries {
            let phrase = String(entry.dropFirst()).trimmingSpaces()
            let key = KeywordRules.words(phrase)
            if entry.hasPrefix("+") {
                if places[key] == nil { places[key] = [result.count]; result.append(phrase) }
            } else if let indices = places.removeValue(forKey: key) {
                for index in indices { result[index] = nil }
            }
        }
        return result.compactMap { $0 }
    }

    /// What a title says about an event.
    public enum Classification: Sendable, Equatable {
        /// A publicity phrase matched (it wins over formal business).
        case publicity(String)
        /// A formal-business phrase matched and no publicity phrase did.
        case formalBusiness(String)
        /// An internal or administrative phrase matched, and no publicity phrase as long as it.
        case administrative(String)
        /// No list matched.
        case unrecognised
    }

    /// Classifies a title: publicity, unless a longer administrative phrase matches; then formal business;
    /// then administrative; else unrecognised. Matching is case-insensitive and by whole words, and a phrase's last word may
    /// take a plural or common ending: "launch" matches "Launches", "mayor" matches "Mayor's" and
    /// "Mayoral", "committee" matches "Sub-Committee" and "Committees"; "opening" does not match
    /// "Reopening" (a separate phrase does) and "cabinet" does not match "cabinetmaker".
    public func classify(_ title: String) -> Classification {
        let titleWords = KeywordRules.words(title)
        // A title is a few words; a long description gets an index of its words so each phrase is looked up once.
        let index = titleWords.count > KeywordRules.indexedTitleWords ? KeywordRules.positions(of: titleWords) : nil
        let publicity = KeywordRules.longest(conflictWords, in: titleWords, index: index)
        let inward = KeywordRules.longest(administrativeWords, in: titleWords, index: index)
        if let p = publicity, (inward.map { conflictWords[p].count >= administrativeWords[$0].count } ?? true) {
            return .publicity(conflict[p])
        }
        if let f = KeywordRules.longest(formalWords, in: titleWords, index: index) {
            return .formalBusiness(formalBusiness[f])
        }
        if let a = inward { return .administrative(administrative[a]) }
        return .unrecognised
    }

    /// The index of the longest phrase that matches (the first listed among equals), or nil.
    static func longest(_ phrases: [[String]], in title: [String], index: [String: [Int]]? = nil) -> Int? {
        var best: Int?
        for i in phrases.indices where matches(phrases[i], in: title, index: index) {
            if let b = best, phrases[b].count >= phrases[i].count { continue }
            best = i
        }
        return best
    }

    /// Lower-cased words: runs of letters and digits (apostrophes, hyphens and punctuation separate them).
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Endings a phrase's last word may take: plurals and common inflections ("launches", "unveiling",
    /// "Mayoral", "Mayoress"), so that "cabinet" still does not match "cabinetmaker".
    static let endings = ["", "s", "es", "ed", "ing", "al", "ess"]

    static func wordMatches(_ word: String, _ keyword: String) -> Bool {
        guard word.hasPrefix(keyword) else {
            // "ceremony" → "ceremonies", "surgery" → "surgeries".
            return keyword.hasSuffix("y") && word == keyword.dropLast() + "ies"
        }
        let rest = word.dropFirst(keyword.count)
        return endings.contains { $0 == rest }
    }

    /// Where each word stands in a title, so a phrase is looked up by its first word instead of compared at every
    /// position: a 16 MB event description costs one pass, not one pass per phrase.
    static func positions(of title: [String]) -> [String: [Int]] {
        var index: [String: [Int]] = [:]
        for (i, word) in title.enumerated() { index[word, default: []].append(i) }
        return index
    }

    /// The words a phrase's last word `keyword` matches (`wordMatches`): itself with each ending, and "-ies" for "-y".
    static func forms(of keyword: String) -> [String] {
        var forms = endings.map { keyword + $0 }
        if keyword.hasSuffix("y") { forms.append(keyword.dropLast() + "ies") }
        return forms
    }

    /// Titles longer than this many words are matched through an index of their words (`positions(of:)`).
    static let indexedTitleWords = 64

    static func matches(_ phrase: [String], in title: [String], index: [String: [Int]]? = nil) -> Bool {
        guard let last = phrase.last, title.count >= phrase.count else { return false }
        let n = phrase.count
        guard let index else {
            for i in 0...(title.count - n) {
                var ok = true
                for j in 0..<(n - 1) where title[i + j] != phrase[j] { ok = false; break }
                if ok && wordMatches(title[i + n - 1], last) { return true }
            }
            return false
        }
        if n == 1 { return forms(of: last).contains { index[$0] != nil } }
        for i in index[phrase[0]] ?? [] where i + n <= title.count {
            var ok = true
            for j in 1..<(n - 1) where title[i + j] != phrase[j] { ok = false; break }
            if ok && wordMatches(title[i + n - 1], last) { return true }
        }
        return false
    }
}
