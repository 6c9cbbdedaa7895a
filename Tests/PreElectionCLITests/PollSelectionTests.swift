import Foundation
import XCTest
import ElectionCalendar
@testable import PreElectionCLI

/// Which polls a run checks, and that every report says so: named polls add to the scheduled ones, unknown
/// councils are never silently English, London's periods only for London, and polls past the data are
/// expected by their statutory cycles. Dates are the real 6 May 2027 and 4 May 2028 polls.
final class PollSelectionTests: XCTestCase {
    /// A council events calendar with a by-election day and a publicity event in the May 2027 period
    /// (England and Wales: from Wednesday 31 March 2027, 25 working days before 6 May 2027).
    static let calendar = """
    BEGIN:VCALENDAR\r
    VERSION:2.0\r
    PRODID:-//North Norfolk test//EN\r
    BEGIN:VEVENT\r
    UID:park-1@example\r
    DTSTART;VALUE=DATE:20270414\r
    SUMMARY:Opening of the new play park\r
    END:VEVENT\r
    BEGIN:VEVENT\r
    UID:fair-1@example\r
    DTSTART;VALUE=DATE:20270902\r
    SUMMARY:Harvest fair\r
    END:VEVENT\r
    END:VCALENDAR\r

    """

    func folder(with files: [String: String]) throws -> String {
        let folder = CLI.temporaryFolder()
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return folder
    }

    func pollsChecked(_ stdout: String) -> [[String: String]] {
        (CLI.json(stdout)["polls_checked"] as? [[String: Any]] ?? []).map { $0.compactMapValues { $0 as? String } }
    }

    // MARK: - Naming a poll adds it; --only restricts

    func testNamedByElectionIsCheckedAlongsideTheMayPolls() throws {
        let dir = try folder(with: ["cal.ics": Self.calendar])
        let byElection = "local.north-norfolk.stalham.by.2027-02-18"
        let both = CLI.run(["events", "cal.ics", "--election", byElection, "--from", "2027-01-01", "--to", "2027-12-31"], directory: dir)
        XCTAssertEqual(both.status, 1, both.stdout + both.stderr)
        XCTAssertTrue(both.stdout.contains("Opening of the new play park"), both.stdout)
        XCTAssertTrue(both.stdout.hasPrefix("Polls checked: local.2027-05-06 (England, scheduled), local.north-norfolk.stalham.by.2027-02-18 (England, given)")
                      || both.stdout.contains("Polls checked: local.north-norfolk.stalham.by.2027-02-18 (England, given), local.2027-05-06 (England, scheduled)"), both.stdout)

        let only = CLI.run(["events", "cal.ics", "--election", byElection, "--only", "--from", "2027-01-01", "--to", "2027-12-31"], directory: dir)
        XCTAssertEqual(only.status, 0, only.stdout)
        XCTAssertTrue(only.stdout.contains("Polls checked: \(byElection) (England, given)\n"), only.stdout)
    }

    func testConfigElectionsAddToTheScheduleUnlessOnly() throws {
        let dir = try folder(with: [
            "cal.ics": Self.calendar,
            "adds.json": #"{"council": "North Norfolk District Council", "elections": ["local.north-norfolk.stalham.by.2027-02-18"]}"#,
            "only.json": #"{"council": "North Norfolk District Council", "elections": ["local.north-norfolk.stalham.by.2027-02-18"], "only": true}"#,
        ])
        let adds = CLI.run(["events", "cal.ics", "--config", "adds.json", "--from", "2027-01-01", "--to", "2027-12-31", "--format", "json"], directory: dir)
        XCTAssertEqual(adds.status, 1, adds.stdout + adds.stderr)
        XCTAssertEqual(Set(pollsChecked(adds.stdout).compactMap { $0["source"] }), ["given", "scheduled"])
        let only = CLI.run(["events", "cal.ics", "--config", "only.json", "--from", "2027-01-01", "--to", "2027-12-31", "--format", "json"], directory: dir)
        XCTAssertEqual(only.status, 0, only.stdout)
        XCTAssertEqual(pollsChecked(only.stdout), [["id": "local.north-norfolk.stalham.by.2027-02-18", "kind": "local", "country": "england",
                                                    "poll_date": "2027-02-18", "source": "given"]])
        XCTAssertEqual(CLI.run(["on", "2027-04-01", "--only"]).status, 2, "--only with nothing named is a usage error")
    }

