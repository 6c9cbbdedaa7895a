/// An incremental HTTP/1.1 request parser (RFC 9112): bytes go in as they arrive, whole requests come out.
/// Pure (no sockets, no clock), so every framing rule and limit is tested without a network; the connection
/// loop only feeds it and writes what the handler returns. Strict where leniency enables request smuggling
/// (RFC 9112 §6.3, §11.2): both Content-Length and Transfer-Encoding, differing lengths, obs-fold, whitespace
/// before the colon, and bare CR are all 400.
public struct HTTPRequestParser: Sendable {
    /// What `next()` found.
    public enum Event: Sendable {
        /// More bytes are needed.
        case incomplete
        /// One whole request (more may follow in the buffer: pipelining).
        case request(HTTPRequest)
        /// The request is malformed or over a limit; answer with the error and close the connection.
        case failure(HTTPError)
    }

    enum Phase: Sendable, Equatable {
        case requestLine, headers, body(remaining: Int), chunkSize, chunkData(remaining: Int), chunkDataEnd, trailers, failed
    }

    /// The limits in force.
    public let limits: HTTPLimits
    /// The peer's address, copied into each request for the access log.
    public var peer: String
    var buffer: [UInt8] = []
    var position = 0
    var phase = Phase.requestLine
    var current = HTTPRequest(method: "", target: "")
    var headerBytes = 0
    var failure = HTTPError(400, "")
    /// True once the headers of a request with `Expect: 100-continue` are read and its body has not arrived:
    /// the connection should send `100 Continue` (RFC 9110 §10.1.1) so clients like curl send the body at once.
    public private(set) var expectsContinue = false

    /// Creates a parser with `limits`.
    public init(limits: HTTPLimits = HTTPLimits(), peer: String = "") {
        self.limits = limits
        self.peer = peer
    }

    /// True when part of a request has arrived (so a timeout is a 408, not a quiet keep-alive close).
    public var hasPartialRequest: Bool { phase != .requestLine || position < buffer.count }

    /// Bytes received but not yet consumed.
    public var bufferedBytes: Int { buffer.count - position }

    /// Adds received bytes.
    public mutating func append(_ bytes: UnsafeRawBufferPointer) {
        buffer.append(contentsOf: bytes)
    }

    /// Adds received bytes (tests).
    public mutating func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    /// The next request, if the buffer holds one.
    public mutating func next() -> Event {
        while true {
            switch phase {
            case .failed:
                return .failure(failure)
            case .requestLine:
                // RFC 9112 §2.2: ignore empty lines before the request line (at most a few).
                var skipped = 0
                while position < buffer.count, buffer[position] == 0x0D || buffer[position] == 0x0A, skipped < 8 {
                    position += 1
                    skipped += 1
                }
                switch line(max: limits.requestLineBytes) {
                case .needMore: compact(); return .incomplete
                case .tooLong: return fail(414, "the request line is longer than \(limits.requestLineBytes) bytes; send the text in the body of a POST instead of the URL")
                case .bad: return fail(400, "the request line has a bare CR")
                case .line(let range):
                    if let error = requestLine(range) { return fail(error.status, error.message) }
                    phase = .headers
                    headerBytes = 0
                }
            case .headers:
                switch line(max: limits.headerBytes - headerBytes) {
                case .needMore: return .incomplete
                case .tooLong: return fail(431, "the request headers are larger than \(limits.headerBytes / 1024) KB")
                case .bad: return fail(400, "a header line has a bare CR")
                case .line(let range):
                    headerBytes += range.count + 2
                    if range.isEmpty {
                        if let error = endOfHeaders() { return fail(error.status, error.message) }
                        if case .requestLine = phase { return finish() }
                        continue
                    }
                    if current.headers.count >= limits.headerFields {
                        return fail(431, "more than \(limits.headerFields) header fields")
                    }
                    if let error = headerField(range) { return fail(error.status, error.message) }
                }
            case .body(let remaining):
                let take = min(remaining, buffer.count - position)
                if take > 0 {
                    expectsContinue = false
                    current.body.append(contentsOf: buffer[position..<(position + take)])
                    position += take
                }
                if remaining - take > 0 {
                    phase = .body(remaining: remaining - take)
                    compact()
                    return .incomplete
                }
                return finish()
            case .chunkSize:
                switch line(max: 1024) {
                case .needMore: compact(); return .incomplete
                case .tooLong, .bad: return fail(400, "a chunk-size line is malformed or longer than 1 KB")
                case .line(let range):
                    expectsContinue = false
                    var size = 0
                    var digits = 0
                    var i = range.lowerBound
                    while i < range.upperBound, let d = HTTPRequestParser.hexValue(buffer[i]) {
                        size = size * 16 + d
                        digits += 1
                        i += 1
                        if digits > 8 { return fail(413, "a chunk is larger than the \(limits.bodyBytes / (1024 * 1024)) MB body limit") }
                    }
                    // Anything after the digits must be whitespace or a chunk extension (RFC 9112 §7.1.1).
                    while i < range.upperBound, buffer[i] == 0x20 || buffer[i] == 0x09 { i += 1 }
                    guard digits > 0, i == range.upperBound || buffer[i] == 0x3B else {
                        return fail(400, "a chunk size is not a hexadecimal number")
                    }
                    if size > limits.bodyBytes - current.body.count {
                        return fail(413, "the body is larger than \(limits.bodyBytes / (1024 * 1024)) MB")
                    }
                    phase = size == 0 ? .trailers : .chunkData(remaining: size)
                }
            case .chunkData(let remaining):
                let take = min(remaining, buffer.count - position)
                if take > 0 {
                    current.body.append(contentsOf: buffer[position..<(position + take)])
                    position += take
                }
                if remaining - take > 0 {
                    phase = .chunkData(remaining: remaining - take)
                    compact()
                    return .incomplete
                }
                phase = .chunkDataEnd
            case .chunkDataEnd:
                switch line(max: 0) {
                case .needMore: return .incomplete
                case .tooLong, .bad: return fail(400, "chunk data is not followed by CRLF")
                case .line: phase = .chunkSize
                }
            case .trailers:
                switch line(max: limits.headerBytes - headerBytes) {
                case .needMore: return .incomplete
                case .tooLong: return fail(431, "the trailer fields are larger than the header limit")
                case .bad: return fail(400, "a trailer line has a bare CR")
                case .line(let range):
                    headerBytes += range.count + 2
                    if range.isEmpty { return finish() }
                    // Trailer fields are read and dropped (RFC 9110 §6.5.1: not merged into the headers).
                }
            }
        }
    }

