import XCTest
@testable import ReleaseChecker

/// Code para 34: statutory election notices and factual candidate lists may name candidates and parties.
final class StatutoryNoticeTests: XCTestCase {
    func testStatementOfPersonsNominatedIsExempt() {
        let text = "STATEMENT OF PERSONS NOMINATED\n\nElection of a Councillor for Mill Ward\n\nSHAH, Priya - Labour Party\nOKAFOR, Daniel - The Conservative Party Candidate\n\nKaren Blake, Returning Officer"
        let report = Fixture.report(text, people: ["Priya Shah"])
        XCTAssertEqual(report.findings.count, 0, report.findings.map(\.message).joined(separator: "; "))
        XCTAssertEqual(report.statutoryNotices.first?.kind, "Statement of Persons Nominated")
        XCTAssertEqual(report.statutoryNotices.first?.firstLine, 1)
    }

    func testNoticeEndsAtENDSAndTheRestIsChecked() {
        let text = "NOTICE OF POLL\n\nSHAH, Priya - Labour Party\n\nENDS\n\nThe Labour group welcomed the poll."
        let report = Fixture.report(text)
        XCTAssertEqual(report.findings.map(\.line), [7])
        XCTAssertEqual(report.statutoryNotices.first?.lastLine, 3)
    }

    func testCandidateListInARelease() {
        let text = "The candidates standing in Harbour ward are:\n\nRobert Ashby - Reform UK\nGrace Fenwick - Labour Party\n\nPolling stations open 7am–10pm and the Labour group has welcomed the list of candidates for the by-election in Harbour."
        let f = Fixture.findings(text, people: ["Robert Ashby"])
        XCTAssertEqual(f.map { "\($0.rule.rawValue)@\($0.line)" }, ["party-reference@6"])
    }

    func testElectioneeringInsideANoticeIsStillReported() {
        XCTAssertEqual(Fixture.findings("NOTICE OF ELECTION\n\nVote Labour on 7 May!").map(\.rule), [.electioneering])
    }

    func testAHeadingAfterTheCouncilsNameOpensANotice() {
        let text = "Harbourton Council – Notice of Poll\nElection of a Councillor for Quay Ward\nThe Labour Party candidate is listed below."
        let report = Fixture.report(text)
        XCTAssertEqual(report.statutoryNotices.first?.kind, "Notice of Poll")
        XCTAssertEqual(report.findings.count, 0, report.findings.map(\.message).joined(separator: "; "))
        let headline = Fixture.report("Harbourton Council – Notice of Poll published for Quay ward\nThe Labour Party has three candidates.")
        XCTAssertEqual(headline.statutoryNotices.count, 0, "a headline about a notice is not the notice")
    }

    func testAWelshCandidateListAfterAColon() {
        let text = "Etholiad Ward y Cei\nYmgeiswyr: Grace Fenwick (Llafur), Robert Ashby (Plaid Cymru)"
        XCTAssertEqual(Fixture.findings(text).count, 0)
    }

    func testSurnameForenamesPartyEntriesAreANominationList() {
        let text = "Mill ward by-election\nASHBY, Robert Owen (Reform UK); FENWICK, Grace (Labour Party); LEE, Ann (Green Party)\nThe Green Party welcomed the turnout."
        XCTAssertEqual(Fixture.summary(text), ["party-reference@3"])
        XCTAssertEqual(Fixture.summary("Our NEW, Bigger (and better) Labour Party office opens."), ["party-reference@1"], "one entry is not a list")
    }

    /// A news story's factual sentence listing the candidates with their parties is a list of candidates (Code
    /// para 34 allows names, wards and parties); councillors named with their parties in a vote are not.
    func testASentenceListingTheCandidates() {
        let text = "Four candidates are standing in the Hatherley by-election.\n\nThey are Jo Marsh (Labour), Rupert Hale (Conservative), Ivo Pell (Liberal Democrat) and Sunita Rao (Green Party)."
        XCTAssertEqual(Fixture.findings(text, people: ["Jo Marsh"]).count, 0)
        XCTAssertEqual(Fixture.summary("Cllr Ann Lee (Labour), Cllr Bob Roe (Conservative) and Cllr Cy Dee (Green) voted against.").filter { $0.hasPrefix("party") }.count, 3)
    }

    /// The Welsh heading "Datganiad am y Personau a Enwebwyd" names the same statutory notice.
    func testWelshStatementOfPersonsNominatedWithAm() {
        let text = "DATGANIAD AM Y PERSONAU A ENWEBWYD\nWard Maesteg\nLLOYD, Gwenno – 2 Heol Fawr – Plaid Cymru – The Party of Wales\nPUGH, Aled – 7 Stryd y Bont – Reform UK"
        XCTAssertEqual(Fixture.findings(text).count, 0)
    }
}
