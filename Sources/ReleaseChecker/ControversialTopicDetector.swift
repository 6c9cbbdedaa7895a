/// `controversial-topic`: a phrase from the council's own list of controversial topics (Code para 34: no
/// publicity on controversial issues during the period).
enum ControversialTopicDetector: Detector {
    static let rule = Rule.controversialTopic

    static func detect(_ context: ScanContext, _ handOffs: inout HandOffs) -> [Finding.Draft] {
        guard !context.options.topics.isEmpty else { return [] }
        let scanner = context.scanner
        let tokens = context.tokens
        let n = tokens.count
        let topics = context.options.topicList
        var drafts: [Finding.Draft] = []
        var i = 0
        while i < n {
            if topics.mayStart(tokens[i].key), let m = topics.match(scanner, at: i) {
                if insidePath(tokens, scanner.bytes, i, m.last) { i = m.last + 1; continue }
                let topic = topics.topic(m.entry)
                var last = m.last
                // "low traffic neighbourhood (LTN)": a listed abbreviation in brackets is the same mention.
                if last + 3 < n, tokens[last + 1].isPunct("("), let b = topics.match(scanner, at: last + 2), b.last + 1 < n,
                   tokens[b.last + 1].isPunct(")") { last = b.last + 1 }
                // One finding per line, however often and in however many languages the line names topics
                // ("Ardoll ymwelwyr / Visitor levy"): a later topic on the line is added to the first one's message.
                if let previous = drafts.last, tokens[previous.first].line == tokens[i].line {
                    if previous.subject != topic, !drafts[drafts.count - 1].message.hasSuffix(ReportWording.alsoTopic(topic)) {
                        drafts[drafts.count - 1].message += ReportWording.alsoTopic(topic)
                    }
                    i = last + 1
                    continue
                }
                drafts.append(Finding.Draft(rule: .controversialTopic, first: i, last: last, subject: topic,
                                            message: ReportWording.topic(scanner.collapsedText(tokens: i, m.last), topic: topic), detailed: drafts.count < ReleaseScanner.detailedDrafts))
                i = last + 1
                continue
            }
            i += 1
        }
        return drafts
    }

    /// True when tokens `first...last` are glued into a file name, path or web address ("photos/incinerator-site.png",
    /// "www.council.gov.uk/ltn"): that names a file, not the topic. A single slash between words ("20mph/20mya",
    /// "LTN/bus gate") is a pair of words, not a path.
    static func insidePath(_ tokens: [TextScanner.Token], _ bytes: [UInt8], _ first: Int, _ last: Int) -> Bool {
        var slashes = 0
        /// A mark that makes the glued run a path: a second slash, a backslash, "=", or a dot before a word.
        func isPath(_ k: Int) -> Bool {
            let t = tokens[k]
            guard t.kind == .punct else { return false }
            if t.isPunct("/") { slashes += 1; return slashes >= 2 }
            if t.isPunct("\\") || t.isPunct("=") { return true }
            // A dot between two glued words: "plan.jpg", "www.council".
            return t.isPunct(".") && k > 0 && k + 1 < tokens.count && tokens[k - 1].end == t.start && t.end == tokens[k + 1].start
                && tokens[k + 1].kind == .word
        }
        /// Tokens `a` and `a + 1` touch, with no space between them.
        func glued(_ a: Int) -> Bool {
            guard tokens[a].kind != .quote, tokens[a + 1].kind != .quote else { return false }
            return tokens[a].end == tokens[a + 1].start
        }
        /// Only underscores join tokens `a` and `a + 1` ("incinerator_site"): the scanner drops `_` as Markdown.
        func underscored(_ a: Int) -> Bool {
            let gap = Int(tokens[a].end)..<Int(tokens[a + 1].start)
            return !gap.isEmpty && gap.count <= 2 && gap.allSatisfy { bytes[$0] == 0x5F }
        }
        if first > 0, underscored(first - 1) { return true }
        if last + 1 < tokens.count, underscored(last) { return true }
        var k = first
        while k > 0, glued(k - 1) {
            k -= 1
            if isPath(k) || (k > 0 && underscored(k - 1)) { return true }
        }
        k = last
        while k + 1 < tokens.count, glued(k) {
            k += 1
            if isPath(k) || (k + 1 < tokens.count && underscored(k)) { return true }
        }
        return false
    }
}
