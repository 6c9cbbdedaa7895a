/// A response a handler returns: status, headers and a complete body (the drafts checked here are small;
/// a complete body lets the server always send Content-Length and keep the connection open).
public struct HTTPResponse: Sendable {
    /// The status code.
    public var status: Int
    /// Header fields beyond the ones the server adds (Content-Length, Date-free framing, security headers).
    public var headers: [(name: String, value: String)]
    /// The body.
    public var body: [UInt8]

    /// Creates a response.
    public init(status: Int, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A text response with a media type (UTF-8).
    public init(status: Int = 200, contentType: String, text: String, headers: [(name: String, value: String)] = []) {
        self.init(status: status, headers: [("Content-Type", contentType)] + headers, body: Array(text.utf8))
    }

    /// A plain-text error with a sentence saying what was wrong (clients show it to people).
    public static func error(_ status: Int, _ message: String) -> HTTPResponse {
        HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", text: "Error: \(message)\n")
    }

    /// The reason phrase for a status (RFC 9110 §15); clients ignore it, people reading logs do not.
    public static func reason(_ status: Int) -> String {
        switch status {
        case 100: "Continue"
        case 200: "OK"
        case 204: "No Content"
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 411: "Length Required"
        case 413: "Content Too Large"
        case 414: "URI Too Long"
        case 415: "Unsupported Media Type"
        case 417: "Expectation Failed"
        case 422: "Unprocessable Content"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 501: "Not Implemented"
        case 503: "Service Unavailable"
        case 505: "HTTP Version Not Supported"
        default: "Status"
        }
    }

    /// The bytes on the wire: status line, headers (the server's `extra` first), Content-Length, body.
    /// `head` leaves the body out (RFC 9110 §9.3.2) but keeps its length.
    public func serialized(extra: [(name: String, value: String)], keepAlive: Bool, head: Bool = false) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + body.count)
        out.append(contentsOf: "HTTP/1.1 \(status) \(HTTPResponse.reason(status))\r\n".utf8)
        for (name, value) in extra + headers {
            out.append(contentsOf: name.utf8)
            out.append(contentsOf: ": ".utf8)
            // Header values never carry CR or LF (no response splitting, RFC 9112 §11.1).
            for b in value.utf8 where b != 0x0D && b != 0x0A { out.append(b) }
            out.append(contentsOf: "\r\n".utf8)
        }
        // No Content-Length on 204 (RFC 9110 §8.6).
        if status != 204 { out.append(contentsOf: "Content-Length: \(body.count)\r\n".utf8) }
        if !keepAlive { out.append(contentsOf: "Connection: close\r\n".utf8) }
        out.append(contentsOf: "\r\n".utf8)
        if !head { out.append(contentsOf: body) }
        return out
    }
}
