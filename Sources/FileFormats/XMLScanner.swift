/// A minimal, byte-level XML 1.0 tokenizer: enough for WordprocessingML and OPC relationship parts without
/// libxml2. It checks well-formedness where a reader depends on it (tags close in order, attributes are
/// quoted, references are known) and expands only the five predefined entities and character references
/// (XML 1.0 §4.6, §4.1), never DTD-declared ones, so "billion laughs" documents cannot expand.
///
/// The scanner reads an `UnsafeBufferPointer` that the caller keeps alive (inside `withUnsafeBufferPointer`);
/// every index it forms is checked against `bytes.count` before use.
struct XMLScanner {
    /// Why the bytes are not well-formed XML, with the byte offset where that became clear.
    struct Failure: Error, Equatable, Sendable {
        var message: String
        var offset: Int
    }

    /// A start tag: ranges into the scanned bytes, so no `String` is built unless the caller asks.
    struct Tag {
        /// The qualified name, e.g. `w:t`.
        var name: Range<Int>
        /// Offset of the first `:` in the name, or -1 when the name has no prefix.
        var colon: Int
        /// The bytes between the name and the closing `>` or `/>`; already checked to be well-formed.
        var attributes: Range<Int>
        /// True when an attribute is named `xmlns` or `xmlns:…` (Namespaces in XML §3).
        var declaresNamespaces: Bool

        /// The part of the name after the prefix.
        var localName: Range<Int> { colon < 0 ? name : (colon + 1)..<name.upperBound }
        /// The prefix without the colon; empty when there is none.
        var prefix: Range<Int> { colon < 0 ? name.lowerBound..<name.lowerBound : name.lowerBound..<colon }
    }

    /// What the scanner found next. Every `.start` is matched by one `.end` (an empty-element tag
    /// `<a/>` yields both), so a consumer can keep its own depth count.
    enum Token {
        case start(Tag)
        case end(Tag)
        /// Character data, still containing entity and character references (see `appendDecoded`).
        case text(Range<Int>)
        /// The content of a CDATA section, taken literally.
        case cdata(Range<Int>)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    private var open: [Tag] = []
    private var pendingEnd: Tag?
    private var sawElement = false

    /// Starts at the beginning of `bytes`, after a UTF-8 byte-order mark if there is one.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        position = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// How many elements are open around the current position.
    var depth: Int { open.count }

    /// The next token, or nil at the end of a well-formed document.
    mutating func next() throws(Failure) -> Token? {
        if let tag = pendingEnd {
            pendingEnd = nil
            return .end(tag)
        }
        let count = bytes.count
        while true {
            guard position < count else {
                if let tag = open.last {
                    throw Failure(message: "the document ends with <\(string(tag.name))> still open", offset: count)
                }
                guard sawElement else { throw Failure(message: "no root element (§2.1)", offset: count) }
                return nil
            }
            let start = position
            if bytes[start] != 0x3C { // text up to the next '<'
                var i = start + 1
                while i < count && bytes[i] != 0x3C { i += 1 }
                position = i
                return .text(start..<i)
            }
            guard start + 1 < count else { throw Failure(message: "the document ends inside a tag", offset: start) }
            switch bytes[start + 1] {
            case 0x2F: // '/'
                return .end(try endTag(at: start))
            case 0x3F: // '?': processing instruction or XML declaration (§2.6, §2.8)
                guard let end = find(0x3F, 0x3E, from: start + 2) else {
                    throw Failure(message: "unterminated processing instruction", offset: start)
                }
                position = end + 2
            case 0x21: // '!'
                if hasPrefix("<!--", at: start) {
                    guard let end = find(0x2D, 0x2D, from: start + 4), end + 2 < count, bytes[end + 2] == 0x3E else {
                        throw Failure(message: "unterminated comment (or -- inside a comment)", offset: start)
                    }
                    position = end + 3
                } else if hasPrefix("<![CDATA[", at: start) {
                    var i = start + 9
                    while true {
                        guard let close = find(0x5D, 0x5D, from: i) else {
                            throw Failure(message: "unterminated CDATA section", offset: start)
                        }
                        if close + 2 < count && bytes[close + 2] == 0x3E {
                            position = close + 3
                            return .cdata((start + 9)..<close)
                        }
                        i = close + 1
                    }
                } else if hasPrefix("<!DOCTYPE", at: start) {
                    position = try skipDoctype(from: start)
                } else {
                    throw Failure(message: "unknown markup declaration", offset: start)
                }
            default:
                let tag = try startTag(at: start)
                return .start(tag)
            }
        }
    }

