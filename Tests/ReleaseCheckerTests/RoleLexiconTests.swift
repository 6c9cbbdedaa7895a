import XCTest
@testable import ReleaseChecker

/// Who a role names: members (Leader, Cabinet Member, chair of a council body), officers, or others.
final class RoleLexiconTests: XCTestCase {
    func holder(_ text: String) -> RoleLexicon.Holder? {
        let s = TextScanner(text)
        let classes = Lexicon.classify(s)
        return RoleLexicon.match(s, classes: classes, at: 0)?.role.holder
    }

    func testMembersOfficersAndOthers() {
        XCTAssertEqual(holder("Leader of the Council"), .member)
        XCTAssertEqual(holder("Cabinet Member for Housing and Planning"), .member)
        XCTAssertEqual(holder("Chair of the Planning Committee"), .member)
        XCTAssertEqual(holder("Chairman of Westholm Town Council"), .member)
        XCTAssertEqual(holder("convener of the education committee"), .member)
        XCTAssertEqual(holder("Chair of the Friends of Mill Park"), .other)
        XCTAssertEqual(holder("Head of Parks"), .officer)
        XCTAssertEqual(holder("Chief Executive"), .officer)
        XCTAssertEqual(holder("Chief Inspector"), .other)
        XCTAssertEqual(holder("MP for Exampleton"), .member)
        XCTAssertNil(holder("mp3 player"))
        XCTAssertNil(holder("chair of governors"), "lower-case chair is furniture or a school role")
    }

    func testPortfolioListsStayInTheRole() {
        let s = TextScanner("Cabinet Member for Leisure, Culture and Tourism, said")
        XCTAssertEqual(RoleLexicon.match(s, classes: Lexicon.classify(s), at: 0).map { s.text(tokens: 0, $0.last) }, "Cabinet Member for Leisure, Culture and Tourism")
        let t = TextScanner("Cabinet Member for Housing, Cllr Jane Doe, said")
        XCTAssertEqual(RoleLexicon.match(t, classes: Lexicon.classify(t), at: 0).map { t.text(tokens: 0, $0.last) }, "Cabinet Member for Housing")
    }

    func references(_ text: String, people: [String] = []) -> [Finding] {
        Fixture.findings(text, people: people).filter { $0.rule == .memberReference }
    }

    /// After the council's possessive a lower-case "leader" is the council's leader, not a community leader.
    func testTheCouncilsLeaderInLowerCase() {
        XCTAssertEqual(references("Millbrook Town Council's leader has opened the fair.").count, 1)
        XCTAssertEqual(references("A community leader has opened the fair.").count, 0)
    }

    /// In lower case, "the leader of X Council" is the council's leader; "the leader of the festival board" is not.
    func testTheLeaderOfANamedCouncilInLowerCase() {
        XCTAssertEqual(references("The leader of Brackwater Borough Council opened the lido.").count, 1)
        XCTAssertEqual(references("The leader of the festival board opened the lido.").count, 0)
    }

    /// "Senedd Member" is a Member of the Senedd beside a name; alone it names no one, since a Senedd constituency
    /// elects several members (Senedd Cymru (Members and Elections) Act 2024).
    func testSeneddMember() {
        XCTAssertEqual(references("Senedd Member backs the pool campaign").count, 0)
        XCTAssertEqual(references("Nia Shaw MS, Senedd Member for the Vale, opened the path.").count, 1)
    }

    /// "Councillor for Hill Ward and Cabinet Member for Roads" is one role beside the name: one reference.
    func testCouncillorForAWardAndASecondRole() {
        XCTAssertEqual(references("Lena Marsh MBE, Councillor for Hill Ward and Cabinet Member for Roads, opened it.", people: ["Lena Marsh"]).count, 1)
    }

