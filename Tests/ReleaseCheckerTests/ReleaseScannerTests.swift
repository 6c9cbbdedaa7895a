import Foundation
import XCTest
import ElectionCalendar
@testable import ReleaseChecker

/// The whole check: time and memory bounded by the text's size, the per-file cap on findings, and the
/// hand-offs between rules.
final class ReleaseScannerTests: XCTestCase {
    /// Seconds to check `text`, the best of three runs, so that other work on the machine does not decide a ratio.
    func seconds(_ text: String) -> Double {
        (0..<3).map { _ in
            let start = Date()
            _ = Fixture.report(text)
            return Date().timeIntervalSince(start)
        }.min() ?? 0
    }

    func testLongLineWithManyFindingsIsLinear() {
        // One 416 KB line of calls to vote: every sentence is a finding. Twice the text takes about twice the time
        // (quadratic: 4×).
        let half = seconds(String(repeating: "Vote Labour. ", count: 8_000))
        let double = seconds(String(repeating: "Vote Labour. ", count: 16_000))
        XCTAssertLessThan(double, 3 * half + 0.05, "8,000 sentences: \(half) s; 16,000: \(double) s")
        let text = String(repeating: "Vote Labour. ", count: 32_000)
        let report = Fixture.report(text)
        XCTAssertEqual(report.findings.count, ReleaseScanner.maximumFindings)
        XCTAssertEqual(report.hiddenFindings, 32_000 - ReleaseScanner.maximumFindings)
        XCTAssertEqual(report.findings.last?.line, 1)
    }

    /// Record claims in members' quotations on one long line ("Cllr Jane Doe said: “We delivered.”" again and again)
    /// read only a window of the line around each claim: twice the text takes about twice the time, not four times.
    func testLongLineOfRecordClaimsIsLinear() {
        let sentence = "Vote Labour. Cllr Jane Doe said: \"We delivered.\" "
        let half = seconds(String(repeating: sentence, count: 2_000))
        let double = seconds(String(repeating: sentence, count: 4_000))
        XCTAssertLessThan(double, 3 * half + 0.05, "2,000 sentences: \(half) s; 4,000: \(double) s")
    }

    func testCapKeepsTheFirstFindingsInTextOrderAndCountsTheRest() {
        let text = (1...(ReleaseScanner.maximumFindings + 5)).map { "Line \($0): vote Labour." }.joined(separator: "\n")
        let report = Fixture.report(text)
        XCTAssertEqual(report.findings.count, ReleaseScanner.maximumFindings)
        XCTAssertEqual(report.findings.first?.line, 1)
        XCTAssertEqual(report.hiddenFindings, 5)
        XCTAssertEqual(ReportWording.hiddenFindings(5), "5 more findings not shown: fix these first, then check again")
        XCTAssertEqual(ReportWording.hiddenFindings(1), "1 more finding not shown: fix these first, then check again")
    }

    func testACallToVoteTakesItsPartyMention() {
        let findings = Fixture.findings("Vote Labour on 7 May.")
        XCTAssertEqual(findings.map(\.rule), [.electioneering])
    }

    func testMechanicalFixesCarryReplacements() {
        let f = Fixture.findings("The Labour-led administration has approved the plan.")
        XCTAssertEqual(f.first?.replacements, ["council"])
        XCTAssertEqual(Fixture.findings("Share your photos with #VoteLabour today.").first?.replacements, [""])
        XCTAssertEqual(Fixture.findings("Cllr Jane Doe said: “Hello.”").first?.replacements, [])
    }
}
