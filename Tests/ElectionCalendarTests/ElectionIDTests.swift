import XCTest
@testable import ElectionCalendar

final class ElectionIDTests: XCTestCase {
    func testFormsDemocracyClubUses() throws {
        let by = try ElectionID("parl.rochdale.by.2024-02-29")
        XCTAssertEqual(by.type, .parl)
        XCTAssertEqual(by.organisation, "rochdale")
        XCTAssertTrue(by.isByElection)
        XCTAssertEqual(by.pollDate.iso, "2024-02-29")
        let gla = try ElectionID("gla.c.2028-05-04")
        XCTAssertEqual(gla.subtype, "c")
        XCTAssertNil(gla.organisation)
        let ward = try ElectionID("local.cardiff.adamsdown.2022-05-05")
        XCTAssertEqual(ward.organisation, "cardiff")
        XCTAssertEqual(ward.division, "adamsdown")
        XCTAssertEqual(try ElectionID("Local.Cardiff.2022-05-05").raw, "local.cardiff.2022-05-05", "ids are case-insensitive")
    }

    func testMalformedIdsSayHowToWriteOne() {
        XCTAssertThrowsError(try ElectionID("local")) { XCTAssertEqual($0 as? ElectionID.ParseError, .malformed("local")) }
        XCTAssertThrowsError(try ElectionID("local..2026-05-07"))
        XCTAssertThrowsError(try ElectionID("local.2026-02-30")) { XCTAssertEqual($0 as? ElectionID.ParseError, .badDate("2026-02-30", id: "local.2026-02-30")) }
        XCTAssertThrowsError(try ElectionID("council.2026-05-07")) { XCTAssertEqual($0 as? ElectionID.ParseError, .unknownType("council", id: "council.2026-05-07")) }
        XCTAssertThrowsError(try ElectionID("local.2300-05-07")) { XCTAssertEqual($0 as? ElectionID.ParseError, .yearOutOfRange(2300, id: "local.2300-05-07")) }
        XCTAssertThrowsError(try ElectionID("local.west bromwich.2026-05-07"))
        XCTAssertThrowsError(try ElectionID(""))
        XCTAssertTrue(ElectionID.ParseError.malformed("x").message.contains("local.2027-05-06"))
    }

    func testResolverFindsTheNation() throws {
        let resolver = PollResolver(councilNations: CalendarData.embedded.councilNations, country: nil)
        XCTAssertEqual(try resolver.election("local.cardiff.2027-05-06").nation, .wales)
        XCTAssertEqual(try resolver.election("local.glasgow-city.2027-05-06").nation, .scotland)
        XCTAssertEqual(try resolver.election("local.belfast.2027-05-06").nation, .northernIreland)
        XCTAssertEqual(try resolver.election("local.north-norfolk.2027-05-06").nation, .england)
        XCTAssertEqual(try resolver.election("naw.2016-05-05").kind, .senedd)
        XCTAssertEqual(try resolver.election("mayor.london.2024-05-02").kind, .greaterLondon)
        XCTAssertEqual(try resolver.election("local.city-of-london.2025-03-20").kind, .cityOfLondon)
        XCTAssertEqual(try resolver.election("parl.2024-07-04").kind, .ukParliamentGeneral)
        XCTAssertNil(try resolver.election("parl.2024-07-04").nation)
        XCTAssertThrowsError(try resolver.election("local.2026-05-07")) { XCTAssertEqual($0 as? PollResolver.Failure, .ambiguousNation("local.2026-05-07")) }
        XCTAssertThrowsError(try resolver.election("parl.rochdale.by.2024-02-29"))
        let scottish = PollResolver(councilNations: [:], country: .scotland)
        XCTAssertEqual(try scottish.election("parl.rutherglen.by.2023-10-05").kind, .ukParliamentByElection)
        XCTAssertEqual(try scottish.election("local.2022-05-05").nation, .scotland)
    }
}
