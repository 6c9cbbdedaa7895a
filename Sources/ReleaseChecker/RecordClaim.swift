/// A party's record told in a member's own words: "We froze prices for four years", "we forced the inspection",
/// Welsh "Fe wnaethon ni achub Cwm Tregarth", "rydyn ni wedi rhewi'r dreth". Inside a councillor's or candidate's
/// quotation, "we" did something is their group's record, and publicity for a party's or candidate's record is what
/// the LGA short guide to publicity during the pre-election period rules out; in an officer's quotation "we" is the
/// council and is not matched (the detector only asks inside a member's quotation).
struct RecordClaim {
    /// The detector's name for this claim's kind while joining later phrases of its sentence into it.
    static let kind = "a record in a member's own words"
    /// "we", "we've", Welsh "wnaethon ni", "rydyn ni wedi": a first-person plural subject and its auxiliary.
    static let leads = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.recordLeads.map { ($0, true) } })
    /// Past deeds that make a record: "froze", "delivered", "saved", Welsh "achub", "rhewi".
    static let deedKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.recordDeeds).map(TextScanner.key))
    static let iKey = TextScanner.key("i")
    static let iveKey = TextScanner.key("i've")
    static let sinceKey = TextScanner.key("since")
    /// "what", "all": "what we got was …" makes the deed the subject of another verb.
    static let relativeKeys: Set<UInt64> = Set(["what", "all", "everything", "that", "which"].map(TextScanner.key))
    /// How far either side of a claim its line is read for a party or a cue: a sentence or two, not a whole 8 MB line.
    static let reach = 80
    /// Words between the subject and its deed: "we have also cut", "we've successfully reopened".
    static let gapKeys: Set<UInt64> = Set(["have", "also", "already", "then", "finally", "successfully", "actually", "now", "hefyd", "eisoes",
                                           "wedi"].map(TextScanner.key))

    /// Words that make a deed a record set against time or rivals: "for four years", "in our first term", "when
    /// others wanted to hike them", "and we will do it again", Welsh "blynedd", "tymor", "eto", "eraill".
    static let cueKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.recordCues).map(TextScanner.key))

    /// "Since 2023 I have dealt with more than 900 cases": a writer's own "I" outside any quotation, with "since" and a
    /// year in the sentence, is a member's newsletter telling their time in office.
    static func ownTimeInOffice(_ scanner: TextScanner, at i: Int) -> Bool {
        let tokens = scanner.tokens
        guard tokens[i].key == iKey || tokens[i].key == iveKey, scanner.bytes[Int(tokens[i].start)] == 0x49 else { return false }
        var k = i - 1
        while k >= 0, i - k <= 8, tokens[k].line == tokens[i].line,
              !(tokens[k].kind == .punct && (tokens[k].scalar == 0x2E || tokens[k].scalar == 0x21 || tokens[k].scalar == 0x3F)) {
            if tokens[k].kind == .number, k > 0, tokens[k - 1].kind == .word, tokens[k - 1].key == sinceKey { return true }
            k -= 1
        }
        return false
    }

    /// A party is named on token `i`'s line: outside a quotation, "we" did something next to a party's name ("We delivered:
    /// a new road … The Conservatives left a mess") is a party's voice, not the council's.
    static func partyOnLine(_ scanner: TextScanner, classes: [WordClass], _ i: Int) -> Bool {
        let tokens = scanner.tokens
        guard leads.startsPhrase(tokens[i].key) else { return false }
        let line = Int(tokens[i].line)
        let from = max(Int(scanner.lineTokenStart[line]), i - reach), to = min(Int(scanner.lineTokenStart[line + 1]), i + reach)
        for j in from..<to where tokens[j].kind == .word {
            if classes[j].intersects(Lexicon.partyStart), PartyLexicon.match(scanner, classes: classes, at: j) != nil { return true }
        }
        return false
    }

    /// The claim is campaigning, not a cabinet member's account of a service ("We have secured £2.4m to help
    /// hauliers"): a party is named on its line ("Sinn Féin's X told the Chronicle: “We forced …”"), or its sentence
    /// measures the deed against time or rivals.
    static func campaigning(_ scanner: TextScanner, classes: [WordClass], from i: Int, deed: Int) -> Bool {
        let tokens = scanner.tokens
        let line = tokens[i].line
        // Within its line, and at most `reach` tokens either side: one very long line must not be read again for every
        // claim on it.
        var a = i
        while a > 0, i - a < reach, tokens[a - 1].line == line { a -= 1 }
        // The sentence starts after the last full stop, "!" or "?" before the claim.
        var sentenceStart = a
        for k in a..<i where tokens[k].kind == .punct && (tokens[k].scalar == 0x2E || tokens[k].scalar == 0x21 || tokens[k].scalar == 0x3F) {
            sentenceStart = k + 1
        }
        var k = a
        while k < tokens.count, k - deed < reach, tokens[k].line == line {
            let t = tokens[k]
            if t.kind == .word {
                if classes[k].intersects(Lexicon.partyStart), PartyLexicon.match(scanner, classes: classes, at: k) != nil { return true }
                if k >= sentenceStart, cueKeys.contains(t.key), k < i || !(deed..<k).contains(where: {
                    tokens[$0].kind == .punct && (tokens[$0].scalar == 0x2E || tokens[$0].scalar == 0x21 || tokens[$0].scalar == 0x3F) }) {
                    return true
                }
            }
            k += 1
        }
        return false
    }

    /// The claim starting at token `i` ("we" … its deed): the index of the deed, or nil. The caller has checked that
    /// `i` is inside a member's quotation.
    static func match(_ scanner: TextScanner, at i: Int) -> Int? {
        let tokens = scanner.tokens
        let n = tokens.count
        guard i < n, tokens[i].kind == .word, leads.startsPhrase(tokens[i].key), let lead = leads.match(scanner, at: i) else { return nil }
        // English "I" is written capitalised; Welsh "i" (to) is not: "i achub y llyfrgell" is "to save the library".
        if lead.last == i, tokens[i].key == iKey, scanner.bytes[Int(tokens[i].start)] != 0x49 { return nil }
        // "What we got was a leaflet drop": a relative clause, not a deed claimed.
        if i > 0, tokens[i - 1].kind == .word, relativeKeys.contains(tokens[i - 1].key) { return nil }
        var k = lead.last + 1
        // "Fe wnaethon ni, y grŵp Annibynnol, rewi'r rhent": the group named between commas.
        if k < n, tokens[k].isPunct(",") {
            var close = k + 1
            while close < n, close - k <= 6, tokens[close].kind == .word { close += 1 }
            if close < n, close > k + 1, tokens[close].isPunct(",") { k = close + 1 }
        }
        while k < n, k - lead.last <= 3, tokens[k].kind == .word, tokens[k].paragraph == tokens[i].paragraph, gapKeys.contains(tokens[k].key) { k += 1 }
        guard k < n, tokens[k].kind == .word, tokens[k].paragraph == tokens[i].paragraph, deedKeys.contains(tokens[k].key) else { return nil }
        return k
    }

    /// Deeds that open a bullet of a record list as well as the deeds above: "Worked with …", "Helped …".
    static let firstPersonIKey = TextScanner.key("i")
    static let bulletDeedKeys: Set<UInt64> = deedKeys.union(["worked", "helped", "campaigned", "opened", "introduced", "delivered", "secured",
                                                             "kept", "won", "stopped", "saved", "lobbied", "pushed", "ran", "held", "fought"].map(TextScanner.key))
    /// A later bullet of the same list speaks for "we" or a party ("✔ Since 2019 the DUP team has frozen …"), when the
    /// list's opening line (a call to vote, a name) does not.
    static func speaksForBelow(_ scanner: TextScanner, classes: [WordClass], line: Int) -> Bool {
        let tokens = scanner.tokens
        var l = line + 1
        while l < scanner.lineStarts.count, l - line <= 10 {
            let a = Int(scanner.lineTokenStart[l]), b = Int(scanner.lineTokenStart[l + 1])
            guard a < b, isBulletMark(tokens[a]) else { return false }
            for j in a..<min(b, a + reach) where tokens[j].kind == .word {
                if ElectioneeringPhrases.firstPerson.contains(tokens[j].key) { return true }
                if classes[j].intersects(Lexicon.partyStart), PartyLexicon.match(scanner, classes: classes, at: j) != nil { return true }
            }
            l += 1
        }
        return false
    }

    /// Bullet marks, e-mail quote marks and dashes that open a list line.
    static func isBulletMark(_ t: TextScanner.Token) -> Bool {
        t.kind == .punct && (t.isPunct("-") || t.isPunct("*") || t.isPunct(">") || t.scalar == 0x2022 || t.scalar == 0x2013 || t.scalar == 0x25AA || t.scalar == 0xB7
                             || t.scalar == 0x2714 || t.scalar == 0x2713 || t.scalar == 0x2611 || t.scalar == 0x25CF || t.scalar == 0x25E6 || t.scalar == 0x2192)
    }

    /// A bullet of a record list whose first word at `i` is a deed ("• Secured £250k for the harbour wall", "- froze
    /// council tax in year one") under an opening line that ends with a colon and speaks for "we", "I" or a party ("Since
    /// 2023 your Labour team has:", "What I've done for you:"): each bullet is a record claim. Returns the deed's index.
    static func listDeed(_ scanner: TextScanner, classes: [WordClass], at i: Int) -> Bool {
        let tokens = scanner.tokens
        guard tokens[i].kind == .word, bulletDeedKeys.contains(tokens[i].key), i > 0, isBulletMark(tokens[i - 1]) else { return false }
        // Only bullet marks before the word on its line.
        let line = Int(tokens[i].line)
        let start = Int(scanner.lineTokenStart[line])
        guard (start..<i).allSatisfy({ isBulletMark(tokens[$0]) }) else { return false }
        // Up through the list to its opening line.
        var l = line - 1
        var steps = 0
        while l >= 0, steps < 10 {
            let a = Int(scanner.lineTokenStart[l]), b = Int(scanner.lineTokenStart[l + 1])
            defer { l -= 1; steps += 1 }
            if a == b { continue }
            // The list's other bullets (and "> " quoting marks alone), or its opening line: a colon's lead-in ("Since 2023
            // your Labour team has:") or a heading ("SPRING UPDATE FROM YOUR SDLP TEAM"). Either speaks for "we", "I" or a
            // party when one of its words does.
            var k = a
            while k < b, isBulletMark(tokens[k]) { k += 1 }
            let bullet = k > a
            let opening = tokens[b - 1].isPunct(":") || scanner.headingLines[l]
            // The prose just above the list in the first person ("Hi, I'm Priya Ramsay, your Liberal Democrat candidate",
            // "For five years I have stood up for …") speaks for it as a lead-in does.
            guard bullet || opening else {
                // The prose paragraph may be hard-wrapped: its first person may sit a line or two further up.
                var top = a
                while top > 0, a - top < 60, tokens[top - 1].paragraph == tokens[a].paragraph { top -= 1 }
                return (top..<b).contains { tokens[$0].kind == .word && (ElectioneeringPhrases.singularFirstPerson.contains(tokens[$0].key)
                                                                        || tokens[$0].key == firstPersonIKey && tokens[$0].has(.capital)) }
            }
            for j in a..<min(b, a + reach) where tokens[j].kind == .word {
                if ElectioneeringPhrases.speakerKeys.contains(tokens[j].key) || ElectioneeringPhrases.firstPerson.contains(tokens[j].key) { return true }
                if classes[j].intersects(Lexicon.partyStart), PartyLexicon.match(scanner, classes: classes, at: j) != nil { return true }
            }
            if !bullet { return speaksForBelow(scanner, classes: classes, line: line) }
        }
        return false
    }
}
