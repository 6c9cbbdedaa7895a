import XCTest
@testable import HTTPServer

/// URL-encoded forms as LanguageTool clients send them.
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
}
