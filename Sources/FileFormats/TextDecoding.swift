#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of a file into text the way a council's files actually arrive: UTF-8 with or without a
/// byte-order mark, UTF-16 with a mark (Notepad's "Unicode") or without one (some exports), or Windows-1252
/// (older Word/Excel exports). Lines ending in CR alone (old Mac files) are read as lines.
/// Binary and empty files are refused so that a user gets a clear message instead of nonsense findings.
public enum TextDecoding {
    /// The text and, when it was not plain UTF-8, a notice saying how it was read.
    public struct Decoded: Sendable, Equatable {
        /// The decoded text.
        public var text: String
        /// How the bytes were read when they were not plain UTF-8, for a one-line notice.
        public var notice: String?
    }

    /// Why bytes are not text.
    public enum Failure: Error, Equatable, Sendable {
        /// The file has no bytes (or only a byte-order mark / white space).
        case empty
        /// NUL or other control bytes show the file is not text (e.g. a PDF or image); `offset` is the first one.
        case binary(offset: Int)
        /// The bytes are not valid UTF-8 and the caller did not allow a Windows-1252 fallback.
        case invalidUTF8(offset: Int)
    }

    /// Decodes `bytes`. With `allowWindows1252`, invalid UTF-8 is read as Windows-1252 with a notice.
    public static func decode(_ bytes: [UInt8], allowWindows1252: Bool = true) throws(Failure) -> Decoded {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return try decodeUTF16(bytes, little: bytes[0] == 0xFF, from: 2) // safe: starts(with:) saw two bytes
        }
        if let little = utf16WithoutMark(bytes) {
            return try decodeUTF16(bytes, little: little, from: 0)
        }
        var body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        // One pass over the bytes: all blank, a control character (binary), or a lone CR to rewrite.
        let scan = body.withUnsafeBufferPointer { Self.survey($0) }
        if let bad = scan.firstControl { throw .binary(offset: bad) }
        if scan.allBlank { throw .empty }
        if scan.hasLoneCarriageReturn { body.withUnsafeMutableBufferPointer { Self.lineFeedsForLoneCarriageReturns($0) } }
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: text, notice: nil)
        }
        let offset = firstInvalidUTF8Offset(body)
        guard allowWindows1252 else { throw .invalidUTF8(offset: offset) }
        var scalars = String.UnicodeScalarView()
        for b in body {
            if b >= 0x80 && b < 0xA0, let mapped = windows1252High[Int(b - 0x80)] {
                scalars.append(mapped)
            } else {
                scalars.append(Unicode.Scalar(b))
            }
        }
        return Decoded(text: String(scalars), notice: "not valid UTF-8 (first bad byte at offset \(offset)); read as Windows-1252")
    }

    /// Decoded text as UTF-8 bytes, for readers that scan bytes (the release checker): plain UTF-8 is
    /// validated in place and kept as it is, with no `String` made and copied back.
    public struct DecodedUTF8: Sendable, Equatable {
        /// The text's UTF-8 bytes (valid, no byte-order mark, lone CRs read as LF): `Array(decode(…).text.utf8)`.
        public var bytes: [UInt8]
        /// As `Decoded.notice`.
        public var notice: String?
    }

    /// `decode(bytes)` as UTF-8 bytes: the same text, notice and failures.
    public static func decodeUTF8(_ bytes: [UInt8], allowWindows1252: Bool = true) throws(Failure) -> DecodedUTF8 {
        if let plain = try plainUTF8(bytes) { return DecodedUTF8(bytes: plain, notice: nil) }
        let decoded = try decode(bytes, allowWindows1252: allowWindows1252)
        return DecodedUTF8(bytes: Array(decoded.text.utf8), notice: decoded.notice)
    }

    /// The bytes as `decode` reads valid UTF-8 (mark dropped, lone CRs as LF), throwing its failures for
    /// binary or empty text; nil when they are UTF-16 or not valid UTF-8 (`decode` reads those).
    static func plainUTF8(_ bytes: [UInt8]) throws(Failure) -> [UInt8]? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || utf16WithoutMark(bytes) != nil { return nil }
        var body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let scan = body.withUnsafeBufferPointer { Self.survey($0) }
        if let bad = scan.firstControl { throw .binary(offset: bad) }
        if scan.allBlank { throw .empty }
        if scan.hasLoneCarriageReturn { body.withUnsafeMutableBufferPointer { Self.lineFeedsForLoneCarriageReturns($0) } }
        guard body.withUnsafeBufferPointer(Self.isValidUTF8) else { return nil }
        return body
    }

    /// True when `bytes` are well-formed UTF-8 (Unicode table 3-7: no overlong forms, surrogates or scalars
    /// above U+10FFFF), as the standard library's validation decides. Eight ASCII bytes are passed over at a
    /// time: releases are nearly all ASCII, and the library's byte-at-a-time check cost as much as reading
    /// the files.
    static func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        let n = bytes.count
        var i = 0
        while i < n {
            if i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            // The bytes after the lead, and the range its first continuation byte must be in.
            let trailing: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: trailing = 1
            case 0xE0: trailing = 2; low = 0xA0  // not overlong
            case 0xE1...0xEC, 0xEE, 0xEF: trailing = 2
            case 0xED: trailing = 2; high = 0x9F  // not a surrogate
            case 0xF0: trailing = 3; low = 0x90  // not overlong
            case 0xF1...0xF3: trailing = 3
            case 0xF4: trailing = 3; high = 0x8F  // not above U+10FFFF
            default: return false
            }
            guard i + trailing < n, bytes[i + 1] >= low, bytes[i + 1] <= high else { return false }
            var k = 2
            while k <= trailing {
                guard bytes[i + k] & 0xC0 == 0x80 else { return false }
                k += 1
            }
            i += trailing + 1
        }
        return true
    }

    /// Decodes UTF-16 from `start`; the text must pass the same binary check as UTF-8 (a byte-order mark
    /// does not make a file text): control characters or unpaired surrogates mean it is not text.
    private static func decodeUTF16(_ bytes: [UInt8], little: Bool, from start: Int) throws(Failure) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = start
        while i + 1 < bytes.count {
            let unit = little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            if unit < 0x20 && unit != 0x09 && unit != 0x0A && unit != 0x0D && unit != 0x0C { throw .binary(offset: i) }
            units.append(unit)
            i += 2
        }
        // Unpaired surrogates (RFC 2781 §2.2) are not text either.
        var k = 0
        while k < units.count {
            let u = units[k]
            if u >= 0xD800 && u < 0xDC00 {
                guard k + 1 < units.count, units[k + 1] >= 0xDC00 && units[k + 1] < 0xE000 else { throw .binary(offset: start + 2 * k) }
                k += 2
                continue
            }
            if u >= 0xDC00 && u < 0xE000 { throw .binary(offset: start + 2 * k) }
            k += 1
        }
        if units.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0xFEFF }) { throw .empty }
        var utf8 = Array(String(decoding: units, as: UTF16.self).utf8)
        utf8.withUnsafeMutableBufferPointer { Self.lineFeedsForLoneCarriageReturns($0) }
        let order = little ? "little" : "big"
        let notice = start == 0 ? "read as UTF-16 (\(order)-endian) without a byte-order mark" : "read as UTF-16 (\(order)-endian)"
        return Decoded(text: String(decoding: utf8, as: UTF8.self), notice: notice)
    }

    /// UTF-16 without a byte-order mark, as some exports write it: mostly ASCII text shows as every other
    /// byte zero. Returns true for little-endian, false for big-endian, nil when the bytes are not like that.
    static func utf16WithoutMark(_ bytes: [UInt8]) -> Bool? {
        let count = min(bytes.count, 4096) & ~1
        guard count >= 8 else { return nil }
        // Either pattern needs zero bytes: ordinary text has none, and memchr finds that at once.
        let hasZero = bytes.withUnsafeBufferPointer { p in p.baseAddress.map { memchr($0, 0, count) != nil } ?? false }
        guard hasZero else { return nil }
        var little = 0, big = 0
        var i = 0
        while i < count {
            let a = bytes[i], b = bytes[i + 1]
            if a != 0 && b == 0 { little += 1 } else if a == 0 && b != 0 { big += 1 }
            i += 2
        }
        let pairs = count / 2
        if little * 10 >= pairs * 7 && big * 10 < pairs { return true }
        if big * 10 >= pairs * 7 && little * 10 < pairs { return false }
        return nil
    }

    /// What one pass over UTF-8 bytes finds: the first control character that makes them binary (NUL, or
    /// below space other than tab, LF, CR and form feed), whether they are all blank, and whether a CR stands alone.
    struct Survey {
        var firstControl: Int?
        var allBlank: Bool
        var hasLoneCarriageReturn: Bool
    }

    /// Surveys `bytes` in one pass (a folder of 2,000 releases reads each byte once here, not three times).
    static func survey(_ bytes: UnsafeBufferPointer<UInt8>) -> Survey {
        var allBlank = true
        var loneCR = false
        let n = bytes.count
        var i = 0
        // Up to the first byte that is not blank, every byte matters.
        while i < n && allBlank {
            let b = bytes[i]
            if b < 0x21 {
                if b == 0x0D {
                    if i + 1 == n || bytes[i + 1] != 0x0A { loneCR = true }
                } else if b != 0x20 && b != 0x09 && b != 0x0A {
                    if b != 0x0C { return Survey(firstControl: i, allBlank: false, hasLoneCarriageReturn: loneCR) }
                    allBlank = false
                }
            } else {
                allBlank = false
            }
            i += 1
        }
        // After it only bytes below space do: eight bytes are tested at once and skipped when none is
        // (a word has a byte below 0x20 exactly when (x - 0x20…) & ~x & 0x80… is not zero).
        guard let base = bytes.baseAddress else { return Survey(firstControl: nil, allBlank: allBlank, hasLoneCarriageReturn: loneCR) }
        let raw = UnsafeRawPointer(base)
        while i < n {
            if i + 8 <= n {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if (x &- 0x2020_2020_2020_2020) & ~x & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                    continue
                }
            }
            let end = min(n, i + 8)
            while i < end {
                let b = bytes[i]
                if b < 0x20 {
                    if b == 0x0D {
                        if i + 1 == n || bytes[i + 1] != 0x0A { loneCR = true }
                    } else if b != 0x09 && b != 0x0A && b != 0x0C {
                        return Survey(firstControl: i, allBlank: allBlank, hasLoneCarriageReturn: loneCR)
                    }
                }
                i += 1
            }
        }
        return Survey(firstControl: nil, allBlank: allBlank, hasLoneCarriageReturn: loneCR)
    }

    /// Old Mac files end lines with CR alone; reading each lone CR as LF keeps the line count right (and the
    /// byte offsets: both are one byte). CR LF is left as it is.
    static func lineFeedsForLoneCarriageReturns(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        var i = 0
        let n = bytes.count
        while i < n {
            if bytes[i] == 0x0D && (i + 1 == n || bytes[i + 1] != 0x0A) { bytes[i] = 0x0A }
            i += 1
        }
    }

    /// Offset of the first byte that breaks UTF-8 validity.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            let length: Int
            if b < 0x80 { length = 1 } else if b & 0xE0 == 0xC0 && b >= 0xC2 { length = 2 } else if b & 0xF0 == 0xE0 { length = 3 } else if b & 0xF8 == 0xF0 && b <= 0xF4 { length = 4 } else { return i }
            if i + length > bytes.count { return i }
            for k in 1..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return bytes.count
    }

    /// Windows-1252 bytes 0x80–0x9F (the rest of the code page equals Latin-1); nil where undefined.
    static let windows1252High: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]
}
