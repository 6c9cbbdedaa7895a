/// Turns polls into pre-election periods (the safer default where practice varies): the actual notice date when known, else the
/// kind's default start; the end on polling day or declaration day; and overlapping or touching periods of
/// different polls merged into one period that names every poll, the earliest start winning (§3.1).
public enum PeriodPlanner {
    /// The period of one poll; pass its `timetable` if it is already computed.
    public static func period(for election: any Election, calendars: CalendarSet, options: PeriodOptions, timetable: Timetable? = nil) -> PreElectionPeriod {
        let start: PeriodStart
        if let notice = options.notices[election.id.raw] {
            start = PeriodStart(date: notice, basis: "notice of election published on \(notice.british) (given by the user)")
        } else {
            start = election.defaultPeriodStart(timetable: timetable ?? election.timetable(in: calendars), in: calendars, options: options)
        }
        let end: CivilDate
        let endBasis: String
        switch options.end {
        case .poll:
            end = election.pollDate
            endBasis = "ends on polling day at the close of poll (10pm)"
        case .declaration:
            end = election.pollDate.adding(days: 1)
            endBasis = "ends on declaration day, the day after polling day (--until declaration)"
        case .date(let date):
            end = max(date, election.pollDate)
            endBasis = "ends on \(end.british) (--until)"
        }
        return PreElectionPeriod(start: start.date, end: end, elections: [election.id.raw],
                                 basis: "starts on the \(start.basis); \(endBasis)", nation: election.nation, kinds: [election.kind])
    }

    /// Merges periods that overlap or touch (one ends the day before the other starts), sorted by start.
    /// A merged period's basis is its earliest poll's, and says which polls it combines.
    public static func merge(_ periods: [PreElectionPeriod]) -> [PreElectionPeriod] {
        let sorted = periods.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var merged: [PreElectionPeriod] = []
        var namesInLast = Set<String>()
        for period in sorted {
            let lastIndex = merged.count - 1
            if lastIndex >= 0, period.start.dayNumber <= merged[lastIndex].end.dayNumber + 1 {
                // Mutate in place: copying the growing period out and back would copy its lists each time.
                for (index, id) in period.elections.enumerated() where namesInLast.insert(id).inserted {
                    merged[lastIndex].elections.append(id)
                    if index < period.kinds.count { merged[lastIndex].kinds.append(period.kinds[index]) }
                }
                merged[lastIndex].end = max(merged[lastIndex].end, period.end)
                if merged[lastIndex].nation != period.nation { merged[lastIndex].nation = nil }
            } else {
                merged.append(period)
                namesInLast = Set(period.elections)
            }
        }
        return merged.map { period in
            guard period.elections.count > 1, !period.basis.hasPrefix("combined") else { return period }
            var combined = period
            combined.basis = "combined period of \(period.elections.count) polls, " + period.basis
            return combined
        }
    }
}
