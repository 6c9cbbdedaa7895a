import XCTest
@testable import ReleaseChecker

/// Calls to vote, campaign and record language are electioneering at all times (LGA 1986 s2); the council's
/// own election administration is not.
final class ElectioneeringPhrasesTests: XCTestCase {
    func electioneering(_ text: String, people: [String] = []) -> [Finding] {
        Fixture.findings(text, people: people).filter { $0.rule == .electioneering }
    }

    func testCallsToVoteAndReElect() {
        for text in ["Vote for Jane Doe on 7 May.", "Vote Labour!", "Please re-elect Cllr Jane Doe.", "Back Priya Shah on 7 May.",
                     "Only the Lib Dems can win here.", "Help us keep the Tories out.", "Vote for us.", "Elect Priya Shah."] {
            XCTAssertEqual(electioneering(text, people: ["Priya Shah"]).count, 1, text)
        }
    }

    func testManifestoPledgeAndRecordLanguage() {
        for text in ["We are delivering on our promises.", "If returned in May, she will open a second garden.", "It was a manifesto pledge.",
                     "Since we took control in 2021, parks have improved.", "Under the previous administration, nothing happened.",
                     "Labour's manifesto promised it.", "Cllr Jane Doe has delivered for residents.", "If elected, we will cut fares.",
                     "Volunteers were canvassing in Mill ward.", "A hustings will be held on 29 April.", "It is a two-horse race.",
                     "Cllr Jane Doe is standing for re-election."] {
            XCTAssertEqual(electioneering(text).count, 1, text)
        }
    }

    func testReElectionSpanStartsAtTheVerb() {
        XCTAssertEqual(electioneering("Cllr Jane Doe, who is standing for re-election, opened it.").first?.subject, "standing for re-election")
        XCTAssertEqual(electioneering("The results of the vote for re-election of the chair are due.").count, 0)
    }

    func testCampaignHashtagsAndImprints() {
        XCTAssertEqual(electioneering("#VoteGreen #ReElectDoe").count, 2)
        XCTAssertEqual(electioneering("Promoted by A. Smith on behalf of Jane Doe, both of 12 Quay Street.").count, 1)
        XCTAssertEqual(electioneering("The event is promoted by the Harbour Trust.").count, 0)
    }

    func testElectionAdministrationIsFine() {
        let text = """
        Register to vote by midnight on Monday 20 April.
        Polling stations open 7am–10pm on Thursday 7 May.
        You can vote for up to three candidates. You can vote for a party or for an independent candidate.
        The council has pledged £2m to the scheme. The council pledges to reply within ten days.
        Apply for a postal vote by 5pm on Tuesday 21 April. Bring photo ID to vote.
        Residents can vote for their favourite design. #RegisterToVote #YourVoteMatters #VoteByPost
        The statement of persons nominated is on our website.
        """
        XCTAssertEqual(electioneering(text).count, 0, electioneering(text).map(\.message).joined(separator: "; "))
    }

    func testAnOfficersServicePromiseIsTheCouncilsVoice() {
        XCTAssertEqual(electioneering("\"We promise to answer every call,\" said Ann Lee, Head of Customer Services.").count, 0)
        XCTAssertEqual(electioneering("\"We promised a new park,\" said Cllr Jane Doe.").count, 1)
    }

    func testAPartyInsideAVoteCallIsReportedOnce() {
        let f = Fixture.findings("Vote Labour on 7 May.")
        XCTAssertEqual(f.map(\.rule), [.electioneering])
    }

    func testElectioneeringIsAnErrorOutsideAPeriod() {
        let report = Fixture.report("Vote for Jane Doe!", date: .init(year: 2026, month: 1, day: 12)!)
        XCTAssertFalse(report.inPeriod)
        XCTAssertEqual(report.findings.first { $0.rule == .electioneering }?.severity, .error)
    }

    /// A leader's column speaks for the governing group in the first person: its record and its offer for the
    /// next term are campaigning even without a party named.
    func testFirstPersonRecordAndOfferInAColumn() {
        for text in ["Three years on, we have delivered on all of the promises we made to you.",
                     "If we are re-elected next month, we will open two more family hubs.",
                     "If I am returned on 7 May I will keep pressing for the bypass.", "You can read our full local manifesto online.",
                     "It happened because Exampleton voted for change in 2022."] {
            XCTAssertEqual(electioneering(text).count, 1, text)
        }
        // The council reporting on its own commitments is not.
        XCTAssertEqual(electioneering("The council has delivered on its commitment to resurface Mill Lane.").count, 0)
    }

    /// "Only <party> can win" in both languages, and "a pledge from our manifesto" in Welsh.
    func testOnlyOnePartyCanWinInEnglishAndWelsh() {
        for text in ["Only Plaid Cymru can win in Aberdyfi.", "Dim ond Llafur all ennill yn Aberdyfi.",
                     "Mae hwn yn addewid o'n maniffesto wedi'i gyflawni."] {
            XCTAssertEqual(electioneering(text).count, 1, text)
        }
    }
}
