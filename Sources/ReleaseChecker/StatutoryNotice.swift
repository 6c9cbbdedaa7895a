/// A statutory election notice (notice of election, statement of persons nominated, notice of poll) or a
/// factual list of candidates inside a release.
///
/// Code of Recommended Practice on Local Authority Publicity 2011, para 34: councils may publish factual
/// information giving candidates' names, wards and parties, so names and parties inside these blocks are
/// not findings.
public struct StatutoryNotice: Sendable, Equatable {
    /// Which notice, e.g. "Statement of Persons Nominated", or "list of candidates".
    public var kind: String
    /// 1-based first line of the block.
    public var firstLine: Int
    /// 1-based last line of the block.
    public var lastLine: Int
    /// Tokens of the block.
    var tokenRange: Range<Int>

    /// Rules that do not apply inside a notice (electioneering and topics still do).
    static let exemptRules: Set<Rule> = [.memberQuote, .memberReference, .partyReference, .memberPhoto]

    /// Headings that open a notice; the block runs to the end of the text or to an end marker.
    static let headings = PhraseTable<String>(Vocabulary.all.flatMap(\.noticeHeadings))

    /// Lines that end a notice block ("ENDS", "Notes to editors").
    static let endMarkers = PhraseTable<Bool>(Vocabulary.all.flatMap(\.noticeEnds).map { ($0, true) })

    /// "Candidates", "Ymgeiswyr", "nominated": before a colon, they open a list of candidates.
    static let candidateListKeys = Set(Vocabulary.all.flatMap(\.candidateListWords).map(TextScanner.key))

    /// Titles that make "Cllr Lee (Labour)" a member in a news report rather than a name in a list of candidates.
    static let titleKeys: Set<UInt64> = Set(Vocabulary.all.flatMap { $0.titles + $0.honorifics }.map(TextScanner.key))

