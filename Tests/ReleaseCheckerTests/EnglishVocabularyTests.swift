import XCTest
@testable import ReleaseChecker

/// The English vocabulary on the patterns real council copy and local news use: title forms, attribution
/// forms, pronoun follow-ups, photo credits, party forms, and the ordinary wording that must stay quiet.
final class EnglishVocabularyTests: XCTestCase {
    func rules(_ text: String, people: [String] = []) -> [String] { Fixture.summary(text, people: people) }
    func quotes(_ text: String) -> [Finding] { Fixture.findings(text).filter { $0.rule == .memberQuote } }

    // MARK: Titles

    func testCounAndCounDotAreTitlesLikeCllr() {
        XCTAssertEqual(quotes("Coun Derek Sowerby said: “The market hall will reopen in spring.”").first?.subject, "Coun Derek Sowerby")
        XCTAssertEqual(quotes("“It has been a long wait,” said Coun. Marion Heap.").first?.subject, "Coun. Marion Heap")
    }

    func testTitleBeforeAFirstNameOnly() {
        XCTAssertEqual(quotes("Cllr Bethan said: “Thank you to every volunteer who turned out.”").count, 1)
    }

    func testCouncillorAfterPostNominals() {
        let f = quotes("Ruth Akers MBE JP, Councillor for Eastgate ward, said: “The bridge is the town’s lifeline.”")
        XCTAssertEqual(f.count, 1)
        XCTAssertTrue(f.first?.message.contains("Ruth Akers") ?? false, f.first?.message ?? "")
    }

    func testTwoRolesJoinedByAndAreOneMention() {
        XCTAssertEqual(rules("Dr Ann Roe MBE, Councillor and Cabinet Member for Health, said: “Vaccination is free.”"), ["member-quote@1"])
    }

    func testHonorificAndSurnameAfterTheFullNameWithATitle() {
        let text = """
        Cllr Owen Marsh opened the new skate park on Saturday.

        Mr Marsh said: “Young people designed every ramp.”

        Later Ms Patel, a parent, said: “My son is thrilled.”
        """
        XCTAssertEqual(rules(text), ["member-reference@1", "member-quote@3"])
    }

    func testPostNominalBeforeTheVerb() {
        for text in ["Jane Hale MS, Senedd Member for Cwm Isaf, said: “The station must reopen.”",
                     "Tom Reddy MP, the MP for Northby, said: “The station must reopen.”",
                     "Alison Grieve MSP, said: “The station must reopen.”",
                     "Declan Moore MLA said: “The station must reopen.”"] {
            XCTAssertEqual(quotes(text).count, 1, text)
        }
        XCTAssertEqual(quotes("Jane Hale MS, Senedd Member for Cwm Isaf, said: “The station must reopen.”").first?.subject, "Jane Hale MS")
    }

    // MARK: Attribution forms

    func testAddingAndSayingAndToldTheMeeting() {
        XCTAssertEqual(quotes("Cllr Ann Roe welcomed the grant, adding “it will transform the high street.”").count, 1)
        XCTAssertEqual(quotes("Cllr Ann Roe thanked the volunteers, saying “none of this happens without them.”").count, 1)
        XCTAssertEqual(quotes("Cllr Ann Roe told the meeting “we cannot wait another year.”").count, 1)
        XCTAssertEqual(quotes("Cllr Ann Roe said:- “We cannot wait another year.”").count, 1)
        XCTAssertEqual(quotes("Cllr Ann Roe told the Local Democracy Reporting Service: “We cannot wait another year.”").first?.subject, "Cllr Ann Roe")
    }

