/// Every person a release names or refers to by title, found in one pass over the tokens: "Cllr Jane Doe",
/// "Councillors Ann Lee and Raj Patel", "Jane Doe" from the people list, "Dr Amir Khan", "the Leader of the
/// Council", "Cabinet Member for Housing", "@CllrJaneDoe", "Jane Doe MP", and a bare "Doe" after a full
/// mention. A name and its appositive role ("Cllr Jane Doe, Cabinet Member for Housing,") become one mention,
/// so one occurrence is one finding.
struct PersonMentions: Sendable {
    /// How a mention was recognised.
    enum Source: Sendable { case titled, listed, honorific, role, roleWithName, handle, generic, surname, address }

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
        /// Tokens inside the mention that are not the person's: the party of "Cllr Jo Bell, Labour group leader",
        /// which stays a party reference of its own.
        var party: Range<Int> = 0..<0
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
        /// Whether the text has a tab at all (a table's cells): most texts have none, and then no gap needs reading.
        let hasTabs = scanner.bytes.contains(0x09)
        var i = 0
        let nameBlock = Lexicon.nameStop | Lexicon.speechVerb | Lexicon.title | Lexicon.pluralTitle | Lexicon.pronoun | Lexicon.article
            | Lexicon.roleStart | Lexicon.postnominal | Lexicon.electioneeringStart