    /// Finds notice blocks and candidate lists.
    static func find(in scanner: TextScanner) -> [StatutoryNotice] {
        var blocks: [StatutoryNotice] = []
        let lines = scanner.lineStarts.count
        let tokens = scanner.tokens
        // Locals, not static reads in the per-line helpers below.
        let headings = Self.headings, endMarkers = Self.endMarkers, candidateListKeys = Self.candidateListKeys, titleKeys = Self.titleKeys
        let partyTable = PartyLexicon.table
        func range(_ l: Int) -> Range<Int> { Int(scanner.lineTokenStart[l])..<Int(scanner.lineTokenStart[l + 1]) }
        // Both kinds of candidate entry count at most one per opening bracket on their line: one pass counts the
        // brackets, so the entry scans run only on lines that have enough of them.
        var brackets = [Int32](repeating: 0, count: lines)
        for l in 0..<lines {
            var count: Int32 = 0
            for k in range(l) where tokens[k].isPunct("(") { count += 1 }
            brackets[l] = count
        }
        func firstWord(_ l: Int) -> Int? {
            for k in range(l) where tokens[k].kind == .word { return k }
            return nil
        }
        func wordCount(_ l: Int) -> Int { range(l).reduce(0) { $0 + (tokens[$1].kind == .word || tokens[$1].kind == .number ? 1 : 0) } }
        func isEndMarker(_ l: Int) -> Bool {
            guard let w = firstWord(l), let m = endMarkers.match(scanner, at: w) else { return false }
            return wordCount(l) <= 3 && tokens[m.last].line == tokens[w].line
        }
        /// Where a heading may start on line `l`: its first word, or the first word after a short lead such as
        /// the council's name ("Harbourton Council – Notice of Poll", "Cyngor … – Hysbysiad o …"); after a lead, the
        /// heading must end its line, so a news headline ("… – Notice of Poll published for Quay ward") is not one.
        func headingStart(_ l: Int) -> Int? {
            guard let w = firstWord(l) else { return nil }
            if headings.match(scanner, at: w) != nil { return w }
            let r = range(l)
            var words = 0
            for k in r {
                if tokens[k].kind == .word { words += 1; if words > 6 { return nil }; continue }
                if tokens[k].isDash || tokens[k].isPunct(":") || tokens[k].isPunct("|") {
                    guard words > 0 else { continue }
                    for j in (k + 1)..<r.upperBound where tokens[j].kind == .word { return j }
                    return nil
                }
            }
            return nil
        }
        /// Entries shaped like a statement of persons nominated on line `l`: "SURNAME, Forenames (Party)".
        func nominationEntries(_ l: Int) -> Int {
            let r = range(l)
            var count = 0
            var k = r.lowerBound
            while k + 3 < r.upperBound {
                defer { k += 1 }
                guard tokens[k].kind == .word, tokens[k].has(TextScanner.Flags.allCaps), tokens[k + 1].isPunct(","),
                      tokens[k + 2].kind == .word, tokens[k + 2].has(TextScanner.Flags.capital), !tokens[k + 2].has(TextScanner.Flags.allCaps) else { continue }
                var j = k + 3
                while j < r.upperBound, j - k <= 7, tokens[j].kind == .word, tokens[j].has(TextScanner.Flags.capital) { j += 1 }
                if j < r.upperBound, tokens[j].isPunct("(") { count += 1; k = j }
            }
            return count
        }
        /// Entries shaped like "Jodie Marchbank (Labour)" on line `l`: capitalised names, no title, then a party in
        /// brackets; a news story's factual sentence listing the candidates.
        func namedPartyEntries(_ l: Int) -> Int {
            let r = range(l)
            var count = 0
            var k = r.lowerBound
            while k < r.upperBound {
                guard tokens[k].isPunct("("), k + 2 < r.upperBound, k - 2 >= r.lowerBound,
                      tokens[k - 1].kind == .word, tokens[k - 1].has(TextScanner.Flags.capital),
                      tokens[k - 2].kind == .word, tokens[k - 2].has(TextScanner.Flags.capital),
                      !titleKeys.contains(tokens[k - 2].key), !titleKeys.contains(tokens[k - 1].key),
                      let p = partyTable.match(scanner, at: k + 1), p.last + 1 < r.upperBound, tokens[p.last + 1].isPunct(")") else { k += 1; continue }
                count += 1
                k = p.last + 2
            }
            return count
        }
        /// True when line `l` or the line before it (skipping one blank line) speaks of candidates.
        func aboutCandidates(_ l: Int) -> Bool {
            for m in [l, l - 1, l - 2] where m >= 0 {
                if range(m).contains(where: { candidateListKeys.contains(tokens[$0].key) }) { return true }
                if m < l, !range(m).isEmpty { break }
            }
            return false
        }
        var l = 0
        while l < lines {
            // A factual sentence listing the candidates: "They are Jodie Marchbank (Labour), Rupert Hale (Conservative)
            // and Sunita Rao (Green Party)." after "Four candidates are standing…".
            if brackets[l] >= 3, namedPartyEntries(l) >= 3, aboutCandidates(l) {
                let tr = Int(scanner.lineTokenStart[l])..<Int(scanner.lineTokenStart[l + 1])
                blocks.append(StatutoryNotice(kind: "list of candidates", firstLine: l + 1, lastLine: l + 1, tokenRange: tr))
                l += 1
                continue
            }
            // A heading line.
            if let w = headingStart(l), wordCount(l) <= 16, let m = headings.match(scanner, at: w), Int(tokens[m.last].line) == l,
               w == firstWord(l) || !range(l).contains(where: { $0 > m.last && tokens[$0].kind == .word }) {
                var end = l
                var k = l + 1
                while k < lines {
                    if isEndMarker(k) { break }
                    if !range(k).isEmpty { end = k }
                    k += 1
                }
                let tr = Int(scanner.lineTokenStart[l])..<Int(scanner.lineTokenStart[end + 1])
                blocks.append(StatutoryNotice(kind: headings.entries[m.entry].payload, firstLine: l + 1, lastLine: end + 1, tokenRange: tr))
                l = k
                continue
            }
            // A candidate list: "The candidates standing in Mill ward are:" followed by list lines. A colon before a
            // quotation ("Mrs X, who is standing … as a Green Party candidate, said: “…”") introduces a candidate's
            // words, which para 34 does not exempt.
            let r = range(l)
            if let colon = r.first(where: { tokens[$0].isPunct(":") }),
               r.contains(where: { $0 < colon && candidateListKeys.contains(tokens[$0].key) }),
               !(colon + 1 < tokens.count && tokens[colon + 1].kind == .quote) {
                var end = l
                var k = l + 1
                var blankRun = 0
                while k < lines {
                    let kr = range(k)
                    if kr.isEmpty { blankRun += 1; if blankRun > 1 { break }; k += 1; continue }
                    blankRun = 0
                    let words = wordCount(k)
                    let last = tokens[kr.upperBound - 1]
                    let bullet = tokens[kr.lowerBound].kind == .punct || tokens[kr.lowerBound].kind == .number
                    let listLike = (words <= 14 && !(last.isPunct(".") && words > 8)) || bullet && words <= 20
                    guard listLike, !isEndMarker(k) else { break }
                    end = k
                    k += 1
                }
                let startToken = colon + 1
                let endToken = Int(scanner.lineTokenStart[end + 1])
                if startToken < endToken {
                    blocks.append(StatutoryNotice(kind: "list of candidates", firstLine: l + 1, lastLine: end + 1, tokenRange: startToken..<endToken))
                }
                l = end + 1
                continue
            }
            // Candidates listed as a statement of persons nominated lists them, without a heading or a colon:
            // "BOWEN, Mair (Plaid Cymru); HUGHES, Dylan (Labour)" on one line, or one a line over several.
            var end = l
            var entries = brackets[l] > 0 ? nominationEntries(l) : 0
            while entries > 0, end + 1 < lines {
                let more = brackets[end + 1] > 0 ? nominationEntries(end + 1) : 0
                guard more > 0 else { break }
                entries += more
                end += 1
            }
            if entries >= 2 {
                let tr = Int(scanner.lineTokenStart[l])..<Int(scanner.lineTokenStart[end + 1])
                blocks.append(StatutoryNotice(kind: "list of candidates", firstLine: l + 1, lastLine: end + 1, tokenRange: tr))
                l = end + 1
                continue
            }
            l += 1
        }
        return blocks
    }
}
