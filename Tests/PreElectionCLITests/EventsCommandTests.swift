import Foundation
import XCTest
import ElectionCalendar
import FileFormats
@testable import PreElectionCLI

final class EventsCommandTests: XCTestCase {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("EventSchedulerTests/Fixtures").path
    let today = CivilDate(iso: "2026-01-12")!

    func run(_ arguments: [String], stdin: String = "", directory: String = EventsCommandTests.fixtures) -> (status: Int32, output: CommandOutput) {
        let bytes = Array(stdin.utf8)
        return PreElectionCLI.run(arguments, context: RunContext(today: today, currentDirectory: directory, readStandardInput: { bytes }))
    }

    /// The period the selection gives for the 7 May 2026 locals (computed, so the test follows the calendar).
    func period() throws -> PreElectionPeriod {
        let parsed = try ArgumentParser.parse(["--election", "local.north-norfolk.2026-05-07"], spec: EventsCommand.spec)
        let selection = try PollSelection.resolve(parsed, context: RunContext(today: today), from: today, to: today.adding(days: 730))
        return try XCTUnwrap(selection.periods.first)
    }

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testOutlookCalendarConflictsAndExitOne() throws {
        let p = try period()
        let (status, output) = run(["events", "outlook-civic-events.ics", "--election", "local.north-norfolk.2026-05-07", "--from", "2026-01-01", "--to", "2026-12-31"])
        XCTAssertEqual(status, 1, output.stderr)
        XCTAssertEqual(output.stderr, "")
        XCTAssertTrue(output.stdout.contains("\(p.start.british) to \(p.end.british): \(PollSelection.describe(p))"), output.stdout)
        XCTAssertTrue(output.stdout.contains("Thursday 16 April 2026, 10:30 — Opening of Riverside Library (outlook-civic-events.ics:46)"), output.stdout)
        XCTAssertTrue(output.stdout.contains("publicity ('opening' in the title)"))
        XCTAssertTrue(output.stdout.contains("Permitted during the period"))
        XCTAssertTrue(output.stdout.contains("Licensing Sub-Committee Hearing"))
        XCTAssertFalse(output.stdout.contains("Full Council"), "clear events are listed only with --all")
        XCTAssertFalse(output.stdout.contains("Climate"), "cancelled")
        let all = run(["events", "outlook-civic-events.ics", "--election", "local.north-norfolk.2026-05-07", "--from", "2026-01-01", "--to", "2026-12-31", "--all"])
        XCTAssertTrue(all.output.stdout.contains("Wednesday 25 March 2026, 19:00 — Full Council"), all.output.stdout)
    }

    func testJSONHasTheKeysToolsRelyOn() throws {
        let p = try period()
        let (status, output) = run(["events", "google-community-events.ics", "--election", "local.north-norfolk.2026-05-07", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "json"])
        XCTAssertEqual(status, 1)
        let doc = try json(output.stdout)
        let events = try XCTUnwrap(doc["events"] as? [[String: Any]])
        XCTAssertNotNil(doc["warnings"] as? [Any])
        XCTAssertFalse(events.isEmpty)
        for event in events {
            for key in ["uid", "title", "start", "end", "in_period", "status", "periods", "suggestions", "source"] {
                XCTAssertNotNil(event[key], "missing \(key)")
            }
            XCTAssertEqual(event["in_period"] as? Bool, true, "without --all only occurrences in a period are listed")
            let periods = try XCTUnwrap(event["periods"] as? [[String: Any]])
            XCTAssertEqual(periods.first?["start"] as? String, p.start.iso)
            XCTAssertEqual(periods.first?["elections"] as? [String], ["local.north-norfolk.2026-05-07"])
            // Every suggestion is outside the period, on the event's own day of the week.
            let start = try XCTUnwrap(CivilDate(iso: try XCTUnwrap(event["start"] as? String)))
            for s in try XCTUnwrap(event["suggestions"] as? [String]) {
                let date = try XCTUnwrap(CivilDate(iso: s))
                XCTAssertFalse(p.contains(date), s)
                XCTAssertEqual(date.weekday, start.weekday, s)
            }
        }
        let statuses = Set(events.compactMap { $0["status"] as? String })
        XCTAssertTrue(statuses.isSubset(of: ["conflict", "review", "permitted"]), "\(statuses)")
        let all = try json(run(["events", "google-community-events.ics", "--election", "local.north-norfolk.2026-05-07", "--from", "2026-01-01",
                                "--to", "2026-12-31", "--format", "json", "--all"]).output.stdout)
        let allEvents = try XCTUnwrap(all["events"] as? [[String: Any]])
        XCTAssertTrue(allEvents.contains { $0["status"] as? String == "clear" && $0["in_period"] as? Bool == false })
        // 23:30 UTC on Sunday 29 March 2026 is Monday 30 March in London.
        let walk = try XCTUnwrap(allEvents.first { $0["title"] as? String == "Midnight Lantern Walk" })
        XCTAssertEqual(walk["start"] as? String, "2026-03-30")
        XCTAssertEqual(walk["time"] as? String, "00:30")
        XCTAssertEqual(walk["source"] as? String, "google-community-events.ics:27")
    }