    func testEveryReportSaysWhichPollsItChecked() throws {
        let dir = try folder(with: ["cal.ics": Self.calendar, "release.txt": "The council opened the new play park today.\n"])
        let common = ["--country", "wales"]
        let runs: [[String]] = [
            ["periods", "--year", "2027", "--format", "json"],
            ["on", "2027-04-20", "--format", "json"],
            ["timetable", "local.cardiff.2027-05-06", "--format", "json"],
            ["events", "cal.ics", "--from", "2027-01-01", "--to", "2027-12-31", "--format", "json"],
            ["check", "release.txt", "--date", "2027-04-20", "--format", "json"],
        ]
        for arguments in runs {
            let result = CLI.run(arguments + common, directory: dir)
            let polls = pollsChecked(result.stdout)
            XCTAssertTrue(polls.contains { $0["id"]?.hasSuffix("2027-05-06") == true && $0["country"] == "wales" && $0["poll_date"] == "2027-05-06" && $0["kind"] == "local" },
                          "\(arguments[0]): \(result.stdout)")
        }
        for arguments in [["periods", "--year", "2027"], ["on", "2027-04-20"], ["timetable", "local.cardiff.2027-05-06"],
                          ["events", "cal.ics", "--from", "2027-01-01", "--to", "2027-12-31"], ["check", "release.txt", "--date", "2027-04-20"]] {
            let result = CLI.run(arguments + common, directory: dir)
            XCTAssertTrue(result.stdout.contains("Polls checked: local."), "\(arguments[0]): \(result.stdout)")
        }
        let html = CLI.run(["check", "release.txt", "--date", "2027-04-20", "--format", "html"] + common, directory: dir)
        XCTAssertTrue(html.stdout.contains("Polls checked: local.2027-05-06 (Wales, scheduled)"), html.stdout)
        let warn = CLI.run(["warn", "--events", "cal.ics", "--today", "2027-03-22"] + common, directory: dir)
        XCTAssertEqual(warn.status, 1)
        XCTAssertTrue(warn.stdout.contains("\nPolls checked: local.2027-05-06 (Wales, scheduled)"), warn.stdout)
    }

    // MARK: - Councils the tool does not know

    func testUnknownCouncilIsAnErrorWithASuggestionNotEnglishRules() {
        let typo = CLI.run(["timetable", "local.edinbrugh.2027-05-06"])
        XCTAssertEqual(typo.status, 2, typo.stdout)
        XCTAssertTrue(typo.stderr.contains("unknown council 'edinbrugh' — did you mean 'edinburgh' (Scotland)? A new council: give --country"), typo.stderr)
        let council = CLI.run(["timetable", "local.glasgow-city-council.2027-05-06"])
        XCTAssertEqual(council.status, 2)
        XCTAssertTrue(council.stderr.contains("did you mean 'glasgow' (Scotland)?"), council.stderr)

        // Democracy Club's own slugs resolve to Scotland: the period starts on 15 March 2027, not 31 March.
        for slug in ["edinburgh", "city-of-edinburgh", "glasgow-city"] {
            let result = CLI.run(["timetable", "local.\(slug).2027-05-06", "--format", "json"])
            XCTAssertEqual(result.status, 0, slug)
            let period = ((CLI.json(result.stdout)["elections"] as? [[String: Any]])?.first?["pre_election_period"] as? [String: Any])
            XCTAssertEqual(period?["start"] as? String, "2027-03-15", slug)
        }
        XCTAssertTrue(CLI.run(["timetable", "local.north-norfolk.2027-05-06"]).stdout.contains("Pre-election period: Wednesday 31 March 2027"))
    }

