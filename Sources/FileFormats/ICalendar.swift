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

    /// Occurrences touching the London days `from...to`, sorted by start. A series with more than `cap`
    /// occurrences in the window is cut at `cap` with a warning.
    public func occurrences(from: CivilDate, to: CivilDate, cap: Int = 10_000) -> (occurrences: [Occurrence], warnings: [Warning]) {
        var overrides: [String: [Event]] = [:]
        var masterUIDs = Set<String>()
        for event in events {
            if event.recurrenceID != nil, let uid = event.uid {
                overrides[uid, default: []].append(event)
            } else if let uid = event.uid {
                masterUIDs.insert(uid)
            }
        }
        var result: [Occurrence] = []
        var warnings: [Warning] = []
        var overridesDone = Set<String>()
        for event in events {
            if event.recurrenceID != nil, let uid = event.uid, masterUIDs.contains(uid) { continue }  // applied with its master
            if event.isCancelled { continue }
            var replaced: [Event] = []
            if event.recurrenceID == nil, let uid = event.uid, let list = overrides[uid] {
                replaced = list
            }
            expand(event, replacedBy: replaced, from: from, to: to, cap: cap, into: &result, warnings: &warnings)
            if let uid = event.uid, !replaced.isEmpty, !overridesDone.contains(uid) {
                overridesDone.insert(uid)
                for override in replaced where !override.isCancelled {
                    var single = override
                    single.rules = []
                    single.recurrenceDates = []
                    single.recurrenceID = nil
                    expand(single, replacedBy: [], from: from, to: to, cap: cap, into: &result, warnings: &warnings)
                }
            }
        }
        result.sort { ($0.start, $0.startSeconds ?? -1, $0.line) < ($1.start, $1.startSeconds ?? -1, $1.line) }
        return (result, warnings)
    }

    /// The clock reading of `value` on `zone`'s clock (wall seconds), converting through UTC when the zones
    /// differ; whole-day events (`zone` nil) are compared on London's clock. A DATE is its midnight on any clock.
    private func wall(_ value: ICalDateTime, in zone: TimeZoneRule?) -> Int {
        guard let own = self.zone(of: value.form) else { return value.wallSeconds }
        let target = zone ?? .london
        if own == target { return value.wallSeconds }
        return target.wallSeconds(fromUTC: own.utcSeconds(fromWall: value.wallSeconds))
    }

    private func expand(_ event: Event, replacedBy overrides: [Event], from: CivilDate, to: CivilDate, cap: Int,
                        into result: inout [Occurrence], warnings: inout [Warning]) {
        let zone = self.zone(of: event.start.form)
        let startWall = event.start.wallSeconds
        let startSeconds = event.start.secondsOfDay
        // Length: whole days for all-day events, seconds (on the event's clock) for timed ones.
        var lengthDays = 1
        var lengthSeconds = 0
        if zone == nil {
            if let end = event.end {
                lengthDays = max(1, end.date.dayNumber - event.start.date.dayNumber + (end.isDate || end.secondsOfDay == 0 ? 0 : 1))
            } else if let d = event.duration {
                lengthDays = max(1, d.days + (d.seconds + 86_399) / 86_400)
            }
        } else if let end = event.end {
            lengthSeconds = max(0, wall(end, in: zone) - startWall)
        } else if let d = event.duration {
            lengthSeconds = d.days * 86_400 + d.seconds
        }
        let spanDays = zone == nil ? lengthDays : lengthSeconds / 86_400 + 1
        let windowFirst = from.dayNumber - spanDays - 1
        let windowLast = to.dayNumber + 1

        // Start clock readings of every instance, on the event's own clock.
        var starts: [Int] = []
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
                if expansion.truncated {
                    warnings.append(Warning(line: event.line, message: "'\(event.summary)' has more than \(cap) occurrences between \(from) and \(to); only the first \(cap) are checked"))
                }
                starts += expansion.days.map { $0 * 86_400 + startSeconds }
            }
        }
        for rdate in event.recurrenceDates {
            let w = rdate.isDate ? rdate.date.dayNumber * 86_400 + startSeconds : wall(rdate, in: zone)
            let day = LondonTime.floorDivide(w, 86_400)
            if day >= windowFirst && day <= windowLast { starts.append(w) }
        }
        if starts.isEmpty { return }
        if event.rules.count > 1 || !event.recurrenceDates.isEmpty {
            starts = Array(Set(starts)).sorted()
        }
        // EXDATE and overridden occurrences, as days on the event's clock (at most one instance a day).
        var excluded = Set<Int>()
        for value in event.exceptionDates { excluded.insert(LondonTime.floorDivide(value.isDate ? value.wallSeconds : wall(value, in: zone), 86_400)) }
        for override in overrides {
            if let rid = override.recurrenceID {
                excluded.insert(LondonTime.floorDivide(rid.isDate ? rid.wallSeconds : wall(rid, in: zone), 86_400))
            }
        }
        let fromDay = from.dayNumber, toDay = to.dayNumber
        for w in starts {
            if !excluded.isEmpty, excluded.contains(LondonTime.floorDivide(w, 86_400)) { continue }
            let first: Int, last: Int
            var time: Int?
            if let zone {
                let londonStart: Int, londonEnd: Int
                if zone == .london {
                    londonStart = w
                    londonEnd = w + lengthSeconds
                } else {
                    londonStart = LondonTime.wallSeconds(fromUTC: zone.utcSeconds(fromWall: w))
                    londonEnd = LondonTime.wallSeconds(fromUTC: zone.utcSeconds(fromWall: w + lengthSeconds))
                }
                first = LondonTime.floorDivide(londonStart, 86_400)
                last = max(first, lengthSeconds > 0 ? LondonTime.floorDivide(londonEnd - 1, 86_400) : first)
                time = londonStart - first * 86_400
            } else {
                first = LondonTime.floorDivide(w, 86_400)
                last = first + lengthDays - 1
            }
            guard first <= toDay && last >= fromDay else { continue }
            result.append(Occurrence(uid: event.uid, summary: event.summary, location: event.location,
                                     start: CivilDate(dayNumber: first), end: CivilDate(dayNumber: last),
                                     startSeconds: time, line: event.line))
        }
    }
}
