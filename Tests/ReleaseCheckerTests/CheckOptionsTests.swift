import XCTest
import ElectionCalendar
@testable import ReleaseChecker

/// Severity follows the calendar, with real periods: English locals 7 May 2026 (30 March–7 May 2026)
/// and the UK general election of 4 July 2024 (dissolution 30 May 2024).
final class CheckOptionsTests: XCTestCase {
    let release = "Cllr Jane Doe said: “Vote for me on 7 May.” The Labour group agreed. Cllr Ann Lee attended."
    let ge2024 = PreElectionPeriod(start: CivilDate(year: 2024, month: 5, day: 30)!, end: CivilDate(year: 2024, month: 7, day: 4)!,
                                   elections: ["parl.2024-07-04"], basis: "dissolution")

    func severities(_ date: CivilDate, overrides: [Rule: Severity] = [:], disabled: Set<Rule> = []) -> [Rule: Severity] {
        let options = CheckOptions(publicationDate: date, periods: [Fixture.period2026, ge2024], severityOverrides: overrides, disabledRules: disabled)
        var out: [Rule: Severity] = [:]
        for f in ReleaseScanner.check(text: release, options: options).findings { out[f.rule] = f.severity }
        return out
    }

    func testInsideThePeriod() {
        let s = severities(CivilDate(year: 2026, month: 3, day: 30)!)  // first day of the period
        XCTAssertEqual(s, [.memberQuote: .error, .electioneering: .error, .partyReference: .error, .memberReference: .warning])
        XCTAssertEqual(severities(CivilDate(year: 2024, month: 6, day: 12)!)[.memberQuote], .error, "general election 2024")
    }

    func testOutsideEveryPeriodElectioneeringAndPartiesStayErrors() {
        let s = severities(CivilDate(year: 2026, month: 5, day: 8)!)  // the day after polling day
        XCTAssertEqual(s, [.memberQuote: .info, .electioneering: .error, .partyReference: .error, .memberReference: .info])
    }

    func testOverridesSetTheInPeriodSeverityAndNeverRaiseOutside() {
        let inside = severities(CivilDate(year: 2026, month: 4, day: 1)!, overrides: [.memberReference: .error, .partyReference: .warning])
        XCTAssertEqual(inside[.memberReference], .error)
        XCTAssertEqual(inside[.partyReference], .warning)
        let outside = severities(CivilDate(year: 2026, month: 2, day: 2)!, overrides: [.memberReference: .error, .partyReference: .warning])
        XCTAssertEqual(outside[.memberReference], .info)
        XCTAssertEqual(outside[.partyReference], .warning)
        XCTAssertNil(severities(CivilDate(year: 2026, month: 4, day: 1)!, disabled: [.memberReference])[.memberReference])
    }

    func testAPeriodStartingWithinFourteenDaysIsAnnounced() {
        let options = CheckOptions(publicationDate: CivilDate(year: 2026, month: 3, day: 20)!, periods: [Fixture.period2026])
        let report = ReleaseScanner.check(text: release, options: options)
        XCTAssertFalse(report.inPeriod)
        XCTAssertEqual(report.upcomingPeriod, Fixture.period2026)
        XCTAssertEqual(report.daysUntilUpcomingPeriod, 10)
        let early = ReleaseScanner.check(text: release, options: CheckOptions(publicationDate: CivilDate(year: 2026, month: 3, day: 15)!, periods: [Fixture.period2026]))
        XCTAssertNil(early.upcomingPeriod, "15 days before: outside the window")
        let inside = ReleaseScanner.check(text: release, options: CheckOptions(publicationDate: CivilDate(year: 2026, month: 4, day: 1)!, periods: [Fixture.period2026]))
        XCTAssertNil(inside.upcomingPeriod)
        XCTAssertEqual(inside.periods, [Fixture.period2026])
    }
}
