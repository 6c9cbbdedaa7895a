/// `party-reference`: a party, party group or party-led administration, in words, hashtags or handles
/// (Local Government Act 1986 s2; Code para 34). A party inside electioneering or a person's name is not
/// reported; a party-run label ("the Labour-led administration") carries the mechanical replacement.
enum PartyReferenceDetector: Detector {
    static let rule = Rule.partyReference

    static func detect(_ context: ScanContext, _ handOffs: inout HandOffs) -> [Finding.Draft] {
        let scanner = context.scanner
        let tokens = context.tokens
        let classes = context.classes
        let mentions = context.mentions
        let n = tokens.count
        var drafts: [Finding.Draft] = []
        var lastPartyEnd: Int?
        var seen = Set<SeenParty>()
        // Locals, not static reads in the loop, and each party's family worked out once: a long text names the
        // same few parties again and again.
        let table = PartyLexicon.table, group = PartyLexicon.group
        var families: [String: String] = [:]
        func familyOf(_ party: String) -> String {
            if let known = families[party] { return known }
            let f = family(party)
            families[party] = f
            return f
        }
        var i = 0
        // "Conservative Giles Hatherley said …": a capitalised party word straight before a member's name is their party.
        // "y Cynghorydd Llafur Owain Brychan", "Cllr Labour …": a party word between a member's title and their name.
        func partyAfterTitle(_ i: Int) -> (entry: PartyLexicon.Entry, last: Int)? {
            guard i > 0, tokens[i].has(.capital), classes[i - 1].intersects(Lexicon.title), mentions.covering[i] >= 0,
                  let m = table.match(scanner, at: i), m.last + 1 < tokens.count, tokens[m.last + 1].kind == .word, tokens[m.last + 1].has(.capital),
                  mentions.covering[m.last + 1] == mentions.covering[i] else { return nil }
            let entry = table.entries[m.entry].payload
            return entry.party == group ? nil : (entry, m.last)
        }
        func partyBeforeMember(_ i: Int) -> (entry: PartyLexicon.Entry, last: Int)? {
            guard tokens[i].has(.capital), i + 1 < tokens.count, tokens[i + 1].line == tokens[i].line,
                  let m = table.match(scanner, at: i), m.last + 1 < tokens.count, mentions.covering[m.last + 1] >= 0 else { return nil }
            let member = mentions.mentions[Int(mentions.covering[m.last + 1])]
            let entry = table.entries[m.entry].payload
            guard member.first == m.last + 1, member.holder == .member, member.source != .role, entry.party != group,
                  i == 0 || !classes[i - 1].intersects(Lexicon.honorific | Lexicon.title | Lexicon.pluralTitle) else { return nil }
            return (entry, m.last)
        }
        while i < n {
            let t = tokens[i]
            if t.kind == .hashtag || t.kind == .handle {
                if !handOffs.partyInCall[i], let party = PartyLexicon.party(inTag: scanner.tagBody(t)),
                   seen.insert(SeenParty(line: t.line, family: familyOf(party))).inserted {
                    let tag = scanner.text(tokens: i, i)
                    drafts.append(Finding.Draft(rule: .partyReference, first: i, last: i, subject: party,
                                                message: ReportWording.partyTag(tag, party: party, hashtag: t.kind == .hashtag),
                                                replacements: t.kind == .hashtag ? [""] : [], detailed: drafts.count < ReleaseScanner.detailedDrafts))
                }
                i += 1
                continue
            }
            guard t.kind == .word, classes[i].intersects(Lexicon.partyStart) else { i += 1; continue }
            // Not inside a person's name ("Cllr Jane Green", "Mr Green").
            let cover = mentions.covering[i]
            if cover >= 0 {
                let m = mentions.mentions[Int(cover)]
                // A plural party word ("Riverside Greens", "Hollowmere Independents") is not a surname.
                let plural = scanner.bytes[Int(t.end) - 1] | 0x20 == 0x73
                // A full party name is never part of a person's name: "y Cynghorydd Catrin Tudur o Blaid Cymru".
                let fullName = table.match(scanner, at: i).map {
                    let entry = table.entries[$0.entry].payload
                    return $0.last > i && entry.strength == .strong && entry.party != group
                } ?? false
                // A role's extension after the name is no name: "Cllr X, Leader of the Labour Group", "Arweinydd y Grŵp Llafur".
                // "Leader of the Opposition" is the role's own name.
                let inRole = m.hasRole && i > m.first && tokens[i - 1].kind == .word
                    && classes[i - 1].intersects(Lexicon.article | Lexicon.connector | Lexicon.partyCueBefore)
                    && (table.match(scanner, at: i).map { table.entries[$0.entry].payload.party != group } ?? false)
                // "y Cynghorydd Llafur Owain Brychan": a party straight after a title, before the name, is the member's label.
                let afterTitle = i > m.first && i == m.first + 1 && classes[m.first].intersects(Lexicon.title) && i < m.last
                    && tokens[i + 1].kind == .word && tokens[i + 1].has(.capital)
                if !fullName, !inRole, !afterTitle, m.source != .role && m.source != .generic || (m.source == .generic && i != m.first && !plural) { i += 1; continue }
            }
            guard let p = PartyLexicon.match(scanner, classes: classes, at: i, previousParty: lastPartyEnd) ?? partyBeforeMember(i) ?? partyAfterTitle(i) else { i += 1; continue }
            lastPartyEnd = p.last
            // "The Leader of the Opposition asks …", "Arweinydd yr Wrthblaid": an office that identifies its holder, not also a
            // party grouping.
            if p.entry.party == group, cover >= 0, mentions.mentions[Int(cover)].holder == .member, p.last <= mentions.mentions[Int(cover)].last,
               mentions.mentions[Int(cover)].source == .role || mentions.mentions[Int(cover)].hasRole {
                i = p.last + 1
                continue
            }
            if !handOffs.partyInCall[i] {
                let party = p.entry.party
                let isGroup = party == group
                // "yr wrthblaid Lafur" (the Labour opposition): a grouping named with its party is that party, once.
                if isGroup, p.last + 1 < tokens.count, tokens[p.last + 1].kind == .word, classes[p.last + 1].intersects(Lexicon.partyStart),
                   let next = PartyLexicon.table.match(scanner, at: p.last + 1), PartyLexicon.table.entries[next.entry].payload.party != group {
                    i = p.last + 1
                    continue
                }
                // One finding per party per line, however written: "Liberal Democrat Coun Pryor (Lib Dem, Westgate)".
                // Party groupings without a party's name ("the ruling group", "opposition councillors") count once per line too.
                let key = SeenParty(line: t.line, family: isGroup ? group : familyOf(party))
                guard seen.insert(key).inserted else { i = p.last + 1; continue }
                let asWritten = scanner.collapsedText(tokens: i, p.last)
                drafts.append(Finding.Draft(rule: .partyReference, first: i, last: p.last,
                                            subject: isGroup ? asWritten : party,
                                            message: ReportWording.party(party, asWritten: asWritten, group: isGroup),
                                            replacements: replacement(scanner, first: i, last: p.last), detailed: drafts.count < ReleaseScanner.detailedDrafts))
            }
            i = p.last + 1
        }
        return drafts
    }

