import ElectionCalendar

/// Checks a draft press release against pre-election publicity guidance: text in, findings out.
///
/// Finds member quotations, member references, party references, electioneering, member photo captions and
/// the council's controversial topics (issue 3), grades them by whether the publication date falls in a
/// pre-election period (Code of Recommended Practice on Local Authority Publicity 2011, para 34; Local
/// Government Act 1986 s2 at all times), exempts statutory election notices (Code para 34) and honours
/// inline suppressions. Pure: no files, no clock; one pass of byte scanning plus token passes.
public enum ReleaseChecker {
    /// Checks `text` with `options` and returns the report.
    public static func check(text: String, options: CheckOptions) -> Report {
        check(bytes: Array(text.utf8), options: options)
    }

    /// Checks UTF-8 `bytes` (already decoded and valid) with `options`.
    public static func check(bytes: [UInt8], options: CheckOptions) -> Report {
        let (suppressionList, masked, lineStarts) = Suppression.extract(from: bytes)
        let scanner = TextScanner(bytes: masked, lineStarts: lineStarts)
        let classes = Lexicon.classify(scanner)
        let tokens = scanner.tokens
        let n = tokens.count
        let notices = StatutoryNotice.find(in: scanner)
        let mentions = PersonMentions.find(scanner, classes: classes, people: options.people)
        let quotes = QuoteFinder.find(scanner, classes: classes, mentions: mentions)
        let captions = PhotoCaption.find(scanner, classes: classes)
        var drafts: [Finding.Draft] = []

        // member-quote
        var consumed = Set<Int>()
        for q in quotes where !q.speakers.isEmpty {
            let speakers = q.speakers.map { mentions.mentions[$0] }
            guard speakers.contains(where: { $0.holder == .member }) else { continue }
            if !q.inherited && !q.antecedent { consumed.formUnion(q.speakers) }
            let who = speakers.filter { $0.holder == .member }
            let names = who.map { m -> String in
                if let p = m.person, !m.display.contains("(") {
                    let person = options.people.people[p]
                    if person.isCandidate { return m.display + " (" + person.described.dropFirst(person.name.count + 2).dropLast() + ")" }
                }
                return m.display
            }
            var message = "Quotation attributed to " + names.joined(separator: " and ")
            if q.inherited, let from = q.inheritedFrom { message += " (follow-up to the quotation on line \(Int(tokens[from].line) + 1))" }
            if q.antecedent { message += " (named earlier; the quote says \"he\", \"she\" or \"they\")" }
            drafts.append(Finding.Draft(rule: .memberQuote, first: q.open, last: q.last,
                                        subject: who.map(\.subject).joined(separator: " and "), message: message))
        }

        // electioneering (before parties, so a party inside "vote Labour" is reported once). First-person pledge
        // language ("we promise") inside an officer's or resident's quotation is the council's voice, not a party's.
        var inOfficerQuote = [Bool](repeating: false, count: n)
        for q in quotes where !q.speakers.isEmpty && !q.speakers.contains(where: { mentions.mentions[$0].holder == .member }) {
            for k in q.open...q.last { inOfficerQuote[k] = true }
        }
        var inElectioneering = [Bool](repeating: false, count: n)
        var i = 0
        while i < n {
            let t = tokens[i]
            if t.kind == .hashtag {
                if ElectioneeringPhrases.hashtag(scanner.tagBody(t)) {
                    drafts.append(Finding.Draft(rule: .electioneering, first: i, last: i, subject: scanner.text(tokens: i, i),
                                                message: "Campaign hashtag: " + scanner.text(tokens: i, i)))
                    inElectioneering[i] = true
                }
            } else if t.kind == .word, classes[i] & Lexicon.electioneeringStart != 0,
                      let m = ElectioneeringPhrases.match(scanner, classes: classes, mentions: mentions, at: i),
                      !(m.firstPerson && inOfficerQuote[i]) {
                let text = scanner.collapsedText(tokens: m.first, m.last)
                let first = min(m.first, i)
                drafts.append(Finding.Draft(rule: .electioneering, first: first, last: m.last, subject: text,
                                            message: "Electioneering (\(m.kind)): “\(text)”"))
                for k in first...m.last { inElectioneering[k] = true }
                i = m.last + 1
                continue
            }
            i += 1
        }

        // member-photo and member-reference
        var inCaption = [Bool](repeating: false, count: n)
        for c in captions { for k in c { inCaption[k] = true } }
        for (index, m) in mentions.mentions.enumerated() where m.holder == .member && !consumed.contains(index) && !inElectioneering[m.first] {
            if inCaption[m.first] {
                drafts.append(Finding.Draft(rule: .memberPhoto, first: m.first, last: m.last, subject: m.subject,
                                            message: "Photo caption names " + describe(m, options.people)))
                continue
            }
            guard m.referenceable else { continue }
            var message: String
            if m.source == .handle {
                message = "Social-media handle of a councillor or candidate: " + m.display
            } else {
                var after = m.last + 1
                if after < n, tokens[after].isPunct(",") { after += 1 }  // "The Mayor, Cllr Rose Hall, said the …"
                while after < n, tokens[after].kind == .word, classes[after] & Lexicon.adverbGap != 0, after - m.last < 3 { after += 1 }
                let reported = after < n && tokens[after].kind == .word && classes[after] & Lexicon.speechVerb != 0
                    && tokens[after].paragraph == tokens[m.last].paragraph
                if reported {
                    message = "Reported speech attributed to " + describe(m, options.people)
                } else if m.source == .role {
                    message = "Member referred to by title: " + m.display
                } else {
                    message = "Member or candidate named: " + describe(m, options.people)
                }
            }
            drafts.append(Finding.Draft(rule: .memberReference, first: m.first, last: m.last, subject: m.subject, message: message))
        }

        // party-reference
        var lastPartyEnd: Int?
        i = 0
        while i < n {
            let t = tokens[i]
            if t.kind == .hashtag || t.kind == .handle {
                if !inElectioneering[i] {
                    if let party = PartyLexicon.party(inTag: scanner.tagBody(t)) {
                        let tag = scanner.text(tokens: i, i)
                        drafts.append(Finding.Draft(rule: .partyReference, first: i, last: i, subject: party,
                                                    message: (t.kind == .hashtag ? "Party hashtag: " : "Party account: ") + tag + " (\(party))"))
                    }
                }
                i += 1
                continue
            }
            guard t.kind == .word, classes[i] & Lexicon.partyStart != 0 else { i += 1; continue }
            // Not inside a person's name ("Cllr Jane Green", "Mr Green").
            let cover = mentions.covering[i]
            if cover >= 0 {
                let m = mentions.mentions[Int(cover)]
                // A plural party word ("Riverside Greens", "Hollowmere Independents") is not a surname.
                let plural = scanner.bytes[Int(t.end) - 1] | 0x20 == 0x73
                if m.source != .role && m.source != .generic || (m.source == .generic && i != m.first && !plural) { i += 1; continue }
            }
            guard let p = PartyLexicon.match(scanner, classes: classes, at: i, previousParty: lastPartyEnd) else { i += 1; continue }
            lastPartyEnd = p.last
            if !inElectioneering[i] {
                let text = scanner.collapsedText(tokens: i, p.last)
                let party = p.entry.party
                let message = party == PartyLexicon.group
                    ? "Party-political group: “\(text)”"
                    : (text.lowercased() == party.lowercased() ? "Party named: \(party)" : "Party named: \(party) (“\(text)”)")
                drafts.append(Finding.Draft(rule: .partyReference, first: i, last: p.last, subject: party == PartyLexicon.group ? text : party, message: message))
            }
            i = p.last + 1
        }

        // controversial-topic
        if !options.topics.isEmpty {
            let topics = TopicList(options.topics)
            i = 0
            while i < n {
                if let m = topics.match(scanner, at: i) {
                    let topic = topics.topic(m.entry)
                    drafts.append(Finding.Draft(rule: .controversialTopic, first: i, last: m.last, subject: topic,
                                                message: "Controversial topic: “\(scanner.collapsedText(tokens: i, m.last))” (council list: \(topic))"))
                    i = m.last + 1
                    continue
                }
                i += 1
            }
        }

        // Statutory notices (Code para 34), disabled rules, and the same occurrence found twice.
        var exempt = [Bool](repeating: false, count: n)
        for notice in notices { for k in notice.tokenRange { exempt[k] = true } }
        drafts = drafts.filter { d in
            !(StatutoryNotice.exemptRules.contains(d.rule) && exempt[d.first]) && !options.disabledRules.contains(d.rule)
        }
        drafts.sort { $0.first != $1.first ? $0.first < $1.first : $0.rule.order < $1.rule.order }
        var unique: [Finding.Draft] = []
        for d in drafts {
            if let prev = unique.last(where: { $0.rule == d.rule }), prev.rule == d.rule, d.first >= prev.first, d.first <= prev.last,
               d.rule != .memberQuote || prev.first == d.first {
                continue
            }
            unique.append(d)
        }

        // Positions, severity, guidance.
        let inPeriod = !options.containingPeriods.isEmpty
        let graded = options.gradedAsInPeriod // a period starting within 14 days grades as inside it
        var guidance: [Rule: String] = [:]
        var severity: [Rule: Severity] = [:]
        for rule in Rule.allCases {
            guidance[rule] = rule.guidance(inPeriod: graded)
            severity[rule] = options.severity(of: rule)
        }
        // Outside a period a party mention is info unless it promotes the party (Local Government Act 1986
        // s2, issue 3): a "-led/-run/-controlled" label, the administration or group, or credit or record
        // language in the same paragraph.
        var promotingLines = Set<Int>()
        if !graded {
            for d in unique where d.rule == .electioneering {
                promotingLines.insert(scanner.lineAndColumn(at: Int(tokens[d.first].start)).line)
            }
        }
        var findings: [Finding] = unique.map { d in
            let start = Int(tokens[d.first].start)
            let end = Int(tokens[d.last].end)
            let (line, column) = scanner.lineAndColumn(at: start)
            var ruleSeverity = severity[d.rule] ?? d.rule.inPeriodSeverity
            if d.rule == .partyReference && !graded
                && !(promotingLines.contains(line) || ReleaseChecker.promotesParty(scanner.bytes, range: start..<end, paragraphAround: start)) {
                ruleSeverity = .info
            }
            return Finding(rule: d.rule, severity: ruleSeverity, line: line, column: column, range: start..<end,
                           excerpt: scanner.excerpt(start: start, end: end), subject: d.subject, message: d.message,
                           guidance: guidance[d.rule] ?? "")
        }

        // Suppressions: findings and suppressed paragraphs are both in text order, so one merge pass.
        var suppressions = suppressionList
        let active = suppressions.indices.filter { suppressions[$0].isValid }.sorted { suppressions[$0].byteRange.lowerBound < suppressions[$1].byteRange.lowerBound }
        if !active.isEmpty {
            var kept: [Finding] = []
            kept.reserveCapacity(findings.count)
            var first = 0
            for f in findings {
                let offset = f.range.lowerBound
                while first < active.count, suppressions[active[first]].byteRange.upperBound <= offset { first += 1 }
                var silencedBy: Int?
                var s = first
                while s < active.count, suppressions[active[s]].byteRange.lowerBound <= offset {
                    let sup = suppressions[active[s]]
                    if sup.byteRange.contains(offset), sup.rules.contains(f.rule) { silencedBy = active[s]; break }
                    s += 1
                }
                if let silencedBy { suppressions[silencedBy].silenced.append(f) } else { kept.append(f) }
            }
            findings = kept
        }

        let upcoming = options.upcomingPeriod
        return Report(findings: findings, suppressions: suppressions, statutoryNotices: notices, inPeriod: inPeriod,
                      periods: options.containingPeriods, upcomingPeriod: inPeriod ? nil : upcoming,
                      daysUntilUpcomingPeriod: inPeriod ? nil : upcoming.map { options.publicationDate.days(to: $0.start) },
                      publicationDate: options.publicationDate)
    }

