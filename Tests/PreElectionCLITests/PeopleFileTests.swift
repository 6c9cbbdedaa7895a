import XCTest
import ReleaseChecker
@testable import PreElectionCLI

/// `--members`/`--candidates` files: the CSV syntax is read in the shell, the columns by the checker's people list.
final class PeopleFileTests: XCTestCase {
    func testDemocracyClubCSVWithQuotedFieldsAndCRLF() throws {
        let csv = "election_id,post_label,party_name,person_id,person_name\r\nlocal.exampleton.mill.2026-05-07,Mill,Labour Party,101,Priya Shah\r\nlocal.exampleton.mill.2026-05-07,Mill,\"Conservative and Unionist Party\",102,\"Daniel Okafor\"\r\n"
        let list = try PeopleFile.parse(csv, role: .candidate)
        XCTAssertEqual(list.people.map(\.name), ["Priya Shah", "Daniel Okafor"])
        XCTAssertEqual(list.people[1].party, "Conservative and Unionist Party")
        XCTAssertEqual(list.people[0].described, "Priya Shah (candidate, Mill ward, Labour Party)")
    }

    func testPlainListAndErrorsWithLines() throws {
        XCTAssertEqual(try PeopleFile.parse("Cllr Jane Doe\nRaj Patel MP\n", role: .member).people.map(\.name), ["Jane Doe", "Raj Patel"])
        XCTAssertThrowsError(try PeopleFile.parse("person_name,party_name\n\"Jane Doe,Labour\n", role: .candidate)) { error in
            XCTAssertEqual((error as? PeopleList.ParseError)?.line, 2)
        }
    }
}
