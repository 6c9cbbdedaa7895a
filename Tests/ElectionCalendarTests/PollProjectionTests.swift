import XCTest
@testable import ElectionCalendar

/// Ordinary polls past the scheduled data, by statutory cycle.
final class PollProjectionTests: XCTestCase {
    func testFirstThursdayInMay() {
        XCTAssertEqual(PollProjection.firstThursdayInMay(2027).iso, "2027-05-06")
        XCTAssertEqual(PollProjection.firstThursdayInMay(2028).iso, "2028-05-04")
        XCTAssertEqual(PollProjection.firstThursdayInMay(2031).iso, "2031-05-01")
        XCTAssertEqual(PollProjection.firstThursdayInMay(2032).iso, "2032-05-06")
    }

    func testProjectionContinuesEachCycleAfterTheData() {
        let scheduled = CalendarData.embedded.scheduledPolls
        let polls = PollProjection.polls(in: 2026...2037, after: scheduled)
        func ids(_ nation: Nation) -> [String] { polls.filter { $0.nation == nation }.flatMap(\.elections) }
        XCTAssertTrue(polls.allSatisfy { $0.isProjected && $0.date.year >= 2032 }, "nothing is projected where the data has polls")
        XCTAssertEqual(ids(.scotland), ["local.2032-05-06", "sp.2036-05-01", "local.2037-05-07"])
        XCTAssertEqual(ids(.wales), ["local.2032-05-06", "senedd.2034-05-04", "local.2037-05-07"])
        XCTAssertEqual(ids(.northernIreland), ["nia.2032-05-06", "local.2035-05-03", "nia.2037-05-07"])
        XCTAssertTrue(ids(.england).contains("mayor.london.2032-05-06"))
        XCTAssertEqual(polls.filter { $0.elections.contains("gla.a.2032-05-06") }.map(\.elections.count), [3], "London-only polls keep their own entry")
        XCTAssertEqual(PollProjection.lastProjectedYear(after: scheduled), 2051)
        XCTAssertTrue(PollProjection.polls(in: 2052...2060, after: scheduled).isEmpty)
        let resolver = PollResolver(councils: CalendarData.embedded.councils, country: nil)
        for poll in polls {
            for id in poll.elections { XCTAssertNoThrow(try PollResolver(councils: resolver.councils, country: poll.nation).election(id), id) }
        }
    }
}
