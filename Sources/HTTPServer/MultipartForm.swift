/// `multipart/form-data` (RFC 7578) read by hand: the page's upload form sends the pasted text, the chosen
/// file and the date this way. Parts are slices of the (already size-limited) body; the part count is limited.
public struct MultipartForm: Sendable {
    /// One part: its field name, the file name when it is a file, and its bytes.
    public struct Part: Sendable {
        /// The form field name.
        public var name: String
        /// The uploaded file's name (nil for plain fields).
        public var filename: String?
        /// The part's content.
        public var body: [UInt8]
    }

    /// Parts in order.
    public var parts: [Part]

    /// The first part named `name`.
    public subscript(_ name: String) -> Part? { parts.first { $0.name == name } }

    /// A plain field's value as text.
    public func text(_ name: String) -> String? { self[name].map { String(decoding: $0.body, as: UTF8.self) } }

    /// Parses `body` with `boundary`; 400 when it is not well formed, 413 beyond `maxParts` parts.
    public static func parse(_ body: [UInt8], boundary: String, maxParts: Int) throws(HTTPError) -> MultipartForm {
        guard !boundary.isEmpty, boundary.utf8.count <= 70 else {
            throw HTTPError(400, "multipart/form-data needs a boundary of 1 to 70 characters")
        }
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        guard var start = find(delimiter, in: body, from: 0) else {
            throw HTTPError(400, "the multipart body does not contain its boundary")
        }
        var parts: [Part] = []
        start += delimiter.count
        while true {
            // After a delimiter: "--" ends the body, else CRLF then the part.
            if start + 2 <= body.count, body[start] == 0x2D, body[start + 1] == 0x2D { break }
            while start < body.count, body[start] == 0x20 || body[start] == 0x09 { start += 1 }
            guard start + 2 <= body.count, body[start] == 0x0D, body[start + 1] == 0x0A else {
                throw HTTPError(400, "the multipart body is cut short or malformed")
            }
            start += 2
            guard let next = find(separator, in: body, from: start) else {
                throw HTTPError(400, "a multipart part is not closed by its boundary")
            }
            // Headers end at an empty line; a part may have none (then it starts with CRLF).
            let headerEnd: Int
            let contentStart: Int
            if start + 2 <= next, body[start] == 0x0D, body[start + 1] == 0x0A {
                headerEnd = start
                contentStart = start + 2
            } else if let end = find(Array("\r\n\r\n".utf8), in: body, from: start), end + 4 <= next + 2 {
                headerEnd = end
                contentStart = min(end + 4, next)
            } else {
                throw HTTPError(400, "a multipart part's headers do not end with an empty line")
            }
            if parts.count >= maxParts { throw HTTPError(413, "the form has more than \(maxParts) parts") }
            let headerText = String(decoding: body[start..<headerEnd], as: UTF8.self)
            var name = ""
            var filename: String?
            for line in headerText.split(separator: "\r\n") {
                let lower = line.lowercased()
                guard lower.hasPrefix("content-disposition:") else { continue }
                name = parameter("name", in: String(line)) ?? ""
                filename = parameter("filename", in: String(line))
            }
            parts.append(Part(name: name, filename: filename, body: Array(body[contentStart..<next])))
            start = next + separator.count
        }
        return MultipartForm(parts: parts)
    }

    /// A `name="value"` parameter of a Content-Disposition line (quoted or bare).
    static func parameter(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters().lowercased() == key else { continue }
            var value = pair[1].trimmingCharacters()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    /// First index of `needle` in `haystack` at or after `from` (first-byte scan, then compare).
    static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
