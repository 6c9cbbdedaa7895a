/// Every person a release names or refers to by title, found in one pass over the tokens: "Cllr Jane Doe",
/// "Councillors Ann Lee and Raj Patel", "Jane Doe" from the people list, "Dr Amir Khan", "the Leader of the
/// Council", "Cabinet Member for Housing", "@CllrJaneDoe", "Jane Doe MP", and a bare "Doe" after a full
/// mention. A name and its appositive role ("Cllr Jane Doe, Cabinet Member for Housing,") become one mention,
/// so one occurrence is one finding.
struct PersonMentions: Sendable {
    /// How a mention was recognised.
    enum Source: Sendable { case titled, listed, honorific, role, roleWithName, handle, generic, surname }

    /// One mention.
    struct Mention: Sendable {
        /// First and last token (inclusive).
        var first: Int
        var last: Int
        /// Member, officer or someone else.
        var holder: RoleLexicon.Holder
        /// A bare occurrence is a member reference.
        var referenceable: Bool
        /// How it was recognised (for a merged mention: of its name part).
        var source: Source
        /// The name part as written ("Cllr Jane Doe"), or the role when there is no name.
        var subject: String
        /// The whole mention as written ("Cllr Jane Doe, Leader of the Council").
        var display: String
        /// Index into the people list when the person is on it.
        var person: Int?
        /// True when a role is part of the mention.
        var hasRole: Bool
    }

    var mentions: [Mention] = []
    /// Token → index of the mention covering it, or -1 (one table; where mentions start and end is read from them).
    var covering: [Int32] = []

    /// Index of the mention starting at token `k`, or -1.
    @inline(__always) func starting(at k: Int) -> Int32 {
        let m = covering[k]
        return m >= 0 && mentions[Int(m)].first == k ? m : -1
    }

    /// Index of the mention ending at token `k`, or -1.
    @inline(__always) func ending(at k: Int) -> Int32 {
        let m = covering[k]
        return m >= 0 && mentions[Int(m)].last == k ? m : -1
    }

    /// Surnames already seen with a title or in full, and the listed person they belong to (if any).
    struct SurnameIndex {
        private var index = KeywordIndex(capacity: 16)
        mutating func set(_ key: UInt64, _ person: Int?) { index.insert(key, UInt32((person ?? -1) + 1)) }
        /// nil: never seen; .some(nil): seen, not on the list; .some(p): listed person p.
        func get(_ key: UInt64) -> Int?? {
            let v = index.lookup(key, missing: UInt32.max)
            if v == UInt32.max { return nil }
            return .some(v == 0 ? nil : Int(v) - 1)
        }
    }

