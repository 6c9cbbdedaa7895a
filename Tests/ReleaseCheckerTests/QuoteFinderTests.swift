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

    /// The attribution line names the speaker, by office too, so an officer finds the finding where the member is named.
    func testAttributionOnTheLineBeforeAndTitleOnly() {
        let f = quotes("The Leader of the Council said:\n\n“This is a great day for the town.”")
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f.first?.line, 1)
        XCTAssertEqual(f.first?.subject, "the Leader of the Council")
        XCTAssertEqual(quotes("The Leader of the Council said:\n“This is a great day.”").first?.line, 1)
        XCTAssertEqual(quotes("Speaking at the launch, the Mayor said:\n'Every one of us knows someone the service has helped.'").first?.line, 1)
        XCTAssertEqual(quotes("“A great day for the town,” said the Mayor.").count, 1)
        // An unnamed holder of an office many hold identifies no one (labelling guide, unnamed holders of shared offices).
        XCTAssertEqual(quotes("“A great day,” said a ward councillor.").count, 0)
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
        // One quotation interrupted by its attribution is one finding (the labelling convention since the second batch).
        let f = quotes("“Nobody should sleep rough,” said Cllr Jane Doe, “and we will keep the shelter open.”")
        XCTAssertEqual(f.count, 1)
    }

    func testScareQuotesAndTitlesAreNotQuotations() {
        XCTAssertEqual(quotes("Cllr Jane Doe opened the “Love Where You Live” campaign.").count, 0)
    }

    /// A plural possessive in the attribution ("residents' calls") is an apostrophe, not the end of a quotation:
    /// the sentence's subject still speaks the quotation after ", saying:".
    func testPluralPossessiveInsideTheAttribution() {
        let text = "Exampleton's MP, Jane Doe MP, has backed parents' calls for a crossing on Mill Road, saying: \"Act before someone is hurt.\""
        XCTAssertEqual(Fixture.summary(text).filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// “…,” said Cllr X, “…”: a quotation resumed mid-sentence after its attribution is one quotation.
    func testQuotationResumedAfterACommaAttribution() {
        let text = "“Parents asked us to 'keep the bus', and we listened,” said Cllr Jane Doe, “but the route is still under review.”"
        XCTAssertEqual(Fixture.summary(text).filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// The chair of a school's parent council or a youth council is not a councillor.
    func testChairsOfParentAndYouthCouncilsAreNotMembers() {
        for text in ["Parent council chair Ann Lee said: “We are relieved, but we will keep pushing.”",
                     "Youth council chair Tom Ford said: “Young people were listened to.”"] {
            XCTAssertEqual(quotes(text).count, 0, text)
        }
        XCTAssertEqual(quotes("Council chair Cllr Ann Lee said: “The meeting is adjourned.”").count, 1)
    }

    // MARK: - Reported speech, bylines and follow-ups (Code of Recommended Practice on Local Authority Publicity 2011, para 34)

    func summary(_ text: String, people: [String] = []) -> [String] { Fixture.summary(text, people: people) }

    /// Words attributed without quotation marks present the member's views as a quotation does.
    func testReportedSpeechIsAMemberQuote() {
        for text in ["Cllr Owen Tarrant told the meeting that the depot would close in June.",
                     "Cllr Owen Tarrant told councillors the depot had been neglected for years.",
                     "Harbour Mayor Nia Fenwick has promised free ferry passes for apprentices.",
                     "Cllr Owen Tarrant welcomed the grant but said the harbour still needed dredging.",
                     "Cllr Owen Tarrant welcomed the grant, saying it was long overdue.",
                     "Cllr Owen Tarrant (Green) had tabled the motion, saying the fees were \"simply unfair\".",
                     "Cllr Owen Tarrant, whose group took control of the council in 2021, said the depot was safe.",
                     "The Leader of the Opposition, Cllr Mair Pennant of Plaid Cymru, welcomed the plan but said it came late."] {
            let f = quotes(text)
            XCTAssertEqual(f.count, 1, text)
            XCTAssertTrue(f.first?.message.hasPrefix("Reported speech attributed to ") ?? false, text)
            XCTAssertEqual(Fixture.findings(text).filter { $0.rule == .memberReference }.count, 0, text)
        }
        // A partial quotation inside reported speech is one finding.
        XCTAssertEqual(summary("Cllr Owen Tarrant (Ind, Quayside) said he was \"disappointed\" by the vote.").sorted(), ["member-quote@1", "party-reference@1"])
        XCTAssertEqual(quotes("Cllr Owen Tarrant told councillors the depot had been neglected.").first?.message,
                       "Reported speech attributed to Cllr Owen Tarrant")
    }

    /// Minutes record a member's stated view as "felt that", "questioned whether", "believed", "expressed concern":
    /// the member's views, as "said" would be.
    func testMinutedViewsAreMemberQuotes() {
        for text in ["4.1 Cllr Dilys Harrop (Ind) felt that the grit bins should be refilled before November.",
                     "4.2 Cllr Dilys Harrop (Ind) questioned whether the depot could cope with the extra rounds.",
                     "4.3 Cllr Dilys Harrop believed the scheme had been rushed.",
                     "4.4 Cllr Dilys Harrop considered that the consultation had been too short.",
                     "4.5 Cllr Dilys Harrop suggested that the trial be extended to Eastfield.",
                     "4.6 Cllr Dilys Harrop expressed concern about the cost of the new vans."] {
            XCTAssertTrue(summary(text).contains("member-quote@1"), text)
            XCTAssertFalse(summary(text).contains("member-reference@1"), text)
        }
        // A request of officers by pronoun right after the member's minuted view continues it: a second finding.
        XCTAssertEqual(summary("5.2 Cllr Dilys Harrop questioned whether the vans were insured. She asked officers to check the policy.").filter { $0 == "member-quote@1" }.count, 2)
        // On its own it is the meeting's business.
        XCTAssertEqual(summary("Cllr Dilys Harrop chaired the meeting.\nShe asked officers to check the policy.").filter { $0.hasPrefix("member-quote") }, [])
    }

    /// A candidate named in full and later by surname alone, with a job in apposition, is the speaker of the
    /// reported speech; the later "she said" quotation is a second finding in its own sentence.
    func testSurnameWithAnAppositiveJobReportsSpeech() {
        let text = "Standing are Morwenna Kitto (Green) and Ed Pascoe (Labour).\nKitto, a retired midwife, said she would fight for the cottage hospital. \"It matters to every family,\" she said."
        XCTAssertEqual(summary(text, people: ["Morwenna Kitto", "Ed Pascoe"]).filter { $0 == "member-quote@2" }.count, 2)
    }

    /// "asked why", "asked how" report a member's question, as "asked whether" does.
    func testAskedWhyIsAMemberQuote() {
        for text in ["The Leader of the Opposition, Cllr Bryn Tegid, asked why the depot had not been sold.",
                     "Cllr Bryn Tegid asked how the council would pay for the new bridge.",
                     "Cllr Bryn Tegid asked what the council would do about the flooding.",
                     "Cllr Bryn Tegid asked when the pool would reopen."] {
            XCTAssertEqual(summary(text), ["member-quote@1"], text)
        }
    }

    /// A transcript's speaker tag (a member's name, perhaps a bracketed party, then a colon and the words) opens
    /// a member quotation on its line; a presenter's tag does not.
    func testTranscriptSpeakerTagsAreMemberQuotes() {
        let text = "PRESENTER: Welcome back. With me is the councillor.\nCLLR NUALA KEARNEY (SDLP): The bridge money is there, it just needs releasing.\nPRESENTER: So why the delay?\nCLLR KEARNEY: Ask the department, not me."
        let s = summary(text, people: ["Nuala Kearney"])
        XCTAssertEqual(s.filter { $0.hasPrefix("member-quote") }, ["member-quote@2", "member-quote@4"])
        XCTAssertFalse(s.contains("member-reference@2"))
        XCTAssertFalse(s.contains("member-reference@4"))
    }

    /// A newsletter's "News from your … councillors, A and B" bylines each councillor named.
    func testNewsletterBylineNamingTwoCouncillors() {
        XCTAssertEqual(summary("Hillside Ward News from your Green councillors, Cllr Ffion Rees and Cllr Tomos Hart").filter { $0 == "member-quote@1" }.count, 2)
    }

    /// An action is not speech: the member stays a reference.
    func testAnActionAloneIsAReference() {
        for text in ["The Mayor of Quayford, Cllr Nia Fenwick, welcomed six families to the town hall.",
                     "Cllr Owen Tarrant, who represents Quayside, has asked for a new survey.",
                     "Cllr Owen Tarrant wrote to the minister in March."] {
            XCTAssertEqual(summary(text), ["member-reference@1"], text)
        }
    }

    /// One finding per speaker per sentence: a quotation and reported speech by the same member, two quotations in
    /// one sentence, and a quotation whose speaker is also named by an appositive role or a post-nominal.
    func testOneFindingPerSpeakerPerLine() {
        XCTAssertEqual(summary("Cllr Owen Tarrant said the fees would rise, adding: \"We had no choice.\""), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Owen Tarrant said the \"Harbour Board\" had \"sat on its hands for a decade\"."), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Ivo Marsh, harbour group leader, said:- \"Skippers should not pay twice.\""), ["member-quote@1"])
        XCTAssertEqual(summary("Cabinet member for ports Cllr Ivo Marsh said the fee was the first rise in a decade."), ["member-quote@1"])
        XCTAssertEqual(summary("\"The harbour wall is crumbling,\" Rhian Voss MP said after visiting the quay.", people: ["Rhian Voss"]),
                       ["member-quote@1"])
        // Two quotations by one member in separate sentences stay two findings.
        XCTAssertEqual(summary("Cllr Owen Tarrant said: \"The quay is safe. We checked it twice.\" He added: \"Boats can moor from May.\""),
                       ["member-quote@1", "member-quote@1"])
    }

    /// A quotation that ends its sentence takes no attribution from the next sentence or line.
    func testTheNextSentenceIsNotTheAttribution() {
        let text = "\"This will bring boats back to the quay,\" said council leader Cllr Ivo Marsh, \"and jobs with them.\"\n"
            + "Cllr Dora Quill said the berths would \"cost far more than promised\"."
        let f = quotes(text)
        XCTAssertEqual(f.map(\.line), [1, 2])
        XCTAssertEqual(f.first?.subject, "Cllr Ivo Marsh")
        XCTAssertEqual(f.last?.subject, "Cllr Dora Quill")
        // Hard-wrapped copy keeps its attribution on the next line.
        XCTAssertEqual(quotes("\"The quay is open to everyone,\"\nsaid Cllr Dora Quill.").first?.subject, "Cllr Dora Quill")
    }

    /// A byline introducing a piece written in a member's name: the whole column is the member's words.
    func testAColumnBylineIsAMemberQuote() {
        for text in ["From the Leader: Cllr Tomas Reyes\n\nThe new bridge opens in June.",
                     "A word from the Leader of the Council, Cllr Tomas Reyes\n\nThe new bridge opens in June.",
                     "Right of reply: Leader of the Opposition, Cllr Ada Pike\n\nThe bridge is late.",
                     "By Cllr Ada Pike, Cabinet Member for Transport\n\nThe bridge is late."] {
            XCTAssertEqual(summary(text), ["member-quote@1"], text)
            XCTAssertTrue(quotes(text).first?.message.hasPrefix("Column byline") ?? false, text)
        }
        XCTAssertEqual(summary("By Jo Marsh, Local Democracy Reporter\n\nThe bridge is late."), [])
    }

    /// "She said the district had …" is the words of the member named last, unless someone else was named since.
    func testPronounFollowUpsInReportedSpeech() {
        XCTAssertEqual(summary("Cllr Dora Quill said the quay was safe.\nShe said the berths had been full since March."),
                           ["member-quote@1", "member-quote@2"])
        XCTAssertEqual(quotes("Cllr Dora Quill said the quay was safe.\nShe said the berths had been full since March.").last?.message,
                       "Reported speech attributed to Cllr Dora Quill (named earlier; the sentence says \"he\", \"she\" or \"they\")")
        XCTAssertEqual(summary("Cllr Dora Quill said the quay was safe.\nHarbour master Ellen Dray disagreed. She said the berths were empty."),
                       ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Dora Quill said the quay was safe.\nShop owner Ellen Dray welcomed the news. She said: \"Trade is up a third.\""),
                       ["member-quote@1"])
        XCTAssertEqual(summary("Notes to editors\nThe quay opened in 1890."), [])
    }

    /// A plural, unnamed group identifies no member; "she told councillors:" is the named member's.
    func testAPluralGroupIsNotASpeaker() {
        XCTAssertEqual(summary("Quay scheme 'has split the town in two', councillors told"), [])
        XCTAssertEqual(summary("Cllr Dora Quill spoke first.\nSpeaking at the meeting, she told councillors: \"Every berth will be let.\""),
                       ["member-reference@1", "member-quote@2"])
    }

    /// A name with honours and its appositive role before "said:" is one speaker: the name is not a reference too.
    func testAnAttributionChainIsOneSpeaker() {
        XCTAssertEqual(summary("Rhoda Vane MBE DL, Councillor for Hill Ward and Cabinet Member for Parks, said: \"The lido reopens in June.\"",
                               people: ["Rhoda Vane"]), ["member-quote@1"])
    }

    /// "They said …" is a group's words; a member named inside someone else's quotation is that speaker's account.
    func testGroupsAndQuotedAccountsAreNotReportedSpeech() {
        XCTAssertEqual(summary("Cllr Dora Quill opened the quay.\nThey said the berths had been full since March."), ["member-reference@1"])
        XCTAssertEqual(summary("\"Cllr Dora Quill said we could stay open late,\" said harbour manager Ellen Dray."), ["member-reference@1"])
    }

    /// A role with a lower-case extension before the name ("Cabinet member for ports Cllr X") is the same speaker.
    func testARoleAndItsExtensionBeforeTheNameAreOneSpeaker() {
        let text = "Cabinet member for ports Cllr Ivo Marsh (Ind) said the fees would rise, adding: \"We had no choice.\""
        XCTAssertEqual(summary(text).sorted(), ["member-quote@1", "party-reference@1"])
        XCTAssertEqual(quotes(text).first?.subject, "Cllr Ivo Marsh")
    }

    /// Words attributed without a speech verb: "According to Cllr X, …", "Cllr X's view is that …" (also after a
    /// clause between commas), and "argues that"; a view that is only a sight line is not.
    func testAttributionWithoutASpeechVerb() {
        XCTAssertEqual(summary("According to Cllr Wynn Harlow, Cabinet Member for Parks, the new paths are \"long overdue\"."), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Wynn Harlow's view is that the lido should reopen in June."), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Wynn Harlow's position, set out in a letter she sent in May, is that the lido should stay open."),
                       ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Wynn Harlow argues that the fee \"hits families hardest\"."), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Wynn Harlow's view of the weir was blocked by the new fence."), ["member-reference@1"])
        XCTAssertEqual(summary("Cllr Wynn Harlow's position on the lido board is that of vice-chair."), ["member-reference@1"])
    }

    /// "called the audit “…”" and ", calling complaints ‘…’" attribute words; "called for a new audit" states the
    /// member's position (a call for something is a stated position, Code of Recommended Practice on Local Authority
    /// Publicity 2011, para 34). Writing to someone to ask for something stays an act.
    func testNamingVerbsAttributeOnlyBeforeAQuotation() {
        XCTAssertEqual(summary("Cllr Wynn Harlow called the audit \"a whitewash\" in a statement on Friday."), ["member-quote@1"])
        XCTAssertEqual(summary("The Mayor, Cllr Wynn Harlow, has defended the new signs, calling complaints from traders 'a storm in a teacup'."),
                       ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Wynn Harlow called for a new audit of the lido."), ["member-quote@1"])
        XCTAssertEqual(summary("The chair of the scrutiny panel, Cllr Wynn Harlow, called for the lido's accounts to be published."),
                       ["member-quote@1"])
        // A letter's request states the member's view, as "called for" does.
        XCTAssertEqual(summary("Cllr Wynn Harlow has written to the trust asking for a new audit of the lido."), ["member-quote@1"])
        XCTAssertEqual(summary("The leader of the Green group, Cllr Wynn Harlow, called for a new audit of the lido."),
                       ["party-reference@1", "member-quote@1"])
        // A chair calling for order runs the meeting; it states no position.
        XCTAssertEqual(summary("The Mayor, Cllr Wynn Harlow, who chaired the debate, called for order three times."), ["member-reference@1"])
        // The motion calls, not the member who proposed it.
        XCTAssertEqual(summary("The motion, proposed by Cllr Wynn Harlow, called for a new audit of the lido."), ["member-reference@1"])
    }

    /// A member identified only by a role whose words are reported, and a passive attribution with the speaker
    /// after "by".
    func testARoleAloneSpeaksAndPassiveAttributions() {
        XCTAssertEqual(summary("The leader of Brackwater Borough Council has insisted that the lido will reopen in June."), ["member-quote@1"])
        XCTAssertEqual(summary("The ferry plan has been dismissed as \"fantasy\" by the leader of Brackwater Borough Council."), ["member-quote@1"])
        XCTAssertEqual(summary("The ferry plan was described as \"fantasy\" by harbour manager Ellen Dray."), [])
    }

    /// Reported speech after a relative clause and the speaker's own quotation in the next sentence of the same
    /// line are two findings: one finding per speaker per sentence.
    func testReportedSpeechAndAQuotationInTheNextSentenceAreTwo() {
        XCTAssertEqual(summary("Petra Lisle, who is standing in Kelmore, said she stood by the claim. \"The figures are public,\" she told the Courier.",
                               people: ["Petra Lisle"]), ["member-quote@1", "member-quote@1"])
    }

    /// "…,” she said" after a quotation left unattributed binds to the person named before it, a member or a
    /// resident, not to an earlier speaker; a document introduced by "It reads:" is nobody's follow-up.
    func testPronounsSkipUnattributedQuotations() {
        let member = "Cllr Owen Tarrant said the depot \"meets every rule\".\nBut Cllr Mair Ellis (Ind, Quay), whose ward includes the depot, told the panel the depot would \"bring 90 vans a day past the school\".\n\"Nobody asked us,\" she said."
        XCTAssertEqual(quotes(member).last?.subject, "Cllr Mair Ellis")
        let resident = "Cllr Owen Tarrant said: \"The depot meets every rule.\"\nNeighbour Jo Brand (Quay Row), whose garden backs onto the depot, told the panel the depot would \"bring 90 vans a day\".\n\"Nobody asked us,\" she said."
        XCTAssertEqual(summary(resident), ["member-quote@1"])
        let leaflet = "Cllr Owen Tarrant said: \"The depot is not for sale.\"\nThe leaflet came through every door on Quay Row. It reads:\n\"The depot will close in June and the land will be sold to developers.\""
        XCTAssertEqual(summary(leaflet), ["member-quote@1"])
    }

    /// Bylines not at the start of the line ("From the Cabinet: a column by Cllr X"), and a title-only line above the
    /// line naming the member ("A word from the Chair" ⏎ "by Cllr X, Chair of …"): one byline, on the named line.
    func testMoreColumnBylines() {
        XCTAssertEqual(summary("From the Cabinet: a column by Cllr Tess Amory, Cabinet Member for Leisure\nThe lido reopens in June."),
                       ["member-quote@1"])
        XCTAssertEqual(summary("A word from the Chair of the Council\nby Cllr Tess Amory, Chair of Brackwater Town Council\nWhat a spring it has been."),
                       ["member-quote@2"])
    }

    /// An attribution ending its line with a colon and the quotation on the very next line is one finding on the
    /// attribution's line (it names the member); with a blank line between, or after the quotation, it stays put.
    func testAttributionLineBeforeTheQuotation() {
        XCTAssertEqual(summary("Cllr Petra Vane, Cabinet Member for Parks, said:\n\"The bandstand will be restored by August.\""),
                       ["member-quote@1"])
        XCTAssertEqual(summary("In a statement, Provost Alasdair Crane said:\n'The gala belongs to everyone.'"), ["member-quote@1"])
        XCTAssertEqual(summary("In a statement, Provost Alasdair Crane said:\n\n'The gala belongs to everyone.'"), ["member-quote@1"])
        XCTAssertEqual(summary("\"The bandstand will be restored by August,\" said Cllr Petra Vane.\nIt opened in 1911."), ["member-quote@1"])
    }

    /// A statement issued in a member's name is their words: one finding on the line that names them; a heading
    /// naming only the role is not a quotation.
    func testStatementsIssuedInAMembersName() {
        XCTAssertEqual(summary("Statement from Cllr Bryony Tate, Leader of Wexcombe Council, on the mill fire:\nOur thoughts are with the staff."),
                       ["member-quote@1"])
        XCTAssertEqual(summary("The following statement was issued on behalf of the Leader of the Council, Cllr Bryony Tate, on Friday:"),
                       ["member-quote@1"])
        XCTAssertEqual(summary("Cyhoeddwyd y datganiad canlynol ar ran Arweinydd y Cyngor, y Cynghorydd Bryony Tate, ddydd Gwener:"),
                       ["member-quote@1"])
        XCTAssertFalse(summary("Cllr Bryony Tate accepted the award on behalf of the council.").contains("member-quote@1"))
    }

    /// Speech opened by a dash instead of quotation marks, with the attribution inverted after it, is the member's words.
    func testDashOpenedSpeechWithTheAttributionAfter() {
        XCTAssertEqual(summary("— The bridge will reopen in May, said Cllr Ifor Pennant, Cabinet Member for Roads."), ["member-quote@1"])
        XCTAssertEqual(summary("— Bydd y bont yn ailagor ym mis Mai, meddai'r Cynghorydd Ifor Pennant."), ["member-quote@1"])
    }

    /// In minutes, a member's question ("asked whether …") and a report ("reported that …") are their words; "asked"
    /// with an object is an act.
    func testQuestionsAndReportsInMinutes() {
        XCTAssertEqual(summary("14/26  Allotments: Cllr Hepburn asked whether the water supply had been restored."), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Hepburn reported that the path had been resurfaced."), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Hepburn asked officers to inspect the path."), ["member-reference@1"])
    }

    /// A follow-up by first name once the member was named in full is theirs; a first name nobody had is not.
    func testFirstNameFollowUps() {
        XCTAssertEqual(summary("Cllr Gwenllian Price-Ellis said the ferry would run all winter.\n\nThe timetable is online.\n\nGwenllian added that fares would not rise."),
                       ["member-quote@1", "member-quote@5"])
        XCTAssertEqual(summary("Dywedodd y Cynghorydd Gwenllian Price-Ellis fod y fferi yn rhedeg.\n\nMae'r amserlen ar-lein.\n\nYchwanegodd Gwenllian fod y prisiau'n aros."),
                       ["member-quote@1", "member-quote@5"])
        XCTAssertEqual(summary("Cllr Gwenllian Price-Ellis said the ferry would run all winter.\n\nMorwenna added that fares would not rise."),
                       ["member-quote@1"])
    }

    /// "accused … of ‘…’" attributes the quoted words like "called … ‘…’"; without a quotation it reports an act.
    func testAccusedOfAQuotedPhrase() {
        XCTAssertEqual(summary("Cllr Hal Brindley supported the budget but accused the cabinet of 'sleepwalking' on roads."),
                       ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Hal Brindley accused the cabinet of delay."), ["member-reference@1"])
    }

    /// Welsh drops the subject of a naming verb in the next sentence: the quoted words are the member's named last.
    func testWelshNamingVerbWithTheSubjectDropped() {
        XCTAssertEqual(summary("Cynigiodd y Cynghorydd Elen Rowlands welliant i'r gyllideb. Galwodd y toriadau yn \"gam gwag\"."),
                       ["member-quote@1"])
    }

    /// A newsletter byline naming two members under their party is each member's words: one finding each.
    func testBylineOfTwoMembersUnderTheirParty() {
        let f = quotes("From your Welsh Labour councillors, Cllr Dylan Parry and Cllr Mali Rees\nThe library stays open.")
        XCTAssertEqual(f.map(\.line), [1, 1])
        XCTAssertEqual(quotes("Gan eich cynghorwyr Llafur Cymru, Dylan Parry ac Elin Rees\nMae'r llyfrgell ar agor.", people: ["Dylan Parry", "Elin Rees"]).count, 2)
    }

    /// "has defended the rise" states the member's position, like "has insisted that".
    func testDefendedIsAStatedPosition() {
        XCTAssertEqual(summary("Kelmore's council leader has defended the new parking charges after a week of complaints."), ["member-quote@1"])
    }

    /// A job in apposition after a candidate's name is the candidate: "he said" binds to the candidate.
    func testPronounAfterAnAppositiveJobBindsToTheCandidate() {
        XCTAssertTrue(summary("Rhodri Vance, a shop owner standing for the first time, drew the biggest cheer. 'Nobody listens to us,' he said.",
                              people: ["Rhodri Vance"]).contains("member-quote@1"))
    }

    /// A member named for an action and then quoted by pronoun on the same line is one finding, the quotation:
    /// naming the speaker is part of it.
    func testSpeakerNamedEarlierOnTheLineIsNotAlsoAReference() {
        XCTAssertEqual(summary("Tamsin Rowe, a retired nurse standing in Hill ward, got the biggest cheer. 'We need more buses,' she said.",
                               people: ["Tamsin Rowe"]), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Ivor Pugh moved an amendment. He called the original motion \"a gift to landlords\"."), ["member-quote@1"])
        XCTAssertEqual(summary("Mayor's appeal: the Mayor reported that her appeal had raised £3,460."), ["member-quote@1"])
        // The same member on another line keeps that line's reference.
        XCTAssertEqual(summary("Cllr Ivor Pugh moved an amendment.\nHe called the original motion \"a gift to landlords\"."),
                       ["member-reference@1", "member-quote@2"])
    }

    /// A headline or sentence reporting a member's stated position ("defends", "has criticised", "slams") presents
    /// their views; a passive ("was criticised by residents") makes the member the one spoken about.
    func testStatedPositionsAndThePassive() {
        XCTAssertEqual(summary("Lord Mayor defends cost of new civic car"), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Ivor Pugh has criticised the government over funding."), ["member-quote@1"])
        XCTAssertEqual(summary("Council leader slams delays to the bypass"), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Ivor Pugh was criticised by residents for the delay."), ["member-reference@1"])
    }

    /// A member's promise reported in the third person is their reported speech, not a campaign pledge; a
    /// headline's "pledges" and a first-person promise stay electioneering.
    func testThirdPersonPromiseIsReportedSpeech() {
        XCTAssertEqual(summary("Cllr Ivor Pugh has promised support for the 600 workers at the plant."), ["member-quote@1"])
        XCTAssertTrue(summary("Metro mayor pledges free travel for care leavers").contains("electioneering@1"))
        XCTAssertTrue(summary("“We promised a new pool and we delivered it,” said Cllr Ivor Pugh.").contains("electioneering@1"))
    }

    /// ", telling the Gazette:" before a quotation attributes it to the sentence's subject, as ", saying" does.
    func testTellingBeforeAQuotationAttributesIt() {
        XCTAssertEqual(summary("Cllr Ivor Pugh hit back, telling the Gazette: \"The budget is a shambles and everyone knows it.\""),
                       ["member-quote@1"])
        // "hit back" is a stated position on its own.
        XCTAssertEqual(summary("Cllr Ivor Pugh hit back at critics of the new parking scheme."), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Ivor Pugh, who chairs the scrutiny panel, spoke out against the closure."), ["member-quote@1"])
        // Without a quotation "telling" reports an act.
        XCTAssertEqual(summary("Cllr Ivor Pugh, telling the story of the old mill, unveiled a plaque."), ["member-reference@1"])
    }

    /// A bracketed party and ward after the name ("(Lab, St Mary's)") does not hide the member from the partial
    /// quotation after "said", and a pronoun's quotation resumed after "she told councillors." is one finding:
    /// "councillors" there are the listeners.
    func testPronounQuotationAfterABracketedLabel() {
        let text = "Cllr Nia Rees (Lab, St Mary's) said the council had \"no plans\" to drop the scheme.\n\n"
            + "\"The scheme is working,\" she told councillors. \"Fewer lorries use the high street than a year ago.\""
        XCTAssertEqual(summary(text), ["party-reference@1", "member-quote@1", "member-quote@3"])
    }

    /// A long relative clause between a candidate's name and "said:" ("…, who is standing … as a Green Party
    /// candidate, said:") still attributes the quotation; the word "candidate" before that colon opens no list of
    /// candidates.
    func testCandidateWithALongRelativeClauseIsQuoted() {
        let text = "Jo Hale, who is standing for the district council in the Oakley and Brook ward as an independent candidate, said: \"The village needs a louder voice.\""
        XCTAssertEqual(summary(text, people: ["Jo Hale"]), ["member-quote@1"])
    }

    /// "… was booed when he said the road would …": a singular pronoun in a clause of the sentence whose subject is
    /// the candidate reports the candidate's words.
    func testPronounClauseOfTheSubjectIsReportedSpeech() {
        XCTAssertEqual(summary("Sam Orr, who is standing in Quay ward on May 6, was booed when he said the new road would bring 200 jobs.",
                               people: ["Sam Orr"]), ["member-quote@1"])
        // Someone else named before the pronoun: not the candidate's words.
        XCTAssertFalse(summary("Sam Orr, who is standing in Quay ward, thanked Mrs Ann Lee, who she said had run the fete for years.",
                               people: ["Sam Orr"]).contains("member-quote@1"))
    }

    /// A headline quoting "COUNCIL LEADER" and, on the next line, a headline whose subject is "Leader" with a stated
    /// position: two findings. The second line's role opens its own sentence; it is not a post-nominal of the first.
    func testRoleOpeningTheNextHeadlineIsItsOwnSpeaker() {
        XCTAssertEqual(summary("'WE WILL NOT BACK DOWN ON PARKING' – COUNCIL LEADER\nLeader defends new charges as complaints mount\nBy Jo Reporter\n"),
                       ["member-quote@1", "member-quote@2"])
    }

    /// "… said in a statement issued on behalf of the Leader that …": the office is the speaker's own, not a second
    /// member named on the line.
    func testStatementOnBehalfOfTheSpeakersOwnOffice() {
        XCTAssertEqual(summary("Cllr Ann Lee said in a statement issued on behalf of the Leader on Monday that the depot would stay open."),
                       ["member-quote@1"])
    }

    /// A member's post, tweet or letter introduced by a colon is their words; a colon after a document's name that
    /// belongs to no one ("The petition reads:") is not.
    func testPossessivePostBeforeAColonIsTheMembersWords() {
        XCTAssertEqual(summary("Cllr Ann Lee's tweet, for reference:\n\"Delighted the new play area is finally open in Oakley ward!\""),
                       ["member-quote@1"])
        XCTAssertEqual(summary("The petition reads:\n\"We call on the council to reopen the public toilets in the park.\""), [])
    }

    /// A long lower-case portfolio between a role and the appositive name is still one speaker: no separate
    /// reference for the role.
    func testLongPortfolioBeforeTheNameIsOneSpeaker() {
        XCTAssertEqual(summary("Exampleton's cabinet member for children and family services, Coun Tomos Reed, said the review would report in June."),
                       ["member-quote@1"])
        XCTAssertEqual(summary("The cabinet member for the economy and regeneration, Cllr Ana Pike, said:\n\"We have listened to traders.\""),
                       ["member-quote@1"])
        XCTAssertEqual(summary("Meddai'r aelod cabinet dros yr economi ac adfywio, y Cynghorydd Ana Pike:\n\"Rydyn ni wedi gwrando.\""),
                       ["member-quote@1"])
    }

    /// "he said" after a sentence whose subject is a member and whose object is an unnamed officer continues the
    /// subject, as a reader takes it.
    func testPronounAfterAnObjectOfficeIsTheSubjects() {
        XCTAssertEqual(summary("Cllr Ann Lee said she would write to the chief executive. \"Residents deserve answers on this,\" she said."),
                       ["member-quote@1", "member-quote@1"])
    }

    /// A surname opening a sentence with a relative clause after it ("Lee, who chairs …, said …") is the member
    /// named in full before.
    func testSurnameWithARelativeClauseIsTheMemberNamedBefore() {
        XCTAssertEqual(summary("Cllr Ann Lee opened the hall.\n\nLee, who chairs the scrutiny committee, said the roof would be fixed."),
                       ["member-reference@1", "member-quote@3"])
        XCTAssertEqual(summary("Harbourside MP Jo Keel visited the site.\n\nKeel, who was elected in 2024, will return in May."),
                       ["member-reference@1", "member-reference@3"])
    }

    /// A role with its portfolio in lower case reports words as a named member does, inverted after the reported
    /// clause too.
    func testRoleWithAPortfolioBeforeItsVerb() {
        XCTAssertEqual(summary("The Quay Street footbridge will reopen in May, Exampleton Council's cabinet member for highways has said."),
                       ["member-quote@1"])
        XCTAssertEqual(summary("The cabinet member for highways said the footbridge would reopen in May."), ["member-quote@1"])
        XCTAssertEqual(summary("The cabinet member for highways opened the footbridge."), ["member-reference@1"])
    }

    /// A heading over a speech's transcript names whose words follow, in English and Welsh, with the office first or
    /// the name and a colon first; a sentence that merely starts with "Speech by" is not a heading.
    func testSpeechHeadingsAreTheMembersWords() {
        for text in ["Speech by the Mayor, Cllr Tomos Reed, to the Harbour Festival dinner, 3 May 2027\nGood evening everyone.",
                     "Araith y Maer, y Cynghorydd Tomos Reed, i ginio Gŵyl yr Harbwr, 3 Mai 2027\nNoswaith dda.",
                     "Cllr Tomos Reed: remarks at the launch of the Quay Street market, 3 May 2027\nThank you all for coming."] {
            XCTAssertEqual(summary(text), ["member-quote@1"], text)
        }
        XCTAssertEqual(summary("Speech by Cllr Tomos Reed was cut short by the fire alarm."), ["member-reference@1"])
    }

    /// "From: Cllr X" among a pasted e-mail's header fields names the sender; "From the Leader: Cllr X" over a
    /// column is a byline.
    func testEmailSenderIsNotAByline() {
        XCTAssertEqual(summary("-----Original Message-----\nFrom: Cllr Tomos Reed\nSent: 2 May 2027 10:14\nSubject: Quay Street market\n"),
                       ["member-reference@2"])
        XCTAssertEqual(summary("From the Leader: Cllr Tomos Reed\nThe market is back this summer.\n"), ["member-quote@1"])
    }

    /// Asking someone outside the meeting to act ("asked the minister to step in") urges, as "urged" does; asking
    /// officers to report back is the meeting's business.
    func testAskingSomeoneToActIsAStatedPosition() {
        XCTAssertEqual(summary("Harbourside MP Jo Keel has asked the minister to step in."), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Ann Lee asked officers to report back in June."), ["member-reference@1"])
    }

    /// A member's name alone on a line closing first-person prose on a letters page (or below "Sir,") signs a letter:
    /// the letter is their words. The same line under an e-mail or a release, with no letter cue, is a reference.
    func testLetterSignedByAMember() {
        let letter = "YOUR LETTERS\n\nBridge closure\n\nI was surprised to read that we have not consulted anyone. We have.\n\nCllr Tomos Reed, Deputy Mayor, Quayside Town Council\n"
        XCTAssertEqual(summary(letter), ["member-quote@7"])
        XCTAssertEqual(summary("Sir,\nI write to correct your report on the bridge.\nCllr Tomos Reed, Labour, Quay ward\n").filter { $0.hasPrefix("member") },
                       ["member-quote@3"])
        let release = "Bridge closure\n\nWe have consulted widely on the closure.\n\nCllr Tomos Reed, Deputy Mayor, Quayside Town Council\n"
        XCTAssertEqual(summary(release), ["member-reference@5"])
    }

    /// A member's social-media post quoted after "posted on Facebook:" is their words; posting a leaflet is an act.
    func testPostedWithAQuotationIsTheMembersWords() {
        XCTAssertEqual(summary("Cllr Ann Lee later posted on Facebook: \"The pool is saved.\""), ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Ann Lee posted a leaflet through every door."), ["member-reference@1"])
    }

    /// An appeal or an urging by a member is their stated position, as a call for something is.
    func testAppealsAndUrgingAreStatedPositions() {
        for text in ["The Mayor of Westholm Borough Council has appealed for patience while the bridge is repaired.",
                     "Cllr Owen Tarrant has urged residents to report potholes.",
                     "Mayor urges calm after harbour fire"] {
            let s = summary(text)
            XCTAssertEqual(s.filter { $0 == "member-quote@1" }.count, 1, text)
            XCTAssertFalse(s.contains("member-reference@1"), text)
        }
        // A planning appeal is not an appeal by the member.
        XCTAssertFalse(summary("Cllr Owen Tarrant chaired the committee. Appeals against the decision go to the inspectorate.").contains("member-quote@1"))
    }

    /// A candidate's words attributed by first name alone after the quotation, once named in full, are the candidate's.
    func testQuotationAttributedByFirstNameAfterIt() {
        let people = ["Morwenna Treloar"]
        XCTAssertEqual(summary("Vote Morwenna Treloar for Penhallow.\n\n\"We will reopen the ferry,\" says Morwenna.", people: people).filter { $0.hasPrefix("member-quote") },
                       ["member-quote@3"])
        XCTAssertEqual(summary("Pleidleisiwch dros Morwenna Treloar.\n\n\"Byddwn yn agor y fferi,\" meddai Morwenna.", people: people).filter { $0.hasPrefix("member-quote") },
                       ["member-quote@3"])
        // A first name no member had is someone else's.
        XCTAssertEqual(summary("Vote Morwenna Treloar for Penhallow.\n\n\"The ferry is late again,\" says Kerensa.", people: people).filter { $0.hasPrefix("member-quote") },
                       [])
    }

    /// A position stated in one sentence and the member's quotation in the next are two contributions on the line;
    /// asking for something states a view, asking for a thing to be done arranges business.
    func testStatedPositionThenQuotationAndARequest() {
        XCTAssertEqual(summary("Cllr Owen Tarrant, cabinet member for highways, has defended the cuts. \"We had no choice,\" he said.").filter { $0 == "member-quote@1" }.count, 2)
        let s = summary("Cllr Owen Tarrant said the square was \"a mess\". Cllr Tarrant has asked for a public meeting.")
        XCTAssertEqual(s.filter { $0 == "member-quote@1" }.count, 2)
        XCTAssertFalse(s.contains("member-reference@1"))
        XCTAssertEqual(summary("Cllr Owen Tarrant has asked for the survey to be repeated in May."), ["member-reference@1"])
    }

    /// The bare office and its named holder on one line are one member: the quotation only.
    func testBareOfficeAndItsNamedHolderAreOneSpeaker() {
        XCTAssertEqual(summary("The Mayor opened the new library on Friday. Mayor Tom Halloran thanked the builders, saying: \"It is a fine building.\""),
                       ["member-quote@1"])
    }

    /// A resident named without a title in the sentence before is who "she said" refers to, not a member named earlier.
    func testPronounAfterAnUntitledResidentIsTheResident() {
        let text = "Cllr Owen Tarrant defended the new timetable.\n\nGrandad-of-five Ted Polglase, from Treen, said his grandchildren would miss the last bus. \"I will be stuck in town,\" he said."
        XCTAssertFalse(summary(text).contains("member-quote@3"))
        XCTAssertEqual(summary("Cllr Owen Tarrant visited the depot. \"The crews are superb,\" he said.").filter { $0 == "member-quote@1" }.count, 1)
    }

    /// A letter a member wrote states their view when the sentence says what it asks for; a letter alone, or one
    /// asking officers for a report, is news of them. Praising someone's work is a view too.
    func testALettersRequestAndPraiseAreTheMembersViews() {
        XCTAssertEqual(summary("Morwen Pascoe MLA (SDLP) has written to the Department for Infrastructure, Roads and Rivers asking for a new crossing.")
            .filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Owen Tarrant has written to the bus company."), ["member-reference@1"])
        XCTAssertEqual(summary("Cllr Owen Tarrant has written to the chief executive asking for a report on the figures."), ["member-reference@1"])
        XCTAssertEqual(summary("Jory Hendra MLA, who toured the new ward, praised the nurses for their work."), ["member-quote@1"])
    }

    /// A newsletter heading with a hyphenated place, a dash and "from your … councillors, A and B" is each one's words.
    func testNewsletterHeadingWithAHyphenatedPlace() {
        let text = "PORTH-Y-NANT NEWS – From your Green councillors, Elowen Trist and Jago Penrose\n\nThe new benches are in."
        let s = summary(text, people: ["Elowen Trist", "Jago Penrose"])
        XCTAssertEqual(s.filter { $0 == "member-quote@1" }.count, 2)
        XCTAssertFalse(s.contains("member-reference@1"))
    }

    /// Objecting and attacking state a position, as criticising does.
    func testObjectionsAndAttacksAreViews() {
        XCTAssertEqual(summary("4.1 Cllr Ann Falloon (Lab, Mill) objects, stating that the site floods every winter.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertEqual(summary("Local MSP Iain Dunmore has attacked the plan to close the pool.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Ann Falloon was attacked by a dog on her rounds."), ["member-reference@1"])
    }

    /// A live blog's entries open with the time, with or without a dash; a Welsh verb-first sentence after it is reported speech.
    func testLiveBlogTimeWithoutADash() {
        let text = "14:14 Dywedodd arweinydd y grŵp, y Cynghorydd Elen Morgan, fod y cynllun yn \"wastraff\"."
        XCTAssertEqual(summary(text).filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// A transcript's speaker tags may carry a hyphenated surname in capitals: each turn is the member's words.
    func testTranscriptTagWithAHyphenatedName() {
        let text = "PRESENTER: What do you say to that?\nCLLR ELEN MORGAN-HUGHES: We have done what we said we would.\nPRESENTER: Thank you."
        XCTAssertEqual(summary(text).filter { $0.hasPrefix("member-") }, ["member-quote@2"])
    }

    /// A letters page whose letters open "Sir –" on the same line: the member's signature line carries the quote, with or
    /// without "I" or "we" in the letter.
    func testLetterOpenedOnItsSalutationLine() {
        let text = "Sir – Cleaner air needs safer streets. On 6 May, choose change.\nCllr Ann Falloon, Green Party, Mill ward"
        XCTAssertTrue(summary(text).contains("member-quote@2"))
        XCTAssertFalse(summary("Cleaner air needs safer streets.\nCllr Ann Falloon, Green Party, Mill ward").contains("member-quote@2"))
    }

    /// "He added that …" after a member's quotation set out as its own paragraphs binds to that member.
    func testPronounAfterQuotedParagraphs() {
        let text = "Cllr Ann Falloon said:\n\n\"The cut is short-sighted.\n\n\"We will find the money.\"\n\nShe added that she had written to the minister."
        XCTAssertTrue(summary(text).contains("member-quote@7"))
    }

    /// A ward newsletter's byline with a capitalised title alone before the name: "gan eich Cynghorydd, Cllr X".
    func testBylineWithATitleAloneBeforeTheName() {
        XCTAssertEqual(summary("NEWYDDION WARD BRYNHYFRYD – gan eich Cynghorydd, Cllr Elen Morgan").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// "here is a quote from Cllr X", Welsh "dyma ddyfyniad gan y Cynghorydd X": the quotation offered is the member's;
    /// an e-mail's subject line only describes the e-mail.
    func testQuoteOfferedInTheMembersName() {
        XCTAssertEqual(summary("As agreed, here is a quote from Cllr Ann Falloon for your story:").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Dyma ddyfyniad gan y Cynghorydd Elen Morgan i'w ychwanegu:").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Subject: Quote from Cllr Ann Falloon\nFrom: Press Office").filter { $0.hasPrefix("member-") }, ["member-reference@1"])
    }

    /// A blog or diary heading naming its writer is a byline, with the piece's subject after "on" and in a Markdown heading.
    func testBlogHeadingsAreBylines() {
        XCTAssertEqual(summary("Cabinet blog: Cllr Ann Falloon on the new bus map\n\nWe listened.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("## Leader's blog: Cllr Ann Falloon\n\nWe listened.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// Welcoming a decision states support; welcoming guests, or a joint "X and Y have welcomed", does not name one speaker.
    func testWelcomingADecisionIsAView() {
        XCTAssertEqual(summary("Local MSP Iain Dunmore welcomed the decision.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Cllr Ann Falloon welcomed the families to the library."), ["member-reference@1"])
    }

    /// A candidate who "wants" something states a position.
    func testWantsIsAPosition() {
        XCTAssertEqual(summary("Jory Hendra, standing for the Green Party, wants a crossing outside the school.", people: ["Jory Hendra"])
            .filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// Signatories of a joint statement, one per line in a block after it, are each its words.
    func testJointStatementSignatories() {
        let text = "JOINT STATEMENT BY THE GROUP LEADERS\n\n\"We are united against the closure.\"\n\nCllr Ann Falloon, Leader of the Green Group\nCllr Owen Tarrant, Leader of the Labour Group"
        let s = summary(text)
        XCTAssertTrue(s.contains("member-quote@5") && s.contains("member-quote@6"), "\(s)")
        XCTAssertTrue(s.contains("party-reference@6"))
    }

    /// Welsh verb first after "Ond" (but), and an English "said:-" before the quotation on the next line.
    func testButSaidAndSaidColonDash() {
        XCTAssertEqual(summary("Ond dywedodd y Cynghorydd Elen Morgan (Llafur) y byddai'r cynllun yn methu.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Seconding, Councillor Ann Falloon said:-\n\"The club deserves it.\"").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// "The council's Conservative leader has defended …": the office with its party word is the speaker.
    func testCouncilsPartyLeaderSpeaks() {
        XCTAssertTrue(summary("The council's Conservative leader has defended plans to borrow £20m.").contains("member-quote@1"))
    }

    /// A post's author line at the top ("X – candidate for Y ward"), in both languages, heads the member's own words.
    func testPostAuthorLine() {
        let text = "Jory Hendra – Green Party candidate for Mill ward\n\nFriends, the pool must stay open."
        XCTAssertEqual(summary(text, people: ["Jory Hendra"]).filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        let contacts = "Cllr Ann Falloon – Leader of the Council\nCllr Owen Tarrant – Cabinet Member for Transport"
        XCTAssertFalse(summary(contacts).contains("member-quote@1"))
    }

    /// Claiming, ruling out and issuing a statement are a member's stated position; a letter to a minister asking for a
    /// decision to be called in is a view, a letter asking for a report is not.
    func testClaimsRulingOutStatementsAndLettersToMinisters() {
        XCTAssertEqual(summary("Cllr Ann Falloon claimed the plan would return in June.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("The council's leader has ruled out closing any libraries.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertTrue(summary("Police and Crime Commissioner Neil Pettigrew issued a joint statement backing the cameras.").contains("member-quote@1"))
        XCTAssertEqual(summary("Local MSP Iain Dunmore has written to the Education Secretary asking for the decision to be called in.")
            .filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// Welsh transcript tags may open with the article: "Y CYNGHORYDD X: …".
    func testWelshTranscriptTagWithTheArticle() {
        let text = "CYFLWYNYDD: Beth yw eich barn?\nY CYNGHORYDD ELEN MORGAN: Dydyn ni ddim eisiau'r tyrbinau ar y mynydd.\nCYFLWYNYDD: Diolch."
        XCTAssertEqual(summary(text).filter { $0.hasPrefix("member-") }, ["member-quote@2"])
    }

    /// A headline's present tense states a view or an announcement ("Mayor announces …", "Parish chairman backs …",
    /// "X MLA welcomes … extension"); doing something ("Mayor swims …") or welcoming people is news of the member.
    func testHeadlinePresentTense() {
        XCTAssertEqual(summary("Mayor announces new tram line\n\nThe line opens in May.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Parish chairman backs speed checks on Mill Lane\n\nChecks start in May.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Jory Hendra MLA welcomes Carran Valley cycle path extension\n\nWork starts soon.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Mayor swims for charity\n\nThe swim is on Sunday.").filter { $0.hasPrefix("member-") }, ["member-reference@1"])
        XCTAssertEqual(summary("Lord Mayor welcomes Pentre Rovers\n\nThe team won the cup.").filter { $0.hasPrefix("member-") }, ["member-reference@1"])
    }

    /// A byline closed by the member's ward or place ("By Cllr X, Cwm Alaw"); a role with its name then a bracketed
    /// label after a Welsh verb ("Ond dywedodd arweinydd y grŵp, y Gynghorydd X (Llafur, Pant), fod …").
    func testBylineWithAPlaceAndWelshAppositiveWithLabel() {
        XCTAssertEqual(summary("We have big plans.\n\nBy Cllr Elen Morgan, Cwm Rhydian").filter { $0.hasPrefix("member-") }, ["member-quote@3"])
        let welsh = "Ond dywedodd arweinydd y grŵp Llafur, y Gynghorydd Elen Morgan (Llafur, Pant), fod y gost yn \"anghyfrifol\"."
        XCTAssertEqual(summary(welsh).filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// The attribution line "Commissioner, Jo Bell, said:" carries the quotation on the next line.
    func testRoleThenNameAttributionLine() {
        XCTAssertEqual(summary("The area's Police and Crime Commissioner, Janice Lowther, said:\n\"We are funding two more officers.\"").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
    }

    /// A role's body after a preposition inside the appositive ("…, Labour group leader on Pentre Council, welcomed
    /// the plan"); a Welsh verb after an opening phrase and its comma; "Ychwanegodd y byddai …"; "He also ruled out …".
    func testMoreAttributionShapes() {
        XCTAssertEqual(summary("Cllr Ann Falloon, Green group leader on Pentre Town Council, welcomed the plan.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertEqual(summary("Yn y cyfarfod ar 2 Ebrill, dywedodd y Cynghorydd Elen Morgan (Plaid Cymru) fod y cynllun yn wael.")
            .filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertTrue(summary("Dywedodd y Cynghorydd Elen Morgan fod y cynllun yn wael.\n\nYchwanegodd y byddai'r ymgynghoriad yn gwrando.").contains("member-quote@3"))
        XCTAssertTrue(summary("Cllr Ann Falloon opened the bridge.\n\nShe also ruled out a toll \"for as long as I am on this council\".").contains("member-quote@3"))
    }

    /// Bilingual byline openers joined by "/" and names by "&"; a letter's signature over two lines; a letter whose
    /// signature names a division with "&".
    func testBilingualBylineAndTwoLineSignature() {
        let byline = "NEWYDDION PENTRE\nGan eich cynghorwyr / From your councillors: Elen Morgan & Ann Falloon\n\nMae gennym newyddion."
        XCTAssertEqual(summary(byline, people: ["Elen Morgan", "Ann Falloon"]).filter { $0 == "member-quote@2" }.count, 2)
        let letter = "Sir – I have asked three times for the figures.\n\nCllr Ann Falloon\nLiberal Democrat, Mill & Brook Division, Pentre County Council"
        XCTAssertTrue(summary(letter).contains("member-quote@3"))
    }

    /// A radio script's clip of a member: "CLIP – Cllr X – “…”", "CLIP (in: “…” / out: “…”): Cllr X speaking …".
    func testRadioScriptClips() {
        XCTAssertEqual(summary("CLIP – Cllr Ann Falloon, council leader – \"We said we would…\" OUT: \"…the evidence.\" DUR: 12\"")
            .filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("CLIP (in: \"It has been…\" / out: \"…for the town\"): Cllr Ann Falloon speaking at the pool. DUR 0'14\"")
            .filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// A member's text message pasted into a draft, and a Welsh headline welcoming a decision.
    func testTextMessagesAndWelshWelcomingHeadlines() {
        XCTAssertEqual(summary("[text from Cllr Ann Falloon 14:02: \"add that crews worked really hard pls x\"]").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertEqual(summary("Arweinydd yn croesawu penderfyniad ar y ffordd osgoi\n\nMae'r gwaith yn dechrau.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
    }

    /// A group's statement set out under its spokesperson's label line ("Labour group (Cllr X, group leader):" and the
    /// quotation below); a post's author line with the account's handle; a candidate introducing themselves.
    func testLabelledStatementsHandlesAndSelfIntroductions() {
        let groups = "Labour group (Cllr Ann Falloon, group leader):\n\"This is the wrong decision.\"\n\nGreen group (Cllr Owen Tarrant):\n\"We agree.\""
        let s = summary(groups).filter { $0.hasPrefix("member-") }
        XCTAssertEqual(s, ["member-quote@1", "member-quote@4"])
        XCTAssertEqual(summary("Ann Falloon @CllrAnnFalloon · 24 Apr\nGreat to visit the school today.", people: ["Ann Falloon"]).filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertEqual(summary("Dear neighbour, I'm Jory Hendra, the Green candidate in the by-election.", people: ["Jory Hendra"]).filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertEqual(summary("Annwyl gymydog, Jory Hendra ydw i, ymgeisydd yn yr is-etholiad.", people: ["Jory Hendra"]).filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
    }

    /// "has denied", a headline's "accused over" (the member accused), Welsh "wedi cadarnhau y bydd …", a Welsh naming
    /// verb far before the name, and a community council's chair (no councillor).
    func testDeniedAccusedConfirmedAndCommunityCouncils() {
        XCTAssertEqual(summary("The leader of Pentre Town Council has denied using the magazine to promote his party.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertEqual(summary("Council leader accused over 'party newsletter' claims\nBy Felix Ormond").filter { $0.hasPrefix("member-") },
                       ["member-reference@1"])
        XCTAssertEqual(summary("Mae'r aelod cabinet dros drafnidiaeth wedi cadarnhau y bydd y taliadau'n codi.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertEqual(summary("Galwodd cynghorydd Plaid Werdd Cymru dros Gwm Helyg, y Cynghorydd Elen Morgan, y datganiad yn \"wleidyddiaeth rad\".")
            .filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Community council chair Elspeth Rourke said the roof was finished."), [])
    }

    /// A City Treasurer setting out a timetable, a councillor who "disagreed", a possessive blog heading, a headline
    /// welcoming a thing, Welsh "yn amddiffyn", and a Welsh verb before a lower-case title, party and name.
    func testTreasurersDisagreementsBlogsAndWelshDefending() {
        XCTAssertEqual(summary("City Treasurer sets out workplace parking levy timetable\n\nThe levy starts in 2028.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertTrue(summary("Green town councillor Demelza Oates disagreed.", people: ["Demelza Oates"]).contains("member-quote@1"))
        XCTAssertEqual(summary("Coun Lesley Tunnicliffe's Hollin Bank blog\n\nWhat a month it has been.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertEqual(summary("Convener welcomes community benefit talks\n\nTalks start soon.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Arweinydd yn amddiffyn y premiwm ail gartrefi\n\nMae'r premiwm yn aros.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertEqual(summary("Dywedodd y cynghorydd Annibynnol Sharon Leyshon nad oedd gan y cyngor gynllun.", people: ["Sharon Leyshon"])
            .filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// "A foreword from the Lord Mayor, Councillor X" heads the member's words.
    func testForewordByline() {
        XCTAssertEqual(summary("A foreword from the Lord Mayor, Councillor Niamh Devlin\n\nThis year we kept rates down.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
    }

    /// Author lines with a middle dot and a hyphenated Welsh place, dash headings with a hyphenated place in lower-case
    /// parts, an all-caps statement heading about a cabinet member, and "has asked for the decision to be delayed".
    func testMoreAuthorLinesHeadingsAndRequests() {
        XCTAssertEqual(summary("Jess Wainwright · Green Party candidate for Thornleigh\n\nThe pool must stay open.", people: ["Jess Wainwright"])
            .filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Hywel Prosser – Ymgeisydd Reform UK, Rhos-y-gwenyn\n\nMae angen newid.", people: ["Hywel Prosser"])
            .filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("Newyddion Rhos-y-gwenyn – gan eich cynghorydd, Dewi Evans\n\nMae'r parc ar agor.", people: ["Dewi Evans"])
            .filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(summary("STATEMENT ON BEHALF OF THE CABINET MEMBER FOR HOUSING ON THE SECOND HOMES PREMIUM").filter { $0.hasPrefix("member-") },
                       ["member-reference@1"])
        XCTAssertEqual(summary("Cllr Ann Falloon spoke.\n\nFalloon has asked for the decision to be delayed.").filter { $0 == "member-quote@3" }.count, 1)
        XCTAssertEqual(summary("Cllr Ann Falloon has asked for the report to be discussed in June."), ["member-reference@1"])
    }

    /// A newsletter heading "CWM MEINI WARD NEWS from Cllr X" is a byline.
    func testNewsletterHeadingWithoutReaders() {
        XCTAssertEqual(summary("CWM MEINI WARD NEWS from Cllr Dafydd Pennant\n\nWe fixed the road.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// "has called on the coalition to publish …" states a position, as "called for" does.
    func testCalledOnIsAStatedPosition() {
        XCTAssertEqual(summary("The Leader of the Opposition, Cllr Shona Baird, has called on the coalition to publish its letters.")
            .filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// The first line of a text is its headline even with a dateline under it; welcoming a thing states a view,
    /// welcoming a delegation is a civic act; Welsh "yn croesawu'r setliad".
    func testFirstLineHeadlines() {
        XCTAssertEqual(summary("Mayor backs residents in landfill fight\nBy Jo Reporter\nThe Mayor spoke.").filter { $0 == "member-quote@1" }.count, 1)
        XCTAssertEqual(summary("Lord Mayor welcomes twin-city delegation\nBy Jo Reporter").filter { $0.hasPrefix("member-") }, ["member-reference@1"])
        XCTAssertEqual(summary("Arweinydd y Cyngor yn croesawu'r setliad\nGan ein gohebydd").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// "Issued on behalf of the group leader, Cllr X" names a statement by issuing it; an author line introduced by a
    /// colon further down ("A resident forwarded this post:") heads the member's words.
    func testIssuedOnBehalfAndForwardedAuthorLines() {
        XCTAssertEqual(summary("Issued on behalf of the group leader, Cllr Tamsin Okafor\n\nWe oppose the plan.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        let text = "Bin changes\n\nThe council has changed the rounds.\n\nA resident forwarded this post:\nJory Hendra – Green Party candidate for Mill\nThe pool must stay open."
        XCTAssertTrue(summary(text, people: ["Jory Hendra"]).contains("member-quote@6"))
    }
    /// Announcing is the council's news presented as the member's ("Cllr X announced a £2m fund", Welsh "Cyhoeddodd y
    /// Cynghorydd X …"); backing or opposing a proposal states a view; a vote, a plaque unveiled or a fun run backed
    /// stays a reference.
    func testAnnouncingBackingAndOpposing() {
        func members(_ text: String) -> [String] { summary(text).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("The Mayor of Tinbridge, Cllr Ann Hale, announced a £2m fund for parks today."), ["member-quote@1"])
        XCTAssertEqual(members("Cyhoeddodd y Cynghorydd Ann Hale gronfa newydd o £2m ar gyfer parciau."), ["member-quote@1"])
        XCTAssertEqual(members("Cllr Joe Bright backed the delay at Tuesday's meeting."), ["member-quote@1"])
        XCTAssertEqual(members("Cllr Joe Bright opposes the closure of Mill Lane library."), ["member-quote@1"])
        XCTAssertEqual(members("Cllr Joe Bright unveiled plans for a new skate park."), ["member-quote@1"])
        XCTAssertEqual(members("Cllr Joe Bright voted for the budget on Tuesday."), ["member-reference@1"])
        XCTAssertEqual(members("Cllr Joe Bright unveiled a plaque at the old mill."), ["member-reference@1"])
        XCTAssertEqual(members("Cllr Joe Bright backed the fun run by walking the course."), ["member-reference@1"])
    }
    /// "From my desk – Cllr X, …" is a blog's byline; "COUNCILLOR'S BLOG: X" names its writer X, not a councillor
    /// called "Blog".
    func testFromMyDeskAndPossessiveTitleBylines() {
        XCTAssertEqual(summary("From my desk – Cllr Priya Menon, councillor for Abbeyfield\nThe library stays open.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        let blog = Fixture.findings("COUNCILLOR'S BLOG: Dafydd Owain Brace, Glanyrafon ward\nThe roads are fixed.", people: ["Dafydd Owain Brace"])
        XCTAssertEqual(blog.filter { $0.rule == .memberQuote }.count, 1)
        XCTAssertFalse(blog.contains { $0.message.contains("BLOG") })
    }
    /// Launching or unveiling a plan, fund or consultation is announcing it, also in the passive ("plans unveiled by
    /// council leader X") and in Welsh ("wedi datgelu cynllun", "yn cyhoeddi cronfa"); "is opposed to" is a stance;
    /// "asks whether" puts a question. Launching a named campaign in quotation marks does not attribute the quotation.
    func testLaunchingUnveilingOpposingAndAsking() {
        func members(_ text: String) -> [String] { summary(text).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("The Mayor, Alderman Noreen Calvert, has launched a consultation on library hours."), ["member-quote@1"])
        XCTAssertEqual(members("Cllr Marcus Oyelaran, Leader of the Council, unveiled a £1.5m fund for empty shops."), ["member-quote@1"])
        XCTAssertEqual(members("The library will move under plans unveiled by council leader Iestyn Morgan-Rees."), ["member-quote@1"])
        XCTAssertEqual(members("The trophy was presented by Cllr Ann Lee."), ["member-reference@1"])
        XCTAssertEqual(members("Cllr Alun Bevan, leader of the Conservative group, is opposed to the merger."), ["member-quote@1"])
        XCTAssertEqual(members("Mae'r Cynghorydd Alun Bevan yn gwrthwynebu'r uno."), ["member-quote@1"])
        XCTAssertEqual(members("Mae Arweinydd y Cyngor, y Cynghorydd Iestyn Rees, wedi datgelu cynllun i symud y llyfrgell."), ["member-quote@1"])
        XCTAssertEqual(members("Mae'r Maer, y Cynghorydd Mererid Hopcyn, wedi cyhoeddi ei dyddiadur ar gyfer mis Ebrill."), ["member-reference@1"])
        XCTAssertEqual(members("14:21 – The Leader of the Opposition asks whether the reserves could cover the gap."), ["member-quote@1"])
        XCTAssertEqual(summary("The Leader of the Opposition asks whether the reserves could cover it.").filter { $0.hasPrefix("party-") }, [])
        XCTAssertEqual(members("Deputy Mayor Cllr Colin Beattie launched the council's “Bag it, Bin it” campaign."), ["member-reference@1"])
        XCTAssertEqual(members("Croesawodd y Cynghorydd Menna Trefor, cadeirydd Cyngor Cymuned Pant, y newyddion."), ["member-quote@1"])
    }

    /// A chat export's lines ("[19/04/2027, 20:23] Cllr X: …") are the sender's words, however short.
    func testChatExportSenders() {
        let chat = "[19/04/2027, 20:21] Kate Lyons: Any news on the road?\n[19/04/2027, 20:22] Cllr Rashid Malik: Yes Kate – checked with highways 👍"
        XCTAssertEqual(summary(chat).filter { $0.hasPrefix("member-") }, ["member-quote@2"])
    }

    /// "Cabinet member announces …" with no portfolio, name or article names no one; with any of them it does.
    func testBareSharedOffice() {
        func members(_ text: String) -> [String] { summary(text).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("Cabinet member announces consultation on leisure centre\n\nThe consultation opens in May."), [])
        XCTAssertEqual(members("Aelod cabinet yn cyhoeddi ymgynghoriad ar y ganolfan\n\nMae'r ymgynghoriad yn agor ym mis Mai."), [])
        XCTAssertEqual(members("The council's cabinet member for transport has said the gate will stay."), ["member-quote@1"])
        XCTAssertEqual(members("Mae'r aelod cabinet dros drafnidiaeth wedi cadarnhau y bydd y taliadau'n newid."), ["member-quote@1"])
    }
    /// "Mayor hails …" praises; "From the blog of Cllr X" and "Gan eich Cynghorydd Plaid Cymru, X" are bylines naming X.
    func testHailsAndMoreBylines() {
        func members(_ text: String, people: [String] = []) -> [String] { summary(text, people: people).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("Mayor hails bus 'revolution' as fares cap turns one\n\nThe cap started last year."), ["member-quote@1"])
        XCTAssertEqual(members("From the blog of Cllr Carys Pennant, Cabinet Member for Housing\nWhat a week it has been."), ["member-quote@1"])
        XCTAssertEqual(members("Newyddion\nGan eich Cynghorydd Plaid Cymru, Gethin Rowlands\n\nMae'r ffordd yn barod.", people: ["Gethin Rowlands"]), ["member-quote@2"])
    }
    /// "'A fire sale', says councillor" names no one; a table row's member and quotation cells are the member's words;
    /// "He went on to say that …" continues them; Welsh "wedi beirniadu cynnig" criticises a proposal.
    func testUnnamedSpeakersTablesAndFollowUps() {
        func members(_ text: String) -> [String] { summary(text).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("Depot sale 'a fire sale', says councillor\n\nThe depot closes in June."), [])
        XCTAssertEqual(members("| Name | Comment |\n| Cllr Alasdair Bain (SNP), transport convener | \"This route is the first of five.\" |"), ["member-quote@2"])
        XCTAssertEqual(members("Name\tComment\nCllr Nadia Whitcombe\t\"The bus gate has cut journey times.\""), ["member-quote@2"])
        XCTAssertEqual(members("Cllr Ann Lee opened the park.\nShe went on to say that the parks would be open by the summer."), ["member-reference@1", "member-quote@2"])
        XCTAssertEqual(members("Mae'r Cynghorydd Rhiannon Bowen wedi beirniadu cynnig i gau'r pwll nofio."), ["member-quote@1"])
        XCTAssertEqual(members("Bydd y Cynghorydd Rhiannon Bowen yn beirniadu'r gystadleuaeth goginio."), ["member-reference@1"])
        XCTAssertEqual(members("Mae'r Cynghorydd Dewi Morgan wedi beirniadu'r cyngor am dorri oriau'r pwll."), ["member-quote@1"])
    }
    /// The comma after an appositive name closes the subject when the verb follows it: "The Mayor of X, Alderman Y, has
    /// launched a consultation on …, including …" is the Mayor's announcement; ", who had declared an interest," is still
    /// a relative clause skipped before the verb.
    func testCommaBeforeTheVerbClosesTheSubject() {
        func members(_ text: String) -> [String] { summary(text).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("The Mayor of Ballyreagh, Alderman Noreen Calvert, has launched a consultation on hours at the seven libraries, including the branch at Lisnabrack."),
                       ["member-quote@1"])
        XCTAssertEqual(members("Cllr Ann Blethyn, who had declared a personal interest, asked whether a reply had been received."), ["member-quote@1"])
    }
    /// "According to Lib Dem group leader Cllr X, …" (party and role between the lead and the name); a pull-quote's
    /// attribution on the line under it ("— Cllr X, Leader of the Council"); a statement's heading above the member's
    /// own "said:" is a reference, the words below the quotation.
    func testAccordingToWithRolesPullQuotesAndStatementHeadings() {
        func members(_ text: String) -> [String] { summary(text).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("According to Lib Dem group leader Cllr Matthew Ansty, the decision ignores the petition."), ["member-quote@1"])
        XCTAssertEqual(members("According to transport convener Cllr Graeme Lennox, the rise is the first in six years."), ["member-quote@1"])
        XCTAssertEqual(members("The scheme opens today.\n\n> \"This has been ten years in the making.\"\n> — Cllr Geraldine Oakes, Leader of the Council"),
                       ["member-quote@4"])
        XCTAssertEqual(members("Statement issued on behalf of the Chair of the Health Committee, Councillor Ruth Ferguson\n\nCouncillor Ferguson said:\n\"We are sorry.\""),
                       ["member-reference@1", "member-quote@3"])
    }
    /// Welsh: "…, tra dywedodd arweinydd y grŵp …, y Cynghorydd X, y byddai'n ymatal" (while X said); "Gofynnodd y
    /// Cynghorydd X beth fyddai …" (asked what); "wedi beirniadu'r amserlen" (criticised the timetable).
    func testWelshWhileAskedWhatAndCriticisedTimetable() {
        func members(_ text: String) -> [String] { summary(text).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("Galwodd y Cynghorydd Aled Whitcombe am ddileu'r doll, tra dywedodd arweinydd y grŵp, y Cynghorydd Bethan Huws, y byddai'n ymatal."),
                       ["member-quote@1", "member-quote@1"])
        XCTAssertEqual(members("Gofynnodd y Cynghorydd Siân Prosser beth fyddai costau llafur y gwaith."), ["member-quote@1"])
        XCTAssertEqual(members("Mae Arweinydd yr Wrthblaid, y Cynghorydd Geraint Lougher, wedi beirniadu'r amserlen."), ["member-quote@1"])
    }
    /// "welcomed Cllr Y and said he would be …" is the welcomer's words; "has asked to meet the headteacher" a request;
    /// a re-shared post's author ("Original post from X MLA:") and a first-person message signed at its line's end
    /// ("… My thanks to every volunteer. – Alderman X, Mayor") are bylines.
    func testWelcomedAndSaidAskedToMeetResharesAndSignOffs() {
        func members(_ text: String) -> [String] { summary(text).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("Leader of the Council Cllr Marcus Thorley welcomed Cllr Dominic Yarwood and said he would be a strong voice."),
                       ["member-quote@1", "member-reference@1"], "the leader's words; the new member welcomed is named")
        XCTAssertEqual(members("Senedd Member Elin Rhosier MS has asked to meet the headteacher."), ["member-quote@1"])
        XCTAssertEqual(members("Original post from Colm Devenney MLA:\nSurgery this Saturday at the library."), ["member-quote@1"])
        XCTAssertEqual(members("Dear residents, our parks look wonderful. My thanks to every volunteer. – Alderman Trevor McCandless, Mayor"),
                       ["member-quote@1"])
        XCTAssertEqual(members("The parks look wonderful this spring. – Alderman Trevor McCandless, Mayor"), ["member-reference@1"])
    }
    /// "A (SDLP) and B (Alliance) both said …" is each one's words; "posted on Facebook … that"; "welcomed the fares cap";
    /// "has backed residents fighting the sale"; a column's "Cllr X, reports"; welcoming residents to an open day is an act.
    func testBothSaidPostsCapsBackingPeopleAndReports() {
        let both = Fixture.summary("Aoife Grogan (SDLP) and Judith Neeson (Alliance) both said they would support the plan.",
                                   people: ["Aoife Grogan", "Judith Neeson"]).filter { $0.hasPrefix("member-") }
        XCTAssertEqual(both, ["member-quote@1", "member-quote@1"])
        func members(_ text: String) -> [String] { summary(text).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("Ward councillor Jess Varley (Green) posted on Facebook last night that she would keep fighting."), ["member-quote@1"])
        XCTAssertEqual(members("Green councillor Rosalind Achebe welcomed the fares cap."), ["member-quote@1"])
        XCTAssertEqual(members("Bailie Margaret Orr has backed residents fighting the sale."), ["member-quote@1"])
        XCTAssertEqual(members("Your Liberal Democrat councillor, Cllr Rosemary Kell, reports\n\nThe park is open."), ["member-quote@1"])
        XCTAssertEqual(members("The Mayor welcomed residents to the open day."), ["member-reference@1"])
    }
    /// "X MSP has condemned proposals", "X MLA has asked the Commission to hold a visit", "X, the Green candidate in the
    /// by-election, is opposed to …", a heading signed by its writer ("# Out on the doorstep – Ruth Kavanagh").
    func testCondemnedAskedABodyAppositiveInAndSignedHeadings() {
        func members(_ text: String, people: [String] = []) -> [String] { summary(text, people: people).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("Fiona Rankeillor MSP has condemned proposals to close the depot."), ["member-quote@1"])
        XCTAssertEqual(members("Gemma Lowry MLA has asked the Commission to hold an accompanied site visit."), ["member-quote@1"])
        XCTAssertEqual(members("Amina Farouk, the Green Party candidate in the Northfield by-election, is opposed to the development.", people: ["Amina Farouk"]),
                       ["member-quote@1"])
        XCTAssertEqual(members("# Out on the doorstep in Northfield – Ruth Kavanagh\n\nA great morning.", people: ["Ruth Kavanagh"]), ["member-quote@1"])
    }
    /// Newsletter bylines after a dated or dashed heading that close with "your … team"; a byline and its translation
    /// on one line; "replies that", "accuses … of “…”"; "the cabinet member responsible, has defended …".
    func testNewsletterBylinesRepliesAccusesAndResponsible() {
        func members(_ text: String, people: [String] = []) -> [String] { summary(text, people: people).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("Spring 2027 – from Alderman Trevor Brownlee, your Ulster Unionist representative\nThe bins are late."), ["member-quote@1"])
        XCTAssertEqual(members("Newyddion\ngan eich Cynghorydd Plaid Cymru, Aled Bevan / from your Plaid Cymru councillor, Aled Bevan\nMae'r bins yn hwyr.",
                               people: ["Aled Bevan"]), ["member-quote@2"])
        XCTAssertEqual(members("Cabinet member for highways Cllr Emyr Tudful replies that inspections were up to date."), ["member-quote@1"])
        XCTAssertEqual(members("Conservative group leader Cllr Huw Lloyd accuses the cabinet of \"hiding the bill\"."), ["member-quote@1"])
        XCTAssertEqual(members("Cllr Raj Mistry, the cabinet member responsible, has defended the review."), ["member-quote@1"])
    }
    /// A letter to a named department asking for an update presses it (a view); "X MSP welcomed confirmation that …";
    /// a comment signed with the writer's candidacy ("X (Reform UK candidate, Thornhollow): …").
    func testLettersToBodiesConfirmationsAndSignedComments() {
        func members(_ text: String, people: [String] = []) -> [String] { summary(text, people: people).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("Colum Fegan MLA has written to the Department for Communities asking for an update on its grant."), ["member-quote@1"])
        XCTAssertEqual(members("Kirsty Baillie MSP welcomed confirmation that the health centre will open in September."), ["member-quote@1"])
        XCTAssertEqual(members("Comments\nLeanne Fosbury (Reform UK candidate, Thornhollow): Only Reform will scrap the incinerator.", people: ["Leanne Fosbury"]),
                       ["member-quote@2"])
    }
    /// "A and Reform UK's B both called for …"; "X MSP has asked the Scottish Government for emergency funding"; Welsh
    /// "Arweinydd yn cefnogi treial …"; "FOCUS on Llys-faen – from your Welsh Liberal Democrat councillor, Cllr X".
    func testBothCalledAskedGovernmentForSupportsTrialAndFocusBylines() {
        func members(_ text: String, people: [String] = []) -> [String] { summary(text, people: people).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("Ellie Stott (Green) and Reform UK's Gary Pope (Reform UK) both called for a public inquiry.", people: ["Ellie Stott", "Gary Pope"]),
                       ["member-quote@1", "member-quote@1"])
        XCTAssertEqual(members("SNP MSP Kirsty Mowat has asked the Scottish Government for emergency funding."), ["member-quote@1"])
        XCTAssertEqual(members("Arweinydd yn cefnogi treial gwastraff bwyd mewn 2,000 o gartrefi\n\nMae'r treial yn dechrau ym mis Mai."), ["member-quote@1"])
        XCTAssertEqual(members("FOCUS on Llys-faen – from your Welsh Liberal Democrat councillor, Cllr Morwenna Tyrell\nThe road is fixed."), ["member-quote@1"])
        XCTAssertEqual(members("![The Mayor, Cllr Hugh Tennant, on the sea wall](mayor-seawall.jpg)").count, 1, "the file name's slug is no second Mayor")
    }
    /// A quotation hard-wrapped over lines carries its finding on the line of its attribution, named or by pronoun,
    /// in English and Welsh, as the labelling guide says.
    func testHardWrappedQuotationLabelledOnItsAttributionLine() {
        let text = "\"I want to be clear with residents:\nno site will be allocated without the roads,\" said Cllr Aled Morgan.\n\n"
            + "\"We have listened to the objections and we\nwill not be bullied by developers,\" he added."
        XCTAssertEqual(summary(text).filter { $0.hasPrefix("member-") }, ["member-quote@2", "member-quote@5"])
        let welsh = "\"Rydw i am fod yn gwbl glir gyda thrigolion:\nni fydd unrhyw safle'n cael ei ddyrannu,\" meddai'r Cynghorydd Aled Morgan."
        XCTAssertEqual(summary(welsh).filter { $0.hasPrefix("member-") }, ["member-quote@2"])
        // On one line, or with the attribution first, nothing moves.
        XCTAssertEqual(summary("Cllr Aled Morgan said: \"No site will be allocated\nwithout the roads.\"").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// A heading announcing a member's statement, hard-wrapped over two lines, names the member (a reference) when the
    /// words below carry their own attribution, even one with the verb first ("…,” said Cllr Morgan).
    func testWrappedStatementHeadingAboveAttributedWords() {
        let text = "STATEMENT ON BEHALF OF THE LEADER OF THE COUNCIL, CLLR ALED MORGAN,\nON THE LOCAL DEVELOPMENT PLAN\nIssued 14 April 2027\n\n"
            + "\"No site will be allocated without the roads,\" said Cllr Morgan."
        XCTAssertEqual(summary(text).filter { $0.hasPrefix("member-") }, ["member-reference@1", "member-quote@5"])
        // A statement line introducing the words with a colon is the attribution itself.
        let issued = "The following statement was issued on behalf of the Leader of the Council, Cllr Aled Morgan:\n\"We know the plan has caused concern.\""
        XCTAssertEqual(summary(issued).filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }
    /// Letters signed by a member: after "Yours faithfully," / "Yn gywir," (whatever the prose), with a portfolio after
    /// "for", an aside in brackets, the article before a Welsh title, the same signature in both languages, and a letter
    /// opened by "Sir –" two paragraphs above its signature.
    func testLetterSignaturesOfManyShapes() {
        let quotes = { (text: String, people: [String]) in Fixture.summary(text, people: people).filter { $0.hasPrefix("member-quote") } }
        XCTAssertEqual(quotes("LETTERS\n\nSIR – The charge is fixed until 2029, as I told full council.\nCllr Callum Frake, portfolio holder for environment, Tenley District Council", []),
                       ["member-quote@4"])
        XCTAssertEqual(quotes("Annwyl Olygydd,\nMae'r pwll yn rhan o fywyd y cwm.\nYn gywir,\nY Cynghorydd Rhian Bowden, Ward y Waun", []), ["member-quote@4"])
        let both = "LLYTHYRAU / LETTERS\n\nAnnwyl Olygydd,\nDear Editor,\n\nRwy'n siomedig. I am disappointed.\n\nYn gywir,\nYours faithfully,\n"
            + "Y Cynghorydd Mererid Haf, Cyngor Tref Llanelwyn (yn ysgrifennu'n bersonol)\nCllr Mererid Haf, Llanelwyn Town Council (writing personally)"
        XCTAssertEqual(quotes(both, []), ["member-quote@10", "member-quote@11"])
        let green = "LETTERS\n\nSir – For eight years this council has waved through every application.\n\nResidents deserve better.\n\n"
            + "Hannah Byfield, Green Party candidate, Windyhill"
        XCTAssertEqual(quotes(green, ["Hannah Byfield"]), ["member-quote@7"])
    }

    /// Posts' author lines further down a page of posts: "Name @handle · 10 Apr", or a name line above the post's date
    /// line ("Alderman X DUP" / "12 April at 19:05 · Drumcarn"); a newsletter heading with lower-case words before its
    /// byline ("News from the ward – by county borough councillor X", "Newyddion o'r ward – gan y Cynghorydd Sir X").
    func testPostAuthorLinesAndLowerCaseHeadingBylines() {
        let posts = "Cllr Ravi Patel @CllrRaviPatel · 9 Apr\nGreat to join staff at the library.\n\nCllr Sandra Okoro @SandraOkoro · 11 Apr\nProud of our pools.\n\n"
            + "Alderman Stephen Kerr DUP\n12 April at 19:05 · Drumcarn\n\nGreat turnout tonight."
        XCTAssertEqual(Fixture.summary(posts).filter { $0.hasPrefix("member-quote") }, ["member-quote@1", "member-quote@4", "member-quote@7"])
        XCTAssertEqual(Fixture.summary("Newsletter\n\nNews from the ward – by county borough councillor Bryn Tudor-Watts\nThe road is fixed.", people: ["Bryn Tudor-Watts"])
                        .filter { $0.hasPrefix("member-") }, ["member-quote@3"])
        XCTAssertEqual(Fixture.summary("Newyddion o'r ward – gan y Cynghorydd Sir Bryn Tudor-Watts\nMae'r ffordd wedi ei thrwsio.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        // A contact list is not a post: names without a date line or handle below.
        XCTAssertEqual(Fixture.summary("Your councillors\n\nCllr Ravi Patel – Westgate\nCllr Sandra Okoro – Priory").filter { $0.hasPrefix("member-quote") }, [])
    }
    /// Views reported in other shapes: a member's letter "urging" read out, "sums up:", backing another member, a role
    /// with its council before the name; and where each finding sits (the line naming the speaker of hard-wrapped prose).
    func testLettersReadOutStancesAndWrappedReportedSpeech() {
        let members = { (text: String) in Fixture.summary(text).filter { $0.hasPrefix("member-") } }
        XCTAssertEqual(members("7.41pm – The Mayor reads out a letter from MLA Declan Gormley urging the council to act."),
                       ["member-reference@1", "member-quote@1"])
        XCTAssertEqual(members("Cabinet member for environment Cllr Janet Oddie (Reform UK, Hartsmere Vale) sums up: \"Nobody came into politics to close a tip.\""),
                       ["member-quote@1"])
        XCTAssertEqual(members("Scottish Greens councillor Cllr Euan Mair backed the convener, while Labour's Cllr Gordon Kerr abstained."),
                       ["member-quote@1", "member-reference@1"], "Cllr Mair's view; Cllr Kerr, after 'while', is not the convener's appositive")
        XCTAssertEqual(members("The Liberal Democrat group leader on Northfold City Council, Coun Priya Ashworth (Lib Dem, Hollinsend), said it was wrong."),
                       ["member-quote@1"])
        XCTAssertEqual(members("The Liberal Democrat group leader, Cllr Devinder Sahota, has previously\ndescribed the proposals as “the wrong homes in the wrong place”."),
                       ["member-quote@1"])
        XCTAssertEqual(members("Meddai'r Cynghorydd Bethan Arwel, a ddaeth yn Faer fis Mai diwethaf: \"Un noson oer yw hi i fi.\""), ["member-quote@1"])
        XCTAssertEqual(members("Cllr Helen Marsh, who chaired the meeting and is standing\nagain in Central ward next month,\nsaid the lido's boilers were \"on their last legs\"."),
                       ["member-quote@1"], "two wrapped lines between the speaker and the quotation")
    }
    /// A printed interview: each "A:" answer after an introduction putting the questions to a member is that member's
    /// turn; a council FAQ's answers are not. A transcript's short turn ("Morning, Gemma.") is a turn too, and a
    /// presenter's or paper's question describing a party's record is not that party's claim.
    func testInterviewAnswersTranscriptTurnsAndInterviewersQuestions() {
        let interview = "The Courier put readers' questions to the education convener, Cllr Duncan Laird.\n\nQ: Has it been decided?\n"
            + "A: Absolutely not. The consultation closed in March.\n\nQ: Will the council be bound by it?\nA: Any council would have to have regard to it."
        XCTAssertEqual(Fixture.summary(interview).filter { $0.hasPrefix("member-quote") }, ["member-quote@4", "member-quote@7"])
        let faq = "The Leader, Cllr Duncan Laird, opened the new depot on Monday.\n\nQ: When is the bin changing?\nA: From 1 May.\n\nQ: Why?\nA: To save money."
        XCTAssertEqual(Fixture.summary(faq).filter { $0.hasPrefix("member-quote") }, [], "a FAQ's answers are the council's")
        let transcript = "PRESENTER: Good morning.\nCLLR LORRAINE BECK: Morning, Gemma.\nPRESENTER: Let's talk about reserves.\n"
            + "CLLR LORRAINE BECK: We have rebuilt them to £14 million this year.\nPRESENTER: Thank you."
        XCTAssertEqual(Fixture.summary(transcript).filter { $0.hasPrefix("member-quote") }, ["member-quote@2", "member-quote@4"])
        XCTAssertEqual(Fixture.findings("PRESENTER (Joanne Pell): The Labour administration promised in 2023 to finish the lane. What went wrong?")
                        .filter { $0.rule == .electioneering }.count, 0)
        XCTAssertEqual(Fixture.findings("GARTHEN NEWS: The Independent administration promised a decision before the summer. Is that still the case?")
                        .filter { $0.rule == .electioneering }.count, 0)
    }
    /// "MESSAGE FROM THE LEADER" above "By Cllr X, Leader of …": the heading names the member (a reference), the byline
    /// carries the words.
    func testMessageHeadingAboveItsByline() {
        let text = "NEWSLETTER\n\nMESSAGE FROM THE LEADER\nBy Cllr Lorraine Beck, Leader of Tenley District Council\nThe Corn Exchange reopens this month."
        XCTAssertEqual(Fixture.summary(text).filter { $0.hasPrefix("member-") }, ["member-reference@3", "member-quote@4"])
    }
    /// An e-mail from a member asking for words in their name ("a line from me", "dyfyniad gen i") presents their words;
    /// not when the words offered below carry their own attribution. A stance in the passive ("defended by the council's
    /// cabinet member for finance") and "spoke against" are views.
    func testQuoteRequestsPassiveStancesAndSpeakingAgainst() {
        let mail = "From: Cllr Tom Braithwaite <tom@kettlewick.gov.uk>\nTo: Press Office\nSubject: Garden waste\n\nCan we add a line from me as portfolio holder? Something like:\n\n\"We froze it.\""
        XCTAssertTrue(Fixture.summary(mail).contains("member-quote@5"))
        let welsh = "From: Cyng. Elin Haf Rowlands <elin@teifion.gov.wales>\nSubject: Traeth Melyn\n\nAlli di ychwanegu dyfyniad gen i ar y diwedd?"
        XCTAssertTrue(Fixture.summary(welsh).contains("member-quote@4"))
        let attributed = "From: Cllr Marcus Thorley\nSubject: Park\n\nLauren – can we add this from me at the end?\n\n\"The park is better,\" said Cllr Marcus Thorley."
        XCTAssertFalse(Fixture.summary(attributed).contains("member-quote@4"))
        XCTAssertEqual(Fixture.summary("Plans to raise the premium have been defended by the council's cabinet member for finance.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertEqual(Fixture.summary("The local member, Independent councillor Cllr Tomos Prys, spoke against the application.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
    }
    /// A transcript's heading naming the member ("Transcript: Provost Jean Mowat speaking to Strath FM") presents their
    /// words; in an established transcript a turn may open with another member's name; a notice headed "MEET YOUR MS:"
    /// is no speaker's turn.
    func testTranscriptHeadingsAndTurnsOpeningWithNames() {
        let text = "Transcript: Provost Jean Mowat speaking to Strath FM at the civic reception\n\nPRESENTER: Provost, congratulations.\n"
            + "PROVOST MOWAT: Thank you, it has been a wonderful season for the club.\nPRESENTER: And the new rink?\n"
            + "PROVOST MOWAT: Councillor Ewan Bryce proposed it at full council in February and it was agreed.\nPRESENTER: Thank you."
        XCTAssertEqual(Fixture.summary(text).filter { $0.hasPrefix("member-quote") }, ["member-quote@1", "member-quote@4", "member-quote@6"])
        let notice = "A: one\nB: two\nC: three\n\nMEET YOUR MS: Elin Rhosier MS (Plaid Cymru) – surgery Saturday 17 April, 10am–12pm."
        XCTAssertFalse(Fixture.summary(notice).contains("member-quote@5"))
    }
    /// A live blog's time opening a line ("14.18 Dywedodd y Cynghorydd …") leaves the entry's Welsh verb first in its
    /// sentence; after a dash ("18:24 – Holt moves …") the surname still reads as a name.
    func testLiveBlogTimesBeforeVerbFirstWelsh() {
        XCTAssertEqual(Fixture.summary("14.18 Dywedodd y Cynghorydd Nest Harries wrth y siambr fod 400 o dai \"yn ormod\".").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertEqual(Fixture.summary("18:20 – Cllr Vanessa Holt opens the debate.\n18:24 – Holt moves an amendment to suspend the cameras.").filter { $0.hasPrefix("member-") },
                       ["member-reference@1", "member-reference@2"])
    }
}
