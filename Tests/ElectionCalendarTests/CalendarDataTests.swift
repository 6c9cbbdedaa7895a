import Foundation
import XCTest
@testable import ElectionCalendar

final class CalendarDataTests: XCTestCase {
    func testAScheduledPollsFileWithTwentyThousandEntriesIsReadInLinearTime() throws {
        // `--calendars` with 20,000 polls ran for minutes: every entry's line number was looked up in advance.
        var text = "{\"polls\": [\n"
        for index in 0..<20_000 {
            let date = String(format: "%04d-05-%02d", 2027 + index / 28, 1 + index % 28)
            text += "  {\"date\": \"\(date)\", \"country\": \"england\", \"elections\": [\"local.\(date)\"]},\n"
        }
        text += "  {\"date\": \"2027-02-30\", \"country\": \"england\", \"elections\": [\"local.2027-02-30\"]}\n]}\n"
        let started = Date()
        XCTAssertThrowsError(try CalendarData.parseScheduledPolls(Array(text.utf8))) { error in
            XCTAssertEqual((error as? CalendarDataError)?.line, 20_002, "the bad last entry is still named by its line")
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 3.0)
    }
}
