import CivilTime
import XCTest
@testable import FileFormats

final class ICalendarTests: XCTestCase {
    func ymd(_ text: String) -> CivilDate {
        let p = text.split(separator: "-").map { Int($0)! }
        return CivilDate(year: p[0], month: p[1], day: p[2])!
    }

    func calendar(_ body: String, crlf: Bool = true) throws -> ICalendar {
        let text = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n" + body + "END:VCALENDAR\n"
        return try ICalendar.parse(crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text)
    }

    func spans(_ cal: ICalendar, _ from: String = "2026-01-01", _ to: String = "2026-12-31") -> [String] {
        cal.occurrences(from: ymd(from), to: ymd(to)).occurrences.map { o in
            o.start == o.end ? "\(o.start) \(o.summary)" : "\(o.start)..\(o.end) \(o.summary)"
        }
    }

    static let outlookZone = """
    BEGIN:VTIMEZONE
    TZID:GMT Standard Time
    BEGIN:STANDARD
    DTSTART:16011028T020000
    RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
    TZOFFSETFROM:+0100
    TZOFFSETTO:-0000
    END:STANDARD
    BEGIN:DAYLIGHT
    DTSTART:16010325T010000
    RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
    TZOFFSETFROM:-0000
    TZOFFSETTO:+0100
    END:DAYLIGHT
    END:VTIMEZONE

    """

    func testOutlookSeriesWithExceptionAndMovedMeeting() throws {
        let cal = try calendar(ICalendarTests.outlookZone + """
        BEGIN:VEVENT
        DTSTART;TZID="GMT Standard Time":20260310T183000
        DTEND;TZID="GMT Standard Time":20260310T210000
        RRULE:FREQ=MONTHLY;UNTIL=20260609T173000Z;BYDAY=2TU;WKST=SU
        EXDATE;TZID="GMT Standard Time":20260512T183000
        SUMMARY;LANGUAGE=en-gb:Planning Committee
        UID:planning-2026
        BEGIN:VALARM
        TRIGGER:-PT15M
        ACTION:DISPLAY
        DESCRIPTION:Reminder
        END:VALARM
        END:VEVENT
        BEGIN:VEVENT
        RECURRENCE-ID;TZID="GMT Standard Time":20260414T183000
        DTSTART;TZID="GMT Standard Time":20260415T183000
        DTEND;TZID="GMT Standard Time":20260415T210000
        SUMMARY:Planning Committee (moved)
        UID:planning-2026
        END:VEVENT

        """)
        XCTAssertEqual(cal.warnings, [])
        // March, April moved to Wednesday 15th, May excepted, June on the UNTIL instant (17:30 UTC = 18:30 BST).
        XCTAssertEqual(spans(cal), ["2026-03-10 Planning Committee", "2026-04-15 Planning Committee (moved)", "2026-06-09 Planning Committee"])
        let first = cal.occurrences(from: ymd("2026-03-01"), to: ymd("2026-03-31")).occurrences[0]
        XCTAssertEqual(first.startSeconds, 18 * 3600 + 30 * 60)
        XCTAssertEqual(first.line, 19, "an occurrence points at its BEGIN:VEVENT")
    }

    func testAllDayEventsHaveAnExclusiveEnd() throws {
        let cal = try calendar("""
        BEGIN:VEVENT
        UID:a
        DTSTART;VALUE=DATE:20260327
        DTEND;VALUE=DATE:20260330
        SUMMARY:Spring Festival
        END:VEVENT
        BEGIN:VEVENT
        UID:b
        DTSTART;VALUE=DATE:20260502
        SUMMARY:Open day
        END:VEVENT
        BEGIN:VEVENT
        UID:c
        DTSTART;VALUE=DATE:20260505
        DURATION:P2D
        SUMMARY:Exhibition
        END:VEVENT

        """)
        // 27–29 March: the festival ends the Sunday before the 30 March 2026 period starts.
        XCTAssertEqual(spans(cal), ["2026-03-27..2026-03-29 Spring Festival", "2026-05-02 Open day", "2026-05-05..2026-05-06 Exhibition"])
        XCTAssertNil(cal.occurrences(from: ymd("2026-01-01"), to: ymd("2026-12-31")).occurrences[0].startSeconds)
    }

