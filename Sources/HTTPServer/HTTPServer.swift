#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// A small HTTP/1.1 server on the platform's sockets (socket/bind/listen/accept/poll; packages: none, and
/// Foundation has no server on Linux). One thread per connection up to `HTTPLimits.connections` (beyond it
/// 503), keep-alive and pipelining, per-connection read deadlines, security headers on every response, an
/// access log without bodies, and a graceful stop that lets in-flight requests finish.
public final class HTTPServer: @unchecked Sendable {
    /// How the server is set up.
    public struct Configuration: Sendable {
        /// Address to bind: loopback unless the operator chooses otherwise (drafts are confidential).
        public var host = "127.0.0.1"
        /// Port to bind; 0 asks the kernel for a free one (tests).
        public var port = 8081
        /// The limits in force.
        public var limits = HTTPLimits()
        /// `Access-Control-Allow-Origin` value; nil sends no CORS header at all.
        public var allowOrigin: String?
        /// Sent on every response: no scripts, no network fetches, inline styles and data: images only.
        public var securityHeaders: [(name: String, value: String)] = [
            ("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"),
            ("X-Content-Type-Options", "nosniff"),
            ("Referrer-Policy", "no-referrer"),
            ("Cache-Control", "no-store"),
        ]
        /// Server name in the `Server` header.
        public var serverName = "preelection"

        /// The defaults.
        public init() {}
    }

    /// Why the server could not start.
    public struct StartError: Error, Sendable {
        /// What went wrong and how to fix it.
        public var message: String
    }

    let configuration: Configuration
    let handler: HTTPRouter.Handler
    let log: @Sendable (String) -> Void
    let lock = ServerThread.Lock()
    var listener: Int32 = -1
    var wake: (read: Int32, write: Int32) = (-1, -1)
    var active = 0
    var stopping = false
    var signalSources: [DispatchSourceSignal] = []
    var boundPort = 0

    /// Creates a server; `log` receives one access-log line per request (never a body).
    public init(configuration: Configuration, log: @escaping @Sendable (String) -> Void = { _ in },
                handler: @escaping HTTPRouter.Handler) {
        self.configuration = configuration
        self.handler = handler
        self.log = log
    }

    /// The port actually bound (useful with port 0).
    public var port: Int { lock.withLock { boundPort } }

    /// Connections currently being served.
    public var activeConnections: Int { lock.withLock { active } }

