import Foundation

/// Splits a release into word, number and punctuation tokens in one pass over its UTF-8 bytes (no regular expressions,
/// no per-character `String` indexing), remembering lines and paragraphs so that every finding can say
/// `line:column` the way the user's editor shows them.
///
/// Words are folded for matching: ASCII case, Latin-1 accents and Welsh circumflexes are removed
/// ("Féin" matches "Fein", "ŵyr" matches "wyr", as party registers and Welsh text need), and a curly apostrophe
/// inside a word is the same as a straight one. A trailing possessive `’s`/`'s` is not part of the token
/// but sets the `possessive` flag, so "Doe’s" is found as "Doe".
public struct TextScanner: Sendable {
    /// What a token is.
    public enum Kind: UInt8, Sendable {
        /// Letters (and internal apostrophes), e.g. `council’s` → `council` + possessive.
        case word
        /// Starts with a digit, e.g. `2026`, `7am`, `2m`.
        case number
        /// Any other single character: `.`, `,`, `:`, `-`, `(`, `&` …
        case punct
        /// A quotation mark or apostrophe that is not inside a word: `“ ” ‘ ’ " ' « »`.
        case quote
        /// `#Word` (the `#` included in the token's bytes).
        case hashtag
        /// `@Handle` (the `@` included); not an e-mail address.
        case handle
    }

    /// One token. Offsets are UTF-8 byte offsets into `bytes`.
    public struct Token: Sendable {
        /// First byte of the token.
        public var start: Int32
        /// One past the last byte (a possessive `’s` is excluded).
        public var end: Int32
        /// Folded hash of a word (or of a hashtag/handle body); for `&` the key of "and"; 0 otherwise.
        public var key: UInt64
        /// 0-based line index.
        public var line: Int32
        /// 0-based paragraph index (paragraphs are separated by blank lines).
        public var paragraph: Int32
        /// The Unicode scalar of a punctuation or quote token (dashes U+2010/2011 are stored as `-`).
        public var scalar: UInt32
        /// The kind of token.
        public var kind: Kind
        /// What else is known about the token.
        public var flags: Flags

        /// True when `flag` is set.
        @inline(__always) public func has(_ flag: Flags) -> Bool { flags.contains(flag) }
        /// True for a punctuation token with this ASCII character.
        @inline(__always) public func isPunct(_ ascii: Unicode.Scalar) -> Bool { kind == .punct && scalar == ascii.value }
        /// A comma, en or em dash, or bracket: the marks that set off an appositive ("Cllr X, Leader of …,",
        /// "Cllr X — Leader of … —", "Cllr X (Leader of …)").
        @inline(__always) public var isAppositiveMark: Bool {
            kind == .punct && (scalar == 0x2C || scalar == 0x2013 || scalar == 0x2014 || scalar == 0x28 || scalar == 0x29)
        }
        /// A hyphen-minus, en dash or em dash: the marks writers use between a name and an office, or for a break.
        @inline(__always) public var isDash: Bool { kind == .punct && (scalar == 0x2D || scalar == 0x2013 || scalar == 0x2014) }
        /// An en or em dash (not a hyphen): a spaced break in a sentence ("Cllr X – Leader of … – said").
        @inline(__always) public var isLongDash: Bool { kind == .punct && (scalar == 0x2013 || scalar == 0x2014) }
        /// True for word tokens.
        @inline(__always) public var isWord: Bool { kind == .word }
    }

    /// What the scanner knows about a token besides its kind, as a set of named flags.
    public struct Flags: OptionSet, Sendable {
        /// The flags as bits.
        public let rawValue: UInt8
        /// Creates a flag set from its bits.
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        /// First letter is upper case.
        public static let capital = Flags(rawValue: 1)
        /// Two or more letters, none lower case ("MP", "SNP", "NOTICE").
        public static let allCaps = Flags(rawValue: 2)
        /// Followed by `’s` / `'s`.
        public static let possessive = Flags(rawValue: 4)
        /// First token on its line.
        public static let lineStart = Flags(rawValue: 8)
        /// First token of its paragraph.
        public static let paragraphStart = Flags(rawValue: 16)
        /// White space (or the start of a line) immediately before.
        public static let spaceBefore = Flags(rawValue: 32)
        /// White space (or the end of a line or text) immediately after.
        public static let spaceAfter = Flags(rawValue: 64)
        /// First word of a sentence, heading line, list item or quotation: a capital here says nothing.
        public static let sentenceStart = Flags(rawValue: 128)
    }

    /// What an ASCII byte is, for the tokeniser's one table lookup per byte.
    enum ByteClass: UInt8 {
        /// Anything else: punctuation and symbols.
        case punct
        /// `A`–`Z`.
        case upper
        /// `a`–`z`.
        case lower
        /// `0`–`9`.
        case digit
        /// Space, tab, CR, form feed, vertical tab.
        case space
        /// Line feed.
        case newline
        /// A byte of a multi-byte UTF-8 sequence.
        case nonASCII