    func testEveryDateIsItsLondonDate() throws {
        let cal = try calendar("""
        BEGIN:VEVENT
        UID:walk
        DTSTART:20260329T233000Z
        DTEND:20260330T010000Z
        SUMMARY:Midnight lantern walk
        END:VEVENT
        BEGIN:VEVENT
        UID:late
        DTSTART;TZID=Europe/London:20260330T220000
        DTEND;TZID=Europe/London:20260331T020000
        SUMMARY:Overnight count rehearsal
        END:VEVENT
        BEGIN:VEVENT
        UID:midnight
        DTSTART:20260416T190000
        DTEND:20260417T000000
        SUMMARY:Evening ends at midnight
        END:VEVENT
        BEGIN:VEVENT
        UID:nyc
        DTSTART;TZID=America/New_York:20260416T200000
        DURATION:PT1H
        SUMMARY:Twinning call with New York
        END:VEVENT

        """)
        XCTAssertEqual(spans(cal), [
            "2026-03-30 Midnight lantern walk",  // 23:30 UTC on Sunday 29 March = 00:30 BST Monday
            "2026-03-30..2026-03-31 Overnight count rehearsal",
            "2026-04-16 Evening ends at midnight",  // DTEND is exclusive: ending at 00:00 is not the next day
            "2026-04-17 Twinning call with New York",  // 20:00 EDT = 01:00 BST the next day
        ])
        XCTAssertEqual(cal.occurrences(from: ymd("2026-03-30"), to: ymd("2026-03-30")).occurrences[0].startSeconds, 30 * 60)
    }

    func testCancelledSeriesAndCancelledOccurrences() throws {
        let cal = try calendar("""
        BEGIN:VEVENT
        UID:surgery
        DTSTART;TZID=Europe/London:20260404T100000
        RRULE:FREQ=WEEKLY;COUNT=4
        EXDATE;VALUE=DATE:20260411,20260418
        SUMMARY:Ward surgery
        END:VEVENT
        BEGIN:VEVENT
        UID:surgery
        RECURRENCE-ID;TZID=Europe/London:20260425T100000
        DTSTART;TZID=Europe/London:20260425T100000
        STATUS:CANCELLED
        SUMMARY:Ward surgery
        END:VEVENT
        BEGIN:VEVENT
        UID:launch
        DTSTART;VALUE=DATE:20260409
        STATUS:CANCELLED
        SUMMARY:Launch of the Climate Action Plan
        END:VEVENT

        """)
        // COUNT=4 gives 4, 11, 18, 25 April; two are excepted by a DATE list, one cancelled by override.
        XCTAssertEqual(spans(cal), ["2026-04-04 Ward surgery"])
    }

    func testRecurrenceDatesAndLocalUntil() throws {
        let cal = try calendar("""
        BEGIN:VEVENT
        UID:r
        DTSTART;TZID=Europe/London:20260302T090000
        RRULE:FREQ=WEEKLY;UNTIL=20260316T090000
        RDATE;TZID=Europe/London:20260401T090000,20260402T090000
        SUMMARY:Drop-in
        END:VEVENT

        """)
        XCTAssertEqual(spans(cal), ["2026-03-02 Drop-in", "2026-03-09 Drop-in", "2026-03-16 Drop-in", "2026-04-01 Drop-in", "2026-04-02 Drop-in"])
    }

    func testNotICalendarIsAnErrorWithItsLine() {
        XCTAssertThrowsError(try ICalendar.parse("\n<!DOCTYPE html>\n<html><body>Please sign in</body></html>\n")) { error in
            let e = error as? ICalendar.ParseError
            XCTAssertEqual(e?.line, 2)
            XCTAssertTrue(e?.message.contains("no BEGIN:VCALENDAR") ?? false, "\(String(describing: e))")
        }
        XCTAssertThrowsError(try ICalendar.parse("date,title\n2026-04-16,Opening\n"))
    }

