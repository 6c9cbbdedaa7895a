import XCTest
@testable import FileFormats

final class ICalDateTimeTests: XCTestCase {
    func testFormsOfDateAndDateTime() throws {
        let date = try XCTUnwrap(ICalDateTime.parse("20260507", tzid: nil, valueIsDate: true))
        XCTAssertEqual(date.form, .date)
        XCTAssertEqual(date.date.description, "2026-05-07")
        let utc = try XCTUnwrap(ICalDateTime.parse("20260329T233000Z", tzid: nil, valueIsDate: false))
        XCTAssertEqual(utc.form, .utc)
        XCTAssertEqual(utc.secondsOfDay, 23 * 3600 + 30 * 60)
        let zoned = try XCTUnwrap(ICalDateTime.parse("20260416T103000", tzid: "GMT Standard Time", valueIsDate: false))
        XCTAssertEqual(zoned.form, .zoned("GMT Standard Time"))
        XCTAssertEqual(ICalDateTime.parse("20260416T103000", tzid: nil, valueIsDate: false)?.form, .floating)
        // Lenient: CMS exports in ISO extended form, and without seconds.
        XCTAssertEqual(ICalDateTime.parse("2026-04-16T10:30:00", tzid: nil, valueIsDate: false)?.secondsOfDay, 37_800)
        XCTAssertEqual(ICalDateTime.parse("20260416T1030", tzid: nil, valueIsDate: false)?.secondsOfDay, 37_800)
    }

    func testImpossibleValuesAreRejected() {
        XCTAssertNil(ICalDateTime.parse("2026-13-45T10:00:00", tzid: nil, valueIsDate: false))
        XCTAssertNil(ICalDateTime.parse("20260230", tzid: nil, valueIsDate: true))
        XCTAssertNil(ICalDateTime.parse("20260416T253000", tzid: nil, valueIsDate: false))
        XCTAssertNil(ICalDateTime.parse("next Tuesday", tzid: nil, valueIsDate: false))
        XCTAssertNil(ICalDateTime.parse("", tzid: nil, valueIsDate: false))
    }
}
