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
        // A zone defined only by the file's VTIMEZONE is read by the file's rules; one offset is a fixed zone.
        let gulf = TimeZoneRule.Definition(observances: [.init(start: 0, offsetFrom: 14_400, offsetTo: 14_400)])
        XCTAssertEqual(TimeZoneRule.resolve("Gulf", definition: gulf).rule, .fixed(14_400))
        // An unknown name with no VTIMEZONE falls back to UK time with a warning naming it.
        let unknown = TimeZoneRule.resolve("Council Standard Time", definition: nil)
        XCTAssertEqual(unknown.rule, .london)
        XCTAssertTrue(unknown.warning?.contains("'Council Standard Time'") ?? false)
    }

    func testNamesInAnyCaseOrWithAVendorPrefix() {
        let wall = CivilDate(year: 2026, month: 4, day: 16)!.dayNumber * 86_400 + 14 * 3600
        for name in ["europe/berlin", "/freeassociation.sourceforge.net/Europe/Berlin", "/freeassociation.sourceforge.net/Tzfile/Europe/Berlin"] {
            let r = TimeZoneRule.resolve(name, definition: nil)
            XCTAssertNil(r.warning, name)
            XCTAssertEqual(r.rule.utcSeconds(fromWall: wall), wall - 7200, name)
        }
        // X-LIC-LOCATION names the zone when the VTIMEZONE has no parts.
        let located = TimeZoneRule.resolve("Office zone", definition: .init(location: "Europe/Paris"))
        XCTAssertEqual(located.rule.utcSeconds(fromWall: wall), wall - 7200)
    }

    func testAFilesZoneAcrossItsOwnTransition() {
        // +12:00 until 08:00 on 5 May 2024, then +10:00: 07:00:01 happens twice (the first is meant), 08:00:01
        // only after the change.
        let day = CivilDate(year: 2024, month: 5, day: 5)!.dayNumber * 86_400
        let zone = TimeZoneRule.defined(.init(observances: [
            .init(start: CivilDate(year: 2024, month: 1, day: 1)!.dayNumber * 86_400, offsetFrom: 36_000, offsetTo: 43_200),
            .init(start: day + 8 * 3600, offsetFrom: 43_200, offsetTo: 36_000),
        ]))
        XCTAssertEqual(zone.utcSeconds(fromWall: day + 7 * 3600 + 1), day + 7 * 3600 + 1 - 43_200)
        XCTAssertEqual(zone.utcSeconds(fromWall: day + 8 * 3600 + 1), day + 8 * 3600 + 1 - 36_000)
        XCTAssertEqual(zone.wallSeconds(fromUTC: day - 12 * 3600), day)
    }
}
