/// Finds direct quotations and who said them, in all the ways releases attribute (`member-quote`):
///
/// - `“…,” said Cllr X.` / `“…,” Cllr X said.` / `“…” – Cllr X` (attribution after);
/// - `Councillor X, Cabinet Member for Y, said: “…”` (attribution before, appositive skipped);
/// - `Cllr. X added: ‘…’`, UK single quotes, curly and straight marks mixed;
/// - the attribution on one line and the quote on the next (`The Leader of the Council said:` ⏎ `“…”`);
/// - quotes running over several paragraphs (no closing mark at a paragraph end, an opening mark at the next);
/// - follow-ups (`“…,” she added.`, or a new quoted paragraph) inheriting the last speaker;
/// - title-only speakers ("the Leader of the Council said") and listed candidates named without a title;
/// - passive attributions (`condemned as “…” by the leader of the council`).
///
/// Apostrophes (`council’s`, `residents’`, `’90s`) are not quotation marks.
struct QuoteFinder {
    /// A quotation and its speaker.
    struct Quotation: Sendable {
        /// Token of the opening mark.
        var open: Int
        /// Token of the closing mark; nil when the quote runs to the end of a paragraph without one.
        var close: Int?
        /// Last token of the quoted words.
        var contentLast: Int
        /// Mentions (indices into `PersonMentions.mentions`) of the speaker(s).
        var speakers: [Int] = []
        /// A pronoun speaker or a follow-up paragraph: the speaker came from the previous quotation.
        var inherited = false
        /// Token of the previous quotation's opening mark when inherited.
        var inheritedFrom: Int?
        /// The speaker is a pronoun's antecedent mentioned earlier ("… Elin Vaughan MS visited. “…,” she said."):
        /// that mention stays a reference of its own.
        var antecedent = false
        /// The same quotation resumed after its attribution in the same paragraph ("“…,” said Cllr Roe. “…”").
        var continuesPrevious = false

        /// Last token of the quotation including its closing mark.
        var last: Int { close ?? contentLast }
    }

    enum Mark { case openDouble, closeDouble, ambiguousDouble, openSingle, closeSingle, apostrophe }

    let scanner: TextScanner
    let classes: [WordClass]
    let mentions: PersonMentions

    /// Quotations in text order, with speakers resolved.
    static func find(_ scanner: TextScanner, classes: [WordClass], mentions: PersonMentions) -> [Quotation] {
        let finder = QuoteFinder(scanner: scanner, classes: classes, mentions: mentions)
        var quotes = finder.spans()
        finder.attribute(&quotes)
        finder.attributeHeadlines(&quotes)
        return quotes
    }

    // MARK: - Marks and spans

    func mark(_ i: Int) -> Mark {
        let tokens = scanner.tokens
        let t = tokens[i]
        let n = tokens.count
        let prevOpener = i > 0 && !t.has(TextScanner.Flags.spaceBefore)
            && (tokens[i - 1].isPunct("(") || tokens[i - 1].isPunct("[") || tokens[i - 1].isLongDash
                || (tokens[i - 1].kind == .quote && tokens[i - 1].has(TextScanner.Flags.spaceBefore)))
        let spaceBefore = t.has(TextScanner.Flags.spaceBefore) || t.has(TextScanner.Flags.lineStart) || i == 0 || prevOpener
        let spaceAfter = t.has(TextScanner.Flags.spaceAfter) || i + 1 >= n
        let nextIsNumber = i + 1 < n && tokens[i + 1].kind == .number && !spaceAfter
        let nextIsWordish = i + 1 < n && !spaceAfter && tokens[i + 1].kind != .punct
        switch t.scalar {
        case 0x201C, 0x201E, 0x201F, 0xAB:
            return .openDouble
        case 0x201D, 0xBB:
            return spaceBefore && !spaceAfter ? .ambiguousDouble : .closeDouble
        case 0x22:
            if spaceBefore && !spaceAfter { return .openDouble }
            if !spaceBefore { return .closeDouble }
            return .ambiguousDouble
        case 0x2018, 0x201A, 0x201B, 0x2039:
            if nextIsNumber { return .apostrophe }
            if !spaceBefore && i > 0 && tokens[i - 1].kind == .word { return .closeSingle }
            return .openSingle
        case 0x2019, 0x203A, 0x27:
            if spaceBefore && nextIsWordish { return nextIsNumber ? .apostrophe : .openSingle }
            if !spaceBefore { return .closeSingle }
            return .apostrophe
        default:
            return .apostrophe
        }
    }

    /// A closing single mark that is really a plural possessive: "residents’ views".
    func isPluralPossessive(_ i: Int) -> Bool {
        let tokens = scanner.tokens
        let t = tokens[i]
        guard i > 0, tokens[i - 1].kind == .word, !t.has(TextScanner.Flags.spaceBefore) else { return false }
        let before = scanner.bytes[Int(t.start) - 1]
        guard before == 0x73 || before == 0x53 else { return false }
        guard t.has(TextScanner.Flags.spaceAfter), i + 1 < tokens.count, tokens[i + 1].kind == .word,
              tokens[i + 1].paragraph == t.paragraph else { return false }
        let next = tokens[i + 1]
        return !next.has(TextScanner.Flags.capital) && !classes[i + 1].intersects((Lexicon.speechVerb | Lexicon.pronoun))
    }

