import XCTest
@testable import ReleaseChecker

/// Party names and groups are found; the ordinary words that look like parties are not.
final class PartyLexiconTests: XCTestCase {
    func parties(_ text: String) -> [Finding] { Fixture.findings(text).filter { $0.rule == .partyReference } }

    func testFalsePositiveTrapsAreNotParties() {
        let traps = [
            "The council looks after 200 green spaces.", "Mill Park kept its Green Flag award.", "Homes will not be built on the Green Belt.",
            "Labour costs rose by 6%.", "That is a conservative estimate.", "Reform of bus services is for the combined authority.",
            "An independent review will report in June.", "The Independent Living Service helps disabled residents.",
            "Volunteers meet at the Co-operative store.", "An alliance of charities runs the scheme.", "Mr Green welcomed the news.",
            "Green waste collections restart on Monday.", "Conservative figures suggest 9,000 households.", "Independent shops will take part.",
            "The Liberal amounts of mulch helped.", "It is the Green Lane allotment site.", "Cllr Jane Green opened it.",
            "Council Adopts Green Spaces Strategy", "The Labour Day bank holiday moves collections.",
        ]
        for text in traps { XCTAssertEqual(parties(text).count, 0, text + " → " + parties(text).map(\.message).joined(separator: "; ")) }
    }

    func testPartiesAndShortFormsAreFound() {
        let cases: [(String, String)] = [
            ("The Labour group proposed it.", "Labour Party"), ("It was backed by the Tories.", "Conservative Party"),
            ("Lib Dem councillors objected.", "Liberal Democrats"), ("The Green Party stall is open.", "Green Party"),
            ("A motion from Reform UK failed.", "Reform UK"), ("Plaid Cymru members voted for it.", "Plaid Cymru"),
            ("The SNP group abstained.", "Scottish National Party"), ("Support came from Sinn Fein.", "Sinn Féin"),
            ("Support came from Sinn Féin.", "Sinn Féin"), ("The DUP and the SDLP agreed.", "Democratic Unionist Party"),
            ("Cllr Jane Doe (Lab) seconded it.", "Labour Party"), ("It is a Conservative-run council.", "Conservative Party"),
            ("Welsh Labour ministers visited.", "Welsh Labour"), ("The Alliance Party welcomed it.", "Alliance Party"),
        ]
        for (text, party) in cases {
            XCTAssertEqual(parties(text).first?.subject, party, text)
        }
    }

