import XCTest
@testable import ElectionCalendar

/// Dates published by the Electoral Commission, the LGA, returning officers and Parliament for real polls:
/// the final word.
final class PublishedDatesTests: XCTestCase {
    let resolver = PollResolver(councilNations: CalendarData.embedded.councilNations, country: nil)

    func timetable(_ id: String, country: Nation? = nil) throws -> Timetable {
        try PollResolver(councilNations: CalendarData.embedded.councilNations, country: country).election(id).timetable(in: Fixture.calendars)
    }

    func period(_ ids: [String], country: Nation? = nil, options: PeriodOptions = PeriodOptions()) throws -> [PreElectionPeriod] {
        let resolver = PollResolver(councilNations: CalendarData.embedded.councilNations, country: country)
        let periods = try ids.map { try PeriodPlanner.period(for: resolver.election($0), calendars: Fixture.calendars, options: options) }
        return PeriodPlanner.merge(periods)
    }

    func testEnglishLocalElections7May2026StartOn30March() throws {
        // LGA and councils: the pre-election period for 7 May 2026 starts at the latest on Monday 30 March 2026.
        let periods = try period(["local.2026-05-07"], country: .england)
        XCTAssertEqual(periods.map(\.start.iso), ["2026-03-30"])
        XCTAssertEqual(periods.first?.end.iso, "2026-05-07")
        XCTAssertTrue(periods.first?.basis.contains("latest date for the notice of election") ?? false)
    }

    func testMayoralPCCAndGLAFor2May2024() throws {
        // Electoral Commission timetable: notice by 26 March 2024 for mayors and PCCs; by 19 March 2024 for the GLA (30 days).
        XCTAssertEqual(try timetable("mayor.west-midlands.2024-05-02")[.noticeOfElectionDeadline]?.iso, "2024-03-26")
        XCTAssertEqual(try timetable("pcc.avon-and-somerset.2024-05-02")[.noticeOfElectionDeadline]?.iso, "2024-03-26")
        XCTAssertEqual(try timetable("gla.c.2024-05-02")[.noticeOfElectionDeadline]?.iso, "2024-03-19")
        XCTAssertEqual(try timetable("mayor.london.2024-05-02")[.noticeOfElectionDeadline]?.iso, "2024-03-19")
        // Combined polls in London merge into one period that starts with the GLA's earlier notice.
        let london = try period(["local.barnet.2024-05-02", "gla.c.2024-05-02", "mayor.london.2024-05-02"])
        XCTAssertEqual(london.count, 1)
        XCTAssertEqual(london.first?.start.iso, "2024-03-19")
        XCTAssertEqual(london.first?.elections.count, 3)
    }

    func testScottishParliament7May2026StartsOn16March() throws {
        // Councils' guidance: "pre-election period 16 March to 7 May" 2026 — the earliest notice, 35 working days.
        let periods = try period(["sp.2026-05-07"])
        XCTAssertEqual(periods.first?.start.iso, "2026-03-16")
        XCTAssertEqual(try timetable("sp.c.2026-05-07")[.earliestNoticeOfElection]?.iso, "2026-03-16")
    }

    func testGeneralElection4July2024() throws {
        // Parliament dissolved 30 May 2024; writ received 31 May; notices by 4 June (Tower Hamlets, East
        // Dunbartonshire); nominations closed 7 June; registration 18 June; postal votes 19 June; VAC 26 June.
        let t = try timetable("parl.2024-07-04")
        XCTAssertEqual(t[.dissolution]?.iso, "2024-05-30")
        XCTAssertEqual(t[.noticeOfElectionDeadline]?.iso, "2024-06-04")
        XCTAssertEqual(t[.closeOfNominations]?.iso, "2024-06-07")
        XCTAssertEqual(t[.registrationDeadline]?.iso, "2024-06-18")
        XCTAssertEqual(t[.postalVoteApplicationDeadline]?.iso, "2024-06-19")
        XCTAssertEqual(t[.vacApplicationDeadline]?.iso, "2024-06-26")
        XCTAssertEqual(try period(["parl.2024-07-04"]).first?.start.iso, "2024-05-30", "default start: dissolution")
        let atNotice = try period(["parl.2024-07-04"], options: PeriodOptions(generalElectionStart: .notice))
        XCTAssertEqual(atNotice.first?.start.iso, "2024-06-04")
        let cabinetOffice = try period(["parl.2024-07-04"], options: PeriodOptions(generalElectionStart: .date(Fixture.date("2024-05-25"))))
        XCTAssertEqual(cabinetOffice.first?.start.iso, "2024-05-25", "the civil service period began at 00:01 on 25 May 2024")
    }

