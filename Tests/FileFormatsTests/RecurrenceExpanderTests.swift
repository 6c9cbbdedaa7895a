import CivilTime
import XCTest
@testable import FileFormats

final class RecurrenceExpanderTests: XCTestCase {
    func day(_ text: String) -> Int {
        let p = text.split(separator: "-").map { Int($0)! }
        return CivilDate(year: p[0], month: p[1], day: p[2])!.dayNumber
    }

    func expand(_ rule: String, from start: String, window: (String, String), until: Int? = nil, cap: Int = 1000) throws -> [String] {
        let parsed = try RecurrenceRule.parse(rule, tzid: nil)
        var untilWall = until
        if let u = parsed.until, untilWall == nil { untilWall = u.isDate ? u.date.dayNumber * 86_400 + 86_399 : u.wallSeconds }
        return RecurrenceExpander.expand(parsed, startDay: day(start), startSeconds: 0, untilWall: untilWall,
                                         windowFirst: day(window.0), windowLast: day(window.1), cap: cap)
            .days.map { CivilDate(dayNumber: $0).description }
    }

    func testSecondTuesdayOfTheMonth() throws {
        let dates = try expand("FREQ=MONTHLY;BYDAY=2TU", from: "2026-01-13", window: ("2026-01-01", "2026-12-31"))
        XCTAssertEqual(dates, ["2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14", "2026-05-12", "2026-06-09",
                               "2026-07-14", "2026-08-11", "2026-09-08", "2026-10-13", "2026-11-10", "2026-12-08"])
    }

    func testLastFridayAndLastWorkingDay() throws {
        XCTAssertEqual(try expand("FREQ=MONTHLY;BYDAY=-1FR;COUNT=5", from: "2026-01-30", window: ("2026-01-01", "2026-12-31")),
                       ["2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24", "2026-05-29"])
        XCTAssertEqual(try expand("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", from: "2026-03-31", window: ("2026-03-01", "2026-05-31")),
                       ["2026-03-31", "2026-04-30", "2026-05-29"])
    }

    func testFirstThursdayInMayIsEnglishLocalElectionDay() throws {
        // RPA 1983 s37: ordinary local elections are on the first Thursday in May.
        XCTAssertEqual(try expand("FREQ=YEARLY;BYMONTH=5;BYDAY=1TH", from: "2024-05-02", window: ("2024-01-01", "2028-12-31")),
                       ["2024-05-02", "2025-05-01", "2026-05-07", "2027-05-06", "2028-05-04"])
    }

    func testWeekStartChangesBiweeklyRules() throws {
        // RFC 5545 §3.3.10's own example: WKST decides which weeks an INTERVAL=2 rule lands in.
        XCTAssertEqual(try expand("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", from: "1997-08-05", window: ("1997-01-01", "1997-12-31")),
                       ["1997-08-05", "1997-08-10", "1997-08-19", "1997-08-24"])
        XCTAssertEqual(try expand("FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", from: "1997-08-05", window: ("1997-01-01", "1997-12-31")),
                       ["1997-08-05", "1997-08-17", "1997-08-19", "1997-08-31"])
    }

    func testUntilAndCountEndTheSeries() throws {
        let saturdays = try expand("FREQ=WEEKLY;BYDAY=SA;UNTIL=20260627", from: "2026-06-06", window: ("2026-01-01", "2026-12-31"))
        XCTAssertEqual(saturdays, ["2026-06-06", "2026-06-13", "2026-06-20", "2026-06-27"])
        // COUNT counts from DTSTART even when the window starts later.
        XCTAssertEqual(try expand("FREQ=DAILY;COUNT=5", from: "2026-03-27", window: ("2026-03-30", "2026-12-31")),
                       ["2026-03-30", "2026-03-31"])
    }

    func testInvalidDatesAreSkippedNotMoved() throws {
        // RFC 5545: a monthly rule on the 31st skips months without one; 29 February only in leap years.
        XCTAssertEqual(try expand("FREQ=MONTHLY;BYMONTHDAY=31", from: "2026-01-31", window: ("2026-01-01", "2026-06-30")),
                       ["2026-01-31", "2026-03-31", "2026-05-31"])
        XCTAssertEqual(try expand("FREQ=YEARLY", from: "2024-02-29", window: ("2024-01-01", "2032-12-31")),
                       ["2024-02-29", "2028-02-29", "2032-02-29"])
    }

    func testOnlyTheWindowIsExpandedAndTheCapHolds() throws {
        // A daily rule from 2000 without end: only the three window days come back, on the INTERVAL's rhythm.
        XCTAssertEqual(try expand("FREQ=DAILY", from: "2000-01-01", window: ("2026-04-01", "2026-04-03")),
                       ["2026-04-01", "2026-04-02", "2026-04-03"])
        let every3 = try expand("FREQ=DAILY;INTERVAL=3", from: "2000-01-01", window: ("2026-04-01", "2026-04-09"))
        XCTAssertEqual(every3.count, 3)
        XCTAssertTrue(every3.allSatisfy { (day($0) - day("2000-01-01")) % 3 == 0 })
        let rule = try RecurrenceRule.parse("FREQ=DAILY", tzid: nil)
        let capped = RecurrenceExpander.expand(rule, startDay: day("2026-01-01"), startSeconds: 0, untilWall: nil,
                                               windowFirst: day("2026-01-01"), windowLast: day("2026-12-31"), cap: 5)
        XCTAssertEqual(capped.days.count, 5)
        XCTAssertTrue(capped.truncated)
        // A rule that can never match ends at the window's end instead of looping.
        XCTAssertEqual(try expand("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", from: "2026-01-01", window: ("2026-01-01", "2126-12-31")),
                       ["2026-01-01"])
    }
}