    func testOneBadEventAmongGoodOnesIsAWarning() throws {
        let cal = try calendar("""
        BEGIN:VEVENT
        UID:1
        DTSTART;TZID=Europe/London:20260410T110000
        SUMMARY:Photo call
        this line lost its leading space
        END:VEVENT
        BEGIN:VEVENT
        UID:2
        DTSTART:2026-13-45T10:00:00
        SUMMARY:Park run with the Leader
        END:VEVENT
        BEGIN:VEVENT
        UID:3
        DTSTART;TZID=Europe/London:20260416T090000
        RRULE:FREQ=YEARLY;BYWEEKNO=16;BYDAY=TH
        SUMMARY:Heritage Day unveiling
        END:VEVENT
        BEGIN:VEVENT
        UID:4
        SUMMARY:No start
        END:VEVENT
        BEGIN:VEVENT
        UID:5
        DTSTART;TZID=Europe/London:20260428T190000
        SUMMARY:Scrutiny Committee
        END:VEVENT

        """, crlf: false)
        XCTAssertEqual(spans(cal), ["2026-04-10 Photo call", "2026-04-16 Heritage Day unveiling", "2026-04-28 Scrutiny Committee"])
        XCTAssertEqual(cal.warnings.map(\.line), [8, 12, 18, 21])
        XCTAssertTrue(cal.warnings[0].message.contains("not an iCalendar line"))
        XCTAssertTrue(cal.warnings[1].message.contains("DTSTART '2026-13-45T10:00:00'"))
        XCTAssertTrue(cal.warnings[2].message.contains("BYWEEKNO"), cal.warnings[2].message)
        XCTAssertTrue(cal.warnings[2].message.contains("only the first date"), cal.warnings[2].message)
        XCTAssertTrue(cal.warnings[3].message.contains("no DTSTART"))
    }

    func testCutShortFileKeepsWhatItHas() throws {
        let cal = try ICalendar.parse("BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:1\nDTSTART;VALUE=DATE:20260420\nSUMMARY:Launch\n")
        XCTAssertEqual(spans(cal), ["2026-04-20 Launch"])
        XCTAssertEqual(cal.warnings.map(\.line), [2])
        XCTAssertTrue(cal.warnings[0].message.contains("never closed"))
    }

    func testTextEscapesAndFoldedSummary() throws {
        let cal = try calendar("BEGIN:VEVENT\nUID:1\nDTSTART;VALUE=DATE:20260422\nSUMMARY:Consultation drop-in: parking\\, Market Street\\; a\n ll welcome\nLOCATION:Market Hall\\nGround floor\nEND:VEVENT\n")
        XCTAssertEqual(cal.events[0].summary, "Consultation drop-in: parking, Market Street; all welcome")
        XCTAssertEqual(cal.events[0].location, "Market Hall Ground floor")
    }

    func testUnknownTimeZoneWarnsOnceAndReadsUKTime() throws {
        let cal = try calendar("""
        BEGIN:VEVENT
        UID:1
        DTSTART;TZID=Council Time:20260416T100000
        SUMMARY:A
        END:VEVENT
        BEGIN:VEVENT
        UID:2
        DTSTART;TZID=Council Time:20260417T100000
        SUMMARY:B
        END:VEVENT

        """)
        XCTAssertEqual(cal.warnings.count, 1)
        XCTAssertEqual(cal.warnings[0].line, 6)
        XCTAssertEqual(spans(cal), ["2026-04-16 A", "2026-04-17 B"])
    }

    func testEndlessSeriesIsCappedWithAWarning() throws {
        let cal = try calendar("BEGIN:VEVENT\nUID:1\nDTSTART;VALUE=DATE:20200101\nRRULE:FREQ=DAILY\nSUMMARY:Every day\nEND:VEVENT\n")
        let result = cal.occurrences(from: ymd("2026-01-01"), to: ymd("2026-12-31"), cap: 100)
        XCTAssertLessThanOrEqual(result.occurrences.count, 100)
        XCTAssertEqual(result.occurrences.first?.start.description, "2026-01-01")
        XCTAssertEqual(result.warnings.count, 1)
        XCTAssertTrue(result.warnings[0].message.contains("more than 100 occurrences"), result.warnings[0].message)
        XCTAssertEqual(cal.occurrences(from: ymd("2026-01-01"), to: ymd("2026-12-31")).occurrences.count, 365)
    }

    // MARK: - Read as other calendar programs read it (RFC 5545 §3.8.4.4, §3.8.7.4, §3.6.5)

    func times(_ cal: ICalendar, _ from: String, _ to: String) -> [String] {
        cal.occurrences(from: ymd(from), to: ymd(to)).occurrences.map { o in
            let t = o.startSeconds.map { " " + String(format: "%02d:%02d", $0 / 3600, $0 / 60 % 60) } ?? ""
            return "\(o.start)\(t) \(o.summary)"
        }
    }