        // After a title every capitalised word is a name ("Cllr Rose Hall", "Cllr Tom Green", "Cllr Ann Park"),
        // except the words that start something else.
        let titledBlock = Lexicon.speechVerb | Lexicon.title | Lexicon.pluralTitle | Lexicon.pronoun | Lexicon.article
            | Lexicon.roleStart | Lexicon.postnominal | Lexicon.electioneeringStart
        func isNameWord(_ k: Int, _ block: WordClass = nameBlock) -> Bool {
            guard k < n, tokens[k].kind == .word, tokens[k].has(TextScanner.Flags.capital) else { return false }
            // An all-caps heading's "FOR", "OF", "AND" are its words, not a name ("ELECTION OF COUNCILLORS FOR WARD 4").
            if tokens[k].has(.allCaps), classes[k].intersects(Lexicon.connector) { return false }
            // Nor its prepositions: "STATEMENT BY THE LEADER OF THE COUNCIL ON THE INCINERATOR" names no "On".
            if tokens[k].has(.allCaps), PersonMentions.headingPrepositionKeys.contains(tokens[k].key) { return false }
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
                // A name ends with its line ("Diolch, Swyddfa'r Cynghorydd" ⏎ "Thanks, …") unless the prose is hard-wrapped,
                // and with its table cell.
                if t.has(.lineStart), k > j || titled, !scanner.continuesLine(k) { break }
                if hasTabs, scanner.tabBefore(k) { break }
                if !titled, k > j, classes[k].intersects(Lexicon.partyStart), let party = PartyLexicon.table.match(scanner, at: k),
                   party.last > k && PartyLexicon.table.entries[party.entry].payload.strength == .strong
                    || PartyLexicon.match(scanner, classes: classes, at: k) != nil {
                    break  // "Safodd Reform UK", "No Labour councillors": a party, not the rest of a person's name
                }
                // "Councillor Surgeries", "Councillor Blog": a heading's noun after a title, not a surname.
                if titled, tokens[k].kind == .word, PersonMentions.headingNounKeys.contains(tokens[k].key) { break }
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
                // "ap", "de", "o" inside a name, but not Welsh "o" before a party ("y Cynghorydd X o Blaid Cymru").
                if t.kind == .word, classes[k].intersects(Lexicon.particle), !t.has(TextScanner.Flags.capital), isNameWord(k + 1, block), last >= 0,
                   !(k + 1 < n && classes[k + 1].intersects(Lexicon.partyStart) && PartyLexicon.table.match(scanner, at: k + 1) != nil) {
                    k += 1
                    continue
                }
                break
            }
            return last >= 0 ? last : nil
        }
        /// A party phrase ending at token `k` ("Labour's", "the Green Party's").
        func partyEnding(at k: Int) -> Bool { partyStart(endingAt: k) != nil }
        /// Where a party phrase ending at token `k` starts.
        func partyStart(endingAt k: Int) -> Int? {
            var s = k
            while s >= 0, k - s < 4 {
                if classes[s].intersects(Lexicon.partyStart), let p = PartyLexicon.match(scanner, classes: classes, at: s), p.last == k { return s }
                s -= 1
            }
            return nil
        }
        /// "A DUP alderman", "the Green councillor": an article and a party before one generic member role single
        /// out one member. Not after "is"/"was" ("who is a Labour councillor" describes someone already named).
        func onePartyMember(_ role: RoleLexicon.Role, at k: Int) -> Bool {
            guard role.holder == .member, role.takesName, k > 1, !tokens[k].has(.lineStart), tokens[k - 1].kind == .word,
                  let s = partyStart(endingAt: k - 1), s > 0, tokens[s - 1].kind == .word, classes[s - 1].intersects(Lexicon.article) else { return false }
            return !(s > 1 && tokens[s - 2].kind == .word && classes[s - 2].intersects(Lexicon.adverbGap))
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

        /// "Parc Coffa'r Maer", "Neuadd Chwaraeon y Maer", "Tlws Bowlio'r Maer": in Welsh the thing owned comes first, so a
        /// capitalised noun mid-sentence, then the article ("y", "yr" or an elided "'r"), then the title names a place,
        /// building or trophy after the office ("the Mayor's Memorial Park"), not its holder. A verb opening the
        /// sentence ("Meddai'r Maer", "Agorodd y Maer") is not a noun: it is capitalised only by its position.
        func welshGenitive(_ title: Int) -> Bool {
            guard title > 0, tokens[title - 1].line == tokens[title].line else { return false }
            var noun = title - 1
            let before = tokens[noun]
            if before.kind == .word, !before.has(.capital), classes[noun].intersects(Lexicon.article), noun > 0 {
                noun -= 1
            } else if !(before.kind == .word && elidedArticle(before)) {
                return false
            }
            let n = tokens[noun]
            guard n.kind == .word, n.line == tokens[title].line, n.has(.capital), !n.has(.lineStart), !n.has(TextScanner.Flags.sentenceStart),
                  !classes[noun].intersects(Lexicon.speechVerb | Lexicon.title | Lexicon.pluralTitle | Lexicon.roleStart) else { return false }
            // One capitalised word after a lower-case one may be a feast or a month ("Taith gerdded Pasg y Maer", the
            // Mayor's Easter walk): the holder's own event. A name of two capitalised words, or one after a preposition
            // or a comma, is the place's.
            let previous = noun - 1
            guard previous >= 0, tokens[previous].kind == .word, tokens[previous].line == n.line else { return true }
            return tokens[previous].has(.capital) || welshPlacePrepositionKeys.contains(tokens[previous].key)
        }
        /// A Welsh word ending in an elided article, "'r" or "’r" ("Coffa'r", "Gerddi’r").
        func elidedArticle(_ t: TextScanner.Token) -> Bool {
            let e = Int(t.end)
            guard e - Int(t.start) >= 3, scanner.bytes[e - 1] | 0x20 == 0x72 else { return false }
            return scanner.bytes[e - 2] == 0x27 || (e - Int(t.start) >= 5 && scanner.bytes[e - 2] == 0x99 && scanner.bytes[e - 3] == 0x80 && scanner.bytes[e - 4] == 0xE2)
        }

        /// "Provost Wynd", "Bailie Court", "Mayor's Walk": a civic title written in full (token `title`) before
        /// one street or building word (token `k`) names a place. Not when the word is a surname already seen
        /// or on the people list, a speech verb follows, or the title is an abbreviation ("Cllr Hall").
        func placeAfterTitle(_ title: Int, _ k: Int) -> Bool {
            guard k < n, tokens[k].kind == .word, tokens[k].has(.capital), !tokens[k].has(.lineStart),
                  placeNouns.contains(tokens[k].key) else { return false }
            let t = tokens[title]
            guard t.end - t.start > 4 || t.has(.possessive), seen.get(tokens[k].key) == nil, people.surnames[tokens[k].key] == nil else { return false }
            let next = k + 1
            if next < n, tokens[next].kind == .word, tokens[next].has(.capital), !placeNouns.contains(tokens[next].key),
               tokens[next].line == tokens[k].line, isNameWord(next, titledBlock) { return false }  // "Provost Court Jones" is not a street
            return !(next < n && classes[next].intersects(Lexicon.speechVerb))
        }

        /// "in the Provost Gordon Hall", "Mayor Idris Hopkin Way": "the" or a street word, a civic title written in full, then a first name and a building word
        /// name a building after a past holder. Not a listed person, nor a surname already seen, nor before a speech
        /// verb or a possessive ("the Provost Gordon Hall said", "Provost Gordon Hall's").
        func namedBuilding(title: Int, titleLast: Int, nameLast: Int) -> Bool {
            // Without "the", only a street word ends it: "Mayor Idris Hopkin Way", "Alderman Pike Way" (not "Mayor Andy Street").
            // "The" opening a sentence counts: "The Provost Drummond Room can be booked".
            let afterThe = title > 0 && tokens[title - 1].kind == .word && tokens[title - 1].key == theKey
                && (!tokens[title - 1].has(.capital) || tokens[title - 1].has(TextScanner.Flags.sentenceStart))
            // "long service awards in Provost Gillespie Hall", "a new stop at Provost Lindsay Park": a place preposition
            // before the title makes a building's name, as "the" does ("unveiled by Provost Alec Hall" is a person).
            var before = title - 1
            while before >= 0, tokens[before].kind == .punct, title - before <= 2 { before -= 1 }  // "**Provost …**"
            let afterPlacePreposition = before >= 0 && tokens[before].kind == .word && placePrepositionKeys.contains(tokens[before].key)
            // With a people list given, a place word ending a name not on it ("Alderman Magee Park remains closed") is the place.
            guard nameLast > titleLast + 1, afterThe || afterPlacePreposition || streetNouns.contains(tokens[nameLast].key) || !people.isEmpty,
                  tokens[titleLast].end - tokens[titleLast].start > 4,
                  !tokens[nameLast].has(.possessive), placeNouns.contains(tokens[nameLast].key),
                  seen.get(tokens[nameLast].key) == nil, people.surnames[tokens[nameLast].key] == nil else { return false }
            let next = nameLast + 1
            return !(next < n && (classes[next].intersects(Lexicon.speechVerb) || classes[next].intersects(Lexicon.postnominal)))
        }

        /// "the former Mayor", "the late Provost", "cyn-Faer", "who served as Mayor": the title at `k` is a past holder's,
        /// not a sitting member's (Code of Recommended Practice on Local Authority Publicity 2011, para 34, is about members).
        func pastHolder(_ k: Int) -> Bool {
            guard k > 0 else { return false }
            let before = tokens[k - 1]
            if before.kind == .word, pastHolderWords.contains(before.key) { return true }
            // "The role of Chair of the Council is ceremonial": the office in general, not its holder.
            var o = k - 1
            if o > 0, tokens[o].kind == .word, classes[o].intersects(Lexicon.article) { o -= 1 }
            if o > 0, tokens[o].kind == .word, tokens[o].key == ofKey, tokens[o - 1].kind == .word, generalOfficeKeys.contains(tokens[o - 1].key) { return true }
            // "named after the town's post-war Provost", "in memory of Alderman …", "after the death of councillor …":
            // someone commemorated.
            var c = k - 1
            while c >= 1, k - c <= 6, tokens[c].kind != .punct || tokens[c].isPunct("-") || tokens[c].isPunct("'"),
                  tokens[c].line == tokens[k].line {
                if tokens[c].kind == .word, commemorationKeys.contains(tokens[c].key), tokens[c - 1].kind == .word,
                   commemorationLeadKeys.contains(tokens[c - 1].key) { return true }
                c -= 1
            }
            // "the late Alderman Tom Maddocks, who was Mayor of Llanhyfryd", "who died in 2019, was twice Mayor".
            if before.kind == .word, before.key == wasKey, k > 1, tokens[k - 2].key == whoKey { return true }
            // "… for 28 years and was Mayor in 1994", "when he was Mayor", Welsh "pan oedd yn Faer": a past term.
            if before.kind == .word, before.key == wasKey, k > 1, tokens[k - 2].kind == .word, pastClauseKeys.contains(tokens[k - 2].key) { return true }
            if before.kind == .word, before.key == welshYnKey, k > 2, tokens[k - 2].key == welshWasKey, tokens[k - 3].kind == .word,
               pastClauseKeys.contains(tokens[k - 3].key) { return true }
            // "The late Harri Wyn was Mayor of the town three times": "was" and a subject who is late or former.
            if before.kind == .word, before.key == wasKey {
                var s = k - 2
                while s >= 0, k - s <= 8, tokens[s].kind == .word, tokens[s].line == tokens[k].line {
                    if pastHolderWords.contains(tokens[s].key) { return true }
                    if tokens[s].has(TextScanner.Flags.sentenceStart) { break }
                    s -= 1
                }
            }
            if k > 2, before.kind == .word, tokens[k - 2].kind == .word, tokens[k - 2].key == wasKey, repeatKeys.contains(before.key) { return true }
            // Welsh "Roedd Mr Rees … yn Faer y dref": "was Mayor" in a sentence opened by the past copula.
            if before.kind == .word, before.key == ynKey {
                var s = k - 1
                while s > 0, k - s < 30, !tokens[s].has(TextScanner.Flags.sentenceStart) { s -= 1 }
                if tokens[s].kind == .word, welshPastCopulaKeys.contains(tokens[s].key) { return true }
            }
            guard k > 1, tokens[k - 2].kind == .word, pastHolderWords.contains(tokens[k - 2].key) else { return false }
            // "cyn-Faer", "ex-Mayor": the word joined by a hyphen; "served as Mayor".
            return (before.isPunct("-") && !before.has(.spaceBefore)) || (before.kind == .word && before.key == asKey)
        }

        /// "Alderman Cassidy, a former Mayor, died in 2019", "Cllr Ann Lee, who died in March": words after the
        /// name at `last` that make its holder a past one.
        func pastAfter(_ last: Int) -> Bool {
            var k = last + 1
            if k < n, tokens[k].isPunct(",") { k += 1 }
            if k < n, tokens[k].kind == .word, tokens[k].key == whoKey { k += 1 }
            if k < n, tokens[k].kind == .word, diedKeys.contains(tokens[k].key) { return true }
            if k + 1 < n, tokens[k].kind == .word, classes[k].intersects(Lexicon.article), tokens[k + 1].kind == .word,
               pastHolderWords.contains(tokens[k + 1].key) { return true }
            return false
        }

        /// The one listed member whose first name is `key` and who was already named in full, if exactly one.
        func contactFirstName(_ key: UInt64) -> Int? {
            var found: Int?
            for m in raw where m.holder == .member {
                guard let p = m.person, p < people.firstNameKeys.count, people.firstNameKeys[p] == key else { continue }
                if let f = found, f != p { return nil }
                found = p
            }
            return found
        }

        /// "Heol y Maer", "Stryd y Cynghorydd": a street word, an article and the title at `k` name a street.
        func placeBefore(_ k: Int) -> Bool {
            k >= 2 && tokens[k - 1].kind == .word && classes[k - 1].intersects(Lexicon.article) && tokens[k - 2].kind == .word
                && tokens[k - 2].has(.capital) && placeNounsBefore.contains(tokens[k - 2].key)
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
            if t.kind == .punct, t.scalar == 0x40, let (first, last, person) = memberAddress(scanner, at: i, people: people) {
                add(first, last, .member, true, .address, person: person)
                i = last + 1
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
            // "eich Cynghorydd Plaid Cymru, Gethin Rowlands": a full party name of two words or more after a title is the
            // member's party, not their name.
            let partyAfter = i + 1 < n && classes[i + 1].intersects(Lexicon.partyStart)
                && (!t.has(.capital) || PartyLexicon.table.match(scanner, at: i + 1).map { $0.last > i + 1 && PartyLexicon.table.entries[$0.entry].payload.strength == .strong } == true)
            // "eich Cynghorydd Sir" (your county councillor): a title that starts a longer role is that role, not a name.
            // One role match per word, shared by the steps below: the match is the costly part of this loop.
            let roleAt = c.intersects(Lexicon.roleStart) ? RoleLexicon.match(scanner, classes: classes, at: i) : nil
            let longerRole = (roleAt?.last ?? i) > i
            if c.intersects((Lexicon.title | Lexicon.pluralTitle | Lexicon.roleStart)), placeBefore(i) {
                i += 1
                continue
            }
            // "Swyddfa'r Cynghorydd", "Swyddfa'r Maer", "Apêl y Maer", "Apêl yr Arglwydd Faer": an office or a fund named
            // after a title is not its holder (the article "y"/"yr" may stand between).
            if c.intersects((Lexicon.title | Lexicon.pluralTitle | Lexicon.roleStart)), i > 0, tokens[i - 1].kind == .word, tokens[i - 1].line == t.line,
               officeNounsBefore.contains(tokens[i - 1].key)
                || (i > 1 && classes[i - 1].intersects(Lexicon.article) && tokens[i - 2].kind == .word && tokens[i - 2].line == t.line && officeNounsBefore.contains(tokens[i - 2].key))
                || welshGenitive(i)
                // "a ddaeth yn Faer fis Mai" (who became Mayor in May): the office as a predicate describes someone named.
                || (i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].key == welshPredicativeKey && tokens[i - 1].line == t.line
                    && !tokens[i - 1].has(TextScanner.Flags.capital)) {
                i = (roleAt?.last ?? i) + 1
                continue
            }
            // "COUNCILLOR'S BLOG", "the councillor's surgery": a possessive title names no one after it.
            if c.intersects((Lexicon.title | Lexicon.pluralTitle)), !partyAfter, !longerRole, !t.has(.possessive) {
                var j = i + 1
                // "Cllr. Doe", "Coun. Heap": the full stop of an abbreviation; "councillors. For …" ends a sentence.
                if j < n, tokens[j].isPunct("."), !tokens[j].has(TextScanner.Flags.spaceBefore), t.end - t.start <= 4 { j += 1 }
                if j == i + 1, placeAfterTitle(i, j) {
                    i = j + 1
                    continue
                }
                // On a heading line a plural title before one word is a heading's words ("Councillors Standing for
                // Re-election"), not a list of names ("Councillors Ann Lee and Raj Patel", "Councillors Lee and Patel").
                let headingWords: (Int) -> Bool = { last in
                    guard c.intersects(Lexicon.pluralTitle), scanner.headingLines[Int(t.line)], last == j, personFor(nameFirst: j, nameLast: last) == nil else { return false }
                    let after = last + 1
                    return !(after < n && (tokens[after].isPunct(",") || tokens[after].key == TextScanner.andKey))
                }
                if let last = nameEnd(from: j, paragraph: paragraph, titled: true), !headingWords(last) {
                    // "Alderman Pike Way": a street named after a past holder.
                    if !c.intersects(Lexicon.pluralTitle), personFor(nameFirst: j, nameLast: last) == nil,
                       namedBuilding(title: i, titleLast: i, nameLast: last) {
                        i = last + 1
                        continue
                    }
                    // "the late Alderman Pike", "the former Cllr Ann Lee": a past holder, unless on the people list.
                    if !c.intersects(Lexicon.pluralTitle), personFor(nameFirst: j, nameLast: last) == nil, pastHolder(i) || pastAfter(last) {
                        add(i, last, .other, false, .titled, person: nil)
                        i = last + 1
                        continue
                    }
                    var mentionFirst = i
                    var nameFirst = j
                    var nameLast = last
                    var end = last
                    while true {
                        let person = personFor(nameFirst: nameFirst, nameLast: nameLast)
                        add(mentionFirst, nameLast, .member, true, .titled, person: person)
                        seen.set(tokens[nameLast].key, person)
                        end = nameLast
                        // Plural title: more names after ",", "and", "&" (Welsh "a", "ac": "y Cynghorwyr Ann Lee a Sam Orr").
                        guard c.intersects(Lexicon.pluralTitle) else { break }
                        var k = nameLast + 1
                        let joins: (Int) -> Bool = { k in
                            tokens[k].key == TextScanner.andKey || (!tokens[k].has(.capital) && nameListJoins.contains(tokens[k].key))
                        }
                        guard k < n, tokens[k].paragraph == paragraph, tokens[k].isPunct(",") || joins(k) else { break }
                        k += 1
                        if k < n, joins(k) { k += 1 }
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
                // "Jane Roe MP", "Ann Lee MBE DL": honours and a post-nominal on the same line belong to the name,
                // so the post-nominal is not a second mention of the same person.
                var last = match.last
                var k = last + 1
                while k < n, classes[k].intersects(Lexicon.honour), tokens[k].has(.allCaps), !tokens[k].has(.lineStart) { k += 1 }
                if k < n, classes[k].intersects(Lexicon.postnominal), tokens[k].has(.allCaps), !tokens[k].has(.lineStart) {
                    last = k
                } else if k > last + 1 {
                    last = k - 1
                }
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
            if let match = roleAt {
                var last = match.last
                var source = Source.role
                var person: Int?
                var holder = match.role.holder
                // "Provost Wynd", "the Mayor's Walk": a street or building named after the office.
                if match.role.holder == .member, !match.role.genitive, placeAfterTitle(last, last + 1) {
                    i = last + 2
                    continue
                }
                // "the Mayor's Office", "the Leader's office": a capitalised office, or a single-holder office's, is a unit
                // of the organisation, like the Press Office, not the person ("the Cabinet Member's office" is still theirs).
                if tokens[last].has(.possessive), last + 1 < n, tokens[last + 1].kind == .word,
                   tokens[last + 1].has(.capital) || singleHolderKeys.contains(tokens[last].key),
                   officeNouns.contains(tokens[last + 1].key) {
                    i = last + 2
                    continue
                }
                // "the Mayor's Charity Quiz", "MAYOR'S CHARITY BALL", "the Lord Mayor's Appeal", "Mayor's Civic Awards": a
                // capitalised event or fund named after a single-holder office is not the holder (who doing something for
                // it still is); "the Town Mayor's Easter walk" is the holder's walk.
                // A short heading may write it in lower case: "Chairman's charity ball".
                // (an agenda's number may come first: "1. Chairman's welcome").
                let shortHeading = i - Int(scanner.lineTokenStart[Int(tokens[i].line)]) <= 2 && Int(scanner.lineTokenStart[Int(tokens[i].line) + 1]) - i <= 5
                if tokens[last].has(.possessive), last + 1 < n, tokens[last + 1].kind == .word, tokens[last + 1].has(.capital) || shortHeading,
                   tokens[last + 1].line == tokens[last].line,
                   singleHolderKeys.contains(tokens[last].key) || singleHolderKeys.contains(tokens[i].key),  // "the Chair of the Council's Award"
                   (last + 1...min(n - 1, last + 3)).contains(where: { tokens[$0].kind == .word && (tokens[$0].has(.capital) || shortHeading)
                       && namedEventKeys.contains(tokens[$0].key) }) {
                    i = last + 2
                    continue
                }
                // "The Mayor's role is largely ceremonial": the office in general, not its holder.
                if tokens[last].has(.possessive), last + 1 < n, tokens[last + 1].kind == .word,
                   officeDescriptionNouns.contains(tokens[last + 1].key) {
                    i = last + 2
                    continue
                }
                // "Dirprwy Faer Osian Brychan": a Welsh office read with its place ("Maer Aberystwyth") whose "place" is
                // a listed person's name is that person, the holder.
                if match.role.genitive, !people.isEmpty, last > i {
                    var j = i + 1
                    var named: (person: Int, last: Int)?
                    while j <= last, named == nil { named = people.matchName(scanner, at: j); if named == nil { j += 1 } }
                    if let named, named.last >= last {
                        person = named.person
                        last = named.last
                        source = .roleWithName
                        seen.set(tokens[named.last].key, named.person)
                    }
                }
                // A title-like role directly followed by a name: "Council Leader Jane Doe".
                // A possessive role names a thing, not its holder: "the Candidate's Consent to Nomination".
                // The name is on the role's line: "'…' – MP" ⏎ "Exampleton Echo" is a headline and its paper.
                if match.role.takesName, !match.role.genitive, tokens[last].has(TextScanner.Flags.capital), last + 1 < n,
                   !tokens[last].has(TextScanner.Flags.possessive), !tokens[last + 1].has(.lineStart),
                   let nameLast = nameEnd(from: last + 1, max: 3, paragraph: paragraph, titled: true) {
                    person = personFor(nameFirst: last + 1, nameLast: nameLast)
                    if person == nil, namedBuilding(title: i, titleLast: last, nameLast: nameLast) {
                        i = nameLast + 1
                        continue
                    }
                    // "Mayor Street", "Provost Wynd" after a role: one street word is the place, as after a title.
                    if person == nil, nameLast == last + 1, placeAfterTitle(last, nameLast) {
                        i = nameLast + 1
                        continue
                    }
                    // "Chair Bernard Lusk" of a residents' group: a chair or leader of no named council body is a
                    // member only by the list; with a list given and the name not on it, they chair something else.
                    if person == nil, match.role.conditional, !people.isEmpty,
                       !(i...last).contains(where: { classes[$0].intersects(Lexicon.memberBody) }) { holder = .other }
                    // "Cynghorydd Sir Cwm Eithin" (county councillor for Cwm Eithin): after a councillor's generic
                    // role, words not on the given list and not seen as a name are the place the member represents.
                    if person == nil, !match.role.referenceable, match.role.holder == .member, last > i, !people.isEmpty,
                       seen.get(tokens[nameLast].key) == nil {
                        add(i, nameLast, .member, false, .role, person: nil)
                        i = nameLast + 1
                        continue
                    }
                    if holder == .member, !pastHolder(i) { seen.set(tokens[nameLast].key, person) }
                    last = nameLast
                    source = .roleWithName
                    // "Lothian MSP Kirsty Neill MSP" is unusual, but "Elin Vaughan MS" after a role is not.
                    if last + 1 < n, classes[last + 1].intersects(Lexicon.postnominal), tokens[last + 1].has(TextScanner.Flags.allCaps) { last += 1 }
                }
                // A past holder is not a sitting member, unless named and on the people list: "the former Mayor", and
                // a term in brackets after the office ("the town's first woman mayor (1951–52)").
                // "the Town Mayor for 2027/28 will be elected": a year's holder, not the sitting one.
                let term = last + 2 < n && (tokens[last + 1].isPunct("(") || tokens[last + 1].kind == .word && tokens[last + 1].key == forKey
                                              // "Mr Bowen was Mayor of Llanfenni in 1998": a past year's holder.
                                              || tokens[last + 1].kind == .word && tokens[last + 1].key == inKey && i > 0 && tokens[i - 1].key == wasKey)
                    && tokens[last + 2].kind == .number
                if holder == .member, person == nil, pastHolder(i) || term {
                    add(i, last, .other, false, source, person: nil)
                    i = last + 1
                    continue
                }
                let referenceable = match.role.referenceable || source == .roleWithName || onePartyMember(match.role, at: i)
                add(i, last, holder, holder == .member && referenceable, source, person: person, hasRole: true)
                if source == .role, holder == .member, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].key == theKey {
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
            // 7a. "Rhian: 07700 900412": a contact line's first name, a colon and a phone number stand for the one
            // listed member of that first name already named in full.
            if t.kind == .word, t.has(.capital), i + 2 < n, tokens[i + 1].isPunct(":"), tokens[i + 2].kind == .number,
               let person = contactFirstName(t.key) {
                add(i, i, .member, true, .surname, person: person)
                i += 3
                continue
            }
            // 7. A bare surname after a full mention: "Doe said". At a sentence's start a relative clause after it
            // ("Doe, who represents Mill ward, said …") describes that person, as a speech verb does.
            if t.has(TextScanner.Flags.capital), let person = seen.get(t.key) {
                // "Doe later added that …", "Doe also told …": adverbs between the surname and its speech verb.
                var v = i + 1
                while v < n, v - i <= 2, tokens[v].kind == .word, !tokens[v].has(.capital), classes[v].intersects(Lexicon.adverbGap),
                      !classes[v].intersects(Lexicon.speechVerb) { v += 1 }
                let next = v < n ? classes[v] : []
                let relative = i + 2 < n && tokens[i + 1].isPunct(",") && tokens[i + 2].kind == .word && tokens[i + 2].key == whoKey
                // So does a job in apposition closed before a speech verb: "Doe, a retired nurse, said …".
                var appositive = false
                if !relative, i + 2 < n, tokens[i + 1].isPunct(","), tokens[i + 2].kind == .word, !tokens[i + 2].has(.capital),
                   classes[i + 2].intersects(Lexicon.article) {
                    var close = i + 3
                    while close < n, close - i <= 12, tokens[close].kind == .word, tokens[close].line == t.line { close += 1 }
                    appositive = close + 1 < n && close - i <= 12 && tokens[close].isPunct(",") && classes[close + 1].intersects(Lexicon.speechVerb)
                }
                // "Doe declined to comment", "Doe voted against": a verb in the past tense after the surname.
                var pastVerb = false
                if i + 1 < n, tokens[i + 1].kind == .word, !tokens[i + 1].has(.capital), tokens[i + 1].line == t.line,
                   tokens[i + 1].end - tokens[i + 1].start > 4 {
                    let e = Int(tokens[i + 1].end)
                    pastVerb = scanner.bytes[e - 1] == 0x64 && scanner.bytes[e - 2] == 0x65  // "…ed"
                }
                // "Qureshi is standing again": a copula or auxiliary after a surname that is no ordinary word ("Hall is open").
                let auxiliary = i + 1 < n && tokens[i + 1].kind == .word && auxiliaryKeys.contains(tokens[i + 1].key) && !c.intersects(Lexicon.nameStop)
                // "Harrower Street Primary School": a street named like the member is a place.
                let place = i + 1 < n && tokens[i + 1].kind == .word && tokens[i + 1].has(.capital) && placeNouns.contains(tokens[i + 1].key)
                if !place, !t.has(TextScanner.Flags.sentenceStart) || next.intersects(Lexicon.speechVerb) || t.has(TextScanner.Flags.possessive) || relative || appositive
                    || pastVerb || auxiliary {
                    add(i, i, .member, true, .surname, person: person)
                }
            }
            i += 1
        }
        // An e-mail address stands for its member only where nothing else on its line names them
        // ("Cllr Ann Lee – ann.lee@…" is one reference).
        if raw.contains(where: { $0.source == .address }) {
            // Mentions are in text order, so those on an address's line are its neighbours in `raw`.
            var keep = [Bool](repeating: true, count: raw.count)
            for (x, m) in raw.enumerated() where m.source == .address {
                let line = tokens[m.first].line
                var y = x - 1
                while y >= 0, tokens[raw[y].first].line == line { if raw[y].person == m.person { keep[x] = false }; y -= 1 }
                y = x + 1
                while y < raw.count, tokens[raw[y].first].line == line { if raw[y].person == m.person, raw[y].source != .address { keep[x] = false }; y += 1 }
            }
            raw = raw.indices.filter { keep[$0] }.map { raw[$0] }
        }
        var result = PersonMentions()
        raw = withoutContestedOffices(raw, scanner: scanner, classes: classes)
        result.mentions = merge(raw, scanner: scanner, classes: classes)
        holdersJustNamed(&result.mentions, scanner: scanner)
        officesNamedEarlier(&result.mentions, scanner: scanner, classes: classes)
        result.covering = [Int32](repeating: -1, count: n)
        for (m, mention) in result.mentions.enumerated() {
            for k in mention.first...mention.last where !mention.party.contains(k) { result.covering[k] = Int32(m) }
        }
        return result
    }

    /// Merges a name and its appositive role into one mention: "Cllr Jane Doe, Leader of the Council",
    /// "The Leader of the Council, Cllr Jane Doe", "Jane Smith, the council's Head of Parks", "Cabinet Member Cllr Doe".
    /// A page about electing an office ("Mayor and Police and Crime Commissioner elections", "voters will elect the
    /// Mayor of Ravensmoor", "the four people hoping to become Mayor") describes the office, not a holder: where the
    /// text never names a holder of it, its bare mentions ("What does the Mayor do?") identify no one.
    static func withoutContestedOffices(_ raw: [Mention], scanner: TextScanner, classes: [WordClass]) -> [Mention] {
        let tokens = scanner.tokens
        let n = tokens.count
        var contested = Set<UInt64>()
        for m in raw where m.holder == .member && m.source == .role {
            let office = tokens[m.last].key
            guard !contested.contains(office) else { continue }
            // After it, on its line, only capitalised words and "and"/"of"/"the" before an election word.
            var k = m.last + 1
            while k < n, k - m.last <= 8, tokens[k].kind == .word, tokens[k].line == tokens[m.last].line {
                if electionNounKeys.contains(tokens[k].key) { contested.insert(office); break }
                guard tokens[k].has(.capital) || officeListKeys.contains(tokens[k].key) else { break }
                k += 1
            }
            // Before it: "elect the", "become", "hoping to become", "ethol".
            var b = m.first - 1
            while b >= 0, m.first - b <= 2, tokens[b].kind == .word, tokens[b].line == tokens[m.first].line {
                if electVerbKeys.contains(tokens[b].key) { contested.insert(office); break }
                b -= 1
            }
        }
        guard !contested.isEmpty else { return raw }
        let named = Set(raw.filter { $0.holder == .member && ($0.source == .roleWithName || $0.person != nil) }.map { tokens[$0.last].key })
        let offices = contested.subtracting(named)
        guard !offices.isEmpty else { return raw }
        // The office speaking ("PCC defends sale", "the commissioner has defended …") is its sitting holder.
        func speaks(_ m: Mention) -> Bool {
            var k = m.last + 1
            if k < n, tokens[k].kind == .word, tokens[k].key == hasKey { k += 1 }
            return k < n && tokens[k].kind == .word && classes[k].intersects(Lexicon.speechVerb)
        }
        return raw.filter { !($0.holder == .member && $0.source == .role && offices.contains(tokens[$0.last].key) && !speaks($0)) }
    }
    static let hasKey = TextScanner.key("has")
    /// "election", "poll", "hustings", "candidates", Welsh "etholiad": a contest for an office.
    static let electionNounKeys: Set<UInt64> = Set(["election", "elections", "poll", "polls", "hustings", "candidates", "candidate", "race",
                                                    "contest", "ballot", "etholiad", "etholiadau"].map(TextScanner.key))
    /// Words inside a list of offices before its election word: "Mayor and Police and Crime Commissioner elections".
    static let officeListKeys: Set<UInt64> = Set(["and", "of", "the", "for", "a"].map(TextScanner.key))
    /// "elect the Mayor", "become Mayor", Welsh "ethol": the office being filled.
    static let electVerbKeys: Set<UInt64> = Set(["elect", "elects", "electing", "become", "becoming", "ethol", "dod"].map(TextScanner.key))

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
            // "Cadeirydd Cyngor Sir Bro Hafren, y Cynghorydd Menna Griffiths": an office named by its council, then its holder.
            if prev.hasRole, prev.person == nil, prev.source != .titled, prev.source != .listed, m.source == .titled, m.holder == .member,
               m.first >= prev.last + 2, m.first <= prev.last + 3,
               tokens[prev.last + 1].isPunct(","), (prev.last + 2..<m.first).allSatisfy({ classes[$0].intersects(Lexicon.article) }),
               (prev.first...prev.last).contains(where: { tokens[$0].key == councilKey || welshCouncilKeys.contains(tokens[$0].key) }) {
                prev.last = m.last
                prev.source = m.source
                prev.person = m.person
                prev.holder = .member
                prev.referenceable = true
                prev.subject = m.subject
                prev.display = scanner.collapsedText(tokens: prev.first, prev.last)
                out[out.count - 1] = prev
                continue
            }
            // Exactly one bare role and one name that has no role yet.
            guard prevIsName != mIsName, !(prevIsName ? prev.hasRole : m.hasRole) else { out.append(m); continue }
            var gapFirst = prev.last + 1
            let gapLast = m.first - 1
            // Welsh puts the adjective after the role: "yr Aelod o'r Senedd lleol, Dyfan Probert AS".
            if !prevIsName, gapFirst < gapLast, tokens[gapFirst].kind == .word, postRoleAdjectiveKeys.contains(tokens[gapFirst].key),
               tokens[gapFirst + 1].isAppositiveMark { gapFirst += 1 }
            // "a'r aelod cabinet dros ddiwylliant, y Cynghorydd …": the portfolio, its comma and an article.
            // "Coun Jo Bell (Con, Abbeyfields), the council leader,": a bracketed party and ward label between a name and
            // its appositive role belongs to the name; the role after it is still that person's.
            var label: Range<Int>? = nil
            if prevIsName, tokens[gapFirst].isPunct("(") {
                var close = gapFirst + 1
                while close < gapLast, close - gapFirst <= 7, !tokens[close].isPunct(")"), !tokens[close].isPunct("(") { close += 1 }
                if close < gapLast, tokens[close].isPunct(")"), tokens[close + 1].isPunct(","), close > gapFirst + 1 {
                    label = (gapFirst + 1)..<close
                    gapFirst = close + 1
                }
            }
            var portfolioLast = gapLast
            while portfolioLast > gapFirst, tokens[portfolioLast].kind == .word, classes[portfolioLast].intersects(Lexicon.article) { portfolioLast -= 1 }
            // A name and a role on different lines are two things unless the prose is hard-wrapped.
            if (gapFirst...m.first).contains(where: { tokens[$0].has(.lineStart) && !scanner.continuesLine($0) }) { out.append(m); continue }
            var joins = false
            var partyGap = false
            if gapFirst > gapLast {
                joins = prev.source == .role && mIsName && !tokens[m.first].has(.lineStart)  // "Cabinet Member Cllr Doe"
            } else if !prevIsName, m.source == .titled || (m.source == .listed && tokens[portfolioLast].isPunct(",")),
                      portfolioGap(gapFirst, portfolioLast, scanner: scanner, classes: classes) {
                // "Cabinet member for transport Coun Jo Bell": the portfolio in lower case, then the name; "y Cynghorydd
                // Sir dros Faes-glas, Huw Trefor": the seat, a comma and a listed member's name.
                joins = true
            } else if !prevIsName, m.source == .titled, gapLast - gapFirst <= 6, tokens[gapLast].isPunct(","), tokens[gapFirst].kind == .word,
                      councilBodyLeadKeys.contains(tokens[gapFirst].key), gapLast - 1 > gapFirst,
                      classes[gapLast - 1].intersects(Lexicon.memberBody),
                      (gapFirst + 1..<gapLast).allSatisfy({ tokens[$0].kind == .word && (tokens[$0].has(.capital) || classes[$0].intersects(Lexicon.article)) }) {
                joins = true  // "The Liberal Democrat group leader on Northfold City Council, Coun Priya Ashworth": the body, then the name
            } else if !prevIsName, m.source == .titled, tokens[gapFirst].isPunct(":"),
                      (gapFirst + 1..<gapLast + 1).allSatisfy({ tokens[$0].kind == .word && classes[$0].intersects(Lexicon.article) }),
                      m.last + 1 >= tokens.count || tokens[m.last + 1].has(.lineStart) {
                joins = true  // "From the Leader: Cllr Jo Bell", a byline
            } else if (tokens[gapFirst].isAppositiveMark || tokens[gapFirst].isPunct("|")) && !tokens[gapFirst].isPunct(")") && gapLast - gapFirst <= 4 {
                // A signature block's bar joins a name and its office as a comma does: "Cllr Jo Bell | Leader of the Council".
                joins = true
                var sawOther = false
                // "Cllr Jo Bell, Labour group leader,": a party before the role names whose role it is.
                var s = gapFirst + 1
                while s <= gapLast, tokens[s].kind == .word, classes[s].intersects(Lexicon.article) { s += 1 }
                // "The Mayor, UUP Alderman Jo Bell,": a party before the name after a role is the holder's too.
                if s <= gapLast, classes[s].intersects(Lexicon.partyStart),
                   let party = PartyLexicon.match(scanner, classes: classes, at: s), party.last >= gapLast {
                    partyGap = true
                }
                for k in (gapFirst + 1)..<(gapLast + 1) where !partyGap {
                    let t = tokens[k]
                    if t.kind == .word && classes[k].intersects(Lexicon.article) { continue }
                    // "backed the convener, while Labour's Gordon Kerr abstained": a new clause, another person.
                    if t.kind == .word, clauseConjunctionKeys.contains(t.key) { joins = false; break }
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
            // "Anke Voss, the Lord Mayor Cllr Gwen Harrower and …": a role straight before a title belongs to the name after it.
            if joins, prevIsName, !mIsName, m.last + 1 < tokens.count, classes[m.last + 1].intersects(Lexicon.title) { joins = false }
            // A plural role ("MEET THE CANDIDATES – Wexcombe Central ward") is no one's appositive.
            if joins, !(prevIsName ? m : prev).referenceable, (prevIsName ? prev : m).source == .generic {
                let roleLast = tokens[(prevIsName ? m : prev).last]
                if roleLast.end - roleLast.start > 3, scanner.bytes[Int(roleLast.end) - 1] | 0x20 == 0x73 { joins = false }
            }
            guard joins else { out.append(m); continue }
            let name = prevIsName ? prev : m
            let role = prevIsName ? m : prev
            var merged = prev
            merged.last = m.last
            if partyGap { merged.party = (gapFirst + 1)..<m.first }
            if let label { merged.party = label }  // the bracket's party stays a party reference of its own
            // "Cllr Jane Doe (Cabinet Member for Parks)": the closing bracket belongs to the mention.
            if gapFirst <= gapLast, tokens[gapFirst].isPunct("("), m.last + 1 < tokens.count, tokens[m.last + 1].isPunct(")") { merged.last = m.last + 1 }
            merged.holder = (name.holder == .member && name.source != .generic && name.source != .honorific) ? .member : role.holder
            if name.person != nil || name.source == .titled || name.source == .listed || name.source == .handle { merged.holder = .member }
            // A role with a name attached is an individual: "the Green Party's candidate for Mill ward, Helen Marsh".
            // "named after John Lyall, the city's provost from 1921": a holder commemorated, not a sitting member.
            if name.person == nil, commemorated(before: name.first, tokens) { merged.holder = .other }
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

    /// "named after", "in memory of", "in honour of" just before token `first`: the person named is commemorated.
    static func commemorated(before first: Int, _ tokens: [TextScanner.Token]) -> Bool {
        first >= 2 && tokens[first - 1].kind == .word && commemorationKeys.contains(tokens[first - 1].key)
            && tokens[first - 2].kind == .word && commemorationLeadKeys.contains(tokens[first - 2].key)
    }

    /// "Transport convener Cllr Jo Bell … The convener said …": a lower-case office that alone names no member (a
    /// convener of anything) is the member who was named holding it earlier in the text, as news copy writes.
    static func officesNamedEarlier(_ mentions: inout [Mention], scanner: TextScanner, classes: [WordClass]) {
        let tokens = scanner.tokens
        var held = Set<UInt64>()
        for x in mentions.indices {
            let m = mentions[x]
            if m.holder == .member, m.hasRole || m.source == .role {
                for k in m.first...m.last where tokens[k].kind == .word && classes[k].intersects(Lexicon.roleStart) { held.insert(tokens[k].key) }
            } else if m.holder == .other, m.source == .role, m.first == m.last, !tokens[m.first].has(.capital), m.first > 0,
                      held.contains(tokens[m.first].key), singleHolderKeys.contains(tokens[m.first].key),
                      tokens[m.first - 1].kind == .word && tokens[m.first - 1].key == theKey
                        // "the education convener said": a portfolio word between.
                        || m.first > 1 && tokens[m.first - 1].kind == .word && !tokens[m.first - 1].has(.capital)
                            && tokens[m.first - 2].kind == .word && tokens[m.first - 2].key == theKey {
                mentions[x].holder = .member
                mentions[x].referenceable = true
                let text = "the " + scanner.collapsedText(tokens: m.first, m.last)
                mentions[x].subject = text
                mentions[x].display = text
            }
        }
    }

    /// "in the", "who as", Welsh "yn y" (`Vocabulary.capacityLeads`).
    static let capacityLeads = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.capacityLeads.map { ($0, true) } })

    /// An office without a name right after a member's name and a capacity lead ("The Lord Mayor (Cllr X) in the
    /// Chair", "Cllr X, who as Mayor would normally chair …") is the office that member holds: no second member is
    /// identified, so the office is no reference of its own.
    static func holdersJustNamed(_ mentions: inout [Mention], scanner: TextScanner) {
        let tokens = scanner.tokens
        for x in mentions.indices.dropFirst() where mentions[x].source == .role && mentions[x].holder == .member {
            let prev = mentions[x - 1]
            guard prev.holder == .member, prev.source != .role || prev.hasRole, tokens[prev.last].line == tokens[mentions[x].first].line else { continue }
            var k = prev.last + 1
            if k < tokens.count, tokens[k].isPunct(",") { k += 1 }
            guard k < mentions[x].first, tokens[k].kind == .word, capacityLeads.startsPhrase(tokens[k].key),
                  let lead = capacityLeads.match(scanner, at: k), lead.last + 1 == mentions[x].first else { continue }
            mentions[x].referenceable = false
        }
    }

    /// Street and building words of every language (`Vocabulary.placeNouns`).
    static let placeNouns: Set<UInt64> = Set(Vocabulary.all.flatMap(\.placeNouns).map(TextScanner.key))
    /// Street words that end a street named after a past holder (`Vocabulary.streetNouns`).
    static let streetNouns: Set<UInt64> = Set(Vocabulary.all.flatMap(\.streetNouns).map(TextScanner.key))
    /// Words that make a title's holder a past one (`Vocabulary.pastHolderWords`).
    static let pastHolderWords: Set<UInt64> = Set(Vocabulary.all.flatMap(\.pastHolderWords).map(TextScanner.key))
    /// Words after a role's possessive that name its office (`Vocabulary.officeNouns`).
    static let officeNouns: Set<UInt64> = Set(Vocabulary.all.flatMap(\.officeNouns).map(TextScanner.key))
    /// Last words of the single-holder offices whose name is given to events and funds ("the Mayor's Appeal"): the
    /// vocabularies' `singleOffices`, the same list that makes "the Provost" and "Provost X" one member on a line.
    static let singleHolderKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.singleOffices).map { TextScanner.key($0.0) })
    /// Capitalised nouns that make "the Mayor's …" an event, fund or room named after the office.
    /// Nouns that end a title's name: "Councillor Surgeries", "Councillor's Blog", "Councillor Update".
    static let headingNounKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.headingNouns).map(TextScanner.key))
    static let namedEventKeys: Set<UInt64> = Set(["appeal", "charity", "ball", "quiz", "fund", "awards", "award", "parlour", "cup", "trophy",
                                                  "reception", "dinner", "gala", "concert", "fair", "lunch", "breakfast", "dance", "shield",
                                                  "medal", "prize", "room", "suite", "garden", "sunday", "service", "challenge", "run", "fun", "walk",
                                                  "picnic", "tea", "festival", "parade", "golf", "day", "quaich",
                                                  "chain", "robes", "regalia", "badge", "car", "welcome",
                                                  "question", "questions", "lounge", "coach", "lamp", "procession", "garden",
                                                  // "the Mayor's Sports Hall", "the Mayor's Memorial Park": a building or park named after the office.
                                                  "hall", "park", "pavilion", "memorial", "gallery", "bench", "bandstand", "boat",
                                                  // "Provost's Close Community Hall": a street named after the office.
                                                  "close", "wynd", "lane", "road", "street", "way", "walk", "place", "square", "court", "gardens"].map(TextScanner.key))  // "1. Chairman's welcome" on an agenda
    /// Welsh predicative "yn" before a noun: "yn Faer" (as Mayor), "yn Arweinydd" (as Leader).
    static let welshPredicativeKey = TextScanner.key("yn")
    /// "on", "of", "at": before the council a role belongs to ("group leader on Northfold City Council, Coun X").
    static let councilBodyLeadKeys: Set<UInt64> = Set(["on", "of", "at", "ar"].map(TextScanner.key))
    /// Words opening a new clause: "while", "whereas", "but", Welsh "tra", "ond".
    static let clauseConjunctionKeys: Set<UInt64> = Set(["while", "whilst", "whereas", "but", "although", "tra", "ond"].map(TextScanner.key))
    /// Welsh prepositions and conjunctions before a place's name ("yn Neuadd …", "o Barc …", "a Thlws …").
    static let welshPlacePrepositionKeys: Set<UInt64> = Set(["yn", "ym", "yng", "i", "o", "ger", "a", "ac", "at", "wrth", "tu", "drwy", "trwy", "ar"].map(TextScanner.key))
    /// "named after", "in memory of", "in honour of", Welsh "er cof am": the person commemorated is not sitting.
    static let commemorationKeys: Set<UInt64> = Set(["after", "of", "am"].map(TextScanner.key))
    static let commemorationLeadKeys: Set<UInt64> = Set(["named", "memory", "honour", "honor", "cof", "death"].map(TextScanner.key))
    /// Prepositions of place before a building's name: "in Provost Gillespie Hall", "at Provost Lindsay Park".
    static let placePrepositionKeys: Set<UInt64> = Set(["in", "at", "to", "from", "near", "into", "outside", "inside", "opposite"].map(TextScanner.key))
    /// Prepositions that in an all-caps heading are its words, not a name: "… OF THE COUNCIL ON THE INCINERATOR".
    static let headingPrepositionKeys: Set<UInt64> = Set(["on", "at", "in", "to", "with", "by", "from", "about", "after", "into", "over",
                                                          "ar", "yn", "gyda"].map(TextScanner.key))
    static let wasKey = TextScanner.key("was")
    static let inKey = TextScanner.key("in")
    /// "is", "was", "has", "will": after a surname at a sentence's start, that person is its subject.
    static let auxiliaryKeys: Set<UInt64> = Set(["is", "was", "has", "had", "will", "would"].map(TextScanner.key))
    /// "was twice Mayor", "was once Provost": how often someone held an office in the past.
    static let repeatKeys: Set<UInt64> = Set(["twice", "once", "three", "also", "previously"].map(TextScanner.key))
    static let ynKey = TextScanner.key("yn")
    static let forKey = TextScanner.key("for")
    /// Welsh past copulas opening a sentence: "Roedd" (was), "Bu" (was, for a time), "Buodd".
    static let welshPastCopulaKeys: Set<UInt64> = Set(["roedd", "bu", "buodd", "oedd"].map(TextScanner.key))
    /// "died", "passed", Welsh "bu farw": a holder's death reported after their name.
    static let diedKeys: Set<UInt64> = Set(["died", "passed", "bu"].map(TextScanner.key))
    static let whoKey = TextScanner.key("who")
    /// Words after a role's possessive that describe its office in general (`Vocabulary.officeDescriptionNouns`).
    static let officeDescriptionNouns: Set<UInt64> = Set(Vocabulary.all.flatMap(\.officeDescriptionNouns).map(TextScanner.key))
    /// Words before a title that name its office (`Vocabulary.officeNounsBefore`).
    static let officeNounsBefore: Set<UInt64> = Set(Vocabulary.all.flatMap(\.officeNounsBefore).map(TextScanner.key))
    /// Words joining names in a list after a plural title, beyond "and" and "&" (`Vocabulary.nameListJoins`).
    static let nameListJoins: Set<UInt64> = Set(Vocabulary.all.flatMap(\.nameListJoins).map(TextScanner.key))
    /// Street words before an article and a title, of every language (`Vocabulary.placeNounsBefore`).
    static let placeNounsBefore: Set<UInt64> = Set(Vocabulary.all.flatMap(\.placeNounsBefore).map(TextScanner.key))
    /// True when tokens `a...b` between a role and a titled name are its portfolio in lower case: "for",
    /// "of" or "dros" and at most six more tokens, no punctuation but a hyphen or "&" ("for transport", "for the
    /// environment and tourism"): portfolios are often long, and a lower-case run cannot be another person.
    static func portfolioGap(_ a: Int, _ b: Int, scanner: TextScanner, classes: [WordClass]) -> Bool {
        let tokens = scanner.tokens
        guard b - a <= 6, tokens[a].kind == .word, classes[a].intersects(Lexicon.extensionStart) else { return false }
        for k in a...b {
            let t = tokens[k]
            if t.kind == .word {
                if t.has(.lineStart) || classes[k].intersects((Lexicon.speechVerb | Lexicon.title | Lexicon.pronoun)) { return false }
            } else if !(t.kind == .punct && (t.scalar == 0x2D || t.scalar == 0x26 || (k == b && k > a && t.scalar == 0x2C))) {
                // A comma may close the portfolio before the name: "cabinet member for parks, Cllr Jo Bell".
                return false
            }
        }
        return true
    }

    static let councilKey = TextScanner.key("council")
    /// Welsh "cyngor" and its mutations: a council named inside an office.
    static let welshCouncilKeys: Set<UInt64> = Set(["cyngor", "gyngor", "nghyngor", "chyngor"].map(TextScanner.key))
    /// Adjectives a Welsh role takes after it before its holder's name: "lleol" (local), "newydd" (new), "presennol" (current).
    static let postRoleAdjectiveKeys: Set<UInt64> = Set(["lleol", "newydd", "presennol"].map(TextScanner.key))
    static let theKey = TextScanner.key("the")
    static let asKey = TextScanner.key("as")
    static let cllr = Array("cllr".utf8), councillor = Array("councillor".utf8), cyng = Array("cyng".utf8)
    /// "Cyngor" (council) begins with "Cyng" (the councillor's abbreviation): "@CyngorX" is a council's account.
    static let cyngor = Array("cyngor".utf8)
    static let postnominalTags = ["MP", "MSP", "MLA", "MS"].map { Array($0.utf8) }
    /// Handle openers of a civic head's account, as written ("@MayorOfX", "@MaerTrefX", "@LordMayorX", "@ProvostX").
    static let civicHandlePrefixes = ["Mayor", "Maer", "LordMayor", "Provost", "LordProvost", "TownMayor", "Cadeirydd", "DepMayor", "DeputyMayor",
                                      "DirprwyFaer"].map { Array($0.utf8) }
    /// Words before "was" that put an office in the past: "and was Mayor", "when he was Mayor", "pan oedd yn Faer".
    static let pastClauseKeys: Set<UInt64> = Set(["and", "he", "she", "when", "pan", "tra", "ac"].map(TextScanner.key))
    static let welshWasKey = TextScanner.key("oedd")
    static let ofKey = TextScanner.key("of")
    /// "the role of Chair", "the office of Mayor", "the duties of the Provost": the office in general.
    static let generalOfficeKeys: Set<UInt64> = Set(["role", "office", "post", "position", "duties", "responsibilities", "powers"].map(TextScanner.key))
    static let welshYnKey = TextScanner.key("yn")
    /// Words in a civic handle that make it the office's appeal, charity or parlour, not its holder.
    static let civicHandleBodies = ["appeal", "charity", "charities", "fund", "office", "parlour", "apel", "elusen", "swyddfa"].map { Array($0.utf8) }

    /// An e-mail address whose local part holds a listed person's first name and surname, next to each other and
    /// joined by ".", "_" or "-" ("ann.lee@…", "cllr-ann-lee@…"): contact details standing for that member.
    /// `at` is the "@"; returns the address's first and last token and the person.
    static func memberAddress(_ scanner: TextScanner, at: Int, people: PeopleList) -> (Int, Int, Int)? {
        let tokens = scanner.tokens
        let n = tokens.count
        guard !people.isEmpty, at > 0, at + 1 < n, !tokens[at].has(.spaceBefore), !tokens[at + 1].has(.spaceBefore),
              tokens[at + 1].kind == .word, tokens[at - 1].kind == .word else { return nil }
        // The local part: words joined by "." or "-" (an underscore leaves no token), no space inside.
        var first = at - 1
        while first > 0, at - first < 8, !tokens[first].has(.spaceBefore) {
            let p = tokens[first - 1]
            guard p.kind == .word || p.isPunct(".") || p.isPunct("-") else { break }
            first -= 1
        }
        if tokens[first].kind != .word { first += 1 }
        var person: Int?
        var k = first
        while k < at - 1, person == nil {
            var b = k + 1
            if tokens[b].kind != .word { b += 1 }
            if b < at, tokens[k].kind == .word, tokens[b].kind == .word, let candidates = people.surnames[tokens[b].key] {
                person = candidates.first { people.firstNameKeys[$0] == tokens[k].key }
            }
            k += 1
        }
        // "elin.mared-thomas@…", "dominic.ashworthlowe.mp@…": the local part's letters name a listed person.
        if person == nil {
            var letters: [UInt8] = []
            for b in scanner.bytes[Int(tokens[first].start)..<Int(tokens[at - 1].end)] {
                let lower = b | 0x20
                if lower >= 0x61 && lower <= 0x7A { letters.append(lower) }
            }
            person = people.person(inSquashed: letters)
        }
        guard let person else { return nil }
        // The domain: words and dots up to a space; a full stop at the end is the sentence's.
        var last = at + 1
        while last + 1 < n, !tokens[last + 1].has(.spaceBefore), tokens[last + 1].kind == .word || tokens[last + 1].isPunct(".") || tokens[last + 1].isPunct("-") {
            last += 1
        }
        while last > at + 1, tokens[last].kind != .word { last -= 1 }
        return (first, last, person)
    }

    /// The handle is a civic head's account ("@MayorOfHexley", "@MaerCaerwern"), whoever holds the office.
    static func civicHandle(_ scanner: TextScanner, _ t: TextScanner.Token) -> Bool {
        guard t.kind == .handle else { return false }
        let raw = Array(scanner.bytes[(Int(t.start) + 1)..<Int(t.end)])
        return civicHandlePrefixes.contains { raw.count > $0.count && raw.prefix($0.count).elementsEqual($0) }
    }

    /// A councillor's or MP's social-media handle: `@CllrJaneDoe`, `@JaneDoeMP`, or a listed person's name.
    /// Returns the person index, -1 for a member not on the list, nil for other handles.
    static func memberHandle(_ scanner: TextScanner, at i: Int, people: PeopleList) -> Int? {
        let t = scanner.tokens[i]
        let body = scanner.tagBody(t)
        // "@CyngorGlynteg" is the council (Welsh "cyngor"), not a "Cyng." (councillor).
        for prefix in [cllr, councillor, cyng] where body.starts(with: prefix) && !body.starts(with: cyngor) { return -1 }
        // "@JaneDoeMP": an upper-case post-nominal after a lower-case letter.
        let raw = Array(scanner.bytes[(Int(t.start) + 1)..<Int(t.end)])
        // "@MayorOfHexbury", "@MaerTrefCeriw", "@LordProvostX": the civic head's account, so its present holder; not the
        // mayor's appeal, charity or office ("@MayorsAppealHex").
        for prefix in civicHandlePrefixes where raw.count > prefix.count + 2 && raw.prefix(prefix.count).elementsEqual(prefix)
            && raw[prefix.count] >= 0x41 && raw[prefix.count] <= 0x5A
            && !civicHandleBodies.contains(where: { word in body.count >= word.count && (0...(body.count - word.count)).contains { body[$0..<($0 + word.count)].elementsEqual(word) } }) {
            return -1
        }
        for suffix in postnominalTags where raw.count > suffix.count + 2 && raw.suffix(suffix.count).elementsEqual(suffix) {
            let before = raw[raw.count - suffix.count - 1]
            if before >= 0x61 && before <= 0x7A { return -1 }
        }
        return people.person(inSquashed: Array(body))
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

extension TextScanner {
    /// True when a tab stands between token `k` and the one before it: a table's cells (a web page's or a document's
    /// table is read one row to a line, its cells separated by tabs), which no name or role runs across.
    func tabBefore(_ k: Int) -> Bool {
        guard k > 0, tokens[k].has(.spaceBefore) else { return false }
        var b = Int(tokens[k - 1].end)
        let e = Int(tokens[k].start)
        while b < e { if bytes[b] == 0x09 { return true }; b += 1 }
        return false
    }

    /// True when token `k`, the first on its line, carries on the previous line's sentence, so a name or role
    /// may run across the break: hard-wrapped prose ends a line mid-sentence ("…, the" ⏎ "Leader said"), or
    /// breaks where the next word would not have fitted in the paragraph's widest line. A heading, an address
    /// line or a byline ends where its line ends ("To: Mayor's Office" ⏎ "Subject: …").
    func continuesLine(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.has(.lineStart), k > 0, !t.has(.paragraphStart) else { return false }
        if !t.has(.sentenceStart) { return true }
        let line = Int(t.line)
        guard line > 0 else { return false }
        // Hard wrapping fills lines to a width: the paragraph's widest line. Evidence of it is two or more lines
        // (not counting the paragraph's last) within a few characters of that width, the previous one among them.
        // Only the dozen lines either side are read, so a long list without blank lines stays a linear scan.
        let previous = lineRange(line - 1).count
        var first = line - 1
        while first > 0, line - first < 12, !lineRange(first - 1).isEmpty { first -= 1 }
        var end = line
        while end < lineStarts.count, end - line < 12, !lineRange(end).isEmpty { end += 1 }
        var widest = 0
        for l in first..<end { widest = max(widest, lineRange(l).count) }
        var full = 0
        for l in first..<(end - 1) where lineRange(l).count + 15 >= widest { full += 1 }
        guard full >= 2, previous + 15 >= widest else { return false }
        // The first word of this line with what sticks to it ("Doe," counts its comma).
        var o = Int(t.start)
        while o < bytes.count, bytes[o] != 0x20, bytes[o] != 0x0A, bytes[o] != 0x09, bytes[o] != 0x0D { o += 1 }
        return previous + 1 + (o - Int(t.start)) > widest
    }
}
