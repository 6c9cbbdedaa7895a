import ElectionCalendar

/// Checks council events against pre-election periods: each occurrence touching a period is a conflict
/// unless its title marks formal council business, and every conflict gets the nearest safe dates.
///
/// Code of Recommended Practice on Local Authority Publicity 2011, para 34, and the LGA short guide: events
/// and openings generally should not happen in the period; council business continues. Suggestions skip
/// weekends, the given non-working days (bank holidays) and every period, not only the one touched.
public struct ConflictChecker: Sendable {
    /// The periods, sorted by start.
    public var periods: [PreElectionPeriod]
    /// Bank holidays and other days that are not working days (weekends are always skipped).
    public var nonWorkingDays: Set<CivilDate>
    /// How titles are classified.
    public var keywords: KeywordRules
    /// No suggestion earlier than this (today, so a clerk is never told to move an event into the past).
    public var earliestSuggestion: CivilDate?
    /// How far before or after a period to look for a safe date.
    public static let searchDays = 366

    /// Creates a checker.
    public init(periods: [PreElectionPeriod], nonWorkingDays: Set<CivilDate>, keywords: KeywordRules = .standard,
                earliestSuggestion: CivilDate? = nil) {
        self.periods = periods.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        self.nonWorkingDays = nonWorkingDays
        self.keywords = keywords
        self.earliestSuggestion = earliestSuggestion
    }

    /// Checks every occurrence, in the given order.
    public func check(_ occurrences: [EventOccurrence]) -> [CheckedEvent] {
        var classified: [String: KeywordRules.Classification] = [:]
        var suggested: [SuggestionKey: [CivilDate]] = [:]
        return occurrences.map { occurrence in
            let touched = periods.filter { $0.overlaps(from: occurrence.start, to: occurrence.end) }
            guard let first = touched.first, let last = touched.last else {
                return CheckedEvent(occurrence: occurrence, status: .clear, periods: [], suggestions: [],
                                    reason: "outside every pre-election period")
            }
            let classification: KeywordRules.Classification
            if let known = classified[occurrence.title] {
                classification = known
            } else {
                classification = keywords.classify(occurrence.title)
                classified[occurrence.title] = classification
            }
            switch classification {
            case .formalBusiness(let phrase):
                return CheckedEvent(occurrence: occurrence, status: .permitted, periods: touched, suggestions: [],
                                    reason: "formal council business ('\(phrase)' in the title), which may continue")
            case .publicity, .unrecognised:
                let key = SuggestionKey(start: first.start, end: last.end, length: occurrence.lengthInDays)
                let dates: [CivilDate]
                if let known = suggested[key] {
                    dates = known
                } else {
                    dates = suggestions(before: first.start, after: last.end, length: occurrence.lengthInDays)
                    suggested[key] = dates
                }
                let reason: String
                if case .publicity(let phrase) = classification {
                    reason = "publicity ('\(phrase)' in the title)"
                } else {
                    reason = "not recognised as formal council business"
                }
                return CheckedEvent(occurrence: occurrence, status: .conflict, periods: touched, suggestions: dates, reason: reason)
            }
        }
    }

    /// Checks one occurrence.
    public func check(_ occurrence: EventOccurrence) -> CheckedEvent {
        check([occurrence])[0]  // safe: check returns one result per input
    }

    private struct SuggestionKey: Hashable {
        var start: CivilDate
        var end: CivilDate
        var length: Int
    }

    /// The latest safe start before `before` and the earliest after `after`, for an event `length` days long.
    public func suggestions(before: CivilDate, after: CivilDate, length: Int) -> [CivilDate] {
        var result: [CivilDate] = []
        var day = before.adding(days: -max(1, length))
        for _ in 0..<ConflictChecker.searchDays {
            if let earliest = earliestSuggestion, day < earliest { break }
            if isSafeStart(day, length: length) { result.append(day); break }
            day = day.adding(days: -1)
        }
        day = after.adding(days: 1)
        if let earliest = earliestSuggestion, day < earliest { day = earliest }
        for _ in 0..<ConflictChecker.searchDays {
            if isSafeStart(day, length: length) { result.append(day); break }
            day = day.adding(days: 1)
        }
        return result
    }

    /// A working day whose whole span (`length` days) shares no day with any period.
    public func isSafeStart(_ day: CivilDate, length: Int) -> Bool {
        if day.weekday.isWeekend || nonWorkingDays.contains(day) { return false }
        let end = day.adding(days: max(1, length) - 1)
        return !periods.contains { $0.overlaps(from: day, to: end) }
    }
}
