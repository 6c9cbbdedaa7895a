/// Job titles that say who is speaking or being named: elected roles (councillor, civic mayor,
/// leader, cabinet member/portfolio holder, committee chair, MP, MSP, MS, MLA, PCC, elected mayor; Scottish
/// provosts and bailies) and officer roles whose quotes are fine (clerk, chief executive, director, head of
/// service, manager, spokesperson: their quotes are fine under the LGA short guide), plus police and NHS roles.
enum RoleLexicon {
    /// Who holds a role.
    enum Holder: Sendable { case member, officer, other }

    /// What a role phrase means.
    struct Role: Sendable {
        var holder: Holder
        /// A bare mention ("the Leader of the Council") is itself a member reference; "ward councillors" is not.
        var referenceable: Bool = true
        /// Takes an "of …"/"for …" extension ("Cabinet Member for Housing and Planning").
        var extends: Bool = false
        /// A member role only when the extension names a council body ("Chair of the Planning Committee"),
        /// otherwise someone else ("Chair of the Friends of Mill Park").
        var conditional: Bool = false
        /// Only when written with a capital ("the Leader said"; not "a community leader").
        var requiresCapital: Bool = false
        /// A capitalised word after it names the place, not the holder (Welsh "Maer Aberystwyth", the Mayor of
        /// Aberystwyth).
        var genitive: Bool = false
        /// Takes a following name as its holder's ("Council Leader Jane Doe"); plural roles do not.
        var takesName: Bool = true
    }

    static func member(_ referenceable: Bool = true, extends: Bool = false, conditional: Bool = false, capital: Bool = false,
                       genitive: Bool = false, plural: Bool = false) -> Role {
        Role(holder: .member, referenceable: referenceable, extends: extends, conditional: conditional, requiresCapital: capital,
             genitive: genitive, takesName: !plural)
    }
    static func officer(extends: Bool = false, capital: Bool = false) -> Role {
        Role(holder: .officer, referenceable: false, extends: extends, requiresCapital: capital)
    }
    static let other = Role(holder: .other, referenceable: false)

    static let table = PhraseTable<Role>(Vocabulary.all.flatMap(\.roles))


