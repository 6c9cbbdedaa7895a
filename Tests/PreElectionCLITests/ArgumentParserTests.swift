import XCTest
import ElectionCalendar
@testable import PreElectionCLI

final class ArgumentParserTests: XCTestCase {
    let spec = CommandSpec(name: "demo", summary: "demo", positionals: PositionalSpec("FILE", String.self), options: [
        OptionSpec("year", .single, help: "year"),
        OptionSpec("election", .repeatable, help: "id"),
        OptionSpec("strict", .flag, help: "strict"),
    ])

    func testFormsOfOptions() throws {
        let parsed = try ArgumentParser.parse(["a.txt", "--year", "2027", "--election=local.2027-05-06", "--election", "pcc.2028-05-04", "--strict", "-", "--", "--odd"], spec: spec)
        XCTAssertEqual(parsed.value("year"), "2027")
        XCTAssertEqual(parsed.all("election"), ["local.2027-05-06", "pcc.2028-05-04"])
        XCTAssertTrue(parsed.flag("strict"))
        XCTAssertEqual(parsed.positionals, ["a.txt", "-", "--odd"])
    }

    func testUnknownOptionSuggestsClosest() {
        XCTAssertThrowsError(try ArgumentParser.parse(["--eletion", "x"], spec: spec)) { error in
            XCTAssertEqual((error as? CLIError)?.message, "unknown option '--eletion'")
            XCTAssertTrue((error as? CLIError)?.hint?.contains("--election") ?? false)
        }
        XCTAssertThrowsError(try ArgumentParser.parse(["--year"], spec: spec))
        XCTAssertThrowsError(try ArgumentParser.parse(["--year", "1", "--year", "2"], spec: spec))
    }

    func testValuesAreCheckedByTheirDeclaredTypeWhenParsed() throws {
        let typed = CommandSpec(name: "demo", summary: "demo", positionals: PositionalSpec("DATE", CivilDate.self, maximum: 1), options: [
            OptionSpec("country", .single, Nation.self, help: "nation"),
            .format([.text, .json]),
        ])
        let parsed = try ArgumentParser.parse(["06/05/2027", "--country", "Cymru", "--format=JSON"], spec: typed)
        XCTAssertEqual(parsed.positionals(as: CivilDate.self), [CivilDate(year: 2027, month: 5, day: 6)].compactMap { $0 })
        XCTAssertEqual(parsed.value("country", as: Nation.self), .wales)
        XCTAssertEqual(parsed.format(), .json)
        XCTAssertThrowsError(try ArgumentParser.parse(["--country", "walse"], spec: typed)) { error in
            XCTAssertEqual((error as? CLIError)?.line, "preelection: error: --country: unknown country 'walse' — did you mean 'wales'? Use england, wales, scotland or northern-ireland")
        }
        XCTAssertThrowsError(try ArgumentParser.parse(["--format", "html"], spec: typed)) { error in
            XCTAssertEqual((error as? CLIError)?.hint, "use text or json")
        }
        XCTAssertEqual(typed.usage, "preelection demo DATE [--country COUNTRY] [--format text|json]")
    }

    func testUnknownCommandExitsTwoWithOneLine() {
        let (status, output) = PreElectionCLI.run(["perods"], context: RunContext(today: CivilDate(iso: "2026-11-22")!))
        XCTAssertEqual(status, 2)
        XCTAssertTrue(output.stderr.hasPrefix("preelection: error: unknown command 'perods' — did you mean 'periods'?"), output.stderr)
        XCTAssertEqual(output.stderr.filter { $0 == "\n" }.count, 1)
    }
}

