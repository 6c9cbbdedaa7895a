/// The council's own list of controversial topics (config `checker.topics` or `--topics FILE`, one per
/// line), matched case-insensitively on whole words, hyphen or space alike, singular or plural:
/// "low traffic neighbourhood" finds "Low-Traffic Neighbourhoods". Welsh mutates a topic's first letter after
/// some words ("cau Ysgol …" is "ar gau Ysgol …", "fy nghau", "a chau"), so those forms match after such a word.
/// Code para 34: no publicity on controversial issues during the period.
struct TopicList: Sendable {
    /// One phrase form of a topic: which topic, and the Welsh mutation it needs before it (if any).
    struct Form: Sendable {
        var topic: Int
        var mutation: WelshMutation?
        /// A one-word topic: its mutated form could be an English word ("mast" → "fast"), so it needs a trigger
        /// that is not also English ("I am fast" is not "am fast").
        var singleWord = false
    }

    private let table: PhraseTable<Form>
    private let topics: [String]

    /// Builds the matcher; blank topics and `#` comment lines are ignored.
    init(_ topics: [String]) {
        var phrases: [(String, Form)] = []
        var kept: [String] = []
        for raw in topics {
            let topic = raw.trimmingWhitespace()
            guard !topic.isEmpty, !topic.hasPrefix("#") else { continue }
            let index = kept.count
            kept.append(topic)
            // Plural and singular of the last word.
            var forms = [topic]
            let lower = topic.lowercased()
            if lower.hasSuffix("ies") {
                forms.append(String(topic.dropLast(3)) + "y")
            } else if lower.hasSuffix("s") {
                forms.append(String(topic.dropLast()))
            } else if lower.hasSuffix("y") {
                forms += [String(topic.dropLast()) + "ies", topic + "s"]
            } else {
                forms += [topic + "s", topic + "es"]
            }
            for form in forms {
                phrases.append((form, Form(topic: index, mutation: nil)))
                let single = !form.contains(" ") && !form.contains("-")
                for (mutated, kind) in WelshMutation.forms(of: form) { phrases.append((mutated, Form(topic: index, mutation: kind, singleWord: single))) }
            }
        }
        self.topics = kept
        table = PhraseTable(phrases)
    }

    /// True when some topic form starts with the word `key`: a cheap test before `match`, which builds a closure.
    @inline(__always) func mayStart(_ key: UInt64) -> Bool { table.startsPhrase(key) }

    /// The topic phrase starting at token `i`; a mutated form only after a word that causes that mutation.
    func match(_ scanner: TextScanner, at i: Int) -> PhraseTable<Form>.Match? {
        table.match(scanner, at: i) { entry, _ in
            guard let kind = entry.payload.mutation else { return true }
            let tokens = scanner.tokens
            guard i > 0, tokens[i - 1].kind == .word, tokens[i - 1].paragraph == tokens[i].paragraph else { return false }
            let before = tokens[i - 1].key
            if entry.payload.singleWord, WelshMutation.englishHomographs.contains(before) { return false }
            return kind.triggers.contains(before)
        }
    }

    /// The topic as the council wrote it, for entry `entry` of a match.
    func topic(_ entry: Int) -> String { topics[table.entries[entry].payload.topic] }
}

/// Welsh initial-consonant mutations (soft, nasal, aspirate) and the words that cause them, so that a phrase
/// listed in its dictionary form also matches where grammar changes its first letter ("cau" → "gau", "nghau", "chau").
enum WelshMutation: Sendable {
    case soft, nasal, aspirate

    /// Words after which this mutation is made (prepositions, possessives, "yn", "a"/"â" …).
    var triggers: Set<UInt64> {
        switch self {
        case .soft: WelshMutation.softTriggers
        case .nasal: WelshMutation.nasalTriggers
        case .aspirate: WelshMutation.aspirateTriggers
        }
    }

    static let softTriggers: Set<UInt64> = Set(["ar", "am", "at", "i", "o", "gan", "dan", "heb", "dros", "drwy", "trwy", "wrth", "hyd",
                                                "ei", "dy", "y", "yr", "neu", "pan", "mor", "rhy", "dau", "dwy", "yn"].map(TextScanner.key))
    /// Triggers that are also English words ("a", "I", "am", "at", "o", "Dan").
    static let englishHomographs: Set<UInt64> = Set(["a", "i", "am", "at", "o", "dan", "an"].map(TextScanner.key))
    static let nasalTriggers: Set<UInt64> = Set(["fy", "yn", "ym", "yng"].map(TextScanner.key))
    static let aspirateTriggers: Set<UInt64> = Set(["a", "ac", "gyda", "efo", "tua", "na", "tra", "ei", "chwe", "tri"].map(TextScanner.key))

    /// The mutated forms of a phrase's first word (lower case), with the mutation each is.
    static func forms(of phrase: String) -> [(String, WelshMutation)] {
        let lower = phrase.lowercased()
        let table: [(String, String, WelshMutation)] = [
            ("ll", "l", .soft), ("rh", "r", .soft),
            ("p", "b", .soft), ("t", "d", .soft), ("c", "g", .soft), ("b", "f", .soft), ("d", "dd", .soft), ("g", "", .soft), ("m", "f", .soft),
            ("p", "mh", .nasal), ("t", "nh", .nasal), ("c", "ngh", .nasal), ("b", "m", .nasal), ("d", "n", .nasal), ("g", "ng", .nasal),
            ("p", "ph", .aspirate), ("t", "th", .aspirate), ("c", "ch", .aspirate),
        ]
        var out: [(String, WelshMutation)] = []
        var matched: String?
        for (radical, mutated, kind) in table where lower.hasPrefix(radical) {
            // "ll" and "rh" are single letters: "llafur" soft-mutates only to "lafur", never as "l" + "lafur".
            if let m = matched, m != radical { continue }
            if radical == "c", lower.hasPrefix("ch") { continue }
            matched = radical
            let rest = lower.dropFirst(radical.count)
            guard !rest.isEmpty, rest.first != " " else { continue }
            out.append((mutated + rest, kind))
        }
        return out
    }
}
