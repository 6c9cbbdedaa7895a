/// Whether a party mention credits the party with the council's work: the mention itself is a party-run label
/// ("Labour-led", "Conservative-controlled", "ruling group", "administration"), or its paragraph uses credit or
/// record words ("delivered", "invested", "promised", "thanks to", "record"). Outside a period only such
/// mentions stay errors (Local Government Act 1986 s2 applies at all times). Each paragraph is read once.
struct PartyPromotion {
    private let bytes: [UInt8]
    /// Paragraph start offset → whether it has credit words.
    private var paragraphs: [Int: Bool] = [:]

    /// Judges mentions in `bytes`.
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static let labels = ["-led", "-run", "-controlled", " led ", " run ", "controlled", "administration", "ruling", "cabinet", "group"].map { Array($0.utf8) }
    static let creditWords = ["delivered", "delivering", "invested", "investing", "achieved", "secured", "promised", "pledged", "thanks to",
                              "our record", "track record", "has funded", "has given", "took control", "taking control", "led administration",
                              "-led", "-run", "-controlled", "administration has", "under labour", "under the conservatives", "under the",
                              "diolch i", "dan arweiniad", "wedi cyflawni", "addewid"].map { Array($0.utf8) }

    /// True when the mention at byte `range` promotes its party.
    mutating func promotes(range: Range<Int>) -> Bool {
        let mention = PartyPromotion.lowered(bytes[range.clamped(to: 0..<bytes.count)])
        for label in PartyPromotion.labels where TextScanner.contains(mention, label) { return true }
        var start = Swift.min(range.lowerBound, bytes.count)
        while start > 0 && bytes[start - 1] != 10 { start -= 1 }
        if let known = paragraphs[start] { return known }
        var end = Swift.min(range.lowerBound, bytes.count)
        while end < bytes.count && bytes[end] != 10 { end += 1 }
        let paragraph = PartyPromotion.lowered(bytes[start..<end])
        let credit = PartyPromotion.creditWords.contains { TextScanner.contains(paragraph, $0) }
        paragraphs[start] = credit
        return credit
    }

    static func lowered(_ slice: ArraySlice<UInt8>) -> [UInt8] { slice.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 } }
}
