import Foundation
import XCTest
import ElectionCalendar
@testable import EventScheduler

final class EventFileTests: XCTestCase {
    func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    lazy var locals2026 = PreElectionPeriod(start: d("2026-03-30"), end: d("2026-05-07"), elections: ["local.2026-05-07"], basis: "notice")
    lazy var holidays2026: Set<CivilDate> = [d("2026-04-03"), d("2026-04-06"), d("2026-05-04"), d("2026-05-25")]

    func fixture(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    func read(_ name: String) throws -> EventFile {
        try EventFile.read(fixture(name), name: name, from: d("2026-01-01"), to: d("2026-12-31"))
    }

    func check(_ file: EventFile) -> [CheckedEvent] {
        ConflictChecker(periods: [locals2026], nonWorkingDays: holidays2026).check(file.occurrences)
    }

    func summary(_ results: [CheckedEvent]) -> [String] {
        results.filter(\.inPeriod).map { "\($0.occurrence.start.iso) \($0.status.rawValue) \($0.occurrence.title)" }
    }

    func testOutlookExportWithTimeZonesSeriesExceptionAndOverride() throws {
        let file = try read("outlook-civic-events.ics")
        XCTAssertEqual(file.warnings, [])
        let planning = file.occurrences.filter { $0.title.hasPrefix("Planning Committee") }.map(\.start.iso)
        // Second Tuesdays to 8 December; August excepted; April's meeting moved to Wednesday 15th.
        XCTAssertEqual(planning, ["2026-01-13", "2026-02-10", "2026-03-10", "2026-04-15", "2026-05-12", "2026-06-09",
                                  "2026-07-14", "2026-09-08", "2026-10-13", "2026-11-10", "2026-12-08"])
        let results = check(file)
        XCTAssertEqual(summary(results), [
            "2026-04-15 permitted Planning Committee (moved: chamber in use)",
            "2026-04-16 conflict Opening of Riverside Library",
            "2026-04-21 permitted Licensing Sub-Committee Hearing",
            "2026-04-24 conflict Mayor's Civic Reception for Volunteers",
            "2026-05-02 conflict Bluebell Wood Open Day",
        ])
        let opening = try XCTUnwrap(results.first { $0.occurrence.title == "Opening of Riverside Library" })
        XCTAssertEqual(opening.occurrence.time, "10:30")
        XCTAssertEqual(opening.occurrence.location, "Riverside Library, Mill Lane")
        XCTAssertEqual(opening.occurrence.source, "outlook-civic-events.ics:46")
        // Thursday to Thursday: 19 March keeps five working days clear of 30 March; 14 May is after the count.
        XCTAssertEqual(opening.suggestions, [d("2026-03-19"), d("2026-05-14")])
        XCTAssertFalse(file.occurrences.contains { $0.title.contains("Climate") }, "cancelled events are not checked")
        XCTAssertFalse(file.occurrences.contains { $0.title.contains("photographer") }, "VTODO is ignored")
    }

    func testGoogleExportAcrossTheClockChange() throws {
        let file = try read("google-community-events.ics")
        XCTAssertEqual(file.warnings, [])
        let results = check(file)
        XCTAssertEqual(summary(results), [
            "2026-03-30 review Midnight Lantern Walk",  // 23:30 UTC on Sunday 29 March is Monday in London
            "2026-04-03 conflict Easter Trail – launch weekend",
            "2026-04-11 conflict Cllr Patel's ward surgery",  // 4 April and 2 May excepted, 18 April cancelled
            "2026-04-22 conflict Consultation drop-in: parking, Market Street; all welcome",
            "2026-04-25 conflict Cllr Patel's ward surgery (afternoon)",
        ])
        let stargazing = try XCTUnwrap(file.occurrences.first { $0.title == "Stargazing evening" })
        XCTAssertEqual(stargazing.start, d("2026-03-28"), "23:30 UTC on Saturday 28 March is still GMT")
        let festival = try XCTUnwrap(file.occurrences.first { $0.title == "Spring Festival" })
        XCTAssertEqual(festival.end, d("2026-03-29"), "an all-day DTEND is exclusive")
        let trail = try XCTUnwrap(results.first { $0.occurrence.title.hasPrefix("Easter Trail") })
        XCTAssertEqual(trail.occurrence.end, d("2026-04-06"))
        // Friday to Monday, as it was: ending five working days before 30 March, and after the count on 8 May.
        XCTAssertEqual(trail.suggestions, [d("2026-03-13"), d("2026-05-15")], "a four-day trail must end before 23 March")
        let surgeries = file.occurrences.filter { $0.title.hasPrefix("Cllr Patel") }
        XCTAssertEqual(surgeries.last?.start, d("2026-06-27"), "UNTIL 22:59:59 UTC (Google's 'ends 27 June') includes the 10:00 BST surgery on 27 June")
        XCTAssertEqual(surgeries.first { $0.start == d("2026-04-25") }?.time, "14:00")
    }

    func testCMSExportWithBOMFloatingTimesAndDurations() throws {
        let file = try read("cms-events.ics")
        XCTAssertEqual(file.warnings, [])
        XCTAssertEqual(summary(check(file)), [
            "2026-04-15 review Tea dance at the Winter Gardens",
            "2026-05-05 conflict Schools art exhibition",
        ])
        let ghost = try XCTUnwrap(file.occurrences.first { $0.title.hasPrefix("Ghost walk") })
        XCTAssertEqual(ghost.start, d("2026-10-25"), "23:30 UTC on 24 October 2026 is 00:30 BST on the 25th")
        XCTAssertEqual(ghost.time, "00:30")
        XCTAssertEqual(file.occurrences.first { $0.title == "Schools art exhibition" }?.end, d("2026-05-06"))
    }

    func testMalformedLineAmongGoodEventsIsAWarningAndTheRestAreChecked() throws {
        let file = try read("broken-line.ics")
        XCTAssertEqual(file.warnings.map(\.source), ["broken-line.ics:10", "broken-line.ics:14", "broken-line.ics:21"])
        XCTAssertTrue(file.warnings[2].message.contains("BYWEEKNO"))
        XCTAssertEqual(summary(check(file)), [
            "2026-04-10 conflict Photo call: new electric refuse lorries",
            "2026-04-16 conflict Annual Heritage Day unveiling",
            "2026-04-28 permitted Scrutiny Committee",
        ])
    }

    func testNotACalendarIsAnError() throws {
        XCTAssertThrowsError(try read("not-a-calendar.ics")) { error in
            XCTAssertEqual((error as? EventFile.ReadError)?.line, 1)
            XCTAssertTrue((error as? EventFile.ReadError)?.message.contains("not an iCalendar file") ?? false)
        }
    }

    func testCSVWithBothDateFormsQuotingAndABadRow() throws {
        let file = try read("events.csv")
        XCTAssertEqual(file.warnings.map(\.source), ["events.csv:6"])
        XCTAssertTrue(file.warnings[0].message.contains("'2026-04-31' is not a date"))
        XCTAssertEqual(summary(check(file)), [
            "2026-04-16 conflict Opening of the new skate park, Victoria Park",
            "2026-04-21 permitted Cabinet",
            "2026-05-06 conflict Schools art exhibition",
            "2026-05-07 conflict =HYPERLINK(\"http://example.com\",\"Polling day walkabout\")",
        ])
        let skatePark = try XCTUnwrap(file.occurrences.first { $0.title.contains("skate park") })
        XCTAssertEqual(skatePark.time, "14:00")
        XCTAssertEqual(skatePark.location, "Victoria Park, north gate")
        XCTAssertEqual(skatePark.source, "events.csv:3")
        XCTAssertEqual(file.occurrences.first { $0.title == "Schools art exhibition" }?.end, d("2026-05-09"))
    }

    func testOutlookCSVExportReadsAsItIs() throws {
        let file = try read("outlook-export.csv")
        XCTAssertEqual(file.warnings, [])
        XCTAssertEqual(summary(check(file)), [
            "2026-04-14 permitted Licensing Sub-Committee",
            "2026-04-20 conflict Launch of Active Exampleton",
        ])
        let festival = try XCTUnwrap(file.occurrences.first { $0.title == "Exampleton Food Festival" })
        XCTAssertEqual(festival.end, d("2026-05-10"), "Outlook's all-day end at 00:00 is the day after the last")
    }

    func testCSVWithoutADateColumnIsAnError() throws {
        XCTAssertThrowsError(try read("no-date-column.csv")) { error in
            let e = error as? EventFile.ReadError
            XCTAssertEqual(e?.line, 1)
            XCTAssertEqual(e?.message, "no 'date' column (the header is 'title', 'location')")
        }
    }

    func testWindowLimitsWhatIsRead() throws {
        let file = try EventFile.read(fixture("outlook-civic-events.ics"), name: "o.ics", from: d("2026-04-01"), to: d("2026-04-30"))
        XCTAssertEqual(file.occurrences.map(\.start.iso), ["2026-04-15", "2026-04-16", "2026-04-21", "2026-04-24"])
    }

    func testDateAndTimeInOneCell() throws {
        let file = try EventFile.readCSV("date,title\n2026-04-16 14:00,Launch\n16/04/2026T09:30:00,Opening\n2026-04-16 soon,Unveiling\n",
                                         name: "cms.csv", from: d("2026-01-01"), to: d("2026-12-31"))
        XCTAssertEqual(file.occurrences.map { "\($0.start.iso) \($0.time ?? "-")" }, ["2026-04-16 -", "2026-04-16 09:30", "2026-04-16 14:00"])
        // A date whose time cannot be read is still checked, for the whole day, and says so.
        XCTAssertEqual(file.warnings.map(\.source), ["cms.csv:4"])
    }

    func testTimesInCSV() {
        XCTAssertEqual(EventFile.clockTime("19:00"), "19:00")
        XCTAssertEqual(EventFile.clockTime("7:05"), "07:05")
        XCTAssertEqual(EventFile.clockTime("10:00:00"), "10:00")
        XCTAssertEqual(EventFile.clockTime("7pm"), "19:00")
        XCTAssertEqual(EventFile.clockTime("12.30 am"), "00:30")
        XCTAssertNil(EventFile.clockTime("25:00"))
        XCTAssertNil(EventFile.clockTime("evening"))
        XCTAssertNil(EventFile.clockTime("19"))
    }
}

extension EventFileTests {
    func testCSVDatesInCommonUKForms() throws {
        // The same spreadsheet rows a parish clerk keeps for the May 2027 locals: every row is read.
        let csv = """
        date,title,time
        14 April 2027,Spring fun day,
        Wed 14 Apr 2027,Opening of the play area,
        14/04/27,Launch of the litter campaign,
        2027-4-14,Community gala,
        14/04/2027 19:00,Annual Parish Meeting,
        14-Apr-2027,Clerk - annual leave,
        Sat 17 April 2027,Village fete,11am
        """
        let file = try EventFile.readCSV(csv, name: "parish.csv", from: d("2027-01-01"), to: d("2027-12-31"))
        XCTAssertEqual(file.warnings, [])
        XCTAssertEqual(file.occurrences.map { "\($0.start.iso) \($0.time ?? "-") \($0.source)" }, [
            "2027-04-14 - parish.csv:2", "2027-04-14 - parish.csv:3", "2027-04-14 - parish.csv:4", "2027-04-14 - parish.csv:5",
            "2027-04-14 - parish.csv:7", "2027-04-14 19:00 parish.csv:6", "2027-04-17 11:00 parish.csv:8",
        ])
    }

