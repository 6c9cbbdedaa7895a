import XCTest
@testable import ReleaseChecker

/// Every attribution pattern for `member-quote`, and the quotes that must not be flagged.
final class QuoteFinderTests: XCTestCase {
    func quotes(_ text: String, people: [String] = []) -> [Finding] {
        Fixture.findings(text, people: people).filter { $0.rule == .memberQuote }
    }

    func testSaidAfterTheQuote() {
        let f = quotes("“We are delighted,” said Cllr Jane Doe.")
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f.first?.subject, "Cllr Jane Doe")
        XCTAssertEqual(f.first?.message, "Quotation attributed to Cllr Jane Doe")
        XCTAssertEqual(f.first?.column, 1)
        XCTAssertEqual(quotes("“We are delighted,” Cllr Jane Doe said.").count, 1)
        XCTAssertEqual(quotes("“We are delighted” – Cllr Jane Doe").count, 1)
    }

    func testAttributionBeforeSkipsTheAppositive() {
        let f = quotes("Councillor Jane Doe, Cabinet Member for Housing and Planning, said: “This is good news.”")
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f.first?.message, "Quotation attributed to Councillor Jane Doe, Cabinet Member for Housing and Planning")
        XCTAssertEqual(f.first?.column, 69)  // the opening mark
    }

    func testAppositiveBetweenDashesOrBrackets() {
        // Found by trying the tool with text pasted from Word.
        XCTAssertEqual(quotes("• Cllr\u{A0}Jane Doe — Cabinet Member for Environment — said: “We’re delighted.”").first?.message,
                       "Quotation attributed to Cllr Jane Doe — Cabinet Member for Environment")
        XCTAssertEqual(quotes("Cllr Jane Doe (Cabinet Member for Environment) said: “We’re delighted.”").first?.message,
                       "Quotation attributed to Cllr Jane Doe (Cabinet Member for Environment)")
        XCTAssertEqual(quotes("“We’re delighted,” said Cllr Jane Doe – Cabinet Member for Environment.").count, 1)
    }

    func testAbbreviatedTitleAndUKSingleQuotesWithApostrophesInside() {
        let f = quotes("Cllr. Jane Doe added: ‘The residents’ group and the council’s staff have done brilliantly.’ Then the park opened.")
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f.first?.range.upperBound, "Cllr. Jane Doe added: ‘The residents’ group and the council’s staff have done brilliantly.’".utf8.count)
    }

    func testCurlyAndStraightMarksMixed() {
        XCTAssertEqual(quotes("“It works,\" said Cllr Jane Doe.").count, 1)
        XCTAssertEqual(quotes("\"It works,” said Cllr Jane Doe.").count, 1)
    }

    func testQuoteOverSeveralParagraphsIsOneFinding() {
        let text = "Cllr Jane Doe said: “First paragraph of the quote.\n\n“Second paragraph of the quote.\n\n“Third and last.”\n\nThe scheme opens in May."
        let f = quotes(text)
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f.first?.line, 1)
    }

    func testFollowUpsInheritTheLastSpeaker() {
        let text = "“We are proud,” said Cllr Jane Doe.\n\n“It took years,” she added.\n\n“And it was worth every minute of the long wait.”"
        let f = quotes(text)
        XCTAssertEqual(f.map(\.line), [1, 3, 5])
        XCTAssertTrue(f[1].message.contains("follow-up to the quotation on line 1"))
        // An officer's follow-up stays an officer's.
        XCTAssertEqual(quotes("“We are proud,” said Ann Lee, Head of Parks.\n\n“It took years,” she added.").count, 0)
    }

    func testAttributionOnTheLineBeforeAndTitleOnly() {
        let f = quotes("The Leader of the Council said:\n\n“This is a great day for the town.”")
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f.first?.line, 3)
        XCTAssertEqual(f.first?.subject, "the Leader of the Council")
        XCTAssertEqual(quotes("The Leader of the Council said:\n“This is a great day.”").first?.line, 2)
        XCTAssertEqual(quotes("“A great day for the town,” said the Mayor.").count, 1)
        XCTAssertEqual(quotes("“A great day,” said a ward councillor.").count, 1)
    }

    func testCandidateOnTheListNamedWithoutTitle() {
        XCTAssertEqual(quotes("“Buses matter,” said Priya Shah, who chairs the traders’ association.", people: ["Priya Shah"]).count, 1)
        XCTAssertEqual(quotes("“Buses matter,” said Priya Shah, who chairs the traders’ association.").count, 0, "not on the list: a resident")
    }

    func testOfficersResidentsPoliceNHSAndCharitiesAreFine() {
        let text = """
        “We will collect every bin,” said a council spokesperson.
        The Chief Executive, Dr Helen Wu, said: “Staff are ready.”
        Lisa Harper, Head of Waste, said: "Please recycle."
        “It is lovely,” said resident Martha Ellis.
        Chief Inspector Dawn Riley said: “Report crime on 101.”
        Dr Imran Qureshi, Medical Director at Westshire NHS Trust, said: “No decision has been made.”
        “Every pound counts,” said Sharon Kelly, the foodbank’s coordinator.
        The Town Clerk, Hannah Cole, said: "The plots are ready."
        """
        XCTAssertEqual(quotes(text).count, 0, quotes(text).map(\.message).joined(separator: "; "))
    }

    func testAnUnrecognisedSpeakerEndsTheFollowUpChain() {
        // Found by trying the tool: an officer named after a department word must not inherit the councillor.
        let text = "Cllr Tom Beckett said: ‘We have waited long enough.’\n\n“The design was chosen by 400 local teenagers,” said Parks Manager Ellie Shaw.\n\n“It opens in June,” she added."
        XCTAssertEqual(quotes(text).map(\.line), [1])
        XCTAssertEqual(quotes("“Lovely,” said Cllr Ann Lee.\n\n“So am I,” said Ellie.\n\n“Me too,” she added.").map(\.line), [1])
    }

    func testApostrophesAreNotQuotationMarks() {
        XCTAssertEqual(quotes("The council’s parks and residents’ gardens, the ’90s bandstand and Cllr Jane Doe’s ward.").count, 0)
        XCTAssertEqual(quotes("Residents' groups said the scheme's 'Wick Wheels' bikes were popular.").count, 0)
    }

    func testJointAndInterruptedQuotes() {
        XCTAssertEqual(quotes("Cllr Ann Lee and Cllr Raj Patel said: “We welcome it.”").first?.subject, "Cllr Ann Lee and Cllr Raj Patel")
        let f = quotes("“Nobody should sleep rough,” said Cllr Jane Doe, “and we will keep the shelter open.”")
        XCTAssertEqual(f.count, 2)
    }

    func testScareQuotesAndTitlesAreNotQuotations() {
        XCTAssertEqual(quotes("Cllr Jane Doe opened the “Love Where You Live” campaign.").count, 0)
    }
}
