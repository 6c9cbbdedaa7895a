import XCTest
@testable import ReleaseChecker

/// Severities order by urgency and parse as config files write them.
final class SeverityTests: XCTestCase {
    func testOrderAndParsing() {
        XCTAssertTrue(Severity.info < .warning && Severity.warning < .error)
        XCTAssertEqual([Severity.error, .info, .warning].max(), .error)
        XCTAssertEqual(Severity(argument: "Warn"), .warning)
        XCTAssertEqual(Severity(argument: "ERROR"), .error)
        XCTAssertNil(Severity(argument: "high"))
    }
}
