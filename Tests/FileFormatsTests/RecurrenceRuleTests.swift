import XCTest
@testable import FileFormats

final class RecurrenceRuleTests: XCTestCase {
    func testPartsCouncilsUse() throws {
        let rule = try RecurrenceRule.parse("FREQ=MONTHLY;UNTIL=20261208T183000Z;INTERVAL=1;BYDAY=2TU;WKST=SU", tzid: nil)
        XCTAssertEqual(rule.frequency, .monthly)
        XCTAssertEqual(rule.byDay, [.init(ordinal: 2, weekday: 2)])
        XCTAssertEqual(rule.weekStart, 7)
        XCTAssertEqual(rule.until?.form, .utc)
        let last = try RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=-1FR;COUNT=6", tzid: nil)
        XCTAssertEqual(last.byDay, [.init(ordinal: -1, weekday: 5)])
        XCTAssertEqual(last.count, 6)
        let yearly = try RecurrenceRule.parse("freq=yearly;bymonth=5;byday=+1TH;x-evolution-enddate=20300101T000000Z", tzid: nil)
        XCTAssertEqual(yearly.byMonth, [5])
        XCTAssertEqual(yearly.byDay, [.init(ordinal: 1, weekday: 4)])
    }

    func testUnsupportedAndInvalidPartsAreNamed() {
        XCTAssertThrowsError(try RecurrenceRule.parse("FREQ=YEARLY;BYWEEKNO=16;BYDAY=TH", tzid: nil)) { error in
            XCTAssertTrue((error as? RecurrenceRule.Problem)?.message.contains("BYWEEKNO") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try RecurrenceRule.parse("FREQ=HOURLY;INTERVAL=2", tzid: nil)) { error in
            XCTAssertTrue((error as? RecurrenceRule.Problem)?.message.contains("FREQ=HOURLY") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try RecurrenceRule.parse("INTERVAL=2", tzid: nil))
        XCTAssertThrowsError(try RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=XX", tzid: nil))
        XCTAssertThrowsError(try RecurrenceRule.parse("FREQ=WEEKLY;INTERVAL=0", tzid: nil))
        XCTAssertThrowsError(try RecurrenceRule.parse("FREQ=MONTHLY;BYMONTHDAY=32", tzid: nil))
        XCTAssertThrowsError(try RecurrenceRule.parse("FREQ=DAILY;UNTIL=soon", tzid: nil))
    }

    func testConfluenceNegativeCountMeansNoCount() throws {
        let rule = try RecurrenceRule.parse("FREQ=WEEKLY;UNTIL=20260427;COUNT=-1;INTERVAL=4;BYDAY=MO", tzid: nil)
        XCTAssertNil(rule.count)
        XCTAssertEqual(rule.ignoredCount, -1)
        XCTAssertThrowsError(try RecurrenceRule.parse("FREQ=WEEKLY;COUNT=many", tzid: nil))
    }
}
