import ElectionCalendar

/// Checks a draft press release against pre-election publicity guidance: text in, findings out.
///
/// Finds member quotations, member references, party references, electioneering, member photo captions and
/// the council's controversial topics, grades them by whether the publication date falls in a pre-election
/// period (Code of Recommended Practice on Local Authority Publicity 2011, para 34; Local Government Act 1986
/// s2 at all times), exempts statutory election notices (Code para 34) and honours inline suppressions.
/// Pure: no files, no clock. One byte scan builds a `ScanContext`; one detector per rule reads it.
public enum ReleaseScanner {
    /// The rule detectors, in the order of their hand-offs: quotes claim their speakers, electioneering claims
    /// the parties and people inside it, captions claim the people in them, then references and topics.
    static let detectors: [any Detector.Type] = [
        MemberQuoteDetector.self, ElectioneeringDetector.self, MemberPhotoDetector.self, MemberReferenceDetector.self,
        PartyReferenceDetector.self, ControversialTopicDetector.self,
    ]

    /// At most this many findings are listed per release; the rest are counted ("N more findings not shown"),
    /// so a pathological file cannot flood a report.
    public static let maximumFindings = 500

    /// Each rule builds the words of at most this many findings (the rest are counted and positioned only).
    static let detailedDrafts = 4 * maximumFindings

    /// Every rule's guidance inside a period (or within 14 days of one) and outside, indexed by `Rule.order`.
    static let guidanceTable: (inPeriod: [String], outside: [String]) = {
        var inside = [String](repeating: "", count: Rule.allCases.count), outside = inside
        for rule in Rule.allCases {
            inside[rule.order] = rule.guidance(inPeriod: true)
            outside[rule.order] = rule.guidance(inPeriod: false)
        }
        return (inside, outside)
    }()

    /// Checks `text` with `options` and returns the report.
    public static func check(text: String, options: CheckOptions) -> Report {
        var text = text
        return check(bytes: text.withUTF8 { Array($0) }, options: options)
    }

