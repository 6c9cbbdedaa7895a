import ElectionCalendar
@testable import ReleaseChecker

/// Shared fixtures: the English local elections of Thursday 7 May 2026, whose pre-election period ran from the
/// latest notice of election, Monday 30 March 2026, to polling day.
enum Fixture {
    static let period2026 = PreElectionPeriod(start: CivilDate(year: 2026, month: 3, day: 30)!, end: CivilDate(year: 2026, month: 5, day: 7)!,
                                              elections: ["local.2026-05-07"], basis: "latest notice of election (25 working days)")
    /// A date inside the 2026 period.
    static let inPeriod = CivilDate(year: 2026, month: 4, day: 15)!

    /// Findings for `text` published inside the 2026 period.
    static func findings(_ text: String, people: [String] = [], topics: [String] = [],
                         date: CivilDate = inPeriod) -> [Finding] {
        report(text, people: people, topics: topics, date: date).findings
    }

    /// The full report.
    static func report(_ text: String, people: [String] = [], topics: [String] = [], date: CivilDate = inPeriod) -> Report {
        var list = PeopleList()
        list.add(names: people, role: .candidate)
        return ReleaseScanner.check(text: text, options: CheckOptions(publicationDate: date, periods: [period2026], people: list, topics: topics))
    }

    /// "rule@line" strings, for compact assertions.
    static func summary(_ text: String, people: [String] = [], topics: [String] = []) -> [String] {
        findings(text, people: people, topics: topics).map { "\($0.rule.rawValue)@\($0.line)" }
    }
}
