import ElectionCalendar

/// Checks council events against pre-election periods: each occurrence touching a period is a conflict when
/// its title marks publicity, permitted when it marks formal council business, clear when it is an internal
/// entry, and for review by hand otherwise; conflicts and reviews get the nearest safe dates.
///
/// Code of Recommended Practice on Local Authority Publicity 2011, para 34, and the LGA short guide: events
/// and openings generally should not happen in the period; council business continues. A suggestion keeps
/// the event's day of the week and time, avoids every period (not only the one touched), and stays clear
/// of the count and of a notice of election published before the latest legal day.
public struct ConflictChecker: Sendable {
    /// The periods, sorted by start.
    public var periods: [PreElectionPeriod]
    /// Bank holidays and other days that are not working days (weekends are always skipped).
    public var nonWorkingDays: Set<CivilDate>
    /// How titles are classified.
    public var keywords: KeywordRules
    /// No suggestion earlier than this (today, so a clerk is never told to move an event into the past).
    public var earliestSuggestion: CivilDate?
    /// Periods whose first day is known (the notice of election was given as published, or the start is
    /// fixed by law); every other period may start earlier, so suggestions keep `noticeMargin` before it.
    public var startsConfirmed: Set<PreElectionPeriod>
    /// How far before or after a period to look for a safe date.
    public static let searchDays = 366
    /// Working days kept free before a period whose start is only the latest legal day: returning officers
    /// often publish the notice of election some days early (the statute fixes only the latest date).
    public static let noticeMargin = 5

    /// Creates a checker.
    public init(periods: [PreElectionPeriod], nonWorkingDays: Set<CivilDate>, keywords: KeywordRules = .standard,
                earliestSuggestion: CivilDate? = nil, startsConfirmed: Set<PreElectionPeriod> = []) {
        self.periods = periods.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        self.nonWorkingDays = nonWorkingDays
        self.keywords = keywords
        self.earliestSuggestion = earliestSuggestion
        self.startsConfirmed = startsConfirmed
        guardedStarts = self.periods.map { period in
            startsConfirmed.contains(period) ? period.start : ConflictChecker.workingDays(ConflictChecker.noticeMargin, before: period.start, nonWorkingDays: nonWorkingDays)
        }
    }

    /// Each period's first day to keep clear when suggesting: its start, or `noticeMargin` working days earlier.
    private var guardedStarts: [CivilDate]

    /// Checks every occurrence, in the given order.
    public func check(_ occurrences: [EventOccurrence]) -> [CheckedEvent] {
        var classified: [String: KeywordRules.Classification] = [:]
        var suggested: [SuggestionKey: Suggestion] = [:]
        return occurrences.map { occurrence in
            let touchedIndices = periods.indices.filter { periods[$0].overlaps(from: occurrence.start, to: occurrence.end) }
            guard let first = touchedIndices.first, let last = touchedIndices.last else {
                return CheckedEvent(occurrence: occurrence, status: .clear, periods: [], suggestions: [],
                                    reason: "outside every pre-election period")
            }
            let touched = touchedIndices.map { periods[$0] }
            let classification: KeywordRules.Classification
            if let known = classified[occurrence.title] {
                classification = known
            } else {
                classification = keywords.classify(occurrence.title)
                classified[occurrence.title] = classification
            }
            let status: CheckedEvent.Status
            let reason: String
            switch classification {
            case .formalBusiness(let phrase):
                return CheckedEvent(occurrence: occurrence, status: .permitted, periods: touched, suggestions: [],
                                    reason: "formal council business ('\(phrase)' in the title), which may continue")
            case .administrative(let phrase):
                return CheckedEvent(occurrence: occurrence, status: .clear, periods: touched, suggestions: [],
                                    reason: "an internal entry ('\(phrase)' in the title), not publicity")
            case .publicity(let phrase):
                status = .conflict
                reason = "publicity ('\(phrase)' in the title)"
            case .unrecognised:
                status = .review
                reason = "not recognised as publicity or formal business"
            }
            let key = SuggestionKey(first: first, last: last, start: occurrence.start, length: occurrence.lengthInDays)
            let suggestion: Suggestion
            if let known = suggested[key] {
                suggestion = known
            } else {
                suggestion = suggest(first: first, last: last, start: occurrence.start, length: occurrence.lengthInDays)
                suggested[key] = suggestion
            }
            var result = CheckedEvent(occurrence: occurrence, status: status, periods: touched, suggestions: suggestion.dates, reason: reason)
            result.latestStartKeptClear = suggestion.latestStart
            result.countDaySkipped = suggestion.countDay
            return result
        }
    }