    /// "A Green alderman and a Labour MLA have backed it": an article, a party and one member's role single out
    /// a member; "who is a Labour councillor" only describes someone already named, and "Labour councillors" are many.
    func testOneMemberByPartyAndRole() {
        XCTAssertEqual(references("A Green alderman and a Labour MLA have backed the bridge.").count, 2)
        XCTAssertEqual(references("Cllr Amy Roe, who is a Labour councillor, backed the bridge.").count, 1)
        XCTAssertEqual(references("Labour councillors backed the bridge.").count, 0)
    }
    /// A gala's, regatta's or club's committee chair is no councillor; the council's planning committee chair is.
    func testCommitteesOfEventsAndClubs() {
        XCTAssertEqual(Fixture.findings("Gala committee chair Jean Cowie said a conservative estimate was 3,000 visitors.").count, 0)
        XCTAssertEqual(Fixture.findings("Regatta Committee chairman Ian Bell thanked the volunteers.").count, 0)
        XCTAssertEqual(references("Planning committee chair Jean Cowie opened the session.").count, 1)
    }
    /// A community council's chair is a councillor only with a councillor's title: "Margaret Hosie, chair of Glenmorven
    /// Community Council, said" names no member; "Cllr Ann Lee, chair of …" does.
    func testCommunityCouncilChairs() {
        XCTAssertEqual(Fixture.findings("Margaret Hosie, chair of Glenmorven Community Council, said: \"We have waited eleven years.\"").count, 0)
        XCTAssertEqual(Fixture.findings("Cllr Ann Lee, chair of Cwm Dulas Community Council, welcomed the decision.").map(\.rule), [.memberQuote])
        XCTAssertEqual(references("Cynhelir sesiynau yn Ystafell y Maer yn Neuadd y Dref.").count, 0)
    }
    /// "The Mayor-elect", "a Conservative mayor would …" and "the Mayor's Question Time" name no sitting holder;
    /// "Councillor Surgeries" is a heading, not a Councillor Surgeries.
    func testFutureIndefiniteAndHeadingOffices() {
        XCTAssertEqual(references("The Mayor-elect for 2027/28 will be chosen at the annual meeting.").count, 0)
        XCTAssertEqual(Fixture.findings("Victor Hale said that a Conservative mayor would review it.").filter { $0.rule != .partyReference }.count, 0)
        XCTAssertEqual(references("The Mayor's Question Time on 28 April has been postponed.").count, 0)
        XCTAssertEqual(references("Civic Diary and Councillor Surgeries – Glen Ardle Council").count, 0)
    }
    /// A youth council's leader is no councillor ("the Leader of the youth council", "Arweinydd y cyngor ieuenctid"); a
    /// past term ("and was Mayor in 1994", "pan oedd yn Faer") names no sitting holder.
    func testYouthCouncilsAndPastTerms() {
        XCTAssertEqual(Fixture.findings("The Leader of the youth council, Jess Armitage, said the count had been \"nail-biting\".").count, 0)
        XCTAssertEqual(Fixture.findings("Meddai Arweinydd y cyngor ieuenctid, Elis Gwynedd: \"Rydyn ni wedi bod yn brysur.\"").count, 0)
        XCTAssertEqual(references("The walk is named after Sam Wylie, who served for 28 years and was Mayor in 1994.").count, 0)
        XCTAssertEqual(references("Sefydlwyd yr apêl gan Wyn Bevan ym 1998, pan oedd yn Faer.").count, 0)
    }
    /// "MLA demands action" names none of a constituency's five MLAs; "a Sinn Féin MLA" singles one out.
    func testBareMLA() {
        XCTAssertEqual(references("MLA demands action on Ballyvar Road potholes\n\nThe road is closed.").count, 0)
        XCTAssertEqual(references("A DUP alderman and a Sinn Féin MLA have welcomed plans for a bridge.").count, 2)
    }
    /// A community council's chair (Welsh "Cadeirydd y cyngor cymuned", "the community council's chair") and a youth
    /// mayor ("Maer Ieuenctid") are no councillors without a title; "Provost's Close" is a street; "Cadeirydd Cyngor
    /// Sir Bro Hafren, y Cynghorydd X" is one member.
    func testCommunityCouncilsYouthMayorsStreetsAndNamedCouncilOffices() {
        XCTAssertEqual(Fixture.findings("Dywedodd Cadeirydd y cyngor cymuned, Elen Protheroe, fod y newyddion yn hwb mawr.").count, 0)
        XCTAssertEqual(Fixture.findings("The community council's chair, Elen Protheroe, said the news was a real boost.").count, 0)
        XCTAssertEqual(Fixture.findings("Dywedodd Maer Ieuenctid y sir, Cai Parry: \"Rydym eisiau clywed pawb.\"").count, 0)
        XCTAssertEqual(Fixture.findings("The county's Youth Mayor, Cai Parry, said: \"We want to hear everyone.\"").count, 0)
        XCTAssertEqual(references("Polling places include Provost's Close Community Hall.").count, 0)
        XCTAssertEqual(references("Bydd Cadeirydd Cyngor Sir Bro Hafren, y Cynghorydd Menna Griffiths, yn siarad.").count, 1)
    }
    /// "The role of Chair of the Council is ceremonial", "rôl Cadeirydd y Cyngor", "Tŷ'r Maer" name no holder.
    func testOfficesInGeneralAndBuildings() {
        XCTAssertEqual(references("The role of Chair of the Council is ceremonial.").count, 0)
        XCTAssertEqual(references("Mae rôl Cadeirydd y Cyngor yn un seremonïol.").count, 0)
        XCTAssertEqual(references("Caiff y Cadeirydd nesaf ei ethol yn y cyfarfod blynyddol.").count, 0)
        XCTAssertEqual(references("Talu yn y Swyddfa Dalu, Tŷ'r Maer, Stryd y Bont.").count, 0)
    }
    /// Things named after an office ("the old Chairman's Lounge", "the Lord Mayor's Coach", "the Provost's Procession")
    /// and holders past or to come ("the town's first Provost", "was Mayor of Llanfenni in 1998", "a new Chair will be
    /// elected", "pan etholir Cadeirydd newydd", "A cabinet member has defended …") name no sitting member.
    func testNamedThingsAndPastOrComingHolders() {
        XCTAssertEqual(references("The old Chairman's Lounge on the first floor has become a soft play area.").count, 0)
        XCTAssertEqual(references("The Lord Mayor's Coach will be on display by the bandstand.").count, 0)
        XCTAssertEqual(references("11am The Provost's Procession leaves Provost's Close.").count, 0)
        XCTAssertEqual(references("The room is named after the town's first Provost.").count, 0)
        XCTAssertEqual(references("Mr Bowen was Mayor of Llanfenni in 1998.").count, 0)
        XCTAssertEqual(references("The annual meeting, when a new Chair will be elected, is on 10 May.").count, 0)
        XCTAssertEqual(references("Y cyfarfod blynyddol, pan etholir Cadeirydd newydd.").count, 0)
        XCTAssertEqual(Fixture.findings("A cabinet member has defended plans to cut the park-and-ride.").count, 0)
        XCTAssertEqual(references("Dywedodd Comisiynydd Heddlu a Throseddu'r ardal, Lowri Brynach, fod y patrolau'n gweithio.").count, 0,
                       "the commissioner's words are a quotation, not a reference")
    }
}
