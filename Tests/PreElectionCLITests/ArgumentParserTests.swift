import XCTest
import ElectionCalendar
@testable import PreElectionCLI

final class ArgumentParserTests: XCTestCase {
    let spec = CommandSpec(name: "demo", summary: "demo", usage: "preelection demo", options: [
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

    func testUnknownCommandExitsTwoWithOneLine() {
        let (status, output) = PreElectionCLI.run(["perods"], context: RunContext(today: CivilDate(iso: "2026-11-22")!))
        XCTAssertEqual(status, 2)
        XCTAssertTrue(output.stderr.hasPrefix("preelection: error: unknown command 'perods' — did you mean 'periods'?"), output.stderr)
        XCTAssertEqual(output.stderr.filter { $0 == "\n" }.count, 1)
    }
}