    /// The role phrase at token `i`, with its extension ("for Housing and Planning") and the holder it implies.
    static func match(_ scanner: TextScanner, classes: [WordClass], at i: Int) -> (role: Role, last: Int)? {
        guard classes[i].intersects(Lexicon.roleStart) else { return nil }
        let tokens = scanner.tokens
        // Inside a file path or web address ("/img/news/town-mayor-harbour.jpg"): no one's office.
        if i > 0, !tokens[i].has(.spaceBefore), tokens[i - 1].isPunct("/") || (tokens[i - 1].isPunct("-") && i > 1 && !tokens[i - 1].has(.spaceBefore)
                && tokens[i - 2].kind == .word && !tokens[i - 2].has(.capital) && !tokens[i].has(.capital)) { return nil }
        // A file name's slug: "(mayor-seawall.jpg)", "/town-mayor-harbour.jpg".
        if !tokens[i].has(.capital), i + 2 < tokens.count, tokens[i + 1].isPunct("-"), !tokens[i + 1].has(.spaceBefore), !tokens[i + 2].has(.spaceBefore),
           tokens[i + 2].kind == .word, !tokens[i + 2].has(.capital), i > 0, tokens[i - 1].isPunct("(") || tokens[i - 1].isPunct("/") { return nil }
        // A role is read within one line: "Exampleton Council" ⏎ "Leader's column" is not "Council Leader".
        // "Exampleton Council's leader", "the council's chair": after the council's possessive a lower-case
        // role is still its member's.
        // "the council's Conservative leader": the ruling party's word may stand between.
        let councils = i > 0 && tokens[i - 1].has(.possessive) && tokens[i - 1].key == councilKey
            || i > 1 && tokens[i - 2].has(.possessive) && tokens[i - 2].key == councilKey && tokens[i - 1].has(.capital)
                && classes[i - 1].intersects(Lexicon.partyStart)
        // "the leader of Aberlinn City Council": in lower case a conditional role is still a member's when its
        // extension names a council body.
        guard let m = table.match(scanner, at: i, accept: { entry, last in
            (!entry.payload.requiresCapital || tokens[i].has(TextScanner.Flags.capital) || councils
                || entry.payload.conditional && entry.payload.extends && namesCouncil(scanner, classes: classes, after: last))
                && (last <= i || !(i + 1...last).contains(where: { tokens[$0].has(TextScanner.Flags.lineStart) }))
        }) else { return nil }
        var role = table.entries[m.entry].payload
        var last = m.last
        // "when a new Chair will be elected": a holder still to be chosen.
        if i > 1, tokens[i - 1].kind == .word, comingKeys.contains(tokens[i - 1].key), indefiniteKeys.contains(tokens[i - 2].key) {
            role.holder = .other
            role.referenceable = false
            return (role, m.last)
        }
        // "caiff y Cadeirydd nesaf ei ethol" (the next Chair will be elected), "pan etholir Cadeirydd newydd" (when a new
        // Chair is elected): a future holder; "Arweinydd newydd y cyngor, X" names the holder after it.
        if m.last + 1 < tokens.count, tokens[m.last + 1].kind == .word,
           tokens[m.last + 1].key == welshNextKey || (tokens[m.last + 1].key == welshNewKey && !(m.last + 2 < tokens.count && (tokens[m.last + 2].isPunct(",")
               || tokens[m.last + 2].has(.capital) || classes[m.last + 2].intersects(Lexicon.article)))) {
            role.holder = .other
            role.referenceable = false
            return (role, m.last + 1)
        }
        // "The Mayor-elect for 2027/28": a future holder, not the sitting one.
        if m.last + 2 < tokens.count, tokens[m.last + 1].isPunct("-"), !tokens[m.last + 1].has(.spaceBefore), tokens[m.last + 2].key == electKey {
            role.holder = .other
            role.referenceable = false
        }
        // "Cadeirydd cyngor cymuned yn croesawu …", "the community council's chair": a community or youth council's office.
        if m.last + 2 < tokens.count, welshCouncilKeys.contains(tokens[m.last + 1].key), welshOutsideCouncilKeys.contains(tokens[m.last + 2].key),
           tokens[m.last + 2].line == tokens[i].line {
            role.holder = .other
            role.referenceable = false
            return (role, m.last + 2)
        }
        if i > 1, tokens[i - 1].has(.possessive), tokens[i - 1].key == councilKey, outsideCouncilKeys.contains(tokens[i - 2].key) {
            role.holder = .other
            role.referenceable = false
            return (role, m.last)
        }
        // "Arweinydd y cyngor ieuenctid" (the youth council's leader): the phrase's council is one of young people.
        if m.last + 1 < tokens.count, welshCouncilKeys.contains(tokens[m.last].key), tokens[m.last + 1].kind == .word,
           welshOutsideCouncilKeys.contains(tokens[m.last + 1].key), tokens[m.last + 1].line == tokens[i].line {
            role.holder = .other
            role.referenceable = false
            return (role, m.last + 1)
        }
        // "a Conservative mayor would review it", "an elected mayor": any holder of a single-holder office, not the present
        // one ("a Labour MLA has backed it" singles out one of several, a member).
        if role.referenceable, i > 0, tokens[i - 1].line == tokens[i].line, PersonMentions.singleHolderKeys.contains(tokens[m.last].key),
           indefiniteKeys.contains(tokens[i - 1].key)
            || (i > 1 && tokens[i - 1].has(.capital) && classes[i - 1].intersects(Lexicon.partyStart) && indefiniteKeys.contains(tokens[i - 2].key)) {
            role.referenceable = false
        }
        // "Gala committee chair Jean Cowie", "the Regatta Committee chairman": a committee of an event or a club, not
        // of the council, so its chair is no councillor.
        if role.holder == .member, tokens[i].key == committeeKey, i > 0, tokens[i - 1].kind == .word, tokens[i - 1].line == tokens[i].line,
           outsideCommitteeKeys.contains(tokens[i - 1].key) {
            role.holder = .other
            role.referenceable = false
        }
        // A plural role ("Candidates", "Cabinet Members") is never followed by one holder's name.
        let lastWord = tokens[m.last]
        if lastWord.end - lastWord.start > 3, scanner.bytes[Int(lastWord.end) - 1] | 0x20 == 0x73 { role.takesName = false }
        // Upper-case-only abbreviations: "PCC", "MP"; not "mp" in a URL.
        if m.first == m.last, tokens[i].end - tokens[i].start <= 3, !tokens[i].has(TextScanner.Flags.allCaps) {
            let text = scanner.text(tokens: i, i).lowercased()
            if ["mp", "msp", "mla", "mep", "pcc"].contains(text) { return nil }
        }
        if role.genitive {
            // "Cadeirydd yr elusen" (the charity's chair): an article and a lower-case body that is not the council's.
            if role.conditional, last + 2 < tokens.count, tokens[last + 1].kind == .word, classes[last + 1].intersects(Lexicon.article),
               tokens[last + 2].kind == .word, !tokens[last + 2].has(.capital), tokens[last + 2].line == tokens[i].line,
               !classes[last + 2].intersects(Lexicon.memberBody), tokens[last + 2].key != councilKey, !welshCouncilKeys.contains(tokens[last + 2].key) {
                role.holder = .other
                return (role, last + 2)
            }
            // "Arweinydd y cyngor ieuenctid" (the youth council's leader): a council of young people, not an authority.
            if role.conditional, last + 3 < tokens.count, tokens[last + 1].kind == .word, classes[last + 1].intersects(Lexicon.article),
               tokens[last + 2].kind == .word, welshCouncilKeys.contains(tokens[last + 2].key), tokens[last + 3].kind == .word,
               welshOutsideCouncilKeys.contains(tokens[last + 3].key), tokens[last + 3].line == tokens[i].line {
                role.holder = .other
                role.referenceable = false
                return (role, last + 3)
            }
            // Welsh "Maer Aberystwyth", "Maer Tref Aberaeron": the place follows directly.
            var k = last + 1
            while k < tokens.count, k - last <= 3, tokens[k].kind == .word, tokens[k].has(.capital), tokens[k].paragraph == tokens[i].paragraph,
                  !(tokens[k].has(.lineStart) && !scanner.continuesLine(k)),
                  !classes[k].intersects((Lexicon.title | Lexicon.pluralTitle | Lexicon.honorific | Lexicon.speechVerb | Lexicon.roleStart)) { k += 1 }
            if k > last + 1 {
                // "Cadeirydd Pwyllgor Cynllunio" chairs a council body; "Cadeirydd Cymdeithas y Trigolion" does not.
                if role.conditional { role.holder = (last + 1..<k).contains { classes[$0].intersects(Lexicon.memberBody) } ? .member : .other }
                // "Maer Ieuenctid" (youth mayor), "Cadeirydd Cyngor Cymuned Treaman": young people's or a community council.
                if (last + 1..<k).contains(where: { welshOutsideCouncilKeys.contains(tokens[$0].key) }) {
                    role.holder = .other
                    role.referenceable = false
                }
                return (role, k - 1)
            }
        }
        if role.extends {
            let (extLast, namesBody) = extensionEnd(scanner, classes: classes, after: last)
            if role.conditional {
                // "the Mourneview Leader" (a newspaper), "Ardmore Chair Company": after a capitalised word that is no
                // council, party or title, the word is part of a name.
                let named = i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].has(.capital) && tokens[i - 1].line == tokens[i].line
                    && !classes[i - 1].intersects(Lexicon.memberBody | Lexicon.partyStart | Lexicon.title | Lexicon.roleStart | Lexicon.article)
                    && tokens[i - 1].key != councilKey
                // "chair of Glenmorven Community Council": a community council's chair is a councillor only by title or list;
                // "Leader of the youth council" leads a council of young people, not a council.
                let communityCouncil = extLast > last && (last + 1..<extLast).contains {
                    outsideCouncilKeys.contains(tokens[$0].key) && tokens[$0 + 1].key == councilKey
                }
                if extLast > last { role.holder = namesBody && !communityCouncil ? .member : .other } else if named { role.holder = .other } else if tokens[i].has(TextScanner.Flags.capital) || councils {
                    role.holder = .member
                } else {
                    role.holder = .other
                }
            }
            // "Cabinet member announces consultation", "Aelod cabinet yn cyhoeddi …": an office with several holders, with
            // no portfolio, no name and no "the", identifies no one.
            if extLast == last, role.holder == .member, sharedOffices.match(scanner, at: i).map({ $0.last == last }) == true,
               // "the cabinet member", "the council's cabinet member", Welsh "Mae'r aelod cabinet": one holder, definite.
               // "a Sinn Féin MLA": a party before the office singles out one member.
               !(i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].line == tokens[i].line
                 && (definiteKeys.contains(tokens[i - 1].key) || tokens[i - 1].has(.possessive) || endsInWelshArticle(scanner, i - 1)
                     || (tokens[i - 1].has(.capital) && i > 1 && (classes[i - 1].intersects(Lexicon.partyStart) || classes[i - 2].intersects(Lexicon.partyStart))))),
               // A name, or a lower-case portfolio ("cabinet member for transport", "aelod cabinet dros drafnidiaeth").
               !(last + 1 < tokens.count && tokens[last + 1].line == tokens[last].line && tokens[last + 1].kind == .word
                 && (classes[last + 1].intersects(Lexicon.title | Lexicon.honorific | Lexicon.extensionStart) || tokens[last + 1].has(.capital))) {
                role.referenceable = false
            }
            last = extLast
        }
        return (role, last)
    }

    static let committeeKey = TextScanner.key("committee")
    static let electKey = TextScanner.key("elect")
    static let welshNextKey = TextScanner.key("nesaf")
    static let welshNewKey = TextScanner.key("newydd")
    /// "the", Welsh "y", "yr": a definite article before a shared office points at one holder ("the cabinet member").
    static let definiteKeys: Set<UInt64> = Set(["the", "y", "yr", "this", "our", "your"].map(TextScanner.key))
    /// "a new Chair", "an incoming Mayor": a holder still to be chosen.
    static let comingKeys: Set<UInt64> = Set(["new", "incoming"].map(TextScanner.key))
    /// "a", "an", Welsh "un": an indefinite holder.
    static let indefiniteKeys: Set<UInt64> = Set(["a", "an"].map(TextScanner.key))
    /// Offices held by several members at once ("cabinet member", "aelod cabinet"): without a portfolio or name, no one.
    static let sharedOffices = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.sharedOffices.map { ($0, true) } })
    /// "community", "youth", "school", "pupil", "parent", "student": councils whose members are not councillors of an authority.
    static let outsideCouncilKeys: Set<UInt64> = Set(["community", "youth", "school", "pupil", "pupils", "parent", "student", "students",
                                                      "young"].map(TextScanner.key))
    /// Welsh "ieuenctid" (youth), "ysgol" (school), "disgyblion" (pupils) after "cyngor": not an authority's council.
    static let welshOutsideCouncilKeys: Set<UInt64> = Set(["ieuenctid", "ysgol", "disgyblion", "myfyrwyr", "cymuned"].map(TextScanner.key))
    /// Events and clubs whose committees are not the council's ("the gala committee", "the regatta committee").
    static let outsideCommitteeKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.outsideCommittees).map(TextScanner.key))

    /// Token `k` ends in the Welsh article run on after a vowel ("Mae'r", "i'r").
    static func endsInWelshArticle(_ scanner: TextScanner, _ k: Int) -> Bool {
        let t = scanner.tokens[k]
        guard t.end - t.start >= 3 else { return false }
        let e = Int(t.end)
        let r = scanner.bytes[e - 1] | 0x20
        return r == 0x72 && (scanner.bytes[e - 2] == 0x27 || (e >= 4 && scanner.bytes[e - 4] == 0xE2 && scanner.bytes[e - 2] == 0x99))
    }

    /// Welsh "cyngor", "gyngor", "grŵp", "pwyllgor": bodies whose chair is a member.
    static let welshCouncilKeys: Set<UInt64> = Set(["cyngor", "gyngor", "nghyngor", "pwyllgor", "bwyllgor", "grwp", "grŵp", "cabinet"].map(TextScanner.key))

    /// The "of …" extension after token `last` names a council ("of Exampleton District Council", "of the council"),
    /// not just any body ("of the festival board").
    static func namesCouncil(_ scanner: TextScanner, classes: [WordClass], after last: Int) -> Bool {
        let (end, body) = extensionEnd(scanner, classes: classes, after: last)
        return body && end > last && (last + 1...end).contains { scanner.tokens[$0].key == councilKey }
    }

    /// Where an "of …"/"for …" extension after token `last` ends, and whether it names a council body.
    static func extensionEnd(_ scanner: TextScanner, classes: [WordClass], after last: Int) -> (Int, Bool) {
        let tokens = scanner.tokens
        var t = last + 1
        /// A role's extension ends with its line ("Cabinet Member for Housing" ⏎ "When …") unless the prose is hard-wrapped.
        func ends(_ k: Int) -> Bool { tokens[k].has(.lineStart) && !scanner.continuesLine(k) }
        guard t < tokens.count, tokens[t].paragraph == tokens[last].paragraph, !ends(t) else { return (last, false) }
        let lastIsConnector = classes[last].intersects(Lexicon.connector) && tokens[last].key != TextScanner.andKey
        let startsWithConnector = tokens[t].kind == .word && classes[t].intersects(Lexicon.extensionStart)
        guard lastIsConnector || startsWithConnector else { return (last, false) }
        var end = last
        var namesBody = false
        var sawContent = false
        while t < tokens.count, tokens[t].paragraph == tokens[last].paragraph, !ends(t) {
            let tok = tokens[t]
            let c = classes[t]
            // A new line after the extension's words starts new text ("… Parish Council" ⏎ "What a year …"), as
            // in a byline above a column; a hard-wrapped "Cabinet Member for" ⏎ "Housing" still continues.
            if sawContent, tok.has(TextScanner.Flags.lineStart) { break }
            if tok.kind == .word {
                if c.intersects((Lexicon.title | Lexicon.pluralTitle | Lexicon.speechVerb)) { break }
                // An all-caps heading's "ON THE …" after the portfolio starts the heading's subject.
                if sawContent, tok.has(.allCaps), PersonMentions.headingPrepositionKeys.contains(tok.key) { break }
                if c.intersects(Lexicon.connector) || tok.key == sKey {
                    t += 1
                    continue
                }
                if !tok.has(TextScanner.Flags.capital), wardKeys.contains(tok.key), sawContent {
                    // "candidate for Mill ward", "councillor for Northby division"
                    end = t
                    t += 1
                    continue
                }
                if !tok.has(TextScanner.Flags.capital) && !c.intersects(Lexicon.memberBody) {
                    // Lower-case words count when a council body follows: "convener of the education committee".
                    var ahead = t + 1
                    var body = -1
                    while ahead < tokens.count, ahead - t < 4, tokens[ahead].kind == .word, tokens[ahead].paragraph == tokens[t].paragraph, !ends(ahead) {
                        if classes[ahead].intersects(Lexicon.memberBody) { body = ahead; break }
                        if classes[ahead].intersects((Lexicon.speechVerb | Lexicon.title)) { break }
                        ahead += 1
                    }
                    guard body > 0 else { break }
                    namesBody = true
                    sawContent = true
                    end = body
                    t = body + 1
                    continue
                }
                if c.intersects(Lexicon.memberBody) { namesBody = true }
                sawContent = true
                end = t
                if tok.has(TextScanner.Flags.possessive) { break }
            } else if tok.kind == .punct && (tok.scalar == 0x2D || tok.scalar == 0x26) {
                // hyphen or ampersand inside a portfolio name
            } else if tok.isPunct(","), sawContent, let listEnd = portfolioListEnd(scanner, classes: classes, after: t) {
                // "Cabinet Member for Leisure, Culture and Tourism"
                end = listEnd
                t = listEnd + 1
                continue
            } else {
                break
            }
            t += 1
        }
        return (sawContent ? end : last, namesBody)
    }

    /// After the comma at `comma`: "Culture and Tourism" or "Culture, Heritage and Tourism" (capitalised words,
    /// commas, then "and"/"&" and capitalised words) ending at a comma, colon, speech verb or the paragraph end.
    static func portfolioListEnd(_ scanner: TextScanner, classes: [WordClass], after comma: Int) -> Int? {
        let tokens = scanner.tokens
        let paragraph = tokens[comma].paragraph
        var k = comma + 1
        var sawAnd = false
        var last = -1
        func capitalWord(_ i: Int) -> Bool {
            i < tokens.count && tokens[i].paragraph == paragraph && tokens[i].kind == .word && tokens[i].has(TextScanner.Flags.capital)
                && !(tokens[i].has(.lineStart) && !scanner.continuesLine(i))
                && !classes[i].intersects((Lexicon.title | Lexicon.pluralTitle | Lexicon.honorific | Lexicon.speechVerb | Lexicon.pronoun))
        }
        while k < tokens.count, tokens[k].paragraph == paragraph, k - comma < 12 {
            if capitalWord(k) { last = k; k += 1; continue }
            if tokens[k].key == TextScanner.andKey, last > 0, capitalWord(k + 1) { sawAnd = true; k += 1; continue }
            if tokens[k].isPunct(","), last > 0, !sawAnd { k += 1; continue }
            break
        }
        guard sawAnd, last > comma else { return nil }
        let next = last + 1
        let ends = next >= tokens.count || tokens[next].paragraph != paragraph || tokens[next].isPunct(",") || tokens[next].isPunct(":")
            || tokens[next].isPunct(".") || (tokens[next].kind == .word && classes[next].intersects(Lexicon.speechVerb))
        return ends ? last : nil
    }

    static let wardKeys: Set<UInt64> = Set(["ward", "wards", "division", "constituency", "electoral", "area"].map(TextScanner.key))
    static let councilKey = TextScanner.key("council")
    static let ofKey = TextScanner.key("of")
    static let forKey = TextScanner.key("for")
    static let sKey = TextScanner.key("s")
}
