/// `member-quote`: a direct quotation whose speaker is a councillor, candidate or other elected politician
/// (Code of Recommended Practice on Local Authority Publicity 2011, para 34: views identified with
/// individual members). Quotations and speakers come from `QuoteFinder`; this decides which are members'.
enum MemberQuoteDetector: Detector {
    static let rule = Rule.memberQuote

    static func detect(_ context: ScanContext, _ handOffs: inout HandOffs) -> [Finding.Draft] {
        let tokens = context.tokens
        let mentions = context.mentions.mentions
        let people = context.options.people
        var drafts: [Finding.Draft] = []
        for q in context.quotes where !q.speakers.isEmpty {
            let speakers = q.speakers.map { mentions[$0] }
            guard speakers.contains(where: { $0.holder == .member }) else {
                // Hand-off: an officer's or resident's words; "we promise" there is the council speaking.
                for k in q.open...q.last { handOffs.officerQuote[k] = true }
                continue
            }
            if !q.inherited && !q.antecedent { handOffs.quotedSpeakers.formUnion(q.speakers) }
            // One quotation interrupted by its attribution ("“…,” said Cllr Roe. “…”") is one finding.
            if q.continuesPrevious, let previous = drafts.last, previous.rule == .memberQuote {
                drafts[drafts.count - 1].last = q.last
                continue
            }
            let who = speakers.filter { $0.holder == .member }
            let names = who.map { m -> String in
                if let p = m.person, !m.display.contains("(") {
                    let person = people.people[p]
                    if person.isCandidate { return m.display + " (" + person.described.dropFirst(person.name.count + 2).dropLast() + ")" }
                }
                return m.display
            }
            var message = ReportWording.quotation(names)
            if q.inherited, let from = q.inheritedFrom { message += ReportWording.followUp(line: Int(tokens[from].line) + 1) }
            if q.antecedent { message += ReportWording.namedEarlier }
            drafts.append(Finding.Draft(rule: .memberQuote, first: q.open, last: q.last,
                                        subject: who.map(\.subject).joined(separator: " and "), message: message, detailed: drafts.count < ReleaseScanner.detailedDrafts))
        }
        return drafts
    }
}
