/// `member-reference`: a member or candidate named, referred to by title, reported in indirect speech, or
/// tagged by social-media handle (LGA short guide, 'should not' item 2; Code para 34). Mentions already
/// reported as a quote's speaker, inside electioneering or in a caption are not reported again.
enum MemberReferenceDetector: Detector {
    static let rule = Rule.memberReference

    static func detect(_ context: ScanContext, _ handOffs: inout HandOffs) -> [Finding.Draft] {
        let tokens = context.tokens
        let classes = context.classes
        let n = tokens.count
        var drafts: [Finding.Draft] = []
        let mentions = context.mentions.mentions
        // "Coun Jo Bell (Lib Dem) proposed it, saying it was “…”": when a quotation on this line is already
        // reported as this person's, naming them on the same line is part of that finding.
        var quotedOnLine = Set<Int64>()
        for q in context.quotes {
            for s in q.speakers where handOffs.quotedSpeakers.contains(s) {
                if let p = mentions[s].person { quotedOnLine.insert(Int64(tokens[q.open].line) << 32 | Int64(p)) }
            }
        }
        for (index, m) in mentions.enumerated() where m.holder == .member && m.referenceable {
            guard !handOffs.quotedSpeakers.contains(index), !handOffs.electioneering[m.first], !handOffs.photographed.contains(index) else { continue }
            if let p = m.person, quotedOnLine.contains(Int64(tokens[m.first].line) << 32 | Int64(p)) { continue }
            let message: String
            if m.source == .handle {
                message = ReportWording.handle(m.display)
            } else {
                var after = m.last + 1
                // "Cllr Jane Doe (Lab, Mill ward) said the …": a bracketed label between the name and the verb.
                if after < n, tokens[after].isPunct("(") {
                    var close = after + 1
                    while close < n, close - after < 12, !tokens[close].isPunct(")") { close += 1 }
                    if close < n, tokens[close].isPunct(")") { after = close + 1 }
                }
                if after < n, tokens[after].isPunct(",") { after += 1 }  // "The Mayor, Cllr Rose Hall, said the …"
                while after < n, tokens[after].kind == .word, classes[after].intersects(Lexicon.adverbGap), after - m.last < 3 { after += 1 }
                let reported = after < n && tokens[after].kind == .word && classes[after].intersects(Lexicon.speechVerb)
                    && tokens[after].paragraph == tokens[m.last].paragraph
                if reported {
                    message = ReportWording.reportedSpeech(context.describe(m))
                } else if m.source == .role {
                    message = ReportWording.byTitle(m.display)
                } else {
                    message = ReportWording.named(context.describe(m))
                }
            }
            drafts.append(Finding.Draft(rule: .memberReference, first: m.first, last: m.last, subject: m.subject, message: message, detailed: drafts.count < ReleaseScanner.detailedDrafts))
        }
        return drafts
    }
}
