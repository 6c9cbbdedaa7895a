/// `member-reference`: a member or candidate named, referred to by title, or tagged by social-media handle (LGA
/// short guide, 'should not' item 2; Code para 34). Mentions already reported as a quote's or reported speech's
/// speaker (`member-quote`), inside electioneering or in a caption are not reported again.
enum MemberReferenceDetector: Detector {
    static let rule = Rule.memberReference

    static func detect(_ context: ScanContext, _ handOffs: inout HandOffs) -> [Finding.Draft] {
        let tokens = context.tokens
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
        // "Meet your MP: surgery with Jo Bell MP", "the Provost … Provost Jo Bell": a single-holder office on a line
        // that names its holder is that member, one finding.
        let namedOffices = HandOffs.namedOffices(mentions, tokens, handOffs.speakerMemo) { $0.referenceable }
        var referenced = Set<HandOffs.SpeakerKey>()
        for (index, m) in mentions.enumerated() where m.holder == .member && m.referenceable {
            guard !handOffs.quotedSpeakers.contains(index), !handOffs.electioneering[m.first], !handOffs.photographed.contains(index) else { continue }
            if let p = m.person, quotedOnLine.contains(Int64(tokens[m.first].line) << 32 | Int64(p)) { continue }
            let key = HandOffs.SpeakerKey(line: tokens[m.first].line, m, handOffs.speakerMemo)
            if handOffs.spokenOnLine.contains(key) || handOffs.photographedOnLine.contains(key) { continue }
            if m.source == .role, namedOffices.contains(key) { continue }
            // One finding per member per line: "Mae'r Cynghorydd Tegwyn ar gael … / Cllr Tegwyn is available …".
            guard referenced.insert(key).inserted else { continue }
            let message: String
            if m.source == .handle {
                message = ReportWording.handle(m.display)
            } else if m.source == .role {
                message = ReportWording.byTitle(m.display)
            } else {
                message = ReportWording.named(context.describe(m))
            }
            drafts.append(Finding.Draft(rule: .memberReference, first: m.first, last: m.last, subject: m.subject, message: message, detailed: drafts.count < ReleaseScanner.detailedDrafts))
        }
        return drafts
    }
}
