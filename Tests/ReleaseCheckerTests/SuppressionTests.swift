import XCTest
@testable import ReleaseChecker

/// `preelection: ignore RULE -- reason` silences that rule in the next paragraph; a reason is required; every
/// suppression is listed.
final class SuppressionTests: XCTestCase {
    let quote = "Cllr Jane Doe said: “Please check on your neighbours tonight.”"

    func testSuppressionSilencesTheNextParagraphOnly() {
        let text = "preelection: ignore member-quote -- flood emergency, agreed by the Monitoring Officer\n\(quote)\n\n\(quote)"
        let report = Fixture.report(text)
        XCTAssertEqual(report.findings.map(\.line), [4])
        XCTAssertEqual(report.suppressions.count, 1)
        XCTAssertEqual(report.suppressions[0].silenced.map(\.line), [2])
        XCTAssertEqual(report.suppressions[0].reason, "flood emergency, agreed by the Monitoring Officer")
        XCTAssertEqual(report.suppressions[0].appliesTo, 2...2)
        XCTAssertTrue(report.suppressions[0].isValid)
    }

    func testInsideAnHTMLCommentAndAfterABlankLine() {
        let text = "<!-- preelection: ignore member-quote, member-reference — emergency -->\n\n\(quote)"
        let report = Fixture.report(text)
        XCTAssertEqual(report.findings.count, 0)
        XCTAssertEqual(report.suppressions.first?.rules, [.memberQuote, .memberReference])
        XCTAssertEqual(report.suppressions.first?.appliesTo, 3...3)
    }

    func testMissingReasonIsReportedAndSilencesNothing() {
        let report = Fixture.report("preelection: ignore member-quote\n\(quote)")
        XCTAssertEqual(report.findings.map(\.rule), [.memberQuote])
        XCTAssertFalse(report.suppressions[0].isValid)
        XCTAssertTrue(report.suppressions[0].problem?.hasPrefix("no reason given") ?? false)
    }

    func testUnknownRuleIsReported() {
        let report = Fixture.report("preelection: ignore member-quotes -- typo\n\(quote)")
        XCTAssertEqual(report.findings.count, 1)
        XCTAssertTrue(report.suppressions[0].problem?.contains("unknown rule 'member-quotes'") ?? false)
    }

    func testOtherRulesInTheParagraphStayReported() {
        let report = Fixture.report("preelection: ignore member-quote -- emergency\nThe Labour group leader, Cllr Jane Doe, said: “Stay safe.”")
        XCTAssertEqual(report.findings.map(\.rule), [.partyReference])
    }

    func testTheSuppressionTextItselfIsNeverScanned() {
        let report = Fixture.report("preelection: ignore party-reference -- the Labour group asked for this\nBins are collected on Monday.")
        XCTAssertEqual(report.findings.count, 0)
        XCTAssertEqual(report.suppressions[0].silenced.count, 0)
    }
}
