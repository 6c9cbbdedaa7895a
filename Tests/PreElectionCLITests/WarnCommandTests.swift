import Foundation
import XCTest
import ElectionCalendar
@testable import PreElectionCLI

final class WarnCommandTests: XCTestCase {
    let fixtures = EventsCommandTests.fixtures

    func run(_ arguments: [String], today: CivilDate = CivilDate(iso: "2026-01-12")!) -> (status: Int32, output: CommandOutput) {
        PreElectionCLI.run(arguments, context: RunContext(today: today, currentDirectory: fixtures))
    }

    /// The selection's period for the 7 May 2026 locals, so the dates follow the calendar code.
    func period() throws -> PreElectionPeriod {
        let parsed = try ArgumentParser.parse(["--election", "local.north-norfolk.2026-05-07"], spec: WarnCommand.spec)
        let today = CivilDate(iso: "2026-01-12")!
        return try XCTUnwrap(try PollSelection.resolve(parsed, context: RunContext(today: today), from: today, to: today.adding(days: 400)).periods.first)
    }

    func testQuietWeekPrintsNothingAndExitsZero() throws {
        let p = try period()
        let quiet = p.start.adding(days: -70)  // ten weeks out: beyond the default eight
        let (status, output) = run(["warn", "--events", "outlook-civic-events.ics", "--election", "local.north-norfolk.2026-05-07", "--today", quiet.iso])
        XCTAssertEqual(status, 0)
        XCTAssertEqual(output.stdout, "")
        XCTAssertEqual(output.stderr, "")
        // --today defaults to the run's today; --weeks widens the horizon.
        XCTAssertEqual(run(["warn", "--events", "outlook-civic-events.ics", "--election", "local.north-norfolk.2026-05-07"], today: quiet).status, 0)
        XCTAssertEqual(run(["warn", "--events", "outlook-civic-events.ics", "--election", "local.north-norfolk.2026-05-07", "--weeks", "11"], today: quiet).status, 1)
        // The week after polling day is quiet again.
        XCTAssertEqual(run(["warn", "--events", "outlook-civic-events.ics", "--election", "local.north-norfolk.2026-05-07", "--today", p.end.adding(days: 1).iso]).output.stdout, "")
    }

    func testBusyWeekDigest() throws {
        let p = try period()
        let today = p.start.adding(days: -21)
        let (status, output) = run(["warn", "--events", "outlook-civic-events.ics", "--election", "local.north-norfolk.2026-05-07", "--today", today.iso, "--weeks", "6"])
        XCTAssertEqual(status, 1)
        let text = output.stdout
        XCTAssertTrue(text.contains("The pre-election period for \(PollSelection.describe(p)) starts on \(p.start.british), in 21 days."), text)
        XCTAssertTrue(text.contains("- Thursday 16 April 2026, 10:30: Opening of Riverside Library (outlook-civic-events.ics:46)"), text)
        XCTAssertTrue(text.contains("publicity ('opening' in the title); move to"), text)
        XCTAssertFalse(text.contains("Planning Committee"), "formal business is not a conflict")
        XCTAssertFalse(text.contains("Bluebell"), "2 May is beyond the six-week horizon from \(today.iso)")
        XCTAssertEqual(output.stderr, "")
    }

    func testPeriodInProgress() throws {
        let p = try period()
        let today = p.start.adding(days: 3)
        let (status, output) = run(["warn", "--events", "google-community-events.ics", "--election", "local.north-norfolk.2026-05-07", "--today", today.iso, "--weeks", "2"])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(output.stdout.contains("is in progress: it started on \(p.start.british) and ends on \(p.end.british)"), output.stdout)
        // Suggestions never lie in the past: only the date after the period is offered.
        XCTAssertTrue(output.stdout.contains("(after the period)"), output.stdout)
        XCTAssertFalse(output.stdout.contains("(before)"), output.stdout)
    }

    func testDigestNamesUnreadableEvents() throws {
        let p = try period()
        let (_, output) = run(["warn", "--events", "broken-line.ics", "--election", "local.north-norfolk.2026-05-07", "--today", p.start.adding(days: -7).iso])
        XCTAssertTrue(output.stdout.contains("  broken-line.ics:14: DTSTART"), output.stdout)
    }

    func testBadInputExitsTwo() {
        XCTAssertEqual(run(["warn", "outlook-civic-events.ics"]).status, 2, "files go with --events")
        XCTAssertTrue(run(["warn", "outlook-civic-events.ics"]).output.stderr.contains("e.g. 'preelection warn --events outlook-civic-events.ics'"))
        XCTAssertEqual(run(["warn", "--weeks", "0"]).status, 2)
        XCTAssertEqual(run(["warn", "--weeks", "eight"]).status, 2)
        XCTAssertEqual(run(["warn", "--today", "2026-02-30"]).status, 2)
    }
}

/// The cron digest is never silent when the events could not all be read, even in a quiet week.
extension WarnCommandTests {
    func testUnreadableEventsFileInAQuietWeekIsReported() throws {
        let folder = CLI.temporaryFolder()
        let files = [
            "garbage.ics": "BEGIN:VCALENDAR\nSorry, this page could not be found.\n",
            "cut.ics": "BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nSUMMARY:Spring fair\nDTSTART;VALUE=DATE:20270410\n",
            "rows.csv": "date,title\n2027-04-20,Planning Committee\nnext Tuesday,Opening of the pavilion\n",
            "empty.ics": "",
        ]
        for (name, text) in files { _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8)) }
        // Monday 7 December 2026: the 2027 period starts months later, so the week is otherwise quiet.
        let today = CivilDate(iso: "2026-12-07")!
        for name in files.keys.sorted() + ["missing.ics"] {
            let (status, output) = PreElectionCLI.run(["warn", "--events", name, "--country", "england"],
                                                      context: RunContext(today: today, currentDirectory: folder))
            XCTAssertEqual(status, 1, name)
            XCTAssertTrue(output.stdout.hasPrefix("Pre-election digest, Monday 7 December 2026"), name + ": " + output.stdout)
            XCTAssertTrue(output.stdout.contains("Could not be read — check these by hand"), name + ": " + output.stdout)
            XCTAssertTrue(output.stdout.contains("\n  \(name)"), name + ": " + output.stdout)
            XCTAssertTrue(output.stdout.contains("No pre-election period starts or is in progress in the next 8 weeks."), output.stdout)
        }
        // A readable file in the same week is still silent.
        _ = FileManager.default.createFile(atPath: folder + "/fine.csv", contents: Data("date,title\n2027-04-20,Planning Committee\n".utf8))
        let fine = PreElectionCLI.run(["warn", "--events", "fine.csv", "--country", "england"], context: RunContext(today: today, currentDirectory: folder))
        XCTAssertEqual(fine.0, 0)
        XCTAssertEqual(fine.1.stdout, "")
    }
}
