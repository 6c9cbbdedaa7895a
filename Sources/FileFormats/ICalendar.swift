import CivilTime

/// An iCalendar file (RFC 5545) read for its events, and those events' occurrences within a window, each
/// dated in Europe/London — the dates UK election law counts.
///
/// `parse` keeps every readable VEVENT (recurring masters, RECURRENCE-ID overrides, cancelled ones) and a
/// warning for everything it could not read, each with its 1-based line. `occurrences(from:to:)` expands
/// RRULE/RDATE minus EXDATE, applies overrides with the same UID, drops cancelled occurrences, and dates
/// each in London: 23:30 UTC on the last Sunday of March is the Monday.
public struct ICalendar: Sendable {
    /// A VEVENT as written.
    public struct Event: Sendable, Equatable {
        /// UID, when the event has one (overrides share their series' UID).
        public var uid: String?
        /// SUMMARY with TEXT escapes decoded, on one line; "(no title)" when missing.
        public var summary: String
        /// LOCATION, decoded.
        public var location: String?
        /// Line of the event's BEGIN:VEVENT.
        public var line: Int
        /// DTSTART.
        public var start: ICalDateTime
        /// DTEND (exclusive, RFC 5545 §3.8.2.2), when given.
        public var end: ICalDateTime?
        /// DURATION instead of DTEND.
        public var duration: ICalDuration?
        /// RRULEs that can be expanded (empty when `seriesProblem` is set).
        public var rules: [RecurrenceRule]
        /// Why the RRULE cannot be expanded; the first occurrence is still checked.
        public var seriesProblem: String?
        /// RDATE values.
        public var recurrenceDates: [ICalDateTime]
        /// EXDATE values (RFC 5545 §3.8.5.1).
        public var exceptionDates: [ICalDateTime]
        /// RECURRENCE-ID: this event replaces that occurrence of the series with the same UID.
        public var recurrenceID: ICalDateTime?
        /// STATUS:CANCELLED.
        public var isCancelled: Bool
        /// SEQUENCE: the revision; when one UID is saved several times the highest wins (RFC 5545 §3.8.7.4).
        public var sequence: Int = 0
        /// RECURRENCE-ID;RANGE=THISANDFUTURE: the change applies to this and every later occurrence.
        public var thisAndFuture: Bool = false
    }

    /// One occurrence, dated in Europe/London.
    public struct Occurrence: Sendable, Equatable {
        /// The event's UID.
        public var uid: String?
        /// The event's SUMMARY (the override's, for a moved occurrence).
        public var summary: String
        /// The event's LOCATION.
        public var location: String?
        /// First London day.
        public var start: CivilDate
        /// Last London day (inclusive; an all-day DTEND is exclusive, so it is one day earlier).
        public var end: CivilDate
        /// London clock time of the start in seconds after midnight; nil for all-day events.
        public var startSeconds: Int?
        /// Line of the BEGIN:VEVENT it comes from.
        public var line: Int
    }

    /// Something that could not be read, or not fully; the rest of the file was still read.
    public struct Warning: Sendable, Equatable {
        /// 1-based line.
        public var line: Int
        /// What was wrong and what was done about it.
        public var message: String
    }

    /// The file is not iCalendar at all.
    public struct ParseError: Error, Sendable, Equatable {
        /// 1-based line.
        public var line: Int
        /// What the file is instead, in words.
        public var message: String
    }

    /// Every readable VEVENT in file order.
    public var events: [Event]
    /// Problems found while reading, by line.
    public var warnings: [Warning]
    /// Resolved zone of every TZID used.
    var zones: [String: TimeZoneRule]

    init(events: [Event], warnings: [Warning], zones: [String: TimeZoneRule]) {
        self.events = events
        self.warnings = warnings
        self.zones = zones
    }