    func spans() -> [Quotation] {
        let tokens = scanner.tokens
        let n = tokens.count
        var out: [Quotation] = []
        var open = -1
        var double = true
        var curly = false
        var nested = false
        /// A curly closing mark within the next few hundred tokens of the paragraph.
        func curlyCloseAhead(from k: Int, paragraph: Int32) -> Bool {
            var j = k
            while j < n, j - k < 300, tokens[j].paragraph == paragraph {
                if tokens[j].kind == .quote, tokens[j].scalar == 0x201D { return true }
                j += 1
            }
            return false
        }
        var paragraph: Int32 = -1
        var i = 0
        func emit(close: Int?, contentLast: Int) {
            if contentLast > open { out.append(Quotation(open: open, close: close, contentLast: contentLast)) }
            open = -1
        }
        while i < n {
            let t = tokens[i]
            if open >= 0 && t.paragraph != paragraph {
                // The quote reached a paragraph end without a closing mark: it continues if the next paragraph
                // opens with the same kind of mark, otherwise it ended there.
                if t.kind == .quote, t.has(TextScanner.Flags.paragraphStart) {
                    let m = mark(i)
                    if (double && (m == .openDouble || m == .ambiguousDouble)) || (!double && m == .openSingle) {
                        paragraph = t.paragraph
                        i += 1
                        continue
                    }
                }
                emit(close: nil, contentLast: i - 1)
            }
            guard t.kind == .quote else { i += 1; continue }
            let m = mark(i)
            if open < 0 {
                switch m {
                case .openDouble, .ambiguousDouble: open = i; double = true; paragraph = t.paragraph; curly = t.scalar != 0x22; nested = false
                case .openSingle: open = i; double = false; paragraph = t.paragraph
                default: break
                }
            } else if double {
                // Straight marks inside a curly quotation are a quotation within it when the curly close follows.
                if t.scalar == 0x22, curly {
                    if nested {
                        nested = false  // closes the inner quotation
                        i += 1
                        continue
                    }
                    if m == .openDouble, curlyCloseAhead(from: i + 1, paragraph: paragraph) {
                        nested = true  // opens an inner quotation
                        i += 1
                        continue
                    }
                }
                if m == .closeDouble || m == .ambiguousDouble || (m == .openDouble && !t.has(TextScanner.Flags.spaceBefore) && t.has(TextScanner.Flags.spaceAfter)) {
                    emit(close: i, contentLast: i - 1)
                }
            } else if m == .closeSingle && !isPluralPossessive(i) {
                emit(close: i, contentLast: i - 1)
            }
            i += 1
        }
        if open >= 0 { emit(close: nil, contentLast: n - 1) }
        return out
    }

    // MARK: - Attribution

    func isVerb(_ k: Int) -> Bool { k >= 0 && k < classes.count && scanner.tokens[k].kind == .word && classes[k].intersects(Lexicon.speechVerb) }
    func isPronoun(_ k: Int) -> Bool { k >= 0 && k < classes.count && scanner.tokens[k].kind == .word && classes[k].intersects(Lexicon.pronoun) }
    func mentionStarting(_ k: Int) -> Int? {
        guard k >= 0, k < mentions.covering.count, mentions.starting(at: k) >= 0 else { return nil }
        return Int(mentions.starting(at: k))
    }
    func mentionEnding(_ k: Int) -> Int? {
        guard k >= 0, k < mentions.covering.count, mentions.ending(at: k) >= 0 else { return nil }
        return Int(mentions.ending(at: k))
    }
    func isTerminator(_ k: Int) -> Bool {
        let tokens = scanner.tokens
        let t = tokens[k]
        guard t.kind == .punct, t.scalar == 0x2E || t.scalar == 0x21 || t.scalar == 0x3F || t.scalar == 0x2026 else { return false }
        guard k + 1 < tokens.count, tokens[k + 1].paragraph == t.paragraph else { return true }
        return tokens[k + 1].has(TextScanner.Flags.sentenceStart) || tokens[k + 1].kind == .quote
    }
    /// Skips articles and a possessive organisation ("the council’s", "Exampleton Council’s") before a role.
    func skipGap(_ start: Int, limit: Int) -> Int {
        let tokens = scanner.tokens
        var k = start
        var steps = 0
        while k <= limit, steps < 5, tokens[k].kind == .word, mentionStarting(k) == nil {
            if classes[k].intersects(Lexicon.article) { k += 1; steps += 1; continue }
            // A run of words ending in a possessive.
            var e = k
            while e <= limit, e - k < 4, tokens[e].kind == .word, !tokens[e].has(TextScanner.Flags.possessive), mentionStarting(e) == nil { e += 1 }
            if e <= limit, tokens[e].kind == .word, tokens[e].has(TextScanner.Flags.possessive) { k = e + 1; steps += 1; continue }
            // Capitalised words before a role: "Parks Manager Ellie Shaw", "Westshire Police Inspector Jo Hart".
            var c = k
            while c <= limit, c - k < 3, tokens[c].kind == .word, tokens[c].has(TextScanner.Flags.capital), mentionStarting(c) == nil { c += 1 }
            if c > k, c <= limit, mentionStarting(c) != nil { k = c; steps += 1; continue }
            break
        }
        return k
    }
    func skipAdverbsForward(_ start: Int, limit: Int) -> Int {
        var k = start
        while k <= limit, k - start < 3, scanner.tokens[k].kind == .word, classes[k].intersects(Lexicon.adverbGap), !isVerb(k) { k += 1 }
        return k
    }
    func skipAdverbsBackward(_ start: Int, floor: Int) -> Int {
        var k = start
        while k >= floor, start - k < 3, scanner.tokens[k].kind == .word, classes[k].intersects(Lexicon.adverbGap), mentionEnding(k) == nil { k -= 1 }
        return k
    }
    /// "Cllr A and Cllr B": the mentions joined by "and" before `m`.
    func withConjoinedBefore(_ m: Int) -> [Int] {
        let first = mentions.mentions[m].first
        if first >= 2, scanner.tokens[first - 1].key == TextScanner.andKey, let other = mentionEnding(first - 2) { return [other, m] }
        return [m]
    }

