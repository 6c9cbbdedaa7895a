import CivilTime
import XCTest
@testable import FileFormats

final class LondonTimeTests: XCTestCase {
    func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int) -> Int {
        CivilDate(year: y, month: m, day: d)!.dayNumber * 86_400 + h * 3600 + min * 60
    }

    func testChangeoverSundaysOfRealYears() {
        // BST 2026: 29 March to 25 October; 2024: 31 March to 27 October (GOV.UK "When do the clocks change").
        XCTAssertEqual(CivilDate(dayNumber: LondonTime.lastSunday(year: 2026, month: 3)).description, "2026-03-29")
        XCTAssertEqual(CivilDate(dayNumber: LondonTime.lastSunday(year: 2026, month: 10)).description, "2026-10-25")
        XCTAssertEqual(CivilDate(dayNumber: LondonTime.lastSunday(year: 2024, month: 3)).description, "2024-03-31")
        XCTAssertEqual(CivilDate(dayNumber: LondonTime.lastSunday(year: 2024, month: 10)).description, "2024-10-27")
        XCTAssertEqual(CivilDate(dayNumber: LondonTime.lastSunday(year: 2027, month: 3)).description, "2027-03-28")
    }

    func testLateEveningUTCOnTheLastSundayOfMarchIsTheNextDayInLondon() {
        // 23:30 UTC on Sunday 29 March 2026 is 00:30 BST on Monday 30 March — the first day of the
        // pre-election period for the 7 May 2026 local elections.
        XCTAssertEqual(LondonTime.date(ofUTC: utc(2026, 3, 29, 23, 30)).description, "2026-03-30")
        // The evening before, still GMT: 23:30 UTC on Saturday 28 March is 23:30 in London, the same day.
        XCTAssertEqual(LondonTime.date(ofUTC: utc(2026, 3, 28, 23, 30)).description, "2026-03-28")
        // In winter London is UTC: 23:30 UTC on 15 January 2026 is still 15 January.
        XCTAssertEqual(LondonTime.date(ofUTC: utc(2026, 1, 15, 23, 30)).description, "2026-01-15")
    }

    func testTheChangeoverInstantsThemselves() {
        XCTAssertEqual(LondonTime.offset(utcSeconds: utc(2026, 3, 29, 0, 59)), 0)
        XCTAssertEqual(LondonTime.offset(utcSeconds: utc(2026, 3, 29, 1, 0)), 3600)
        XCTAssertEqual(LondonTime.offset(utcSeconds: utc(2026, 10, 25, 0, 59)), 3600)
        XCTAssertEqual(LondonTime.offset(utcSeconds: utc(2026, 10, 25, 1, 0)), 0)
        // 23:30 UTC on Saturday 24 October 2026 is 00:30 BST on Sunday 25 October.
        XCTAssertEqual(LondonTime.date(ofUTC: utc(2026, 10, 24, 23, 30)).description, "2026-10-25")
    }

    func testClockReadingsInTheGapAndTheRepeatedHour() {
        let wall = utc  // same arithmetic: a London clock reading counted as seconds
        // 19:00 on 16 April 2026 (BST) is 18:00 UTC; 19:00 on 15 January is 19:00 UTC.
        XCTAssertEqual(LondonTime.utcSeconds(fromWall: wall(2026, 4, 16, 19, 0)), utc(2026, 4, 16, 18, 0))
        XCTAssertEqual(LondonTime.utcSeconds(fromWall: wall(2026, 1, 15, 19, 0)), utc(2026, 1, 15, 19, 0))
        // 01:30 on 29 March 2026 never shows on a London clock: RFC 5545 reads it with the offset before (GMT).
        XCTAssertEqual(LondonTime.utcSeconds(fromWall: wall(2026, 3, 29, 1, 30)), utc(2026, 3, 29, 1, 30))
        // 01:30 on 25 October 2026 shows twice: the first (BST) is meant.
        XCTAssertEqual(LondonTime.utcSeconds(fromWall: wall(2026, 10, 25, 1, 30)), utc(2026, 10, 25, 0, 30))
        // Round trip away from the changeovers.
        for instant in [utc(2026, 6, 1, 12, 0), utc(2026, 12, 1, 12, 0)] {
            XCTAssertEqual(LondonTime.utcSeconds(fromWall: LondonTime.wallSeconds(fromUTC: instant)), instant)
        }
    }
}
