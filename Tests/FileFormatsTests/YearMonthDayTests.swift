import XCTest
@testable import FileFormats

final class YearMonthDayTests: XCTestCase {
    func testDayNumbersAndWeekdaysOfPollingDays() {
        // Same epoch as CivilDate: 1970-01-01 is day 0, a Thursday; polling days are Thursdays.
        XCTAssertEqual(YearMonthDay(year: 1970, month: 1, day: 1)?.dayNumber, 0)
        XCTAssertEqual(YearMonthDay(year: 2026, month: 5, day: 7)?.weekday, 4)
        XCTAssertEqual(YearMonthDay(year: 2024, month: 7, day: 4)?.weekday, 4)
        XCTAssertEqual(YearMonthDay(year: 2026, month: 3, day: 30)?.weekday, 1)
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            XCTAssertEqual(YearMonthDay(dayNumber: n).dayNumber, n)
        }
        XCTAssertEqual(YearMonthDay(year: 2026, month: 5, day: 7)?.adding(days: -38).description, "2026-03-30")
    }

    func testImpossibleDates() {
        XCTAssertNil(YearMonthDay(year: 2026, month: 2, day: 29))
        XCTAssertNotNil(YearMonthDay(year: 2028, month: 2, day: 29))
        XCTAssertNil(YearMonthDay(year: 2026, month: 13, day: 1))
        XCTAssertNil(YearMonthDay(year: 2026, month: 4, day: 31))
    }
}