    func testThisAndFutureChangesEveryLaterOccurrence() throws {
        // A weekly surgery on Tuesdays at 18:00 moves to Wednesdays at 17:30 from 14 April 2026, in the run-up
        // to the 7 May 2026 local elections: every later occurrence moves, not only the first.
        let cal = try calendar("""
        BEGIN:VEVENT
        UID:surgery
        DTSTART;TZID=Europe/London:20260331T180000
        DTEND;TZID=Europe/London:20260331T190000
        RRULE:FREQ=WEEKLY;COUNT=6
        SUMMARY:Ward surgery
        END:VEVENT
        BEGIN:VEVENT
        UID:surgery
        RECURRENCE-ID;RANGE=THISANDFUTURE;TZID=Europe/London:20260414T180000
        DTSTART;TZID=Europe/London:20260415T173000
        DTEND;TZID=Europe/London:20260415T183000
        SUMMARY:Ward surgery (library)
        SEQUENCE:1
        END:VEVENT

        """)
        XCTAssertEqual(cal.warnings, [])
        XCTAssertEqual(times(cal, "2026-03-01", "2026-05-31"), [
            "2026-03-31 18:00 Ward surgery", "2026-04-07 18:00 Ward surgery",
            "2026-04-15 17:30 Ward surgery (library)", "2026-04-22 17:30 Ward surgery (library)",
            "2026-04-29 17:30 Ward surgery (library)", "2026-05-06 17:30 Ward surgery (library)",
        ])
    }

    func testTheHighestSequenceOfAnEventIsRead() throws {
        // The same fortnightly series saved twice: the later save (SEQUENCE 2) deleted 14 April, and an old
        // change of that date (SEQUENCE 1) must not bring it back; no occurrence appears twice.
        let cal = try calendar("""
        BEGIN:VEVENT
        UID:fair
        DTSTART;VALUE=DATE:20260331
        RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4
        SUMMARY:Market fair
        SEQUENCE:1
        END:VEVENT
        BEGIN:VEVENT
        UID:fair
        RECURRENCE-ID;VALUE=DATE:20260414
        DTSTART;VALUE=DATE:20260415
        RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4
        SUMMARY:Market fair (moved)
        SEQUENCE:1
        END:VEVENT
        BEGIN:VEVENT
        UID:fair
        DTSTART;VALUE=DATE:20260331
        RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=4
        EXDATE;VALUE=DATE:20260414
        SUMMARY:Market fair
        SEQUENCE:2
        END:VEVENT
        BEGIN:VEVENT
        UID:hustings
        DTSTART;VALUE=DATE:20260423
        SUMMARY:Hustings
        END:VEVENT
        BEGIN:VEVENT
        UID:hustings
        DTSTART;VALUE=DATE:20260423
        SUMMARY:Hustings
        END:VEVENT

        """)
        XCTAssertEqual(spans(cal), ["2026-03-31 Market fair", "2026-04-23 Hustings", "2026-04-28 Market fair", "2026-05-12 Market fair"])
    }

    func testTheFilesOwnTimeZonesAreUsed() throws {
        // A twinning visit in a zone the file defines under a private name (Central European rules), one under
        // a vendor-prefixed name, one in lower case, and one the file never defines.
        let cal = try calendar("""
        BEGIN:VTIMEZONE
        TZID:/Europe/CUSTOM
        BEGIN:DAYLIGHT
        TZOFFSETFROM:+0100
        TZOFFSETTO:+0200
        DTSTART:19700329T020000
        RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
        END:DAYLIGHT
        BEGIN:STANDARD
        TZOFFSETFROM:+0200
        TZOFFSETTO:+0100
        DTSTART:19701025T030000
        RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
        END:STANDARD
        END:VTIMEZONE
        BEGIN:VEVENT
        UID:a
        DTSTART;TZID=/Europe/CUSTOM:20260327T200000
        RRULE:FREQ=WEEKLY;COUNT=2
        SUMMARY:Twinning call
        END:VEVENT
        BEGIN:VEVENT
        UID:b
        DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20260416T140000
        SUMMARY:Berlin visit
        END:VEVENT
        BEGIN:VEVENT
        UID:c
        DTSTART;TZID=america/new_york:20260416T090000
        SUMMARY:New York call
        END:VEVENT
        BEGIN:VEVENT
        UID:d
        DTSTART;TZID=Exampleton Local Time:20260417T090000
        SUMMARY:Unknown zone
        END:VEVENT

        """)
        // 27 March: 20:00 CET = 19:00 GMT; 3 April: 20:00 CEST = 18:00 UTC = 19:00 BST.
        XCTAssertEqual(times(cal, "2026-03-01", "2026-04-30"), [
            "2026-03-27 19:00 Twinning call", "2026-04-03 19:00 Twinning call",
            "2026-04-16 13:00 Berlin visit", "2026-04-16 14:00 New York call", "2026-04-17 09:00 Unknown zone",
        ])
        XCTAssertEqual(cal.warnings.count, 1)
        XCTAssertTrue(cal.warnings[0].message.contains("unknown time zone 'Exampleton Local Time'"), cal.warnings[0].message)
        XCTAssertEqual(cal.warnings[0].line, 37)
    }

