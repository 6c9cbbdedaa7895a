/// `member-quote`: a direct quotation, reported speech or a column byline whose speaker is a councillor,
/// candidate or other elected politician (Code of Recommended Practice on Local Authority Publicity 2011,
/// para 34: views identified with individual members). Quotations and speakers come from `QuoteFinder`,
/// reported speech and bylines from `ReportedSpeech`; this decides which are members' and makes one finding
/// per speaker per line.
enum MemberQuoteDetector: Detector {
    static let rule = Rule.memberQuote

    /// A speaker (listed person or words of the name, numbered by `HandOffs.SpeakerMemo`) on a line: one finding per speaker per sentence of the line.
    struct Spoken: Hashable {
        var line: Int32
        var who: Int
    }

    static func detect(_ context: ScanContext, _ handOffs: inout HandOffs) -> [Finding.Draft] {
        let tokens = context.tokens
        let mentions = context.mentions.mentions
        let people = context.options.people
        var drafts: [Finding.Draft] = []
        let scanner = context.scanner
        let classes = context.classes
        /// Who spoke on which line, and the token ranges of their findings there: one finding per speaker per sentence.
        var spoken: [Spoken: [ClosedRange<Int>]] = [:]
        let memo = handOffs.speakerMemo
        func identity(_ m: PersonMentions.Mention) -> Int { memo.who(m) }
        /// A slash between two findings on a line joins its Welsh and English versions: one statement, translated.
        func translated(_ from: Int, _ to: Int) -> Bool { from < to && (from..<to).contains { tokens[$0].isPunct("/") } }
        for q in context.quotes where !q.speakers.isEmpty {
            let speakers = q.speakers.map { mentions[$0] }
            // A plural, unnamed group ("…, councillors told") identifies no individual member.
            guard speakers.contains(where: { ReportedSpeech.isIndividual($0, scanner, classes) }) else {
                if speakers.contains(where: { $0.holder == .member }) { continue }
                // Hand-off: an officer's or resident's words; "we promise" there is the council speaking.
                for k in q.open...q.last { handOffs.officerQuote[k] = true }
                continue
            }
            // "'A fire sale', says councillor": an unnamed holder of an office many hold identifies no one.
            if !q.antecedent, !q.inherited,
               !speakers.contains(where: { $0.holder == .member && ($0.referenceable || ($0.source != .generic && $0.source != .role)) }) { continue }
            if speakers.contains(where: { $0.holder == .member }) { for k in q.open...q.last { handOffs.memberQuote[k] = true } }
            if !q.inherited && !q.antecedent {
                handOffs.quotedSpeakers.formUnion(q.speakers)
                for m in q.speakers { handOffs.quotedSpeakers.formUnion(chained(m, context)) }
            }
            // One quotation interrupted by its attribution ("“…,” said Cllr Roe. “…”") is one finding.
            if q.continuesPrevious, let previous = drafts.last, previous.rule == .memberQuote {
                drafts[drafts.count - 1].last = q.last
                continue
            }
            let who = speakers.filter { $0.holder == .member }
            // A second quotation in the same sentence by the same speaker (“Nats” … “let rubbish pile up”) is the same finding.
            let line = tokens[q.open].line
            let ids = who.map(identity)
            if let previous = drafts.indices.last, drafts[previous].rule == .memberQuote, tokens[drafts[previous].last].line == line,
               ids.contains(where: { spoken[Spoken(line: line, who: $0)] != nil }),
               translated(drafts[previous].last, q.open)
                || !((drafts[previous].last - 1)..<q.open).contains(where: { tokens[$0].kind == .punct && (tokens[$0].scalar == 0x2E || tokens[$0].scalar == 0x21 || tokens[$0].scalar == 0x3F) }) {
                drafts[previous].last = max(drafts[previous].last, q.last)
                continue
            }
            for id in ids { spoken[Spoken(line: line, who: id), default: []].append(q.open...q.last) }
            let names = who.map { m -> String in
                if let p = m.person, !m.display.utf8.contains(0x28) { // no "(" in the display: a byte test, not Foundation's string search
                    let person = people.people[p]
                    if person.isCandidate { return m.display + " (" + person.described.dropFirst(person.name.count + 2).dropLast() + ")" }
                }
                return m.display
            }
            var message = ReportWording.quotation(names)
            if q.inherited, let from = q.inheritedFrom { message += ReportWording.followUp(line: Int(tokens[from].line) + 1) }
            if q.antecedent { message += ReportWording.namedEarlier }
            for m in who {
                handOffs.spokenOnLine.insert(HandOffs.SpeakerKey(line: line, m, memo))
                if let office = HandOffs.SpeakerKey.office(line: line, m, memo) { handOffs.spokenOnLine.insert(office) }
            }
            let first = attributionFirst(q, who, tokens, context.classes)
            drafts.append(Finding.Draft(rule: .memberQuote, first: first, last: max(q.last, first),
                                        subject: who.map(\.subject).joined(separator: " and "), message: message, detailed: drafts.count < ReleaseScanner.detailedDrafts))
        }
        reportSpeech(context, &handOffs, &drafts, &spoken)
        return drafts
    }