    /// Who an attribution names: people, a pronoun, or someone the checker cannot identify ("said Ellie").
    enum Speaker { case mentions([Int]), pronoun, unknown }

    /// Attribution after the closing mark: `, said Cllr X.` / `, Cllr X said.` / `, she added.` / `– Cllr X`.
    func resolveAfter(_ start: Int, _ end: Int) -> Speaker? {
        let tokens = scanner.tokens
        var k = start
        var dash = false
        while k <= end, tokens[k].kind == .punct, tokens[k].isPunct(",") || tokens[k].isPunct(".") || tokens[k].isPunct("-")
            || tokens[k].isLongDash || tokens[k].isPunct(":") {
            if !tokens[k].isPunct(",") && !tokens[k].isPunct(".") { dash = true }
            k += 1
        }
        guard k <= end else { return nil }
        if isVerb(k) {
            if isPronoun(k + 1) && k + 1 <= end { return .pronoun }
            // Welsh drops the pronoun: "“…,” meddai." is "he said" / "she said".
            if k + 1 > end { return .pronoun }
            let j = skipGap(k + 1, limit: end)
            if j <= end, let m = mentionStarting(j) {
                var list = [m]
                let after = mentions.mentions[m].last + 1
                if after + 1 <= end, tokens[after].key == TextScanner.andKey, let m2 = mentionStarting(after + 1) { list.append(m2) }
                return .mentions(list)
            }
            // "said Ellie", "said one resident": an attribution to someone not recognised.
            return k + 1 <= end ? .unknown : nil
        }
        if isPronoun(k), isVerb(skipAdverbsForward(k + 1, limit: end)) { return .pronoun }
        // "Ellie Shaw said." / "one resident said.": a verb right after a few words is an attribution too.
        var v = k
        while v <= end, v - k < 5, tokens[v].kind == .word, !isVerb(v) { v += 1 }
        let verbSoon = v <= end && isVerb(v) && v > k
        let j = skipGap(k, limit: end)
        if j <= end, let m = mentionStarting(j) {
            var list = [m]
            var after = mentions.mentions[m].last + 1
            if after + 1 <= end, tokens[after].key == TextScanner.andKey, let m2 = mentionStarting(after + 1) {
                list.append(m2)
                after = mentions.mentions[m2].last + 1
            }
            after = skipAdverbsForward(after, limit: end)
            if after <= end, tokens[after].isAppositiveMark {
                var q = after + 1
                while q <= end, !tokens[q].isAppositiveMark { q += 1 }
                after = skipAdverbsForward(q + 1, limit: end)
            }
            if isVerb(after) && after <= end { return .mentions(list) }
            if dash { return .mentions(list) }
        }
        return verbSoon ? .unknown : nil
    }