    /// Finds the mentions in `scanner`'s tokens.
    static func find(_ scanner: TextScanner, classes: [WordClass], people: PeopleList) -> PersonMentions {
        let tokens = scanner.tokens
        let n = tokens.count
        var raw: [Mention] = []
        var seen = SurnameIndex()
        var i = 0
        let nameBlock = Lexicon.nameStop | Lexicon.speechVerb | Lexicon.title | Lexicon.pluralTitle | Lexicon.pronoun | Lexicon.article
            | Lexicon.roleStart | Lexicon.postnominal | Lexicon.electioneeringStart

        // After a title every capitalised word is a name ("Cllr Rose Hall", "Cllr Tom Green", "Cllr Ann Park"),
        // except the words that start something else.
        let titledBlock = Lexicon.speechVerb | Lexicon.title | Lexicon.pluralTitle | Lexicon.pronoun | Lexicon.article
            | Lexicon.roleStart | Lexicon.postnominal | Lexicon.electioneeringStart
        func isNameWord(_ k: Int, _ block: WordClass = nameBlock) -> Bool {
            guard k < n, tokens[k].kind == .word, tokens[k].has(TextScanner.Flags.capital) else { return false }
            if !classes[k].intersects(block) { return true }
            // After a title, a word that could start a role but does not here is a name: "Cllr Amy Lord said".
            return block == titledBlock && !classes[k].intersects(block.subtracting(Lexicon.roleStart))
                && RoleLexicon.match(scanner, classes: classes, at: k) == nil
        }
        /// A personal name starting at `j`: capitalised words, initials ("J."), particles, hyphenated parts.
        func nameEnd(from j: Int, max words: Int = 4, paragraph: Int32, titled: Bool = false) -> Int? {
            let block = titled ? titledBlock : nameBlock
            var k = j
            var last = -1
            var count = 0
            while k < n, tokens[k].paragraph == paragraph, count < words {
                let t = tokens[k]
                if !titled, k > j, classes[k].intersects(Lexicon.partyStart), let party = PartyLexicon.table.match(scanner, at: k),
                   party.last > k && PartyLexicon.table.entries[party.entry].payload.strength == .strong
                    || PartyLexicon.match(scanner, classes: classes, at: k) != nil {
                    break  // "Safodd Reform UK", "No Labour councillors": a party, not the rest of a person's name
                }
                if isNameWord(k, block) {
                    last = k
                    count += 1
                    if t.has(TextScanner.Flags.possessive) { break }
                    k += 1
                    // An initial with a full stop: "J. Smith".
                    if t.end - t.start == 1, k < n, tokens[k].isPunct("."), isNameWord(k + 1, block) { k += 1 }
                    // Hyphenated surname: "Smith-Jones".
                    if k + 1 < n, tokens[k].isPunct("-"), !tokens[k].has(TextScanner.Flags.spaceBefore), isNameWord(k + 1, block) { k += 1 }
                    continue
                }
                if t.kind == .word, classes[k].intersects(Lexicon.particle), !t.has(TextScanner.Flags.capital), isNameWord(k + 1, block), last >= 0 {
                    k += 1
                    continue
                }
                break
            }
            return last >= 0 ? last : nil
        }
        /// A party phrase ending at token `k` ("Labour's", "the Green Party's").
        func partyEnding(at k: Int) -> Bool {
            var s = k
            while s >= 0, k - s < 4 {
                if classes[s].intersects(Lexicon.partyStart), let p = PartyLexicon.match(scanner, classes: classes, at: s), p.last == k { return true }
                s -= 1
            }
            return false
        }
        func personFor(nameFirst: Int, nameLast: Int) -> Int? {
            guard !people.isEmpty else { return nil }
            if let full = people.matchName(scanner, at: nameFirst), full.last == nameLast { return full.person }
            // An initial ("J. Doe") is not a first name to compare.
            let initial = tokens[nameFirst].end - tokens[nameFirst].start < 2
                || (nameFirst + 1 < n && tokens[nameFirst + 1].isPunct(".") && !tokens[nameFirst + 1].has(TextScanner.Flags.spaceBefore))
            let first = nameFirst < nameLast && !initial ? tokens[nameFirst].key : nil
            return people.person(surname: tokens[nameLast].key, firstName: first)
        }
        func add(_ first: Int, _ last: Int, _ holder: RoleLexicon.Holder, _ referenceable: Bool, _ source: Source, person: Int?,
                 hasRole: Bool = false) {
            // Only members become findings, so only their words are needed.
            let text = holder == .member ? scanner.collapsedText(tokens: first, last) : ""
            raw.append(Mention(first: first, last: last, holder: holder, referenceable: referenceable, source: source,
                               subject: text, display: text, person: person, hasRole: hasRole))
        }

        while i < n {
            let t = tokens[i]
            let c = classes[i]
            if t.kind == .handle {
                if let person = memberHandle(scanner, at: i, people: people) {
                    add(i, i, .member, true, .handle, person: person >= 0 ? person : nil)
                }
                i += 1
                continue
            }
            guard t.kind == .word else { i += 1; continue }
            // Fast path: a lower-case word with no title, honorific or role class starts no mention.
            if !c.intersects((Lexicon.title | Lexicon.pluralTitle | Lexicon.honorific | Lexicon.roleStart)) && !t.has(TextScanner.Flags.capital) {
                i += 1
                continue
            }
            let paragraph = t.paragraph
            // 1. A title and one or more names: "Cllr Jane Doe", "Councillors Ann Lee and Raj Patel".
            // "cynghorwyr Llafur" is "Labour councillors": a lower-case title before a party word is no name.
            let partyAfter = !t.has(.capital) && i + 1 < n && classes[i + 1].intersects(Lexicon.partyStart)
            if c.intersects((Lexicon.title | Lexicon.pluralTitle)), !partyAfter {
                var j = i + 1
                // "Cllr. Doe", "Coun. Heap": the full stop of an abbreviation; "councillors. For …" ends a sentence.
                if j < n, tokens[j].isPunct("."), !tokens[j].has(TextScanner.Flags.spaceBefore), t.end - t.start <= 4 { j += 1 }
                // On a heading line a plural title before one word is a heading's words ("Councillors Standing for
                // Re-election"), not a list of names ("Councillors Ann Lee and Raj Patel", "Councillors Lee and Patel").
                let headingWords: (Int) -> Bool = { last in
                    guard c.intersects(Lexicon.pluralTitle), scanner.headingLines[Int(t.line)], last == j, personFor(nameFirst: j, nameLast: last) == nil else { return false }
                    let after = last + 1
                    return !(after < n && (tokens[after].isPunct(",") || tokens[after].key == TextScanner.andKey))
                }
                if let last = nameEnd(from: j, paragraph: paragraph, titled: true), !headingWords(last) {
                    var mentionFirst = i
                    var nameFirst = j
                    var nameLast = last
                    var end = last
                    while true {
                        let person = personFor(nameFirst: nameFirst, nameLast: nameLast)
                        add(mentionFirst, nameLast, .member, true, .titled, person: person)
                        seen.set(tokens[nameLast].key, person)
                        end = nameLast
                        // Plural title: more names after ",", "and", "&".
                        guard c.intersects(Lexicon.pluralTitle) else { break }
                        var k = nameLast + 1
                        guard k < n, tokens[k].paragraph == paragraph,
                              tokens[k].isPunct(",") || tokens[k].key == TextScanner.andKey else { break }
                        k += 1
                        if k < n, tokens[k].key == TextScanner.andKey { k += 1 }
                        if k < n, classes[k].intersects(Lexicon.title) { k += 1; if k < n, tokens[k].isPunct(".") { k += 1 } }
                        guard let next = nameEnd(from: k, paragraph: paragraph, titled: true) else { break }
                        mentionFirst = k
                        nameFirst = k
                        nameLast = next
                    }
                    i = end + 1
                    continue
                }
            }
            // 2. A listed person's full name.
            if let match = people.matchName(scanner, at: i) {
                // "Jane Roe MP": the post-nominal belongs to the listed name (one speaker, one mention).
                var last = match.last
                if last + 1 < n, classes[last + 1].intersects(Lexicon.postnominal), tokens[last + 1].has(TextScanner.Flags.allCaps),
                   tokens[last + 1].paragraph == paragraph { last += 1 }
                add(i, last, .member, true, .listed, person: match.person)
                seen.set(tokens[match.last].key, match.person)
                i = last + 1
                continue
            }
            // 3. An honorific and a name: "Dr Amir Khan" (a member only when on the list).
            if c.intersects(Lexicon.honorific), t.has(TextScanner.Flags.capital) {
                var j = i + 1
                if j < n, tokens[j].isPunct("."), !tokens[j].has(TextScanner.Flags.spaceBefore) { j += 1 }
                if let last = nameEnd(from: j, paragraph: paragraph, titled: true) {
                    var person = personFor(nameFirst: j, nameLast: last)
                    // "Mr Marsh" after "Cllr Owen Marsh": the same member by honorific and surname.
                    let seenAsMember = person == nil && seen.get(tokens[last].key) != nil
                    if seenAsMember, let known = seen.get(tokens[last].key) { person = known }
                    let member = person != nil || seenAsMember
                    add(i, last, member ? .member : .other, member, member ? (seenAsMember ? .surname : .listed) : .honorific, person: person)
                    if person != nil { seen.set(tokens[last].key, person) }
                    i = last + 1
                    continue
                }
            }
            // 4. A role: "Leader of the Council", "Cabinet Member for Housing", "Mayor Andy Street".
            if let match = RoleLexicon.match(scanner, classes: classes, at: i) {
                var last = match.last
                var source = Source.role
                var person: Int?
                // A title-like role directly followed by a name: "Council Leader Jane Doe".
                // A possessive role names a thing, not its holder: "the Candidate's Consent to Nomination".
                if match.role.takesName, !match.role.genitive, tokens[last].has(TextScanner.Flags.capital), last + 1 < n,
                   !tokens[last].has(TextScanner.Flags.possessive),
                   let nameLast = nameEnd(from: last + 1, max: 3, paragraph: paragraph, titled: true) {
                    person = personFor(nameFirst: last + 1, nameLast: nameLast)
                    if match.role.holder == .member { seen.set(tokens[nameLast].key, person) }
                    last = nameLast
                    source = .roleWithName
                    // "Lothian MSP Kirsty Neill MSP" is unusual, but "Elin Vaughan MS" after a role is not.
                    if last + 1 < n, classes[last + 1].intersects(Lexicon.postnominal), tokens[last + 1].has(TextScanner.Flags.allCaps) { last += 1 }
                }
                let referenceable = match.role.referenceable || source == .roleWithName
                add(i, last, match.role.holder, match.role.holder == .member && referenceable, source, person: person, hasRole: true)
                if source == .role, match.role.holder == .member, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].key == theKey {
                    // "the Leader of the Council" reads better than "Leader of the Council".
                    raw[raw.count - 1].display = "the " + raw[raw.count - 1].display
                    raw[raw.count - 1].subject = raw[raw.count - 1].display
                }
                i = last + 1
                continue
            }
            // 5. A name with a post-nominal: "Jane Doe MP", "Rhys ap Iorwerth MS".
            if isNameWord(i), !classes[i].intersects(Lexicon.partyStart), people.matchName(scanner, at: i + 1) == nil,
               let last = nameEnd(from: i, paragraph: paragraph), last > i {
                var k = last + 1
                while k < n, classes[k].intersects(Lexicon.honour), tokens[k].has(.allCaps), tokens[k].paragraph == paragraph { k += 1 }
                if k < n, classes[k].intersects(Lexicon.postnominal), tokens[k].has(TextScanner.Flags.allCaps), tokens[k].paragraph == paragraph {
                    // "Mid Carse MSP Alasdair Munro": a name right after the post-nominal makes the words before it
                    // a constituency; the post-nominal starts the mention ("MSP Alasdair Munro").
                    if k == last + 1, k + 1 < n, !tokens[k + 1].has(TextScanner.Flags.lineStart), isNameWord(k + 1),
                       let after = nameEnd(from: k + 1, paragraph: paragraph), after > k + 1 {
                        i = k
                        continue
                    }
                    let person = personFor(nameFirst: i, nameLast: last)
                    add(i, k, .member, true, .titled, person: person)
                    seen.set(tokens[last].key, person)
                    i = k + 1
                    continue
                }
                // 6. Any other two- to four-word name ("Jane Smith"): someone, not flagged, but a possible speaker;
                // a member when the surname was seen with a title earlier ("Cllr Jane Doe" … "Jane Doe said").
                if let person = seen.get(tokens[last].key) {
                    add(i, last, .member, true, .surname, person: person)
                } else if i > 0, tokens[i - 1].has(.possessive), partyEnding(at: i - 1) {
                    // "Labour's Priya Shah": a party's politician.
                    add(i, last, .member, true, .titled, person: nil)
                    seen.set(tokens[last].key, nil)
                } else {
                    // Honours after the name belong to it ("Ruth Akers MBE JP, Councillor for Eastgate").
                    add(i, k > last + 1 ? k - 1 : last, .other, false, .generic, person: nil)
                }
                i = (k > last + 1 ? k - 1 : last) + 1
                continue
            }
            // 7. A bare surname after a full mention: "Doe said".
            if t.has(TextScanner.Flags.capital), let person = seen.get(t.key) {
                let next = i + 1 < n ? classes[i + 1] : []
                if !t.has(TextScanner.Flags.sentenceStart) || next.intersects(Lexicon.speechVerb) || t.has(TextScanner.Flags.possessive) {
                    add(i, i, .member, true, .surname, person: person)
                }
            }
            i += 1
        }
        var result = PersonMentions()
        result.mentions = merge(raw, scanner: scanner, classes: classes)
        result.covering = [Int32](repeating: -1, count: n)
        for (m, mention) in result.mentions.enumerated() {
            for k in mention.first...mention.last { result.covering[k] = Int32(m) }
        }
        return result
    }

    /// Merges a name and its appositive role into one mention: "Cllr Jane Doe, Leader of the Council",
    /// "The Leader of the Council, Cllr Jane Doe", "Jane Smith, the council's Head of Parks", "Cabinet Member Cllr Doe".
    static func merge(_ raw: [Mention], scanner: TextScanner, classes: [WordClass]) -> [Mention] {
        let tokens = scanner.tokens
        var out: [Mention] = []
        for m in raw {
            guard var prev = out.last, tokens[prev.last].paragraph == tokens[m.first].paragraph else { out.append(m); continue }
            let prevIsName = prev.source != .role
            let mIsName = m.source != .role
            // A second role joined by "and": "Dr Ann Roe MBE, Councillor and Cabinet Member for Health".
            if prevIsName, prev.hasRole, !mIsName, m.holder == .member, m.first == prev.last + 2,
               tokens[prev.last + 1].key == TextScanner.andKey {
                prev.last = m.last
                prev.holder = .member
                prev.referenceable = true
                prev.display = scanner.collapsedText(tokens: prev.first, prev.last)
                out[out.count - 1] = prev
                continue
            }
            // Exactly one bare role and one name that has no role yet.
            guard prevIsName != mIsName, !(prevIsName ? prev.hasRole : m.hasRole) else { out.append(m); continue }
            let gapFirst = prev.last + 1, gapLast = m.first - 1
            var joins = false
            if gapFirst > gapLast {
                joins = prev.source == .role && mIsName  // "Cabinet Member Cllr Doe"
            } else if tokens[gapFirst].isAppositiveMark && !tokens[gapFirst].isPunct(")") && gapLast - gapFirst <= 4 {
                joins = true
                var sawOther = false
                for k in (gapFirst + 1)..<(gapLast + 1) {
                    let t = tokens[k]
                    if t.kind == .word && classes[k].intersects(Lexicon.article) { continue }
                    // "the council's", "the county council's", "Exampleton Council's": an organisation owning the role.
                    if t.kind == .word && (t.has(TextScanner.Flags.capital) || t.has(TextScanner.Flags.possessive) || t.key == councilKey
                                           || tokens[gapLast].has(TextScanner.Flags.possessive)) {
                        sawOther = true
                        continue
                    }
                    joins = false
                    break
                }
                if joins, sawOther, !tokens[gapLast].has(TextScanner.Flags.possessive) { joins = false }
            }
            guard joins else { out.append(m); continue }
            let name = prevIsName ? prev : m
            let role = prevIsName ? m : prev
            var merged = prev
            merged.last = m.last
            // "Cllr Jane Doe (Cabinet Member for Parks)": the closing bracket belongs to the mention.
            if gapFirst <= gapLast, tokens[gapFirst].isPunct("("), m.last + 1 < tokens.count, tokens[m.last + 1].isPunct(")") { merged.last = m.last + 1 }
            merged.holder = (name.holder == .member && name.source != .generic && name.source != .honorific) ? .member : role.holder
            if name.person != nil || name.source == .titled || name.source == .listed || name.source == .handle { merged.holder = .member }
            // A role with a name attached is an individual: "the Green Party's candidate for Mill ward, Helen Marsh".
            merged.referenceable = merged.holder == .member
            merged.source = name.source
            merged.subject = name.source == .generic && role.holder == .member ? scanner.collapsedText(tokens: name.first, name.last) : name.subject
            merged.display = merged.holder == .member ? scanner.collapsedText(tokens: merged.first, merged.last) : ""
            if !prevIsName, merged.holder == .member, merged.first > 0, tokens[merged.first - 1].key == theKey {
                merged.display = "the " + merged.display  // "the Leader of the Council, Cllr Martin Fell"
            }
            merged.person = name.person ?? role.person
            merged.hasRole = true
            prev = merged
            out[out.count - 1] = prev
        }
        return out
    }

    static let councilKey = TextScanner.key("council")
    static let theKey = TextScanner.key("the")
    static let cllr = Array("cllr".utf8), councillor = Array("councillor".utf8), cyng = Array("cyng".utf8)
    static let postnominalTags = ["MP", "MSP", "MLA", "MS"].map { Array($0.utf8) }

    /// A councillor's or MP's social-media handle: `@CllrJaneDoe`, `@JaneDoeMP`, or a listed person's name.
    /// Returns the person index, -1 for a member not on the list, nil for other handles.
    static func memberHandle(_ scanner: TextScanner, at i: Int, people: PeopleList) -> Int? {
        let t = scanner.tokens[i]
        let body = scanner.tagBody(t)
        for prefix in [cllr, councillor, cyng] where body.starts(with: prefix) { return -1 }
        // "@JaneDoeMP": an upper-case post-nominal after a lower-case letter.
        let raw = Array(scanner.bytes[(Int(t.start) + 1)..<Int(t.end)])
        for suffix in postnominalTags where raw.count > suffix.count + 2 && raw.suffix(suffix.count).elementsEqual(suffix) {
            let before = raw[raw.count - suffix.count - 1]
            if before >= 0x61 && before <= 0x7A { return -1 }
        }
        for (index, squashed) in people.squashedNames.enumerated() where squashed.count >= 6 && TextScanner.contains(body, squashed) {
            return index
        }
        return nil
    }
}

extension String {
    /// Runs of white space (including line breaks) collapsed to single spaces.
    func collapsingSpaces() -> String {
        var out = ""
        out.reserveCapacity(count)
        var space = false
        for ch in self {
            if ch.isWhitespace {
                space = true
            } else {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.append(ch)
            }
        }
        return out
    }
}
