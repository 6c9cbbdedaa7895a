import XCTest
import ElectionCalendar
@testable import EventScheduler

final class WeeklyDigestTests: XCTestCase {
    func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }
    lazy var locals2026 = PreElectionPeriod(start: d("2026-03-30"), end: d("2026-05-07"), elections: ["local.2026-05-07"], basis: "notice")

    func checked(_ today: String, _ events: [EventOccurrence]) -> [CheckedEvent] {
        ConflictChecker(periods: [locals2026], nonWorkingDays: [], earliestSuggestion: d(today)).check(events)
    }

    func testQuietWeekInJanuary() {
        // Monday 12 January 2026: the period starts 77 days later, beyond an 8-week horizon.
        let opening = EventOccurrence(title: "Opening of Riverside Library", start: d("2026-04-16"), source: "e.ics:3")
        let digest = WeeklyDigest(today: d("2026-01-12"), weeks: 8, periods: [locals2026], checked: checked("2026-01-12", [opening]))
        XCTAssertTrue(digest.isQuiet)
        XCTAssertEqual(digest.horizonEnd, d("2026-03-09"))
    }

    func testBusyWeekBeforeThePeriod() {
        // Monday 9 March 2026: the period starts in 21 days; the opening on 16 April is within 8 weeks.
        let events = [
            EventOccurrence(title: "Opening of Riverside Library", start: d("2026-04-16"), source: "e.ics:3"),
            EventOccurrence(title: "Planning Committee", start: d("2026-04-14"), source: "e.ics:9"),
            EventOccurrence(title: "Summer fete", start: d("2026-06-20"), source: "e.ics:20"),
        ]
        let digest = WeeklyDigest(today: d("2026-03-09"), weeks: 8, periods: [locals2026], checked: checked("2026-03-09", events))
        XCTAssertFalse(digest.isQuiet)
        XCTAssertEqual(digest.starting, [.init(period: locals2026, daysUntilStart: 21)])
        XCTAssertEqual(digest.inProgress, [])
        XCTAssertEqual(digest.conflicts.map(\.occurrence.title), ["Opening of Riverside Library"])
    }

    func testPeriodInProgressIsNeverQuiet() {
        let digest = WeeklyDigest(today: d("2026-04-20"), weeks: 1, periods: [locals2026], checked: [])
        XCTAssertEqual(digest.inProgress, [locals2026])
        XCTAssertFalse(digest.isQuiet)
        // The day after polling day everything is over.
        XCTAssertTrue(WeeklyDigest(today: d("2026-05-08"), weeks: 8, periods: [locals2026], checked: []).isQuiet)
    }

    func testSomethingUnreadIsNeverQuiet() {
        // Monday 12 January 2026 is a quiet week, unless part of the events could not be read.
        let unread = [EventWarning(source: "events.ics:14", message: "DTSTART '2026-13-45' is not a date; the event is skipped")]
        let digest = WeeklyDigest(today: d("2026-01-12"), weeks: 8, periods: [locals2026], checked: [], unread: unread)
        XCTAssertFalse(digest.isQuiet)
        XCTAssertEqual(digest.unread, unread)
    }

    func testEventsForReviewAreListed() {
        let events = [EventOccurrence(title: "Tea dance", start: d("2026-04-15"), source: "e.ics:3"),
                      EventOccurrence(title: "Clerk - annual leave", start: d("2026-04-14"), source: "e.ics:9")]
        let digest = WeeklyDigest(today: d("2026-04-13"), weeks: 1, periods: [locals2026], checked: checked("2026-04-13", events))
        XCTAssertEqual(digest.reviews.map(\.occurrence.title), ["Tea dance"])
        XCTAssertEqual(digest.conflicts, [])
    }
}
