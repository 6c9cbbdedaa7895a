import XCTest
@testable import ElectionCalendar

/// The rules must reproduce GOV.UK's published bank holidays for every year the data covers, and agree with
/// the `holidays` package (PyPI) for the years outside it, so that rule-computed dates can be trusted.
final class BankHolidayRulesTests: XCTestCase {
    let data = CalendarData.embedded.holidays

    func testRulesReproduceTheGovUKDataForEveryCoveredYear() throws {
        for nation in [Nation.england, .scotland, .northernIreland] {
            let covered = try XCTUnwrap(data.coverage[nation])
            XCTAssertEqual(covered, 2012...2028)
            for year in covered {
                let published = data.holidays(year: year, nation: nation).map(\.date)
                let ruled = BankHolidayRules.holidays(year: year, nation: nation).map(\.date)
                XCTAssertEqual(ruled, published, "\(nation) \(year)")
            }
        }
    }

    func testWithoutOneOffsTheRulesDifferOnlyOnTheListedOneOffDays() {
        var differing = Set<CivilDate>()
        for nation in [Nation.england, .scotland, .northernIreland] {
            for year in 2012...2028 {
                let published = Set(data.holidays(year: year, nation: nation).map(\.date))
                let plain = Set(BankHolidayRules.holidays(year: year, nation: nation, includingOneOffs: false).map(\.date))
                differing.formUnion(published.symmetricDifference(plain))
            }
        }
        let listed = Set(BankHolidayRules.oneOffs.filter { (2012...2028).contains($0.date.year) }.flatMap { [$0.date] + ($0.replaces.map { [$0] } ?? []) })
        XCTAssertEqual(differing, listed)
        XCTAssertTrue(differing.contains(Fixture.date("2022-09-19")), "the State Funeral")
        XCTAssertTrue(differing.contains(Fixture.date("2023-05-08")), "the Coronation")
        XCTAssertTrue(differing.contains(Fixture.date("2026-06-15")), "Scotland's World Cup holiday")
    }

    func testRulesAgreeWithTheHolidaysPackageOutsideTheData() throws {
        // The one known difference: the package lists St Andrew's Day 2006, but it became a Scottish bank
        // holiday with the St Andrew's Day Bank Holiday (Scotland) Act 2007 (Royal Assent 15 January 2007).
        let lawDiffers: Set<CivilDate> = [Fixture.date("2006-11-30")]
        var expected: [Nation: Set<CivilDate>] = [:]
        for row in try Fixture.rows("holidays-by-rule.csv") where !lawDiffers.contains(Fixture.date(row[1])) {
            let nation = try XCTUnwrap(Nation(argument: row[0]))
            expected[nation == .wales ? .england : nation, default: []].insert(Fixture.date(row[1]))
        }
        var years = 0
        for (nation, dates) in expected {
            for year in Array(1978...2011) + Array(2029...2100) {
                let want = dates.filter { $0.year == year }
                let got = Set(BankHolidayRules.holidays(year: year, nation: nation).map(\.date))
                XCTAssertEqual(got, want, "\(nation) \(year): extra \(got.subtracting(want).sorted()), missing \(want.subtracting(got).sorted())")
                years += 1
            }
        }
        XCTAssertEqual(years, 3 * 106)
    }

    func testSubstituteDaysChainAsGovUKListsThem() {
        // 2022: Christmas Day on a Sunday — Boxing Day keeps Monday 26th, Christmas moves to Tuesday 27th.
        let england2022 = BankHolidayRules.holidays(year: 2022, nation: .england).filter { $0.date.month == 12 }
        XCTAssertEqual(england2022.map(\.date.iso), ["2022-12-26", "2022-12-27"])
        XCTAssertEqual(england2022.last?.title, "Christmas Day")
        XCTAssertEqual(england2022.last?.isSubstitute, true)
        // 2033: New Year's Day on a Saturday — Monday 3rd and, in Scotland, 2 January on Tuesday 4th.
        let scotland2033 = BankHolidayRules.holidays(year: 2033, nation: .scotland).prefix(2)
        XCTAssertEqual(scotland2033.map(\.date.iso), ["2033-01-03", "2033-01-04"])
        // St Patrick's Day 2029 is a Saturday: Monday 19 March in Northern Ireland.
        XCTAssertTrue(BankHolidayRules.holidays(year: 2029, nation: .northernIreland).contains { $0.date.iso == "2029-03-19" && $0.isSubstitute })
    }

    func testEasterSundays() {
        let known = ["2016": "2016-03-27", "2024": "2024-03-31", "2025": "2025-04-20", "2026": "2026-04-05",
                     "2027": "2027-03-28", "2038": "2038-04-25", "2285": "2285-03-22"]
        for (year, easter) in known {
            XCTAssertEqual(BankHolidayRules.easterSunday(year: Int(year) ?? 0).iso, easter)
        }
    }

    func testYearsOutsideTheDataAreMarkedAsRuleComputed() {
        XCTAssertTrue(data.holidays(year: 2029, nation: .england).allSatisfy { $0.source == .rule })
        XCTAssertTrue(data.holidays(year: 2027, nation: .england).allSatisfy { $0.source == .data })
        XCTAssertFalse(data.isCovered(year: 2029, nation: .wales))
    }
}
