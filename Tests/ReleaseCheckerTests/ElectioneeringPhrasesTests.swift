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
        XCTAssertEqual(electioneering("Cllr Jane Doe is standing for re-election, she told us.").first?.subject, "standing for re-election")
        // A relative clause describing someone in the news ("who is standing for re-election") reports who is standing.
        XCTAssertEqual(electioneering("Cllr Jane Doe, who is standing for re-election, opened it.").count, 0)
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

    func testPromisesKeptInAPartysOrMembersVoice() {
        for text in ["We have kept every promise we made to Northby.", "We kept that pledge within a year.",
                     "The Labour group has kept its promise on bins.", "We will keep every promise in our plan."] {
            XCTAssertEqual(electioneering(text).count, 1, text)
        }
        for text in ["The bakery kept the promise it made to the village.", "The council's promise to residents is a weekly collection.",
                     "Our recycling campaign starts on Monday.", "Keep the receipt as a promise of payment."] {
            XCTAssertEqual(electioneering(text).count, 0, text)
        }
    }

    func testTimeInControlIsOneClaimWithWhatFollows() {
        let f = Fixture.findings("Since the Greens took control of Northby in 2021, we have kept every promise we made.")
        XCTAssertEqual(f.filter { $0.rule == .electioneering }.count, 1)
        XCTAssertEqual(f.filter { $0.rule == .partyReference }.count, 1, "the party stays a party reference")
        XCTAssertEqual(electioneering("The trust took control of the leisure centre in 2020.").count, 0)
        XCTAssertEqual(electioneering("When the Greens took control in 2017, the depot moved to Eastby.").count, 0)
        XCTAssertEqual(electioneering("Cllr Ann Lee, whose Greens took control of the district in 2019, said roads were a county matter.").count, 0,
                       "a fact in a news story, not a claim")
        XCTAssertEqual(electioneering("The Green-led administration pledged cleaner air and this is us keeping that promise.").count, 1)
    }

    func testThePreviousAdministrationByParty() {
        let f = Fixture.findings("The former Labour administration left a £4m hole in the budget.")
        XCTAssertEqual(f.filter { $0.rule == .electioneering }.count, 1)
        XCTAssertEqual(f.filter { $0.rule == .partyReference }.count, 1)
        XCTAssertEqual(Fixture.findings("The previous administration agreed the budget in 2023.").count, 0)
        XCTAssertEqual(Fixture.findings("The last bus leaves at 11pm.").count, 0)
        XCTAssertEqual(electioneering("The former Conservative Club will become flats.").count, 0)
        XCTAssertEqual(electioneering("The levy was set by the previous Labour government in 2009.").count, 0)
    }

    func testAPartysWouldIsAPledge() {
        let f = Fixture.findings("A Green council would close the car park on its first day.")
        XCTAssertEqual(f.filter { $0.rule == .electioneering }.count, 1)
        XCTAssertEqual(f.filter { $0.rule == .partyReference }.count, 1)
        XCTAssertEqual(electioneering("The Greens would rather see it closed.").count, 0)
        XCTAssertEqual(electioneering("The council will close the car park on Friday.").count, 0)
    }

    func testPollingDayAppeal() {
        XCTAssertEqual(electioneering("Let's get the job done on 7 May!").count, 1)
        XCTAssertEqual(electioneering("Let's make it count on polling day.").count, 1)
        XCTAssertEqual(electioneering("Let's all meet at the fete on 4 July.").count, 0)
        XCTAssertEqual(electioneering("Let's all use our vote on 7 May: polling stations open at 7am.").count, 0, "a turnout reminder")
    }

    func testManifestoOwnedByAPartyRunCouncilOrWithAYear() {
        XCTAssertEqual(electioneering("The Green-led council set out the plan in its 2021 manifesto.").count, 1)
        XCTAssertEqual(electioneering(#"She said: "It was in our 2022 manifesto and it is done.""#).count, 1)
        XCTAssertEqual(electioneering("The museum shows the Arts Guild's 1921 manifesto in its new exhibition.").count, 0)
        XCTAssertEqual(electioneering("The artists' collective published its manifesto in 1910.").count, 0)
    }

    func testCampaignLaunchOfAMemberOrCandidate() {
        XCTAssertEqual(electioneering("Cllr Priya Shah spoke at the launch of her campaign in Mill ward.").count, 1)
        XCTAssertEqual(electioneering("Cllr Priya Shah launched her re-election campaign.").count, 1)
        XCTAssertEqual(electioneering("The council launched its recycling campaign today.").count, 0)
        XCTAssertEqual(electioneering("Resident Ann Lee launched her campaign to save the pool.").count, 0)
        XCTAssertEqual(electioneering(#"Cllr Priya Shah said: "We launched our campaign in March and 40 carers have signed up.""#).count, 0)
        XCTAssertEqual(electioneering("Cllr Priya Shah launched her campaign to get more women cycling.").count, 0)
    }

    func testIfReElectedJoinsThePledgeInItsSentence() {
        XCTAssertEqual(electioneering("Mayor Dana Hill has promised free parking if she is re-elected in May.").count, 1)
        XCTAssertEqual(electioneering("Cllr Priya Shah said she would keep the library open if she is re-elected.").count, 1)
    }

    func testACallToVoteTakesEveryNameItLists() {
        let f = Fixture.findings("On 7 May, vote for Priya Shah and the Greens to keep going.", people: ["Priya Shah"])
        XCTAssertEqual(f.map(\.rule), [.electioneering])
    }

    func testASloganBesidePollingDayIsACallToVote() {
        XCTAssertEqual(electioneering(#"Cllr Priya Shah said: "Polling day is 7 May, and a vote that day is a vote to finish the job.""#, people: ["Priya Shah"]).count, 1)
        XCTAssertEqual(electioneering("Back us again and on 7 May we can finish what we started in Mill ward.").count, 1)
        XCTAssertEqual(electioneering("Gyda'ch help chi ar 7 Mai, byddwn ni'n gorffen y gwaith ar y parc.").count, 1, "Welsh")
        XCTAssertEqual(electioneering("Contractors will finish the job on the bridge by the end of June.").count, 0, "no polling day")
    }

    func testACandidatesOwnRequestForVotes() {
        XCTAssertEqual(electioneering("I am standing again, so please give me your vote on polling day.").count, 1)
        XCTAssertEqual(electioneering("Os gwelwch yn dda, rhowch eich pleidlais i mi eto.").count, 1)
    }

    func testAPromiseKeptIsARecordClaim() {
        XCTAssertEqual(electioneering("New skate park open 🛹 Another pledge delivered!").count, 1)
        XCTAssertEqual(electioneering("Promise kept: the lido reopens in June.").count, 1)
        XCTAssertEqual(electioneering("The promise kept residents waiting for years.").count, 0, "kept with an object is a verb")
    }

    func testAPassivePromiseIsAComplaintNotARecord() {
        XCTAssertEqual(electioneering(#""We were promised a proper survey," said resident Ann Lee."#).count, 0)
        XCTAssertEqual(electioneering(#""I was pledged a reply within a week," the objector said."#).count, 0)
        XCTAssertEqual(electioneering(#"Cllr Priya Shah said: "We promised a proper survey and we did it.""#, people: ["Priya Shah"]).count, 1)
    }

    func testAVoteForAPlaceOrThingInACompetitionIsNotElectioneering() {
        XCTAssertEqual(electioneering("VOTE FOR MILLBROOK'S FINEST ALLOTMENT").count, 0)
        XCTAssertEqual(electioneering("Vote for Harbourside's best café by 30 April.").count, 0)
        XCTAssertEqual(electioneering("On 7 May, vote for Ann Lee.").count, 1, "a name is still a call to vote")
    }

    func testPaidForByImprintWithANameAndAddress() {
        XCTAssertEqual(electioneering("Paid for by R. Ashby, 4 Quay Lane, Harbourton.").count, 1)
        XCTAssertEqual(electioneering("Paid for by Grace Fenwick on behalf of the Harbour Independents.").count, 1)
        XCTAssertEqual(electioneering("The new benches were paid for by Harbour Rotary Club, which raised £4,000.").count, 0)
        XCTAssertEqual(electioneering("It is paid for by the Levelling Up Fund, 2 years early.").count, 0)
    }

    func testADigAtOpponentsIsCampaigning() {
        XCTAssertEqual(electioneering("We have kept every library open, which is more than can be said for others.").count, 1)
        XCTAssertEqual(electioneering("That is more than can be said for the Conservatives.").count, 1)
        XCTAssertEqual(electioneering("The lido is busier this year, which is more than can be said for the weather.").count, 0)
    }

    func testAWelshVoteHashtagWithAMutatedParty() {
        XCTAssertEqual(electioneering("Diolch i bawb! #PleidleisiwchLafur #CefnogwchGeidwadwyr").count, 2)
        XCTAssertEqual(electioneering("Swyddi newydd yn y sir #MarchnadLafur").count, 0)
    }

    /// "With your support on polling day …", English and Welsh: an appeal tied to the poll, one finding even with a
    /// second slogan in the sentence; without polling day it is a thank-you.
    func testSupportOnPollingDayIsAnAppeal() {
        XCTAssertEqual(electioneering("With your support on 7 May we can carry on the work in Ferndale.").count, 1)
        XCTAssertEqual(electioneering("Gyda'ch cefnogaeth chi ar 7 Mai, gallwn barhau â'r gwaith.").count, 1, "Welsh")
        XCTAssertEqual(electioneering("With your support on 7 May we will finish the job.").count, 1, "one appeal")
        XCTAssertEqual(electioneering("With your support the food bank collected 3,000 tins.").count, 0, "no polling day")
    }

    /// Welsh first-person promises ("fe wnaethon ni addo", "a addawyd gennym") are record claims, as "we promised" is.
    func testWelshFirstPersonPromisesAreRecordClaims() {
        XCTAssertEqual(electioneering("Fe wnaethon ni addo llyfrgell newydd i Gwmafon.").count, 1)
        XCTAssertEqual(electioneering("Rydyn ni wedi gwneud popeth a addawyd gennym yn 2022.").count, 1)
        XCTAssertEqual(electioneering("Fe wnaethon ni addo parc newydd, ac rydyn ni wedi cadw'r addewid.").count, 1, "one claim with the promise kept")
        XCTAssertEqual(electioneering("Addawodd y contractwr orffen y bont erbyn mis Mehefin.").count, 0, "a contractor's promise")
    }

    /// A hustings the release arranges or announces is campaigning; a news report of one that took place is not.
    func testAHustingsReportIsNotCampaigning() {
        XCTAssertEqual(electioneering("The parish room will host a hustings for Oakmere ward candidates.").count, 1)
        XCTAssertEqual(electioneering("Three candidates faced questions at a crowded Oakmere hustings.").count, 0)
        XCTAssertEqual(electioneering("About 90 people came to a hustings organised by the Oakmere allotment society.").count, 0)
    }

    /// "postal votes for Castlebridge" is a count of votes, not a call; "re-elect your Lib Dem councillors" is one
    /// call that takes its party; a party team's achievement in its own words is record language.
    func testVotesNounsCallsWithOwnersAndPartyAchievements() {
        XCTAssertEqual(Fixture.summary("Record number of postal votes for Castlebridge election"), [])
        XCTAssertEqual(Fixture.summary("On 6 May, please re-elect your Lib Dem councillors."), ["electioneering@1"])
        XCTAssertEqual(Fixture.summary("The Liberal Democrat team has frozen car parking charges for three years.").sorted(),
                       ["electioneering@1", "party-reference@1"])
    }

    /// An imprint takes its candidate's bracketed party; a Welsh call to vote takes "a'r" and the party after it.
    func testImprintPartyLabelAndWelshCallList() {
        XCTAssertEqual(Fixture.summary("Promoted by Kevin Daunt on behalf of Bev Scammell (Reform UK), both at 12 Market Row."), ["electioneering@1"])
        XCTAssertEqual(Fixture.summary("Ar 6 Mai, pleidleisiwch dros Iestyn Prydderch a'r Democratiaid Rhyddfrydol."), ["electioneering@1"])
    }

    /// A member's or party's time in office opening a record claim: "since I was elected", "when we came to
    /// power", "Since the Greens took the lead on this council"; a member's election in a story, a project led and
    /// a trust taking over a building are not.
    func testTimeInOfficeFrames() {
        for text in ["Since I was elected in 2021 I have secured two new crossings.",
                     "Since my fellow councillors and I were elected, we have frozen parking fees.",
                     "Since we came to power, recycling has risen every year.",
                     "When we came to power the bus station was closed.",
                     "Since the Greens took the lead on this council in 2019 we have planted 9,000 trees.",
                     "“Since the Greens took control of this council we have halved the waiting list,” she said."] {
            XCTAssertEqual(electioneering(text).count, 1, text)
        }
        for text in ["When I was first elected, people on the estate told me they wanted a playground.",
                     "Since Cllr Ann Lee was elected in 2019 she has chaired the panel.",
                     "Since we took the lead on the harbour scheme, footfall is up.",
                     "When the Greens came to power in 2017, the depot moved to Eastby.",
                     "Since the trust took over the leisure centre in 2020, visits have doubled."] {
            XCTAssertEqual(electioneering(text).count, 0, text)
        }
    }

    /// A party-run administration's record keeps its party as a party reference.
    func testTheRecordOfAPartyAdministration() {
        XCTAssertEqual(Fixture.summary("Lower fees and cleaner streets: that is the record of this Green administration.").sorted(),
                       ["electioneering@1", "party-reference@1"])
        XCTAssertEqual(electioneering("The record of the meeting is on the council's website.").count, 0)
    }

    /// Canvassing in a member's own words, not officers calling at homes about a service.
    func testKnockingOnDoorsInTheFirstPerson() {
        XCTAssertEqual(electioneering("This spring I've been knocking on doors in every street of the ward.").count, 1)
        XCTAssertEqual(electioneering("Officers will be knocking on doors to hand out new food caddies.").count, 0)
        XCTAssertEqual(electioneering("Registration staff will call at homes in the annual canvass.").count, 0)
    }

    /// "give your vote to" a party, with a place name or "team" before it, is a call that takes the party.
    func testGiveYourVoteToAParty() {
        XCTAssertEqual(Fixture.summary("On polling day, give your vote to Northby Greens."), ["electioneering@1"])
        XCTAssertEqual(Fixture.summary("Give your vote to the Labour team in Mill ward."), ["electioneering@1"])
        XCTAssertEqual(electioneering("Give your vote to the design you like best.").count, 0)
    }

    /// A party standing with a place, a party's "will" pledge in a speaker's words, and a dig at the others.
    func testPartyStandsPledgesAndDigs() {
        XCTAssertEqual(Fixture.summary("Cllr Ann Lee wrote: \"The Greens stood with Eastby. Vote Green on 7 May.\"").filter { $0.hasPrefix("electioneering") }.count, 2)
        XCTAssertEqual(electioneering("The Liberal Democrats stood with protesters outside, the report said.").count, 0)
        XCTAssertEqual(electioneering("I know the levy worries you. Let me say this plainly: the Greens will not introduce it here.").count, 1)
        XCTAssertEqual(electioneering("Labour will hold its group meeting on Monday evening.").count, 0)
        XCTAssertEqual(electioneering("The Conservatives would put all of that at risk.").count, 0, "an attack on another party")
        XCTAssertEqual(electioneering("Only the Greens have spoken up for the allotment holders.").count, 1)
        XCTAssertEqual(electioneering("When the Tories pushed it through, only the Greens voted against it.").count, 1)
        XCTAssertEqual(electioneering("The motion was carried by 30 votes to 4; only the Greens voted against it.").count, 0, "a chamber vote")
        XCTAssertEqual(electioneering("Only Labour has nominated a candidate in every ward.").count, 0, "who is standing")
        XCTAssertEqual(electioneering("Only the Greens are fighting to keep the pool open.").count, 1)
        XCTAssertEqual(electioneering("Only the Greens are standing in Mill ward this year.").count, 0, "who is standing")
    }

    /// A campaign slogan in the sentence after one naming polling day, in one paragraph, is part of the appeal.
    func testSloganAfterThePollingDaySentence() {
        XCTAssertEqual(Fixture.summary("On 7 May, please re-elect your Green councillors.\nTogether we can finish the job."),
                       ["electioneering@1", "electioneering@2"])
        XCTAssertEqual(electioneering("Polling stations are open on 7 May. Contractors will finish the job on Mill Lane by June.").count, 0)
        XCTAssertEqual(electioneering("Polling stations are open on 7 May.\n\nTogether we will finish the job of clearing the canal.").count, 0)
    }

    /// Other openings of a record and another order of a call: "since my election", "since coming to power",
    /// "since the Greens won the election", "Give the Greens your vote".
    func testMoreRecordOpeningsAndCalls() {
        for text in ["Since my election in 2021 the ward has two new crossings.", "Since coming to power we have opened three hubs.",
                     "Since the Greens won the election, bus fares have fallen.", "On 7 May, give the Greens your vote!"] {
            XCTAssertEqual(electioneering(text).count, 1, text)
        }
        XCTAssertEqual(Fixture.summary("On 7 May, give the Greens your vote!"), ["electioneering@1"])
        XCTAssertEqual(electioneering("Give the library your views by 30 April.").count, 0)
        XCTAssertEqual(electioneering("When the Greens won the election in 2017, the depot moved.").count, 0)
    }

    /// A party's win framing a claim is record language; a generic councillor seeking re-election, a hustings another
    /// body organises, a voter asking on the doorstep, "I promise!" as an aside and a journalist's question are not.
    func testWinsFramesAndWhatIsNotCampaigning() {
        XCTAssertEqual(Fixture.summary("Since the Lib Dems won Orchard Park in 2023, we have reopened the play area.").sorted(),
                       ["electioneering@1", "party-reference@1"])
        XCTAssertEqual(Fixture.summary("Ers i Lafur ennill y ward yn 2022, rydym wedi sicrhau goleuadau newydd.").sorted(),
                       ["electioneering@1", "party-reference@1"])
        XCTAssertEqual(Fixture.summary("Reading won the cup in 2022."), [])
        XCTAssertEqual(Fixture.summary("We asked each sitting councillor seeking re-election what their priority would be."), [])
        XCTAssertEqual(Fixture.summary("A hustings organised by Kinnaird Community Council will be held on 27 April."), [])
        XCTAssertEqual(Fixture.summary("The council will host a hustings for all candidates on 20 April."), ["electioneering@1"])
        XCTAssertEqual(Fixture.summary("SIR – I will certainly be asking them on the doorstep."), [])
        XCTAssertEqual(Fixture.summary("“The questions are easier than last year, I promise!” said the Mayor."), ["member-quote@1"])
        XCTAssertEqual(Fixture.summary("Q: The Liberal Democrat administration promised in 2023 to keep every branch open."), ["party-reference@1"])
        XCTAssertEqual(Fixture.summary("Promoted by Siân Pugh on behalf of Rhodri Gwyndaf and Carys Wynne (Welsh Labour), 4 Chapel Street."),
                       ["electioneering@1"])
    }

    /// A call to vote takes the candidate's description and party; issues "raised on the doorstep" are reported.
    func testCallsWithTheCandidatesDescriptionAndDoorstepReports() {
        XCTAssertEqual(Fixture.summary("Pleidleisiwch dros Gareth Pennant – eich ymgeisydd Ceidwadol ym Maesglas", people: ["Gareth Pennant"]),
                       ["electioneering@1"])
        XCTAssertEqual(Fixture.summary("Vote Jo Bell, your Labour candidate, on 6 May.", people: ["Jo Bell"]), ["electioneering@1"])
        XCTAssertFalse(Fixture.summary("Mr Penhale said parking was the issue raised most often on the doorstep.").contains("electioneering@1"))
    }

    /// A candidate's promise reported as news ("X added that a Labour council would …") is their words, not the
    /// publication's own pledge; the party's own "would" in its own copy still is one.
    func testReportedPromiseIsTheSpeakersWords() {
        let text = "Candidate Jory Hendra spoke first.\n\nHendra added that a Green council would keep the depot open."
        let s = Fixture.summary(text, people: ["Jory Hendra"])
        XCTAssertFalse(s.contains("electioneering@3"))
        XCTAssertTrue(s.contains("member-quote@3"))
        XCTAssertEqual(electioneering("A Green council would keep the depot open.").count, 1)
    }

    /// "We have stood firm": a party's record in its own words.
    func testStoodFirmIsARecordClaim() {
        XCTAssertEqual(electioneering("\"From day one, the Greens have stood firm against the incinerator,\" said the post.").count, 1)
        XCTAssertEqual(electioneering("The council stood firm on the budget.").count, 0)
    }

    /// A cleft giving a party the credit in someone's own words is a record claim; a news line's cleft is not.
    func testCleftCreditIsARecordClaim() {
        XCTAssertEqual(electioneering("It was the Greens who won free parking for Mill, and we will keep it.").count, 1)
        XCTAssertEqual(electioneering("She said: \"It was Labour that fought for this money.\"").count, 1)
        XCTAssertEqual(electioneering("It was the Conservatives who called for the vote at the meeting.").count, 0)
        XCTAssertEqual(electioneering("Meddai: \"Plaid Cymru a frwydrodd am yr arian hwn.\"").count, 1)
    }

    /// A presenter's question in a transcript describes a record; it is not the party's own claim.
    func testPresentersQuestionIsNotAClaim() {
        XCTAssertEqual(electioneering("PRESENTER: The Labour administration promised in 2022 that the charge would not rise.\nCLLR ANN FALLOON: We kept it.").count, 0)
    }

    /// A coalition's time in office framing a record ("since the SNP-Labour partnership took office"), Welsh "Ers i
    /// Blaid Cymru arwain y cyngor", and an imprint naming a candidate and a party.
    func testPartnershipsInOfficeWelshLeadingAndImprintParties() {
        XCTAssertEqual(electioneering("Since the SNP-Labour partnership took office in 2022, funding has doubled.").count, 1)
        XCTAssertEqual(electioneering("Ers i Blaid Cymru arwain y cyngor hwn yn 2022, rydyn ni wedi adeiladu tai.").count, 1)
        let imprint = Fixture.findings("Promoted by Ann Roe on behalf of Jory Hendra and Welsh Labour, 3 Mill Lane, Pentre.", people: ["Jory Hendra"])
        XCTAssertEqual(imprint.map(\.rule), [.electioneering])
    }

    /// A member's own fight in the first person, in English and Welsh, is a record claim.
    func testFirstPersonFightIsARecordClaim() {
        XCTAssertEqual(electioneering("For four years I've fought to keep the library open.").count, 1)
        XCTAssertEqual(electioneering("Rydw i wedi brwydro i gadw'r llyfrgell ar agor.").count, 1)
        XCTAssertEqual(electioneering("Officers fought hard to keep the library open.").count, 0)
    }

    /// "we" delivering what a party promised in the same sentence, and a party taking over the council, are record claims.
    func testDeliveringAPartysPromiseAndTakingOver() {
        XCTAssertEqual(electioneering("\"This was a Green commitment and we have delivered it,\" said the Depute Leader.").count, 1)
        XCTAssertEqual(electioneering("\"Labour promised to get the valley moving, and we are delivering,\" she said.").count, 1)
        XCTAssertEqual(electioneering("Since the Liberal Democrats took over the council in 2023 we have frozen parking charges.").count, 1)
        XCTAssertEqual(electioneering("The council has delivered 300 homes this year.").count, 0)
    }

    /// "We have fought …", Welsh "rydyn ni wedi ymladd", a party group "secured" money, "When Labour ran this council",
    /// a call to vote for first names then the party after a dash, and an imprint for a local party with its place name.
    func testFightsSecuredRanAndCallsWithAParty() {
        XCTAssertEqual(electioneering("We have fought the lido closure every step of the way.").count, 1)
        XCTAssertEqual(electioneering("Fel Democratiaid Rhyddfrydol, rydyn ni wedi ymladd i gadw'r ganolfan ar agor.").count, 1)
        XCTAssertEqual(electioneering("Green councillors secured £40,000 for new benches.").count, 1)
        XCTAssertEqual(electioneering("She added: \"When Labour ran this council we listened, and we will again.\"").count, 1)
        let call = Fixture.findings("On 6 May, vote for Siôn and Rhian – Welsh Liberal Democrats.")
        XCTAssertEqual(call.map(\.rule), [.electioneering])
        let imprint = Fixture.findings("Promoted by Ann Roe on behalf of Pentre Green Party, 3 Mill Row, Pentre.")
        XCTAssertEqual(imprint.map(\.rule), [.electioneering])
    }

    /// A claim and its time-in-control frame in one sentence are one finding; "the Lib Dem administration took over";
    /// an imprint's party after a comma.
    func testClaimWithItsFrameAdministrationsAndImprintCommas() {
        XCTAssertEqual(electioneering("\"We have fought for this road ever since Plaid Cymru took control in 2022,\" she said.").count, 1)
        XCTAssertEqual(electioneering("\"Since the Lib Dem administration took over in 2023 we have doubled it,\" she said.").count, 1)
        let imprint = Fixture.findings("Promoted by Ann Roe on behalf of Tomos Lloyd, Plaid Cymru, 4 Bridge Street, Pentre.", people: ["Tomos Lloyd"])
        XCTAssertEqual(imprint.map(\.rule), [.electioneering])
    }

    /// "please remember me on 6 May", "I was the only councillor who …", Welsh "Fi oedd yr unig gynghorydd", a call
    /// naming "your Conservative team", and the previous Welsh administration by party ("y weinyddiaeth Annibynnol flaenorol").
    func testRememberMeOnlyCouncillorTeamsAndWelshPreviousAdministration() {
        XCTAssertEqual(electioneering("If you'd like me to keep going, please remember me on 7 May.").count, 1)
        XCTAssertEqual(electioneering("I was the only councillor who fought for the school from day one.").count, 1)
        XCTAssertEqual(electioneering("Fi oedd yr unig gynghorydd i ymladd dros yr ysgol.").count, 1)
        XCTAssertEqual(Fixture.findings("On 7 May, vote Jo Bell and Ann Roe – your Conservative team for Mill.", people: ["Jo Bell", "Ann Roe"]).map(\.rule),
                       [.electioneering])
        XCTAssertEqual(electioneering("Gadawodd y weinyddiaeth Annibynnol flaenorol y parc mewn cyflwr gwael.").count, 1)
    }

    /// STV's "first preference" call, "Since Plaid Cymru has led the council", "When Labour ran this county", a
    /// reported "said a Conservative council would" (no "that"), and Welsh "addewais".
    func testFirstPreferencesLeadingRunningAndReportedPledges() {
        XCTAssertEqual(Fixture.findings("\"Give your first preference to the SDLP on 6 May.\"").filter { $0.rule != .memberQuote }.map(\.rule), [.electioneering])
        XCTAssertEqual(electioneering("Since Plaid Cymru has led the council, we have built 400 homes.").count, 1)
        XCTAssertEqual(electioneering("\"When Labour ran this county we kept every village school open,\" she said.").count, 1)
        XCTAssertEqual(electioneering("Partington said a Conservative council would refurbish the blocks.").count, 0)
        XCTAssertEqual(electioneering("Bum mlynedd yn ôl addewais ymladd dros ein hysgol.").count, 1)
    }

    /// "Since Sinn Féin became the largest party on this council we have …", "Since Plaid Cymru took the reins", Welsh
    /// "Ers i Blaid Cymru gymryd yr awenau".
    func testLargestPartyAndTheReins() {
        XCTAssertEqual(electioneering("\"Since Sinn Féin became the largest party on this council we have never set an above-inflation rate.\"").count, 1)
        XCTAssertEqual(electioneering("\"Since Plaid Cymru took the reins we have fixed 4,000 potholes.\"").count, 1)
        XCTAssertEqual(electioneering("\"Ers i Blaid Cymru gymryd yr awenau rydyn ni wedi trwsio 4,000 o dyllau.\"").count, 1)
    }

    /// A former county councillor of a party is news of a person, not the previous administration's record.
    func testFormerCountyCouncillorIsNotAPreviousAdministration() {
        XCTAssertEqual(electioneering("The former Labour county councillor Jo Bell opened the fair.").count, 0)
    }

    /// A party's promise said to be broken is an attack on it, a party reference only.
    func testABrokenPromiseIsAnAttack() {
        XCTAssertEqual(electioneering("\"The Tories promised no new charges and have broken that promise,\" she said.").count, 0)
        XCTAssertEqual(electioneering("\"The Tories promised no new charges,\" she said.").count, 1)
    }

    /// A party "has kept every village school open since 2022" is its record; a candidate "who is seeking re-election"
    /// described in the news is not campaigning; a call to re-elect first names then "your Conservative team".
    func testPartyKeptSinceSeekingReElectionAndFirstNames() {
        XCTAssertEqual(electioneering("\"Plaid Cymru has kept every village school open since 2022.\"").count, 1)
        XCTAssertEqual(electioneering("Labour's Amir Qureshi, who is seeking re-election, insisted the road would be built.", people: ["Amir Qureshi"]).count, 0)
        XCTAssertEqual(Fixture.findings("On 6 May, re-elect Peter and Rosalind – your Conservative team for Kelbrook.").map(\.rule), [.electioneering])
    }

    /// Canvassing counted in doors, first-person "I have secured", "When Labour last ran this council", Welsh "Pan oedd
    /// Llafur yn rhedeg y cyngor", "Since Plaid Cymru took charge".
    func testCountedDoorsSecuredLastRanAndTookCharge() {
        XCTAssertEqual(electioneering("I've knocked on 2,000 doors since January.").count, 1)
        XCTAssertEqual(electioneering("Rydw i wedi curo ar 2,000 o ddrysau ers mis Ionawr.").count, 1)
        XCTAssertEqual(electioneering("Officers knocked on 300 doors to explain the scheme.").count, 0)
        XCTAssertEqual(electioneering("Over four years I have secured new street lights on Penrhos Road.").count, 1)
        XCTAssertEqual(electioneering("\"When Labour last ran this council, not one village school closed.\"").count, 1)
        XCTAssertEqual(electioneering("\"Pan oedd Llafur yn rhedeg y cyngor, ni chaeodd yr un ysgol.\"").count, 1)
        XCTAssertEqual(electioneering("\"Since Plaid Cymru took charge, we have secured a fund for every wind farm.\"").count, 1)
        XCTAssertEqual(electioneering("Rydw i wedi curo ar").count, 0, "a phrase at the very end of a text")
    }

    /// "#BothVotesSNP" is a call to vote; Welsh "Dim ond y Ceidwadwyr Cymreig fydd yn sefyll …" is a party's claim.
    func testBothVotesAndWelshOnlyWill() {
        XCTAssertEqual(electioneering("#BothVotesSNP").count, 1)
        XCTAssertEqual(electioneering("Dim ond y Ceidwadwyr Cymreig fydd yn sefyll yn erbyn y tollau.").count, 1)
    }

    /// STV calls ("Vote 1 X", "Give me your first preference"), two calls joined in one sentence as one finding (not
    /// across lines), a party that "fought this sale", and "The Conservatives left us a financial mess".
    func testSTVCallsJoinedCallsFightsAndMesses() {
        XCTAssertEqual(electioneering("\"Vote 1 Ruairidh MacAskill on 6 May.\"", people: ["Ruairidh MacAskill"]).count, 1)
        XCTAssertEqual(electioneering("\"Give me your first preference on 6 May and I'll fight these cuts.\"").count, 1)
        XCTAssertEqual(electioneering("On 6 May please re-elect me and back the Conservative team in Hillside!").count, 1)
        XCTAssertEqual(electioneering("Pleidleisiwch dros Lafur ar 6 Mai.\nVote Labour on 6 May.").count, 2)
        XCTAssertEqual(electioneering("She said: \"Labour fought this sale every step of the way.\"").count, 1)
        XCTAssertEqual(electioneering("She added: \"The Conservatives left us a financial mess.\"").count, 1)
    }

    /// "I have stood firm against …" and Welsh "Rydw i wedi sefyll yn gadarn …": a member's own record.
    func testFirstPersonStoodFirm() {
        XCTAssertEqual(electioneering("I have stood firm against the wind farm from the start.").count, 1)
        XCTAssertEqual(electioneering("Rydw i wedi sefyll yn gadarn yn erbyn y fferm wynt.").count, 1)
    }
    /// "I promised to save the library. We kept that promise." on one line is one claim, told in two sentences.
    func testAPromiseAndItsKeepingOnOneLine() {
        XCTAssertEqual(electioneering("Four years ago I promised to save Abbeyfield library. As your team we kept that promise.").count, 1)
        XCTAssertEqual(electioneering("Four years ago I promised to save Abbeyfield library.\nWe kept that promise.").count, 2)
    }
    /// A hustings organised by "the Hatherley Civic Society" is another body's; "an opposition councillor" is a grouping;
    /// "pleidleisio dros Senedd Ieuenctid Cymru" (voting for the Youth Parliament) calls no one's vote.
    func testOtherBodiesHustingsAndYouthVotes() {
        XCTAssertEqual(electioneering("A hustings organised by the Hatherley Civic Society will be held at the church hall on 28 April.").count, 0)
        XCTAssertEqual(Fixture.findings("The plans have been criticised by an opposition councillor.").map(\.rule), [.partyReference])
        XCTAssertEqual(electioneering("Pobl ifanc yn pleidleisio dros Senedd Ieuenctid Cymru").count, 0)
        XCTAssertEqual(Fixture.findings("Follow her training at @CadeiryddRhydderch.").map(\.rule), [.memberReference])
    }
    /// "Support Anjali and Bashir on 6 May" asks for votes by first name; "Labour voted against it" names the party even
    /// at a sentence's start; "Council Leader welcomes the settlement" is the leader's view.
    func testSupportByFirstNamesPartyVotesAndSettlements() {
        XCTAssertEqual(electioneering("Support Anjali and Bashir on 7 May.").count, 1)
        XCTAssertEqual(electioneering("Support your local foodbank this spring.").count, 0)
        XCTAssertEqual(Fixture.findings("It adds: \"Labour voted against it.\"").map(\.rule), [.partyReference])
        XCTAssertEqual(Fixture.summary("Council Leader welcomes the settlement\n\nThe settlement is £3m.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }
    /// "this Liberal Democrat administration got it done", "despite opposition protest", Welsh "Rydw i wedi ymladd …".
    func testAdministrationDeedsOppositionProtestAndWelshFights() {
        XCTAssertEqual(electioneering("\"I am proud this Liberal Democrat administration got it done.\"").count, 1)
        XCTAssertEqual(Fixture.findings("Home care charges to rise despite opposition protest").map(\.rule), [.partyReference])
        XCTAssertEqual(electioneering("Rydw i wedi ymladd yn erbyn taliadau parcio ers y diwrnod cyntaf.").count, 1)
    }
    /// A candidate's own imprint without "on behalf of" ("Promoted by X, Fferm Tyddyn Bach, Llan-non", both languages on
    /// one line as one imprint); "Labour and Plaid have …" names both parties.
    func testOwnImprintsAndAPartyList() {
        XCTAssertEqual(electioneering("Promoted by Bethan Huws, Fferm Tyddyn Bach, Llan-non. / Hyrwyddwyd gan Bethan Huws, Fferm Tyddyn Bach, Llan-non.",
                                      people: ["Bethan Huws"]).count, 1)
        XCTAssertEqual(Fixture.findings("Labour and Plaid have spent the year arguing.").map(\.rule), [.partyReference, .partyReference])
    }
    /// "Local Lib Dems deliver.", a tick-mark record list, Welsh "mae tîm Plaid Cymru wedi rhewi …"; "on the Green at 4pm"
    /// is a village green, "the Green and Independent candidates" a party.
    func testPartiesDeliveringTickListsAndVillageGreens() {
        XCTAssertEqual(electioneering("Castle Park has its flag back. Local Lib Dems deliver.").count, 1)
        XCTAssertEqual(electioneering("WHAT YOUR DUP TEAM HAS DONE\n✔ Delivered the new Promenade lighting\n✔ Secured £2m for the harbour").count, 2)
        XCTAssertEqual(electioneering("Ers 2022 mae tîm Plaid Cymru wedi rhewi taliadau'r farchnad.").count, 1)
        XCTAssertEqual(Fixture.findings("The cups will be presented on the Green at 4pm.").count, 0)
        XCTAssertEqual(Fixture.findings("All four candidates, including the Green and Independent candidates, have been invited.")
                        .filter { $0.rule == .partyReference }.count, 2)
    }
    /// A pupil's or tenant's "I promised …" is their own words, not a member's pledge.
    func testPupilsPromiseIsNoPledge() {
        XCTAssertEqual(electioneering("Pupil Oscar Lyle said: \"I promised a reading den and I'm going to make it happen.\"").count, 0)
        XCTAssertEqual(electioneering("Cllr Ann Lee said: \"I promised a reading den and I'm going to make it happen.\"").count, 1)
    }
    /// "We have knocked on more than 900 doors" is canvassing; "our officers knocked on 300 doors" is the council;
    /// "Pleidleisiwch i'r Democratiaid Rhyddfrydol" is a call.
    func testWeCanvassAndWelshVoteForThe() {
        XCTAssertEqual(electioneering("We have knocked on more than 900 doors in Penrhos this month.").count, 1)
        XCTAssertEqual(electioneering("Rydym wedi curo ar dros 900 o ddrysau ym Mhenrhos y mis hwn.").count, 1)
        XCTAssertEqual(electioneering("This week we and our council officers knocked on 300 doors about the bins.").count, 0)
        XCTAssertEqual(electioneering("Pleidleisiwch i'r Democratiaid Rhyddfrydol ar 6 Mai.").count, 1)
    }
    /// "Only X can beat the Tories" for a candidate, one label with its "two-horse race"; "Since 2023 I have dealt with 900
    /// cases" in a member's own newsletter; "An Alliance amendment", "the unionist parties".
    func testCandidateTacticalCallsOwnTimeInOfficeAndNIGroupings() {
        XCTAssertEqual(electioneering("It's a two-horse race. Only Marcus Bellingham can beat the Tories on 7 May.", people: ["Marcus Bellingham"]).count, 1)
        XCTAssertEqual(electioneering("Since 2023 I have dealt with more than 900 cases from residents.").count, 1)
        XCTAssertEqual(electioneering("I have dealt with the complaint.").count, 0)
        XCTAssertEqual(Fixture.findings("An Alliance amendment asking DfI to publish its criteria was accepted.").map(\.rule), [.partyReference])
        XCTAssertEqual(Fixture.findings("The unionist parties and the nationalist parties both backed the final motion.").map(\.rule), [.partyReference])
    }
    /// "Labour saved the pool when the Tories wanted to shut it", Welsh "Llafur wnaeth achub y pwll", "Y Democratiaid
    /// Rhyddfrydol a ymgyrchodd am y cynllun", "Fi oedd yr unig un …", "Rwyf wedi cadw pob addewid", "the unionist bloc".
    func testPartyDeedsWelshCleftsAndBlocs() {
        XCTAssertEqual(electioneering("Labour saved the pool when the Tories wanted to shut it.").count, 1)
        XCTAssertEqual(electioneering("Llafur wnaeth achub y pwll pan oedd y Ceidwadwyr eisiau ei gau.").count, 1)
        XCTAssertEqual(electioneering("Ychwanegodd: \"Y Democratiaid Rhyddfrydol a ymgyrchodd am y cynllun hwn o'r dechrau.\"").count, 1)
        XCTAssertEqual(electioneering("\"Fi oedd yr unig un i sefyll yn erbyn y fferm wynt. Rwyf wedi cadw pob addewid.\"").count, 1)
        XCTAssertEqual(Fixture.findings("Sinn Féin and SDLP members voted against it, while the unionist bloc backed it.")
                        .filter { $0.rule == .partyReference }.count, 3)
    }
    /// "Only the SNP can beat the Tories here" is one call taking both parties; "I secured £90,000 …"; "chapping doors";
    /// "Lib Dems got Heol Ddu resurfaced".
    func testBeatenPartiesSecuredChappingAndGot() {
        XCTAssertEqual(Fixture.findings("Only the SNP can beat the Tories here – don't waste your vote.").map(\.rule), [.electioneering])
        XCTAssertEqual(electioneering("I secured £90,000 for the heritage trail signage.").count, 1)
        XCTAssertEqual(electioneering("We were out chapping doors in Glenfarr this morning!").count, 1)
        XCTAssertEqual(electioneering("Lib Dems got Heol Ddu resurfaced after years of neglect.").count, 1)
    }
    /// A first preference asked for in a candidate's words, canvassing "on the doors", a party's deeds counted from a
    /// year (not its time in office, which is news), and one claim per list item or line under a heading.
    func testFirstPreferencesDoorsAndRecordsSinceAYear() {
        XCTAssertEqual(electioneering("Give me your number one on 6 May.").count, 1)
        XCTAssertEqual(electioneering("I'm asking for your number 1 on 6 May.").count, 1)
        XCTAssertEqual(electioneering("Because I've delivered for Kinmarnie South for ten years.").count, 1)
        XCTAssertEqual(electioneering("Great turnout on the doors in Ballyreagh tonight.").count, 1)
        XCTAssertEqual(electioneering("Posters have been put up on the doors of every polling station.").count, 0)
        XCTAssertEqual(electioneering("Since 2022 Plaid councillors have forced two extra public meetings.").count, 1)
        XCTAssertEqual(electioneering("Ers 2022 mae cynghorwyr Plaid wedi mynnu dau gyfarfod cyhoeddus ychwanegol.").count, 1)
        XCTAssertEqual(electioneering("She added that the Labour group had \"protected every leisure centre in the county since 2022\".").count, 1)
        XCTAssertEqual(electioneering("The Conservatives have run the council since 2019 and hold 31 of the 48 seats.").count, 0)
        XCTAssertEqual(electioneering("Labour councillor Jo Bell has represented the ward since 2019.").count, 0)
        XCTAssertEqual(electioneering("\"The Conservatives left this council with the lowest reserves in the county,\" she said.").count, 1)
        XCTAssertEqual(electioneering("Re-elect Alderman Desmond Gault – Banncliffe Central DEA\n✔ Delivered the new Promenade lighting\n✔ Since 2019 the DUP team has frozen harbour fees")
                        .map(\.line), [1, 2, 3])
        XCTAssertEqual(electioneering("RE-ELECT HEDD BOWYER – PLAID CYMRU\nErs 2022 mae tîm Plaid Cymru wedi rhewi taliadau'r farchnad.").count, 2)
    }
    /// Welsh: "#PleidleisiwchDemRhydd" is a vote hashtag; "Allan ar garreg y drws" is canvassing, but saying one thing
    /// in the chamber and another "ar garreg y drws" is a jibe.
    func testWelshDoorstepAndLibDemHashtag() {
        XCTAssertEqual(electioneering("Diolch i bawb. #PleidleisiwchDemRhydd").count, 1)
        XCTAssertEqual(electioneering("Allan ar garreg y drws ym Mhen-y-garn eto heno – diolch i bawb!").count, 1)
        XCTAssertEqual(electioneering("Maen nhw'n dweud un peth yn y siambr a pheth arall ar garreg y drws.").count, 0)
    }
    /// Party words in lists and groups: "SF and SDLP councillors" (an upper-case short form among parties), "her fellow
    /// Independent"; not "the Independent Supporters' Trust", a body's name.
    func testShortFormsFellowsAndNamedBodies() {
        let parties = { (text: String) in Fixture.findings(text).filter { $0.rule == .partyReference }.count }
        XCTAssertEqual(parties("7.34pm – SF and SDLP councillors are backing an amendment."), 2)
        XCTAssertEqual(parties("Her fellow Independent, Coun Barry Lusk, disagreed."), 1)
        XCTAssertEqual(parties("The Independent Supporters' Trust has laid on a free coach."), 0)
        XCTAssertEqual(parties("The SF film club meets on Tuesdays."), 0)
    }
    /// A line of prose ending in a colon is not a heading ("Since Labour won a majority on Porth Ewyn Town Council in
    /// 2022, we have:"), so its party counts; "we've knocked on 2,000 doors" is canvassing; "as opposition claims" is a grouping.
    func testRecordLeadInsCanvassingAndHeadlineOpposition() {
        XCTAssertEqual(Fixture.findings("Since Labour won a majority on Porth Ewyn Town Council in 2022, we have:\n• reopened the toilets").map(\.rule).filter { $0 == .partyReference }.count, 1)
        XCTAssertEqual(electioneering("Since Labour won a majority on Porth Ewyn Town Council in 2022, we have:").count, 1)
        XCTAssertEqual(electioneering("We've knocked on over 2,000 doors since January. Thank you for the welcome!").count, 1)
        XCTAssertEqual(Fixture.findings("Row over second homes premium as opposition claims \"cash grab\"").filter { $0.rule == .partyReference }.count, 1)
        XCTAssertEqual(Fixture.findings("There was opposition to the plan from residents.").filter { $0.rule == .partyReference }.count, 0)
    }
    /// A candidate's tick list under first-person prose; a first preference given to a party or person ("give the Scottish
    /// Greens your number 1", "Give Orla your No.1"); "We said we would, and we did"; Welsh "cadw ein gair"; the
    /// registration canvass ("ffurflen canfasio aelwydydd", "household canvass") is no campaign.
    func testTickListsFirstPreferencesPromisesKeptAndTheRegistrationCanvass() {
        let leaflet = "Hi, I'm Priya Ramsay, your Liberal Democrat candidate in the Mill Lane by-election.\n\n✔ Fought for carers' exemptions\n✔ Ran the petition that saved the bus"
        XCTAssertEqual(electioneering(leaflet).map(\.line), [3, 4])
        XCTAssertEqual(electioneering("4/4 On 6 May, give the Scottish Greens your number 1.").count, 1)
        XCTAssertEqual(electioneering("We froze parking for three years running. We said we would, and we did.").count, 1)
        XCTAssertEqual(electioneering("\"Rydyn ni wedi cadw ein gair i rieni Bro Alwen,\" meddai.").count, 1)
        XCTAssertEqual(electioneering("Os na wnaethoch chi ddychwelyd eich ffurflen canfasio aelwydydd, gwiriwch eich bod wedi cofrestru.").count, 0)
        XCTAssertEqual(electioneering("If you did not return the household canvass form, check that you are registered.").count, 0)
    }
    /// A candidate's tick list under hard-wrapped first-person prose; "give Alba your first preference"; Welsh "pleidleisiwch
    /// drosta i", "Bydda i'n curo ar ddrysau", "a agorodd y drws i mi"; "who opened the door to me last night".
    func testWrappedLeadInsGivenPreferencesAndWelshCanvassing() {
        let leaflet = "For five years I have stood up for Lisnaharra. When others stayed silent, I forced\nthe council to publish the reports.\n\n"
            + "✔ Fought the quarry every step of the way\n✔ Secured new street lighting"
        XCTAssertEqual(electioneering(leaflet).map(\.line), [4, 5])
        XCTAssertEqual(electioneering("On 6 May, give Alba your first preference.").count, 1)
        XCTAssertEqual(electioneering("Wrth gloi, meddai: \"Os ydych chi eisiau newid, pleidleisiwch drosta i ar 6 Mai.\"").count, 1)
        XCTAssertEqual(electioneering("Bydda i'n curo ar ddrysau yn Heol-y-Bryn y penwythnos yma – dewch am sgwrs.").count, 1)
        XCTAssertEqual(electioneering("Diolch i bawb ar Heol y Felin a agorodd y drws i mi neithiwr!").count, 1)
        XCTAssertEqual(electioneering("Thanks to everyone on Heol y Felin who opened the door to me last night!").count, 1)
    }
}
