import XCTest
@testable import PreElectionCLI

final class JSONValueTests: XCTestCase {
    func testEscapingAndKeyOrder() throws {
        let value = JSONValue.object([("b", .string("quote \" backslash \\ newline \n tab \t bell \u{07} pound £")), ("a", .array([.number(1), .bool(true), .null]))])
        let text = value.rendered()
        XCTAssertTrue(text.contains("\\u0007"))
        XCTAssertLessThan(try XCTUnwrap(text.range(of: "\"b\"")).lowerBound, try XCTUnwrap(text.range(of: "\"a\"")).lowerBound)
        let parsed = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(parsed["b"] as? String, "quote \" backslash \\ newline \n tab \t bell \u{07} pound £")
    }
}
