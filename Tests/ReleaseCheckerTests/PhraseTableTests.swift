import XCTest
@testable import ReleaseChecker

/// Multi-word phrases match longest first, hyphen or space alike, and never across a paragraph.
final class PhraseTableTests: XCTestCase {
    let table = PhraseTable<String>([("labour", "short"), ("labour party", "long"), ("low traffic neighbourhood", "ltn"), ("co operative", "coop")])

    func match(_ text: String) -> String? {
        let s = TextScanner(text)
        return table.match(s, at: 0).map { table.entries[$0.entry].payload }
    }

    func testLongestFirstAndFolding() {
        XCTAssertEqual(match("Labour Party members"), "long")
        XCTAssertEqual(match("LABOUR councillors"), "short")
        XCTAssertEqual(match("Low-Traffic Neighbourhood"), "ltn")
        XCTAssertEqual(match("Co-operative"), "coop")
        XCTAssertNil(match("low traffic"), "a prefix of a phrase is not the phrase")
    }

    func testNotAcrossAParagraph() {
        XCTAssertEqual(match("Labour\n\nParty"), "short")
        XCTAssertNil(match("low traffic\n\nneighbourhood"))
    }
}
