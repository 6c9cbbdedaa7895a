import XCTest
@testable import ReleaseChecker

/// "We" did something, inside a councillor's quotation and set against a party, time or rivals, is their group's
/// record; the same words from an officer, or a cabinet member's account of a service, are not.
final class RecordClaimTests: XCTestCase {
    func electioneering(_ text: String, people: [String] = []) -> [Finding] {
        Fixture.findings(text, people: people).filter { $0.rule == .electioneering }
    }

    func testADeedSetAgainstAPartyTimeOrRivals() {
        XCTAssertEqual(electioneering("DUP Alderman Rhona Kerr insisted: \"We froze prices for four years when others wanted to hike them.\"").count, 1)
        XCTAssertEqual(electioneering("Sinn Féin's Cllr Ciara Dolan told the Chronicle: \"We forced the inspection and we got the fine.\"").count, 1)
        XCTAssertEqual(electioneering("Cllr Elin Rees said: \"We saved Cwm Tregarth from the turbines and we will do it again.\"").count, 1)
        XCTAssertEqual(electioneering("Dywedodd y Cynghorydd Elin Rees: \"Fe wnaethon ni achub Cwm Tregarth ac fe wnawn ni hynny eto.\"").count, 1)
    }

    func testNotAServiceAccountOrAnOfficer() {
        XCTAssertEqual(electioneering("Cllr Yusuf Patel said: \"We have secured £2.4m to help hauliers upgrade, so no business need pay.\"").count, 0)
        XCTAssertEqual(electioneering("The council's director, Ann Bell, said: \"We froze fees for four years when others raised them.\"").count, 0)
        XCTAssertEqual(electioneering("Cllr Sharon Okafor (Lab) said: \"What we got was a leaflet drop in August.\"").count, 0)
    }

    /// A claim and the record phrase in its sentence are one finding; Welsh "Gadawodd y Ceidwadwyr lanast" (left a
    /// mess) and "Llafur sicrhaodd y cyllid" (Labour secured the money) without the relative "a".
    func testOneClaimPerSentenceAndWelshRecords() {
        XCTAssertEqual(electioneering("Cllr Mo Thorley said: \"We have protected weekly collections for three years – that is the record of this Conservative administration.\"").count, 1)
        XCTAssertEqual(electioneering("Ychwanegodd y Cynghorydd Heledd Rhys: \"Gadawodd y Ceidwadwyr lanast ariannol i ni.\"").count, 1)
        XCTAssertEqual(electioneering("Meddai'r Cynghorydd Heledd Rhys: \"Llafur sicrhaodd y cyllid i achub yr ysgol.\"").count, 1)
        XCTAssertEqual(electioneering("Gadawodd y Ceidwadwyr y cyfarfod yn gynnar.").count, 0)
    }
}
