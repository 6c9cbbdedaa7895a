import CivilTime

/// Expands an RRULE into the days its instances start on, only within a window and with a cap, so that an
/// endless weekly meeting costs what the window holds and no more.
///
/// RFC 5545 §3.3.10: instances are generated period by period (day, week, month or year, every INTERVAL);
/// BYMONTH, BYMONTHDAY and BYDAY select days in the period (expanding or limiting as the RFC's table says),
/// BYSETPOS picks among them, and DTSTART always counts as the first instance for COUNT. Expansion is in the
/// event's own local time, so a 19:00 meeting stays at 19:00 across the clock change.
public enum RecurrenceExpander {
    /// What an expansion produced.
    public struct Expansion: Sendable, Equatable {
        /// Day numbers (local to the event's zone) of instance starts inside the window, ascending.
        public var days: [Int]
        /// True when the cap stopped the expansion before the window's end.
        public var truncated: Bool
    }

    /// Expands `rule` for an event starting on local day `startDay` at `startSeconds` after midnight.
    ///
    /// - Parameters:
    ///   - untilWall: the last allowed start as a local clock reading (wall seconds), from UNTIL.
    ///   - windowFirst, windowLast: local day numbers bounding the instances wanted (inclusive).
    ///   - cap: the most instances returned; more sets `truncated`.
    public static func expand(_ rule: RecurrenceRule, startDay: Int, startSeconds: Int, untilWall: Int?,
                              windowFirst: Int, windowLast: Int, cap: Int) -> Expansion {
        let start = CivilDate(dayNumber: startDay)
        var byMonth = rule.byMonth
        var byMonthDay = rule.byMonthDay
        var byDay = rule.byDay
        // Defaults taken from DTSTART when the rule names no day (RFC 5545 §3.3.10, "information, not
        // contained in the rule, necessary to determine the various recurrence instance start time and dates
        // are derived from the Start Time").
        if byDay.isEmpty && byMonthDay.isEmpty {
            switch rule.frequency {
            case .yearly:
                if byMonth.isEmpty { byMonth = [start.month] }
                byMonthDay = [start.day]
            case .monthly:
                byMonthDay = [start.day]
            case .weekly:
                byDay = [RecurrenceRule.WeekdayNumber(ordinal: 0, weekday: start.weekday.rawValue)]
            case .daily:
                break
            }
        }
        var plainWeekdays = [Bool](repeating: false, count: 8)
        var ordinals: [RecurrenceRule.WeekdayNumber] = []
        let ordinalsApply = rule.frequency == .monthly || rule.frequency == .yearly
        for entry in byDay {
            if entry.ordinal != 0 && ordinalsApply { ordinals.append(entry) } else { plainWeekdays[entry.weekday] = true }
        }
        // Ordinals count within the month (MONTHLY, or YEARLY with BYMONTH) or within the year (YEARLY alone).
        let ordinalsInYear = rule.frequency == .yearly && rule.byMonth.isEmpty
        var monthAllowed = [Bool](repeating: byMonth.isEmpty, count: 13)
        for m in byMonth { monthAllowed[m] = true }
        let filterByDay = !byDay.isEmpty

        func matches(_ dayNumber: Int) -> Bool {
            let ymd = CivilDate(dayNumber: dayNumber)
            if !monthAllowed[ymd.month] { return false }
            if !byMonthDay.isEmpty {
                let dim = CivilDate.daysInMonth(year: ymd.year, month: ymd.month)
                if !byMonthDay.contains(where: { $0 > 0 ? ymd.day == $0 : ymd.day == dim + $0 + 1 }) { return false }
            }
            if filterByDay {
                let weekday = CivilDate.weekday(ofDayNumber: dayNumber)
                if plainWeekdays[weekday] { return true }
                for entry in ordinals where entry.weekday == weekday {
                    let index: Int, length: Int
                    if ordinalsInYear {
                        index = dayNumber - CivilDate.dayNumber(year: ymd.year, month: 1, day: 1)
                        length = CivilDate.isLeapYear(ymd.year) ? 366 : 365
                    } else {
                        index = ymd.day - 1
                        length = CivilDate.daysInMonth(year: ymd.year, month: ymd.month)
                    }
                    if entry.ordinal > 0 ? index / 7 == entry.ordinal - 1 : (length - 1 - index) / 7 == -entry.ordinal - 1 { return true }
                }
                return false
            }
            return true
        }

        // The k-th period's first and last day.
        let weekOrigin = startDay - ((start.weekday.rawValue - rule.weekStart + 7) % 7)
        let monthOrigin = start.year * 12 + (start.month - 1)
        func period(_ k: Int) -> (first: Int, last: Int) {
            switch rule.frequency {
            case .daily:
                let d = startDay + k * rule.interval
                return (d, d)
            case .weekly:
                let d = weekOrigin + 7 * rule.interval * k
                return (d, d + 6)
            case .monthly:
                let m = monthOrigin + k * rule.interval
                let y = m / 12, mo = m % 12 + 1
                let first = CivilDate.dayNumber(year: y, month: mo, day: 1)
                return (first, first + CivilDate.daysInMonth(year: y, month: mo) - 1)
            case .yearly:
                let y = start.year + k * rule.interval
                return (CivilDate.dayNumber(year: y, month: 1, day: 1), CivilDate.dayNumber(year: y + 1, month: 1, day: 1) - 1)
            }
        }

        var days: [Int] = []
        var produced = 1  // DTSTART is the first instance (RFC 5545 §3.8.5.3)
        if startDay >= windowFirst && startDay <= windowLast { days.append(startDay) }
        if let count = rule.count, count <= 1 { return Expansion(days: days, truncated: false) }

        // Without COUNT nothing before the window matters: jump to the period just before it.
        var k = 0
        if rule.count == nil, windowFirst > startDay {
            let estimate: Int
            switch rule.frequency {
            case .daily: estimate = (windowFirst - startDay) / rule.interval
            case .weekly: estimate = (windowFirst - weekOrigin) / (7 * rule.interval)
            case .monthly:
                let w = CivilDate(dayNumber: windowFirst)
                estimate = (w.year * 12 + w.month - 1 - monthOrigin) / rule.interval
            case .yearly: estimate = (CivilDate(dayNumber: windowFirst).year - start.year) / rule.interval
            }
            k = max(0, estimate - 1)
        } else if let count = rule.count, windowFirst > startDay, rule.bySetPos.isEmpty, rule.byMonth.isEmpty, rule.byMonthDay.isEmpty,
                  rule.frequency == .daily ? byDay.isEmpty : (rule.frequency == .weekly && ordinals.isEmpty) {
            // With COUNT, a simple daily or weekly rule has the same number of instances in every period after
            // the first, so the periods before the window are counted rather than generated.
            let perPeriod = rule.frequency == .daily ? 1 : plainWeekdays.filter { $0 }.count
            let estimate = rule.frequency == .daily ? (windowFirst - startDay) / rule.interval
                                                    : (windowFirst - weekOrigin) / (7 * rule.interval)
            if estimate > 2, perPeriod > 0 {
                let (first, last) = period(0)
                var inFirst = 0
                for d in first...last where d > startDay && matches(d) { inFirst += 1 }
                let skipped = estimate - 1
                let (more, overflow) = (skipped - 1).multipliedReportingOverflow(by: perPeriod)
                if overflow || produced + inFirst + more >= count { return Expansion(days: days, truncated: false) }
                produced += inFirst + more
                k = skipped
            }
        }
        // Every period starts later than the last, so the loop ends at the window's end even for a rule whose
        // filters never match (BYMONTHDAY=31;BYMONTH=2).
        var candidates: [Int] = []
        while true {
            let (first, last) = period(k)
            if first > windowLast { break }
            if let untilWall, first * 86_400 + startSeconds > untilWall { break }
            candidates.removeAll(keepingCapacity: true)
            for d in first...last where matches(d) { candidates.append(d) }
            if !rule.bySetPos.isEmpty {
                var picked: [Int] = []
                for pos in rule.bySetPos {
                    let index = pos > 0 ? pos - 1 : candidates.count + pos
                    if index >= 0 && index < candidates.count { picked.append(candidates[index]) }
                }
                candidates = Array(Set(picked)).sorted()
            }
            for d in candidates where d > startDay {
                if let untilWall, d * 86_400 + startSeconds > untilWall { return Expansion(days: days, truncated: false) }
                produced += 1
                if let count = rule.count, produced > count { return Expansion(days: days, truncated: false) }
                if d > windowLast { return Expansion(days: days, truncated: false) }
                if d >= windowFirst {
                    if days.count >= cap { return Expansion(days: days, truncated: true) }
                    days.append(d)
                }
            }
            k += 1
        }
        return Expansion(days: days, truncated: false)
    }
}
