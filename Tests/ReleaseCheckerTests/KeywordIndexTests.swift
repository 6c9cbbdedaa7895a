import XCTest
@testable import ReleaseChecker

/// The open-addressing word table every word of a release is looked up in.
final class KeywordIndexTests: XCTestCase {
    func testInsertLookupMergeAndGrowth() {
        var index = KeywordIndex(capacity: 2)
        let words = (0..<5000).map { "word\($0)" }
        for (i, w) in words.enumerated() { index.insert(TextScanner.key(w), UInt32(i + 1)) }
        XCTAssertEqual(index.count, 5000)
        for (i, w) in words.enumerated() { XCTAssertEqual(index.lookup(TextScanner.key(w)), UInt32(i + 1)) }
        XCTAssertEqual(index.lookup(TextScanner.key("absent"), missing: 99), 99)
        index.insert(TextScanner.key("word1"), 1 << 20, merge: true)
        XCTAssertEqual(index.lookup(TextScanner.key("word1")), 2 | 1 << 20)
        XCTAssertFalse(index.contains(TextScanner.key("word5000")))
    }
}
