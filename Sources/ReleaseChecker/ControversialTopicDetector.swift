/// `controversial-topic`: a phrase from the council's own list of controversial topics (Code para 34: no
/// publicity on controversial issues during the period).
enum ControversialTopicDetector: Detector {
    static let rule = Rule.controversialTopic

    static func detect(_ context: ScanContext, _ handOffs: inout HandOffs) -> [Finding.Draft] {
        guard !context.options.topics.isEmpty else { return [] }
        let scanner = context.scanner
        let n = context.tokens.count
        let topics = TopicList(context.options.topics)
        var drafts: [Finding.Draft] = []
        var i = 0
        while i < n {
            if let m = topics.match(scanner, at: i) {
                let topic = topics.topic(m.entry)
                drafts.append(Finding.Draft(rule: .controversialTopic, first: i, last: m.last, subject: topic,
                                            message: ReportWording.topic(scanner.collapsedText(tokens: i, m.last), topic: topic), detailed: drafts.count < ReleaseScanner.detailedDrafts))
                i = m.last + 1
                continue
            }
            i += 1
        }
        return drafts
    }
}
