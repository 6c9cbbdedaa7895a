import XCTest
@testable import HTTPServer

/// URL-encoded forms as LanguageTool clients send them, and the multipart form the upload page sends.
final class FormFieldsTests: XCTestCase {
    func testDecodesPlusPercentAndUTF8() throws {
        let form = try FormFields.parse(Array("text=Cyngor+Sir+Ceredigion%3A+%C3%A2%C3%B4%C5%B5&language=cy&empty=&flag".utf8), maxFields: 10)
        XCTAssertEqual(form["text"], "Cyngor Sir Ceredigion: âôŵ")
        XCTAssertEqual(form["language"], "cy")
        XCTAssertEqual(form["empty"], "")
        XCTAssertEqual(form["flag"], "")
        XCTAssertEqual(FormFields.decode(Array("100%+sure%zz%4".utf8)), "100% sure%zz%4", "malformed escapes are kept as written")
    }

    func testFieldCountLimitIs413() {
        XCTAssertThrowsError(try FormFields.parse(Array(String(repeating: "a=1&", count: 11).utf8), maxFields: 10)) { error in
            XCTAssertEqual((error as? HTTPError)?.status, 413)
        }
    }

    func testMultipartTextAndFile() throws {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nPasted\r\nrelease\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"release.txt\"\r\nContent-Type: text/plain\r\n\r\nFrom a file\r\n--XyZ\r\nContent-Disposition: form-data; name=\"date\"\r\n\r\n2027-04-20\r\n--XyZ\r\nContent-Disposition: form-data; name=\"empty\"\r\n\r\n\r\n--XyZ--\r\n"
        let form = try MultipartForm.parse(Array(body.utf8), boundary: "XyZ", maxParts: 10)
        XCTAssertEqual(form.text("text"), "Pasted\r\nrelease")
        XCTAssertEqual(form["file"]?.filename, "release.txt")
        XCTAssertEqual(form.text("file"), "From a file")
        XCTAssertEqual(form.text("date"), "2027-04-20")
        XCTAssertEqual(form.text("empty"), "")
    }

    func testMultipartErrors() {
        XCTAssertThrowsError(try MultipartForm.parse(Array("no boundary here".utf8), boundary: "XyZ", maxParts: 10))
        XCTAssertThrowsError(try MultipartForm.parse(Array("--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ncut short".utf8), boundary: "XyZ", maxParts: 10))
        let many = String(repeating: "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n", count: 5) + "--B--\r\n"
        XCTAssertThrowsError(try MultipartForm.parse(Array(many.utf8), boundary: "B", maxParts: 4)) { error in
            XCTAssertEqual((error as? HTTPError)?.status, 413)
        }
        XCTAssertThrowsError(try MultipartForm.parse([], boundary: "", maxParts: 4))
    }

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
