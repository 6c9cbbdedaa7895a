/// One parsed HTTP/1.1 request (RFC 9112 §2–§7), with its body already de-chunked, so handlers never see
/// framing and cannot be confused by it.
public struct HTTPRequest: Sendable {
    /// The method token, case-sensitive as RFC 9110 §9.1 requires (`GET`, `POST`).
    public var method: String
    /// The request-target exactly as sent (origin-form, e.g. `/v2/check?language=en`).
    public var target: String
    /// The path part of the target (before `?`), still percent-encoded.
    public var path: String
    /// The query part after `?` (empty when there is none).
    public var query: String
    /// HTTP minor version: 1 for HTTP/1.1, 0 for HTTP/1.0.
    public var minorVersion: Int
    /// Header fields in the order received; names as sent.
    public var headers: [(name: String, value: String)]
    /// The message body (RFC 9112 §6), empty when there is none.
    public var body: [UInt8]
    /// The peer's address, for the access log.
    public var peer: String

    /// Creates a request (tests build them by hand; the parser builds the rest).
    public init(method: String, target: String, minorVersion: Int = 1, headers: [(name: String, value: String)] = [],
                body: [UInt8] = [], peer: String = "") {
        self.method = method
        self.target = target
        if let q = target.utf8.firstIndex(of: UInt8(ascii: "?")) {
            path = String(target[..<q])
            query = String(target[target.index(after: q)...])
        } else {
            path = target
            query = ""
        }
        self.minorVersion = minorVersion
        self.headers = headers
        self.body = body
        self.peer = peer
    }

    /// The first value of a header field, matched case-insensitively (RFC 9110 §5.1).
    public func header(_ name: String) -> String? {
        for field in headers where HTTPRequest.equalsIgnoringCase(field.name, name) { return field.value }
        return nil
    }

    /// Every value of a header field, in order.
    public func headerValues(_ name: String) -> [String] {
        headers.filter { HTTPRequest.equalsIgnoringCase($0.name, name) }.map(\.value)
    }

    /// Whether the connection may stay open after this request (RFC 9112 §9.3): HTTP/1.1 unless
    /// `Connection: close`; HTTP/1.0 only with `Connection: keep-alive`.
    public var keepAlive: Bool {
        let tokens = headerValues("Connection").flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters() .lowercased() }
        if tokens.contains("close") { return false }
        return minorVersion >= 1 || tokens.contains("keep-alive")
    }

    /// The media type of the body without parameters, lower-cased (`application/x-www-form-urlencoded`).
    public var mediaType: String {
        guard let value = header("Content-Type") else { return "" }
        let main = value.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return String(main).trimmingCharacters().lowercased()
    }

    /// One parameter of the Content-Type header (e.g. `boundary`), unquoted.
    public func mediaTypeParameter(_ name: String) -> String? {
        guard let value = header("Content-Type") else { return nil }
        for part in value.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, HTTPRequest.equalsIgnoringCase(String(pair[0]).trimmingCharacters(), name) else { continue }
            var v = String(pair[1]).trimmingCharacters()
            if v.count >= 2, v.hasPrefix("\""), v.hasSuffix("\"") { v = String(v.dropFirst().dropLast()) }
            return v
        }
        return nil
    }

    /// ASCII case-insensitive comparison (header names are ASCII tokens).
    static func equalsIgnoringCase(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        for (p, q) in zip(x, y) {
            let lp = (p >= 65 && p <= 90) ? p + 32 : p
            let lq = (q >= 65 && q <= 90) ? q + 32 : q
            if lp != lq { return false }
        }
        return true
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (HTTP's OWS, RFC 9110 §5.6.3).
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
