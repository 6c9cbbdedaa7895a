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
    /// A newsletter's bullets under a heading or lead-in that speaks for a party or "we" are each a record claim; a
    /// service's bullets ("• Opened on Monday at 9am") under a plain heading are not.
    func testRecordLists() {
        let list = "SPRING UPDATE FROM YOUR SDLP TEAM\n• Secured £250k for the harbour wall\n• Kept the greenway off farmland\n\nLIBRARY TIMES\n• Opened on Monday at 9am"
        XCTAssertEqual(electioneering(list).map(\.line), [2, 3])
    }

    /// Claims in a member's own words: "I've delivered … for five years", "We delivered: … The Conservatives left a
    /// mess" (a party named on the line), Welsh "Gadawodd y Torïaid lanast", "gadawodd y criw diwethaf lanast"; one
    /// finding for a line's record claims, a call to vote beside them still its own.
    func testOwnWordsAndOneClaimPerLine() {
        XCTAssertEqual(electioneering("Jo Bell MP said: \"I've delivered for Gower for five years and I want to keep going.\"", people: ["Jo Bell"]).count, 1)
        XCTAssertEqual(electioneering("We delivered: a new road and LED lights. The Conservatives left a mess behind them – we have cleared it up.").count, 1)
        XCTAssertEqual(electioneering("Meddai'r Cynghorydd Emrys Bevan: \"Gadawodd y Torïaid lanast ac fe wnaethon ni ei glirio.\"").count, 1)
        XCTAssertEqual(electioneering("Arweinydd: 'Fe wnaethon ni rewi'r dreth gyngor – gadawodd y criw diwethaf lanast'").count, 1)
        XCTAssertEqual(electioneering("Cllr Kirsteen Hood said: \"Under our watch the merger was stopped. Re-elect Kirsteen Hood on 6 May.\"", people: ["Kirsteen Hood"]).count, 2)
        XCTAssertEqual(electioneering("We delivered 300 new homes this year, the council's housing director said.").count, 0)
    }

    /// Canvassing by party campaigners or "us" in a campaign, a named candidate's campaign launched, "Keep Orchard
    /// Labour", a pledge card, STV transfers and the "Printed and published by … on behalf of …" imprint.
    func testCampaignForms() {
        XCTAssertEqual(electioneering("Campaigners from both main parties were out knocking doors in Amesford on Saturday.").count, 1)
        XCTAssertEqual(electioneering("Council officers were out knocking doors to explain the bin changes.").count, 0)
        XCTAssertEqual(electioneering("On Saturday we launched Rhiannon Ellis-Bowen's campaign for the Senedd.", people: ["Rhiannon Ellis-Bowen"]).count, 1)
        XCTAssertEqual(electioneering("Keep Orchard Labour on 6 May!").count, 1)
        XCTAssertEqual(electioneering("The Commissioner launched a pledge card at the market.").count, 1)
        XCTAssertEqual(electioneering("Give your first preference to Brendan McCartan and transfer down the SDLP ticket.", people: ["Brendan McCartan"]).count, 1)
        XCTAssertEqual(electioneering("Printed and published by C. Quinn on behalf of Brendan McCartan, 3 Shore Road.", people: ["Brendan McCartan"]).count, 1)
    }
    /// A record list under a call to vote, whose later bullet names the party ("✔ Since 2019 the DUP team has frozen …").
    func testRecordListSpokenForBelow() {
        let list = "Re-elect Alderman Desmond Gault – Banncliffe Central DEA\n✔ Delivered the new Promenade lighting\n✔ Since 2019 the DUP team has frozen berthing fees"
        XCTAssertEqual(electioneering(list).map(\.line), [1, 2, 3])
    }
}
