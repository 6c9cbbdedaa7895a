import CivilTime
import XCTest
@testable import FileFormats

final class TimeZoneRuleTests: XCTestCase {
    func testNamesCouncilsExportMeanUKTime() {
        for name in ["Europe/London", "GMT Standard Time", "tzone://Microsoft/Custom", "/mozilla.org/20050126_1/Europe/London",
                     "(UTC+00:00) Dublin, Edinburgh, Lisbon, London", "Customized Time Zone 1", "GB"] {
            XCTAssertEqual(TimeZoneRule.resolve(name, definition: nil), .init(rule: .london, warning: nil), name)
        }
        XCTAssertEqual(TimeZoneRule.resolve("UTC", definition: nil).rule, .utc)
        XCTAssertEqual(TimeZoneRule.resolve("Greenwich Standard Time", definition: nil).rule, .utc)
    }

    func testOtherZonesAndTheFallback() {
        // A conference in Brussels: Europe/Brussels is UTC+2 in April, so 09:00 there is 08:00 in London.
        let brussels = TimeZoneRule.resolve("Europe/Brussels", definition: nil)
        XCTAssertNil(brussels.warning)
        let wall = CivilDate(year: 2026, month: 4, day: 16)!.dayNumber * 86_400 + 9 * 3600
        XCTAssertEqual(LondonTime.wallSeconds(fromUTC: brussels.rule.utcSeconds(fromWall: wall)), wall - 3600)
        // A zone defined only by the file's VTIMEZONE with UK offsets is UK time.
        let custom = TimeZoneRule.Definition(standardOffsets: [0], daylightOffsets: [3600])
        XCTAssertEqual(TimeZoneRule.resolve("Exampleton local", definition: custom).rule, .london)
        XCTAssertEqual(TimeZoneRule.resolve("Gulf", definition: .init(standardOffsets: [14_400])).rule, .fixed(14_400))
        // An unknown name falls back to UK time with a warning naming it.
        let unknown = TimeZoneRule.resolve("Council Standard Time", definition: nil)
        XCTAssertEqual(unknown.rule, .london)
        XCTAssertTrue(unknown.warning?.contains("'Council Standard Time'") ?? false)
    }
}