    func testAppositiveWithoutTheClosingComma() {
        let f = quotes("Cllr Ann Roe, Deputy Leader of the Council said: “The budget protects front-line services.”")
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f.first?.subject, "Cllr Ann Roe")
    }

    func testHeadlineQuotationAttributedInTheBody() {
        let text = """
        “Every child deserves a safe route to school”

        Cllr Ann Roe, Cabinet Member for Transport, said the new crossings would be built this summer.
        """
        // The body's reported speech is a member quotation of its own (Code para 34).
        XCTAssertEqual(quotes(text).map(\.line), [1, 3])
        let repeated = "“Every child deserves a safe route to school”\n\n“Every child deserves a safe route to school,” said Cllr Ann Roe."
        XCTAssertEqual(quotes(repeated).map(\.line), [1, 3])
    }

    func testStraightQuotesNestedInCurlyOnes() {
        let f = quotes("Cllr Ann Roe said: “The sign says \"no entry\" but drivers ignore it, so we are adding a camera.”")
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f.first?.range.upperBound, "Cllr Ann Roe said: “The sign says \"no entry\" but drivers ignore it, so we are adding a camera.”".utf8.count)
    }

    func testQuotationInterruptedByItsAttributionIsOneFinding() {
        let text = "“We are proud of this park,” said Cllr Ann Roe. “It belongs to everyone who lives here.”"
        XCTAssertEqual(quotes(text).count, 1)
        XCTAssertEqual(quotes(text).first?.range, 0..<text.utf8.count)
    }

    func testPronounBindsToTheNearestNamedSpeaker() {
        let text = """
        Cllr Ann Roe said: “The new park opens in June.”

        Local resident Mary Fox, who has lived on the estate for 30 years, welcomed the plans. She said: “My grandchildren will love it.”
        """
        XCTAssertEqual(quotes(text).map(\.line), [1])
    }

    func testAPartysPossessiveBeforeANameMakesAPolitician() {
        XCTAssertEqual(rules("We met on Monday. Labour's Priya Shah told the Gazette: “We will keep fighting for the library.”"),
                       ["party-reference@1", "member-quote@1"])
        XCTAssertEqual(rules("The Green Party's Tom Reed said: “This budget ignores the climate emergency.”"), ["party-reference@1", "member-quote@1"])
    }

    func testReportedSpeechAfterABracketedPartyLabel() {
        XCTAssertEqual(Fixture.findings("Cllr Jane Doe (Lab, Mill ward) said the scheme was overdue.").first?.message,
                       "Reported speech attributed to Cllr Jane Doe")
    }

    func testAWordThatCouldStartARoleIsPartOfATitledName() {
        XCTAssertEqual(Fixture.findings("Cllr Amy Lord said her group would have frozen parking charges.").first?.subject, "Cllr Amy Lord")
    }

    // MARK: Captions

    func testPhotoCreditLinesMakeTheirNeighbourACaption() {
        for text in ["Cllr Ann Roe cuts the ribbon at Mill Park.\nPICTURE: Northby Studios",
                     "Photo: Cllr Ann Roe with pupils. Photo credit: Jo Bright Photography",
                     "(Image: Cllr Ann Roe at the opening)",
                     "Cllr Ann Roe at the opening of the library\nPhoto credit: Exampleton Council"] {
            XCTAssertEqual(Fixture.findings(text).filter { $0.rule == .memberPhoto }.count, 1, text)
        }
        XCTAssertEqual(rules("PICTURE: Northby Studios"), [])
        // Word and HTML put each paragraph in a block of its own.
        XCTAssertEqual(rules("Cllr Ann Roe at the library opening\n\nPhoto credit: Exampleton Council"), ["member-photo@1"])
        XCTAssertEqual(rules("Cllr Ann Roe opened the library on Saturday after a year of building work, and thanked the staff who kept it running.\n\nPhoto credit: Exampleton Council"),
                       ["member-reference@1"])
    }

    func testAShortLineAfterAnImageIsItsCaption() {
        // The HTML reader writes an image's alternative text as "Image: …"; Markdown images are "![…](…)".
        XCTAssertEqual(rules("Image: the new play area\n\nCllr Ann Roe with pupils from Mill School."), ["member-photo@3"])
        XCTAssertEqual(rules("![Play area](park.jpg)\nCllr Ann Roe with pupils from Mill School."), ["member-photo@2"])
        XCTAssertEqual(rules("Image: the new play area\n\nCllr Ann Roe said: “Children chose every piece of equipment themselves.”"),
                       ["member-quote@3"])
    }

    // MARK: Parties

    func testPartyForms() {
        for text in ["The motion was opposed by the Liberals on the council.", "The Tories voted against the budget.",
                     "The plan was backed by most Independents.", "The Independent group abstained.",
                     "The Lib Dem-run council approved the plan.", "The SNP-led council approved the plan.",
                     "The Conservative opposition leader asked for a delay.", "The Labour councillor for Mill ward objected."] {
            XCTAssertEqual(Fixture.findings(text).filter { $0.rule == .partyReference }.count, 1, text)
        }
    }

    // MARK: False alarms

    func testNoNameAcrossASentenceEnd() {
        XCTAssertEqual(rules("Residents can raise this with their ward councillors. For details call 01632 960000."), [])
    }

    func testTitleCaseHeadingsOfElectionAdministration() {
        XCTAssertEqual(rules("Candidates Consent to Nomination\n\nThe form must be signed and witnessed."), [])
        XCTAssertEqual(rules("Guidance For Candidates And Agents\n\nRead it before you submit your papers."), [])
        XCTAssertEqual(rules("Guidance for Councillors Standing for Re-election\n\nCouncil resources must not be used for campaigns."), [])
        XCTAssertEqual(rules("Cllr Owen Marsh is standing for re-election in May."), ["member-reference@1", "electioneering@1"])
    }

    func testThePreviousAdministrationIsNeutral() {
        XCTAssertEqual(rules("The scheme was started by the previous administration in 2019."), [])
    }

    func testNegations() {
        XCTAssertEqual(rules("The fun day is a non-party-political event open to everyone."), [])
        XCTAssertEqual(rules("This is not a political event: all are welcome."), [])
        XCTAssertEqual(rules("The event is not party political."), [])
        XCTAssertEqual(rules("No Labour councillors attended the meeting."), ["party-reference@1"])
    }

    // MARK: Members list hint

    func testMembersListHintOnlyWithoutMembers() {
        XCTAssertTrue(Fixture.report("Nothing here.").membersListMissing)
        var people = PeopleList()
        people.add(names: ["Jane Doe"], role: .member)
        let report = ReleaseScanner.check(text: "Nothing here.", options: CheckOptions(publicationDate: Fixture.inPeriod, people: people))
        XCTAssertFalse(report.membersListMissing)
    }

    /// A heading naming a column, then a colon and the member ("THE LEADER'S COLUMN: Cllr X"), is a byline: the column is
    /// the member's words. A column heading that names no member, or a line saying more than the byline, is not one.
    func testColumnHeadingBylines() {
        XCTAssertEqual(rules("THE LEADER'S COLUMN: Cllr Ann Lee\n\nSpring is here at last."), ["member-quote@1"])
        XCTAssertEqual(rules("Monthly column: Cllr Ann Lee, Cabinet Member for Parks\n\nSpring is here at last."), ["member-quote@1"])
        XCTAssertEqual(rules("Column: the parks team on spring planting\n\nSpring is here at last."), [])
        XCTAssertEqual(rules("Guest column: Cllr Ann Lee opens the new bowling green\n\nSpring is here at last."), ["member-reference@1"])
    }
}
