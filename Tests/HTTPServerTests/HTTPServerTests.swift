import XCTest
#if canImport(Glibc)
import Glibc
#endif
@testable import HTTPServer

/// The server over real sockets on an ephemeral port: keep-alive, pipelining, chunked bodies, malformed and
/// oversized requests, slow and vanishing clients, many connections, the connection cap, descriptors and stop.
final class HTTPServerTests: XCTestCase {
    /// Echoes the path and the body length; `/slow` takes 0.5 s.
    static let echo: HTTPRouter.Handler = { request in
        if request.path == "/slow" { usleep(500_000) }
        return HTTPResponse(contentType: "text/plain", text: "\(request.method) \(request.path) \(request.body.count)")
    }

    func get(_ path: String, close: Bool = false) -> String {
        "GET \(path) HTTP/1.1\r\nHost: localhost\r\n" + (close ? "Connection: close\r\n" : "") + "\r\n"
    }

    func testThousandRequestsOnOneKeepAliveConnection() throws {
        let running = try RunningServer(handler: Self.echo)
        defer { running.stop() }
        let client = try XCTUnwrap(RawClient(port: running.port))
        for i in 0..<1000 {
            client.send(get("/n\(i)"))
            let r = try XCTUnwrap(client.readResponse(), "response \(i)")
            XCTAssertEqual(r.body, "GET /n\(i) 0")
        }
        // Memory stays flat: 5,000 more requests after the warm-up grow the process by less than 8 MB.
        let before = residentKB()
        for i in 0..<5000 {
            client.send("POST /m\(i) HTTP/1.1\r\nHost: x\r\nContent-Length: 2048\r\n\r\n" + String(repeating: "a", count: 2048))
            XCTAssertEqual(client.readResponse()?.status, 200)
        }
        XCTAssertLessThan(residentKB() - before, 8 * 1024, "RSS grew from \(before) KB to \(residentKB()) KB")
        client.send(get("/last", close: true))
        XCTAssertEqual(client.readResponse()?.headers["connection"], "close")
        XCTAssertTrue(client.closedByServer())
    }

    func testPipelinedRequestsGetResponsesInOrder() throws {
        let running = try RunningServer(handler: Self.echo)
        defer { running.stop() }
        let client = try XCTUnwrap(RawClient(port: running.port))
        let body = "text=abc"
        client.send(get("/one") + "POST /two HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.count)\r\n\r\n\(body)" + get("/slow") + get("/four", close: true))
        XCTAssertEqual(client.readResponse()?.body, "GET /one 0")
        XCTAssertEqual(client.readResponse()?.body, "POST /two 8")
        XCTAssertEqual(client.readResponse()?.body, "GET /slow 0")
        XCTAssertEqual(client.readResponse()?.body, "GET /four 0")
        XCTAssertTrue(client.closedByServer())
    }

