/// `electioneering`: calls to vote for or re-elect, manifesto, pledge and record language, campaign hashtags
/// and imprints (Local Government Act 1986 s2, at all times). Runs before the party and member rules and hands
/// them the tokens it covers, so "Vote Labour" is one electioneering finding, not also a party reference.
enum ElectioneeringDetector: Detector {
    static let rule = Rule.electioneering

    static func detect(_ context: ScanContext, _ handOffs: inout HandOffs) -> [Finding.Draft] {
        let scanner = context.scanner
        let tokens = context.tokens
        let classes = context.classes
        let n = tokens.count
        var drafts: [Finding.Draft] = []
        var i = 0
        while i < n {
            let t = tokens[i]
            if t.kind == .hashtag {
                if ElectioneeringPhrases.hashtag(scanner.tagBody(t)) {
                    let tag = scanner.text(tokens: i, i)
                    drafts.append(Finding.Draft(rule: .electioneering, first: i, last: i, subject: tag,
                                                message: ReportWording.campaignHashtag(tag), replacements: [""], detailed: drafts.count < ReleaseScanner.detailedDrafts))
                    handOffs.electioneering[i] = true
                }
            } else if t.kind == .word, classes[i].intersects(Lexicon.electioneeringStart),
                      let m = ElectioneeringPhrases.match(scanner, classes: classes, mentions: context.mentions, at: i),
                      !(m.firstPerson && handOffs.officerQuote[i]) {
                let first = min(m.first, i)
                drafts.append(Finding.Draft(rule: .electioneering, first: first, last: m.last, subject: scanner.collapsedText(tokens: m.first, m.last),
                                            message: ReportWording.electioneering(kind: m.kind, text: scanner.collapsedText(tokens: m.first, m.last)),
                                            detailed: drafts.count < ReleaseScanner.detailedDrafts))
                for k in first...m.last { handOffs.electioneering[k] = true }
                i = m.last + 1
                continue
            }
            i += 1
        }
        return drafts
    }
}