    /// Attribution before the opening mark: `Cllr X said:` / `Councillor X, Cabinet Member for Y, said:` /
    /// `added the Leader:` / `According to Cllr X,` / `Cllr Jane Doe:`.
    func resolveBefore(_ start: Int, _ end: Int) -> Speaker? {
        if let found = resolveBeforeNearVerb(start, end) { return found }
        // Welsh word order puts the verb first: "Dywedodd y Cynghorydd X, sy'n cynrychioli ward y Bont:".
        if isVerb(start) {
            if start + 1 <= end, isPronoun(start + 1) { return .pronoun }  // "Meddai hi:", "Ychwanegodd e:"
            // The verb alone, pronoun dropped: "Ychwanegodd: “…”" ("he added").
            if !(start + 1...max(start + 1, end)).contains(where: { $0 <= end && scanner.tokens[$0].kind != .punct }) { return .pronoun }
            let j = skipGap(start + 1, limit: end)
            if j <= end, let m = mentionStarting(j), mentions.mentions[m].last <= end { return .mentions([m]) }
        }
        // "Cllr Roe welcomed the grant, adding “…”", "Cllr Roe thanked them, saying “…”": the sentence's subject
        // speaks when a speech verb leads into the quotation and nothing nearer names a speaker.
        // With a colon before the quotation the verb may be further back: "Cllr X told the Local Democracy
        // Reporting Service: “…”".
        var e = end
        let colon = e >= start && scanner.tokens[e].isPunct(":")
        while e >= start, scanner.tokens[e].kind == .punct { e -= 1 }
        guard e > start else { return nil }
        var verbNear = isVerb(e) || (e >= 1 && isVerb(e - 1)) || (e >= 2 && isVerb(e - 2))
        if !verbNear, colon { verbNear = (start...e).contains { isVerb($0) } }
        // "Cllr X's post we'd be quoting:" ⏎ "“…”": what a person posted or wrote, introduced by a colon, is their words.
        if !verbNear, colon, let m = possessiveAuthor(start, e) { return .mentions([m]) }
        if !verbNear, colon, let m = labelledSpeaker(start, e) { return .mentions([m]) }
        guard verbNear else { return nil }
        let j = skipGap(start, limit: e)
        if j < e, let m = mentionStarting(j), mentions.mentions[m].last < e, mentions.mentions[m].holder == .member,
           isVerb(mentions.mentions[m].last + 1) || (start...e).contains(where: { $0 > mentions.mentions[m].last && isVerb($0) }) {
            // "Cabinet member for transport Coun X (Lab) said …, adding:": the named member, not the bare role.
            if mentions.mentions[m].source == .role {
                var k = mentions.mentions[m].last + 1
                while k < e, k - mentions.mentions[m].last <= 4, scanner.tokens[k].kind == .word, !isVerb(k) {
                    if let name = mentionStarting(k) {
                        if mentions.mentions[name].holder == .member, mentions.mentions[name].source != .role { return .mentions([name]) }
                        break
                    }
                    k += 1
                }
            }
            return .mentions([m])
        }
        return nil
    }