    func testPeriodRecurrenceDatesAndConfluenceCounts() throws {
        let cal = try calendar("""
        BEGIN:VEVENT
        UID:clinic
        DTSTART:20260402T090000Z
        DURATION:PT2H
        RDATE;VALUE=PERIOD:20260423T090000Z/PT2H,20260430T090000Z/20260430T120000Z
        SUMMARY:Advice clinic
        END:VEVENT
        BEGIN:VEVENT
        UID:rota
        DTSTART;VALUE=DATE:20260406
        DTEND;VALUE=DATE:20260407
        RRULE:FREQ=WEEKLY;UNTIL=20260427;COUNT=-1;INTERVAL=2;BYDAY=MO
        SUMMARY:Rota
        END:VEVENT

        """)
        XCTAssertEqual(times(cal, "2026-04-01", "2026-05-31"), [
            "2026-04-02 10:00 Advice clinic", "2026-04-06 Rota", "2026-04-20 Rota",
            "2026-04-23 10:00 Advice clinic", "2026-04-30 10:00 Advice clinic",
        ])
        XCTAssertEqual(cal.warnings.map(\.line), [15])
        XCTAssertTrue(cal.warnings[0].message.contains("COUNT=-1"), cal.warnings[0].message)
    }

    // MARK: - Bounded on any input

    func testOccurrencesPerFileAreCapped() throws {
        // A hundred daily series from year 1 over a window of 2,000 years: at most `fileCap` occurrences, and a
        // warning counting the rest, instead of millions.
        var body = ""
        for i in 0..<100 { body += "BEGIN:VEVENT\nUID:s\(i)\nDTSTART:00010101T\(String(format: "%02d", i % 24))0000\nRRULE:FREQ=DAILY\nSUMMARY:Daily \(i)\nEND:VEVENT\n" }
        let cal = try calendar(body)
        let started = Date()
        let result = cal.occurrences(from: ymd("0030-01-01"), to: ymd("2030-12-31"), fileCap: 20_000)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        XCTAssertLessThanOrEqual(result.occurrences.count, 20_000)
        XCTAssertGreaterThan(result.occurrences.count, 19_900)
        XCTAssertLessThanOrEqual(result.warnings.count, 4)
        XCTAssertTrue(result.warnings.contains { $0.message.contains("not expanded") && $0.message.contains("at most 20000") }, "\(result.warnings)")
    }

    func testCountedSeriesJumpToTheWindow() throws {
        // Daily from 1 January 2000 for 9,624 days ends on polling day, 7 May 2026; weekly for 1,375 weeks from
        // Thursday 6 January 2000 ends on Thursday 7 May 2026 too.
        let cal = try calendar("""
        BEGIN:VEVENT
        UID:d
        DTSTART;VALUE=DATE:20000101
        RRULE:FREQ=DAILY;COUNT=9624
        SUMMARY:Daily
        END:VEVENT
        BEGIN:VEVENT
        UID:w
        DTSTART;VALUE=DATE:20000106
        RRULE:FREQ=WEEKLY;BYDAY=TH;COUNT=1375
        SUMMARY:Weekly
        END:VEVENT

        """)
        let got = spans(cal, "2026-05-01", "2026-05-31")
        XCTAssertEqual(got.filter { $0.hasSuffix("Daily") }.last, "2026-05-07 Daily")
        XCTAssertEqual(got.filter { $0.hasSuffix("Daily") }.count, 7)
        XCTAssertEqual(got.filter { $0.hasSuffix("Weekly") }, ["2026-05-07 Weekly"])
    }