    func testGeneralElection12December2019CountsStAndrewsDaySubstituteEverywhere() throws {
        // Parliament dissolved 6 November 2019. Nominations closed 14 November (West Norfolk, in England), postal
        // applications 26 November (GB) and 21 November (Northern Ireland), registration 26 November. The
        // 14 November and postal dates are only reached by skipping Scotland's 2 December holiday: the law's
        // UK-wide calendar (RPA 1983 Sch 1 r.2), where the peer gives 15 and 27 November for England.
        let england = try timetable("parl.north-west-norfolk.2019-12-12", country: .england)
        XCTAssertEqual(england[.dissolution]?.iso, "2019-11-06")
        XCTAssertEqual(england[.closeOfNominations]?.iso, "2019-11-14")
        XCTAssertEqual(england[.postalVoteApplicationDeadline]?.iso, "2019-11-26")
        XCTAssertEqual(england[.registrationDeadline]?.iso, "2019-11-26")
        let ni = try timetable("parl.belfast-east.2019-12-12", country: .northernIreland)
        XCTAssertEqual(ni[.postalVoteApplicationDeadline]?.iso, "2019-11-21")
        XCTAssertEqual(try timetable("parl.2019-12-12")[.registrationDeadline]?.iso, "2019-11-26")
    }

    func testEarlierGeneralElectionDissolutions() throws {
        // Parliament was dissolved on 30 March 2015 and 3 May 2017.
        XCTAssertEqual(try timetable("parl.2015-05-07")[.dissolution]?.iso, "2015-03-30")
        XCTAssertEqual(try timetable("parl.2017-06-08")[.dissolution]?.iso, "2017-05-03")
    }

    func testEUReferendumPeriodRan27MayTo23June2016() throws {
        let periods = try period(["ref.2016-06-23"], country: .england)
        XCTAssertEqual(periods.first?.start.iso, "2016-05-27")
        XCTAssertEqual(periods.first?.end.iso, "2016-06-23")
        XCTAssertEqual(periods.first?.length, 28)
    }

    func testWelshLocalElections2027() throws {
        // 6 May 2027: Easter Monday 29 March and the early May holiday 3 May are skipped.
        let periods = try period(["local.cardiff.2027-05-06"])
        XCTAssertEqual(periods.first?.nation, .wales)
        XCTAssertEqual(periods.first?.start.iso, "2027-03-31")
    }

    func testNorthernIrelandCouncilElections18May2023() throws {
        // NI counts St Patrick's Day, Good Friday, Easter Monday, 1 and 8 May 2023 as non-working.
        // Electoral Commission timetable: notice not later than 11 April; nominations close 24 April; postal
        // and proxy applications 5pm 26 April; registration 28 April. (The Commission gives the statement of
        // persons nominated as 24 April "if no objections"; the statutory latest, as the peer has it, is 25 April.)
        let t = try timetable("local.belfast.2023-05-18")
        XCTAssertEqual(t[.noticeOfElectionDeadline]?.iso, "2023-04-11")
        XCTAssertEqual(t[.closeOfNominations]?.iso, "2023-04-24")
        XCTAssertEqual(t[.postalVoteApplicationDeadline]?.iso, "2023-04-26")
        XCTAssertEqual(t[.registrationDeadline]?.iso, "2023-04-28")
        XCTAssertNil(t[.vacApplicationDeadline], "no Voter Authority Certificate in Northern Ireland")
    }
}
