import XCTest
@testable import ElectionCalendar

/// Bank-holiday data counts year by year, from the years each division lists in full.
final class HolidaySourceTests: XCTestCase {
    func testOnlyYearsListedInFullAreCovered() {
        let full = BankHolidayRules.holidays(year: 2027, nation: .england)
        let stray = BankHoliday(date: CivilDate(year: 2207, month: 12, day: 25)!, title: "Christmas Day", isSubstitute: false, source: .data)  // safe: a real date
        let partial = BankHoliday(date: CivilDate(year: 2028, month: 1, day: 3)!, title: "New Year's Day", isSubstitute: true, source: .data)  // safe: a real date
        let source = HolidaySource(data: [.england: full + [stray, partial]])
        XCTAssertEqual(source.coveredYears[.england], [2027])
        XCTAssertEqual(source.coverage[.england], 2027...2027)
        XCTAssertTrue(source.isCovered(year: 2027, nation: .wales))
        XCTAssertFalse(source.isCovered(year: 2030, nation: .england), "a year between the data and a stray date is not covered")
        XCTAssertEqual(source.holidays(year: 2030, nation: .england).count, 8)
        XCTAssertTrue(source.holidays(year: 2207, nation: .england).allSatisfy { $0.source == .rule })
        XCTAssertEqual(source.ignored[.england]?.map(\.date.iso), ["2028-01-03", "2207-12-25"])
    }
}
