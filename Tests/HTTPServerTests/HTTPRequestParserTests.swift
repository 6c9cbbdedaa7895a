import XCTest
@testable import HTTPServer

/// The parser alone: RFC 9112 framing, the limits, and the strictness that prevents request smuggling.
final class HTTPRequestParserTests: XCTestCase {
    func parse(_ text: String, limits: HTTPLimits = HTTPLimits()) -> [HTTPRequestParser.Event] {
        var parser = HTTPRequestParser(limits: limits)
        parser.append(Array(text.utf8))
        var events: [HTTPRequestParser.Event] = []
        while true {
            let event = parser.next()
            events.append(event)
            if case .request = event { continue }
            return events
        }
    }

    func request(_ text: String) -> HTTPRequest? {
        if case .request(let r) = parse(text).first { return r }
        return nil
    }

    func status(_ text: String, limits: HTTPLimits = HTTPLimits()) -> Int? {
        for event in parse(text, limits: limits) { if case .failure(let e) = event { return e.status } }
        return nil
    }

    func testLanguageToolCheckRequest() throws {
        let body = "language=en-GB&text=Cllr+Jane+Doe+said+%E2%80%9Chi%E2%80%9D"
        let r = try XCTUnwrap(request("POST /v2/check?x=1 HTTP/1.1\r\nHost: localhost:8081\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: \(body.utf8.count)\r\n\r\n\(body)"))
        XCTAssertEqual(r.method, "POST")
        XCTAssertEqual(r.path, "/v2/check")
        XCTAssertEqual(r.query, "x=1")
        XCTAssertEqual(r.header("content-type"), "application/x-www-form-urlencoded")
        XCTAssertEqual(String(decoding: r.body, as: UTF8.self), body)
        XCTAssertTrue(r.keepAlive)
    }

    func testPipelinedRequestsComeOutInOrder() {
        let events = parse("GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\nGET /c HTTP/1.1\r\nHost: x\r\n\r\n")
        let paths = events.compactMap { if case .request(let r) = $0 { return r.path } else { return nil } }
        XCTAssertEqual(paths, ["/a", "/b", "/c"])
        if case .request(let b) = events[1] { XCTAssertFalse(b.keepAlive) }
    }

    func testByteAtATimeGivesTheSameRequest() {
        let text = "POST /api/check HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: t\r\n\r\n"
        var parser = HTTPRequestParser()
        var got: HTTPRequest?
        for byte in text.utf8 {
            parser.append([byte])
            if case .request(let r) = parser.next() { got = r }
        }
        XCTAssertEqual(got.map { String(decoding: $0.body, as: UTF8.self) }, "hello world")
        XCTAssertNil(got?.header("Trailer"), "trailer fields are not merged into the headers")
    }

    func testHTTP10AndBareLF() {
        let r = request("GET / HTTP/1.0\n\n")
        XCTAssertEqual(r?.minorVersion, 0)
        XCTAssertEqual(r?.keepAlive, false)
        XCTAssertEqual(request("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")?.keepAlive, true)
        XCTAssertEqual(request("\r\nGET /after-blank HTTP/1.1\r\nHost: x\r\n\r\n")?.path, "/after-blank")
    }

    func testAbsoluteFormKeepsThePath() {
        XCTAssertEqual(request("GET http://example.org:8081/v2/languages HTTP/1.1\r\nHost: example.org\r\n\r\n")?.path, "/v2/languages")
    }

    func testMalformedRequestLinesAre400() {
        XCTAssertEqual(status("GET /\r\nHost: x\r\n\r\n"), 400)
        XCTAssertEqual(status("GET  / HTTP/1.1\r\nHost: x\r\n\r\n"), 400)
        XCTAssertEqual(status("G(T / HTTP/1.1\r\nHost: x\r\n\r\n"), 400)
        XCTAssertEqual(status("GET /a b HTTP/1.1\r\nHost: x\r\n\r\n"), 400)
        XCTAssertEqual(status("GET / HTTX/1.1\r\nHost: x\r\n\r\n"), 400)
        XCTAssertEqual(status("GET relative HTTP/1.1\r\nHost: x\r\n\r\n"), 400)
        XCTAssertEqual(status("GET / HTTP/2.0\r\nHost: x\r\n\r\n"), 505)
        XCTAssertEqual(status("GET / HTTP/1.1\rHost: x\r\n\r\n"), 400, "bare CR")
        XCTAssertEqual(status("\u{16}\u{03}\u{01}\u{02}\u{00} TLS hello\r\n\r\n"), 400, "TLS sent to the plain port")
    }

    func testHeaderRulesThatPreventSmuggling() {
        XCTAssertEqual(status("GET / HTTP/1.1\r\n\r\n"), 400, "no Host")
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"), 400)
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n  folded\r\n\r\n"), 400, "obs-fold")
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost : a\r\n\r\n"), 400, "space before the colon")
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"), 400)
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd"), 400)
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n"), 400)
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x10\r\n\r\n"), 400)
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"), 501)
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"), 400)
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n"), 400, "chunk data longer than its size")
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost: a\r\nX: a\u{01}b\r\n\r\n"), 400, "control character in a value")
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nExpect: something\r\nContent-Length: 1\r\n\r\nx"), 417)
        XCTAssertEqual(status("POST /v2/check HTTP/1.1\r\nHost: a\r\n\r\n"), 411, "a POST with no length")
    }

    func testLimits() {
        var limits = HTTPLimits()
        limits.bodyBytes = 100
        limits.headerFields = 5
        XCTAssertEqual(status("GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\nHost: a\r\n\r\n"), 414)
        XCTAssertEqual(status("GET /" + String(repeating: "a", count: 9000)), 414, "too long before the line even ends")
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "b", count: 17_000) + "\r\n\r\n"), 431)
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost: a\r\n" + String(repeating: "X: 1\r\n", count: 6) + "\r\n", limits: limits), 431)
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 101\r\n\r\n", limits: limits), 413)
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n" + String(repeating: "x", count: 64) + "\r\n40\r\n", limits: limits), 413)
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nFFFFFFFFFFFF\r\n"), 413)
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n"), 400)
        // The default body limit is 10 MB.
        XCTAssertEqual(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: \(10 * 1024 * 1024 + 1)\r\n\r\n"), 413)
        XCTAssertNil(status("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: \(10 * 1024 * 1024)\r\n\r\n"), "exactly 10 MB is waited for, not refused")
    }

    func testExpectContinueIsSignalledUntilTheBodyArrives() {
        var parser = HTTPRequestParser()
        parser.append(Array("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 2\r\n\r\n".utf8))
        guard case .incomplete = parser.next() else { return XCTFail("the body has not arrived") }
        XCTAssertTrue(parser.expectsContinue)
        parser.append(Array("ok".utf8))
        guard case .request(let r) = parser.next() else { return XCTFail("expected the request") }
        XCTAssertEqual(r.body, Array("ok".utf8))
        XCTAssertFalse(parser.expectsContinue)
        XCTAssertFalse(parser.hasPartialRequest)
    }

    func testLargePipelinedBatchIsLinear() {
        let one = "GET /v2/languages HTTP/1.1\r\nHost: a\r\n\r\n"
        var parser = HTTPRequestParser()
        parser.append(Array(String(repeating: one, count: 20_000).utf8))
        var count = 0
        let start = Date()
        while case .request = parser.next() { count += 1 }
        XCTAssertEqual(count, 20_000)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5, "20,000 pipelined requests should parse in well under a second")
    }
}
