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
        /// Per draft, how it joins others on its line: record claims and imprints join each other; a campaign phrase joins a
        /// call to vote ("Only X can beat the Tories – it's a two-horse race"); hashtags stand alone.
        var claims: [Joining] = []
        // Poll days are read from the periods' election ids only when a phrase first needs them.
        var cachedPollDays: [(day: UInt64, months: Set<UInt64>)]?
        func pollDays() -> [(day: UInt64, months: Set<UInt64>)] {
            if let cachedPollDays { return cachedPollDays }
            let days = ElectioneeringPhrases.pollDays(context.options.periods)
            cachedPollDays = days
            return days
        }
        /// Index in `drafts` of the last phrase finding (not a hashtag), to join record claims in one sentence.
        var lastPhrase: Int?
        /// The kind of that finding ("a call to vote" joins the next call in its sentence).
        var lastKind = ""
        /// A record claim found by `RecordClaim` (a member's "we" and their deed, or a bullet of a record list).
        func appendRecordClaim(_ span: ClosedRange<Int>) {
            let text = scanner.collapsedText(tokens: span.lowerBound, span.upperBound)
            lastPhrase = drafts.count
            lastKind = RecordClaim.kind
            claims.append(.claim)
            drafts.append(Finding.Draft(rule: .electioneering, first: span.lowerBound, last: span.upperBound, subject: text,
                                        message: ReportWording.electioneering(kind: ElectioneeringPhrases.record, text: text),
                                        detailed: drafts.count < ReleaseScanner.detailedDrafts))
            handOff(ElectioneeringPhrases.record, span, &handOffs)
        }
        var i = 0
        while i < n {
            let t = tokens[i]
            if t.kind == .hashtag {
                if ElectioneeringPhrases.hashtag(scanner.tagBody(t)) {
                    let tag = scanner.text(tokens: i, i)
                    claims.append(.alone)
                    drafts.append(Finding.Draft(rule: .electioneering, first: i, last: i, subject: tag,
                                                message: ReportWording.campaignHashtag(tag), replacements: [""], detailed: drafts.count < ReleaseScanner.detailedDrafts))
                    handOffs.electioneering[i] = true
                    handOffs.partyInCall[i] = true
                }
            } else if t.kind == .word, classes[i].intersects(Lexicon.electioneeringStart),
                      let m = ElectioneeringPhrases.match(scanner, classes: classes, mentions: context.mentions, at: i, pollDays: pollDays()),
                      !(m.firstPerson && handOffs.officerQuote[i]),
                      // "Q: The Liberal Democrat administration promised in 2023 …": a journalist's question describes a
                      // record; it is not the party's own claim (a call to vote there still counts).
                      m.kind == ElectioneeringPhrases.call || m.kind == ElectioneeringPhrases.imprint || !questionLine(scanner, Int(t.line)) {
                let first = min(m.first, i)
                // "Since we took control in 2022, we have kept every promise", "has promised … if she is re-elected",
                // "promised cleaner air and this is us keeping that promise": a time-in-control frame, an "if elected"
                // condition or a promise kept ("… fe wnaethon ni addo …, ac rydyn ni wedi cadw'r addewid") belongs to the claim in its sentence.
                // "Rydyn ni wedi brwydro am y ffordd hon ers i Blaid Cymru ddod i rym": a claim and its time-in-control frame after it.
                // "I promised to save the library. We kept that promise.": the promise kept, on the promise's line, is the same claim.
                let keptOnLine = lastPhrase.map { d in tokens[drafts[d].last].line == tokens[first].line && lastKind == ElectioneeringPhrases.record
                    && (first...m.last).contains(where: { ElectioneeringPhrases.keptKeys.contains(tokens[$0].key) }) } ?? false
                if let d = lastPhrase, keptOnLine || sameSentence(scanner, drafts[d].last, first),
                   ElectioneeringPhrases.framingKeys.contains(tokens[drafts[d].first].key) || tokens[first].key == ElectioneeringPhrases.ifKey
                    || (ElectioneeringPhrases.framingKeys.contains(tokens[first].key) && m.kind != ElectioneeringPhrases.call && m.kind != ElectioneeringPhrases.imprint)
                    // "please re-elect me and back the Conservative team": two calls joined in one sentence are one.
                    || (m.kind == ElectioneeringPhrases.call && lastKind == ElectioneeringPhrases.call && tokens[drafts[d].last].line == tokens[first].line)
                    || (first...m.last).contains(where: { ElectioneeringPhrases.keptKeys.contains(tokens[$0].key) })
                    // "We have protected weekly collections – that is the record of this Conservative administration": one claim.
                    || (lastKind == RecordClaim.kind && tokens[drafts[d].last].line == tokens[first].line && m.kind != ElectioneeringPhrases.call) {
                    let start = drafts[d].first
                    drafts[d].last = m.last
                    drafts[d].subject = scanner.collapsedText(tokens: start, m.last)
                    drafts[d].message = ReportWording.electioneering(kind: m.kind == ElectioneeringPhrases.partyRecord ? ElectioneeringPhrases.record : m.kind,
                                                                     text: drafts[d].subject)
                    handOff(m.kind, first...m.last, &handOffs)
                    i = m.last + 1
                    continue
                }
                lastPhrase = drafts.count
                lastKind = m.kind
                // An imprint given in both languages on one line ("Promoted by … / Hyrwyddwyd gan …") is one imprint too.
                claims.append(m.kind == ElectioneeringPhrases.record || m.kind == ElectioneeringPhrases.partyRecord || m.kind == ElectioneeringPhrases.imprint
                              ? .claim : m.kind == ElectioneeringPhrases.call ? .call : m.kind == ElectioneeringPhrases.campaign ? .campaign : .alone)
                drafts.append(Finding.Draft(rule: .electioneering, first: first, last: m.last, subject: scanner.collapsedText(tokens: m.first, m.last),
                                            message: ReportWording.electioneering(kind: m.kind, text: scanner.collapsedText(tokens: m.first, m.last)),
                                            detailed: drafts.count < ReleaseScanner.detailedDrafts))
                handOff(m.kind, first...m.last, &handOffs)
                i = m.last + 1
                continue
            } else if t.kind == .word, classes[i].intersects(Lexicon.recordStart), !t.has(.lineStart), RecordClaim.listDeed(scanner, classes: classes, at: i) {
                // "• Secured £250k for Portkilly harbour wall" under "Since 2023 I have:": one record claim per bullet.
                appendRecordClaim(i...i)
                i += 1
                continue
            } else if t.kind == .word, classes[i].intersects(Lexicon.recordStart), let deed = RecordClaim.match(scanner, at: i),
                      handOffs.memberQuote[i] || !handOffs.officerQuote[i]
                        && (RecordClaim.partyOnLine(scanner, classes: classes, i) || RecordClaim.ownTimeInOffice(scanner, at: i)),
                      !(lastPhrase.map { drafts[$0].last >= i } ?? false), RecordClaim.campaigning(scanner, classes: classes, from: i, deed: deed) {
                // "We froze prices for four years": a member's group's record in their own words. After another claim in
                // the same sentence ("Since the SNP took control, we have cut …") it is part of that one.
                if let d = lastPhrase, sameSentence(scanner, drafts[d].last, i), tokens[drafts[d].last].line == tokens[i].line {
                    drafts[d].last = max(drafts[d].last, deed)
                    handOff(ElectioneeringPhrases.record, i...deed, &handOffs)
                    i = deed + 1
                    continue
                }
                appendRecordClaim(i...deed)
                i = deed + 1
                continue
            }
            i += 1
        }
        // Record claims on one line are one message: "We promised franchising and we delivered it. Under our watch, buses
        // are back." A call to vote or a campaign act beside them stays a finding of its own.
        // In place, as the scanner compacts its drafts: a text with many findings holds one array of them, not two.
        var kept = 0
        for r in drafts.indices {
            if kept > 0, tokens[drafts[kept - 1].first].line == tokens[drafts[r].first].line, claims[kept - 1].joins(claims[r]) {
                drafts[kept - 1].last = max(drafts[kept - 1].last, drafts[r].last)
                if claims[r] == .call { claims[kept - 1] = .call }
                continue
            }
            if kept != r {
                drafts[kept] = drafts[r]
                claims[kept] = claims[r]
            }
            kept += 1
        }
        drafts.removeLast(drafts.count - kept)
        return drafts
    }

    /// How a finding joins the one before it on its line.
    enum Joining {
        case alone, claim, call, campaign
        /// Record claims join record claims; a call and a campaign phrase join each other, in either order.
        func joins(_ next: Joining) -> Bool {
            switch (self, next) {
            case (.claim, .claim), (.call, .campaign), (.campaign, .call): return true
            default: return false
            }
        }
    }

    /// What a finding of `kind` takes from the later rules: the member making a claim or pledge ("Metro mayor pledges
    /// free travel") is part of it, and so is the party of a call to vote or an imprint; a record claim keeps its
    /// party as a party reference ("… and Labour has delivered it"), and a party's own record its members.
    static func handOff(_ kind: String, _ span: ClosedRange<Int>, _ handOffs: inout HandOffs) {
        if kind != ElectioneeringPhrases.partyRecord { for k in span { handOffs.electioneering[k] = true } }
        if ElectioneeringPhrases.swallowsNames(kind) { for k in span { handOffs.partyInCall[k] = true } }
    }

    /// True when line `l` is a question in a Q&A: it opens with "Q:", "Question:" or Welsh "C:" / "Cwestiwn:".
    static func questionLine(_ scanner: TextScanner, _ l: Int) -> Bool {
        let tokens = scanner.tokens
        let a = Int(scanner.lineTokenStart[l]), b = Int(scanner.lineTokenStart[l + 1])
        guard a + 1 < b, tokens[a].kind == .word else { return false }
        if tokens[a + 1].isPunct(":") { return questionKeys.contains(tokens[a].key) }
        // "PRESENTER (Joanne Pell): …", "GARTHEN NEWS: …": an interviewer named in brackets, or a paper or station asking.
        var colon = a + 1
        while colon < b, colon - a < 8, !tokens[colon].isPunct(":") { colon += 1 }
        guard colon < b, colon - a < 8, tokens[colon].isPunct(":") else { return false }
        if questionKeys.contains(tokens[a].key), tokens[a + 1].isPunct("(") { return true }
        return (a..<colon).allSatisfy { tokens[$0].kind == .word && tokens[$0].has(TextScanner.Flags.allCaps) }
            && outletKeys.contains(tokens[colon - 1].key)
    }
    /// Last words of a paper's or station's name in an interview's tags: "GARTHEN NEWS:", "RADIO TENLEY:", "THE COURIER:".
    static let outletKeys: Set<UInt64> = Set(["news", "gazette", "courier", "echo", "times", "post", "herald", "advertiser", "mercury",
                                              "chronicle", "journal", "radio", "fm", "tv", "newyddion", "papur"].map(TextScanner.key))
    /// A Q&A's question tags, and an interviewer's speaker tags in a transcript ("PRESENTER:", Welsh "CYFLWYNYDD:").
    static let questionKeys: Set<UInt64> = Set(["q", "question", "c", "cwestiwn", "presenter", "interviewer", "host", "reporter",
                                                "cyflwynydd", "gyflwynydd", "holwr", "gohebydd"].map(TextScanner.key))

    /// True when tokens `a` and `b` (a < b) are in one sentence of one paragraph.
    static func sameSentence(_ scanner: TextScanner, _ a: Int, _ b: Int) -> Bool {
        let tokens = scanner.tokens
        guard a < b, tokens[a].paragraph == tokens[b].paragraph else { return false }
        for k in (a + 1)...b {
            let t = tokens[k]
            if k < b, t.isPunct(".") || t.isPunct("!") || t.isPunct("?") { return false }
            guard t.has(TextScanner.Flags.lineStart) else { continue }
            // A list item ("✔ Since 2019 the DUP team has …" under "✔ Delivered the new lighting") starts a claim of its
            // own, as a line does under a heading ("RE-ELECT HEDD BOWYER – PLAID CYMRU" above "Ers 2022 mae …").
            if t.kind == .punct, bulletScalars.contains(t.scalar) { return false }
            if t.line > 0, scanner.headingLines[Int(t.line) - 1] { return false }
        }
        return true
    }

    /// Marks that open a list item at the start of a line: * - • – ✓ ✔ ☑ ✅ ▪ ► ➤.
    static let bulletScalars: Set<UInt32> = [0x2A, 0x2D, 0x2022, 0x2013, 0x2713, 0x2714, 0x2611, 0x2705, 0x25AA, 0x25BA, 0x27A4]
}
