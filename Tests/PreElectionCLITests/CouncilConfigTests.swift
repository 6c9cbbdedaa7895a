import XCTest
@testable import PreElectionCLI

/// The council config file: a typo in a key is a warning that names the key it was probably meant to be,
/// and a value of the wrong type stops the run naming the key and the file.
final class CouncilConfigTests: XCTestCase {
    func testUnknownKeyIsAWarningWithDidYouMean() throws {
        // Before: "contry" and "schedular" were silently ignored, so the run used every nation's polls.
        let folder = CLI.temporaryFolder()
        try #"{"contry": "wales", "schedular": {"conflict_keywords": ["opening"]}, "checker": {"member": ["Jane Doe"]}, "_comment": "ok"}"#
            .write(toFile: folder + "/council.json", atomically: true, encoding: .utf8)
        let r = CLI.run(["periods", "--year", "2027", "--country", "wales", "--config", "council.json"], directory: folder)
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("preelection: warning: \(folder)/council.json: unknown key \"contry\" is ignored — did you mean \"country\"?\n"), r.stderr)
        XCTAssertTrue(r.stderr.contains("unknown key \"schedular\" is ignored — did you mean \"scheduler\"?"), r.stderr)
        XCTAssertTrue(r.stderr.contains("unknown key \"checker.member\" is ignored — did you mean \"checker.members\"?"), r.stderr)
        XCTAssertFalse(r.stderr.contains("_comment"), "keys starting with _ are comments")
        for command in [["holidays", "--country", "wales"], ["check", "-"], ["events", "-"], ["warn"]] {
            let other = CLI.run(command + ["--config", "council.json"], directory: folder, stdin: "date,title\n2027-04-20,Park opening\n")
            XCTAssertTrue(other.stderr.contains("did you mean \"country\"?"), "\(command): \(other.stderr)")
        }
    }

    func testWrongTypeStopsTheRunNamingKeyAndFile() throws {
        let folder = CLI.temporaryFolder()
        try #"{"country": "wales", "elections": "local.2027-05-06"}"#.write(toFile: folder + "/council.json", atomically: true, encoding: .utf8)
        let r = CLI.run(["periods", "--config", "council.json"], directory: folder)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "preelection: error: \(folder)/council.json: 'elections' has the wrong type (expected a list) — see the example config in the README\n")
        try #"{"ge_start": "22/05/2024", "elections": ["parl.2024-07-04"]}"#.write(toFile: folder + "/ge.json", atomically: true, encoding: .utf8)
        let british = CLI.run(["periods", "--config", "ge.json", "--format", "json"], directory: folder)
        XCTAssertEqual((CLI.json(british.stdout)["periods"] as? [[String: Any]])?.first?["start"] as? String, "2024-05-22",
                       "config dates take the same forms as options")
    }
}
