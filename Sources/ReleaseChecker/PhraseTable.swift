/// Multi-word phrases (party names, role titles, electioneering phrases, the council's topics) matched
/// against the scanner's tokens by folded key, longest phrase first.
///
/// Hyphens, slashes and en dashes between words are skipped, so "low-traffic neighbourhood", "low traffic neighbourhood" and
/// "Labour-led" / "Labour led" match the same phrase; `&` matches "and". Matching never crosses a paragraph.
struct PhraseTable<Payload: Sendable>: Sendable {
    /// One phrase.
    struct Entry: Sendable {
        /// Folded keys of the phrase's words.
        var keys: [UInt64]
        /// What the phrase means to its rule.
        var payload: Payload
        /// The phrase as written in the lexicon.
        var text: String
    }

    /// A phrase found in the text: entry index and the inclusive token range.
    struct Match: Sendable {
        var entry: Int
        var first: Int
        var last: Int
    }

    private(set) var entries: [Entry] = []
    private var index = KeywordIndex(capacity: 64)
    /// Entry lists per first key, longest phrase first (index values point here, offset by 1).
    private var buckets: [[Int32]] = []
    /// Every entry's keys, flat, so that matching copies no arrays: entry `e` is `flat[starts[e] ..< starts[e] + lengths[e]]`.
    private var flat: [UInt64] = []
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    /// First keys that have a one-word phrase (no second word needed).
    private var singles = KeywordIndex(capacity: 16)
    /// Hashes of (first, second) word pairs of the longer phrases: a cheap test before trying them.
    private var pairs = KeywordIndex(capacity: 64)

    static func pairKey(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let h = (a &* 0x9E37_79B9_7F4A_7C15) ^ (b &+ 0x632B_E59B_D9B4_E019)
        return h == 0 ? 1 : h
    }

    /// Builds the table from phrases (empty phrases are ignored).
    init(_ phrases: [(String, Payload)]) {
        for (text, payload) in phrases {
            let keys = TextScanner.keys(text)
            guard let first = keys.first else { continue }
            let entryIndex = Int32(entries.count)
            entries.append(Entry(keys: keys, payload: payload, text: text))
            starts.append(Int32(flat.count))
            lengths.append(Int32(keys.count))
            flat += keys
            if keys.count == 1 { singles.insert(first, 1) } else { pairs.insert(PhraseTable.pairKey(first, keys[1]), 1) }
            let slot = index.lookup(first)
            if slot == 0 {
                buckets.append([entryIndex])
                index.insert(first, UInt32(buckets.count))
            } else {
                buckets[Int(slot) - 1].append(entryIndex)
            }
        }
        for b in buckets.indices {
            buckets[b].sort { entries[Int($0)].keys.count > entries[Int($1)].keys.count }
        }
    }

    /// First keys of every phrase (for the per-token class index).
    var firstKeys: [UInt64] { entries.map { $0.keys[0] } }

    /// True when some phrase starts with this key.
    @inline(__always) func startsPhrase(_ key: UInt64) -> Bool { index.lookup(key) != 0 }

    /// The longest phrase starting at token `i`, optionally filtered by `accept`.
    func match(_ scanner: TextScanner, at i: Int, accept: (Entry, Int) -> Bool = { _, _ in true }) -> Match? {
        guard i < scanner.tokens.count, scanner.tokens[i].kind == .word || scanner.tokens[i].kind == .number else { return nil }
        let slot = index.lookup(scanner.tokens[i].key)
        guard slot != 0 else { return nil }
        let tokens = scanner.tokens
        if !singles.contains(tokens[i].key) {
            // Only longer phrases start here: the next word must fit one of them.
            var t = i + 1
            while t < tokens.count, tokens[t].kind == .punct, tokens[t].scalar == 0x2D || tokens[t].scalar == 0x2F || tokens[t].scalar == 0x2013 { t += 1 }
            guard t < tokens.count, pairs.contains(PhraseTable.pairKey(tokens[i].key, tokens[t].key)) else { return nil }
        }
        for e in buckets[Int(slot) - 1] {
            let start = Int(starts[Int(e)]), count = Int(lengths[Int(e)])
            if let last = flat.withUnsafeBufferPointer({ PhraseTable.matchKeys(UnsafeBufferPointer(rebasing: $0[start..<(start + count)]), scanner, at: i) }),
               accept(entries[Int(e)], last) {
                return Match(entry: Int(e), first: i, last: last)
            }
        }
        return nil
    }

    /// Matches `keys` at token `i`; returns the last token index of the match.
    static func matchKeys(_ keys: [UInt64], _ scanner: TextScanner, at i: Int) -> Int? {
        keys.withUnsafeBufferPointer { matchKeys($0, scanner, at: i) }
    }

    /// Matches `keys` at token `i` (no copies); returns the last token index of the match.
    static func matchKeys(_ keys: UnsafeBufferPointer<UInt64>, _ scanner: TextScanner, at i: Int) -> Int? {
        let tokens = scanner.tokens
        guard i >= 0, i < tokens.count else { return nil }
        var t = i
        let paragraph = tokens[i].paragraph
        for (n, key) in keys.enumerated() {
            if n > 0 {
                t += 1
                // Skip hyphens (and the possessive-free apostrophe tokens never occur here).
                while t < tokens.count, tokens[t].kind == .punct, tokens[t].scalar == 0x2D || tokens[t].scalar == 0x2F || tokens[t].scalar == 0x2013 {
                    t += 1
                }
            }
            guard t < tokens.count, tokens[t].paragraph == paragraph, tokens[t].key == key else { return nil }
            let kind = tokens[t].kind
            guard kind == .word || kind == .number || kind == .punct else { return nil }
            if n < keys.count - 1, tokens[t].has(TextScanner.Flags.possessive) { return nil }
        }
        return t
    }
}
