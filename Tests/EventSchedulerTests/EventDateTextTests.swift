import XCTest
import ElectionCalendar
@testable import EventScheduler

final class EventDateTextTests: XCTestCase {
    func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    func testCommonUKFormsOfOneDate() throws {
        // Wednesday 14 April 2027, inside the period for the 6 May 2027 English locals, written as clerks do.
        for text in ["14 April 2027", "Wed 14 Apr 2027", "Wednesday, 14 April 2027", "14th April 2027", "14/04/27", "14/4/2027",
                     "2027-4-14", "2027-04-14", "2027/04/14", "14/04/2027", "14-Apr-2027", "14-Apr-27", "14.04.2027", "14-04-2027",
                     "April 14, 2027", "14 Ebrill 2027", "  14 APRIL 2027 "] {
            let parsed = try XCTUnwrap(EventDateText(text), text)
            XCTAssertEqual(parsed.date, d("2027-04-14"), text)
            XCTAssertNil(parsed.time, text)
            XCTAssertNil(parsed.statedWeekday, text)
            XCTAssertFalse(parsed.timeUnread, text)
        }
    }

    func testDatesWithTimes() throws {
        let cases = [
            ("14 April 2027 19:00", "19:00"), ("Wed 14 Apr 2027, 7pm", "19:00"), ("14/04/2027 7.30 pm", "19:30"),
            ("14/04/27 at 10:00", "10:00"), ("2027-04-14T19:00:00", "19:00"), ("2027-04-14T18:00:00Z", "18:00"),
            ("14-Apr-2027 19:00-21:00", "19:00"), ("14 April 2027 from 7pm to 9pm", "19:00"), ("14/04/2027 - 10:30", "10:30"),
        ]
        for (text, time) in cases {
            let parsed = try XCTUnwrap(EventDateText(text), text)
            XCTAssertEqual(parsed.date, d("2027-04-14"), text)
            XCTAssertEqual(parsed.time, time, text)
        }
        let unread = try XCTUnwrap(EventDateText("14/04/2027 soon"))
        XCTAssertEqual(unread.date, d("2027-04-14"))
        XCTAssertTrue(unread.timeUnread, "something after the date that is not a time is reported, not dropped")
    }

    func testAWrongWeekdayIsNoticed() throws {
        // "Tue 14 Apr 2027": 14 April 2027 is a Wednesday, so the row says two different days.
        let parsed = try XCTUnwrap(EventDateText("Tue 14 Apr 2027"))
        XCTAssertEqual(parsed.date, d("2027-04-14"))
        XCTAssertEqual(parsed.statedWeekday, .tuesday)
    }

    func testNotDates() {
        for text in ["next Tuesday", "14 April", "31/02/2027", "2027-13-01", "14 Aprl 2027", "TBC", "", "14/04/202", "14 04 2027", "1234567890123"] {
            XCTAssertNil(EventDateText(text), text)
        }
    }
}