    func testCSVOutputIsSafeInExcel() throws {
        let (status, output) = run(["events", "events.csv", "--election", "local.north-norfolk.2026-05-07", "--from", "2026-01-01", "--to", "2026-12-31", "--format", "csv"])
        XCTAssertEqual(status, 1)
        let table = try CSVTable.parse(output.stdout)
        XCTAssertEqual(table.header.prefix(5), ["status", "start", "end", "time", "title"])
        let titles = table.records.map { $0.fields[4] }
        XCTAssertTrue(titles.contains("'=HYPERLINK(\"http://example.com\",\"Polling day walkabout\")"), "\(titles)")
        XCTAssertFalse(titles.contains { $0.hasPrefix("=") })
        // The row that could not be read is in the report itself, as an `unread` row naming file:line.
        let unread = try XCTUnwrap(table.records.first { $0.fields[0] == "unread" })
        XCTAssertEqual(unread.fields[11], "events.csv:6")
        XCTAssertTrue(unread.fields[9].contains("'2026-04-31' is not a date"), unread.fields[9])
    }

    func testStandardInputAndNoConflictsExitsZero() {
        let csv = "date,title\n2026-04-14,Planning Committee\n2026-06-01,Summer fete\n"
        let (status, output) = run(["events", "-", "--election", "local.north-norfolk.2026-05-07", "--from", "2026-01-01"], stdin: csv)
        XCTAssertEqual(status, 0, output.stdout + output.stderr)
        XCTAssertTrue(output.stdout.contains("No conflicts."))
        XCTAssertTrue(output.stdout.contains("Planning Committee (stdin:2)"), output.stdout)
        // An iCalendar on standard input is recognised by its first line.
        let ics = "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20260420\r\nSUMMARY:Launch of Active Exampleton\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        XCTAssertEqual(run(["events", "-", "--election", "local.north-norfolk.2026-05-07", "--from", "2026-01-01"], stdin: ics).status, 1)
    }

    func testBrokenInputExitsTwoWithFileAndLine() {
        let notCalendar = run(["events", "not-a-calendar.ics", "--election", "local.north-norfolk.2026-05-07"])
        XCTAssertEqual(notCalendar.status, 2)
        XCTAssertTrue(notCalendar.output.stderr.hasPrefix("preelection: error: not-a-calendar.ics:1: not an iCalendar file"), notCalendar.output.stderr)
        XCTAssertEqual(notCalendar.output.stderr.filter { $0 == "\n" }.count, 1)
        let noDate = run(["events", "no-date-column.csv", "--election", "local.north-norfolk.2026-05-07"])
        XCTAssertEqual(noDate.status, 2)
        XCTAssertTrue(noDate.output.stderr.contains("no-date-column.csv:1: no 'date' column"), noDate.output.stderr)
        XCTAssertTrue(noDate.output.stderr.contains("date,title"), "the hint shows the header to write")
        XCTAssertEqual(run(["events", "missing.ics"]).status, 2)
        XCTAssertEqual(run(["events"]).status, 2)
        XCTAssertEqual(run(["events", "events.csv", "--format", "xml"]).status, 2)
        XCTAssertEqual(run(["events", "events.csv", "--from", "2026-05-01", "--to", "2026-04-01"]).status, 2)
        XCTAssertEqual(run(["events", "events.csv", "--from", "30/02/2026"]).status, 2)
        XCTAssertEqual(run(["events", "-"], stdin: "").status, 2, "empty input")
    }