    /// Checks UTF-8 `bytes` (already decoded and valid) with `options`. Time and memory are linear in the
    /// text: about a dozen bytes per byte of ordinary prose (tokens and per-token tables), at most ~50 for
    /// text that is all punctuation.
    public static func check(bytes: [UInt8], options: CheckOptions) -> Report {
        let (suppressionList, masked, lineStarts) = Suppression.extract(from: bytes)
        let context = ScanContext(bytes: masked, lineStarts: lineStarts, options: options)
        let scanner = context.scanner
        let tokens = scanner.tokens
        let n = tokens.count

        var handOffs = HandOffs(tokenCount: n)
        var drafts: [Finding.Draft] = []
        for detector in detectors {
            // A rule switched off still runs, so that its hand-offs hold ("vote Labour" stays one occurrence).
            let found = detector.detect(context, &handOffs)
            if !options.disabledRules.contains(detector.rule) { drafts += found }
        }

        // Statutory notices (Code para 34) and the same occurrence found twice.
        var exempt = [Bool](repeating: false, count: n)
        for notice in context.notices { for k in notice.tokenRange { exempt[k] = true } }
        // In place: a text with many findings holds one array of drafts, not three.
        drafts.removeAll { d in StatutoryNotice.exemptRules.contains(d.rule) && exempt[d.first] }
        drafts.sort { $0.first != $1.first ? $0.first < $1.first : $0.rule.order < $1.rule.order }
        var kept = 0
        var lastOfRule = [Int](repeating: -1, count: Rule.allCases.count)
        for index in drafts.indices {
            let d = drafts[index]
            let previous = lastOfRule[d.rule.order]
            if previous >= 0 {
                let prev = drafts[previous]
                if d.first >= prev.first, d.first <= prev.last, d.rule != .memberQuote || prev.first == d.first { continue }
            }
            lastOfRule[d.rule.order] = kept
            if kept != index { drafts[kept] = d }
            kept += 1
        }
        drafts.removeLast(drafts.count - kept)
        // A controversial topic is a finding when the release ties views to members or parties, or campaigns (Code
        // para 34); named in a release with none of these, it is a factual mention, reported as a note.
        var unframed: [Report.TopicMention] = []
        if drafts.contains(where: { $0.rule == .controversialTopic }), !drafts.contains(where: { $0.rule != .controversialTopic }) {
            var topicCursor = TextScanner.PositionCursor(scanner)
            for d in drafts {
                let (line, column) = topicCursor.position(at: Int(tokens[d.first].start))
                unframed.append(Report.TopicMention(line: line, column: column, topic: d.subject))
            }
            drafts.removeAll()
        }
        let unique = drafts

        // Severity and guidance per rule, by `Rule.order`: the guidance sentences are the same for every release
        // (built once per process), and a rule's severity is worked out when its first finding needs it.
        let inPeriod = !options.containingPeriods.isEmpty
        let graded = options.gradedAsInPeriod // a period starting within 14 days grades as inside it
        let guidance = graded ? guidanceTable.inPeriod : guidanceTable.outside
        var severity = [Severity?](repeating: nil, count: Rule.allCases.count)
        // Outside a period a party mention is info unless it promotes the party (Local Government Act 1986 s2):
        // a "-led/-run/-controlled" label, the administration or group, credit or record language in the same
        // paragraph, or electioneering on the same line.
        var promotingLines = Set<Int32>()
        if !graded {
            for d in unique where d.rule == .electioneering { promotingLines.insert(tokens[d.first].line) }
        }
        var promotion = PartyPromotion(scanner.bytes)

        // Suppressions, the cap and positions: findings and suppressed paragraphs are both in text order, so one
        // merge pass, and line:column advance with a cursor instead of being counted from each line's start.
        var suppressions = suppressionList
        let active = suppressions.indices.filter { suppressions[$0].isValid }.sorted { suppressions[$0].byteRange.lowerBound < suppressions[$1].byteRange.lowerBound }
        var cursor = TextScanner.PositionCursor(scanner)
        var findings: [Finding] = []
        var hidden = 0
        var firstActive = 0
        for d in unique {
            let start = Int(tokens[d.first].start)
            while firstActive < active.count, suppressions[active[firstActive]].byteRange.upperBound <= start { firstActive += 1 }
            var silencedBy: Int?
            var s = firstActive
            while s < active.count, suppressions[active[s]].byteRange.lowerBound <= start {
                let sup = suppressions[active[s]]
                if sup.byteRange.contains(start), sup.rules.contains(d.rule) { silencedBy = active[s]; break }
                s += 1
            }
            if silencedBy == nil && findings.count >= maximumFindings {
                hidden += 1
                continue
            }
            let end = Int(tokens[d.last].end)
            let (line, column) = cursor.position(at: start)
            let known = severity[d.rule.order] ?? options.severity(of: d.rule)
            severity[d.rule.order] = known
            var ruleSeverity = known
            if d.rule == .partyReference && !graded && !promotingLines.contains(tokens[d.first].line) && !promotion.promotes(range: start..<end) {
                ruleSeverity = .info
            }
            let finding = Finding(rule: d.rule, severity: ruleSeverity, line: line, column: column, range: start..<end,
                                  excerpt: scanner.excerpt(start: start, end: end), subject: d.subject, message: d.message,
                                  guidance: guidance[d.rule.order], replacements: d.replacements)
            if let silencedBy { suppressions[silencedBy].silenced.append(finding) } else { findings.append(finding) }
        }

        let upcoming = options.upcomingPeriod
        var report = Report(findings: findings, suppressions: suppressions, statutoryNotices: context.notices, inPeriod: inPeriod,
                      periods: options.containingPeriods, upcomingPeriod: inPeriod ? nil : upcoming,
                      daysUntilUpcomingPeriod: inPeriod ? nil : upcoming.map { options.publicationDate.days(to: $0.start) },
                      publicationDate: options.publicationDate, hiddenFindings: hidden,
                      membersListMissing: !options.people.people.contains(where: \.isMember))
        report.unframedTopics = unframed
        return report
    }
}
