import XCTest
@testable import ReleaseChecker

/// Photo captions naming or showing members are `member-photo` (LGA short guide, 'should not' item 4).
final class PhotoCaptionTests: XCTestCase {
    func photos(_ text: String) -> [Finding] { Fixture.findings(text).filter { $0.rule == .memberPhoto } }

    func testCaptionForms() {
        for text in ["Pictured: Cllr Jane Doe at the opening.", "Photo: Cllr Jane Doe with pupils.", "Caption: the Mayor cuts the ribbon.",
                     "Left to right: Ann Lee, Cllr Jane Doe and Tom Ford.", "Cllr Jane Doe, Ann Lee and Tom Ford (l-r) at the opening.",
                     "[Photo: Cllr Jane Doe]", "Pictured are councillors and volunteers.", "![Cllr Jane Doe planting a tree](tree.jpg)",
                     "*Pictured (L–R):* Cllr Jane Doe and the Head of Parks."] {
            XCTAssertEqual(photos(text).count, 1, text)
        }
    }

    func testOnePerMemberInTheCaption() {
        XCTAssertEqual(photos("Pictured (l-r): Cllr Jane Doe, Ann Lee and Cllr Raj Patel.").count, 2)
    }

    func testCaptionsWithoutMembersAndOrdinaryUsesOfTheWords() {
        XCTAssertEqual(photos("Photo: the restored bandstand. Image credit: Exampleton Council").count, 0)
        XCTAssertEqual(Fixture.findings("Photo competition entries close on Friday, said Cllr Jane Doe.").filter { $0.rule == .memberPhoto }.count, 0)
    }
}
