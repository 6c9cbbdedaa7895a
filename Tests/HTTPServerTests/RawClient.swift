import Foundation
#if canImport(Glibc)
import Glibc
#endif
@testable import HTTPServer

/// A test client that speaks raw bytes over TCP, so tests control exactly what reaches the server
/// (pipelined, chunked, malformed, slow, cut off).
final class RawClient {
    let fd: Int32
    var buffer: [UInt8] = []

    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    init?(port: Int, timeout: Int = 10) {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &address) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { Glibc.close(fd); return nil }
        var t = timeval(tv_sec: timeout, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &t, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { Glibc.close(fd) }

    func send(_ text: String) { send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            offset += n
        }
    }

    /// Reads more bytes; false on EOF, error or timeout.
    func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<n])
        return true
    }

    /// The next response (headers and Content-Length body), or nil when the connection ended first.
    func readResponse(headOnly: Bool = false) -> Response? {
        while true {
            if let end = find([13, 10, 13, 10]) {
                let head = String(decoding: buffer[0..<end], as: UTF8.self)
                let lines = head.components(separatedBy: "\r\n")
                let status = Int(lines[0].split(separator: " ").dropFirst().first ?? "") ?? 0
                var headers: [String: String] = [:]
                for line in lines.dropFirst() {
                    guard let colon = line.firstIndex(of: ":") else { continue }
                    headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                }
                let length = status == 100 || headOnly ? 0 : Int(headers["content-length"] ?? "0") ?? 0
                while buffer.count < end + 4 + length { if !fill() { return nil } }
                let body = String(decoding: buffer[(end + 4)..<(end + 4 + length)], as: UTF8.self)
                buffer.removeFirst(end + 4 + length)
                return Response(status: status, headers: headers, body: body)
            }
            if !fill() { return nil }
        }
    }

    /// True when the server has closed the connection (EOF) with nothing more to read.
    func closedByServer() -> Bool {
        while fill() {}
        var probe: UInt8 = 0
        return recv(fd, &probe, 1, Int32(MSG_DONTWAIT)) == 0
    }

    func find(_ needle: [UInt8]) -> Int? {
        guard buffer.count >= needle.count else { return nil }
        for i in 0...(buffer.count - needle.count) where buffer[i] == needle[0] && Array(buffer[i..<(i + needle.count)]) == needle { return i }
        return nil
    }
}

/// A server on an ephemeral loopback port, run on its own thread for one test.
final class RunningServer {
    let server: HTTPServer
    let finished = DispatchSemaphore(value: 0)
    let log = LogLines()

    init(limits: HTTPLimits = HTTPLimits(), allowOrigin: String? = nil, handler: @escaping HTTPRouter.Handler) throws {
        var configuration = HTTPServer.Configuration()
        configuration.port = 0
        configuration.limits = limits
        configuration.allowOrigin = allowOrigin
        let log = self.log
        server = HTTPServer(configuration: configuration, log: { log.append($0) }, handler: handler)
        try server.bind()
        let server = self.server
        let finished = self.finished
        Thread { server.run(); finished.signal() }.start()
    }

    var port: Int { server.port }

    /// Stops and waits for `run()` to return; false if it did not within `seconds`.
    @discardableResult
    func stop(within seconds: Double = 10) -> Bool {
        server.stop()
        return finished.wait(timeout: .now() + seconds) == .success
    }

    /// Waits until a log line contains `text`.
    func waitForLog(_ text: String, seconds: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !log.all.contains(where: { $0.contains(text) }) && Date() < deadline { usleep(10_000) }
        return log.all.contains { $0.contains(text) }
    }

    /// Waits until no connection is being served.
    func waitUntilIdle(seconds: Double = 10) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while server.activeConnections > 0 && Date() < deadline { usleep(10_000) }
        return server.activeConnections == 0
    }
}

/// Access-log lines collected from the server's threads.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}

/// Open file descriptors of this process.
func openDescriptors() -> Int {
    (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").count) ?? -1
}

/// Resident memory of this process in KB (VmRSS).
func residentKB() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
}
