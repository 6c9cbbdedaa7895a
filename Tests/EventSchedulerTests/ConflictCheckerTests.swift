import XCTest
import ElectionCalendar
@testable import EventScheduler

final class ConflictCheckerTests: XCTestCase {
    func d(_ iso: String) -> CivilDate { CivilDate(iso: iso)! }

    // English local elections 7 May 2026: the period runs from the latest notice, 30 March, to polling day.
    lazy var locals2026 = PreElectionPeriod(start: d("2026-03-30"), end: d("2026-05-07"), elections: ["local.2026-05-07"], basis: "25th working day before poll")
    // England and Wales bank holidays of spring 2026 (GOV.UK): Good Friday, Easter Monday, early May, spring.
    lazy var holidays2026: Set<CivilDate> = [d("2026-04-03"), d("2026-04-06"), d("2026-05-04"), d("2026-05-25")]
    // 2024: locals and PCC on 2 May (notice by 26 March), then the general election on 4 July (dissolution 30 May).
    lazy var locals2024 = PreElectionPeriod(start: d("2024-03-26"), end: d("2024-05-02"), elections: ["local.2024-05-02", "pcc.2024-05-02"], basis: "notice")
    lazy var general2024 = PreElectionPeriod(start: d("2024-05-30"), end: d("2024-07-04"), elections: ["parl.2024-07-04"], basis: "dissolution")
    lazy var holidays2024: Set<CivilDate> = [d("2024-03-29"), d("2024-04-01"), d("2024-05-06"), d("2024-05-27"), d("2024-08-26")]

    func event(_ title: String, _ start: String, _ end: String? = nil) -> EventOccurrence {
        EventOccurrence(title: title, start: d(start), end: end.map(d), source: "test.ics:1")
    }

    func testConflictPermittedAndClear() {
        let checker = ConflictChecker(periods: [locals2026], nonWorkingDays: holidays2026)
        let results = checker.check([
            event("Opening of Riverside Library", "2026-04-16"),
            event("Planning Committee", "2026-04-14"),
            event("Tea dance at the Winter Gardens", "2026-04-15"),
            event("Full Council", "2026-03-25"),
            event("Spring Festival", "2026-03-27", "2026-03-29"),
        ])
        XCTAssertEqual(results.map(\.status), [.conflict, .permitted, .review, .clear, .clear])
        XCTAssertEqual(results[0].reason, "publicity ('opening' in the title)")
        XCTAssertEqual(results[0].periods, [locals2026])
        // Thursdays, like the opening: 19 March (five working days clear of the latest notice day, 30 March)
        // and 14 May (after polling day on Thursday 7 May).
        XCTAssertEqual(results[0].suggestions, [d("2026-03-19"), d("2026-05-14")])
        XCTAssertEqual(results[0].latestStartKeptClear, d("2026-03-30"))
        XCTAssertEqual(results[1].suggestions, [], "formal business is not moved")
        XCTAssertEqual(results[2].reason, "not recognised as publicity or formal business")
        XCTAssertEqual(results[2].suggestions, [d("2026-03-18"), d("2026-05-13")], "a review gets dates too, in case it is publicity")
        XCTAssertFalse(results[3].inPeriod)
    }

    func testPollingDayAndFirstDayAreInsideAndMultiDayEventsTouching() {
        let checker = ConflictChecker(periods: [locals2026], nonWorkingDays: holidays2026)
        XCTAssertEqual(checker.check(event("Launch", "2026-03-30")).status, .conflict)
        XCTAssertEqual(checker.check(event("Launch", "2026-05-07")).status, .conflict)
        XCTAssertEqual(checker.check(event("Launch", "2026-05-08")).status, .clear)
        XCTAssertEqual(checker.check(event("Launch", "2026-03-29")).status, .clear)
        // A four-day show from Friday 27 March touches the period's first day; Friday to Monday, it must end
        // before Monday 23 March (five working days before 30 March), and start after the count on Friday 8 May.
        let show = checker.check(event("Spring show", "2026-03-27", "2026-03-30"))
        XCTAssertEqual(show.status, .conflict)
        XCTAssertEqual(show.suggestions, [d("2026-03-13"), d("2026-05-15")])
        XCTAssertEqual(show.countDaySkipped, d("2026-05-08"))
    }

    func testSuggestionsSkipBankHolidays() {
        // Period to declaration day, Friday 3 May 2024 (so no count day to skip), notice published 26 March:
        // a Monday reopening moves to Monday 25 March, or Monday 13 May — 6 May is the early May bank holiday.
        var toDeclaration = locals2024
        toDeclaration.end = d("2024-05-03")
        let checker = ConflictChecker(periods: [toDeclaration], nonWorkingDays: holidays2024, startsConfirmed: [toDeclaration])
        let reopening = checker.check(event("Leisure centre reopening", "2024-04-29"))
        XCTAssertEqual(reopening.suggestions, [d("2024-03-25"), d("2024-05-13")])
        XCTAssertNil(reopening.latestStartKeptClear, "the notice date is known: no margin")
        XCTAssertNil(reopening.countDaySkipped)
    }

    func testSuggestionsSkipEveryOtherPeriod() {
        let checker = ConflictChecker(periods: [general2024, locals2024], nonWorkingDays: holidays2024)
        XCTAssertEqual(checker.periods.map(\.start), [d("2024-03-26"), d("2024-05-30")], "sorted")
        // One day on Wednesday 1 May 2024: Wednesday 8 May is clear of both periods and of the margin kept
        // before the general election's (22 May to 29 May, 27 May being a bank holiday).
        XCTAssertEqual(checker.check(event("Unveiling", "2024-05-01")).suggestions, [d("2024-03-13"), d("2024-05-08")])
        // A 30-day exhibition from 1 May cannot fit between the periods, so "after" is after the general election.
        let long = checker.check(event("Exhibition", "2024-05-01", "2024-05-30"))
        XCTAssertEqual(long.periods, [locals2024, general2024])
        XCTAssertEqual(long.suggestions, [d("2024-02-14"), d("2024-07-10")])
    }

