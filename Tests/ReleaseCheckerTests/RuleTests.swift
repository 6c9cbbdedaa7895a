import XCTest
@testable import ReleaseChecker

/// Rule ids are fixed, and every rule's guidance names its source.
final class RuleTests: XCTestCase {
    func testRuleIds() {
        XCTAssertEqual(Rule.allCases.map(\.rawValue), ["member-quote", "member-reference", "party-reference", "electioneering", "member-photo", "controversial-topic"])
        XCTAssertEqual(Rule(id: "Member-Quote"), .memberQuote)
    }

    func testGuidanceCitesTheCodeLGAOrStatute() {
        for rule in Rule.allCases {
            for inPeriod in [true, false] {
                let g = rule.guidance(inPeriod: inPeriod)
                XCTAssertTrue(g.contains("para 34") || g.contains("s2") || g.contains("LGA short guide"), "\(rule) \(inPeriod)")
            }
        }
        XCTAssertTrue(Rule.memberPhoto.guidance(inPeriod: true).contains("'should not' item 4"))
        XCTAssertTrue(Rule.partyReference.guidance(inPeriod: false).contains("Local Government Act 1986 s2"))
    }

    func testSeverityTable() {
        XCTAssertEqual(Rule.allCases.map(\.inPeriodSeverity), [.error, .warning, .error, .error, .error, .warning])
        XCTAssertEqual(Rule.allCases.map(\.outsidePeriodSeverity), [.info, .info, .error, .error, .info, .info])
    }
}