    /// Reads an iCalendar text. Throws only when it is not iCalendar at all (no BEGIN:VCALENDAR).
    public static func parse(_ text: String) throws(ParseError) -> ICalendar {
        var text = text
        let result: Result<ICalendar, ParseError> = text.withUTF8 { buffer in
            do throws(ParseError) { return .success(try ICalendarParser.parse(buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Reads iCalendar bytes (UTF-8, with or without a byte-order mark).
    public static func parse(bytes: [UInt8]) throws(ParseError) -> ICalendar {
        let result: Result<ICalendar, ParseError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(ParseError) { return .success(try ICalendarParser.parse(buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// The zone a value's clock reading is in: UK time for floating times, nil for whole days.
    public func zone(of form: ICalDateTime.Form) -> TimeZoneRule? {
        switch form {
        case .date: return nil
        case .utc: return .utc
        case .floating: return .london
        case .zoned(let tzid): return zones[tzid] ?? .london
        }
    }

    /// How many occurrences one file may produce in a window; the rest are counted in a warning, so that a
    /// small hostile file (a hundred daily series from year 1) cannot produce a report of hundreds of megabytes.
    public static let fileCap = 100_000

    /// Occurrences touching the London days `from...to`, sorted by start. A series with more than `cap`
    /// occurrences in the window is cut at `cap`, and the whole file at `fileCap`, each with a warning.
    ///
    /// When one UID is saved several times, the copy with the highest SEQUENCE is read for the series and for
    /// each RECURRENCE-ID (RFC 5545 §3.8.7.4; the first on a tie); an override with its own RRULE that an
    /// edit of the series has since removed (a lower SEQUENCE and a RECURRENCE-ID no longer in the series)
    /// is dropped. RANGE=THISANDFUTURE moves and changes every later occurrence too (RFC 5545 §3.8.4.4).
    public func occurrences(from: CivilDate, to: CivilDate, cap: Int = 10_000,
                            fileCap: Int = ICalendar.fileCap) -> (occurrences: [Occurrence], warnings: [Warning]) {
        // The copy of each component that counts: highest SEQUENCE per UID and RECURRENCE-ID. Copies with
        // the same SEQUENCE but another start or title are different events that share a UID (a CMS that
        // reuses ids): all of them are read, with a warning, rather than silently dropping events.
        var master: [String: Int] = [:]
        var sharing: [String: [Int]] = [:]  // the other events that share a UID (rare)
        var overrideAt: [String: [Int: Int]] = [:]
        for (i, event) in events.enumerated() {
            guard let uid = event.uid else { continue }
            if let rid = event.recurrenceID {
                let key = instant(rid)
                if let j = overrideAt[uid]?[key], events[j].sequence >= event.sequence { continue }
                overrideAt[uid, default: [:]][key] = i
            } else if let j = master[uid] {
                if events[j].sequence > event.sequence { continue }
                if events[j].sequence < event.sequence {
                    master[uid] = i
                    sharing[uid] = nil
                } else if !(events[j].start == event.start && events[j].summary == event.summary),
                          !(sharing[uid] ?? []).contains(where: { events[$0].start == event.start && events[$0].summary == event.summary }) {
                    sharing[uid, default: []].append(i)
                }
            } else {
                master[uid] = i
            }
        }
        var warnings: [Warning] = []
        for (uid, others) in sharing.sorted(by: { ($0.value.first ?? 0) < ($1.value.first ?? 0) }) {
            guard let second = others.first else { continue }
            warnings.append(Warning(line: events[second].line, message: "UID '\(uid)' is used by \(others.count + 1) different events (RFC 5545 §3.8.4.7 wants one UID per event); each is checked, but changed occurrences may be matched to the wrong one"))
        }
        var state = Expansion(from: from, to: to, cap: cap, fileCap: max(0, fileCap))
        state.warnings = warnings
        for (i, event) in events.enumerated() {
            if let uid = event.uid {
                if let rid = event.recurrenceID {
                    // Applied with its series; alone only when the file has no series for it.
                    if master[uid] != nil || overrideAt[uid]?[instant(rid)] != i { continue }
                } else if master[uid] != i && !(sharing[uid]?.contains(i) ?? false) {
                    continue
                }
            }
            if event.isCancelled { continue }
            var event = event
            if event.recurrenceID != nil {
                // A changed occurrence whose series is not in the file: that one occurrence only.
                event.rules = []
                event.recurrenceDates = []
            }
            var overrides: [Event] = []
            if event.recurrenceID == nil, let uid = event.uid, let table = overrideAt[uid] {
                let exdates = Set(event.exceptionDates.map(instant))
                for index in table.values.sorted() {
                    let override = events[index]
                    guard let rid = override.recurrenceID, !exdates.contains(instant(rid)) else { continue }
                    if !override.rules.isEmpty, override.sequence < event.sequence, !isInstance(rid, of: event) { continue }
                    overrides.append(override)
                }
            }
            expand(event, replacedBy: overrides, state: &state)
            let firstOfUID = event.uid.map { master[$0] == i } ?? true
            for override in overrides where !override.isCancelled && firstOfUID {
                var single = override
                single.rules = []
                single.recurrenceDates = []
                single.recurrenceID = nil
                single.thisAndFuture = false
                expand(single, replacedBy: [], state: &state)
            }
        }
        if state.notExpanded > 0 {
            state.warnings.append(Warning(line: state.firstCut ?? 1, message: "at least \(state.notExpanded) more occurrence\(state.notExpanded == 1 ? "" : "s") between \(from) and \(to) not expanded: one file may give at most \(fileCap); check a shorter window with --from and --to"))
        }
        state.result.sort { ($0.start, $0.startSeconds ?? -1, $0.line) < ($1.start, $1.startSeconds ?? -1, $1.line) }
        return (state.result, state.warnings)
    }

    /// Running totals of one `occurrences` call.
    private struct Expansion {
        let from: CivilDate, to: CivilDate, cap: Int, fileCap: Int
        var result: [Occurrence] = []
        var warnings: [Warning] = []
        /// Occurrences in the window dropped because the file reached `fileCap`.
        var notExpanded = 0
        var firstCut: Int?
        init(from: CivilDate, to: CivilDate, cap: Int, fileCap: Int) {
            self.from = from
            self.to = to
            self.cap = cap
            self.fileCap = fileCap
        }
    }

    /// A value as an instant (UTC seconds), or a day's midnight for DATE values: how RECURRENCE-ID and
    /// EXDATE values are matched whatever zone each was written in.
    private func instant(_ value: ICalDateTime) -> Int {
        guard let zone = zone(of: value.form) else { return value.wallSeconds }
        return zone.utcSeconds(fromWall: value.wallSeconds)
    }

    /// True when `rid` is the start of one of `event`'s instances (not removed by EXDATE).
    private func isInstance(_ rid: ICalDateTime, of event: Event) -> Bool {
        let zone = self.zone(of: event.start.form)
        let day = LondonTime.floorDivide(rid.isDate ? rid.wallSeconds : wall(rid, in: zone), 86_400)
        let found = starts(of: event, zone: zone, windowFirst: day - 1, windowLast: day + 1, cap: 8)
        return found.starts.contains { LondonTime.floorDivide($0, 86_400) == day }
    }

    /// The clock reading of `value` on `zone`'s clock (wall seconds), converting through UTC when the zones
    /// differ; whole-day events (`zone` nil) are compared on London's clock. A DATE is its midnight on any clock.
    private func wall(_ value: ICalDateTime, in zone: TimeZoneRule?) -> Int {
        guard let own = self.zone(of: value.form) else { return value.wallSeconds }
        let target = zone ?? .london
        if own == target { return value.wallSeconds }
        return target.wallSeconds(fromUTC: own.utcSeconds(fromWall: value.wallSeconds))
    }

    /// How long each instance of `event` lasts: whole days for all-day events, seconds on the event's clock
    /// for timed ones.
    private func length(of event: Event, zone: TimeZoneRule?) -> (days: Int, seconds: Int) {
        var lengthDays = 1
        var lengthSeconds = 0
        if zone == nil {
            if let end = event.end {
                lengthDays = max(1, end.date.dayNumber - event.start.date.dayNumber + (end.isDate || end.secondsOfDay == 0 ? 0 : 1))
            } else if let d = event.duration {
                lengthDays = max(1, d.days + (d.seconds + 86_399) / 86_400)
            }
        } else if let end = event.end {
            lengthSeconds = max(0, wall(end, in: zone) - event.start.wallSeconds)
        } else if let d = event.duration {
            lengthSeconds = d.days * 86_400 + d.seconds
        }
        return (lengthDays, lengthSeconds)
    }

    /// Start clock readings (on the event's own clock) of every instance touching local days
    /// `windowFirst...windowLast`, EXDATEs removed, ascending.
    private func starts(of event: Event, zone: TimeZoneRule?, windowFirst: Int, windowLast: Int, cap: Int) -> (starts: [Int], truncated: Bool) {
        let startWall = event.start.wallSeconds
        let startSeconds = event.start.secondsOfDay
        var starts: [Int] = []
        var truncated = false
        let startDay = event.start.date.dayNumber
        if event.rules.isEmpty {
            if startDay >= windowFirst && startDay <= windowLast { starts.append(startWall) }
        } else {
            for rule in event.rules {
                var untilWall: Int?
                if let until = rule.until {
                    untilWall = until.isDate ? until.date.dayNumber * 86_400 + 86_399 : wall(until, in: zone)
                }
                let expansion = RecurrenceExpander.expand(rule, startDay: startDay, startSeconds: startSeconds, untilWall: untilWall,
                                                          windowFirst: windowFirst, windowLast: windowLast, cap: cap)
                truncated = truncated || expansion.truncated
                starts += expansion.days.map { $0 * 86_400 + startSeconds }
            }
        }
        for rdate in event.recurrenceDates {
            let w = rdate.isDate ? rdate.date.dayNumber * 86_400 + startSeconds : wall(rdate, in: zone)
            let day = LondonTime.floorDivide(w, 86_400)
            if day >= windowFirst && day <= windowLast { starts.append(w) }
        }
        if event.rules.count > 1 || !event.recurrenceDates.isEmpty {
            starts = Array(Set(starts)).sorted()
        }
        if !event.exceptionDates.isEmpty && !starts.isEmpty {
            // EXDATE as days on the event's clock (at most one instance a day).
            var excluded = Set<Int>()
            for value in event.exceptionDates { excluded.insert(LondonTime.floorDivide(value.isDate ? value.wallSeconds : wall(value, in: zone), 86_400)) }
            starts.removeAll { excluded.contains(LondonTime.floorDivide($0, 86_400)) }
        }
        return (starts, truncated)
    }

    private func expand(_ event: Event, replacedBy overrides: [Event], state: inout Expansion) {
        let from = state.from, to = state.to
        let zone = self.zone(of: event.start.form)
        let (lengthDays, lengthSeconds) = length(of: event, zone: zone)
        // RANGE=THISANDFUTURE overrides: from each one's RECURRENCE-ID on, instances move by its shift and
        // take its title, place and length (until the next such override).
        var ranges: [(from: Int, shift: Int, event: Event, days: Int, seconds: Int)] = []
        var reach = 0
        for override in overrides where override.thisAndFuture {
            guard let rid = override.recurrenceID else { continue }
            let ridWall = rid.isDate ? rid.wallSeconds + event.start.secondsOfDay : wall(rid, in: zone)
            let newWall = override.start.isDate ? override.start.wallSeconds + event.start.secondsOfDay : wall(override.start, in: zone)
            let (shift, overflow) = newWall.subtractingReportingOverflow(ridWall)
            guard !overflow else { continue }
            let shape = length(of: override, zone: zone)
            ranges.append((ridWall, shift, override, zone == nil ? shape.days : lengthDays, zone == nil ? 0 : shape.seconds))
            reach = max(reach, abs(shift) / 86_400 + 1 + shape.seconds / 86_400 + shape.days)
        }
        ranges.sort { $0.from < $1.from }
        let spanDays = zone == nil ? lengthDays : lengthSeconds / 86_400 + 1
        let windowFirst = from.dayNumber - spanDays - 1 - reach
        let windowLast = to.dayNumber + 1 + reach
        let seriesCap = min(state.cap, max(1, state.fileCap - state.result.count + 1))
        let found = starts(of: event, zone: zone, windowFirst: windowFirst, windowLast: windowLast, cap: seriesCap)
        if found.truncated && seriesCap == state.cap {
            state.warnings.append(Warning(line: event.line, message: "'\(event.summary)' has more than \(state.cap) occurrences between \(from) and \(to); only the first \(state.cap) are checked, the rest are not expanded"))
        } else if found.truncated {
            state.notExpanded += 1
            state.firstCut = state.firstCut ?? event.line
        }
        if found.starts.isEmpty { return }
        // Overridden occurrences, as days on the event's clock (at most one instance a day).
        var excluded = Set<Int>()
        for override in overrides {
            if let rid = override.recurrenceID {
                excluded.insert(LondonTime.floorDivide(rid.isDate ? rid.wallSeconds : wall(rid, in: zone), 86_400))
            }
        }
        let fromDay = from.dayNumber, toDay = to.dayNumber
        for original in found.starts {
            if !excluded.isEmpty, excluded.contains(LondonTime.floorDivide(original, 86_400)) { continue }
            var w = original
            var days = lengthDays, seconds = lengthSeconds
            var moved: Int?  // index in `ranges` of the THISANDFUTURE change this occurrence takes
            if !ranges.isEmpty, let r = ranges.lastIndex(where: { $0.from < original }) {
                w = original + ranges[r].shift
                days = ranges[r].days
                seconds = ranges[r].seconds
                moved = r
            }
            let first: Int, last: Int
            var time: Int?
            if let zone {
                let londonStart: Int, londonEnd: Int
                if zone == .london {
                    londonStart = w
                    londonEnd = w + seconds
                } else {
                    londonStart = LondonTime.wallSeconds(fromUTC: zone.utcSeconds(fromWall: w))
                    londonEnd = LondonTime.wallSeconds(fromUTC: zone.utcSeconds(fromWall: w + seconds))
                }
                first = LondonTime.floorDivide(londonStart, 86_400)
                last = max(first, seconds > 0 ? LondonTime.floorDivide(londonEnd - 1, 86_400) : first)
                time = londonStart - first * 86_400
            } else {
                first = LondonTime.floorDivide(w, 86_400)
                last = first + days - 1
            }
            guard first <= toDay && last >= fromDay else { continue }
            if state.result.count >= state.fileCap {
                state.notExpanded += 1
                state.firstCut = state.firstCut ?? event.line
                continue
            }
            if let r = moved {
                let source = ranges[r].event
                state.result.append(Occurrence(uid: source.uid, summary: source.summary, location: source.location,
                                               start: CivilDate(dayNumber: first), end: CivilDate(dayNumber: last),
                                               startSeconds: time, line: source.line))
            } else {
                state.result.append(Occurrence(uid: event.uid, summary: event.summary, location: event.location,
                                               start: CivilDate(dayNumber: first), end: CivilDate(dayNumber: last),
                                               startSeconds: time, line: event.line))
            }
        }
    }
}
