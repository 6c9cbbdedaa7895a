/// `application/x-www-form-urlencoded` fields (WHATWG URL §5.1), as LanguageTool clients send `text=` and
/// `language=`, and query strings. Bounded by a field count so a body of a million `&`s is one clear 413.
public struct FormFields: Sendable {
    /// Name–value pairs in order (names may repeat).
    public var pairs: [(name: String, value: String)]

    /// Parses `bytes`; fails with 413 beyond `maxFields` fields.
    public static func parse(_ bytes: some Collection<UInt8>, maxFields: Int) throws(HTTPError) -> FormFields {
        var pairs: [(String, String)] = []
        for part in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            if pairs.count >= maxFields {
                throw HTTPError(413, "the form has more than \(maxFields) fields")
            }
            if let eq = part.firstIndex(of: UInt8(ascii: "=")) {
                pairs.append((decode(part[part.startIndex..<eq]), decode(part[part.index(after: eq)...])))
            } else {
                pairs.append((decode(part), ""))
            }
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
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let b = bytes[i]
            if b == UInt8(ascii: "+") {
                out.append(0x20)
            } else if b == UInt8(ascii: "%") {
                let h1 = bytes.index(after: i)
                if h1 != bytes.endIndex, let hi = HTTPRequestParser.hexValue(bytes[h1]) {
                    let h2 = bytes.index(after: h1)
                    if h2 != bytes.endIndex, let lo = HTTPRequestParser.hexValue(bytes[h2]) {
                        out.append(UInt8(hi * 16 + lo))
                        i = bytes.index(after: h2)
                        continue
                    }
                }
                out.append(b)
            } else {
                out.append(b)
            }
            i = bytes.index(after: i)
        }
        return String(decoding: out, as: UTF8.self)
    }
}
