import FileFormats

/// The title words that sort events inside a pre-election period into formal council business (which may
/// continue) and publicity (which should not go ahead), with defaults a council can override in its config.
///
/// LGA, "A short guide to publicity during the pre-election period": normal council business continues,
/// but events and openings generally should not happen and councillors should not be used in events.
/// The rule, in order: a publicity word wins (an opening, launch, photo call, consultation, or anything
/// naming the Mayor or a councillor — even at a committee); otherwise a formal-business word makes the
/// event permitted; a title with neither is still a conflict, because only formal business is exempt.
public struct KeywordRules: Sendable, Equatable {
    /// Phrases that mark formal council business (meetings of the council and its committees).
    public private(set) var formalBusiness: [String]
    /// Phrases that mark publicity events or member involvement; they win over formal-business phrases.
    public private(set) var conflict: [String]
    private var formalWords: [[String]] = []
    private var conflictWords: [[String]] = []

    /// Default formal-business phrases (seed council protocols; LGA: council business continues).
    public static let defaultFormalBusiness = [
        "full council", "council meeting", "meeting of the council", "annual council", "extraordinary council",
        "budget council", "cabinet", "executive board", "executive meeting", "committee", "sub-committee",
        "subcommittee", "scrutiny", "planning committee", "licensing", "panel", "board meeting", "hearing",
        "decision session",
    ]

    /// Default publicity phrases (LGA: events, openings, new consultations; members in events).
    public static let defaultConflict = [
        "opening", "reopening", "open day", "launch", "relaunch", "ceremony", "photo call",
        "photocall", "photo opportunity", "consultation", "unveil", "mayor", "cllr", "councillor",
        "reception", "celebration", "award", "press conference", "roadshow", "exhibition", "ribbon",
        "ground-breaking", "groundbreaking", "topping out", "hustings", "surgery", "walkabout",
    ]

    /// The defaults.
    public static let standard = KeywordRules(formalBusiness: defaultFormalBusiness, conflict: defaultConflict)

    /// Creates rules from explicit lists (used as given).
    public init(formalBusiness: [String], conflict: [String]) {
        self.formalBusiness = formalBusiness
        self.conflict = conflict
        prepare()
    }

    private mutating func prepare() {
        formalWords = formalBusiness.map(KeywordRules.words)
        conflictWords = conflict.map(KeywordRules.words)
    }

    /// Rules from a council config's lists. A missing list keeps the defaults; a list whose every entry
    /// starts with `+` or `-` adds to or removes from the defaults (`["+hustings", "-consultation"]`);
    /// any other list replaces the defaults.
    public init(formalBusinessOverride: [String]?, conflictOverride: [String]?) {
        self.formalBusiness = KeywordRules.apply(formalBusinessOverride, to: KeywordRules.defaultFormalBusiness)
        self.conflict = KeywordRules.apply(conflictOverride, to: KeywordRules.defaultConflict)
        prepare()
    }

    static func apply(_ override: [String]?, to defaults: [String]) -> [String] {
        guard let override else { return defaults }
        let entries = override.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        let isAdjustment = !entries.isEmpty && entries.allSatisfy { $0.hasPrefix("+") || $0.hasPrefix("-") }
        guard isAdjustment else { return entries }
        var result = defaults
        for entry in entries {
            let phrase = String(entry.dropFirst()).trimmingSpaces()
            let key = KeywordRules.words(phrase)
            if entry.hasPrefix("+") {
                if !result.contains(where: { KeywordRules.words($0) == key }) { result.append(phrase) }
            } else {
                result.removeAll { KeywordRules.words($0) == key }
            }
        }
        return result
    }

    /// What a title says about an event.
    public enum Classification: Sendable, Equatable {
        /// A publicity phrase matched (it wins over formal business).
        case publicity(String)
        /// A formal-business phrase matched and no publicity phrase did.
        case formalBusiness(String)
        /// Neither list matched.
        case unrecognised
    }

    /// Classifies a title. Matching is case-insensitive and by whole words, and a phrase's last word may
    /// take a plural or common ending: "launch" matches "Launches", "mayor" matches "Mayor's" and
    /// "Mayoral", "committee" matches "Sub-Committee" and "Committees"; "opening" does not match
    /// "Reopening" (a separate phrase does) and "cabinet" does not match "cabinetmaker".
    public func classify(_ title: String) -> Classification {
        let titleWords = KeywordRules.words(title)
        if let i = conflictWords.firstIndex(where: { KeywordRules.matches($0, in: titleWords) }) {
            return .publicity(conflict[i])
        }
        if let i = formalWords.firstIndex(where: { KeywordRules.matches($0, in: titleWords) }) {
            return .formalBusiness(formalBusiness[i])
        }
        return .unrecognised
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

    static func matches(_ phrase: [String], in title: [String]) -> Bool {
        guard let last = phrase.last, title.count >= phrase.count else { return false }
        let n = phrase.count
        for i in 0...(title.count - n) {
            var ok = true
            for j in 0..<(n - 1) where title[i + j] != phrase[j] { ok = false; break }
            if ok && wordMatches(title[i + n - 1], last) { return true }
        }
        return false
    }
}