    /// Appends the character data in `range` to `output` as UTF-8, expanding `&amp;` `&lt;` `&gt;`
    /// `&quot;` `&apos;` and `&#N;` / `&#xH;` (XML 1.0 §4.1, §4.6). A reference to a code point XML does
    /// not allow (NUL, surrogates, beyond U+10FFFF) becomes U+FFFD rather than failing the document.
    func appendDecoded(_ range: Range<Int>, to output: inout [UInt8]) throws(Failure) {
        var i = range.lowerBound
        let end = min(range.upperBound, bytes.count)
        var runStart = i
        while i < end {
            if bytes[i] != 0x26 { i += 1; continue } // '&'
            if runStart < i { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
            var semicolon = i + 1
            while semicolon < end && semicolon - i <= 12 && bytes[semicolon] != 0x3B { semicolon += 1 }
            guard semicolon < end, bytes[semicolon] == 0x3B, semicolon > i + 1 else {
                throw Failure(message: "an & that does not start a reference (write &amp;)", offset: i)
            }
            let nameStart = i + 1
            let length = semicolon - nameStart
            if bytes[nameStart] == 0x23 { // '#'
                var value: UInt32 = 0
                var j = nameStart + 1
                let hex = j < semicolon && (bytes[j] == 0x78) // 'x'
                if hex { j += 1 }
                guard j < semicolon else { throw Failure(message: "empty character reference", offset: i) }
                while j < semicolon {
                    guard let digit = Self.digitValue(bytes[j], hex: hex) else {
                        throw Failure(message: "bad character reference", offset: i)
                    }
                    value = min(value &* (hex ? 16 : 10) &+ digit, 0x11_0000)
                    j += 1
                }
                Self.appendScalar(value, to: &output)
            } else if length == 3 && bytes[nameStart] == 0x61 && bytes[nameStart + 1] == 0x6D && bytes[nameStart + 2] == 0x70 {
                output.append(0x26) // amp
            } else if length == 2 && bytes[nameStart] == 0x6C && bytes[nameStart + 1] == 0x74 {
                output.append(0x3C) // lt
            } else if length == 2 && bytes[nameStart] == 0x67 && bytes[nameStart + 1] == 0x74 {
                output.append(0x3E) // gt
            } else if length == 4 && hasPrefix("quot", at: nameStart) {
                output.append(0x22)
            } else if length == 4 && hasPrefix("apos", at: nameStart) {
                output.append(0x27)
            } else {
                throw Failure(message: "unknown entity &\(string(nameStart..<semicolon));", offset: i)
            }
            i = semicolon + 1
            runStart = i
        }
        if runStart < end { output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<end])) }
    }

    /// The attributes of `tag` as (name, raw value) ranges, in document order.
    func attributes(of tag: Tag) -> [(name: Range<Int>, value: Range<Int>)] {
        var result: [(name: Range<Int>, value: Range<Int>)] = []
        forEachAttribute(of: tag) { name, value in result.append((name, value)); return true }
        return result
    }

    /// The raw value range of the attribute whose qualified name is exactly `name`, if present.
    func attribute(_ name: StaticString, of tag: Tag) -> Range<Int>? {
        var found: Range<Int>?
        forEachAttribute(of: tag) { attributeName, value in
            if equals(attributeName, name) { found = value; return false }
            return true
        }
        return found
    }

    /// The decoded text of `range` (an attribute value or character data) as a `String`.
    func decodedString(_ range: Range<Int>) throws(Failure) -> String {
        var out: [UInt8] = []
        try appendDecoded(range, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The bytes of `range` as a `String`, undecoded (for names and messages).
    func string(_ range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(bytes.count, max(range.lowerBound, range.upperBound))
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[clamped]), as: UTF8.self)
    }

    /// True when the bytes in `range` are exactly `literal`.
    func equals(_ range: Range<Int>, _ literal: StaticString) -> Bool {
        guard range.count == literal.utf8CodeUnitCount, range.lowerBound >= 0, range.upperBound <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for k in 0..<range.count where bytes[range.lowerBound + k] != pointer[k] { return false }
        return true
    }

    // MARK: - Tags

    private mutating func startTag(at start: Int) throws(Failure) -> Tag {
        let count = bytes.count
        var i = start + 1
        guard i < count, Self.isNameStart(bytes[i]) else {
            throw Failure(message: "a < that does not start a tag (write &lt;)", offset: start)
        }
        var colon = -1
        while i < count && Self.isNameChar(bytes[i]) {
            if bytes[i] == 0x3A && colon < 0 { colon = i }
            i += 1
        }
        let name = (start + 1)..<i
        let attributesStart = i
        var declares = false
        var selfClosing = false
        var attributesEnd = i
        while true {
            while i < count && Self.isSpace(bytes[i]) { i += 1 }
            guard i < count else { throw Failure(message: "the document ends inside <\(string(name))>", offset: start) }
            let byte = bytes[i]
            if byte == 0x3E { // '>'
                attributesEnd = i
                i += 1
                break
            }
            if byte == 0x2F { // '/>'
                guard i + 1 < count, bytes[i + 1] == 0x3E else { throw Failure(message: "a / inside <\(string(name))> not followed by >", offset: i) }
                attributesEnd = i
                selfClosing = true
                i += 2
                break
            }
            guard Self.isNameStart(byte), Self.isSpace(bytes[i - 1]) else {
                throw Failure(message: "bad attribute syntax in <\(string(name))>", offset: i)
            }
            let attributeName = i
            while i < count && Self.isNameChar(bytes[i]) { i += 1 }
            if i - attributeName >= 5 && hasPrefix("xmlns", at: attributeName) && (i - attributeName == 5 || bytes[attributeName + 5] == 0x3A) {
                declares = true
            }
            while i < count && Self.isSpace(bytes[i]) { i += 1 }
            guard i < count, bytes[i] == 0x3D else { throw Failure(message: "attribute without = in <\(string(name))>", offset: i) }
            i += 1
            while i < count && Self.isSpace(bytes[i]) { i += 1 }
            guard i < count, bytes[i] == 0x22 || bytes[i] == 0x27 else {
                throw Failure(message: "unquoted attribute value in <\(string(name))>", offset: i)
            }
            let quote = bytes[i]
            i += 1
            while i < count && bytes[i] != quote {
                if bytes[i] == 0x3C { throw Failure(message: "< inside an attribute value in <\(string(name))>", offset: i) }
                i += 1
            }
            guard i < count else { throw Failure(message: "unterminated attribute value in <\(string(name))>", offset: start) }
            i += 1
        }
        position = i
        sawElement = true
        let tag = Tag(name: name, colon: colon, attributes: attributesStart..<attributesEnd, declaresNamespaces: declares)
        if selfClosing { pendingEnd = tag } else { open.append(tag) }
        return tag
    }

    private mutating func endTag(at start: Int) throws(Failure) -> Tag {
        let count = bytes.count
        var i = start + 2
        let nameStart = i
        while i < count && Self.isNameChar(bytes[i]) { i += 1 }
        let nameEnd = i
        while i < count && Self.isSpace(bytes[i]) { i += 1 }
        guard i < count, bytes[i] == 0x3E else { throw Failure(message: "bad end tag", offset: start) }
        guard let tag = open.popLast() else {
            throw Failure(message: "end tag </\(string(nameStart..<nameEnd))> with no element open", offset: start)
        }
        guard sameBytes(tag.name, nameStart..<nameEnd) else {
            throw Failure(message: "</\(string(nameStart..<nameEnd))> closes <\(string(tag.name))>", offset: start)
        }
        position = i + 1
        return tag
    }

    /// Skips `<!DOCTYPE …>` including an internal subset in brackets; its declarations are ignored.
    private func skipDoctype(from start: Int) throws(Failure) -> Int {
        var i = start + 9
        var brackets = 0
        var quote: UInt8 = 0
        while i < bytes.count {
            let byte = bytes[i]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x5B {
                brackets += 1
            } else if byte == 0x5D {
                brackets -= 1
            } else if byte == 0x3E && brackets <= 0 {
                return i + 1
            }
            i += 1
        }
        throw Failure(message: "unterminated DOCTYPE", offset: start)
    }

    /// Walks the (already validated) attributes of `tag`; `body` returns false to stop.
    private func forEachAttribute(of tag: Tag, _ body: (Range<Int>, Range<Int>) -> Bool) {
        var i = tag.attributes.lowerBound
        let end = min(tag.attributes.upperBound, bytes.count)
        while i < end {
            while i < end && Self.isSpace(bytes[i]) { i += 1 }
            guard i < end else { return }
            let nameStart = i
            while i < end && Self.isNameChar(bytes[i]) { i += 1 }
            let name = nameStart..<i
            while i < end && bytes[i] != 0x22 && bytes[i] != 0x27 { i += 1 }
            guard i < end else { return }
            let quote = bytes[i]
            i += 1
            let valueStart = i
            while i < end && bytes[i] != quote { i += 1 }
            guard i < end else { return }
            if !body(name, valueStart..<i) { return }
            i += 1
        }
    }

    // MARK: - Bytes

    private func sameBytes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count, a.upperBound <= bytes.count, b.upperBound <= bytes.count else { return false }
        var k = 0
        while k < a.count {
            if bytes[a.lowerBound + k] != bytes[b.lowerBound + k] { return false }
            k += 1
        }
        return true
    }

    private func hasPrefix(_ literal: StaticString, at start: Int) -> Bool {
        let length = literal.utf8CodeUnitCount
        guard start >= 0, start + length <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for k in 0..<length where bytes[start + k] != pointer[k] { return false }
        return true
    }

    /// Offset of the first occurrence of the byte pair `a b` at or after `from`.
    private func find(_ a: UInt8, _ b: UInt8, from: Int) -> Int? {
        var i = max(from, 0)
        while i + 1 < bytes.count {
            if bytes[i] == a && bytes[i + 1] == b { return i }
            i += 1
        }
        return nil
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// NameStartChar (§2.3), simplified to ASCII letters, `_`, `:` and any non-ASCII byte.
    @inline(__always) static func isNameStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x5F || byte == 0x3A || byte >= 0x80
    }

    /// NameChar (§2.3), simplified likewise, plus digits, `-` and `.`.
    @inline(__always) static func isNameChar(_ byte: UInt8) -> Bool {
        isNameStart(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x2E
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        if byte >= 0x30 && byte <= 0x39 { return UInt32(byte - 0x30) }
        guard hex else { return nil }
        let lower = byte | 0x20
        if lower >= 0x61 && lower <= 0x66 { return UInt32(lower - 0x61 + 10) }
        return nil
    }

    /// Appends the UTF-8 form of `value`, or of U+FFFD when XML does not allow that character (§2.2).
    static func appendScalar(_ value: UInt32, to output: inout [UInt8]) {
        let allowed = value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value < 0xD800)
            || (value >= 0xE000 && value <= 0xFFFD) || (value >= 0x1_0000 && value <= 0x10_FFFF)
        appendUTF8(allowed ? value : 0xFFFD, to: &output)
    }

    /// Appends the UTF-8 encoding of a scalar value already known to be valid (RFC 3629 §3).
    @inline(__always) static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        switch value {
        case ..<0x80:
            output.append(UInt8(value))
        case ..<0x800:
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        case ..<0x1_0000:
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        default:
            output.append(UInt8(0xF0 | value >> 18 & 0x07))
            output.append(UInt8(0x80 | value >> 12 & 0x3F))
            output.append(UInt8(0x80 | value >> 6 & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