    /// "Cllr Jane Doe" or "Jane Doe (candidate, Mill ward, Labour Party)".
    static func describe(_ m: PersonMentions.Mention, _ people: PeopleList) -> String {
        if let p = m.person, p < people.people.count {
            let person = people.people[p]
            if person.isCandidate || (m.source == .listed && person.isMember) {
                let extra = person.described.dropFirst(person.name.count)
                return m.display + extra
            }
        }
        return m.display
    }

}

extension Array {
    /// Splits into the elements matching `belongs` and the rest, keeping order.
    func partitioned(_ belongs: (Element) -> Bool) -> (matching: [Element], rest: [Element]) {
        var a: [Element] = [], b: [Element] = []
        for e in self { if belongs(e) { a.append(e) } else { b.append(e) } }
        return (a, b)
    }

}

extension ReleaseChecker {
    /// True when a party mention credits the party with the council's work: the mention itself is a
    /// party-run label ("Labour-led", "Conservative-controlled", "ruling group", "administration"), or its
    /// paragraph uses credit or record words ("delivered", "invested", "promised", "thanks to", "record").
    static func promotesParty(_ bytes: [UInt8], range: Range<Int>, paragraphAround offset: Int) -> Bool {
        func lowered(_ slice: ArraySlice<UInt8>) -> [UInt8] { slice.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 } }
        func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
            let n = Array(needle.utf8)
            guard haystack.count >= n.count else { return false }
            for i in 0...(haystack.count - n.count) where haystack[i] == n[0] && haystack[i..<(i + n.count)].elementsEqual(n) { return true }
            return false
        }
        let mention = lowered(bytes[range.clamped(to: 0..<bytes.count)])
        for label in ["-led", "-run", "-controlled", " led ", " run ", "controlled", "administration", "ruling", "cabinet", "group"] where contains(mention, label) {
            return true
        }
        var start = Swift.min(offset, bytes.count)
        while start > 0 && bytes[start - 1] != 10 { start -= 1 }
        var end = Swift.min(offset, bytes.count)
        while end < bytes.count && bytes[end] != 10 { end += 1 }
        let paragraph = lowered(bytes[start..<end])
        for word in ["delivered", "delivering", "invested", "investing", "achieved", "secured", "promised", "pledged", "thanks to",
                     "our record", "track record", "has funded", "has given", "took control", "taking control", "led administration",
                     "-led", "-run", "-controlled", "administration has", "under labour", "under the conservatives", "under the"] where contains(paragraph, word) {
            return true
        }
        return false
    }
}