    func testOneBadEventIsAWarningAndTheRestAreChecked() {
        let (status, output) = run(["events", "broken-line.ics", "--election", "local.north-norfolk.2026-05-07", "--from", "2026-01-01", "--to", "2026-12-31"])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(output.stdout.contains("Could not be read"), output.stdout)
        XCTAssertTrue(output.stdout.contains("  broken-line.ics:14: DTSTART '2026-13-45T10:00:00'"), output.stdout)
        XCTAssertTrue(output.stdout.contains("broken-line.ics:21: RRULE part BYWEEKNO not supported"), output.stdout)
        XCTAssertTrue(output.stdout.contains("Photo call: new electric refuse lorries"))
        XCTAssertTrue(output.stdout.contains("Scrutiny Committee"))
    }

    func testConfigKeywordsOverrideTheDefaults() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("events-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"scheduler": {"formal_business_keywords": ["+tea dance"], "conflict_keywords": ["-exhibition"]}}"#.utf8)
            .write(to: dir.appendingPathComponent("preelection.json"))
        let (status, output) = run(["events", EventsCommandTests.fixtures + "/cms-events.ics", "--election", "local.north-norfolk.2026-05-07",
                                    "--from", "2026-01-01", "--to", "2026-12-31", "--config", "preelection.json", "--format", "json"],
                                   directory: dir.path)
        XCTAssertEqual(status, 1)
        let events = try XCTUnwrap(try json(output.stdout)["events"] as? [[String: Any]])
        XCTAssertEqual(events.first { $0["title"] as? String == "Tea dance at the Winter Gardens" }?["status"] as? String, "permitted")
        let exhibition = events.first { $0["title"] as? String == "Schools art exhibition" }
        XCTAssertEqual(exhibition?["reason"] as? String, "not recognised as publicity or formal business")
        XCTAssertEqual(exhibition?["status"] as? String, "review")
    }
}

