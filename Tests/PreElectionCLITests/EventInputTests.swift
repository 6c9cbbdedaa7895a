import Foundation
import XCTest
import ElectionCalendar
import FileFormats
@testable import PreElectionCLI

/// Hostile events files: a small file of endless daily series must give a bounded report, quickly.
final class EventInputTests: XCTestCase {
    /// `count` daily series, each from 1 January in year 1 and never ending (about 110 bytes each).
    func dailySeriesFromYearOne(_ count: Int) -> String {
        var s = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
        for i in 0..<count {
            s += "BEGIN:VEVENT\r\nUID:s\(i)\r\nDTSTART:00010101T090000\r\nDURATION:PT1H\r\nSUMMARY:Daily \(i)\r\nRRULE:FREQ=DAILY\r\nEND:VEVENT\r\n"
        }
        return s + "END:VCALENDAR\r\n"
    }

    func write(_ text: String, _ name: String) throws -> String {
        let folder = CLI.temporaryFolder()
        try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8)
        return folder
    }

    func testWarnStaysSmallOnEndlessSeries() throws {
        // 1,400 daily series (160 KB) used to give a 6.9 MB digest; the digest lists at most 100 conflicts.
        let folder = try write(dailySeriesFromYearOne(1_400), "events.ics")
        let r = CLI.run(["warn", "--events", "events.ics", "--election", "local.exampleton.2026-05-07", "--country", "england"], today: "2026-04-01", directory: folder)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertLessThan(r.stdout.utf8.count, 40_000)
        XCTAssertTrue(r.stdout.contains("more: run preelection events with the same files for the full list"), String(r.stdout.suffix(500)))
    }

    func testOccurrencesPerRunAreCapped() throws {
        // Three copies of a file with 100 endless daily series, over 2,000 years: each file stops at the
        // per-file limit and the run at the per-run limit, with a warning saying how much was not expanded.
        let text = dailySeriesFromYearOne(100)
        let folder = try write(text, "a.ics")
        try text.write(toFile: folder + "/b.ics", atomically: true, encoding: .utf8)
        try text.write(toFile: folder + "/c.ics", atomically: true, encoding: .utf8)
        let context = RunContext(today: CivilDate(iso: "2026-04-01")!, currentDirectory: folder)
        let loaded = try EventInput.load(["a.ics", "b.ics", "c.ics"], from: CivilDate(iso: "0030-01-01")!,
                                         to: CivilDate(iso: "2030-12-31")!, context: context)
        XCTAssertEqual(2 * ICalendar.fileCap + ICalendar.fileCap / 2, EventInput.runCap, "the third file is cut by the run's limit")
        XCTAssertLessThanOrEqual(loaded.occurrences.count, EventInput.runCap)
        XCTAssertGreaterThan(loaded.occurrences.count, EventInput.runCap - 1_000)
        XCTAssertTrue(loaded.warnings.contains { $0.source.hasPrefix("c.ics") && $0.message.contains("not expanded") }, "\(loaded.warnings.map(\.message))")
    }
}
