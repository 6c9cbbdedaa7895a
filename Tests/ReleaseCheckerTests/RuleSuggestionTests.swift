import XCTest
@testable import ReleaseChecker

/// "Did you mean …?" for rule ids typed into suppressions.
final class RuleSuggestionTests: XCTestCase {
    func testNearMissesAreSuggested() {
        XCTAssertEqual(Rule.closest(to: "member-qoute"), .memberQuote)
        XCTAssertEqual(Rule.closest(to: "memberquote"), .memberQuote)
        XCTAssertEqual(Rule.closest(to: "party-ref"), .partyReference)
        XCTAssertEqual(Rule.closest(to: "Electionering"), .electioneering)
        XCTAssertEqual(Rule.closest(to: "member-photos"), .memberPhoto)
        XCTAssertNil(Rule.closest(to: "spelling"), "nothing close: the list of rules is shown instead")
    }

    func testTheSuppressionSaysIt() {
        let report = Fixture.report("preelection: ignore party-refrence -- agreed\nThe Labour group agreed.\n")
        XCTAssertEqual(report.suppressions.first?.problem, "unknown rule 'party-refrence': did you mean 'party-reference'?")
        XCTAssertEqual(report.findings.map(\.rule), [.partyReference], "an invalid suppression silences nothing")
    }
}
