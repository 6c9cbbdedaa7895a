/// `member-reference`: a member or candidate named, referred to by title, or tagged by social-media handle (LGA
/// short guide, 'should not' item 2; Code para 34). Mentions already reported as a quote's or reported speech's
/// speaker (`member-quote`), inside electioneering or in a caption are not reported again.
enum MemberReferenceDetector: Detector {
    static let rule = Rule.memberReference

    static func detect(_ context: ScanContext, _ handOffs: inout HandOffs) -> [Finding.Draft] {
        var drafts: [Finding.Draft] = []
        for (index, m) in context.mentions.mentions.enumerated() where m.holder == .member && m.referenceable {
            guard !handOffs.quotedSpeakers.contains(index), !handOffs.electioneering[m.first], !handOffs.photographed.contains(index) else { continue }
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