/// Options declared once as typed values: the same date, country and format spellings work in every command,
/// usage is generated from the declarations, and a word a command does not take is an error.
final class TypedOptionsTests: XCTestCase {
    func testStrayPositionalIsAnErrorNotIgnored() {
        // Before: `holidays 2027 --country wales` printed 2026's holidays (today's year) and exit 0.
        let r = CLI.run(["holidays", "2027", "--country", "wales"], today: "2026-12-03")
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stdout, "")
        XCTAssertEqual(r.stderr, "preelection: error: unexpected argument '2027' — did you mean '--year 2027'? See 'preelection holidays --help'\n")
        let periods = CLI.run(["periods", "2027"])
        XCTAssertEqual(periods.status, 2)
        XCTAssertTrue(periods.stderr.contains("did you mean '--year 2027'?"), periods.stderr)
        let on = CLI.run(["on", "2027-04-20", "2027-04-21"])
        XCTAssertEqual(on.status, 2)
        XCTAssertTrue(on.stderr.hasPrefix("preelection: error: unexpected argument '2027-04-21' — it takes one DATE"), on.stderr)
    }

    func testEveryCommandAcceptsBritishDates() throws {
        // Welsh county and community council elections, Thursday 6 May 2027: period from Wednesday 31 March 2027.
        let iso = CLI.run(["on", "2027-04-20", "--country", "wales"])
        let british = CLI.run(["on", "20/04/2027", "--country", "wales"])
        XCTAssertEqual(british.status, 1, british.stderr)
        XCTAssertEqual(british.stdout, iso.stdout)
        XCTAssertTrue(british.stdout.contains("\nTuesday 20 April 2027 is inside the pre-election period"), british.stdout)

        let range = CLI.run(["periods", "--from", "01/04/2027", "--to", "30/04/2027", "--country", "wales", "--format", "json"])
        XCTAssertEqual(range.status, 0, range.stderr)
        XCTAssertEqual((CLI.json(range.stdout)["periods"] as? [[String: Any]])?.first?["start"] as? String, "2027-03-31")

        let notice = CLI.run(["periods", "--election", "local.2026-05-07", "--country", "england", "--notice", "24/03/2026", "--format", "json"])
        XCTAssertEqual(notice.status, 0, notice.stderr)
        XCTAssertEqual((CLI.json(notice.stdout)["periods"] as? [[String: Any]])?.first?["start"] as? String, "2026-03-24")

        let holiday = CLI.run(["periods", "--election", "local.2026-05-07", "--country", "england", "--non-working-day", "15/04/2026", "--format", "json"])
        XCTAssertEqual((CLI.json(holiday.stdout)["periods"] as? [[String: Any]])?.first?["start"] as? String, "2026-03-27")

        let wrong = CLI.run(["on", "31/02/2027"])
        XCTAssertEqual(wrong.status, 2)
        XCTAssertEqual(wrong.stderr, "preelection: error: date: '31/02/2027' is not a real date — write dates as YYYY-MM-DD or DD/MM/YYYY, e.g. 2027-05-06 or 06/05/2027\n")
    }

    func testFormatsAreCaseInsensitiveEverywhere() throws {
        let periods = CLI.run(["periods", "--year", "2027", "--country", "wales", "--format", "JSON"])
        XCTAssertEqual(periods.status, 0, periods.stderr)
        XCTAssertNotNil(CLI.json(periods.stdout)["periods"])
        let ics = CLI.run(["periods", "--year", "2027", "--country", "wales", "--format", "ICS"])
        XCTAssertTrue(ics.stdout.hasPrefix("BEGIN:VCALENDAR"), ics.stdout)
        let holidays = CLI.run(["holidays", "--year", "2027", "--country", "Wales", "--format", "Json"])
        XCTAssertEqual(holidays.status, 0, holidays.stderr)
        XCTAssertEqual(CLI.json(holidays.stdout)["year"] as? Int, 2027)
        let bad = CLI.run(["periods", "--format", "csv"])
        XCTAssertEqual(bad.stderr, "preelection: error: --format: unknown format 'csv' — use text, json or ics\n")
    }

    func testUsageIsGeneratedFromTheDeclarations() {
        // Before: the hand-written usage line of `periods` left out --output.
        let help = CLI.run(["periods", "--help"]).stdout
        XCTAssertTrue(help.contains("Usage: preelection periods [--year YEAR] [--from DATE] [--to DATE] [--format text|json|ics] [--output FILE]"), help)
        for command in PreElectionCLI.subcommands {
            let spec = command.spec
            for option in spec.options {
                XCTAssertTrue(spec.usage.contains("--\(option.name)"), "\(spec.name) usage lacks --\(option.name)")
                XCTAssertTrue(spec.help.contains("  --\(option.name)"), "\(spec.name) help lacks --\(option.name)")
            }
        }
    }

    func testImpossibleGeneralElectionStartOrPeriodEndIsAnInputError() {
        // 4 July 2024 general election: a start after polling day, or an end before the period starts, is no period.
        let late = CLI.run(["periods", "--election", "parl.2024-07-04", "--ge-start", "2024-07-10"])
        XCTAssertEqual(late.status, 2, late.stdout)
        XCTAssertTrue(late.stderr.hasPrefix("preelection: error: --ge-start: the general-election start Wednesday 10 July 2024 is after polling day Thursday 4 July 2024"), late.stderr)
        let early = CLI.run(["periods", "--election", "local.2026-05-07", "--country", "england", "--until", "2026-03-01"])
        XCTAssertEqual(early.status, 2, early.stdout)
        XCTAssertTrue(early.stderr.hasPrefix("preelection: error: --until: the period end Sunday 1 March 2026 is before the period for local.2026-05-07 starts (Monday 30 March 2026)"), early.stderr)
        XCTAssertEqual(CLI.run(["periods", "--election", "parl.2024-07-04", "--ge-start", "2024-05-22"]).status, 0)
    }
}
