import XCTest
@testable import FileFormats

final class ICalDurationTests: XCTestCase {
    func testDurations() {
        // RFC 5545 §3.3.6 examples.
        XCTAssertEqual(ICalDuration.parse("PT1H30M"), ICalDuration(days: 0, seconds: 5400))
        XCTAssertEqual(ICalDuration.parse("P2D"), ICalDuration(days: 2, seconds: 0))
        XCTAssertEqual(ICalDuration.parse("P7W"), ICalDuration(days: 49, seconds: 0))
        XCTAssertEqual(ICalDuration.parse("P15DT5H0M20S"), ICalDuration(days: 15, seconds: 18_020))
        XCTAssertEqual(ICalDuration.parse("-PT15M"), ICalDuration(days: 0, seconds: -900))
        XCTAssertNil(ICalDuration.parse("P"))
        XCTAssertNil(ICalDuration.parse("PT"))
        XCTAssertNil(ICalDuration.parse("1H"))
        XCTAssertNil(ICalDuration.parse("P1H"), "hours belong after T")
    }

    func testRepeatedPartsCannotOverflow() {
        // Parts may repeat; the sum is checked, so a file cannot overflow it (the reader used to trap).
        let many = "P" + String(repeating: "99999999W", count: 20_000)
        XCTAssertNil(ICalDuration.parse(Substring(many)))
        XCTAssertNil(ICalDuration.parse(Substring("PT" + String(repeating: "99999999H", count: 30_000))))
        XCTAssertEqual(ICalDuration.parse("P99999999W"), ICalDuration(days: 699_999_993, seconds: 0))
    }
}