    func testPartyLedAdministrationIsOneFindingWithItsPhrase() {
        let f = parties("Funded by the Labour-led administration.")
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f.first?.message, "Party named: Labour Party (“Labour-led administration”)")
    }

    func testPartyGroupsWithoutAPartyName() {
        XCTAssertEqual(parties("The ruling group's budget passed.\nOpposition councillors walked out.").count, 2)
        XCTAssertEqual(parties("The ruling group's budget passed. Opposition councillors walked out.").count, 1, "groupings once per line")
        XCTAssertEqual(parties("There was strong opposition to the scheme from residents.").count, 0)
    }

    func testSentenceInitialCapitalNeedsACue() {
        XCTAssertEqual(parties("Labour shortages are affecting care homes.").count, 0)
        XCTAssertEqual(parties("Labour councillors voted against.").count, 1)
        XCTAssertEqual(parties("Green councillors voted for.").count, 1)
    }

    func testAmbiguousWordInAListOfParties() {
        XCTAssertEqual(parties("Support came from Sinn Féin, DUP, Alliance and SDLP members.").count, 4)
    }

    func testHashtagsAndHandles() {
        XCTAssertEqual(parties("Thanks to @UKLabour and #LibDems.").map(\.subject), ["Labour Party", "Liberal Democrats"])
        XCTAssertEqual(parties("Tag @ExamptonCouncil and #GreenSpaces #LocalHistory #BedtimeStories #PlaidShirts.").count, 0)
        XCTAssertEqual(parties("#ToriesOut #WelshLabour #theSNP").count, 3)
    }

    /// A negation a few hyphenated words back still negates: "non-party-political groups".
    func testHyphenatedNegationBeforeAPartyGroup() {
        XCTAssertEqual(parties("The hall can be booked by non-party-political groups at the usual rates.").count, 0)
        XCTAssertEqual(parties("The opposition groups asked for a recorded vote.").count, 1)
    }

    func testNatsIsSlangForTheSNP() {
        XCTAssertEqual(parties(#"Cllr Ross said the "Nats" had ignored it."#).first?.subject, "Scottish National Party")
        XCTAssertEqual(parties("He blamed the Nats for the delay.").first?.subject, "Scottish National Party")
        XCTAssertEqual(parties("NATS controls the airspace over the airport.").count, 0)
        XCTAssertEqual(parties("Staff from NATS visited the school.").count, 0)
    }

    /// A party word inside a body's Welsh name ("Comisiwn Annibynnol …") or a quoted place name ("'Mill Green'") is not a party.
    func testPartyWordsInsideNamesAreNotParties() {
        XCTAssertEqual(parties("Bu'n aelod o Gomisiwn Annibynnol Cymru ar Ffiniau am bum mlynedd.").count, 0)
        XCTAssertEqual(parties("Residents chose 'Tannery Row' over 'Weavers Green'.").count, 0)
        XCTAssertEqual(parties("Siaradodd y grŵp Annibynnol yn erbyn y cynnig.").count, 1, "a cue before it")
        XCTAssertEqual(parties("The Greens and the 'Labour' group agreed.").count, 2)
    }

    /// A list of council groups names each party, the singular "Scottish Conservative" and a closing "Independent" too.
    func testEveryGroupInAListOfGroups() {
        let text = "Members of every group – SNP, Scottish Conservative, Scottish Labour and Independent – will attend."
        XCTAssertEqual(parties(text).map(\.subject), ["Scottish National Party", "Scottish Conservatives", "Scottish Labour", "Independent"])
    }

    /// A body's name with the Welsh adjective in the middle is not a party, at a sentence start too.
    func testWelshBodyNameAtASentenceStart() {
        XCTAssertEqual(parties("Panel Annibynnol Cymru sets members' allowances.").count, 0)
        XCTAssertEqual(parties("Local Independent councillors met.").count, 1)
    }

    /// "The opposition" is a party grouping; opposition to a plan is disagreement.
    func testTheOppositionAsAGroup() {
        XCTAssertEqual(parties("The opposition walked out of the meeting.").count, 1)
        XCTAssertEqual(parties("The opposition to the plan was strong.").count, 0)
        XCTAssertEqual(parties("The Leader of the Opposition, Cllr Tom Bright, attended.").count, 0, "an office: a member")
    }

    /// One party-reference per party per line, however written ("Liberal Democrat … (Lib Dem, …)", "Scottish
    /// Labour's … (Lab, …)"); two parties on a line are two.
    func testOnePartyReferencePerPartyPerLine() {
        XCTAssertEqual(parties("Liberal Democrat Coun Hannah Pryor (Lib Dem, Westgate) abstained.").count, 1)
        XCTAssertEqual(parties("Scottish Labour's Cllr Scott Drummond (Lab, Glenarrow) backed the levy.").count, 1)
        XCTAssertEqual(parties("Proposed by Coun A Lee (Con, Abbeygate) and seconded by Coun B Roe (Con, Fenside).").count, 1)
        XCTAssertEqual(parties("Sinn Féin and DUP members voted in favour.").count, 2)
        XCTAssertEqual(parties("Labour's motion was opposed.\nThe Labour group abstained.").count, 2, "another line")
    }

    /// A record claim keeps its party as a party reference; only a call to vote (or an imprint) takes it.
    func testARecordClaimKeepsItsParty() {
        let f = Fixture.findings("“It was the biggest promise we made, and Labour has delivered it,” said the spokesperson.")
        XCTAssertEqual(f.map(\.rule.rawValue).sorted(), ["electioneering", "party-reference"])
        XCTAssertEqual(Fixture.findings("Vote Labour on 6 May.").map(\.rule.rawValue), ["electioneering"])
    }

    /// A party word that needs a cue is a party first in a list of parties; a plural verb makes a capitalised
    /// party word at a sentence start a party; "accused the opposition of" names the opposition group.
    func testListsPluralVerbsAndTheOppositionAccused() {
        XCTAssertEqual(parties("Sinn Féin and DUP members voted for it, while Alliance and SDLP members voted against.").count, 4)
        XCTAssertEqual(parties("“Labour have had ten years running this city,” she said.").count, 1)
        XCTAssertEqual(parties("Labour costs have risen.").count, 0)
        XCTAssertEqual(parties("The leader accused the opposition of “playing politics”.").count, 1)
    }

    /// Ordinary words that make up a party's name are not the party in lower case ("a green party to celebrate");
    /// "party political" describes material, not a group; a signature field names the party.
    func testLowerCasePartyNamesAndSignatures() {
        XCTAssertEqual(parties("The park turns 100 with a green party on Saturday.").count, 0)
        XCTAssertEqual(parties("COMMS NOTE: do not retweet – party political, pre-election period.").count, 0)
        XCTAssertEqual(parties("Cllr Jo Bell | Leader of the Council | Conservative, Abbeyfields ward").count, 1)
        XCTAssertEqual(parties("RT @GlenSNP: the SNP group met today.").count, 1, "a handle and the party's name on one line")
    }

    /// After a party in a list, a party word's ordinary-use guards do not apply: "… and Independent members".
    func testAGuardedPartyWordInAList() {
        XCTAssertEqual(parties("Liberal Democrat and Independent members have asked for a review.").count, 2)
        XCTAssertEqual(parties("Two independent members sit on the audit committee.").count, 0)
    }

    /// A party between commas in a signature, "sits as an Independent", and colours that are not parties.
    func testSignaturesCapacitiesAndColours() {
        XCTAssertEqual(parties("Cllr Yvonne Stirland, Labour, Heathfield ward").count, 1)
        XCTAssertEqual(parties("Morag Finnie, who sits as an Independent, will stand again.").count, 1)
        XCTAssertEqual(parties("Passengers backed later buses on the Green and Blue routes.").count, 0)
    }

    /// A kind of seat between the party and "councillor": "Independent ward councillor", "Labour county councillor".
    func testPartyBeforeAKindOfSeat() {
        XCTAssertEqual(parties("Independent ward councillor Jago Penrose spoke at the inquiry.").count, 1)
        XCTAssertEqual(parties("The independent ward review found no problems.").count, 0)
    }

    /// "Labour ward councillor" names the party; "the labour ward" at a hospital does not.
    func testLabourWardCouncillorAndTheLabourWard() {
        XCTAssertEqual(parties("Labour ward councillor Ann Falloon spoke.").count, 1)
        XCTAssertEqual(parties("The labour ward at the hospital will move.").count, 0)
    }

    /// A party word before a member's name, a party in a role's extension, and "colleagues" as a cue.
    func testPartyBeforeANameInARoleAndColleagues() {
        XCTAssertEqual(Fixture.findings("Conservative Giles Harbottle spoke.", people: ["Giles Harbottle"]).filter { $0.rule == .partyReference }.count, 1)
        XCTAssertEqual(parties("Cllr Ann Falloon, Leader of the Labour Group").count, 1)
        XCTAssertEqual(parties("Cllr Ann Falloon, Leader of the Opposition").count, 0)
        XCTAssertEqual(parties("The rise was backed by Cllr Falloon's Conservative colleagues.").count, 1)
    }

    /// A party between a title and a name ("y Cynghorydd Llafur Owain Brychan"), and "the Conservative PCC".
    func testPartyAfterATitleAndBeforeCommissioner() {
        XCTAssertEqual(parties("Ond dywedodd y Cynghorydd Llafur Owain Brychan y byddai'r cynllun yn methu.").count, 1)
        XCTAssertEqual(parties("The Conservative PCC added that the money would come from fines.").count, 1)
    }

    /// A party as the subject of a deed ("Labour would sell …", "Labour demands U-turn") is the party.
    func testPartyBeforeItsDeed() {
        XCTAssertEqual(parties("Labour would sell off the car park to the highest bidder.").count, 1)
        XCTAssertEqual(parties("Labour demands U-turn on bus gate").count, 1)
        XCTAssertEqual(parties("Labour costs would rise by a tenth.").count, 0)
    }

    /// "the Shinners": a nickname for Sinn Féin.
    func testShinners() {
        XCTAssertEqual(parties("Alderman Ivan Moore accused the Shinners of playing games.").count, 1)
    }

    /// A headline's party taking a seat: "Greens take Millbrook seat".
    func testPartyTakingASeat() {
        XCTAssertEqual(parties("Greens take Millbrook seat in by-election").count, 1)
    }

    /// ", an Independent," in apposition, Welsh "wrthblaid" after "Mae'r", and "yr wrthblaid Lafur" as one party.
    func testApposedIndependentsAndWelshOpposition() {
        XCTAssertEqual(parties("Brigg, an Independent, said the committee would decide.").count, 1)
        XCTAssertEqual(parties("Mae'r wrthblaid wedi galw am oedi.").count, 1)
        XCTAssertEqual(parties("Mae'r wrthblaid Lafur yn dweud na.").count, 1)
    }

    /// A place's or thing's name ending in a party word is no party before its verb: "Parsons Green will host …".
    func testPlaceNamesBeforeAVerbAreNoParty() {
        XCTAssertEqual(parties("The fair at Parsons Green will host twenty stalls.").count, 0)
        XCTAssertEqual(parties("Pentre Village Green wins a national award.").count, 0)
    }

    /// "Opposition slams …" in a headline and "Labour has accused …": parties before their deeds.
    func testOppositionSlamsAndLabourHas() {
        XCTAssertEqual(parties("Opposition slams £58 garden waste charge").count, 1)
        XCTAssertEqual(parties("Labour has accused the council of taxing gardeners.").count, 1)
    }

    /// "Cllr X, an Independent member," labels the member; "says opposition leader" is a person, not a party grouping.
    func testIndependentMemberLabelAndOppositionLeader() {
        XCTAssertEqual(parties("Cllr Nerys Bevan, an Independent member, proposed a crossing.").count, 1)
        XCTAssertEqual(parties("Costs 'out of control', says opposition leader").count, 0)
    }

    /// A party's statement headed by its name: "Labour: “…”".
    func testPartyStatementHeading() {
        XCTAssertEqual(parties("Labour: \"Plaid have failed Bryn Derwen\"").count, 2)
    }
}
