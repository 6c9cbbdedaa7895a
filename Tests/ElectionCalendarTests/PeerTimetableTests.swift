import XCTest
@testable import ElectionCalendar

/// Differential tests against Democracy Club's uk-election-timetables 5.0.2 (the peer): every Thursday
/// 2013–2028, every kind of poll and nation it computes (`Fixtures/peer-timetables.csv`, generated once by
/// `Fixtures/generate-peer-fixtures.py`). The only differences allowed are where the law says otherwise:
/// UK Parliament general elections count bank holidays in any part of the UK (RPA 1983 Sch 1 r.2).
final class PeerTimetableTests: XCTestCase {
    static let fields: [Timetable.Event] = [
        .noticeOfElectionDeadline, .closeOfNominations, .sopnPublishDeadline,
        .registrationDeadline, .postalVoteApplicationDeadline, .vacApplicationDeadline,
    ]

    struct Comparison {
        var rows = 0, agreeing = 0, noVACInNorthernIreland = 0
        var lawDiffers: [String] = []
        var mismatches: [String] = []
    }

    static let comparison = Result { try PeerTimetableTests.compute() }

    func compareAll() throws -> Comparison { try Self.comparison.get() }

    static func compute() throws -> Comparison {
        var result = Comparison()
        let resolverCache = PollResolver(councils: CalendarData.embedded.councils, country: nil)
        for row in try Fixture.rows("peer-timetables.csv") {
            let id = row[0], country = row[1].isEmpty ? nil : Nation(argument: row[1])
            let resolver = PollResolver(councils: resolverCache.councils, country: country)
            let election = try resolver.election(id)
            let timetable = election.timetable(in: Fixture.calendars)
            result.rows += 1
            var differences: [String] = []
            for (index, event) in Self.fields.enumerated() {
                let peer = row[2 + index]
                let ours = timetable[event]?.iso ?? ""
                if event == .vacApplicationDeadline && election.nation == .northernIreland {
                    // The law differs: no Voter Authority Certificate in Northern Ireland.
                    if ours.isEmpty { result.noVACInNorthernIreland += 1 } else { differences.append("NI VAC \(ours)") }
                    continue
                }
                if peer != ours { differences.append("\(event.rawValue): peer \(peer), ours \(ours)") }
            }
            if differences.isEmpty {
                result.agreeing += 1
            } else if election.kind == .ukParliamentGeneral {
                result.lawDiffers.append("\(id) [\(row[1])] " + differences.joined(separator: "; "))
            } else {
                result.mismatches.append("\(id) [\(row[1])] " + differences.joined(separator: "; "))
            }
        }
        return result
    }

    func testEveryNonGeneralElectionAgreesWithThePeer() throws {
        let result = try compareAll()
        XCTAssertGreaterThan(result.rows, 20_000, "the fixture covers 835 Thursdays × 24 kinds and nations")
        XCTAssertGreaterThan(result.noVACInNorthernIreland, 2_000, "NI local, Assembly, by-election and referendum rows")
        XCTAssertEqual(result.mismatches, [], "local, mayoral, PCC, GLA, Senedd, Holyrood, NI, City of London, by-elections and referendums must match the peer exactly")
    }

    /// A general election differs from the peer only when a bank holiday of another part of the UK falls in the
    /// counted days. Counting back, that makes our date earlier (more days skipped); counting forward (the
    /// statement of persons nominated, one working day after nominations close) it can make it later.
    func testGeneralElectionDifferencesAreOnlyOtherNationsHolidays() throws {
        let result = try compareAll()
        let unionCalendar = Fixture.calendars[.unitedKingdom]
        for row in try Fixture.rows("peer-timetables.csv") where row[0].hasPrefix("parl.20") || row[0].hasPrefix("parl.example.20") {
            let election = try PollResolver(councilNations: [:], country: nil).election(row[0])
            let timetable = election.timetable(in: Fixture.calendars)
            for (index, event) in Self.fields.enumerated() where event != .registrationDeadline {
                guard let peer = CivilDate(iso: row[2 + index]), let ours = timetable[event] else { continue }
                if event != .sopnPublishDeadline { XCTAssertLessThanOrEqual(ours, peer, "\(row[0]) \(event)") }
                if ours != peer {
                    // Some day between the earlier date and polling day is another nation's holiday.
                    var day = min(ours, peer)
                    var found = false
                    while day <= election.pollDate {
                        let nations: [CalendarKind] = [.englandAndWales, .scotland, .northernIreland]
                        if !unionCalendar.isWorkingDay(day) && nations.contains(where: { Fixture.calendars[$0].isWorkingDay(day) }) { found = true }
                        day = day.adding(days: 1)
                    }
                    XCTAssertTrue(found, "\(row[0]) \(event): ours \(ours) before peer \(peer) without another nation's holiday")
                }
            }
        }
        print("peer: \(result.rows) rows, \(result.agreeing) agree exactly, \(result.lawDiffers.count) general-election rows differ by law, \(result.noVACInNorthernIreland) NI rows without a VAC")
        XCTAssertGreaterThan(result.lawDiffers.count, 0, "some general elections do span another nation's holiday")
        XCTAssertLessThan(result.lawDiffers.count, result.rows / 20)
    }
}
