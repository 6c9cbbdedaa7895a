import XCTest
import ElectionCalendar
@testable import ReleaseChecker

/// Severities order by urgency and parse as config files write them.
final class SeverityTests: XCTestCase {
    func testOrderAndParsing() {
        XCTAssertTrue(Severity.info < .warning && Severity.warning < .error)
        XCTAssertEqual([Severity.error, .info, .warning].max(), .error)
        XCTAssertEqual(Severity(argument: "Warn"), .warning)
        XCTAssertEqual(Severity(argument: "ERROR"), .error)
        XCTAssertNil(Severity(argument: "high"))
    }

    func testOutsideAPeriodOnlyPartyPromotionStaysAnError() {
        let outside = CivilDate(year: 2026, month: 6, day: 10)!  // after the 7 May 2026 polls
        // A neutral mention — who proposed a motion — is information outside a period.
        let neutral = Fixture.findings("The motion was proposed by the Green Party group and agreed by the council.", date: outside)
            .filter { $0.rule == .partyReference }
        XCTAssertFalse(neutral.isEmpty)
        // (a "group" label is still a party-political tag: it promotes the group)
        let plain = Fixture.findings("Representatives of Plaid Cymru and the Liberal Democrats attended the flood briefing.", date: outside)
            .filter { $0.rule == .partyReference }
        XCTAssertFalse(plain.isEmpty)
        XCTAssertTrue(plain.allSatisfy { $0.severity == .info }, "\(plain.map(\.severity))")
        // Crediting the party with the council's work is party-political promotion at any time (LGA 1986 s2).
        let credit = Fixture.findings("The Labour-led administration has delivered 300 new homes.", date: outside).filter { $0.rule == .partyReference }
        XCTAssertEqual(credit.map(\.severity), [Severity.error])
        let record = Fixture.findings("Thanks to the Conservatives, bin collections are weekly again.", date: outside).filter { $0.rule == .partyReference }
        XCTAssertEqual(record.map(\.severity), [Severity.error])
        // Inside a period every party reference is an error.
        XCTAssertTrue(Fixture.findings("Representatives of Plaid Cymru and the Liberal Democrats attended the flood briefing.")
            .filter { $0.rule == .partyReference }.allSatisfy { $0.severity == .error })
    }
}
