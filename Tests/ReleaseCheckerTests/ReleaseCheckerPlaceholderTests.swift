import XCTest
@testable import ReleaseChecker

/// Replaced by the module's real tests when its issue lands.
final class ReleaseCheckerPlaceholderTests: XCTestCase {
    func testModuleLinks() { XCTAssertTrue(String(describing: ReleaseCheckerPlaceholder.self).hasPrefix("ReleaseChecker")) }
}
