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
        XCTAssertEqual(results.map(\.status), [.conflict, .permitted, .conflict, .clear, .clear])
        XCTAssertEqual(results[0].reason, "publicity ('opening' in the title)")
        XCTAssertEqual(results[0].periods, [locals2026])
        // Nearest working days outside the period: Friday 27 March and Friday 8 May 2026.
        XCTAssertEqual(results[0].suggestions, [d("2026-03-27"), d("2026-05-08")])
        XCTAssertEqual(results[1].suggestions, [], "formal business is not moved")
        XCTAssertEqual(results[2].reason, "not recognised as formal council business")
        XCTAssertFalse(results[3].inPeriod)
    }

    func testPollingDayAndFirstDayAreInsideAndMultiDayEventsTouching() {
        let checker = ConflictChecker(periods: [locals2026], nonWorkingDays: holidays2026)
        XCTAssertEqual(checker.check(event("Launch", "2026-03-30")).status, .conflict)
        XCTAssertEqual(checker.check(event("Launch", "2026-05-07")).status, .conflict)
        XCTAssertEqual(checker.check(event("Launch", "2026-05-08")).status, .clear)
        XCTAssertEqual(checker.check(event("Launch", "2026-03-29")).status, .clear)
        // A four-day show from 27 March touches the period's first two days; it must start by 26 March.
        let show = checker.check(event("Spring show", "2026-03-27", "2026-03-30"))
        XCTAssertEqual(show.status, .conflict)
        XCTAssertEqual(show.suggestions, [d("2026-03-26"), d("2026-05-08")])
    }

    func testSuggestionsSkipBankHolidays() {
        // Period to declaration day, Friday 3 May 2024: the next working day is Tuesday 7 May, after the
        // early May bank holiday.
        var toDeclaration = locals2024
        toDeclaration.end = d("2024-05-03")
        let checker = ConflictChecker(periods: [toDeclaration], nonWorkingDays: holidays2024)
        XCTAssertEqual(checker.check(event("Leisure centre reopening", "2024-05-01")).suggestions, [d("2024-03-25"), d("2024-05-07")])
    }

    func testSuggestionsSkipEveryOtherPeriod() {
        let checker = ConflictChecker(periods: [general2024, locals2024], nonWorkingDays: holidays2024)
        XCTAssertEqual(checker.periods.map(\.start), [d("2024-03-26"), d("2024-05-30")], "sorted")
        // One day on 1 May 2024: Friday 3 May is clear of both periods.
        XCTAssertEqual(checker.check(event("Unveiling", "2024-05-01")).suggestions, [d("2024-03-25"), d("2024-05-03")])
        // A 30-day exhibition from 1 May cannot fit between the periods, so "after" is after the general election.
        let long = checker.check(event("Exhibition", "2024-05-01", "2024-05-30"))
        XCTAssertEqual(long.periods, [locals2024, general2024])
        XCTAssertEqual(long.suggestions, [d("2024-02-23"), d("2024-07-05")])
    }

    func testNoSuggestionInThePast() {
        let checker = ConflictChecker(periods: [locals2026], nonWorkingDays: holidays2026, earliestSuggestion: d("2026-04-01"))
        XCTAssertEqual(checker.check(event("Opening", "2026-04-16")).suggestions, [d("2026-05-08")])
    }

    func testNoPeriodsMeansEverythingIsClear() {
        let checker = ConflictChecker(periods: [], nonWorkingDays: [])
        XCTAssertEqual(checker.check([event("Opening", "2026-04-16")]).map(\.status), [.clear])
    }
}
