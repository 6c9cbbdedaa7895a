import XCTest
@testable import PreElectionCLI

/// The calendar's commands as a clerk uses them: plain words and British dates, exact JSON keys, exit statuses.
final class CalendarCommandsTests: XCTestCase {
    func testPeriodsForAYearNeedNoConfiguration() {
        let result = CLI.run(["periods", "--year", "2027"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("Wednesday 31 March 2027 to Thursday 6 May 2027"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Monday 15 March 2027 to Thursday 6 May 2027"), "Scotland starts at the 35th working day")
        XCTAssertTrue(result.stdout.contains("Northern Ireland"))
        let wales = CLI.run(["periods", "--year", "2027", "--country", "wales"])
        XCTAssertFalse(wales.stdout.contains("Scotland"))
    }

    func testPeriodsJSONContract() throws {
        let result = CLI.run(["periods", "--year", "2028", "--country", "england", "--format", "json"])
        let periods = try XCTUnwrap(CLI.json(result.stdout)["periods"] as? [[String: Any]])
        XCTAssertEqual(periods.count, 2, "London's GLA period and the rest of England's are kept apart")
        for period in periods {
            for key in ["start", "end", "elections", "basis"] { XCTAssertNotNil(period[key], key) }
        }
        XCTAssertEqual(periods.first?["start"] as? String, "2028-03-20", "GLA: 30 working days before 4 May 2028")
        XCTAssertEqual(periods.last?["start"] as? String, "2028-03-27")
    }

    func testCombinedPollsMergeIntoOnePeriodNamingEveryPoll() throws {
        let result = CLI.run(["periods", "--election", "local.barnet.2024-05-02", "--election", "mayor.london.2024-05-02", "--only", "--format", "json"])
        let periods = try XCTUnwrap(CLI.json(result.stdout)["periods"] as? [[String: Any]])
        XCTAssertEqual(periods.count, 1)
        XCTAssertEqual(periods.first?["elections"] as? [String], ["mayor.london.2024-05-02", "local.barnet.2024-05-02"])
        XCTAssertEqual(periods.first?["start"] as? String, "2024-03-19")
        XCTAssertTrue((periods.first?["basis"] as? String)?.contains("combined") ?? false)
    }

    func testNoticeDateAndDeclarationEnd() throws {
        let result = CLI.run(["periods", "--election", "local.2026-05-07", "--country", "england", "--notice", "2026-03-24",
                              "--until", "declaration", "--format", "json"])
        let period = try XCTUnwrap((CLI.json(result.stdout)["periods"] as? [[String: Any]])?.first)
        XCTAssertEqual(period["start"] as? String, "2026-03-24")
        XCTAssertEqual(period["end"] as? String, "2026-05-08")
        XCTAssertTrue((period["basis"] as? String)?.contains("given by the user") ?? false)
        let late = CLI.run(["periods", "--election", "local.2026-05-07", "--country", "england", "--notice", "2026-04-02"])
        XCTAssertTrue(late.stderr.contains("later than the latest date the law allows"), late.stderr)
        let two = CLI.run(["periods", "--election", "local.2026-05-07", "--election", "pcc.x.2026-05-07", "--country", "england", "--notice", "2026-03-24"])
        XCTAssertEqual(two.status, 2)
        XCTAssertTrue(two.stderr.contains("--notice ID=DATE"))
    }

    func testADeclaredDayOfMourningMovesTheStartBackOneWorkingDay() throws {
        let plain = CLI.run(["periods", "--election", "local.2026-05-07", "--country", "england", "--format", "json"])
        let mourning = CLI.run(["periods", "--election", "local.2026-05-07", "--country", "england", "--non-working-day", "2026-04-15", "--format", "json"])
        let before = try XCTUnwrap((CLI.json(plain.stdout)["periods"] as? [[String: Any]])?.first?["start"] as? String)
        let after = try XCTUnwrap((CLI.json(mourning.stdout)["periods"] as? [[String: Any]])?.first?["start"] as? String)
        XCTAssertEqual(before, "2026-03-30")
        XCTAssertEqual(after, "2026-03-27", "Friday 27 March: one more day is skipped")
    }

    func testICSIsRFC5545() {
        let result = CLI.run(["periods", "--year", "2027", "--format", "ics"])
        XCTAssertTrue(result.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        XCTAssertTrue(result.stdout.contains("DTSTART;VALUE=DATE:20270331\r\nDTEND;VALUE=DATE:20270507\r\n"), "DTEND is exclusive")
        for line in result.stdout.components(separatedBy: "\r\n") { XCTAssertLessThanOrEqual(line.utf8.count, 75) }
        XCTAssertFalse(result.stdout.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        XCTAssertEqual(result.stdout, CLI.run(["periods", "--year", "2027", "--format", "ics"]).stdout, "stable UIDs")
    }

    func testOnSaysWhetherADateIsInsideAPeriod() {
        let inside = CLI.run(["on", "2027-04-20", "--country", "wales"])
        XCTAssertEqual(inside.status, 1)
        XCTAssertTrue(inside.stdout.contains("Tuesday 20 April 2027 is inside the pre-election period"), inside.stdout)
        XCTAssertTrue(inside.stdout.contains("day 21 of 37"))
        let outside = CLI.run(["on", "2027-03-01", "--country", "wales"])
        XCTAssertEqual(outside.status, 0)
        XCTAssertTrue(outside.stdout.contains("The next starts on Wednesday 31 March 2027, 30 days later"), outside.stdout)
        let json = CLI.json(CLI.run(["on", "2027-03-20", "--country", "scotland", "--format", "json"]).stdout)
        XCTAssertEqual(json["in_period"] as? Bool, true)
    }

    func testTimetableTextAndJSON() throws {
        let text = CLI.run(["timetable", "parl.2024-07-04"])
        XCTAssertEqual(text.status, 0)
        XCTAssertTrue(text.stdout.contains("Dissolution of Parliament"))
        XCTAssertTrue(text.stdout.contains("Thursday 30 May 2024"))
        let json = CLI.json(CLI.run(["timetable", "local.cardiff.2027-05-06", "sp.2026-05-07", "--format", "json"]).stdout)
        let elections = try XCTUnwrap(json["elections"] as? [[String: Any]])
        XCTAssertEqual(elections.count, 2)
        XCTAssertEqual(elections[0]["country"] as? String, "wales")
        XCTAssertEqual(elections[0]["kind"] as? String, "local")
        XCTAssertEqual(elections[0]["poll_date"] as? String, "2027-05-06")
        let timetable = try XCTUnwrap(elections[0]["timetable"] as? [String: String])
        XCTAssertEqual(Set(timetable.keys), ["notice_of_election_deadline", "close_of_nominations", "sopn_publish_deadline",
                                             "registration_deadline", "postal_vote_application_deadline", "vac_application_deadline"])
        XCTAssertEqual((elections[1]["pre_election_period"] as? [String: String])?["start"], "2026-03-16")
        let referendum = CLI.json(CLI.run(["timetable", "ref.2016-06-23", "--country", "england", "--format", "json"]).stdout)
        let refTimetable = try XCTUnwrap(((referendum["elections"] as? [[String: Any]])?.first?["timetable"]) as? [String: String])
        XCTAssertNil(refTimetable["notice_of_election_deadline"], "referendums have no notice of election")
    }

    func testHolidaysMarkRuleComputedYears() throws {
        let json = CLI.json(CLI.run(["holidays", "--year", "2029", "--country", "northern-ireland", "--format", "json"]).stdout)
        let holidays = try XCTUnwrap(json["holidays"] as? [[String: Any]])
        XCTAssertTrue(holidays.allSatisfy { $0["source"] as? String == "rule" })
        XCTAssertTrue(holidays.contains { $0["date"] as? String == "2029-03-19" }, "St Patrick's Day substitute")
        let data = CLI.json(CLI.run(["holidays", "--year", "2026", "--country", "scotland", "--format", "json"]).stdout)
        XCTAssertTrue((data["holidays"] as? [[String: Any]])?.contains { $0["date"] as? String == "2026-06-15" && $0["source"] as? String == "data" } ?? false)
        let text = CLI.run(["holidays", "--year", "2029", "--country", "wales"])
        XCTAssertTrue(text.stdout.contains("computed by rule, not yet proclaimed"))
        XCTAssertTrue(text.stdout.contains("Monday 27 August 2029"))
    }

    func testBadInputIsOneLineAndExitTwo() {
        let cases: [[String]] = [
            ["on", "2026-02-30"], ["timetable", "local.2026-05-07"], ["timetable", "xyz.2026-05-07"], ["timetable", "local"],
            ["periods", "--year", "2300"], ["periods", "--year", "twenty"], ["timetable", "local.england.2026-13-01"],
            ["periods", "--from", "2027-05-01", "--to", "2027-01-01"], ["holidays", "--year", "2027"], ["periods", "--format", "pdf"],
            ["periods", "--config", "/no/such/file.json"], ["periods", "--calendars", "/no/such/folder"], ["periods", "--yaer", "2027"],
            ["timetable", "parl.rochdale.by.2024-02-29"], ["periods", "--country", "cornwall"], ["on"], ["frobnicate"],
        ]
        for arguments in cases {
            let result = CLI.run(arguments)
            XCTAssertEqual(result.status, 2, "\(arguments)")
            XCTAssertTrue(result.stderr.hasPrefix("preelection: error: "), "\(arguments): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "\(arguments): one line")
            XCTAssertTrue(result.stdout.isEmpty, "\(arguments)")
        }
        XCTAssertTrue(CLI.run(["periods", "--yaer", "2027"]).stderr.contains("did you mean '--year'"))
    }

    func testCalendarsFolderReplacesTheBankHolidays() throws {
        let folder = CLI.temporaryFolder()
        // A "newer" GOV.UK file with one extra England and Wales holiday on Wednesday 15 April 2026.
        let original = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Calendars/bank-holidays.json"), encoding: .utf8)
        let extra = original.replacingOccurrences(of: "\"events\": [", with: "\"events\": [{\"title\": \"Extra\", \"date\": \"2026-04-15\", \"notes\": \"\", \"bunting\": true},", options: [], range: original.range(of: "\"events\": ["))
        try extra.write(toFile: folder + "/bank-holidays.json", atomically: true, encoding: .utf8)
        let result = CLI.run(["periods", "--election", "local.2026-05-07", "--country", "england", "--calendars", folder, "--format", "json"])
        XCTAssertEqual((CLI.json(result.stdout)["periods"] as? [[String: Any]])?.first?["start"] as? String, "2026-03-27")
        let viaEnvironment = CLI.run(["periods", "--election", "local.2026-05-07", "--country", "england", "--format", "json"], environment: ["PREELECTION_CALENDARS": folder])
        XCTAssertEqual(viaEnvironment.stdout, result.stdout)
        try "{ not json".write(toFile: folder + "/bank-holidays.json", atomically: true, encoding: .utf8)
        let broken = CLI.run(["periods", "--calendars", folder])
        XCTAssertEqual(broken.status, 2)
        XCTAssertTrue(broken.stderr.contains("bank-holidays.json:1"), broken.stderr)
    }

    func testCouncilConfigNeedsNoFlags() throws {
        let folder = CLI.temporaryFolder()
        try """
        {"council": "Exampleton Borough Council", "country": "england", "elections": ["local.exampleton.2027-05-06", "pcc.example.2027-05-06"],
         "notices": {"local.exampleton.2027-05-06": "2027-03-26"}, "non_working_days": ["2027-04-14"], "until": "declaration"}
        """.write(toFile: folder + "/preelection.json", atomically: true, encoding: .utf8)
        let result = CLI.run(["periods", "--config", "preelection.json", "--format", "json"], directory: folder)
        let period = try XCTUnwrap((CLI.json(result.stdout)["periods"] as? [[String: Any]])?.first)
        XCTAssertEqual(period["start"] as? String, "2027-03-26")
        XCTAssertEqual(period["end"] as? String, "2027-05-07")
        XCTAssertEqual(Set(period["elections"] as? [String] ?? []), ["local.2027-05-06", "local.exampleton.2027-05-06", "pcc.example.2027-05-06"],
                       "the config's polls join the scheduled English polls of the same day")
        try "{\"country\": \"england\",\n \"elections\": \"local.x.2027-05-06\"}".write(toFile: folder + "/bad.json", atomically: true, encoding: .utf8)
        let bad = CLI.run(["periods", "--config", "bad.json"], directory: folder)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.contains("'elections' has the wrong type (expected a list)"), bad.stderr)
        try "{\"country\": \"england\",\n \"elections\": [,]}".write(toFile: folder + "/broken.json", atomically: true, encoding: .utf8)
        XCTAssertTrue(CLI.run(["periods", "--config", "broken.json"], directory: folder).stderr.contains("broken.json:2"))
    }

    func testOverviewListsComingPeriodsAndCommands() {
        let result = CLI.run([])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("Coming pre-election periods"))
        XCTAssertTrue(result.stdout.contains("preelection timetable"))
        XCTAssertTrue(CLI.run(["--version"]).stdout.hasPrefix("preelection "))
        XCTAssertTrue(CLI.run(["periods", "--help"]).stdout.contains("--ge-start"))
    }
}

/// `on`: the notice caveat, "1 day", and a notice date without an id.
extension CalendarCommandsTests {
    func testOnSaysOneDayAndWarnsThatANoticeCanComeEarlier() {
        // The 2027 English locals' period starts on Wednesday 31 March at the latest.
        let result = CLI.run(["on", "2027-03-30", "--country", "england"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.stdout.contains("The next starts on Wednesday 31 March 2027, 1 day later"), result.stdout)
        XCTAssertTrue(result.stdout.contains("A period starts earlier if the notice of election is published earlier: give the actual date with --notice."), result.stdout)
        XCTAssertTrue(CLI.run(["on", "2027-04-20", "--country", "england"]).stdout.contains("give the actual date with --notice"))
    }

    func testOnNoticeWithoutAnIDIsForThePollInQuestion() {
        // Wales 2027: the Senedd poll of 7 May 2026 is also selected, but 20 April 2027 is about the May 2027 locals.
        let given = CLI.run(["on", "2027-03-25", "--country", "wales", "--notice", "2027-03-22"])
        XCTAssertEqual(given.status, 1, given.stderr)
        XCTAssertTrue(given.stdout.contains("notice of election published on Monday 22 March 2027 (given by the user)"), given.stdout)
        XCTAssertFalse(given.stdout.contains("give the actual date with --notice"), given.stdout)
        // England 2028: the locals, the combined-authority mayors and London's polls share 4 May, so it asks.
        let several = CLI.run(["on", "2028-04-20", "--country", "england", "--notice", "2028-03-20"])
        XCTAssertEqual(several.status, 2)
        XCTAssertTrue(several.stderr.contains("say which poll the notice date is for"), several.stderr)
        XCTAssertTrue(several.stderr.contains("local.2028-05-04"), several.stderr)
        XCTAssertTrue(several.stderr.contains("mayor.2028-05-04"), several.stderr)
    }
}