    /// The person whose possessive name is followed by a noun for what they wrote ("Cllr X's post", "the Leader's
    /// tweet") between `start` and `end`, or nil.
    func possessiveAuthor(_ start: Int, _ end: Int) -> Int? {
        let tokens = scanner.tokens
        var k = start
        while k < end {
            if let m = mentionStarting(k) {
                let last = mentions.mentions[m].last
                if last < end, tokens[last].has(TextScanner.Flags.possessive), tokens[last + 1].kind == .word,
                   QuoteFinder.postNounKeys.contains(tokens[last + 1].key) { return m }
                k = last + 1
                continue
            }
            k += 1
        }
        return nil
    }
    /// A short label line before a colon naming one member, "Labour group (Cllr Stella Okonjo, group leader):", whose
    /// quotation follows: a group's statement set out under its spokesperson's name is that member's words.
    func labelledSpeaker(_ start: Int, _ end: Int) -> Int? {
        let tokens = scanner.tokens
        guard end - start <= 14, tokens[start].has(TextScanner.Flags.lineStart) else { return nil }
        var found: Int?
        var k = start
        while k <= end {
            if let m = mentionStarting(k) {
                let mention = mentions.mentions[m]
                if mention.holder == .member, mention.source != .generic || mention.hasRole {
                    guard found == nil else { return nil }
                    found = m
                }
                k = mention.last + 1
                continue
            }
            k += 1
        }
        return found
    }
    /// Keys of "post", "tweet", "letter": what a person wrote.
    static let postNounKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.postNouns).map(TextScanner.key))

    /// The attribution found next to the speech verb (the usual forms).
    func resolveBeforeNearVerb(_ start: Int, _ end: Int) -> Speaker? {
        let tokens = scanner.tokens
        var e = end
        var colon = false
        while e >= start, tokens[e].kind == .punct, tokens[e].isPunct(":") || tokens[e].isPunct(",") || tokens[e].isPunct("-")
            || tokens[e].isLongDash {
            if tokens[e].isPunct(":") { colon = true }
            e -= 1
        }
        guard e >= start else { return nil }
        var v = -1
        var k = e
        while k >= max(start, e - 5) {
            if isVerb(k) { v = k; break }
            if mentionEnding(k) != nil && k != e { break }
            k -= 1
        }
        if v >= 0 {
            if tokens[v].key == QuoteFinder.accordingKey, v + 1 <= e, tokens[v + 1].key == QuoteFinder.toKey {
                let j = skipGap(v + 2, limit: e)
                if let m = mentionStarting(j) { return .mentions([m]) }
                return nil
            }
            // "said Cllr X:" names the speaker after the verb; "told the Gazette:" names the listener.
            let j = skipGap(v + 1, limit: e)
            if !QuoteFinder.listenerVerbKeys.contains(tokens[v].key), j <= e, let m = mentionStarting(j), mentions.mentions[m].last <= e {
                return .mentions([m])
            }
            var p = skipAdverbsBackward(v - 1, floor: start)
            guard p >= start else { return nil }
            if isPronoun(p) { return .pronoun }
            if tokens[p].isAppositiveMark {
                // A bracketed label after the name ("Cllr X (Lab, St Jude's) said the council had “…”"): its party and
                // ward are not speakers (a saint's name in the ward reads as a person); the name before the bracket speaks.
                if tokens[p].isPunct(")") {
                    var o = p - 1
                    while o > start, p - o < 12, !tokens[o].isPunct("("), !tokens[o].isPunct(")") { o -= 1 }
                    if tokens[o].isPunct("("), let m = mentionEnding(o - 1) { return .mentions(withConjoinedBefore(m)) }
                }
                // "Cllr X, who said:", "y Gynghorydd X, a ddywedodd:": a relative clause right after the name.
                if p + 1 < v, let m = mentionEnding(p - 1) { return .mentions(withConjoinedBefore(m)) }
                // An appositive or relative clause between commas: "X, Cabinet Member for Y, said".
                if let m = mentionEnding(p - 1) {
                    let mention = mentions.mentions[m]
                    let merged = mention.hasRole && mention.source != .role
                    let appositive = mention.first > start && tokens[mention.first - 1].isAppositiveMark
                    if merged || (mention.first == start) { return .mentions(withConjoinedBefore(m)) }
                    if appositive {
                        if let name = mentionEnding(mention.first - 2) { return .mentions([name, m]) }
                        return .mentions([m])
                    }
                }
                var q = p - 1
                while q >= start, !tokens[q].isAppositiveMark { q -= 1 }
                if q > start, let m = mentionEnding(q - 1) { return .mentions(withConjoinedBefore(m)) }
                // The name was merged with the start of the appositive: the mention covering the comma.
                if q > start, mentions.covering[q] >= 0 || mentions.covering[q - 1] >= 0 {
                    let m = Int(mentions.covering[q] >= 0 ? mentions.covering[q] : mentions.covering[q - 1])
                    if mentions.mentions[m].first >= start { return .mentions([m]) }
                }
                p = -1
                return nil
            }
            if let m = mentionEnding(p) { return .mentions(withConjoinedBefore(m)) }
            return nil
        }
        if colon, let m = mentionEnding(e) { return .mentions(withConjoinedBefore(m)) }
        return nil
    }

    static let accordingKey = TextScanner.key("according")
    /// Verbs whose object is the listener, not the speaker.
    static let listenerVerbKeys: Set<UInt64> = Set(["told", "tells", "telling", "tell"].map(TextScanner.key))
    static let toKey = TextScanner.key("to")

    func attribute(_ quotes: inout [Quotation]) {
        let tokens = scanner.tokens
        let n = tokens.count
        var lastSpeakers: [Int]?
        var lastOpen: Int?
        var attributedAfter = false
        for q in quotes.indices {
            let quote = quotes[q]
            var speaker: Speaker?
            var preferBefore = false
            // Window before: back to the sentence start, the previous quotation, or the paragraph start.
            var before: Speaker?
            var s = quote.open - 1
            let paragraph = tokens[quote.open].paragraph
            let floorToken = q > 0 ? quotes[q - 1].last + 1 : 0
            // Apostrophes ("residents' calls") are not the end of a quotation.
            while s >= floorToken, tokens[s].paragraph == paragraph, !isTerminator(s),
                  tokens[s].kind != .quote || mark(s) == .apostrophe || isPluralPossessive(s) { s -= 1 }
            let windowStart = s + 1
            if windowStart <= quote.open - 1 {
                before = resolveBefore(windowStart, quote.open - 1)
                preferBefore = tokens[quote.open - 1].isPunct(":")
            } else if tokens[quote.open].has(TextScanner.Flags.paragraphStart) || tokens[quote.open].has(TextScanner.Flags.lineStart), quote.open > 0,
                      quote.open - 1 >= floorToken {
                // The attribution on the line before: "The Leader of the Council said:" ⏎ "“…”".
                let prevLast = quote.open - 1
                // "said:-" ends with a dash after its colon, an old typist's form of "said:".
                let colonDash = prevLast > 0 && tokens[prevLast].isPunct("-") && tokens[prevLast - 1].isPunct(":")
                if tokens[prevLast].isPunct(":") || isVerb(prevLast) || colonDash {
                    var t = prevLast - 1
                    let prevParagraph = tokens[prevLast].paragraph
                    while t >= floorToken, tokens[t].paragraph == prevParagraph, !isTerminator(t), tokens[t].kind != .quote { t -= 1 }
                    before = resolveBefore(t + 1, prevLast)
                    preferBefore = true
                }
            }
            // Window after: to the end of the sentence, the next opening mark or the paragraph end.
            var after: Speaker?
            if let close = quote.close, close + 1 < n, tokens[close + 1].paragraph == tokens[close].paragraph, !sentenceEnds(after: close) {
                var e = close + 1
                let limit = min(n - 1, close + 30)
                while e + 1 <= limit, tokens[e + 1].paragraph == tokens[close].paragraph, !isTerminator(e + 1) {
                    if tokens[e + 1].kind == .quote, mark(e + 1) == .openDouble || mark(e + 1) == .openSingle { break }
                    e += 1
                }
                after = resolveAfter(close + 1, e)
            }
            speaker = preferBefore ? (before ?? after) : (after ?? before)
            // "It reads:" ⏎ "“…”": a colon introduction naming no speaker, with no speech verb or pronoun, quotes a
            // document or someone else; the quotation is not a follow-up of the last speaker's.
            if speaker == nil, preferBefore, introducesOther(before: quote.open, floor: floorToken) { speaker = .unknown }
            // "condemned as “…” by the leader of the council": a passive attribution names its speaker after "by".
            switch speaker {
            case nil, .unknown?: if let agent = passiveAgent(quote) { speaker = .mentions([agent]) }
            default: break
            }
            let previousAttributedAfter = attributedAfter
            attributedAfter = after != nil && !(preferBefore && before != nil)
            // A pronoun binds to the nearest person named since the last quotation ("Local resident Mary Fox
            // welcomed the plans. She said: “…”" is Mary Fox), not to the last speaker.
            // Quotations left unattributed ("… told the committee the plan would “…”") do not stop the search: the
            // pronoun's antecedent is the person named before them.
            var pronounFloor = floorToken
            var previous = q - 1
            while previous >= 0, quotes[previous].speakers.isEmpty {
                pronounFloor = previous > 0 ? quotes[previous - 1].last + 1 : 0
                previous -= 1
            }
            // "Mum-of-three Jo Brand, from Hensby, said …. “…,” she said.": a name without a title opening the sentence
            // before is a resident, the pronoun's antecedent; nobody a list or a title names.
            if case .pronoun = speaker, untitledSpeaker(before: quote.open, floor: pronounFloor) {
                lastSpeakers = nil
                continue
            }
            if case .pronoun = speaker, let named = nearestMention(before: quote.open, floor: pronounFloor, subjects: true), !(lastSpeakers ?? []).contains(named) {
                quotes[q].speakers = [named]
                quotes[q].antecedent = true
                lastSpeakers = [named]
                lastOpen = quote.open
                continue
            }

            switch speaker {
            case .mentions(let list):
                quotes[q].speakers = list
                // “…,” said Cllr Carter, “but …”: the attribution between them belongs to both halves, and the
                // second resumes the first mid-sentence (a comma before it or a lower-case first word).
                if q > 0, previousAttributedAfter, after == nil, windowStart == quotes[q - 1].last + 1,
                   quotes[q - 1].speakers == list, tokens[quotes[q - 1].last].paragraph == paragraph,
                   tokens[quote.open - 1].isPunct(",") || (quote.open + 1 < n && tokens[quote.open + 1].kind == .word && !tokens[quote.open + 1].has(.capital)) {
                    quotes[q].continuesPrevious = true
                }
                lastSpeakers = list
                lastOpen = quote.open
            case .pronoun:
                if let lastSpeakers {
                    quotes[q].speakers = lastSpeakers
                    quotes[q].inherited = true
                    quotes[q].inheritedFrom = lastOpen
                } else if let m = nearestMention(before: quote.open) {
                    quotes[q].speakers = [m]
                    quotes[q].antecedent = true
                    lastSpeakers = [m]
                    lastOpen = quote.open
                }
            case .unknown:
                // Someone else is speaking: later follow-ups are theirs, not the last member's.
                lastSpeakers = nil
                lastOpen = nil
            case nil:
                // A follow-up: a quoted sentence or paragraph of its own after an attributed one.
                let t = tokens[quote.open]
                let sentenceInitial = t.has(TextScanner.Flags.paragraphStart) || t.has(TextScanner.Flags.lineStart)
                    || (quote.open > 0 && (isTerminator(quote.open - 1) || tokens[quote.open - 1].kind == .quote))
                if sentenceInitial, let lastSpeakers, isSpeechLike(quote) {
                    quotes[q].speakers = lastSpeakers
                    quotes[q].inherited = true
                    quotes[q].inheritedFrom = lastOpen
                    // “…,” said Cllr Roe. “…”: the same quotation resumed after its attribution.
                    // “…,” she told councillors. “…”: the same, after a pronoun's attribution (the speaker inherited).
                    if q > 0, previousAttributedAfter, lastOpen == quotes[q - 1].open || quotes[q - 1].speakers == lastSpeakers, let close = quotes[q - 1].close,
                       tokens[close].paragraph == tokens[quote.open].paragraph {
                        quotes[q].continuesPrevious = true
                    }
                }
            }
        }
    }

    /// The words before the colon that introduces the quotation at `open` (on its line or the line before) have no
    /// speech verb, pronoun or person: "It reads:", "The leaflet says in full:" has "says", so it is not one.
    func introducesOther(before open: Int, floor: Int) -> Bool {
        let tokens = scanner.tokens
        var k = open - 1
        guard k >= floor, tokens[k].isPunct(":") else { return false }
        k -= 1
        var words = 0
        while k >= floor, !isTerminator(k), tokens[k].kind != .quote {
            if tokens[k].kind == .word {
                if isVerb(k) || isPronoun(k) || mentions.covering[k] >= 0 { return false }
                words += 1
            }
            k -= 1
        }
        return words > 0
    }

    /// Keys of the participles of a passive attribution: "condemned", "described".
    static let passiveKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.passiveSpeechVerbs).map(TextScanner.key))
    /// Keys of "by".
    static let agentKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.passiveAgents).map(TextScanner.key))

    /// The speaker of a passive attribution: a participle ("condemned", "described"), perhaps "as", the quotation,
    /// then "by" and a person ("… has been condemned as “scaremongering” by the leader of the council").
    func passiveAgent(_ quote: Quotation) -> Int? {
        let tokens = scanner.tokens
        guard let close = quote.close, close + 2 < tokens.count, quote.open >= 2 else { return nil }
        var p = quote.open - 1
        if tokens[p].kind == .word, !tokens[p].has(TextScanner.Flags.capital), !QuoteFinder.passiveKeys.contains(tokens[p].key) { p -= 1 }
        guard tokens[p].kind == .word, QuoteFinder.passiveKeys.contains(tokens[p].key) else { return nil }
        let k = close + 1
        guard tokens[k].kind == .word, QuoteFinder.agentKeys.contains(tokens[k].key), tokens[k].paragraph == tokens[close].paragraph else { return nil }
        let j = skipGap(k + 1, limit: min(tokens.count - 1, k + 8))
        return mentionStarting(j)
    }

    /// The sentence ends with the quotation: a full stop after the closing mark ("… “lost control”. She said …"), or
    /// a full stop inside it and a capitalised word opening the next line ("…council tax.”" ⏎ "Opposition leader …").
    /// A hard-wrapped attribution ("“…,”" ⏎ "said Cllr Roe.") or a dash ("– Cllr Roe") still attributes.
    func sentenceEnds(after close: Int) -> Bool {
        let tokens = scanner.tokens
        let next = tokens[close + 1]
        if next.kind == .punct, next.scalar == 0x2E || next.scalar == 0x21 || next.scalar == 0x3F { return true }
        guard next.has(TextScanner.Flags.lineStart), next.kind == .word, next.has(TextScanner.Flags.capital), close > 0 else { return false }
        let end = tokens[close - 1]
        return end.kind == .punct && (end.scalar == 0x2E || end.scalar == 0x21 || end.scalar == 0x3F || end.scalar == 0x2026)
    }

    /// A headline that is a quotation ("“Every child deserves a safe route to school”" on a line of its own near
    /// the top) takes its speaker from the next paragraph when a member there is reported as saying it ("Cllr Roe
    /// … said the crossings …"). That mention stays a reference of its own.
    func attributeHeadlines(_ quotes: inout [Quotation]) {
        let tokens = scanner.tokens
        let n = tokens.count
        for q in quotes.indices where quotes[q].speakers.isEmpty {
            let quote = quotes[q]
            guard tokens[quote.open].paragraph <= 3, tokens[quote.open].has(.lineStart), let close = quote.close,
                  close + 1 >= n || tokens[close + 1].line != tokens[close].line || (close + 2 >= n || tokens[close + 2].line != tokens[close].line) && tokens[close + 1].kind == .punct,
                  tokens[close].line == tokens[quote.open].line else { continue }
            // The first mention in the next paragraph, if a speech verb follows it in the same sentence.
            var k = close + 1
            guard k < n else { continue }
            let paragraph = tokens[k].paragraph
            guard paragraph == tokens[close].paragraph + 1 else { continue }
            // Or the body repeats the quotation with its attribution: "“…,” said Cllr Roe."
            if let body = quotes.first(where: { tokens[$0.open].paragraph == paragraph && !$0.speakers.isEmpty }),
               body.speakers.contains(where: { mentions.mentions[$0].holder == .member }) {
                quotes[q].speakers = body.speakers
                quotes[q].antecedent = true
                continue
            }
            while k < n, tokens[k].paragraph == paragraph, mentionStarting(k) == nil, !isTerminator(k) { k += 1 }
            guard k < n, tokens[k].paragraph == paragraph, let m = mentionStarting(k), mentions.mentions[m].holder == .member else { continue }
            var v = mentions.mentions[m].last + 1
            while v < n, v - mentions.mentions[m].last < 4, tokens[v].paragraph == paragraph, !isVerb(v), !isTerminator(v) { v += 1 }
            guard isVerb(v) else { continue }
            quotes[q].speakers = [m]
            quotes[q].antecedent = true
        }
    }

    /// The sentence just before token `k` (after `floor`, in its paragraph, nobody mentioned since) has a speech verb
    /// and opens with a name no list or title makes anyone's: two capitalised words, perhaps after a description
    /// ("Mum-of-three", "Local trader"), then a comma or the verb. That unnamed resident is who a pronoun refers to.
    func untitledSpeaker(before k: Int, floor: Int) -> Bool {
        let tokens = scanner.tokens
        let paragraph = tokens[k].paragraph
        var t = k - 1
        // Back to the start of the sentence before the quotation's.
        var seenTerminator = false
        while t > floor, tokens[t].paragraph == paragraph, k - t < 80 {
            // A member nearer the quotation is nearestMention's to judge; a group ("her children") is not a speaker.
            if mentions.covering[t] >= 0, mentions.mentions[Int(mentions.covering[t])].holder == .member { return false }
            if isTerminator(t) && tokens[t].kind != .quote {
                if seenTerminator { t += 1; break }
                seenTerminator = true
            }
            if seenTerminator, tokens[t].has(.lineStart) || tokens[t].has(.sentenceStart) { break }
            t -= 1
        }
        guard seenTerminator, t >= 0, t < k else { return false }
        func coveredByMember(_ j: Int) -> Bool { mentions.covering[j] >= 0 && mentions.mentions[Int(mentions.covering[j])].holder == .member }
        var i = t
        while i + 2 < k, i - t < 7 {
            let a = tokens[i], b = tokens[i + 1], after = i + 2
            if a.kind == .word, b.kind == .word, a.has(.capital), b.has(.capital), !coveredByMember(i), !coveredByMember(i + 1), !isVerb(i), !isVerb(i + 1),
               !classes[i].intersects(Lexicon.article), !isPronoun(i), tokens[after].isPunct(",") || isVerb(after) {
                var v = after
                while v < k, !isTerminator(v) { if isVerb(v) { return true }; v += 1 }
                return false
            }
            i += 1
        }
        return false
    }

    /// The person mentioned last before token `k`, in its paragraph or the one before (a pronoun's antecedent).
    /// With `subjects`, an untitled name opening its sentence ("Neighbour Jo Brand (Quay Row), whose …, told …") counts:
    /// a resident or objector named since the last speaker is who "she said" refers to.
    func nearestMention(before k: Int, floor: Int = 0, subjects: Bool = false) -> Int? {
        let tokens = scanner.tokens
        let paragraph = tokens[k].paragraph
        var t = k - 1
        while t >= floor, tokens[t].paragraph >= paragraph - 1 {
            // A plural group ("she told councillors:") is the listener, not the speaker.
            if let m = mentionEnding(t), mentions.mentions[m].source != .generic || mentions.mentions[m].hasRole,
               mentions.mentions[m].holder != .member || ReportedSpeech.isIndividual(mentions.mentions[m], scanner, classes) {
                return appositiveOwner(m) ?? sentenceSubject(before: m) ?? m
            }
            if subjects, let m = mentionEnding(t), opensSentence(mentions.mentions[m]) { return m }
            t -= 1
        }
        return nil
    }

    /// The member who opens the sentence in which `m`, someone else's office without a name, is the object
    /// ("Cllr Roe said he would meet the chief executive. “…,” he said."): a pronoun continues the sentence's
    /// subject, not the person it spoke of. Nil when `m` opens its sentence or no member does.
    func sentenceSubject(before m: Int) -> Int? {
        let tokens = scanner.tokens
        let mention = mentions.mentions[m]
        guard mention.source == .role, mention.holder != .member, !opensSentence(mention) else { return nil }
        var t = mention.first - 1
        while t >= 0, mention.first - t < 40, tokens[t].paragraph == tokens[mention.first].paragraph, !isTerminator(t) {
            if let s = mentionEnding(t), mentions.mentions[s].holder == .member, mentions.mentions[s].source != .role || mentions.mentions[s].hasRole,
               ReportedSpeech.isIndividual(mentions.mentions[s], scanner, classes), opensSentence(mentions.mentions[s]) { return s }
            t -= 1
        }
        return nil
    }

    /// A job described in apposition after a member's name ("Darren Roe, a haulage firm owner standing for …") is
    /// the member, not someone else: the member's mention, or nil when `m` is not such an appositive.
    func appositiveOwner(_ m: Int) -> Int? {
        let tokens = scanner.tokens
        let mention = mentions.mentions[m]
        guard mention.holder != .member, mention.source == .role else { return nil }
        var c = mention.first - 1
        while c > 0, mention.first - c <= 4, tokens[c].kind == .word, !tokens[c].has(TextScanner.Flags.capital) || classes[c].intersects(Lexicon.article) { c -= 1 }
        guard c > 0, tokens[c].isPunct(","), tokens[c].line == tokens[mention.first].line, let owner = mentionEnding(c - 1),
              mentions.mentions[owner].holder == .member, mentions.mentions[owner].source != .role else { return nil }
        return owner
    }

    /// The mention opens its sentence (after at most two capitalised words: "Neighbour", "Local resident") and a
    /// lower-case word, a bracket or a comma follows it: the subject of the sentence, not a place in it.
    func opensSentence(_ m: PersonMentions.Mention) -> Bool {
        let tokens = scanner.tokens
        var k = m.first
        while k > 0, m.first - k < 3, !tokens[k].has(TextScanner.Flags.lineStart), !tokens[k].has(TextScanner.Flags.sentenceStart),
              !isTerminator(k - 1) {
            k -= 1
            guard tokens[k].kind == .word, tokens[k].has(TextScanner.Flags.capital) else { return false }
        }
        guard k == 0 || tokens[k].has(TextScanner.Flags.lineStart) || tokens[k].has(TextScanner.Flags.sentenceStart) || isTerminator(k - 1),
              m.last + 1 < tokens.count else { return false }
        let next = tokens[m.last + 1]
        return next.isPunct("(") || next.isPunct(",") || (next.kind == .word && !next.has(TextScanner.Flags.capital))
    }

    /// Looks like speech rather than a title or a scare quote: several words ending in punctuation.
    func isSpeechLike(_ q: Quotation) -> Bool {
        let tokens = scanner.tokens
        var words = 0
        var hasStop = false
        for k in (q.open + 1)...max(q.open + 1, q.contentLast) where k < tokens.count {
            if tokens[k].kind == .word { words += 1 }
            if tokens[k].kind == .punct, [0x2E, 0x21, 0x3F, 0x2C, 0x2026].contains(tokens[k].scalar) { hasStop = true }
        }
        let lastPunct = tokens[q.contentLast].kind == .punct
        return words >= 4 && (hasStop || q.close == nil) && (lastPunct || q.close == nil || words >= 8)
    }
}