    func testUnreadableCSVRowsAreWarningsWithTheirLine() throws {
        let csv = "date,title\nTue 14 Apr 2027,Opening\nnext Tuesday,Pop-up stall\n14 April,Launch\n"
        let file = try EventFile.readCSV(csv, name: "events.csv", from: d("2027-01-01"), to: d("2027-12-31"))
        XCTAssertEqual(file.occurrences.map(\.title), ["Opening"], "a wrong weekday still reads the date")
        XCTAssertEqual(file.warnings.map(\.source), ["events.csv:2", "events.csv:3", "events.csv:4"])
        XCTAssertTrue(file.warnings[0].message.contains("says Tuesday but 14 April 2027 is a Wednesday"), file.warnings[0].message)
        XCTAssertTrue(file.warnings[1].message.contains("'Pop-up stall' was not checked"), file.warnings[1].message)
    }

    func testAFileThatIsNotICalendarAtAll() {
        // It starts BEGIN:VCALENDAR, then nothing an iCalendar reader can use and no event at all.
        let text = "BEGIN:VCALENDAR\nThis is not a calendar\n<html><body>Sorry, page not found</body></html>\n"
        XCTAssertThrowsError(try EventFile.read(text, name: "feed.ics", from: d("2027-01-01"), to: d("2027-12-31"))) { error in
            let e = error as? EventFile.ReadError
            XCTAssertEqual(e?.line, 2)
            XCTAssertTrue(e?.message.hasPrefix("is not an iCalendar file") == true, e?.message ?? "")
        }
        // An empty calendar is a calendar; a cut-short event is read, with a warning.
        XCTAssertEqual(try EventFile.read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n", name: "e.ics", from: d("2027-01-01"), to: d("2027-12-31")).warnings, [])
        let cut = try? EventFile.read("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:Fair\nDTSTART;VALUE=DATE:20270410\n", name: "cut.ics",
                                      from: d("2027-01-01"), to: d("2027-12-31"))
        XCTAssertEqual(cut?.occurrences.count, 1)
        XCTAssertFalse(cut?.warnings.isEmpty ?? true)
    }
}

extension EventFileTests {
    func testOnlyRowsInTheDatesCheckedAreReportedAndEmptyRowsAreNotEvents() throws {
        // A bad time on a 2025 row does not matter for a 2027 check; Excel's trailing ",,," rows are not events.
        let csv = "date,title,time\n2025-04-14,Old opening,soon\n2027-04-14,Opening,soon\n,,\n , ,\n"
        let file = try EventFile.readCSV(csv, name: "e.csv", from: d("2027-01-01"), to: d("2027-12-31"))
        XCTAssertEqual(file.occurrences.map(\.title), ["Opening"])
        XCTAssertEqual(file.warnings.map(\.source), ["e.csv:3"])
    }
}