    func testAbsurdDurationIsAWarningNotATrap() throws {
        let cal = try calendar("""
        BEGIN:VEVENT
        UID:x
        DTSTART:20260416T100000Z
        DURATION:P99999999W99999999DT99999999H
        SUMMARY:Open day
        END:VEVENT

        """)
        XCTAssertEqual(spans(cal), ["2026-04-16 Open day"])
        XCTAssertEqual(cal.warnings.map(\.line), [7])
        XCTAssertTrue(cal.warnings[0].message.contains("longer than 10 years"), cal.warnings[0].message)
        // Parts repeated 20,000 times (180 KB on one line) on an all-day open day in the 2026 period: the
        // event is still checked on its day, and the warning quotes only the start of the value.
        let long = try calendar("BEGIN:VEVENT\nUID:y\nDTSTART;VALUE=DATE:20260416\nDURATION:P" + String(repeating: "99999999W", count: 20_000) + "\nSUMMARY:Open day\nEND:VEVENT\n")
        XCTAssertEqual(spans(long), ["2026-04-16 Open day"])
        XCTAssertEqual(long.warnings.count, 1)
        XCTAssertLessThan(long.warnings[0].message.count, 200)
    }

    func testUnclosedComponentsAreReadInLinearTime() throws {
        // 40,000 components never closed, then 40,000 ENDs of a component never opened.
        let text = "BEGIN:VCALENDAR\r\n" + String(repeating: "BEGIN:X\r\n", count: 40_000) + String(repeating: "END:Y\r\n", count: 40_000) + "END:VCALENDAR\r\n"
        let started = Date()
        let cal = try ICalendar.parse(text)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2)
        XCTAssertLessThanOrEqual(cal.warnings.count, ICalendarParser.warningCap + 1)
        XCTAssertTrue(cal.warnings.last?.message.contains("more problems") ?? false)
    }

    func testAHostileTimeZoneCostsLittle() throws {
        // 100 zone parts with daily and monthly onsets and long RDATE lists, used by 200 daily series: the
        // parts beyond 64 are dropped with one warning, odd rules are expanded once, and reading stays fast.
        var body = "BEGIN:VTIMEZONE\nTZID:Odd\n"
        for o in 0..<100 {
            let kind = o % 2 == 0 ? "DAYLIGHT" : "STANDARD"
            let rdates = (0..<200).map { "\(1980 + $0 % 90)0\(1 + $0 % 9)01T000000" }.joined(separator: ",")
            body += "BEGIN:\(kind)\nDTSTART:16010101T000000\nTZOFFSETFROM:+0\(o % 9)00\nTZOFFSETTO:+0\((o + 1) % 9)00\n"
            body += (o % 3 == 0 ? "RRULE:FREQ=MONTHLY;BYDAY=2MO,-1FR\n" : "RRULE:FREQ=DAILY;COUNT=100000\n") + "RDATE:\(rdates)\nEND:\(kind)\n"
        }
        body += "END:VTIMEZONE\n"
        for i in 0..<200 { body += "BEGIN:VEVENT\nUID:e\(i)\nDTSTART;TZID=Odd:20260401T100000\nRRULE:FREQ=DAILY\nSUMMARY:Open day\nEND:VEVENT\n" }
        let started = Date()
        let cal = try calendar(body)
        let result = cal.occurrences(from: ymd("2026-03-30"), to: ymd("2026-05-07"))
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
        XCTAssertEqual(result.occurrences.count, 200 * 37)  // 1 April to 7 May
        XCTAssertEqual(cal.warnings.filter { $0.message.contains("more than 64") }.count, 1)
    }

    func testDifferentEventsSharingAUIDAreAllRead() throws {
        // A CMS that gives every date of a festival the same UID: these are different events, not copies of
        // one, so none is dropped, and the warning says why the file is unusual.
        let cal = try calendar("""
        BEGIN:VEVENT
        UID:festival@cms
        DTSTART;VALUE=DATE:20260418
        SUMMARY:Spring festival: day one
        END:VEVENT
        BEGIN:VEVENT
        UID:festival@cms
        DTSTART;VALUE=DATE:20260419
        SUMMARY:Spring festival: day two
        END:VEVENT

        """)
        XCTAssertEqual(spans(cal), ["2026-04-18 Spring festival: day one", "2026-04-19 Spring festival: day two"])
        let warnings = cal.occurrences(from: ymd("2026-01-01"), to: ymd("2026-12-31")).warnings
        XCTAssertEqual(warnings.map(\.line), [9], "the second event to use the UID")
        XCTAssertTrue(warnings[0].message.contains("used by 2 different events"), warnings[0].message)
    }
}

