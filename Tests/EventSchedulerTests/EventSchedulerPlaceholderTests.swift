import XCTest
@testable import EventScheduler

/// Replaced by the module's real tests when its issue lands.
final class EventSchedulerPlaceholderTests: XCTestCase {
    func testModuleLinks() { XCTAssertTrue(String(describing: EventSchedulerPlaceholder.self).hasPrefix("EventScheduler")) }
}
