/// `application/x-www-form-urlencoded` fields (WHATWG URL §5.1), as LanguageTool clients send `text=` and
/// `language=`, and query strings. Bounded by a field count so a body of a million `&`s is one clear 413.
public struct FormFields: Sendable {
    /// Name–value pairs in order (names may repeat).
    public var pairs: [(name: String, value: String)]

    /// Parses `bytes`; fails with 413 beyond `maxFields` fields.
    public static func parse(_ bytes: some Collection<UInt8>, maxFields: Int) throws(HTTPError) -> FormFields {
        let contiguous = Array(bytes)
        return try contiguous.withUnsafeBufferPointer { buffer throws(HTTPError) -> FormFields in try parse(buffer, maxFields: maxFields) }
    }

    /// The scan itself, over contiguous bytes: one pass, no intermediate arrays.
    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, maxFields: Int) throws(HTTPError) -> FormFields {
        var pairs: [(String, String)] = []
        var start = 0
        let n = buffer.count
        while start < n {
            var end = start
            var eq = -1
            while end < n, buffer[end] != 0x26 {
                if eq < 0 && buffer[end] == 0x3D { eq = end }
                end += 1
            }
            if end > start {
                if pairs.count >= maxFields { throw HTTPError(413, "the form has more than \(maxFields) fields") }
                if eq >= 0 {
                    pairs.append((decode(UnsafeBufferPointer(rebasing: buffer[start..<eq])), decode(UnsafeBufferPointer(rebasing: buffer[(eq + 1)..<end]))))
                } else {
                    pairs.append((decode(UnsafeBufferPointer(rebasing: buffer[start..<end])), ""))
                }
            }
            start = end + 1
        }
        return FormFields(pairs: pairs)
    }

    /// Creates fields from pairs.
    public init(pairs: [(name: String, value: String)]) {
        self.pairs = pairs
    }

    /// The first value of `name`.
    public subscript(_ name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }

    /// Every value of `name`.
    public func all(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

    /// Percent-decoding with `+` as space; malformed escapes are kept as written, invalid UTF-8 becomes U+FFFD.
    public static func decode(_ bytes: some Collection<UInt8>) -> String {
        Array(bytes).withUnsafeBufferPointer { decode($0) }
    }

    /// Percent-decoding over contiguous bytes.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let n = bytes.count
        return String(unsafeUninitializedCapacity: max(n, 1)) { out in
            var i = 0, o = 0
            while i < n {
                let b = bytes[i]
                if b == 0x2B {
                    out[o] = 0x20
                } else if b == 0x25, i + 2 < n, let hi = HTTPRequestParser.hexValue(bytes[i + 1]), let lo = HTTPRequestParser.hexValue(bytes[i + 2]) {
                    out[o] = UInt8(hi * 16 + lo)
                    i += 2
                } else {
                    out[o] = b
                }
                o += 1
                i += 1
            }
            return o
        }
    }
}
