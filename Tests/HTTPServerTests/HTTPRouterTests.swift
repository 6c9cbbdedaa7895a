import XCTest
@testable import HTTPServer

/// Routing (404/405 with Allow) and response serialisation.
final class HTTPRouterTests: XCTestCase {
    func testRouter404And405() {
        var router = HTTPRouter()
        router.add("GET", "/v2/languages") { _ in HTTPResponse(contentType: "application/json", text: "[]") }
        XCTAssertEqual(router.respond(to: HTTPRequest(method: "GET", target: "/v2/languages?x")).status, 200)
        XCTAssertEqual(router.respond(to: HTTPRequest(method: "HEAD", target: "/v2/languages")).status, 200)
        XCTAssertEqual(router.respond(to: HTTPRequest(method: "GET", target: "/etc/passwd")).status, 404)
        let wrong = router.respond(to: HTTPRequest(method: "DELETE", target: "/v2/languages"))
        XCTAssertEqual(wrong.status, 405)
        XCTAssertEqual(wrong.headers.first { $0.name == "Allow" }?.value, "GET, HEAD")
    }

    func testResponseHeadersCannotBeSplit() {
        let r = HTTPResponse(status: 200, headers: [("X-Name", "a\r\nSet-Cookie: evil")], body: [])
        let text = String(decoding: r.serialized(extra: [], keepAlive: true), as: UTF8.self)
        XCTAssertTrue(text.contains("X-Name: aSet-Cookie: evil\r\n"))
        XCTAssertFalse(text.contains("\r\nSet-Cookie"))
    }
}
