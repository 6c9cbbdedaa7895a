import XCTest
@testable import ElectionCalendar

/// The binary carries a copy of `Calendars/`; these tests fail whenever the copy drifts from the files, so a
/// user who updates `Calendars/` is told to run `swift run embed-calendars`.
final class EmbeddedCalendarsTests: XCTestCase {
    func file(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Fixture.calendarsFolder.appendingPathComponent(name)))
    }

    func testEmbeddedBankHolidaysEqualCalendarsFile() throws {
        let fromFile = try CalendarData.parseBankHolidays(file(CalendarData.bankHolidaysFile))
        XCTAssertEqual(CalendarData.embedded.holidays, fromFile, "run 'swift run embed-calendars' after editing Calendars/bank-holidays.json")
        XCTAssertEqual(CalendarData.embeddedFiles.bankHolidays, CalendarData.compactLines(fromFile))
        XCTAssertEqual(fromFile.data[.england]?.count, 140)
    }

    func testEmbeddedScheduleAndCouncilListsEqualTheFiles() throws {
        for name in [CalendarData.scheduledPollsFile] {
            XCTAssertEqual(CalendarData.embeddedFiles.others[name], String(decoding: try file(name), as: UTF8.self),
                           "run 'swift run embed-calendars' after editing Calendars/\(name)")
        }
        let councils = try CalendarData.parseCouncils(file(CalendarData.councilNationsFile))
        XCTAssertEqual(CalendarData.embeddedFiles.councils, CalendarData.compactCouncilLines(councils),
                       "run 'swift run embed-calendars' after editing Calendars/council-nations.json")
        XCTAssertEqual(CalendarData.embedded.councils.councils, councils.councils)
        XCTAssertEqual(CalendarData.embedded.scheduledPolls.count, try CalendarData.parseScheduledPolls(file(CalendarData.scheduledPollsFile)).count)
        XCTAssertEqual(CalendarData.embedded.councilNations["cardiff"], .wales)
        XCTAssertEqual(CalendarData.embedded.councilNations["glasgow-city"], .scotland)
        XCTAssertEqual(CalendarData.embedded.councilNations["belfast"], .northernIreland)
    }

    func testScheduledPollsCoverTheOrdinaryPollingDays2027To2031ForEveryNation() {
        let polls = CalendarData.embedded.scheduledPolls
        for nation in Nation.allCases {
            XCTAssertTrue(polls.contains { $0.nation == nation && $0.date.year == 2027 }, "\(nation) 2027")
        }
        for poll in polls {
            XCTAssertEqual(poll.date.weekday, .thursday, "\(poll.date)")
            XCTAssertEqual(poll.date, BankHolidayRules.nthWeekday(.thursday, 1, month: 5, year: poll.date.year), "ordinary day: first Thursday in May")
            for id in poll.elections {
                XCTAssertNoThrow(try PollResolver(councilNations: [:], country: poll.nation).election(id), id)
            }
        }
        XCTAssertEqual(Set(polls.map(\.date.year)), Set(2027...2031))
    }

    func testBadCalendarFilesSayWhichLine() {
        let broken = Array("{\n  \"england-and-wales\": {\"events\": [\n    {\"title\": \"x\", \"date\": \"2026-02-30\"}\n  ]},\n  \"scotland\": {\"events\": []}, \"northern-ireland\": {\"events\": []}\n}".utf8)
        XCTAssertThrowsError(try CalendarData.parseBankHolidays(broken)) { error in
            let error = error as? CalendarDataError
            XCTAssertEqual(error?.line, 3)
            XCTAssertTrue(error?.message.contains("date") ?? false)
        }
        XCTAssertThrowsError(try CalendarData.parseBankHolidays(Array("{\"england-and-wales\": [1,,]}".utf8))) { error in
            XCTAssertEqual((error as? CalendarDataError)?.message, "is not valid JSON")
        }
        XCTAssertThrowsError(try CalendarData.parseBankHolidays(Array("{}".utf8)))
    }
}
