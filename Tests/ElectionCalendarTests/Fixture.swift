import Foundation
@testable import ElectionCalendar

/// Test helpers: fixture files beside the tests, and calendars built from the embedded data.
enum Fixture {
    /// The text of `Fixtures/<name>`.
    static func text(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// The package's `Calendars/` folder.
    static var calendarsFolder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Calendars")
    }

    /// CSV rows without comment lines (`#`) and the header.
    static func rows(_ name: String) throws -> [[String]] {
        try text(name).split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    static let calendars = CalendarSet(holidays: CalendarData.embedded.holidays, years: 2010...2032)

    static func date(_ iso: String) -> CivilDate {
        guard let date = CivilDate(iso: iso) else { preconditionFailure("bad test date \(iso)") }
        return date
    }
}
