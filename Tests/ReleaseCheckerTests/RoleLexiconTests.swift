import XCTest
@testable import ReleaseChecker

/// Who a role names: members (Leader, Cabinet Member, chair of a council body), officers, or others.
final class RoleLexiconTests: XCTestCase {
    func holder(_ text: String) -> RoleLexicon.Holder? {
        let s = TextScanner(text)
        let classes = Lexicon.classify(s)
        return RoleLexicon.match(s, classes: classes, at: 0)?.role.holder
    }

    func testMembersOfficersAndOthers() {
        XCTAssertEqual(holder("Leader of the Council"), .member)
        XCTAssertEqual(holder("Cabinet Member for Housing and Planning"), .member)
        XCTAssertEqual(holder("Chair of the Planning Committee"), .member)
        XCTAssertEqual(holder("Chairman of Westholm Town Council"), .member)
        XCTAssertEqual(holder("convener of the education committee"), .member)
        XCTAssertEqual(holder("Chair of the Friends of Mill Park"), .other)
        XCTAssertEqual(holder("Head of Parks"), .officer)
        XCTAssertEqual(holder("Chief Executive"), .officer)
        XCTAssertEqual(holder("Chief Inspector"), .other)
        XCTAssertEqual(holder("MP for Exampleton"), .member)
        XCTAssertNil(holder("mp3 player"))
        XCTAssertNil(holder("chair of governors"), "lower-case chair is furniture or a school role")
    }

    func testPortfolioListsStayInTheRole() {
        let s = TextScanner("Cabinet Member for Leisure, Culture and Tourism, said")
        XCTAssertEqual(RoleLexicon.match(s, classes: Lexicon.classify(s), at: 0).map { s.text(tokens: 0, $0.last) }, "Cabinet Member for Leisure, Culture and Tourism")
        let t = TextScanner("Cabinet Member for Housing, Cllr Jane Doe, said")
        XCTAssertEqual(RoleLexicon.match(t, classes: Lexicon.classify(t), at: 0).map { t.text(tokens: 0, $0.last) }, "Cabinet Member for Housing")
    }
}