    func testChunkedBodyAndExpectContinue() throws {
        let running = try RunningServer(handler: Self.echo)
        defer { running.stop() }
        let client = try XCTUnwrap(RawClient(port: running.port))
        client.send("POST /v2/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n4\r\ntext\r\n")
        usleep(50_000)
        client.send("6\r\n=hello\r\n0\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.body, "POST /v2/check 10")
        client.send("POST /big HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.status, 100)
        client.send("12345")
        XCTAssertEqual(client.readResponse()?.body, "POST /big 5")
    }

    func testMalformedAndOversizedRequestsGetAClear4xxAndAClose() throws {
        var limits = HTTPLimits()
        limits.bodyBytes = 1000
        let running = try RunningServer(limits: limits, handler: Self.echo)
        defer { running.stop() }
        let cases: [(String, Int)] = [
            ("GARBAGE\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: x\r\nX: " + String(repeating: "a", count: 20_000) + "\r\n\r\n", 431),
            ("GET /" + String(repeating: "a", count: 10_000) + " HTTP/1.1\r\n", 414),
            ("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 2000\r\n\r\n", 413),
            ("POST / HTTP/1.1\r\nHost: x\r\n\r\n", 411),
            ("GET / HTTP/3.0\r\nHost: x\r\n\r\n", 505),
        ]
        for (request, status) in cases {
            let client = try XCTUnwrap(RawClient(port: running.port))
            client.send(request)
            let r = client.readResponse()
            XCTAssertEqual(r?.status, status, String(request.prefix(40)))
            XCTAssertTrue(r?.body.hasPrefix("Error: ") ?? false)
            XCTAssertEqual(r?.headers["connection"], "close")
            XCTAssertTrue(client.closedByServer())
        }
        // The server is still fine.
        let client = try XCTUnwrap(RawClient(port: running.port))
        client.send(get("/ok"))
        XCTAssertEqual(client.readResponse()?.status, 200)
    }

    func testSlowClientsCannotHoldAConnection() throws {
        var limits = HTTPLimits()
        limits.readIdleSeconds = 0.5
        limits.requestSeconds = 1.2
        limits.keepAliveSeconds = 0.8
        let running = try RunningServer(limits: limits, handler: Self.echo)
        defer { running.stop() }
        // Stops sending half-way through the headers.
        let stalled = try XCTUnwrap(RawClient(port: running.port))
        stalled.send("GET / HTTP/1.1\r\nHo")
        let start = Date()
        XCTAssertEqual(stalled.readResponse()?.status, 408)
        XCTAssertLessThan(Date().timeIntervalSince(start), 3)
        // Drips a byte every 0.2 s (never idle for 0.5 s): the whole-request deadline still ends it.
        let drip = try XCTUnwrap(RawClient(port: running.port))
        let dripStart = Date()
        var status: Int?
        let text = Array("GET / HTTP/1.1\r\nHost: x\r\nX-Long: " + String(repeating: "a", count: 100))
        for ch in text {
            drip.send(String(ch))
            usleep(200_000)
            var probe: UInt8 = 0
            if recv(drip.fd, &probe, 1, Int32(MSG_PEEK | MSG_DONTWAIT)) > 0 { status = drip.readResponse()?.status; break }
        }
        XCTAssertEqual(status, 408)
        XCTAssertLessThan(Date().timeIntervalSince(dripStart), 4)
        // An idle keep-alive connection is closed quietly.
        let idle = try XCTUnwrap(RawClient(port: running.port))
        idle.send(get("/"))
        XCTAssertEqual(idle.readResponse()?.status, 200)
        XCTAssertTrue(idle.closedByServer())
        XCTAssertTrue(running.waitUntilIdle())
    }

    func testClientThatDisconnectsMidBody() throws {
        let running = try RunningServer(handler: Self.echo)
        defer { running.stop() }
        do {
            let client = try XCTUnwrap(RawClient(port: running.port))
            client.send("POST /v2/check HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\ntext=half")
        }
        XCTAssertTrue(running.waitForLog("closed the connection mid-request"))
        XCTAssertTrue(running.waitUntilIdle())
        XCTAssertFalse(running.log.all.contains { $0.contains("text=half") }, "bodies never reach the log")
        let client = try XCTUnwrap(RawClient(port: running.port))
        client.send(get("/after"))
        XCTAssertEqual(client.readResponse()?.body, "GET /after 0")
    }

    func testTwoHundredConcurrentConnectionsAndNoLeakedDescriptors() throws {
        let running = try RunningServer(handler: Self.echo)
        defer { running.stop() }
        // Warm up (threads, lazily opened files), then count descriptors.
        do { let c = try XCTUnwrap(RawClient(port: running.port)); c.send(get("/warm", close: true)); _ = c.readResponse() }
        XCTAssertTrue(running.waitUntilIdle())
        let before = openDescriptors()
        do {
            let clients = (0..<200).compactMap { _ in RawClient(port: running.port) }
            XCTAssertEqual(clients.count, 200)
            for (i, c) in clients.enumerated() { c.send(get("/c\(i)")) }
            for (i, c) in clients.enumerated() { XCTAssertEqual(c.readResponse()?.body, "GET /c\(i) 0") }
            XCTAssertEqual(running.server.activeConnections, 200)
            // Errors and mid-request hang-ups on some of them.
            for c in clients.prefix(20) { c.send("BAD\r\n\r\n") }
            for c in clients.dropFirst(20).prefix(20) { c.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab") }
        }
        XCTAssertTrue(running.waitUntilIdle())
        XCTAssertEqual(openDescriptors(), before, "every connection's descriptor is closed")
    }

    func testConnectionCapAnswers503() throws {
        var limits = HTTPLimits()
        limits.connections = 2
        let running = try RunningServer(limits: limits, handler: Self.echo)
        defer { running.stop() }
        let a = try XCTUnwrap(RawClient(port: running.port)), b = try XCTUnwrap(RawClient(port: running.port))
        a.send(get("/a")); b.send(get("/b"))
        XCTAssertEqual(a.readResponse()?.status, 200)
        XCTAssertEqual(b.readResponse()?.status, 200)
        let c = try XCTUnwrap(RawClient(port: running.port))
        let refused = c.readResponse()
        XCTAssertEqual(refused?.status, 503)
        XCTAssertEqual(refused?.headers["retry-after"], "1")
        XCTAssertTrue(c.closedByServer())
    }

    func testSecurityHeadersOnEveryResponseAndCORSOnlyWhenAsked() throws {
        let running = try RunningServer(handler: Self.echo)
        let client = try XCTUnwrap(RawClient(port: running.port))
        client.send(get("/x"))
        let r = try XCTUnwrap(client.readResponse())
        XCTAssertEqual(r.headers["content-security-policy"], "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
        XCTAssertEqual(r.headers["x-content-type-options"], "nosniff")
        XCTAssertEqual(r.headers["referrer-policy"], "no-referrer")
        XCTAssertNil(r.headers["access-control-allow-origin"])
        client.send("HEAD /x HTTP/1.1\r\nHost: x\r\n\r\n")
        let head = try XCTUnwrap(client.readResponse(headOnly: true))
        XCTAssertEqual(head.headers["content-length"], "9", "the length GET would send (\"HEAD /x 0\")")
        XCTAssertEqual(head.body, "", "HEAD has no body")
        running.stop()
        let cors = try RunningServer(allowOrigin: "https://intranet.example.gov.uk", handler: Self.echo)
        defer { cors.stop() }
        let other = try XCTUnwrap(RawClient(port: cors.port))
        other.send(get("/x"))
        XCTAssertEqual(other.readResponse()?.headers["access-control-allow-origin"], "https://intranet.example.gov.uk")
        other.send("OPTIONS /api/check HTTP/1.1\r\nHost: x\r\nOrigin: https://intranet.example.gov.uk\r\nAccess-Control-Request-Method: POST\r\n\r\n")
        let preflight = other.readResponse()
        XCTAssertEqual(preflight?.status, 204)
        XCTAssertEqual(preflight?.headers["access-control-allow-methods"], "GET, POST")
    }

    func testStopFinishesInFlightRequestsThenReturns() throws {
        let running = try RunningServer(handler: Self.echo)
        let port = running.port
        let client = try XCTUnwrap(RawClient(port: port))
        let idle = try XCTUnwrap(RawClient(port: port))
        idle.send(get("/idle"))
        XCTAssertEqual(idle.readResponse()?.status, 200)
        client.send(get("/slow"))
        usleep(100_000)
        running.server.stop()
        let r = client.readResponse()
        XCTAssertEqual(r?.body, "GET /slow 0", "the in-flight request is answered")
        XCTAssertEqual(r?.headers["connection"], "close")
        XCTAssertEqual(running.finished.wait(timeout: .now() + 5), .success)
        XCTAssertTrue(idle.closedByServer(), "idle keep-alive connections are closed")
        XCTAssertNil(RawClient(port: port), "no longer accepting")
    }

    func testAccessLogHasNoBodyAndNoQuery() throws {
        let running = try RunningServer(handler: Self.echo)
        defer { running.stop() }
        let client = try XCTUnwrap(RawClient(port: running.port))
        let body = "text=Confidential+draft+by+Cllr+Jane+Doe"
        client.send("GET /v2/check?text=Secret+draft HTTP/1.1\r\nHost: x\r\n\r\nPOST /v2/check HTTP/1.1\r\nHost: x\r\nContent-Length: \(body.count)\r\n\r\n\(body)")
        XCTAssertEqual(client.readResponse()?.status, 200)
        XCTAssertEqual(client.readResponse()?.status, 200)
        XCTAssertTrue(running.waitForLog("POST /v2/check 200"))
        let log = running.log.all.joined(separator: "\n")
        XCTAssertTrue(log.contains("127.0.0.1 GET /v2/check 200 "), log)
        XCTAssertFalse(log.contains("Secret") || log.contains("Confidential") || log.contains("text="), log)
    }

    func testHTTP10KeepAliveIsAnnounced() throws {
        let running = try RunningServer(handler: Self.echo)
        defer { running.stop() }
        let client = try XCTUnwrap(RawClient(port: running.port))
        client.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.headers["connection"], "keep-alive")
        client.send("GET /b HTTP/1.0\r\n\r\n")
        XCTAssertEqual(client.readResponse()?.headers["connection"], "close")
        XCTAssertTrue(client.closedByServer())
    }

    func testPortInUseIsAClearError() throws {
        let running = try RunningServer(handler: Self.echo)
        defer { running.stop() }
        var configuration = HTTPServer.Configuration()
        configuration.port = running.port
        let second = HTTPServer(configuration: configuration, handler: Self.echo)
        XCTAssertThrowsError(try second.bind()) { error in
            XCTAssertTrue((error as? HTTPServer.StartError)?.message.contains("in use") ?? false, "\(error)")
        }
    }
}
