import XCTest
@testable import FileFormats

final class ICalendarWriterTests: XCTestCase {
    func testFoldingNeverSplitsAUTF8Character() {
        let line = "SUMMARY:" + String(repeating: "Pre-election period — ", count: 8)
        let folded = ICalendarWriter.fold(line)
        let parts = folded.components(separatedBy: "\r\n")
        XCTAssertGreaterThan(parts.count, 1)
        for part in parts {
            XCTAssertLessThanOrEqual(part.utf8.count, 75)
            XCTAssertNotNil(String(validating: Array(part.utf8), as: UTF8.self))
        }
        XCTAssertEqual(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") }, true)
        XCTAssertEqual(parts.first! + parts.dropFirst().map { String($0.dropFirst()) }.joined(), line)  // safe: split always yields one part
    }

    func testTextEscapingAndExclusiveEnd() {
        XCTAssertEqual(ICalendarWriter.escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne")
        let file = ICalendarWriter(name: "Periods", stamp: "20261203T000000Z", events: [
            .init(uid: "u1@preelection", startDate: "20270331", endDateExclusive: "20270507", summary: "Local elections, 6 May", description: "x"),
        ]).render()
        XCTAssertTrue(file.contains("DTEND;VALUE=DATE:20270507\r\n"))
        XCTAssertTrue(file.contains("SUMMARY:Local elections\\, 6 May\r\n"))
        XCTAssertTrue(file.hasSuffix("END:VCALENDAR\r\n"))
    }
}
