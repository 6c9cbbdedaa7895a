import XCTest
@testable import ReleaseChecker

/// Member references: names in their usual forms, titles, reported speech and social-media handles.
final class PersonMentionsTests: XCTestCase {
    func references(_ text: String, people: [String] = []) -> [Finding] {
        Fixture.findings(text, people: people).filter { $0.rule == .memberReference }
    }

    func testNameFormsFromTheList() {
        let people = ["Jane Mary Doe"]
        XCTAssertEqual(references("Jane Mary Doe opened it.", people: people).count, 1)
        XCTAssertEqual(references("Jane Doe opened it.", people: people).count, 1, "first and last name")
        XCTAssertEqual(references("Cllr Doe opened it.", people: people).first?.message, "Member or candidate named: Cllr Doe (candidate)")
        XCTAssertEqual(references("Councillor Jane Doe opened it.", people: people).count, 1)
        XCTAssertEqual(references("It was Jane Doe’s idea.", people: people).count, 1, "possessive")
        XCTAssertEqual(references("Jane Doe opened it. Later Doe left.", people: people).count, 2, "bare surname after a full mention")
        XCTAssertEqual(references("Doe opened it.", people: people).count, 0, "a bare surname alone is not enough")
    }

    func testTitlesAndRoles() {
        XCTAssertEqual(references("The Leader of the Council will attend.").first?.message, "Member referred to by title: the Leader of the Council")
        XCTAssertEqual(references("Councillors Ann Lee and Raj Patel attended.").count, 2)
        XCTAssertEqual(references("Cllrs Ann Lee, Raj Patel and Tom Ford attended.").count, 3)
        XCTAssertEqual(references("Jane Doe MP visited. Siân Jones MS and Ewan Gray MSP sent messages.").count, 3)
        XCTAssertEqual(references("The Police and Crime Commissioner has funded it.").count, 1)
        XCTAssertEqual(references("Provost Iain Buchanan will attend.").count, 1)
        XCTAssertEqual(references("The Chair of the Planning Committee will attend.").count, 1)
        XCTAssertEqual(references("The Chair of the Friends of Mill Park will attend.").count, 0)
    }

    func testSurnamesThatAreOrdinaryWordsAfterATitle() {
        // Found by trying the tool: "Hall", "Park", "Green" are surnames after a title.
        XCTAssertEqual(references("Cllr Rose Hall opened it.").first?.subject, "Cllr Rose Hall")
        XCTAssertEqual(references("Cllr Tom Green and Cllr Ann Park attended.").map(\.subject), ["Cllr Tom Green", "Cllr Ann Park"])
        XCTAssertEqual(Fixture.findings("Cllr Tom Green attended.").filter { $0.rule == .partyReference }.count, 0)
    }

    func testNameAndAppositiveRoleAreOneReference() {
        let f = references("The Leader of the Council, Cllr Martin Fell, will attend.")
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f.first?.subject, "Cllr Martin Fell")
    }

    /// Reported speech presents the member's views as a quotation does (Code para 34): a member-quote, not a reference.
    func testReportedSpeechIsAQuoteNotAReference() {
        for text in ["Cllr Jane Doe said the council would act.", "The Mayor, Cllr Rose Hall, said the event was a success."] {
            XCTAssertEqual(references(text).count, 0, text)
        }
        XCTAssertEqual(Fixture.findings("The Mayor, Cllr Rose Hall, said the event was a success.").first?.message,
                       "Reported speech attributed to the Mayor, Cllr Rose Hall")
    }

    func testACandidateNamedWithTheirRole() {
        let f = references("The Green Party’s candidate for Mill ward, Helen Marsh, was also there.")
        XCTAssertEqual(f.map(\.subject), ["Helen Marsh"])
        XCTAssertEqual(references("A candidate must be 18 or over on the day of nomination.").count, 0, "election administration")
    }

    func testSocialMediaHandles() {
        XCTAssertEqual(references("Thanks to @CllrJaneDoe and @JaneDoeMP.").count, 2)
        XCTAssertEqual(references("Follow @PriyaShahMill.", people: ["Priya Shah"]).count, 1)
        XCTAssertEqual(references("Follow @ExamptonCouncil and @Champ_Cycles.").count, 0)
    }

    func testGenericAndNonMemberPeopleAreNotReferences() {
        XCTAssertEqual(references("The results will be reported to councillors. Ward councillors will be told.").count, 0)
        XCTAssertEqual(references("Dr Amir Khan and Jane Smith attended, with a community leader.").count, 0)
    }

    /// "Cllr Jane Doe, the borough council's cabinet member for parks, said …" is one person, one finding.
    func testAppositiveRoleAfterAPossessiveOrganisation() {
        let found = references("Cllr Jane Doe, the borough council's cabinet member for parks, will open a new play area in June.")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.column, 1)
    }

    /// A government minister named only by office is not a councillor or candidate.
    func testAMinisterByOfficeAloneIsNotAReference() {
        XCTAssertEqual(Fixture.summary("Cllr Jane Doe said she had written to the housing minister about the scheme."), ["member-quote@1"])
        XCTAssertEqual(references("Ms Doe raised it with the Infrastructure Minister last week.", people: ["Jane Doe"]).map(\.column), [1])
    }

    /// A role is read within one line: a letterhead's last word does not join the next line's heading.
    func testARoleDoesNotRunAcrossALineBreak() {
        XCTAssertEqual(references("Exampleton Borough Council\nLeader's column for the summer magazine").map(\.line), [2])
    }

    /// A role in the possessive names a thing, not its holder: "the Candidate's Consent to Nomination".
    func testAPossessiveRoleTakesNoName() {
        XCTAssertEqual(references("Each paper must include the Candidate's Consent to Nomination, signed and witnessed.").count, 0)
    }

    /// "North Exampleton MSP Jane Doe": the words before the post-nominal are a constituency, not a person, and
    /// the place is not remembered as her surname.
    func testConstituencyBeforeAPostNominalAndAName() {
        let text = "North Exampleton MSP Jane Doe has written to Exampleton Council about the ferry.\n\nAn Exampleton Council spokesperson said the timetable was under review."
        XCTAssertEqual(references(text).map(\.line), [1])
        XCTAssertEqual(references(text).first?.subject.hasSuffix("Jane Doe"), true)
    }

    /// Sharing a surname with a listed councillor does not make someone her: "Dr Tom Doe" is not Cllr Jane Doe,
    /// but "Dr Doe" and "Dr J. Doe" may be.
    func testADifferentFirstNameIsADifferentPerson() {
        XCTAssertEqual(Fixture.findings("Dr Tom Doe, the practice's senior partner, said: “We have room for two more GPs.”", people: ["Jane Doe"]).count, 0)
        XCTAssertEqual(references("Dr Doe opened the clinic.", people: ["Jane Doe"]).count, 1)
        XCTAssertEqual(references("Dr J. Doe opened the clinic.", people: ["Jane Doe"]).count, 1)
        XCTAssertEqual(references("Dr Jane Doe opened the clinic.", people: ["Jane Doe"]).count, 1)
    }
}