/// Nothing unread goes unmentioned, and only publicity is a conflict (the May 2027 English local elections).
extension EventsCommandTests {
    func write(_ text: String, named name: String) -> String {
        let folder = CLI.temporaryFolder()
        _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8))
        return folder
    }

    func testCSVDatesAsClerksWriteThemAreChecked() {
        let csv = "date,title\n14 April 2027,Spring fun day\nWed 14 Apr 2027,Opening of the play area\n14/04/27,Launch of the litter campaign\n2027-4-14,Community gala\n"
        let folder = write(csv, named: "parish.csv")
        let (status, output) = run(["events", "parish.csv", "--country", "england", "--from", "2027-01-01", "--to", "2027-06-30"], directory: folder)
        XCTAssertEqual(status, 1)
        XCTAssertTrue(output.stdout.contains("\nChecked 4 event occurrences in parish.csv"), output.stdout)
        XCTAssertTrue(output.stdout.contains("4 conflicts"), output.stdout)
        XCTAssertFalse(output.stdout.contains("Could not be read"), output.stdout)
        XCTAssertEqual(output.stderr, "")
    }

    func testUnreadRowsAreInEveryFormatAndExitOne() throws {
        // The only readable row is formal business, so before, this said "No conflicts" and exited 0.
        let csv = "date,title\n2027-04-20,Planning Committee\nnext Tuesday,Opening of the new pavilion\n"
        let folder = write(csv, named: "events.csv")
        let base = ["events", "events.csv", "--country", "england", "--from", "2027-01-01", "--to", "2027-06-30"]
        let text = run(base, directory: folder)
        XCTAssertEqual(text.status, 1)
        XCTAssertTrue(text.output.stdout.contains("Could not be read — check these by hand, they may hide a conflict (1):\n  events.csv:3: 'next Tuesday' is not a date"), text.output.stdout)
        XCTAssertTrue(text.output.stdout.contains("No conflicts among the events that could be read."), text.output.stdout)
        let json = run(base + ["--format", "json"], directory: folder)
        XCTAssertEqual(json.status, 1)
        let warnings = try XCTUnwrap(try self.json(json.output.stdout)["warnings"] as? [[String: Any]])
        XCTAssertEqual(warnings.first?["source"] as? String, "events.csv:3")
        let csvOut = run(base + ["--format", "csv"], directory: folder)
        XCTAssertEqual(csvOut.status, 1)
        let table = try CSVTable.parse(csvOut.output.stdout)
        XCTAssertEqual(table.records.last?.fields.first, "unread")
        XCTAssertEqual(table.records.last?.fields.last, "events.csv:3")
    }

    func testAFileThatIsNotICalendarExitsTwo() {
        let folder = write("BEGIN:VCALENDAR\nSorry, this page could not be found.\nPlease try again later.\n", named: "feed.ics")
        let (status, output) = run(["events", "feed.ics", "--country", "england"], directory: folder)
        XCTAssertEqual(status, 2)
        XCTAssertTrue(output.stderr.hasPrefix("preelection: error: feed.ics:2: is not an iCalendar file"), output.stderr)
        XCTAssertEqual(output.stdout, "")
    }

    func testOnlyPublicityConflictsOthersAreReviewedOrClear() {
        let csv = """
        date,title,time
        Sat 17 April 2027,Village fun day,11:00
        2027-04-13,Annual Parish Meeting,19:30
        2027-04-12,Clerk - annual leave,
        2027-04-15,Internal audit visit,10:00
        2027-04-16,Tea dance,14:00
        """
        let folder = write(csv, named: "clerk.csv")
        let base = ["events", "clerk.csv", "--country", "england", "--from", "2027-01-01", "--to", "2027-06-30"]
        let (status, output) = run(base, directory: folder)
        XCTAssertEqual(status, 1)
        let s = output.stdout
        XCTAssertTrue(s.contains("1 conflict — move these"), s)
        XCTAssertTrue(s.contains("Saturday 17 April 2027, 11:00 — Village fun day"), s)
        // Saturday to Saturday, same time; before 22 March (five working days before 31 March, Easter aside).
        XCTAssertTrue(s.contains("move to Saturday 20 March 2027, 11:00 (before) or Saturday 8 May 2027, 11:00 (after)"), s)
        XCTAssertTrue(s.contains("1 to check by hand — not recognised as publicity or formal business"), s)
        XCTAssertTrue(s.contains("Friday 16 April 2027, 14:00 — Tea dance"), s)
        XCTAssertTrue(s.contains("move to Friday 19 March 2027, 14:00 (before) or Friday 14 May 2027, 14:00 (after)"), s)
        XCTAssertTrue(s.contains("at least 5 working days clear of its start (Wednesday 31 March 2027)"), s)
        XCTAssertTrue(s.contains("a council may publish it earlier"), s)
        XCTAssertTrue(s.contains("skip the day after polling day (Friday 7 May 2027): the count is often held then"), s)
        XCTAssertTrue(s.contains("Permitted during the period — formal council business may continue (1):\n  Tuesday 13 April 2027, 19:30 — Annual Parish Meeting"), s)
        XCTAssertTrue(s.contains("2 internal entries in the period (leave, training, audit…) are not publicity"), s)
        XCTAssertFalse(s.contains("Internal audit visit ("), "internal entries are not listed without --all")
        // With the notice date known there is no margin: the Saturday before it will do.
        let known = run(base + ["--notice", "2027-03-24"], directory: folder)
        XCTAssertTrue(known.output.stdout.contains("move to Saturday 20 March 2027, 11:00 (before)"), known.output.stdout)
        XCTAssertTrue(known.output.stdout.contains("move to Friday 19 March 2027, 14:00 (before)"), known.output.stdout)
        XCTAssertFalse(known.output.stdout.contains("working days clear"), known.output.stdout)
        // Only a review: still exit 1.
        let reviewOnly = write("date,title\n2027-04-16,Tea dance\n", named: "t.csv")
        XCTAssertEqual(run(["events", "t.csv", "--country", "england", "--from", "2027-01-01", "--to", "2027-06-30"], directory: reviewOnly).status, 1)
        let leaveOnly = write("date,title\n2027-04-16,Clerk - annual leave\n", named: "t.csv")
        XCTAssertEqual(run(["events", "t.csv", "--country", "england", "--from", "2027-01-01", "--to", "2027-06-30"], directory: leaveOnly).status, 0)
    }
}
