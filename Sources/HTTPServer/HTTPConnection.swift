#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One client connection on its own thread: reads with deadlines, feeds the parser, answers each request in
/// order (so pipelined requests get pipelined responses), and closes on errors, timeouts, `Connection:
/// close` or server stop. The descriptor is closed exactly once, on every path.
final class HTTPConnection: @unchecked Sendable {
    let server: HTTPServer
    let fd: Int32
    let peer: String
    var parser: HTTPRequestParser

    init(server: HTTPServer, fd: Int32, peer: String) {
        self.server = server
        self.fd = fd
        self.peer = peer
        parser = HTTPRequestParser(limits: server.configuration.limits, peer: peer)
    }

    /// Serves until the connection ends.
    func serve() {
        defer {
            close(fd)
            server.connectionClosed()
        }
        let limits = server.configuration.limits
        // A client that stops reading cannot hold this thread: sends give up after the idle timeout.
        var timeout = timeval(tv_sec: Int(limits.readIdleSeconds), tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var one: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        var served = 0
        var sentContinue = false
        var requestStarted: Double?
        var lastByte = HTTPServer.now()
        while true {
            switch parser.next() {
            case .request(let request):
                served += 1
                sentContinue = false
                requestStarted = nil
                let keepAlive = request.keepAlive && served < limits.requestsPerConnection
                guard respond(to: request, keepAlive: keepAlive) else { return }
                continue
            case .failure(let error):
                let response = HTTPResponse.error(error.status, error.message)
                _ = send(response.serialized(extra: server.responseHeaders, keepAlive: false))
                server.log("\(peer) - - \(error.status) \(response.body.count) 0.0ms (\(error.message))")
                shutdown(fd, Int32(SHUT_WR))
                return
            case .incomplete:
                break
            }
            if parser.expectsContinue && !sentContinue {
                sentContinue = true
                guard send(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)) else { return }
            }
            let partial = parser.hasPartialRequest
            if partial && requestStarted == nil { requestStarted = HTTPServer.now() }
            if !partial && server.isStopping { return }
            // Wait for bytes, in short slices so a stop is noticed; give up at the deadline that applies.
            let now = HTTPServer.now()
            let deadline = partial
                ? min((requestStarted ?? now) + limits.requestSeconds, lastByte + limits.readIdleSeconds)
                : lastByte + limits.keepAliveSeconds
            if now >= deadline {
                if partial {
                    let response = HTTPResponse.error(408, "the request was not received in time (\(Int(limits.readIdleSeconds)) s without data or \(Int(limits.requestSeconds)) s in all)")
                    _ = send(response.serialized(extra: server.responseHeaders, keepAlive: false))
                    server.log("\(peer) - - 408 \(response.body.count) 0.0ms (slow client)")
                }
                return
            }
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let wait = Int32(max(1, min(250, (deadline - now) * 1000)))
            let ready = poll(&pfd, 1, wait)
            if ready < 0 && errno != EINTR { return }
            if ready <= 0 { continue }
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count == 0 {
                if partial { server.log("\(peer) - - - 0 0.0ms (client closed the connection mid-request)") }
                return
            }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return
            }
            lastByte = HTTPServer.now()
            chunk.withUnsafeBytes { parser.append(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    /// Runs the handler and writes the response; false when the connection should close (the client has
    /// gone, asked to close, or the server is stopping — decided after the handler, so a stop that arrives
    /// mid-request still tells the client to close).
    func respond(to request: HTTPRequest, keepAlive: Bool) -> Bool {
        let start = HTTPServer.now()
        let response = request.method == "OPTIONS" && server.configuration.allowOrigin != nil
            ? HTTPConnection.preflight
            : server.handler(request)
        let keep = keepAlive && !server.isStopping
        var extra = server.responseHeaders
        // An HTTP/1.0 client keeps the connection only when told so (RFC 9112 §9.3, Appendix C.2.2).
        if keep && request.minorVersion == 0 { extra.append(("Connection", "keep-alive")) }
        let bytes = response.serialized(extra: extra, keepAlive: keep, head: request.method == "HEAD")
        let ok = send(bytes) && keep
        let ms = (HTTPServer.now() - start) * 1000
        // The access log: method, path (no query: it may carry text), status, bytes and time. Never a body.
        server.log("\(peer) \(request.method) \(request.path) \(response.status) \(response.body.count) \(String(format1: ms))ms")
        return ok
    }

    /// The answer to a CORS preflight when `--allow-origin` is set (the origin header itself is added to
    /// every response): the methods and the one request header the API uses.
    static let preflight = HTTPResponse(status: 204, headers: [
        ("Access-Control-Allow-Methods", "GET, POST"), ("Access-Control-Allow-Headers", "Content-Type"), ("Access-Control-Max-Age", "600"),
    ])

    /// Writes all of `bytes`, waiting (bounded) while the socket buffer is full.
    func send(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { raw -> Bool in
            guard var base = raw.baseAddress else { return true }
            var left = raw.count
            while left > 0 {
                let n = Glibc.send(fd, base, left, Int32(MSG_NOSIGNAL))
                if n < 0 {
                    if errno == EINTR { continue }
                    return false  // EAGAIN here is the send timeout: the client stopped reading
                }
                base += n
                left -= n
            }
            return true
        }
    }
}

extension String {
    /// A number with one decimal place, without Foundation's formatter.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(tenths % 10)"
    }
}