    /// Where a quotation's finding starts: at the speaker when the attribution ends the line just before the
    /// quotation with a colon ("Cllr X, Cabinet Member for Y, said:" / quotation on the next line or after one blank line), since that
    /// line names the member, by name or by a single-holder office ("the Mayor said:"); a generic "a councillor"
    /// names nobody, so the quotation line keeps it.
    static func attributionFirst(_ q: QuoteFinder.Quotation, _ who: [PersonMentions.Mention], _ tokens: [TextScanner.Token],
                                 _ classes: [WordClass]) -> Int {
        // A follow-up hard-wrapped over lines and closed by a pronoun's attribution ("…\n…,” he added."): the
        // attribution's line carries the finding.
        if q.inherited, let close = q.close, tokens[close].line > tokens[q.open].line,
           let verb = (close + 1..<min(tokens.count, close + 5)).first(where: { classes[$0].intersects(Lexicon.speechVerb) }),
           tokens[verb].line == tokens[close].line {
            return close
        }
        guard !q.inherited, !q.antecedent else { return q.open }
        // A quotation hard-wrapped over lines and attributed after it ("…\n…,” said Cllr Roe."): the line carrying
        // the attribution names the member, so the finding starts there.
        if let close = q.close, tokens[close].line > tokens[q.open].line,
           let first = who.filter({ $0.source != .generic || $0.hasRole }).map(\.first).min(), first > close,
           tokens[first].line == tokens[close].line {
            return first
        }
        guard q.open > 0 else { return q.open }
        // Hard-wrapped prose: the speaker and verb a line or two before, the quoted words on this one ("…, Cllr X, has
        // previously" ⏎ "described the proposals as “…”"): the finding starts where the member is named.
        if let first = who.filter({ $0.source != .generic || $0.hasRole }).map(\.first).min(), first < q.open,
           (1...2).contains(tokens[q.open].line - tokens[first].line), tokens[first].paragraph == tokens[q.open].paragraph,
           !(first..<q.open).contains(where: { tokens[$0].kind == .punct && (tokens[$0].scalar == 0x2E || tokens[$0].scalar == 0x21 || tokens[$0].scalar == 0x3F || tokens[$0].scalar == 0x3A) }),
           (first..<q.open).contains(where: { classes[$0].intersects(Lexicon.speechVerb) }) {
            return first
        }
        // "said:-": the dash after the colon.
        let dashed = q.open > 1 && tokens[q.open - 1].isPunct("-") && tokens[q.open - 2].isPunct(":")
        let colon = tokens[dashed ? q.open - 2 : q.open - 1]
        guard colon.kind == .punct, colon.scalar == 0x3A, (1...2).contains(tokens[q.open].line - colon.line),
              let first = who.filter({ $0.source != .generic || $0.hasRole }).map(\.first).min(), first < q.open - (dashed ? 2 : 1), tokens[first].line == colon.line else { return q.open }
        return first
    }

    /// The member mentions joined to mention `m` with only punctuation, honours or capitalised words between
    /// ("Margaret Roe MBE DL, Councillor for Hill Ward, said", "Coun. X, Reform UK group leader, said"): the same
    /// speaker's attribution, not references of their own.
    static func chained(_ m: Int, _ context: ScanContext) -> [Int] {
        let tokens = context.tokens
        let mentions = context.mentions
        var out: [Int] = []
        func gapToken(_ k: Int) -> Bool {
            let t = tokens[k]
            if t.kind == .punct { return t.isAppositiveMark }
            // "arweinydd grŵp X, y Cyng. Y": an article before the appositive name.
            if t.kind == .word, context.classes[k].intersects(Lexicon.article), !t.has(TextScanner.Flags.capital) { return true }
            return t.kind == .word && t.has(TextScanner.Flags.capital) && !context.classes[k].intersects(Lexicon.speechVerb)
        }
        var k = mentions.mentions[m].first - 1
        // Before the name, a role may also carry a lower-case extension: "Cabinet member for transport Coun X".
        var extended = false
        while k >= 0, mentions.mentions[m].first - k <= 5, tokens[k].line == tokens[mentions.mentions[m].first].line {
            if mentions.covering[k] >= 0 {
                let other = Int(mentions.covering[k])
                let role = mentions.mentions[other].source == .role
                if mentions.mentions[other].holder == .member, !extended || role { out.append(other) }
                break
            }
            if tokens[k].kind == .word, !tokens[k].has(TextScanner.Flags.capital), !context.classes[k].intersects(Lexicon.speechVerb),
               k > 0, (max(0, k - 3)..<k).contains(where: { context.classes[$0].intersects(Lexicon.extensionStart) }) || context.classes[k].intersects(Lexicon.extensionStart) {
                extended = true
                k -= 1
                continue
            }
            guard gapToken(k) else { break }
            k -= 1
        }
        k = mentions.mentions[m].last + 1
        while k < tokens.count, k - mentions.mentions[m].last <= 5, tokens[k].line == tokens[mentions.mentions[m].last].line {
            if mentions.covering[k] >= 0 {
                let other = Int(mentions.covering[k])
                if mentions.mentions[other].holder == .member { out.append(other) }
                break
            }
            guard gapToken(k) else { break }
            k += 1
        }
        return out
    }

