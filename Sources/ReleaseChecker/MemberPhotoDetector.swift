/// `member-photo`: a photo caption naming or showing a member or candidate (LGA short guide, 'should not'
/// item 4: photographs that include candidates). Hands its mentions to the member-reference rule.
enum MemberPhotoDetector: Detector {
    static let rule = Rule.memberPhoto

    static func detect(_ context: ScanContext, _ handOffs: inout HandOffs) -> [Finding.Draft] {
        guard !context.captions.isEmpty else { return [] }
        var inCaption = [Bool](repeating: false, count: context.tokens.count)
        for c in context.captions { for k in c { inCaption[k] = true } }
        // "Cllr Ann Lee and Cllr Raj Patel with the choir. Alt text: two councillors with singers": a plural role
        // on a caption line that names members is those members again, not more of them.
        var namedOnLine = Set<Int32>()
        for m in context.mentions.mentions where m.holder == .member && m.referenceable && inCaption[m.first] {
            namedOnLine.insert(context.tokens[m.first].line)
        }
        var drafts: [Finding.Draft] = []
        var shown = Set<HandOffs.SpeakerKey>()
        for (index, m) in context.mentions.mentions.enumerated()
        where m.holder == .member && !handOffs.quotedSpeakers.contains(index) && !handOffs.electioneering[m.first] && inCaption[m.first]
            && (m.referenceable || !namedOnLine.contains(context.tokens[m.first].line)) {
            handOffs.photographed.insert(index)
            // One finding per member per caption line: "Dyfan Probert AS | Dyfan Probert MS" in a bilingual alt text.
            let key = HandOffs.SpeakerKey(line: context.tokens[m.first].line, m)
            handOffs.photographedOnLine.insert(key)
            guard shown.insert(key).inserted else { continue }
            drafts.append(Finding.Draft(rule: .memberPhoto, first: m.first, last: m.last, subject: m.subject,
                                        message: ReportWording.photoCaption(context.describe(m)), detailed: drafts.count < ReleaseScanner.detailedDrafts))
        }
        return drafts
    }
}
