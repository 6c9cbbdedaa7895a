import XCTest
@testable import ElectionCalendar

/// The embedded list of UK principal councils: complete, with Democracy Club's slugs, nations and London.
final class CouncilRegisterTests: XCTestCase {
    let register = CalendarData.embedded.councils

    func testEveryCurrentPrincipalCouncilIsListedWithItsNation() {
        let current = register.councils.filter { $0.ended == nil }
        var byNation: [Nation: Int] = [:]
        for council in current { byNation[council.nation, default: 0] += 1 }
        XCTAssertEqual(byNation, [.england: 317, .scotland: 32, .wales: 22, .northernIreland: 11])
        XCTAssertEqual(current.filter(\.isLondon).count, 33, "32 London boroughs and the City")
        // Unitary councils created by reorganisation (2020–2023).
        for slug in ["buckinghamshire", "north-northamptonshire", "west-northamptonshire", "cumberland", "westmorland-and-furness", "north-yorkshire", "somerset"] {
            XCTAssertEqual(register.council(slug: slug)?.nation, .england, slug)
            XCTAssertNil(register.council(slug: slug)?.ended, slug)
        }
        XCTAssertNotNil(register.council(slug: "allerdale")?.ended, "an abolished district still resolves for old ids")
    }

    func testDemocracyClubSlugsAndAliases() {
        XCTAssertEqual(register.council(slug: "city-of-edinburgh")?.slug, "edinburgh")
        XCTAssertEqual(register.council(slug: "glasgow-city")?.nation, .scotland)
        XCTAssertEqual(register.council(slug: "rhondda-cynon-taff")?.nation, .wales)
        XCTAssertEqual(register.council(slug: "armagh-city-banbridge-and-craigavon")?.nation, .northernIreland)
        XCTAssertEqual(register.council(slug: "Barnet")?.isLondon, true)
        XCTAssertEqual(register.council(slug: "city-of-london")?.isLondon, true)
        XCTAssertEqual(register.council(slug: "north-norfolk")?.isLondon, false)
        XCTAssertEqual(register.council(named: "London Borough of Camden")?.slug, "camden")
        XCTAssertEqual(register.council(named: "Royal Borough of Kingston upon Thames")?.isLondon, true)
        XCTAssertEqual(register.council(named: "North Norfolk District Council")?.slug, "north-norfolk")
        XCTAssertNil(register.council(named: "Exampleton Borough Council"))
    }

    func testSuggestionsForTyposAndLongNames() {
        XCTAssertEqual(register.suggestion(for: "edinbrugh")?.slug, "edinburgh")
        XCTAssertEqual(register.suggestion(for: "cardif")?.slug, "cardiff")
        XCTAssertEqual(register.suggestion(for: "glasgow-city-council")?.slug, "glasgow")
        XCTAssertNil(register.suggestion(for: "zzzzzzzz"))
        XCTAssertEqual(CouncilRegister.editDistance(Array("edinbrugh".utf8), Array("edinburgh".utf8), limit: 3), 1)
        XCTAssertEqual(CouncilRegister.slug("King's Lynn & West Norfolk"), "kings-lynn-and-west-norfolk")
    }

    func testUnknownCouncilIsNotAssumedEnglish() {
        let resolver = PollResolver(councils: register, country: nil)
        XCTAssertThrowsError(try resolver.election("local.edinbrugh.2027-05-06")) { error in
            XCTAssertEqual((error as? PollResolver.Failure)?.message.hasPrefix("unknown council 'edinbrugh' — did you mean 'edinburgh' (Scotland)? A new council: give --country"), true, "\(error)")
        }
        let given = PollResolver(councils: register, country: .wales)
        XCTAssertEqual(try given.election("local.new-town.2027-05-06").nation, .wales)
        XCTAssertEqual(given.unknownCouncil(try ElectionID("local.new-town.2027-05-06")), "new-town")
        XCTAssertNil(given.unknownCouncil(try ElectionID("local.cardiff.2027-05-06")))
    }

    func testOlderCouncilFileFormatIsStillRead() throws {
        let old = #"{"wales": ["cardiff"], "scotland": ["glasgow-city"]}"#
        let councils = try CalendarData.parseCouncils(Array(old.utf8))
        XCTAssertEqual(councils.council(slug: "glasgow-city")?.nation, .scotland)
        XCTAssertThrowsError(try CalendarData.parseCouncils(Array(#"{"councils": [{"slug": "x"}]}"#.utf8)))
    }
}
