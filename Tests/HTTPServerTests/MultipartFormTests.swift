import XCTest
@testable import HTTPServer

/// The multipart form the upload page sends, read by hand within limits.
final class MultipartFormTests: XCTestCase {
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
}
