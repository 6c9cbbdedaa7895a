import XCTest
@testable import PreElectionCLI

/// Offsets from the checked text back to what a LanguageTool client sent, in UTF-16 code units.
final class AnnotatedTextTests: XCTestCase {
    func testPlainTextCountsSurrogatePairsAndAccents() {
        let text = "dŵr 😀 Vote"
        let doc = AnnotatedText(text: text)
        let start = Array(text.utf8).count - 4
        XCTAssertEqual(doc.originalRange(start..<(start + 4)), 7..<11, "ŵ is one unit, 😀 two")
    }

    func testMarkupIsCountedAndInterpretAsMapsToTheWholeTag() throws {
        let doc = try AnnotatedText.parse(json: #"{"annotation":[{"markup":"<p>"},{"text":"Hi"},{"markup":"<br/>","interpretAs":"\n"},{"text":"Vote"}]}"#)
        XCTAssertEqual(doc.plain, "Hi\nVote")
        XCTAssertEqual(doc.originalRange(3..<7), 10..<14, "<p>Hi<br/> is 10 units before Vote")
        XCTAssertEqual(doc.originalRange(0..<2), 3..<5)
        XCTAssertEqual(doc.originalRange(0..<7), 3..<14, "a finding across the tag spans it")
        XCTAssertEqual(doc.originalRange(2..<3), 5..<10, "the stand-in newline maps to the whole <br/>")
    }

    func testBadAnnotatedTextSaysWhatIsWrong() {
        XCTAssertThrowsError(try AnnotatedText.parse(json: "{"))
        XCTAssertThrowsError(try AnnotatedText.parse(json: #"{"annotation":[{"neither":1}]}"#)) { error in
            XCTAssertTrue((error as? AnnotatedText.Failure)?.message.contains("item 0") ?? false)
        }
    }

    func testLargeTextMapsThroughCheckpoints() {
        let text = String(repeating: "é", count: 10_000) + "Vote"
        let doc = AnnotatedText(text: text)
        XCTAssertEqual(doc.originalRange(20_000..<20_004), 10_000..<10_004)
    }
}
