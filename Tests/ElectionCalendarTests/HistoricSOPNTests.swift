import XCTest
@testable import ElectionCalendar

/// A sanity check against reality: Democracy Club's observations of when ~1,000 statements of persons
/// nominated were actually published (`../shared/data`, copied as a fixture). A statement is published on
/// or just before its statutory deadline, so our deadline should fall on the observed day or a day or two
/// after it — never before it.
final class HistoricSOPNTests: XCTestCase {
    func testDeadlinesFallOnOrJustAfterObservedPublication() throws {
        let lines = try Fixture.text("democracyclub-historic-sopn-dates.csv").split(separator: "\n").dropFirst()
        var checked = 0, onOrAfter = 0, withinTwoWorkingDays = 0
        var before: [String] = []
        for line in lines where !line.hasPrefix("--") {
            let fields = line.split(separator: ",").map(String.init)
            guard fields.count >= 5, let observed = CivilDate(iso: fields[4]) else { continue }
            let geo = fields[1]
            let nation: Nation? = geo.contains(":S") || geo.hasPrefix("gss:S") ? .scotland
                : geo.contains(":W") || geo.hasPrefix("gss:W") ? .wales
                : geo.contains(":N") || geo.hasPrefix("osni") ? .northernIreland : (geo.contains(":E") ? .england : nil)
            guard let election = try? PollResolver(councilNations: [:], country: nation).election(fields[0]),
                  let deadline = election.timetable(in: Fixture.calendars)[.sopnPublishDeadline] else { continue }
            checked += 1
            if deadline >= observed { onOrAfter += 1 } else { before.append("\(fields[0]) \(geo): observed \(observed), deadline \(deadline)") }
            let calendar = Fixture.calendars[.unitedKingdom]
            if deadline >= observed && calendar.workingDays(after: observed, through: deadline) <= 2 { withinTwoWorkingDays += 1 }
        }
        print("historic SOPN: \(checked) checked, \(onOrAfter) on or after observation, \(withinTwoWorkingDays) within two working days")
        XCTAssertGreaterThan(checked, 900)
        XCTAssertEqual(before, [], "no statement can be published after its deadline")
        XCTAssertGreaterThan(Double(withinTwoWorkingDays) / Double(checked), 0.95, "\(withinTwoWorkingDays) of \(checked)")
    }
}
