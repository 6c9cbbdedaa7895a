import XCTest
@testable import ReleaseChecker

/// Reading Democracy Club candidate CSVs (by header) and plain name lists.
final class PeopleListTests: XCTestCase {
    func testDemocracyClubTableIsReadByHeaderInAnyColumnOrder() throws {
        let header = ["election_id", "post_label", "party_name", "person_id", "Person Name"]
        let rows = [["local.exampleton.mill.2026-05-07", "Mill", "Labour Party", "101", "Priya Shah"],
                    ["local.exampleton.mill.2026-05-07", "Mill", "Conservative and Unionist Party", "102", " Daniel Okafor "]]
        let list = try PeopleList(header: header, rows: rows, role: .candidate)
        XCTAssertEqual(list.people.map(\.name), ["Priya Shah", "Daniel Okafor"])
        XCTAssertEqual(list.people[0].party, "Labour Party")
        XCTAssertEqual(list.people[0].post, "Mill")
        XCTAssertEqual(list.people[0].election, "local.exampleton.mill.2026-05-07")
        XCTAssertEqual(list.people[0].described, "Priya Shah (candidate, Mill ward, Labour Party)")
    }

    func testPlainListStripsTitlesAndSkipsComments() throws {
        let list = try PeopleList.parse("# members\nCllr Jane Doe\n\n- Councillor Graham Tully\nKaren Walsh MP\n", role: .member)
        XCTAssertEqual(list.people.map(\.name), ["Jane Doe", "Graham Tully", "Karen Walsh"])
        XCTAssertTrue(list.people.allSatisfy(\.isMember))
    }

    func testSomeoneOnBothListsIsOnePerson() {
        var list = PeopleList()
        list.add(names: ["Jane Doe"], role: .member)
        list.add(names: ["Cllr Jane Doe"], role: .candidate)
        XCTAssertEqual(list.people.count, 1)
        XCTAssertTrue(list.people[0].isMember && list.people[0].isCandidate)
    }

    func testErrorsSayWhichLine() {
        XCTAssertThrowsError(try PeopleList.parse("Jane Doe\nThis line is clearly a sentence from a press release, not a name.\n", role: .member)) { error in
            XCTAssertEqual((error as? PeopleList.ParseError)?.line, 2)
        }
        XCTAssertThrowsError(try PeopleList(header: ["name_of_person", "party"], rows: [["Jane Doe", "Labour"]], role: .candidate))
        XCTAssertTrue(PeopleList.isTable("person_name,party_name\nJane Doe,Labour\n"))
        XCTAssertFalse(PeopleList.isTable("Jane Doe\nRaj Patel\n"))
    }

    /// A members list names councillors with their title and other sitting members (MPs, MSs) by name:
    /// messages say "councillor" only for the first.
    func testMembersAreDescribedAsCouncillorsOnlyWhenTitled() throws {
        let list = try PeopleList.parse("Cllr Tom Hale\nOwen Tate", role: .member)
        XCTAssertEqual(list.people.map(\.described), ["Tom Hale (councillor)", "Owen Tate (member)"])
    }
}