    func testAnAbolishedCouncilIsNamedInTheReport() {
        // Allerdale became part of Cumberland on 1 April 2023.
        let result = CLI.run(["timetable", "local.allerdale.2027-05-06"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("Note: Allerdale council was abolished on Saturday 1 April 2023"), result.stdout)
        XCTAssertFalse(CLI.run(["timetable", "local.allerdale.2019-05-02"]).stdout.contains("abolished"))
    }

    func testUnknownCouncilWithACountryRunsAndSaysSo() {
        let result = CLI.run(["timetable", "local.new-town.2027-05-06", "--country", "scotland"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("Note: 'new-town' is not in the list of UK councils, so local.new-town.2027-05-06 is checked by the rules of Scotland as given."), result.stdout)
        XCTAssertTrue(result.stdout.contains("Pre-election period: Monday 15 March 2027"), result.stdout)
        let json = CLI.json(CLI.run(["timetable", "local.new-town.2027-05-06", "--country", "scotland", "--format", "json"]).stdout)
        XCTAssertEqual((json["notices"] as? [String])?.count, 1)
    }

    // MARK: - London

    func testLondonPeriodsOnlyForLondonCouncils() throws {
        // 21 March 2028: inside the GLA period (from 20 March, 30 working days before 4 May 2028), before the
        // English local period (from 27 March).
        let norfolk = CLI.run(["on", "2028-03-21", "--country", "england"])
        XCTAssertEqual(norfolk.status, 0, norfolk.stdout)
        XCTAssertTrue(norfolk.stdout.contains("Mayor of London and London Assembly periods are not checked"), norfolk.stdout)
        XCTAssertEqual(CLI.run(["on", "2028-03-21", "--country", "england", "--london"]).status, 1)
        let dir = try folder(with: [
            "camden.json": #"{"council": "London Borough of Camden", "country": "england"}"#,
            "parish.ics": "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:p@x\r\nDTSTART;VALUE=DATE:20280321\r\nSUMMARY:Launch of the village litter pick\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        ])
        XCTAssertEqual(CLI.run(["on", "2028-03-21", "--config", "camden.json"], directory: dir).status, 1)
        XCTAssertEqual(CLI.run(["on", "2028-03-21", "--election", "local.barnet.by.2028-02-10"], directory: dir).status, 1, "a London borough's id")
        let events = CLI.run(["events", "parish.ics", "--country", "england", "--from", "2028-01-01", "--to", "2028-12-31"], directory: dir)
        XCTAssertEqual(events.status, 0, events.stdout)

        let periods = CLI.run(["periods", "--year", "2028", "--country", "england", "--format", "json"])
        let list = try XCTUnwrap(CLI.json(periods.stdout)["periods"] as? [[String: Any]])
        XCTAssertEqual(list.first?["start"] as? String, "2028-03-20")
        XCTAssertEqual(list.first?["london_only"] as? Bool, true)
        XCTAssertEqual(list.last?["london_only"] as? Bool, false)
        XCTAssertTrue(CLI.run(["periods", "--year", "2028", "--country", "england"]).stdout.contains("— London only"))
        XCTAssertTrue(CLI.run(["periods", "--year", "2028", "--country", "england", "--format", "ics"]).stdout.contains("(England) — London only"))
    }

    func testAConfigCouncilTheListKnowsGivesTheNation() throws {
        let dir = try folder(with: ["cardiff.json": #"{"council": "Cardiff Council"}"#])
        let result = CLI.run(["on", "2027-04-20", "--config", "cardiff.json", "--format", "json"], directory: dir)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(pollsChecked(result.stdout).map { $0["country"] }, ["wales"], result.stdout)
        XCTAssertEqual((CLI.json(result.stdout)["notices"] as? [String])?.count, 0, "the nation is known")
    }

    // MARK: - Beyond the data: expected polls

    func testPollsBeyondTheDataAreExpectedByTheirCycles() throws {
        // scheduled-polls.json ends in 2031; 6 May 2032 is the next English ordinary day (first Thursday in May).
        let dir = try folder(with: ["cal.ics": "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:a@x\r\nDTSTART;VALUE=DATE:20320414\r\nSUMMARY:Opening of the new library\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"])
        let warn = CLI.run(["warn", "--events", "cal.ics", "--today", "2032-03-08", "--country", "england"], directory: dir)
        XCTAssertEqual(warn.status, 1, "a period is never missed because the data file was not updated")
        XCTAssertTrue(warn.stdout.contains("local.2032-05-06 (England, expected)"), warn.stdout)
        XCTAssertTrue(warn.stdout.contains("Opening of the new library"), warn.stdout)

        let scotland = CLI.json(CLI.run(["periods", "--year", "2032", "--country", "scotland", "--format", "json"]).stdout)
        let polls = try XCTUnwrap(scotland["polls_checked"] as? [[String: Any]])
        XCTAssertEqual(polls.map { $0["id"] as? String }, ["local.2032-05-06"], "Scottish councils: five-year terms from 2027")
        XCTAssertEqual(polls.first?["source"] as? String, "projected")
        let period = try XCTUnwrap((scotland["periods"] as? [[String: Any]])?.first)
        XCTAssertEqual(period["source"] as? String, "projected")
        XCTAssertTrue(CLI.run(["periods", "--year", "2032", "--country", "scotland"]).stdout.contains("(expected)"))
        let wales = CLI.json(CLI.run(["periods", "--year", "2034", "--country", "wales", "--format", "json"]).stdout)
        XCTAssertEqual((wales["polls_checked"] as? [[String: Any]])?.compactMap { $0["id"] as? String }, ["senedd.2034-05-04"], "four-year Senedd terms from 2026")
    }

    func testAWindowPastDataAndProjectionSaysSo() {
        let far = CLI.run(["periods", "--year", "2060", "--country", "england"])
        XCTAssertTrue(far.stdout.contains("past the last year (2051) that the poll data or its projection by statutory cycle covers"), far.stdout)
        let near = CLI.run(["periods", "--year", "2040", "--country", "england"])
        XCTAssertFalse(near.stdout.contains("past the last year"), near.stdout)
        XCTAssertTrue(near.stdout.contains("local.2040-05-03 (England, expected)"), near.stdout)
        let quiet = CLI.run(["warn", "--today", "2060-01-05", "--country", "england"])
        XCTAssertEqual(quiet.status, 1, "warn is not silent when it cannot know")
        XCTAssertTrue(quiet.stdout.contains("past the last year"), quiet.stdout)
    }

    // MARK: - The nation of a release

    func testCheckWithNoNationNamesEachNationsPeriod() throws {
        // 20 March 2027 is inside Scotland's period for 6 May 2027 (from 15 March) but before England's and Wales's (31 March).
        let dir = try folder(with: ["release.txt": "“We are delighted,” said Cllr Jane Doe.\n"])
        let text = CLI.run(["check", "release.txt", "--date", "2027-03-20"], directory: dir)
        XCTAssertTrue(text.stdout.contains("inside the pre-election period for the local elections on Thursday 6 May 2027 in Scotland"), text.stdout)
        XCTAssertTrue(text.stdout.contains("give --country or a config"), text.stdout)
        let json = CLI.json(CLI.run(["check", "release.txt", "--date", "2027-03-20", "--format", "json"], directory: dir).stdout)
        XCTAssertTrue((json["notices"] as? [String] ?? []).contains { $0.contains("give --country or a config") }, "\(json)")
        let html = CLI.run(["check", "release.txt", "--date", "2027-03-20", "--format", "html"], directory: dir)
        XCTAssertTrue(html.stdout.contains("give --country or a config"))
        XCTAssertTrue(html.stdout.contains("6 May 2027 in Scotland"))
        let english = CLI.run(["check", "release.txt", "--date", "2027-03-20", "--country", "england"], directory: dir)
        XCTAssertFalse(english.stdout.contains("give --country"), english.stdout)
        XCTAssertTrue(english.stdout.contains("outside every pre-election period"), english.stdout)
    }
}