    /// Reported speech, follow-ups and bylines (`ReportedSpeech`): one finding each unless the same member already
    /// has one on the line, or the mention is part of a member quotation's attribution ("Coun. X, Reform UK group
    /// leader, said:-", "“…,” Jane Roe MP said after …").
    static func reportSpeech(_ context: ScanContext, _ handOffs: inout HandOffs, _ drafts: inout [Finding.Draft],
                             _ spoken: inout [Spoken: [ClosedRange<Int>]]) {
        let tokens = context.tokens
        let mentions = context.mentions.mentions
        let memo = handOffs.speakerMemo
        func identity(_ m: PersonMentions.Mention) -> Int { memo.who(m) }
        let finder = QuoteFinder(scanner: context.scanner, classes: context.classes, mentions: context.mentions)
        // Speakers of members' quotations, for the same-attribution test.
        var quoteSpeakers: [Int32: [Int]] = [:]  // by line
        for q in context.quotes where !q.inherited && !q.antecedent {
            for s in q.speakers where mentions[s].holder == .member { quoteSpeakers[tokens[q.open].line, default: []].append(s) }
        }
        /// The mentions `a` and `b` are one attribution: the same sentence, no speech verb between them.
        func sameAttribution(_ a: Int, _ b: Int) -> Bool {
            let lo = min(mentions[a].last, mentions[b].last), hi = max(mentions[a].first, mentions[b].first)
            guard lo < hi, hi - lo < 30 else { return a == b }
            for k in lo..<hi where finder.isTerminator(k) || finder.isVerb(k) || tokens[k].kind == .quote { return false }
            return true
        }
        /// Two findings' token ranges are in one sentence: they overlap, or no sentence ends between them.
        func sameSentence(_ a: ClosedRange<Int>, _ b: ClosedRange<Int>) -> Bool {
            if a.overlaps(b) { return true }
            let (earlier, later) = a.upperBound < b.lowerBound ? (a, b) : (b, a)
            if tokens[later.lowerBound].has(TextScanner.Flags.sentenceStart) || finder.isTerminator(later.lowerBound - 1) { return false }
            return !(earlier.upperBound + 1..<later.lowerBound).contains { finder.isTerminator($0) }
        }
        for a in ReportedSpeech.find(context) {
            let m = mentions[a.mention]
            let line = tokens[a.first].line
            if a.kind != .followUp {
                if a.claimed.contains(where: { handOffs.quotedSpeakers.contains($0) }) || (quoteSpeakers[line] ?? []).contains(where: { sameAttribution($0, a.mention) }) {
                    handOffs.quotedSpeakers.formUnion(a.claimed)
                    continue
                }
            }
            let key = Spoken(line: line, who: identity(m))
            // A request continuing the member's words counts only after those words, on the same line.
            if a.continuing, !(spoken[key] ?? []).contains(where: { $0.upperBound < a.first }) { continue }
            if (spoken[key] ?? []).contains(where: { sameSentence($0, a.first...a.last) }) {
                if a.kind != .followUp { handOffs.quotedSpeakers.formUnion(a.claimed) }
                continue
            }
            spoken[key, default: []].append(a.first...a.last)
            handOffs.quotedSpeakers.formUnion(a.claimed)
            if m.holder == .member {
                handOffs.spokenOnLine.insert(HandOffs.SpeakerKey(line: line, m, memo))
                if let office = HandOffs.SpeakerKey.office(line: line, m, memo) { handOffs.spokenOnLine.insert(office) }
            }
            var message: String
            switch a.kind {
            case .byline: message = ReportWording.byline(context.describe(m))
            case .signature: message = ReportWording.letterSignature(context.describe(m))
            case .reported: message = ReportWording.reportedSpeech(context.describe(m))
            case .followUp: message = ReportWording.reportedSpeech(context.describe(m)) + ReportWording.reportedFollowUp
            }
            if m.holder != .member { message = ReportWording.reportedSpeech(m.display) }
            drafts.append(Finding.Draft(rule: .memberQuote, first: a.first, last: a.last, subject: m.subject, message: message,
                                        detailed: drafts.count < ReleaseScanner.detailedDrafts))
        }
    }
}