    func testNoSuggestionInThePast() {
        let checker = ConflictChecker(periods: [locals2026], nonWorkingDays: holidays2026, earliestSuggestion: d("2026-04-01"))
        XCTAssertEqual(checker.check(event("Opening", "2026-04-16")).suggestions, [d("2026-05-14")])
    }

    func testNoPeriodsMeansEverythingIsClear() {
        let checker = ConflictChecker(periods: [], nonWorkingDays: [])
        XCTAssertEqual(checker.check([event("Opening", "2026-04-16")]).map(\.status), [.clear])
    }

    // 2027: English locals on Thursday 6 May; the latest notice day is Wednesday 31 March. Good Friday 26 March
    // and Easter Monday 29 March are bank holidays, so the five working days before the start are 22–25 and 30 March.
    lazy var locals2027 = PreElectionPeriod(start: d("2027-03-31"), end: d("2027-05-06"), elections: ["local.2027-05-06"],
                                            basis: "latest date for the notice of election: 25th working day before polling day")
    lazy var holidays2027: Set<CivilDate> = [d("2027-03-26"), d("2027-03-29"), d("2027-05-03"), d("2027-05-31")]

    func testSuggestionsKeepTheDayOfTheWeek() {
        let checker = ConflictChecker(periods: [locals2027], nonWorkingDays: holidays2027)
        // A Saturday fun day moves to a Saturday: 20 March (its last day before the margin from 22 March) or
        // 8 May (after polling day and the count on Friday 7 May).
        let funDay = checker.check(event("Village fun day", "2027-04-17"))
        XCTAssertEqual(funDay.status, .conflict)
        XCTAssertEqual(funDay.suggestions, [d("2027-03-20"), d("2027-05-08")])
        XCTAssertEqual(funDay.suggestions.map(\.weekday), [.saturday, .saturday])
        // A Tuesday launch moves to a Tuesday.
        let launch = checker.check(event("Launch of the Local Plan", "2027-04-13"))
        XCTAssertEqual(launch.suggestions, [d("2027-03-16"), d("2027-05-11")])
    }

    func testMarginBeforeALatestNoticeDayAndNoneWhenTheNoticeIsKnown() {
        let provisional = ConflictChecker(periods: [locals2027], nonWorkingDays: holidays2027)
        let opening = provisional.check(event("Opening of the skate park", "2027-04-14"))
        // Wednesday 24 March would be a working day before 31 March, but inside the five-working-day margin.
        XCTAssertEqual(opening.suggestions.first, d("2027-03-17"))
        XCTAssertEqual(opening.latestStartKeptClear, d("2027-03-31"))
        // With the notice date known the period's start is certain: the Wednesday before it will do.
        var known = locals2027
        known.start = d("2027-03-24")
        known.basis = "notice of election published on Wednesday 24 March 2027 (given by the user)"
        let confirmed = ConflictChecker(periods: [known], nonWorkingDays: holidays2027, startsConfirmed: [known])
        let moved = confirmed.check(event("Opening of the skate park", "2027-04-14"))
        XCTAssertEqual(moved.suggestions.first, d("2027-03-17"))
        XCTAssertNil(moved.latestStartKeptClear)
        let tuesday = confirmed.check(event("Opening of the skate park", "2027-04-13"))
        XCTAssertEqual(tuesday.suggestions.first, d("2027-03-23"), "the day before a known start is safe")
    }

    func testAfterSuggestionsSkipTheCount() {
        let checker = ConflictChecker(periods: [locals2027], nonWorkingDays: holidays2027)
        // A Friday event: Friday 7 May is the day after polling day, often the count, so Friday 14 May.
        let friday = checker.check(event("Opening of the play area", "2027-04-16"))
        XCTAssertEqual(friday.suggestions.last, d("2027-05-14"))
        XCTAssertEqual(friday.countDaySkipped, d("2027-05-07"))
        // With the period running to declaration day, that day is already inside it.
        var toDeclaration = locals2027
        toDeclaration.end = d("2027-05-07")
        let declared = ConflictChecker(periods: [toDeclaration], nonWorkingDays: holidays2027).check(event("Opening of the play area", "2027-04-16"))
        XCTAssertEqual(declared.suggestions.last, d("2027-05-14"))
        XCTAssertNil(declared.countDaySkipped)
        let monday = ConflictChecker(periods: [toDeclaration], nonWorkingDays: holidays2027).check(event("Launch", "2027-04-12"))
        XCTAssertEqual(monday.suggestions.last, d("2027-05-10"))
    }

    func testInternalEntriesAreClearAndUnrecognisedOnesAreForReview() {
        let checker = ConflictChecker(periods: [locals2027], nonWorkingDays: holidays2027)
        let results = checker.check([
            event("Annual Parish Meeting", "2027-04-20"), event("Clerk - annual leave", "2027-04-19", "2027-04-23"),
            event("Internal audit visit", "2027-04-21"), event("Tea dance", "2027-04-22"), event("Village fun day", "2027-04-17"),
        ])
        XCTAssertEqual(results.map(\.status), [.permitted, .clear, .clear, .review, .conflict])
        XCTAssertEqual(results.map(\.needsAction), [false, false, false, true, true])
        XCTAssertTrue(results[1].inPeriod, "still shown as in the period, but not publicity")
        XCTAssertEqual(results[1].suggestions, [])
        XCTAssertEqual(results[1].reason, "an internal entry ('annual leave' in the title), not publicity")
    }
}