        /// A letter or digit: part of a word.
        @inline(__always) var isAlphanumeric: Bool { self == .upper || self == .lower || self == .digit }
    }

    /// The scanned bytes.
    public let bytes: [UInt8]
    /// Tokens in text order.
    public private(set) var tokens: [Token] = []
    /// Byte offset where each line starts (line 0 at 0).
    public private(set) var lineStarts: [Int] = [0]
    /// Tokens of line `L` are `lineTokenStart[L] ..< lineTokenStart[L + 1]`.
    public private(set) var lineTokenStart: [Int32] = []
    /// Lines that look like headings (Title Case or ALL CAPS): capitals on them are not evidence of a name.
    public private(set) var headingLines: [Bool] = []

    /// Scans `text`.
    public init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    /// Scans UTF-8 `bytes` (invalid sequences are treated as letters; callers decode first).
    public init(bytes: [UInt8]) { self.init(bytes: bytes, lineStarts: nil) }

    /// Byte offsets where lines start (0 first), found with `memchr`.
    static func lineStarts(_ bytes: [UInt8]) -> [Int] {
        var starts: [Int] = [0]
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            var offset = 0
            while offset < p.count, let hit = memchr(base + offset, 0x0A, p.count - offset) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                starts.append(at + 1)
                offset = at + 1
            }
        }
        return starts
    }

    /// Scans `bytes` whose line starts are already known (the suppression pass finds them).
    init(bytes: [UInt8], lineStarts knownLineStarts: [Int]?) {
        self.bytes = bytes
        scan(knownLineStarts)
        markSentences()
        markHeadings()
    }

    // MARK: - Folding and hashing

    static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// The class of every byte value.
    static let byteClass: [ByteClass] = (0..<256).map { b -> ByteClass in
        switch b {
        case 65...90: .upper
        case 97...122: .lower
        case 48...57: .digit
        case 32, 9, 13, 12, 11: .space
        case 10: .newline
        case 128...255: .nonASCII
        default: .punct
        }
    }

    /// Latin-1 letters U+00C0…U+00FF folded to a base ASCII letter (0 where the scalar is not a letter).
    static let latin1Fold: [UInt8] = Array("aaaaaaaceeeeiiiidnooooo\0ouuuuytsaaaaaaaceeeeiiiidnooooo\0ouuuuyty".utf8).map { $0 == 48 ? 0 : $0 }

    /// The folded hash of one word, as the scanner computes it for a word token.
    public static func key(_ word: String) -> UInt64 {
        if let plain = plainKeys(word), plain.count == 1 { return plain[0] }
        return scannedKey(word)
    }

    /// `key`, always by scanning `word`: the path for every word that is not plain ASCII, and the reference
    /// the direct hashing of plain words is tested against.
    static func scannedKey(_ word: String) -> UInt64 {
        let scanned = TextScanner(word)
        return scanned.tokens.first(where: { $0.kind == .word || $0.kind == .number })?.key ?? 0
    }

    /// The keys of the word and number tokens of `phrase`, hyphens and other punctuation dropped
    /// (so "low-traffic" and "low traffic" give the same keys; `&` gives the key of "and").
    public static func keys(_ phrase: String) -> [UInt64] {
        if let plain = plainKeys(phrase) { return plain }
        return scannedKeys(phrase)
    }

    /// `keys`, always by scanning `phrase`: the path for every phrase that is not plain ASCII, and the
    /// reference the direct hashing of plain phrases is tested against.
    static func scannedKeys(_ phrase: String) -> [UInt64] {
        let scanned = TextScanner(phrase)
        return scanned.tokens.compactMap { t in
            if t.kind == .word || t.kind == .number { return t.key }
            if t.kind == .punct, t.scalar == 0x26 { return t.key }
            return nil
        }
    }

    /// The keys of a phrase of ASCII letters and digits between single spaces ("polling day", "cllr"), as
    /// the scanner computes them, without scanning it; nil for anything else (hyphens, apostrophes, accents,
    /// `&`, other spacing), which `key` and `keys` scan. The word tables are built from some thousands of
    /// such phrases at start-up, and a scanner for each cost more than the table itself.
    static func plainKeys(_ phrase: String) -> [UInt64]? {
        var keys: [UInt64] = []
        var h = fnvOffset
        var inWord = false
        for b in phrase.utf8 {
            let folded = b | 0x20
            if folded &- 0x61 < 26 {
                h = (h ^ UInt64(folded)) &* fnvPrime
                inWord = true
            } else if b &- 0x30 < 10 {
                h = (h ^ UInt64(b)) &* fnvPrime
                inWord = true
            } else if b == 0x20 && inWord {
                keys.append(h == 0 ? 1 : h)
                h = fnvOffset
                inWord = false
            } else {
                return nil
            }
        }
        guard inWord else { return nil }
        keys.append(h == 0 ? 1 : h)
        return keys
    }

    // MARK: - Scanning

    /// Decodes the scalar starting at `i`; returns it and its byte length (1 for a stray byte).
    @inline(__always)
    static func decode(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(p[i])
        let n = p.count
        if b0 < 0x80 { return (b0, 1) }
        if b0 & 0xE0 == 0xC0, i + 1 < n { return ((b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F), 2) }
        if b0 & 0xF0 == 0xE0, i + 2 < n {
            return ((b0 & 0x0F) << 12 | UInt32(p[i + 1] & 0x3F) << 6 | UInt32(p[i + 2] & 0x3F), 3)
        }
        if b0 & 0xF8 == 0xF0, i + 3 < n {
            return ((b0 & 0x07) << 18 | UInt32(p[i + 1] & 0x3F) << 12 | UInt32(p[i + 2] & 0x3F) << 6 | UInt32(p[i + 3] & 0x3F), 4)
        }
        return (b0, 1)
    }

    /// White space beyond ASCII: no-break and typographic spaces, line and paragraph separators.
    @inline(__always)
    static func isSpaceScalar(_ s: UInt32) -> Bool {
        s == 0xA0 || (s >= 0x2000 && s <= 0x200A) || s == 0x202F || s == 0x205F || s == 0x3000 || s == 0x2028 || s == 0x2029
    }

    /// Characters that are invisible inside a word and folded away before matching: soft hyphen, zero-width
    /// space, non-joiner and joiner, word joiner, byte-order mark ("Lab\u{AD}our" is "Labour"). Between words
    /// they separate like a space.
    @inline(__always)
    static func isInvisibleScalar(_ s: UInt32) -> Bool {
        s == 0xAD || (s >= 0x200B && s <= 0x200D) || s == 0x2060 || s == 0xFEFF
    }

    /// The ASCII character a full-width compatibility form stands for (U+FF01…U+FF5E → `!`…`~`), or nil.
    @inline(__always)
    static func fullWidthASCII(_ s: UInt32) -> UInt32? {
        s >= 0xFF01 && s <= 0xFF5E ? s - 0xFEE0 : nil
    }

    /// Quotation marks (curly, low-9, guillemets).
    @inline(__always)
    static func isQuoteScalar(_ s: UInt32) -> Bool {
        (s >= 0x2018 && s <= 0x201F) || s == 0xAB || s == 0xBB || s == 0x2039 || s == 0x203A
    }

    /// Letters beyond ASCII (accented Latin, Greek, Cyrillic, Welsh ŵ ŷ, full-width letters and digits …) and combining marks.
    @inline(__always)
    static func isLetterScalar(_ s: UInt32) -> Bool {
        if s >= 0xC0 && s < 0x2000 { return s != 0xD7 && s != 0xF7 }
        if s >= 0x2C00 && s < 0x2E00 { return true }
        if s >= 0x3040 && s < 0xD800 { return true }
        if s >= 0xFF10 && s <= 0xFF5A { return (s <= 0xFF19) || (s >= 0xFF21 && s <= 0xFF3A) || s >= 0xFF41 }
        return s >= 0xF900 && s < 0xFE00
    }

    /// At least as many tokens as `tokenize` will write: one per punctuation byte, per multi-byte character and
    /// per run of ASCII letters and digits. One cheap pass, so the token array is sized to the text rather
    /// than to one token per byte.
    static func tokenBound(_ p: UnsafeBufferPointer<UInt8>) -> Int {
        // Branch-free: a byte adds one when it is punctuation or a multi-byte lead, or a letter after a non-letter.
        // The count and the previous byte's class are the closure's own locals (kept in registers), not
        // variables captured from outside it (read and written through memory at every byte).
        let alnum = TextScanner.alnumTable, starts = TextScanner.startTable
        return alnum.withUnsafeBufferPointer { alnum in
            starts.withUnsafeBufferPointer { starts in
                var bound = 1
                var previous: UInt8 = 0
                for b in p {
                    let a = alnum[Int(b)]
                    bound &+= Int(starts[Int(b)] | (a & ~previous))
                    previous = a
                }
                return bound
            }
        }
    }

    /// 1 for ASCII letters and digits.
    static let alnumTable: [UInt8] = (0..<256).map { byteClass[$0].isAlphanumeric ? 1 : 0 }
    /// 1 for bytes that always start a token of their own or a multi-byte character: punctuation, UTF-8 leads.
    static let startTable: [UInt8] = (0..<256).map { byteClass[$0] == .punct || $0 >= 0xC0 ? 1 : 0 }

    private mutating func scan(_ knownLineStarts: [Int]?) {
        let starts = knownLineStarts ?? TextScanner.lineStarts(bytes)
        // Tokens, written straight into the array's storage, sized by a first cheap pass.
        let toks = bytes.withUnsafeBufferPointer { p -> [Token] in
            let bound = TextScanner.tokenBound(p)
            return [Token](unsafeUninitializedCapacity: bound) { out, count in
                count = TextScanner.tokenize(p, into: out)
            }
        }
        tokens = toks
        lineStarts = starts
        var perLine = [Int32](repeating: 0, count: starts.count + 1)
        var t = 0
        for l in 0..<starts.count {
            perLine[l] = Int32(t)
            while t < toks.count && Int(toks[t].line) == l { t += 1 }
        }
        perLine[starts.count] = Int32(toks.count)
        lineTokenStart = perLine
    }

    /// The tokeniser proper: reads `p`, writes tokens to `out`, returns how many. No allocation, no closures.
    private static func tokenize(_ p: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<Token>) -> Int {
        let n = p.count
        let cls = TextScanner.byteClass
        let count = cls.withUnsafeBufferPointer { cls -> Int in
            // The scan's state is declared inside the closure, not captured from outside it: captured variables
            // are reached through memory at every byte, locals stay in registers.
            var count = 0
            var i = 0
            var line: Int32 = 0
            var paragraph: Int32 = 0
            var newlines = 0
            var spaceBefore = true
            var lineStart = true
            var first = true
            @inline(__always) func letterAt(_ k: Int) -> Bool {
                guard k < n else { return false }
                let c = cls[Int(p[k])]
                if c.isAlphanumeric { return true }
                if c == .nonASCII { return TextScanner.isLetterScalar(TextScanner.decode(p, k).0) }
                return false
            }
            /// The body of a `#hashtag` or `@handle` from `j`: its end and folded key.
            @inline(__always) func tagBody(from start: Int) -> (end: Int, key: UInt64, capital: Bool) {
                var j = start
                var h = TextScanner.fnvOffset
                let capital = j < n && cls[Int(p[j])] == .upper
                while j < n {
                    let d = p[j]
                    let dc = cls[Int(d)]
                    if dc.isAlphanumeric || d == 0x5F {
                        if d != 0x5F { h = (h ^ UInt64(dc == .upper ? d | 0x20 : d)) &* TextScanner.fnvPrime }
                        j += 1
                    } else if dc == .nonASCII, letterAt(j) {
                        let (sc, len) = TextScanner.decode(p, j)
                        if let ascii = TextScanner.fullWidthASCII(sc) {
                            h = (h ^ UInt64(ascii >= 0x41 && ascii <= 0x5A ? ascii | 0x20 : ascii)) &* TextScanner.fnvPrime
                        } else {
                            for k in 0..<len { h = (h ^ UInt64(p[j + k])) &* TextScanner.fnvPrime }
                        }
                        j += len
                    } else if dc == .nonASCII, TextScanner.isInvisibleScalar(TextScanner.decode(p, j).0) {
                        j += TextScanner.decode(p, j).1
                    } else {
                        break
                    }
                }
                return (j, h == 0 ? 1 : h, capital)
            }
            while i < n {
                let b = p[i]
                let c = cls[Int(b)]
                if c == .newline {
                    line += 1
                    newlines += 1
                    spaceBefore = true
                    lineStart = true
                    i += 1
                    continue
                }
                if c == .space {
                    spaceBefore = true
                    i += 1
                    continue
                }
                var start = i
                var end = i + 1
                var next = i + 1
                var kind = Kind.punct
                var key: UInt64 = 0
                var scalar: UInt32 = 0
                var flags: Flags = []
                let (lead, leadLength) = c == .nonASCII ? TextScanner.decode(p, i) : (UInt32(b), 1)
                if c.isAlphanumeric || (c == .nonASCII && TextScanner.isLetterScalar(lead)) {
                    // A word or a number.
                    var h = TextScanner.fnvOffset
                    var j = i
                    var upper = 0
                    var lower = 0
                    var firstUpper = false
                    var wordEnd = -1
                    var skipTo = -1
                    var firstChar = true
                    while j < n {
                        let d = p[j]
                        let dc = cls[Int(d)]
                        if dc.isAlphanumeric {
                            var f = d
                            if dc == .upper { f = d | 0x20; upper += 1; if firstChar { firstUpper = true } } else if dc == .lower { lower += 1 }
                            h = (h ^ UInt64(f)) &* TextScanner.fnvPrime
                            j += 1
                            firstChar = false
                            continue
                        }
                        let isStraight = d == 0x27
                        let isCurly = d == 0xE2 && j + 2 < n && p[j + 1] == 0x80 && p[j + 2] == 0x99
                        if (isStraight || isCurly) && !firstChar {
                            let after = j + (isStraight ? 1 : 3)
                            if letterAt(after) {
                                if (p[after] == 0x73 || p[after] == 0x53) && !letterAt(after + 1) {
                                    wordEnd = j
                                    skipTo = after + 1
                                    flags.insert(.possessive)
                                    break
                                }
                                h = (h ^ 0x27) &* TextScanner.fnvPrime
                                j = after
                                continue
                            }
                            break
                        }
                        if dc == .nonASCII {
                            let (sc, len) = TextScanner.decode(p, j)
                            if sc >= 0x300 && sc < 0x370 { j += len; continue }  // combining mark: folded away
                            if TextScanner.isInvisibleScalar(sc) {
                                // Soft hyphen or zero-width character: folded away when the word goes on after it.
                                guard !firstChar, letterAt(j + len) else { break }
                                j += len
                                continue
                            }
                            guard TextScanner.isLetterScalar(sc) else { break }
                            if sc >= 0xC0 && sc <= 0xFF {
                                let folded = TextScanner.latin1Fold[Int(sc - 0xC0)]
                                if sc <= 0xDE { upper += 1; if firstChar { firstUpper = true } } else { lower += 1 }
                                h = (h ^ UInt64(folded)) &* TextScanner.fnvPrime
                            } else if sc >= 0x174 && sc <= 0x177 {  // Ŵ ŵ Ŷ ŷ (Welsh)
                                if sc & 1 == 0 { upper += 1; if firstChar { firstUpper = true } } else { lower += 1 }
                                h = (h ^ UInt64(sc < 0x176 ? 0x77 : 0x79)) &* TextScanner.fnvPrime
                            } else if let ascii = TextScanner.fullWidthASCII(sc) {
                                // Full-width compatibility letters and digits fold to ASCII ("Ｌａｂｏｕｒ" is "Labour").
                                if ascii >= 0x41 && ascii <= 0x5A {
                                    upper += 1
                                    if firstChar { firstUpper = true }
                                    h = (h ^ UInt64(ascii | 0x20)) &* TextScanner.fnvPrime
                                } else {
                                    if ascii >= 0x61 { lower += 1 }
                                    h = (h ^ UInt64(ascii)) &* TextScanner.fnvPrime
                                }
                            } else {
                                for k in 0..<len { h = (h ^ UInt64(p[j + k])) &* TextScanner.fnvPrime }
                                lower += 1
                            }
                            j += len
                            firstChar = false
                            continue
                        }
                        break
                    }
                    end = wordEnd >= 0 ? wordEnd : j
                    next = skipTo >= 0 ? skipTo : end
                    if firstUpper { flags.insert(.capital) }
                    if upper >= 2 && lower == 0 { flags.insert(.allCaps) }
                    key = h == 0 ? 1 : h
                    kind = c == .digit || (lead >= 0xFF10 && lead <= 0xFF19) ? .number : .word
                } else if b == 0x2A || b == 0x5F {
                    // Markdown emphasis (`**bold**`, `_italic_`) is formatting, not text: no token, no space.
                    i += 1
                    continue
                } else {
                    // Punctuation, quotation marks, symbols, non-ASCII spaces; full-width forms as their ASCII.
                    let sc = TextScanner.fullWidthASCII(lead) ?? lead
                    let len = leadLength
                    if c == .nonASCII && (TextScanner.isSpaceScalar(sc) || TextScanner.isInvisibleScalar(sc)) {
                        spaceBefore = true
                        i += len
                        continue
                    }
                    let afterPrevious = i > 0 && (cls[Int(p[i - 1])].isAlphanumeric)
                    if (sc == 0x23 || sc == 0x40) && !afterPrevious && i + len < n && (letterAt(i + len) || p[i + len] == 0x5F) {
                        // #hashtag or @handle (not an e-mail address).
                        let body = tagBody(from: i + len)
                        if body.capital { flags.insert(.capital) }
                        key = body.key
                        kind = sc == 0x23 ? .hashtag : .handle
                        scalar = sc
                        end = body.end
                        next = body.end
                    } else {
                        start = i
                        end = i + len
                        next = end
                        if sc == 0x22 || sc == 0x27 || TextScanner.isQuoteScalar(sc) {
                            kind = .quote
                            scalar = sc
                        } else {
                            scalar = (sc == 0x2010 || sc == 0x2011) ? 0x2D : sc
                            key = sc == 0x26 ? TextScanner.andKey : 0
                        }
                    }
                }
                if spaceBefore { flags.insert(.spaceBefore) }
                if lineStart { flags.insert(.lineStart) }
                if newlines >= 2 && !first { paragraph += 1 }
                if newlines >= 2 || first { flags.insert(.paragraphStart) }
                guard count < out.count else { break }  // never: `tokenBound` counts at least one per token
                out[count] = Token(start: Int32(start), end: Int32(end), key: key, line: line, paragraph: paragraph,
                                   scalar: scalar, kind: kind, flags: flags)
                count += 1
                first = false
                newlines = 0
                spaceBefore = false
                lineStart = false
                i = next
            }
            return count
        }
        // A token is followed by white space when the next one has white space before it (or there is none).
        if count > 0 {
            for k in 0..<(count - 1) where out[k + 1].flags.contains(.spaceBefore) { out[k].flags.insert(.spaceAfter) }
            out[count - 1].flags.insert(.spaceAfter)
        }
        return count
    }

    /// Folded key of "and" (for `&`).
    static let andKey: UInt64 = {
        var h = fnvOffset
        for b in "and".utf8 { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }()

    /// Keys of words after which a full stop does not end a sentence.
    static let abbreviationKeys = KeywordIndex(keys: ["cllr", "cllrs", "mr", "mrs", "ms", "dr", "st", "no", "cyng", "prof", "rev", "revd",
                                                   "sgt", "insp", "supt", "hon", "esq", "ltd", "inc", "approx", "vs", "nr", "tel", "ext",
                                                   "co", "jr", "sr", "gen", "capt", "col", "cpt", "fr"].map(hash))

    static func hash(_ ascii: String) -> UInt64 {
        var h = fnvOffset
        for b in ascii.utf8 { h = (h ^ UInt64(b)) &* fnvPrime }
        return h == 0 ? 1 : h
    }

    private mutating func markSentences() {
        var atStart = true
        let count = tokens.count
        tokens.withUnsafeMutableBufferPointer { t in
            for i in 0..<count {
                let tok = t[i]
                if tok.has(Flags.paragraphStart) { atStart = true }
                if tok.has(Flags.lineStart), i > 0 {
                    let prev = t[i - 1]
                    let midSentence = (prev.kind == .word && !prev.has(Flags.capital)) || prev.isPunct(",") || prev.isPunct("-")
                        || prev.isPunct("&") || prev.kind == .number
                    if !midSentence { atStart = true }
                }
                switch tok.kind {
                case .word, .number, .hashtag, .handle:
                    if atStart { t[i].flags.insert(.sentenceStart) }
                    // A live blog's time opening a line ("14.18 Dywedodd y Cynghorydd …"): the entry's sentence starts after it.
                    atStart = tok.kind == .number && i >= 2 && t[i - 1].kind == .punct && (t[i - 1].scalar == 0x2E || t[i - 1].scalar == 0x3A)
                        && !t[i - 1].has(Flags.spaceBefore) && t[i - 2].kind == .number && t[i - 2].has(Flags.lineStart)
                        && i + 1 < count && t[i + 1].kind == .word  // not "18:24 – Holt moves …", where the dash ends the time
                case .quote:
                    if tok.has(Flags.spaceBefore) || tok.has(Flags.lineStart) || (i > 0 && t[i - 1].isPunct("(")) {
                        // An opening mark: the quotation's first word is capitalised by convention.
                        if !tok.has(Flags.spaceAfter) { atStart = true }
                    }
                case .punct:
                    let s = tok.scalar
                    if s == 0x2E {  // full stop: not after an abbreviation or a single initial
                        if i > 0, t[i - 1].kind == .word, !t[i - 1].has(Flags.spaceAfter) {
                            let p = t[i - 1]
                            let oneLetter = p.end - p.start == 1 && p.has(Flags.capital)
                            if oneLetter || TextScanner.abbreviationKeys.contains(p.key) { break }
                        }
                        atStart = true
                    } else if s == 0x21 || s == 0x3F || s == 0x3A || s == 0x2026 || s == 0x3B || s == 0x7C {
                        atStart = true
                    } else if tok.has(Flags.lineStart) && (s == 0x2A || s == 0x2D || s == 0x2022 || s == 0x2013 || s == 0x23 || s == 0x3E) {
                        atStart = true  // a list bullet or Markdown heading/quote marker
                    }
                }
            }
        }
    }

    /// Subjects opening a clause after a comma ("…, we have:", "…, it will"): the line is a sentence.
    static let clauseSubjectKeys: Set<UInt64> = Set(["we", "i", "you", "they", "it", "he", "she", "we've", "i've", "rydym", "rydyn"].map(TextScanner.key))

    private mutating func markHeadings() {
        let lines = lineStarts.count
        var heading = [Bool](repeating: false, count: lines)
        for l in 0..<lines {
            let a = Int(lineTokenStart[l]), b = Int(lineTokenStart[l + 1])
            if a >= b { continue }
            var words = 0, long = 0, capitalLong = 0, caps = 0
            // "…in 2022, we have:": a clause after a comma opening in lower case is prose, not a heading's words.
            var clause = false
            for k in a..<b where tokens[k].kind == .word {
                let t = tokens[k]
                words += 1
                if k > a, tokens[k - 1].isPunct(","), !t.has(Flags.capital), TextScanner.clauseSubjectKeys.contains(t.key) { clause = true }
                if t.has(Flags.allCaps) { caps += 1 }
                if t.end - t.start >= 4 {
                    long += 1
                    if t.has(Flags.capital) { capitalLong += 1 }
                }
            }
            let last = tokens[b - 1]
            let endsSentence = last.isPunct(".") && words > 6
            if words >= 2 && caps * 5 >= words * 4 { heading[l] = true; continue }
            if words >= 2 && words <= 14 && long >= 2 && capitalLong * 4 >= long * 3 && !endsSentence && !clause { heading[l] = true }
        }
        headingLines = heading
    }

    // MARK: - Positions and text

    /// 0-based line index of byte `offset`.
    public func lineIndex(at offset: Int) -> Int {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// 1-based line and column of byte `offset`. Columns count characters as an editor shows them:
    /// one per Unicode scalar, with combining marks, zero-width joiners, variation selectors and a BOM not counted.
    public func lineAndColumn(at offset: Int) -> (line: Int, column: Int) {
        let l = lineIndex(at: offset)
        return (l + 1, TextScanner.columns(bytes, from: lineStarts[l], to: offset) + 1)
    }

    /// Line and column of offsets visited in increasing order, each counted on from the previous one, so that
    /// many findings on one long line cost one pass over it rather than one pass each.
    struct PositionCursor {
        private let scanner: TextScanner
        private var line = -1
        private var offset = 0
        private var column = 0

        /// A cursor at the start of `scanner`'s text.
        init(_ scanner: TextScanner) { self.scanner = scanner }

        /// 1-based line and column of byte `target` (any order works; increasing order is linear overall).
        mutating func position(at target: Int) -> (line: Int, column: Int) {
            let l = scanner.lineIndex(at: target)
            if l != line || target < offset {
                line = l
                offset = scanner.lineStarts[l]
                column = 0
            }
            column += TextScanner.columns(scanner.bytes, from: offset, to: target)
            offset = target
            return (line + 1, column + 1)
        }
    }

    /// Characters (as an editor counts them) in `bytes[from..<to]`.
    public static func columns(_ bytes: [UInt8], from: Int, to: Int) -> Int {
        var count = 0
        var i = from
        let end = min(to, bytes.count)
        while i < end {
            let b = bytes[i]
            if b < 0x80 { count += 1; i += 1; continue }
            if b < 0xC0 { i += 1; continue }
            var s: UInt32 = 0
            var len = 1
            if b & 0xE0 == 0xC0, i + 1 < bytes.count { s = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); len = 2 } else if b & 0xF0 == 0xE0, i + 2 < bytes.count {
                s = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); len = 3
            } else if b & 0xF8 == 0xF0 { len = 4; s = 0x10000 }
            let invisible = (s >= 0x300 && s < 0x370) || s == 0x200D || (s >= 0xFE00 && s <= 0xFE0F) || s == 0xFEFF
            if !invisible { count += 1 }
            i += len
        }
        return count
    }

    /// The text of a byte range (clamped to the text).
    public func text(_ range: Range<Int>) -> String {
        let lo = max(0, min(range.lowerBound, bytes.count)), hi = max(lo, min(range.upperBound, bytes.count))
        return String(decoding: bytes[lo..<hi], as: UTF8.self)
    }

    /// The text of tokens `from...to` (inclusive), as written.
    public func text(tokens from: Int, _ to: Int) -> String {
        guard from >= 0, to < tokens.count, from <= to else { return "" }
        return text(Int(tokens[from].start)..<Int(tokens[to].end))
    }

    /// The lower-case ASCII letters and digits of a hashtag or handle body (`#Vote_Labour` → "votelabour").
    /// Full-width forms count as their ASCII letters and invisible characters are dropped (`＃ＶｏｔｅLabour` → "votelabour").
    public func tagBody(_ token: Token) -> [UInt8] {
        var out: [UInt8] = []
        let end = Int(token.end)
        bytes.withUnsafeBufferPointer { p in
            var k = Int(token.start) + TextScanner.decode(p, Int(token.start)).1  // past the "#" or "@"
            while k < end {
                let (sc, len) = TextScanner.decode(p, k)
                k += len
                let ascii = TextScanner.fullWidthASCII(sc) ?? sc
                if ascii == 0x5F || TextScanner.isInvisibleScalar(ascii) { continue }
                if ascii < 0x80 {
                    let c = UInt8(ascii)
                    out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                } else {
                    out.append(contentsOf: p[(k - len)..<k])
                }
            }
        }
        return out
    }

    /// True when `needle` occurs in `haystack` (plain byte search; both short).
    public static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return needle.isEmpty }
        let first = needle[0]
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == first {
                var k = 1
                while k < needle.count, haystack[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// The text of tokens `from...to` with every run of white space (line breaks included) as one space:
    /// "Cllr Jane\n  Doe" → "Cllr Jane Doe". Works on bytes; Markdown emphasis marks are dropped.
    public func collapsedText(tokens from: Int, _ to: Int) -> String {
        guard from >= 0, to < tokens.count, from <= to else { return "" }
        let a = Int(tokens[from].start), b = Int(tokens[to].end)
        var out: [UInt8] = []
        out.reserveCapacity(b - a)
        var space = false
        var k = a
        while k < b {
            let c = bytes[k]
            k += 1
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 {
                space = true
            } else if c == 0xC2, k < b, bytes[k] == 0xAD {
                k += 1  // soft hyphen: invisible, folded away
            } else if c == 0xE2, k + 1 < b, (bytes[k] == 0x80 && bytes[k + 1] >= 0x8B && bytes[k + 1] <= 0x8D) || (bytes[k] == 0x81 && bytes[k + 1] == 0xA0) {
                k += 2  // zero-width space, non-joiner, joiner, word joiner
            } else if c == 0xEF, k + 1 < b, bytes[k] == 0xBB, bytes[k + 1] == 0xBF {
                k += 2  // byte-order mark
            } else if c == 0xC2, k < b, bytes[k] == 0xA0 {
                space = true  // no-break space, as Word pastes between "Cllr" and a name
                k += 1
            } else if c == 0x2A {
                continue
            } else {
                if space && !out.isEmpty { out.append(0x20) }
                space = false
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The line around byte range `start..<end`, shortened to about 40 characters before and 80 after, cut at
    /// spaces, with "…" where it was cut and tabs shown as spaces.
    public func excerpt(start: Int, end: Int) -> String {
        let l = lineIndex(at: start)
        let line = lineRange(l)
        func isContinuation(_ k: Int) -> Bool { k < bytes.count && bytes[k] & 0xC0 == 0x80 }
        // Back 40 characters, then forward to a word start.
        var from = start
        var chars = 0
        while from > line.lowerBound, chars < 40 {
            from -= 1
            while from > line.lowerBound, isContinuation(from) { from -= 1 }
            chars += 1
        }
        if from > line.lowerBound {
            while from < start, bytes[from] != 0x20 { from += 1 }
        }
        // Forward 80 characters past the start (at least to the end of the finding, up to 160).
        var to = start
        chars = 0
        let want = max(80, min(160, TextScanner.columns(bytes, from: start, to: end)))
        while to < line.upperBound, chars < want {
            to += 1
            while to < line.upperBound, isContinuation(to) { to += 1 }
            chars += 1
        }
        // A short tail is shown rather than cut off.
        if to < line.upperBound, line.upperBound - to <= 80, TextScanner.columns(bytes, from: to, to: line.upperBound) <= 20 { to = line.upperBound }
        // End on a word boundary: back to the last space, keeping the finding itself when it fits.
        if to < line.upperBound, bytes[to] != 0x20, bytes[to] != 0x09 {
            var cut = to
            while cut > start, bytes[cut - 1] != 0x20, bytes[cut - 1] != 0x09 { cut -= 1 }
            if cut < end && end <= to { to = end } else if cut > start { to = cut }
        }
        var k = from
        while k < to, bytes[k] == 0x20 || bytes[k] == 0x09 { k += 1 }
        var bodyEnd = to
        while bodyEnd > k, bytes[bodyEnd - 1] == 0x20 || bytes[bodyEnd - 1] == 0x09 { bodyEnd -= 1 }
        // One buffer: the leading "…", the line's bytes with tabs as spaces, the trailing "…". The line is
        // copied in one piece and tabs (rare) replaced after: a byte-by-byte append was most of the cost of an
        // excerpt, and a folder with findings makes some 20,000 of them.
        var out: [UInt8] = []
        out.reserveCapacity(bodyEnd - k + 6)
        if from > line.lowerBound { out.append(0xE2); out.append(0x80); out.append(0xA6) }
        let body = out.count
        out.append(contentsOf: bytes[k..<bodyEnd])
        for i in body..<out.count where out[i] == 0x09 { out[i] = 0x20 }
        if to < line.upperBound { out.append(0xE2); out.append(0x80); out.append(0xA6) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Byte range of line `index` (0-based) without its line break.
    public func lineRange(_ index: Int) -> Range<Int> {
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, end - 1 < bytes.count, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }

    /// True when a capital letter on token `i` is evidence of a proper name: not sentence-initial, not on a heading line.
    @inline(__always) public func capitalIsEvidence(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.has(Flags.capital) && !t.has(Flags.sentenceStart) && !headingLines[Int(t.line)]
    }
}
