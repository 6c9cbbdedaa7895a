import XCTest
import Foundation
@testable import PreElectionCLI

/// `--calendars DIR` with a GOV.UK bank-holidays.json: the file counts year by year, so one stray date does not
/// switch off the rule-computed holidays of every year up to it.
final class CalendarDataLoadingTests: XCTestCase {
    func testAStrayFarFutureDateDoesNotChangeTheLaw() throws {
        // Before: an event dated 2207-12-25 made 2029–2207 "covered by data", so 2030 had no bank holidays
        // (Good Friday 19 April, Easter Monday 22 April 2030) and the period for the 2 May 2030 local
        // elections started on 27 March instead of 26 March.
        let folder = CLI.temporaryFolder()
        let original = try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Calendars/bank-holidays.json"))
        var root = try XCTUnwrap(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        var division = try XCTUnwrap(root["england-and-wales"] as? [String: Any])
        var events = try XCTUnwrap(division["events"] as? [[String: Any]])
        events.append(["title": "Christmas Day", "date": "2207-12-25", "notes": "", "bunting": true])
        division["events"] = events
        root["england-and-wales"] = division
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: folder + "/bank-holidays.json"))

        let r = CLI.run(["periods", "--election", "local.2030-05-02", "--only", "--country", "england", "--calendars", folder, "--format", "json"])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertEqual((CLI.json(r.stdout)["periods"] as? [[String: Any]])?.first?["start"] as? String, "2030-03-26")
        XCTAssertTrue(r.stderr.contains("bank-holidays.json: england-and-wales lists only part of 2207 (2207-12-25), so 2207's bank holidays are computed by rule; 2207 is far outside the years the file lists in full (2012–2028) — check for a typing mistake"), r.stderr)

        let holidays = CLI.run(["holidays", "--year", "2030", "--country", "england", "--calendars", folder])
        XCTAssertTrue(holidays.stdout.contains("computed by rule"), holidays.stdout)
        XCTAssertTrue(holidays.stdout.contains("Friday 19 April 2030"), holidays.stdout)
        let listed = CLI.run(["holidays", "--year", "2027", "--country", "england", "--calendars", folder])
        XCTAssertTrue(listed.stdout.contains("GOV.UK data"), listed.stdout)
    }
}
