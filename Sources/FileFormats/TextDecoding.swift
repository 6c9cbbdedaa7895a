/// Turns the bytes of a file into text the way a council's files actually arrive: UTF-8 with or without a
/// byte-order mark, UTF-16 with a mark (Notepad's "Unicode"), or Windows-1252 (older Word/Excel exports).
/// Binary and empty files are refused so that a user gets a clear message instead of nonsense findings.
public enum TextDecoding {
    /// The text and, when it was not plain UTF-8, a notice saying how it was read.
    public struct Decoded: Sendable, Equatable {
        public var text: String
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
            return try decodeUTF16(bytes)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) { throw .empty }
        if let bad = body.firstIndex(where: { $0 == 0 || ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C) }) {
            throw .binary(offset: bad)
        }
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

    private static func decodeUTF16(_ bytes: [UInt8]) throws(Failure) -> Decoded {
        let little = bytes[0] == 0xFF
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
            i += 2
        }
        let text = String(decoding: units, as: UTF16.self)
        if text.allSatisfy({ $0.isWhitespace }) { throw .empty }
        return Decoded(text: text, notice: "read as UTF-16 (\(little ? "little" : "big")-endian)")
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
