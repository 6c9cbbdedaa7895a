/// The council's own list of controversial topics (config `checker.topics` or `--topics FILE`, one per
/// line), matched case-insensitively on whole words, hyphen or space alike, singular or plural:
/// "low traffic neighbourhood" finds "Low-Traffic Neighbourhoods". Code para 34: no publicity on
/// controversial issues during the period.
struct TopicList: Sendable {
    private let table: PhraseTable<Int>
    private let topics: [String]

    /// Builds the matcher; blank topics and `#` comment lines are ignored.
    init(_ topics: [String]) {
        var phrases: [(String, Int)] = []
        var kept: [String] = []
        for raw in topics {
            let topic = raw.trimmingWhitespace()
            guard !topic.isEmpty, !topic.hasPrefix("#") else { continue }
            let index = kept.count
            kept.append(topic)
            phrases.append((topic, index))
            // Plural and singular of the last word.
            let lower = topic.lowercased()
            if lower.hasSuffix("ies") {
                phrases.append((String(topic.dropLast(3)) + "y", index))
            } else if lower.hasSuffix("s") {
                phrases.append((String(topic.dropLast()), index))
            } else if lower.hasSuffix("y") {
                phrases.append((String(topic.dropLast()) + "ies", index))
                phrases.append((topic + "s", index))
            } else {
                phrases.append((topic + "s", index))
                phrases.append((topic + "es", index))
            }
        }
        self.topics = kept
        table = PhraseTable(phrases)
    }

    /// The topic phrase starting at token `i`.
    func match(_ scanner: TextScanner, at i: Int) -> PhraseTable<Int>.Match? {
        table.match(scanner, at: i)
    }

    /// The topic as the council wrote it, for entry `entry` of a match.
    func topic(_ entry: Int) -> String { topics[table.entries[entry].payload] }
}