    /// Checks one occurrence.
    public func check(_ occurrence: EventOccurrence) -> CheckedEvent {
        check([occurrence])[0]  // safe: check returns one result per input
    }

    private struct SuggestionKey: Hashable {
        var first: Int
        var last: Int
        var start: CivilDate
        var length: Int
    }

    private struct Suggestion {
        var dates: [CivilDate]
        var latestStart: CivilDate?
        var countDay: CivilDate?
    }

    /// The latest safe start before `before` and the earliest after `after`, for an event starting on
    /// `start`'s weekday and `length` days long.
    public func suggestions(before: CivilDate, after: CivilDate, length: Int, weekday: Weekday) -> [CivilDate] {
        guard let first = periods.firstIndex(where: { $0.start == before }), let last = periods.lastIndex(where: { $0.end == after }) else { return [] }
        var start = before
        while start.weekday != weekday { start = start.adding(days: 1) }
        return suggest(first: first, last: last, start: start, length: length).dates
    }

    private func suggest(first: Int, last: Int, start: CivilDate, length: Int) -> Suggestion {
        let weekday = start.weekday
        let needsWorkingDay = isWorkingDay(start)
        var result = Suggestion(dates: [])
        // Before: the event's last day falls before the first period touched (or its margin).
        let guardStart = guardedStarts[first]
        if guardStart < periods[first].start { result.latestStart = periods[first].start }
        var day = guardStart.adding(days: -max(1, length))
        day = day.adding(days: -((day.weekday.rawValue - weekday.rawValue + 7) % 7))
        for _ in 0..<(ConflictChecker.searchDays / 7 + 1) {
            if let earliest = earliestSuggestion, day < earliest { break }
            if isSafeStart(day, length: length, needsWorkingDay: needsWorkingDay) { result.dates.append(day); break }
            day = day.adding(days: -7)
        }
        // After: the first day after the last period touched, and after the count when the period ends on
        // polling day (counts are often held the next day).
        var from = periods[last].end.adding(days: 1)
        if endsOnPollingDay(periods[last]) {
            let count = from
            var aligned = from
            while aligned.weekday != weekday { aligned = aligned.adding(days: 1) }
            if aligned <= count && count <= aligned.adding(days: max(1, length) - 1) { result.countDay = count }
            from = from.adding(days: 1)
        }
        if let earliest = earliestSuggestion, from < earliest { from = earliest }
        day = from.adding(days: (weekday.rawValue - from.weekday.rawValue + 7) % 7)
        for _ in 0..<(ConflictChecker.searchDays / 7 + 1) {
            if isSafeStart(day, length: length, needsWorkingDay: needsWorkingDay) { result.dates.append(day); break }
            day = day.adding(days: 7)
        }
        return result
    }

    /// True when some poll of the period is held on its last day (the period ends at the close of poll).
    func endsOnPollingDay(_ period: PreElectionPeriod) -> Bool {
        period.elections.contains { (try? ElectionID($0))?.pollDate == period.end }
    }

    /// Not a weekend, bank holiday or declared non-working day.
    public func isWorkingDay(_ day: CivilDate) -> Bool {
        !day.weekday.isWeekend && !nonWorkingDays.contains(day)
    }

    /// A start whose whole span (`length` days) shares no day with any period or the margin kept before
    /// it, and is a working day when `needsWorkingDay` (an event held on a working day stays on one).
    public func isSafeStart(_ day: CivilDate, length: Int, needsWorkingDay: Bool = true) -> Bool {
        if needsWorkingDay && !isWorkingDay(day) { return false }
        let end = day.adding(days: max(1, length) - 1)
        return !periods.indices.contains { guardedStarts[$0] <= end && day <= periods[$0].end }
    }

    /// The `count`th working day before `day` (weekends and `nonWorkingDays` are not counted).
    static func workingDays(_ count: Int, before day: CivilDate, nonWorkingDays: Set<CivilDate>) -> CivilDate {
        var result = day
        var counted = 0
        while counted < count {
            result = result.adding(days: -1)
            if !result.weekday.isWeekend && !nonWorkingDays.contains(result) { counted += 1 }
        }
        return result
    }
}
