/// `member-photo`: a photo caption naming or showing a member or candidate (LGA short guide, 'should not'
/// item 4: photographs that include candidates). Hands its mentions to the member-reference rule.
enum MemberPhotoDetector: Detector {
    static let rule = Rule.memberPhoto

    static func detect(_ context: ScanContext, _ handOffs: inout HandOffs) -> [Finding.Draft] {
        let offered = photoArrangements(context)
        guard !context.captions.isEmpty || !offered.isEmpty else { return [] }
        var inCaption = [Bool](repeating: false, count: context.tokens.count)
        for c in context.captions + offered { for k in c { inCaption[k] = true } }
        // "Cllr Ann Lee and Cllr Raj Patel with the choir. Alt text: two councillors with singers": a plural role
        // on a caption line that names members is those members again, not more of them.
        var namedOnLine = Set<Int32>()
        /// Lines of captions naming a member other than by a handle.
        var namedByNameOnLine = Set<Int32>()
        for m in context.mentions.mentions where m.holder == .member && m.referenceable && inCaption[m.first] {
            namedOnLine.insert(context.tokens[m.first].line)
            if m.source != .handle { namedByNameOnLine.insert(context.tokens[m.first].line) }
        }
        // "(l–r) … Deputy Mayor Osian Brychan / … y Dirprwy Faer": the bare office on a caption line naming its holder is them.
        let namedOffices = HandOffs.namedOffices(context.mentions.mentions, context.tokens, handOffs.speakerMemo) { inCaption[$0.first] }
        var drafts: [Finding.Draft] = []
        var shown = Set<HandOffs.SpeakerKey>()
        for (index, m) in context.mentions.mentions.enumerated()
        where m.holder == .member && !handOffs.quotedSpeakers.contains(index) && !handOffs.electioneering[m.first] && inCaption[m.first]
            && (m.referenceable || !namedOnLine.contains(context.tokens[m.first].line)) {
            // "Volunteers planting the bed. No councillors pictured.": a group denied is no one shown.
            if !m.referenceable, m.first > 0, context.tokens[m.first - 1].kind == .word, context.classes[m.first - 1].intersects(Lexicon.negation) { continue }
            handOffs.photographed.insert(index)
            // One finding per member per caption line: "Dyfan Probert AS | Dyfan Probert MS" in a bilingual alt text.
            let key = HandOffs.SpeakerKey(line: context.tokens[m.first].line, m, handOffs.speakerMemo)
            handOffs.photographedOnLine.insert(key)
            if m.source == .role, namedOffices.contains(key) { continue }
            // "Llun: Y Maer, y Cynghorydd X, … @MaerCaerwern": the civic head's account beside the named holder is them.
            if m.source == .handle, m.person == nil, namedByNameOnLine.contains(context.tokens[m.first].line),
               PersonMentions.civicHandle(context.scanner, context.tokens[m.first]) { continue }
            guard shown.insert(key).inserted else { continue }
            drafts.append(Finding.Draft(rule: .memberPhoto, first: m.first, last: m.last, subject: m.subject,
                                        message: ReportWording.photoCaption(context.describe(m)), detailed: drafts.count < ReleaseScanner.detailedDrafts))
        }
        return drafts
    }

    /// A note on a photography heading ("Photography: the council's photographer will take pictures of each winner
    /// with the Mayor."): from "pictures of" / "photographs of" to the end of the sentence, the words say who will
    /// be in the pictures offered, as a caption does (LGA short guide, 'should not' item 4).
    static func photoArrangements(_ context: ScanContext) -> [Range<Int>] {
        let scanner = context.scanner
        let tokens = scanner.tokens
        let classes = context.classes
        var out: [Range<Int>] = []
        for l in 0..<scanner.lineStarts.count {
            let a = Int(scanner.lineTokenStart[l]), b = Int(scanner.lineTokenStart[l + 1])
            guard a < b, tokens[a].kind == .word, PhotoCaption.credits.startsPhrase(tokens[a].key),
                  let heading = PhotoCaption.credits.match(scanner, at: a), heading.last + 1 < b, tokens[heading.last + 1].isPunct(":") else { continue }
            var k = heading.last + 2
            while k < b {
                // "pictures of", "photographs of": the openers that need no colon.
                if tokens[k].kind == .word, classes[k].intersects(Lexicon.captionStart), let m = PhotoCaption.starts.match(scanner, at: k),
                   !PhotoCaption.starts.entries[m.entry].payload {
                    var e = m.last + 1
                    while e < b, !(tokens[e].kind == .punct && (tokens[e].scalar == 0x2E || tokens[e].scalar == 0x21 || tokens[e].scalar == 0x3F)) { e += 1 }
                    out.append(k..<e)
                    break
                }
                k += 1
            }
        }
        // "Notes to editors: … Photographs of Cllr X are available from the press office." anywhere on a line: a sentence
        // opening with "Photographs of" (or its verb first: Welsh "Mae ffotograffau o'r …") that offers them.
        func opensSentence(_ j: Int) -> Bool {
            j == 0 || tokens[j].has(.lineStart) || tokens[j - 1].isPunct(".") || tokens[j - 1].isPunct(":") || tokens[j - 1].isPunct("/")
        }
        var k = 0
        while k < tokens.count {
            defer { k += 1 }
            guard classes[k].intersects(Lexicon.captionStart), tokens[k].kind == .word, k > 0, !tokens[k].has(.lineStart),
                  opensSentence(k) || (tokens[k - 1].kind == .word && opensSentence(k - 1)),
                  let m = PhotoCaption.starts.match(scanner, at: k), !PhotoCaption.starts.entries[m.entry].payload else { continue }
            var e = m.last + 1
            var offered = false
            while e < tokens.count, e - k < 30, tokens[e].line == tokens[k].line,
                  !(tokens[e].kind == .punct && (tokens[e].scalar == 0x2E || tokens[e].scalar == 0x21 || tokens[e].scalar == 0x3F)) {
                if tokens[e].kind == .word, photoOfferKeys.contains(tokens[e].key) { offered = true }
                e += 1
            }
            if offered { out.append(k..<e) }
        }
        // "The Town Mayor will be available for photographs at the ribbon-cutting": the member offered for pictures.
        k = 0
        let offerKeys = photoOfferKeyList, forKey = Self.forKey
        while k + 2 < tokens.count {
            defer { k += 1 }
            // Two integer compares per word before any hashing: "available" then "for".
            guard tokens[k + 1].key == forKey, offerKeys.contains(tokens[k].key), tokens[k].kind == .word, tokens[k + 1].kind == .word,
                  tokens[k + 2].kind == .word, PhotoCaption.photoNounKeys.contains(tokens[k + 2].key) else { continue }
            var s = k
            while s > 0, k - s < 30, tokens[s - 1].line == tokens[k].line,
                  !(tokens[s - 1].kind == .punct && (tokens[s - 1].scalar == 0x2E || tokens[s - 1].scalar == 0x21 || tokens[s - 1].scalar == 0x3F)) { s -= 1 }
            out.append(s..<(k + 3))
        }
        return out
    }

    static let forKey = TextScanner.key("for")
    /// The same keys in a short array: compared directly in the per-word loop, without hashing.
    static let photoOfferKeyList: [UInt64] = Array(photoOfferKeys)
    /// Keys of "available", Welsh "gael".
    static let photoOfferKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.photoOfferWords).map(TextScanner.key))
}
