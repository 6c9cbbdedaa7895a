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

    static let candidatesKey = TextScanner.key("candidates")
    static let candidateKey = TextScanner.key("candidate")
    static let nominatedKey = TextScanner.key("nominated")
    static let standingKey = TextScanner.key("standing")

    /// Finds notice blocks and candidate lists.
    static func find(in scanner: TextScanner) -> [StatutoryNotice] {
        var blocks: [StatutoryNotice] = []
        let lines = scanner.lineStarts.count
        let tokens = scanner.tokens
        func range(_ l: Int) -> Range<Int> { Int(scanner.lineTokenStart[l])..<Int(scanner.lineTokenStart[l + 1]) }
        func firstWord(_ l: Int) -> Int? {
            for k in range(l) where tokens[k].kind == .word { return k }
            return nil
        }
        func wordCount(_ l: Int) -> Int { range(l).reduce(0) { $0 + (tokens[$1].kind == .word || tokens[$1].kind == .number ? 1 : 0) } }
        func isEndMarker(_ l: Int) -> Bool {
            guard let w = firstWord(l), let m = endMarkers.match(scanner, at: w) else { return false }
            return wordCount(l) <= 3 && tokens[m.last].line == tokens[w].line
        }
        var l = 0
        while l < lines {
            // A heading line.
            if let w = firstWord(l), wordCount(l) <= 16, let m = headings.match(scanner, at: w), Int(tokens[m.last].line) == l {
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
            // A candidate list: "The candidates standing in Mill ward are:" followed by list lines.
            let r = range(l)
            if let colon = r.first(where: { tokens[$0].isPunct(":") }),
               r.contains(where: { $0 < colon && [candidatesKey, candidateKey, nominatedKey].contains(tokens[$0].key) }) {
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
            l += 1
        }
        return blocks
    }
}
