import XCTest
@testable import ElectionCalendar

/// Counting working days the way the election rules do.
final class WorkingDayCalendarTests: XCTestCase {
    let calendars = Fixture.calendars

    func testStatutoryNonWorkingDays() {
        let ew = calendars[.englandAndWales]
        XCTAssertEqual(ew.reasonNotWorking(Fixture.date("2026-12-24")), "Christmas Eve", "not a bank holiday, but never counted")
        XCTAssertEqual(ew.reasonNotWorking(Fixture.date("2026-04-03")), "Good Friday")
        XCTAssertEqual(ew.reasonNotWorking(Fixture.date("2026-12-26")), "Saturday")
        XCTAssertTrue(ew.reasonNotWorking(Fixture.date("2023-05-08"))?.contains("coronation") ?? false)
        XCTAssertNil(ew.reasonNotWorking(Fixture.date("2026-11-30")), "St Andrew's Day is not a holiday in England")
        XCTAssertNotNil(calendars[.scotland].reasonNotWorking(Fixture.date("2026-11-30")))
        XCTAssertNil(calendars[.scotland].reasonNotWorking(Fixture.date("2026-04-06")), "Easter Monday is not a Scottish bank holiday…")
        XCTAssertNotNil(calendars[.scotlandElections].reasonNotWorking(Fixture.date("2026-04-06")), "…but Scottish election timetables skip it")
        XCTAssertNotNil(calendars[.northernIreland].reasonNotWorking(Fixture.date("2026-03-17")))
        XCTAssertNotNil(calendars[.unitedKingdom].reasonNotWorking(Fixture.date("2026-03-17")), "a general election skips every nation's holidays")
        XCTAssertNotNil(calendars[.unitedKingdom].reasonNotWorking(Fixture.date("2026-11-30")))
    }

    func testCountingBackAcrossChristmas() {
        // A poll on Thursday 14 January 2027: 12 working days back skips 24, 25, 28 December and 1 January.
        let ew = calendars[.englandAndWales]
        XCTAssertEqual(ew.date(workingDays: 12, before: Fixture.date("2027-01-14")).iso, "2026-12-23")
        XCTAssertEqual(ew.date(workingDays: 1, after: Fixture.date("2026-12-23")).iso, "2026-12-29")
        XCTAssertEqual(ew.workingDays(after: Fixture.date("2026-12-23"), through: Fixture.date("2027-01-14")), 12)
    }

    func testCityOfLondonBreaks() {
        let city = calendars[.cityOfLondon]
        for day in ["2026-04-02", "2026-04-07", "2026-12-24", "2026-12-29"] {
            XCTAssertNotNil(city.reasonNotWorking(Fixture.date(day)), day)
        }
        XCTAssertNil(city.reasonNotWorking(Fixture.date("2026-04-08")))
        XCTAssertNil(city.reasonNotWorking(Fixture.date("2026-12-30")))
    }

    func testDeclaredDaysAndYearsOutsideTheBuiltSpan() {
        let mourning = CalendarSet(holidays: CalendarData.embedded.holidays, years: 2026...2026, declaredDays: [Fixture.date("2026-04-15")])
        XCTAssertTrue(mourning[.englandAndWales].reasonNotWorking(Fixture.date("2026-04-15"))?.contains("mourning") ?? false)
        // Outside the span the calendar still knows the holidays, by the slower path.
        XCTAssertNotNil(mourning[.englandAndWales].reasonNotWorking(Fixture.date("2031-12-24")))
        XCTAssertEqual(mourning[.englandAndWales].date(workingDays: 25, before: Fixture.date("2031-05-01")),
                       Fixture.calendars[.englandAndWales].date(workingDays: 25, before: Fixture.date("2031-05-01")))
    }
}
