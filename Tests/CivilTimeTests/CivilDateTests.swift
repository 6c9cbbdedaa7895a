import XCTest
@testable import CivilTime

final class CivilDateTests: XCTestCase {
    func testDayNumberRoundTripsOverFourCenturies() {
        // Every day from 1900 to 2300 survives date -> day number -> date, and day numbers are consecutive.
        var previous: Int?
        for year in 1900...2300 {
            for month in 1...12 {
                for day in 1...CivilDate.daysInMonth(year: year, month: month) {
                    let date = CivilDate(year: year, month: month, day: day)!
                    if let previous { XCTAssertEqual(date.dayNumber, previous + 1, "\(date)") }
                    previous = date.dayNumber
                    XCTAssertEqual(CivilDate(dayNumber: date.dayNumber), date)
                }
            }
        }
    }

    func testWeekdaysOfRealPollingDays() {
        // UK polls are on Thursdays: 2 May 2024 (locals), 4 July 2024 (general election), 7 May 2026.
        XCTAssertEqual(CivilDate(iso: "2024-05-02")?.weekday, .thursday)
        XCTAssertEqual(CivilDate(iso: "2024-07-04")?.weekday, .thursday)
        XCTAssertEqual(CivilDate(iso: "2026-05-07")?.weekday, .thursday)
        XCTAssertEqual(CivilDate(iso: "1970-01-01")?.weekday, .thursday)
        XCTAssertEqual(CivilDate(iso: "2000-02-29")?.weekday, .tuesday)
    }

    func testImpossibleAndMalformedDatesAreRejected() {
        XCTAssertNil(CivilDate(iso: "2026-02-30"))
        XCTAssertNil(CivilDate(iso: "2025-02-29"))
        XCTAssertNil(CivilDate(iso: "1900-02-29"))
        XCTAssertNotNil(CivilDate(iso: "2000-02-29"))
        XCTAssertNil(CivilDate(iso: "2026-13-01"))
        XCTAssertNil(CivilDate(iso: "2026-5-7"))
        XCTAssertNil(CivilDate(iso: "07/05/2026"))
        XCTAssertNil(CivilDate(iso: "2026-05-0x"))
        XCTAssertEqual(CivilDate(british: "07/05/2026"), CivilDate(year: 2026, month: 5, day: 7))
        XCTAssertEqual(CivilDate(british: "7/5/2026"), CivilDate(year: 2026, month: 5, day: 7))
        XCTAssertNil(CivilDate(british: "31/04/2026"))
    }

    func testBritishFormatting() {
        XCTAssertEqual(CivilDate(iso: "2026-03-30")?.british, "Monday 30 March 2026")
        XCTAssertEqual(CivilDate(iso: "2026-05-07")?.britishShort, "7 May 2026")
        XCTAssertEqual(CivilDate(year: 2027, month: 1, day: 2)?.iso, "2027-01-02")
    }

    func testArithmetic() {
        let poll = CivilDate(iso: "2026-05-07")!
        XCTAssertEqual(poll.adding(days: -38).iso, "2026-03-30")
        XCTAssertEqual(CivilDate(iso: "2026-03-30")!.days(to: poll), 38)
        XCTAssertEqual(CivilDate(iso: "2024-12-31")!.adding(days: 1).iso, "2025-01-01")
    }

    func testISOWeekdayOfDayNumbersForRecurrenceRules() {
        // RFC 5545 counts MO = 1 … SU = 7; polling days are Thursdays (4).
        XCTAssertEqual(CivilDate.weekday(ofDayNumber: CivilDate.dayNumber(year: 2026, month: 5, day: 7)), 4)
        XCTAssertEqual(CivilDate.weekday(ofDayNumber: CivilDate.dayNumber(year: 2026, month: 3, day: 30)), 1)
        XCTAssertEqual(CivilDate.weekday(ofDayNumber: CivilDate.dayNumber(year: 2026, month: 3, day: 29)), 7)
        for n in stride(from: -800_000, through: 800_000, by: 997) {
            XCTAssertEqual(CivilDate.weekday(ofDayNumber: n), CivilDate(dayNumber: n).weekday.rawValue)
        }
    }
}
