/// The ordinary polls expected after the last year in `scheduled-polls.json`, by each body's statutory
/// cycle, so a period is never missed because the data file was not updated. Projected polls are marked
/// (`ScheduledPoll.isProjected`) and shown as "expected".
public enum PollProjection {
    /// One fixed cycle of ordinary polls in one nation.
    public struct Cycle: Sendable {
        /// The nation the polls are held in.
        public var nation: Nation
        /// Democracy Club id prefixes of the polls (the date is appended), e.g. `["sp"]`.
        public var prefixes: [String]
        /// A year in the cycle.
        public var anchorYear: Int
        /// Years between ordinary polls.
        public var interval: Int
        /// What is elected, and the law that fixes the cycle.
        public var description: String
        /// True for polls only Greater London has (GLA, Mayor of London).
        public var londonOnly: Bool
    }

    /// How many years past the data the cycles are projected: the law that fixes them can change, so
    /// beyond this the reports say that no poll data or projection covers the dates.
    public static let horizonYears = 20

    /// The cycles, as the law stands. Ordinary polling day for all of them is the first Thursday in May
    /// (Representation of the People Act 1983 s37 for local government; each Act below for its body).
    public static let cycles: [Cycle] = [
        Cycle(nation: .england, prefixes: ["local"], anchorYear: 2027, interval: 1,
              description: "English local elections (councils elect all-out every four years or by halves or thirds: Local Government Act 1972 s7; polling day: Representation of the People Act 1983 s37)", londonOnly: false),
        Cycle(nation: .england, prefixes: ["mayor"], anchorYear: 2028, interval: 4,
              description: "combined-authority mayors (four-year terms: Local Democracy, Economic Development and Construction Act 2009 s107B)", londonOnly: false),
        Cycle(nation: .england, prefixes: ["mayor.london", "gla.c", "gla.a"], anchorYear: 2028, interval: 4,
              description: "Mayor of London and London Assembly elections (Greater London only; every four years: Greater London Authority Act 1999 s3)", londonOnly: true),
        Cycle(nation: .wales, prefixes: ["local"], anchorYear: 2027, interval: 5,
              description: "Welsh county, county borough and community council elections (five-year terms: Local Government and Elections (Wales) Act 2021)", londonOnly: false),
        Cycle(nation: .wales, prefixes: ["senedd"], anchorYear: 2030, interval: 4,
              description: "Senedd election (four-year terms: Government of Wales Act 2006 s3 as amended by the Senedd Cymru (Members and Elections) Act 2024)", londonOnly: false),
        Cycle(nation: .scotland, prefixes: ["local"], anchorYear: 2027, interval: 5,
              description: "Scottish council elections (five-year terms: Scottish Elections (Reform) Act 2020)", londonOnly: false),
        Cycle(nation: .scotland, prefixes: ["sp"], anchorYear: 2031, interval: 5,
              description: "Scottish Parliament election (five-year terms: Scotland Act 1998 s2 as amended by the Scottish Elections (Reform) Act 2020)", londonOnly: false),
        Cycle(nation: .northernIreland, prefixes: ["nia"], anchorYear: 2027, interval: 5,
              description: "Northern Ireland Assembly election (five-year terms: Northern Ireland Act 1998 s31)", londonOnly: false),
        Cycle(nation: .northernIreland, prefixes: ["local"], anchorYear: 2031, interval: 4,
              description: "Northern Ireland council elections (four-year terms: Local Government Act (Northern Ireland) 1972 s11)", londonOnly: false),
    ]

    /// The first Thursday in May of `year`, the ordinary day of local elections (RPA 1983 s37).
    public static func firstThursdayInMay(_ year: Int) -> CivilDate {
        let first = CivilDate(dayNumber: CivilDate.dayNumber(year: year, month: 5, day: 1))
        let weekday = CivilDate.weekday(ofDayNumber: first.dayNumber)  // 1 = Monday … 7 = Sunday
        return first.adding(days: (4 - weekday + 7) % 7)
    }

    /// The last year any projection reaches, given the data's polls.
    public static func lastProjectedYear(after scheduled: [ScheduledPoll]) -> Int {
        (scheduled.map(\.date.year).max() ?? 2026) + horizonYears
    }

    /// Polls expected in `years` that the data does not hold: for each nation, only years after its last
    /// scheduled poll, and never past `lastProjectedYear`. Polls of one nation and day share an entry,
    /// except London-only ones, which keep their own so they can be left out for councils outside London.
    public static func polls(in years: ClosedRange<Int>, after scheduled: [ScheduledPoll]) -> [ScheduledPoll] {
        let limit = lastProjectedYear(after: scheduled)
        var out: [ScheduledPoll] = []
        for nation in Nation.allCases {
            let lastData = scheduled.filter { $0.nation == nation }.map(\.date.year).max() ?? 2026
            let first = max(years.lowerBound, lastData + 1)
            let last = min(years.upperBound, limit)
            guard first <= last else { continue }
            for year in first...last {
                let date = firstThursdayInMay(year)
                var shared: (ids: [String], words: [String]) = ([], [])
                for cycle in cycles where cycle.nation == nation && (year - cycle.anchorYear) % cycle.interval == 0 {
                    let ids = cycle.prefixes.map { "\($0).\(date.iso)" }
                    if cycle.londonOnly {
                        out.append(ScheduledPoll(date: date, nation: nation, elections: ids, description: cycle.description, isProjected: true))
                    } else {
                        shared.ids += ids
                        shared.words.append(cycle.description)
                    }
                }
                if !shared.ids.isEmpty {
                    out.append(ScheduledPoll(date: date, nation: nation, elections: shared.ids, description: shared.words.joined(separator: "; "), isProjected: true))
                }
            }
        }
        return out.sorted { $0.date < $1.date }
    }
}
