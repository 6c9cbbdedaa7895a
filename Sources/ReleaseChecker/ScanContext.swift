/// Everything the rule detectors share, built once per release: the single byte scan (tokens, lines,
/// paragraphs), each word's vocabulary classes, and the structures found in it — people mentioned,
/// quotations and their speakers, photo captions and statutory notices. Detectors read it; none rescans.
struct ScanContext {
    /// The tokenised text.
    let scanner: TextScanner
    /// Vocabulary classes of every token (`Lexicon`).
    let classes: [WordClass]
    /// The options the check was run with (people, topics, dates).
    let options: CheckOptions
    /// Every person named or referred to by title.
    let mentions: PersonMentions
    /// Every quotation, with its speakers resolved.
    let quotes: [QuoteFinder.Quotation]
    /// Token ranges of photo captions.
    let captions: [Range<Int>]
    /// Statutory notices and candidate lists (Code para 34 exemption).
    let notices: [StatutoryNotice]

    /// Scans `bytes` (suppression lines already blanked) and finds the shared structures.
    init(bytes: [UInt8], lineStarts: [Int], options: CheckOptions) {
        scanner = TextScanner(bytes: bytes, lineStarts: lineStarts)
        classes = Lexicon.classify(scanner)
        self.options = options
        notices = StatutoryNotice.find(in: scanner)
        mentions = PersonMentions.find(scanner, classes: classes, people: options.people)
        quotes = QuoteFinder.find(scanner, classes: classes, mentions: mentions)
        captions = PhotoCaption.find(scanner, classes: classes)
    }

    /// The tokens, in text order.
    var tokens: [TextScanner.Token] { scanner.tokens }

    /// "Cllr Jane Doe" or "Jane Doe (candidate, Mill ward, Labour Party)": a mention described with what the
    /// people list knows about the person.
    func describe(_ m: PersonMentions.Mention) -> String {
        let people = options.people
        if let p = m.person, p < people.people.count {
            let person = people.people[p]
            // "Jane Roe MP", "Jane Roe, Member of Parliament for Mill": the post-nominal or role as written says what they are.
            if !person.isCandidate, m.hasRole || classes[m.last].intersects(Lexicon.postnominal) && scanner.tokens[m.last].has(.allCaps) { return m.display }
            if person.isCandidate || (m.source == .listed && person.isMember) {
                return m.display + person.described.dropFirst(person.name.count)
            }
        }
        return m.display
    }
}