    /// Binds and listens; throws a message naming the address when the port is taken or the host is wrong.
    public func bind() throws(StartError) {
        let host = configuration.host
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        var info: UnsafeMutablePointer<addrinfo>?
        let status = getaddrinfo(host, String(configuration.port), &hints, &info)
        guard status == 0, let first = info else {
            throw StartError(message: "cannot resolve host '\(host)': \(String(cString: gai_strerror(status)))")
        }
        defer { freeaddrinfo(info) }
        let fd = socket(first.pointee.ai_family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw StartError(message: "cannot create a socket: \(HTTPServer.errorText())") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        guard Glibc.bind(fd, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else {
            let text = HTTPServer.errorText()
            close(fd)
            throw StartError(message: "cannot listen on \(host):\(configuration.port): \(text)")
        }
        guard listen(fd, 512) == 0 else {
            let text = HTTPServer.errorText()
            close(fd)
            throw StartError(message: "cannot listen on \(host):\(configuration.port): \(text)")
        }
        var storage = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let port = withUnsafeMutablePointer(to: &storage) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address -> Int in
                guard getsockname(fd, address, &length) == 0 else { return configuration.port }
                return HTTPServer.port(of: address)
            }
        }
        var pipeFDs: [Int32] = [-1, -1]
        guard pipe(&pipeFDs) == 0 else {
            close(fd)
            throw StartError(message: "cannot create a pipe: \(HTTPServer.errorText())")
        }
        for end in pipeFDs {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, O_NONBLOCK)
        }
        lock.withLock {
            listener = fd
            boundPort = port
            wake = (pipeFDs[0], pipeFDs[1])
        }
    }

    /// The URL people and clients use, e.g. `http://127.0.0.1:8081/` (IPv6 hosts bracketed).
    public var url: String {
        let host = configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host
        return "http://\(host):\(port)/"
    }

    /// Stops on SIGINT and SIGTERM (the signals become events on a queue, so no handler runs unsafe code).
    public func stopOnSignals() {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: DispatchQueue.global())
            source.setEventHandler { [weak self] in self?.stop() }
            source.resume()
            lock.withLock { signalSources.append(source) }
        }
    }

    /// Asks the server to stop: no new connections; in-flight requests finish (up to `drainSeconds`).
    public func stop() {
        let fd = lock.withLock { () -> Int32 in
            stopping = true
            return wake.write
        }
        var byte: UInt8 = 1
        if fd >= 0 { _ = write(fd, &byte, 1) }
    }

    /// Accepts connections until `stop()`, then drains and returns. Call `bind()` first.
    public func run() {
        signal(SIGPIPE, SIG_IGN)
        let (fd, wakeRead) = lock.withLock { (listener, wake.read) }
        guard fd >= 0 else { return }
        var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        while !lock.withLock({ stopping }) {
            fds[0].revents = 0
            fds[1].revents = 0
            let ready = poll(&fds, 2, 1000)
            if ready < 0 && errno != EINTR { break }
            if fds[1].revents != 0 { break }
            guard fds[0].revents & Int16(POLLIN) != 0 else { continue }
            var address = sockaddr_storage()
            var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
            let client = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { accept(fd, $0, &length) }
            }
            guard client >= 0 else {
                // Out of descriptors (EMFILE/ENFILE): back off instead of spinning on a listener that stays readable.
                if errno == EMFILE || errno == ENFILE { usleep(50_000) }
                continue
            }
            _ = fcntl(client, F_SETFD, FD_CLOEXEC)
            let peer = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { HTTPServer.host(of: $0) }
            }
            let admitted = lock.withLock { () -> Bool in
                guard active < configuration.limits.connections else { return false }
                active += 1
                return true
            }
            if !admitted {
                refuse(client, peer: peer)
                continue
            }
            let connection = HTTPConnection(server: self, fd: client, peer: peer)
            if !ServerThread.spawn({ connection.serve() }) {
                connectionClosed()
                refuse(client, peer: peer)
            }
        }
        // Graceful stop: close the listener, then wait for in-flight connections (each finishes its request).
        lock.withLock {
            stopping = true
            close(listener)
            listener = -1
        }
        let deadline = HTTPServer.now() + configuration.limits.drainSeconds
        while lock.withLock({ active }) > 0 && HTTPServer.now() < deadline { usleep(10_000) }
        lock.withLock {
            for source in signalSources { source.cancel() }
            if !signalSources.isEmpty {
                signal(SIGINT, SIG_DFL)
                signal(SIGTERM, SIG_DFL)
            }
            signalSources = []
            close(wake.read)
            close(wake.write)
            wake = (-1, -1)
        }
    }

    /// True once `stop()` was called.
    var isStopping: Bool { lock.withLock { stopping } }

    /// Called by a connection when it closes.
    func connectionClosed() { lock.withLock { active -= 1 } }

    /// Over the connection cap: answer 503 at once and close, without reading (the client may retry).
    func refuse(_ fd: Int32, peer: String) {
        var response = HTTPResponse.error(503, "the server is busy (more than \(configuration.limits.connections) connections); try again shortly")
        response.headers.append(("Retry-After", "1"))
        let bytes = response.serialized(extra: responseHeaders, keepAlive: false)
        var flags = fcntl(fd, F_GETFL)
        flags |= O_NONBLOCK
        _ = fcntl(fd, F_SETFL, flags)
        _ = bytes.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        shutdown(fd, Int32(SHUT_WR))
        close(fd)
        log("\(peer) - - 503 \(response.body.count) 0.0ms (connection limit)")
    }

    /// Headers added to every response.
    var responseHeaders: [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = [("Server", configuration.serverName)] + configuration.securityHeaders
        if let origin = configuration.allowOrigin {
            headers.append(("Access-Control-Allow-Origin", origin))
            headers.append(("Vary", "Origin"))
        }
        return headers
    }

    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    static func errorText() -> String { String(cString: strerror(errno)) }

    static func port(of address: UnsafeMutablePointer<sockaddr>) -> Int {
        switch Int32(address.pointee.sa_family) {
        case AF_INET:
            return address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
        case AF_INET6:
            return address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin6_port)) }
        default:
            return 0
        }
    }

    static func host(of address: UnsafeMutablePointer<sockaddr>) -> String {
        var buffer = [CChar](repeating: 0, count: Int(NI_MAXHOST))
        let length = socklen_t(address.pointee.sa_family == sa_family_t(AF_INET6) ? MemoryLayout<sockaddr_in6>.size : MemoryLayout<sockaddr_in>.size)
        guard getnameinfo(address, length, &buffer, socklen_t(buffer.count), nil, 0, NI_NUMERICHOST) == 0 else { return "-" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