    /// A party already reported on a line.
    struct SeenParty: Hashable {
        var line: Int32
        var family: String
    }

    /// The party a name belongs to, without its nation or "Party": "Scottish Labour" and "Labour Party" are one
    /// party when an article writes "Scottish Labour's Cllr X (Lab, …)".
    static func family(_ party: String) -> String {
        var name = Substring(party.lowercased())
        for prefix in ["scottish ", "welsh "] where name.hasPrefix(prefix) { name = name.dropFirst(prefix.count) }
        if name.hasPrefix("green") { return "green" }
        if name.hasSuffix(" party") { name = name.dropLast(6) }
        if name.hasSuffix("s") { name = name.dropLast() }
        return String(name)
    }

    /// "Labour-led administration" → "council", "Conservative-run cabinet" → "cabinet", "ruling group" → "council":
    /// a party-run label whose fix is to name the council body instead. Nil for a bare party name (no mechanical fix).
    static func replacement(_ scanner: TextScanner, first: Int, last: Int) -> [String] {
        let tokens = scanner.tokens
        guard last > first, tokens[last].kind == .word else { return [] }
        let lastKey = tokens[last].key
        guard PartyLexicon.spanNounKeys.contains(lastKey) else { return [] }
        // A party's own group is not the council ("the Labour group", "opposition group"); the ruling one acts as it.
        if groupKeys.contains(lastKey), !rulingKeys.contains(tokens[first].key) { return [] }
        if lastKey == cabinetKey { return ["cabinet"] }
        if lastKey == executiveKey { return ["executive"] }
        return ["council"]
    }

    static let groupKeys: Set<UInt64> = Set(["group", "coalition"].map(TextScanner.key))
    static let rulingKeys: Set<UInt64> = Set(["ruling", "controlling", "majority"].map(TextScanner.key))
    static let cabinetKey = TextScanner.key("cabinet")
    static let executiveKey = TextScanner.key("executive")
}