    enum Line { case needMore, tooLong, bad, line(Range<Int>) }

    /// The next line from `position` (CRLF, or a bare LF as RFC 9112 §2.2 allows), at most `max` bytes long.
    mutating func line(max: Int) -> Line {
        let limit = Swift.max(0, max)
        let end = Swift.min(buffer.count, position + limit + 2)
        var i = position
        while i < end {
            let b = buffer[i]
            if b == 0x0A {
                var stop = i
                if stop > position, buffer[stop - 1] == 0x0D { stop -= 1 }
                if stop - position > limit { return .tooLong }
                let range = position..<stop
                position = i + 1
                return .line(range)
            }
            if b == 0x0D, i + 1 < buffer.count, buffer[i + 1] != 0x0A { return .bad }
            i += 1
        }
        return buffer.count - position > limit + 1 ? .tooLong : .needMore
    }

    /// Parses `method SP request-target SP HTTP-version` (RFC 9112 §3).
    mutating func requestLine(_ range: Range<Int>) -> HTTPError? {
        // Exactly two single spaces (RFC 9112 §3); found by index, no intermediate arrays.
        var spaces: [Int] = []
        for i in range where buffer[i] == 0x20 {
            spaces.append(i)
            if spaces.count > 2 { break }
        }
        let parts: [ArraySlice<UInt8>] = spaces.count == 2
            ? [buffer[range.lowerBound..<spaces[0]], buffer[(spaces[0] + 1)..<spaces[1]], buffer[(spaces[1] + 1)..<range.upperBound]]
            : []
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else {
            return HTTPError(400, "the request line is not 'METHOD /path HTTP/1.1'")
        }
        guard parts[0].allSatisfy(HTTPRequestParser.isTokenByte) else { return HTTPError(400, "the method is not a token") }
        guard parts[1].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            return HTTPError(400, "the request target has spaces, control characters or non-ASCII bytes; percent-encode them")
        }
        let version = Array(parts[2])
        guard version.count == 8, version.starts(with: Array("HTTP/".utf8)), version[6] == 0x2E,
              (0x30...0x39).contains(version[5]), (0x30...0x39).contains(version[7]) else {
            return HTTPError(400, "the protocol is not HTTP/1.x")
        }
        guard version[5] == 0x31 else { return HTTPError(505, "only HTTP/1.1 and HTTP/1.0 are served") }
        var target = String(decoding: parts[1], as: UTF8.self)
        // Absolute-form (RFC 9112 §3.2.2): keep the path; origin-form otherwise.
        if target.hasPrefix("http://") || target.hasPrefix("https://") {
            let rest = target.drop(while: { $0 != ":" }).dropFirst(3)
            target = rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
        }
        guard target.hasPrefix("/") || target == "*" else { return HTTPError(400, "the request target must start with '/'") }
        current = HTTPRequest(method: String(decoding: parts[0], as: UTF8.self), target: target,
                              minorVersion: Int(version[7] - 0x30), peer: peer)
        return nil
    }

    /// Parses `name: value` (RFC 9112 §5).
    mutating func headerField(_ range: Range<Int>) -> HTTPError? {
        let first = buffer[range.lowerBound]
        if first == 0x20 || first == 0x09 { return HTTPError(400, "folded header lines (obs-fold) are not accepted") }
        guard let colon = buffer[range].firstIndex(of: 0x3A), colon > range.lowerBound else {
            return HTTPError(400, "a header line has no 'name:'")
        }
        guard buffer[range.lowerBound..<colon].allSatisfy(HTTPRequestParser.isTokenByte) else {
            return HTTPError(400, "a header name has spaces or characters a token cannot have")
        }
        var start = colon + 1
        var end = range.upperBound
        while start < end, buffer[start] == 0x20 || buffer[start] == 0x09 { start += 1 }
        while end > start, buffer[end - 1] == 0x20 || buffer[end - 1] == 0x09 { end -= 1 }
        for b in buffer[start..<end] where (b < 0x20 && b != 0x09) || b == 0x7F {
            return HTTPError(400, "a header value has a control character")
        }
        current.headers.append((String(decoding: buffer[range.lowerBound..<colon], as: UTF8.self),
                                String(decoding: buffer[start..<end], as: UTF8.self)))
        return nil
    }

    /// Decides how the body is framed (RFC 9112 §6.3) once the headers are complete.
    mutating func endOfHeaders() -> HTTPError? {
        let hosts = current.headerValues("Host")
        if current.minorVersion >= 1 && hosts.count != 1 {
            return HTTPError(400, hosts.isEmpty ? "HTTP/1.1 requests need a Host header" : "more than one Host header")
        }
        let encodings = current.headerValues("Transfer-Encoding").flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters().lowercased() }
        let lengths = current.headerValues("Content-Length").flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }.map { $0.trimmingCharacters() }
        if !encodings.isEmpty && !lengths.isEmpty {
            return HTTPError(400, "both Transfer-Encoding and Content-Length were sent; send one")
        }
        let expect = current.header("Expect")?.lowercased()
        if let expect, expect != "100-continue" { return HTTPError(417, "only 'Expect: 100-continue' is understood") }
        if !encodings.isEmpty {
            guard current.minorVersion >= 1 else { return HTTPError(400, "Transfer-Encoding is not allowed in HTTP/1.0") }
            guard encodings == ["chunked"] else { return HTTPError(501, "only the 'chunked' transfer coding is supported") }
            phase = .chunkSize
            expectsContinue = expect != nil
            return nil
        }
        if let text = lengths.first {
            guard lengths.allSatisfy({ $0 == text }) else { return HTTPError(400, "Content-Length values differ") }
            guard !text.isEmpty, text.utf8.count <= 12, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let length = Int(text) else {
                return HTTPError(400, "Content-Length is not a number")
            }
            if length > limits.bodyBytes {
                return HTTPError(413, "the body is \(length) bytes; the limit is \(limits.bodyBytes / (1024 * 1024)) MB")
            }
            if length > 0 {
                phase = .body(remaining: length)
                current.body.reserveCapacity(length)
                expectsContinue = expect != nil
                return nil
            }
            phase = .requestLine
            return nil
        }
        if ["POST", "PUT", "PATCH"].contains(current.method) {
            return HTTPError(411, "a \(current.method) needs a Content-Length header or chunked Transfer-Encoding")
        }
        phase = .requestLine
        return nil
    }

    /// Hands out the finished request and resets for the next one.
    mutating func finish() -> Event {
        let request = current
        current = HTTPRequest(method: "", target: "")
        phase = .requestLine
        expectsContinue = false
        compact()
        return .request(request)
    }

    /// Records a failure; the parser stays failed (the connection is closed after the error response).
    mutating func fail(_ status: Int, _ message: String) -> Event {
        failure = HTTPError(status, message)
        phase = .failed
        buffer = []
        position = 0
        return .failure(failure)
    }

    /// Drops consumed bytes when that is cheap (all consumed) or worthwhile (a large consumed prefix).
    mutating func compact() {
        if position == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 256 * 1024)
            position = 0
        } else if position > 64 * 1024 {
            buffer.removeFirst(position)
            position = 0
        }
    }

    /// tchar (RFC 9110 §5.6.2).
    static func isTokenByte(_ b: UInt8) -> Bool {
        switch b {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"), UInt8(ascii: "'"),
             UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "_"),
             UInt8(ascii: "`"), UInt8(ascii: "|"), UInt8(ascii: "~"): return true
        default: return false
        }
    }

    static func hexValue(_ b: UInt8) -> Int? {
        switch b {
        case 0x30...0x39: return Int(b - 0x30)
        case 0x41...0x46: return Int(b - 0x41 + 10)
        case 0x61...0x66: return Int(b - 0x61 + 10)
        default: return nil
        }
    }
}
