import XCTest
@testable import ElectionCalendar

final class PeriodPlannerTests: XCTestCase {
    func period(_ start: String, _ end: String, _ id: String) -> PreElectionPeriod {
        PreElectionPeriod(start: Fixture.date(start), end: Fixture.date(end), elections: [id], basis: "b \(id)")
    }

    func testOverlappingAndTouchingPeriodsMergeButGapsDoNot() {
        let merged = PeriodPlanner.merge([
            period("2026-03-30", "2026-05-07", "local.2026-05-07"),
            period("2026-05-08", "2026-05-21", "parl.x.by.2026-05-21"),  // touches: starts the day after
            period("2026-03-26", "2026-05-07", "pcc.2026-05-07"),
            period("2026-06-01", "2026-07-02", "parl.y.by.2026-07-02"),  // a gap
        ])
        XCTAssertEqual(merged.count, 2)
        XCTAssertEqual(merged[0].start.iso, "2026-03-26", "the earliest start wins")
        XCTAssertEqual(merged[0].end.iso, "2026-05-21")
        XCTAssertEqual(merged[0].elections, ["pcc.2026-05-07", "local.2026-05-07", "parl.x.by.2026-05-21"])
        XCTAssertTrue(merged[0].basis.hasPrefix("combined period of 3 polls, b pcc"))
        XCTAssertEqual(merged[1].elections, ["parl.y.by.2026-07-02"])
    }

    func testEndsAndStarts() throws {
        let election = try PollResolver(councilNations: [:], country: .england).election("local.2026-05-07")
        let calendars = Fixture.calendars
        XCTAssertEqual(PeriodPlanner.period(for: election, calendars: calendars, options: PeriodOptions()).end.iso, "2026-05-07")
        XCTAssertEqual(PeriodPlanner.period(for: election, calendars: calendars, options: PeriodOptions(end: .declaration)).end.iso, "2026-05-08")
        XCTAssertEqual(PeriodPlanner.period(for: election, calendars: calendars, options: PeriodOptions(end: .date(Fixture.date("2026-05-11")))).end.iso, "2026-05-11")
        let notice = PeriodOptions(notices: ["local.2026-05-07": Fixture.date("2026-03-20")])
        XCTAssertEqual(PeriodPlanner.period(for: election, calendars: calendars, options: notice).start.iso, "2026-03-20")
        let local = try PollResolver(councilNations: [:], country: .england).election("ref.exampleton.2026-05-07")
        XCTAssertEqual(local.kind, .localReferendum)
        XCTAssertEqual(PeriodPlanner.period(for: local, calendars: calendars, options: PeriodOptions()).start,
                       calendars[.englandAndWales].date(workingDays: 28, before: Fixture.date("2026-05-07")))
    }
}
