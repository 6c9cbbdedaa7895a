/// Reads the components of an iCalendar file (RFC 5545 §3.4–3.6) the way councils' calendars arrive:
/// Outlook exports with VTIMEZONE blocks, Google exports, CMS feeds with small mistakes.
///
/// Only VEVENT and VTIMEZONE matter; VTODO, VJOURNAL, VALARM, X- components and unknown properties are
/// skipped. A line or an event that cannot be read becomes a warning with its line number and the rest of
/// the file is still read; only a file with no `BEGIN:VCALENDAR` at all is an error.
struct ICalendarParser {
    private(set) var events: [ICalendar.Event] = []
    private(set) var warnings: [ICalendar.Warning] = []
    private var definitions: [String: TimeZoneRule.Definition] = [:]
    private var tzidFirstUse: [String: Int] = [:]
    /// Open components, innermost last, with the line each began on.
    private var stack: [(name: String, line: Int)] = []
    /// How many of each component are open, kept only while the stack is deep (a broken or hostile file), so
    /// that an END with no BEGIN is found without a scan; a normal file's shallow stack is scanned.
    private var openCount: [String: Int] = [:]
    private var counting = false
    /// Unclosed components that an END closed, reported once per component name (a broken file could
    /// otherwise produce one warning per line).
    private var unclosedReported: [String: Int] = [:]
    private var sawCalendar = false
    private var firstText: (line: Int, text: String)?
    private var eventLines: [ContentLine] = []
    private var eventLine = 0
    private var zoneID: String?
    /// X-WR-TIMEZONE (Google, Apple): the zone of the calendar's floating times.
    private var calendarZone: String?
    private var zoneDefinition = TimeZoneRule.Definition()
    /// Time-zone rules expanded so far (see `closeObservance`).
    private var expandedZoneRules = 0
    private var zoneTruncated = false
    private var observance: (start: ICalDateTime?, from: Int?, to: Int?, rule: RecurrenceRule?, dates: [ICalDateTime])?

    /// The properties PreElection reads; every other line (DESCRIPTION, X-, ...) is skipped unparsed.
    static let wantedNames: [[UInt8]] = [
        "BEGIN", "END", "UID", "SUMMARY", "LOCATION", "DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE",
        "RECURRENCE-ID", "STATUS", "TZID", "TZOFFSETTO", "TZOFFSETFROM", "X-LIC-LOCATION", "SEQUENCE", "X-WR-TIMEZONE",
    ].map { Array($0.utf8) }

    /// Parses `bytes` (UTF-8, BOM allowed).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICalendar.ParseError) -> ICalendar {
        var parser = ICalendarParser()
        ContentLine.unfold(bytes, wants: { parser.firstText == nil || ContentLine.startsWithName($0, in: wantedNames) }) { slice, line in
            parser.consume(slice, line: line)
        }
        return try parser.finish()
    }

    /// The most warnings kept for one file; the rest are counted in one last warning, so that a broken or
    /// hostile file cannot flood the report.
    static let warningCap = 200

    /// The most STANDARD/DAYLIGHT parts read per VTIMEZONE, and unusual zone rules expanded per file (a
    /// real zone has a handful; America/New_York's full history has about ten).
    static let observanceCap = 64

    private mutating func warn(_ line: Int, _ message: String) {
        warnings.append(ICalendar.Warning(line: line, message: message))
    }

    private mutating func consume(_ slice: UnsafeBufferPointer<UInt8>, line: Int) {
        if firstText == nil {
            firstText = (line, String(decoding: slice.prefix(60), as: UTF8.self))
        }
        guard let content = ContentLine.parse(slice, line: line) else {
            if sawCalendar {
                let text = String(decoding: slice.prefix(50), as: UTF8.self)
                warn(line, "not an iCalendar line (expected NAME:value): '\(text)'; ignored")
            }
            return
        }
        switch content.name {
        case "BEGIN": begin(content.value.trimmingSpaces().uppercased(), line: line)
        case "END": end(content.value.trimmingSpaces().uppercased(), line: line)
        default: property(content)
        }
    }

    private mutating func begin(_ component: String, line: Int) {
        if !sawCalendar {
            guard component == "VCALENDAR" else { return }
            sawCalendar = true
        }
        if component == "VEVENT", isOpen("VEVENT"), let open = stack.lastIndex(where: { $0.name == "VEVENT" }) {
            warn(stack[open].line, "event is never closed (no END:VEVENT before the next BEGIN:VEVENT at line \(line)); read up to there")
            closeEvent()
            pop(to: open)
        }
        stack.append((component, line))
        if counting {
            openCount[component, default: 0] += 1
        } else if stack.count > 32 {
            counting = true
            for open in stack { openCount[open.name, default: 0] += 1 }
        }
        switch component {
        case "VEVENT":
            eventLines.removeAll(keepingCapacity: true)
            eventLine = line
        case "VTIMEZONE":
            zoneID = nil
            zoneDefinition = TimeZoneRule.Definition()
            zoneTruncated = false
        case "STANDARD", "DAYLIGHT":
            observance = (nil, nil, nil, nil, [])
        default:
            break
        }
    }

    /// True when a component of that name is open.
    private func isOpen(_ name: String) -> Bool {
        counting ? openCount[name, default: 0] > 0 : stack.contains { $0.name == name }
    }

    /// Removes the components from `index` on (inner ones first) from the stack.
    private mutating func pop(to index: Int) {
        if counting {
            for inner in stack[index...] { openCount[inner.name, default: 1] -= 1 }
        }
        stack.removeSubrange(index...)
        if counting && stack.count <= 8 {
            counting = false
            openCount.removeAll()
        }
    }

    private mutating func end(_ component: String, line: Int) {
        guard sawCalendar else { return }
        guard isOpen(component), let index = stack.lastIndex(where: { $0.name == component }) else {
            warn(line, "END:\(component) without a matching BEGIN:\(component); ignored")
            return
        }
        var unlisted = 0
        for inner in stack[(index + 1)...].reversed() {
            let reported = unclosedReported[inner.name, default: 0]
            if reported < 3 {
                warn(inner.line, "BEGIN:\(inner.name) is never closed (END:\(component) at line \(line) closes it)")
            } else {
                unlisted += 1
            }
            unclosedReported[inner.name] = reported + 1
            if inner.name == "VEVENT" { closeEvent() }
        }
        if unlisted > 0 {
            warn(line, "\(unlisted) more components are never closed before this END:\(component); they are ignored")
        }
        pop(to: index)
        switch component {
        case "VEVENT": closeEvent()
        case "VTIMEZONE":
            if let zoneID { definitions[zoneID.lowercased()] = zoneDefinition }
        case "STANDARD", "DAYLIGHT":
            closeObservance(line: line)
        default: break
        }
    }

    private mutating func property(_ content: ContentLine) {
        guard let top = stack.last?.name else { return }
        switch top {
        case "VEVENT":
            eventLines.append(content)
        case "VTIMEZONE":
            if content.name == "TZID" { zoneID = content.value.trimmingSpaces() }
            if content.name == "X-LIC-LOCATION" { zoneDefinition.location = content.value.trimmingSpaces() }
        case "STANDARD", "DAYLIGHT":
            guard stack.count >= 2, stack[stack.count - 2].name == "VTIMEZONE", observance != nil else { return }
            switch content.name {
            case "TZOFFSETTO": observance?.to = ICalendarParser.utcOffset(content.value)
            case "TZOFFSETFROM": observance?.from = ICalendarParser.utcOffset(content.value)
            case "DTSTART": observance?.start = ICalDateTime.parse(content.value.trimmingSpacesSubstring(), tzid: nil, valueIsDate: false)
            case "RRULE":
                do throws(RecurrenceRule.Problem) {
                    observance?.rule = try RecurrenceRule.parse(content.value, tzid: nil)
                } catch {
                    warn(content.line, "time zone rule not read (\(error.message)); the zone's first onset is used")
                }
            case "RDATE":
                for item in content.value.split(separator: ",") {
                    if let value = ICalDateTime.parse(item.split(separator: "/").first?.trimmingSpacesSubstring() ?? "", tzid: nil, valueIsDate: false) {
                        observance?.dates.append(value)
                    }
                }
            default: break
            }
        case "VCALENDAR":
            if content.name == "X-WR-TIMEZONE" {
                let name = content.value.trimmingSpaces()
                calendarZone = name.isEmpty ? nil : name
            }
        default:
            break  // other VCALENDAR properties (PRODID, X-WR-CALNAME), VALARM, VTODO, ...
        }
    }

    private mutating func finish() throws(ICalendar.ParseError) -> ICalendar {
        guard sawCalendar else {
            let shown = firstText.map { " (line \($0.line) reads '\($0.text)')" } ?? ""
            throw ICalendar.ParseError(line: firstText?.line ?? 1,
                                       message: "not an iCalendar file: there is no BEGIN:VCALENDAR line\(shown)")
        }
        if let open = stack.last(where: { $0.name == "VEVENT" }) {
            warn(open.line, "event is never closed (no END:VEVENT before the end of the file, which may be cut short); read what it has")
            closeEvent()
        } else if let calendar = stack.first(where: { $0.name == "VCALENDAR" }) {
            warn(calendar.line, "no END:VCALENDAR: the file may be cut short; every complete event was read")
        }
        stack.removeAll()
        var zones: [String: TimeZoneRule] = [:]
        for (tzid, line) in tzidFirstUse.sorted(by: { $0.value < $1.value }) {
            let resolution = TimeZoneRule.resolve(tzid, definition: definitions[tzid.lowercased()])
            zones[tzid] = resolution.rule
            if let message = resolution.warning { warn(line, message) }
        }
        warnings.sort { $0.line < $1.line }
        if warnings.count > ICalendarParser.warningCap {
            let more = warnings.count - ICalendarParser.warningCap
            let first = warnings[ICalendarParser.warningCap].line
            warnings.removeSubrange(ICalendarParser.warningCap...)
            warnings.append(ICalendar.Warning(line: first, message: "\(more) more problems from this line on are not listed; fix the ones above and read the file again"))
        }
        return ICalendar(events: events, warnings: warnings, zones: zones)
    }

    /// Adds the STANDARD or DAYLIGHT part just closed to the zone being read; one without TZOFFSETTO or
    /// DTSTART cannot be placed and is skipped with a warning.
    private mutating func closeObservance(line: Int) {
        defer { observance = nil }
        guard let part = observance else { return }
        guard let to = part.to, let start = part.start else {
            warn(line, "a time zone part has no TZOFFSETTO or DTSTART (RFC 5545 §3.6.5); it is skipped")
            return
        }
        guard zoneDefinition.observances.count < ICalendarParser.observanceCap else {
            if !zoneTruncated {
                zoneTruncated = true
                warn(line, "a time zone with more than \(ICalendarParser.observanceCap) STANDARD/DAYLIGHT parts; the rest are ignored")
            }
            return
        }
        let from = part.from ?? to
        var dates = part.dates.prefix(1_000).map { $0.form == .utc ? $0.wallSeconds + from : $0.wallSeconds }
        var observance = TimeZoneRule.Definition.Observance(start: start.wallSeconds, offsetFrom: from, offsetTo: to, rule: part.rule)
        if let rule = part.rule, !TimeZoneRule.Definition.Observance.isDirect(rule) {
            // Expanded once here (bounded per file), so that reading a time never expands a rule.
            observance.rule = nil
            if expandedZoneRules < ICalendarParser.observanceCap {
                expandedZoneRules += 1
                dates += observance.expandedOnsets(rule)
            }
        }
        observance.dates = dates.sorted()
        zoneDefinition.observances.append(observance)
    }

    /// `+0100`, `-0500`, `+053000` → seconds east of UTC.
    static func utcOffset(_ text: String) -> Int? {
        let bytes = Array(text.trimmingSpaces().utf8)
        guard bytes.count == 5 || bytes.count == 7, bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-"),
              bytes.dropFirst().allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        func two(_ i: Int) -> Int { Int(bytes[i] - 48) * 10 + Int(bytes[i + 1] - 48) }
        let seconds = two(1) * 3600 + two(3) * 60 + (bytes.count == 7 ? two(5) : 0)
        return bytes[0] == UInt8(ascii: "-") ? -seconds : seconds
    }

    // MARK: - One VEVENT

    private mutating func closeEvent() {
        let lines = eventLines
        eventLines.removeAll(keepingCapacity: true)
        if let event = makeEvent(lines, line: eventLine) { events.append(event) }
    }

    private mutating func dateTime(_ content: ContentLine) -> ICalDateTime? {
        let tzid = content.parameter("TZID") ?? calendarZone
        if let tzid, tzidFirstUse[tzid] == nil { tzidFirstUse[tzid] = content.line }
        let isDate = content.parameter("VALUE")?.uppercased() == "DATE"
        return ICalDateTime.parse(content.value.trimmingSpacesSubstring(), tzid: tzid, valueIsDate: isDate)
    }

    private mutating func dateList(_ content: ContentLine) -> [ICalDateTime] {
        let tzid = content.parameter("TZID") ?? calendarZone
        if let tzid, tzidFirstUse[tzid] == nil { tzidFirstUse[tzid] = content.line }
        let isDate = content.parameter("VALUE")?.uppercased() == "DATE"
        var values: [ICalDateTime] = []
        for item in content.value.split(separator: ",") {
            // RFC 5545 §3.3.9 PERIOD (`start/end` or `start/duration`): the occurrence starts at `start`.
            let text = item.firstIndex(of: "/").map { item[..<$0] } ?? item
            if let value = ICalDateTime.parse(text.trimmingSpacesSubstring(), tzid: tzid, valueIsDate: isDate) {
                values.append(value)
            } else {
                warn(content.line, "\(content.name) value '\(ICalendarParser.shown(item))' is not a date or date-time; ignored")
            }
        }
        return values
    }

    private mutating func makeEvent(_ lines: [ContentLine], line: Int) -> ICalendar.Event? {
        var uid: String?
        var summary: String?
        var location: String?
        var start: ICalDateTime?
        var startProblem: (Int, String)?
        var end: ICalDateTime?
        var endLine = line
        var duration: ICalDuration?
        var rules: [RecurrenceRule] = []
        var ruleProblem: String?
        var ruleLine: Int?
        var rdates: [ICalDateTime] = []
        var exdates: [ICalDateTime] = []
        var recurrenceID: ICalDateTime?
        var thisAndFuture = false
        var sequence = 0
        var cancelled = false
        for content in lines {
            switch content.name {
            case "UID":
                uid = content.value.trimmingSpaces()
            case "SUMMARY":
                summary = ICalendarParser.oneLine(ContentLine.unescapeText(content.value))
            case "LOCATION":
                location = ICalendarParser.oneLine(ContentLine.unescapeText(content.value))
            case "DTSTART":
                guard start == nil, startProblem == nil else {
                    warn(content.line, "a second DTSTART in one event; the first is used")
                    continue
                }
                if let value = dateTime(content) { start = value } else { startProblem = (content.line, content.value) }
            case "DTEND":
                if let value = dateTime(content) {
                    end = value
                    endLine = content.line
                } else {
                    warn(content.line, "DTEND '\(ICalendarParser.shown(content.value))' is not a date or date-time; the event is read as ending when it starts")
                }
            case "DURATION":
                if let value = ICalDuration.parse(content.value.trimmingSpacesSubstring()) {
                    if abs(value.days) + abs(value.seconds) / 86_400 > ICalendarParser.longestEventDays {
                        warn(content.line, "DURATION '\(ICalendarParser.shown(content.value))' is longer than 10 years, which no council event is; read as ending when it starts")
                    } else {
                        duration = value
                    }
                } else {
                    warn(content.line, "DURATION '\(ICalendarParser.shown(content.value))' is not a duration such as PT1H or P1D; ignored")
                }
            case "RRULE":
                ruleLine = ruleLine ?? content.line
                do throws(RecurrenceRule.Problem) {
                    let rule = try RecurrenceRule.parse(content.value, tzid: content.parameter("TZID"))
                    if let count = rule.ignoredCount {
                        warn(content.line, "RRULE COUNT=\(count) is not a count (Confluence writes COUNT=-1 for 'no end'); read as repeating without a count")
                    }
                    rules.append(rule)
                } catch {
                    ruleProblem = error.message
                    ruleLine = content.line
                }
            case "RDATE":
                rdates += dateList(content)
            case "EXDATE":
                exdates += dateList(content)
            case "RECURRENCE-ID":
                recurrenceID = dateTime(content)
                if recurrenceID == nil {
                    warn(content.line, "RECURRENCE-ID '\(ICalendarParser.shown(content.value))' is not a date or date-time; the event is read on its own")
                } else if content.parameter("RANGE")?.uppercased() == "THISANDFUTURE" {
                    thisAndFuture = true
                }
            case "SEQUENCE":
                sequence = Int(content.value.trimmingSpaces()) ?? 0
            case "STATUS":
                cancelled = content.value.trimmingSpaces().uppercased() == "CANCELLED"
            default:
                break
            }
        }
        let title = summary.flatMap { $0.isEmpty ? nil : $0 } ?? "(no title)"
        if let (badLine, value) = startProblem {
            warn(badLine, "DTSTART '\(ICalendarParser.shown(value))' is not a date or date-time, so the event '\(title)' is skipped; write it as 20260416T190000 or VALUE=DATE:20260416")
            return nil
        }
        guard let start else {
            warn(line, "event '\(title)' has no DTSTART, so it is skipped")
            return nil
        }
        // DTSTART's zone governs the rule's local time, including a local UNTIL.
        if case .zoned(let tzid) = start.form {
            for i in rules.indices {
                if let until = rules[i].until, until.form == .floating {
                    rules[i].until = ICalDateTime(date: until.date, secondsOfDay: until.secondsOfDay, form: .zoned(tzid))
                }
            }
        }
        if let problem = ruleProblem, let ruleLine {
            warn(ruleLine, "\(problem): only the first date of '\(title)' (\(start.date)) is checked; check its later dates by hand")
        }
        if let e = end, e.wallSeconds < start.wallSeconds, e.form == start.form {
            warn(endLine, "DTEND is before DTSTART in '\(title)'; read as ending when it starts")
            end = nil
        }
        if let e = end, e.date.dayNumber - start.date.dayNumber > ICalendarParser.longestEventDays {
            warn(endLine, "DTEND is more than 10 years after DTSTART in '\(title)', which no council event is; read as ending when it starts")
            end = nil
        }
        if let d = duration, d.days < 0 || d.seconds < 0 {
            warn(line, "negative DURATION in '\(title)'; read as ending when it starts")
            duration = nil
        }
        return ICalendar.Event(uid: uid, summary: title, location: location.flatMap { $0.isEmpty ? nil : $0 }, line: line,
                               start: start, end: end, duration: duration, rules: ruleProblem == nil ? rules : [],
                               seriesProblem: ruleProblem, recurrenceDates: rdates, exceptionDates: exdates,
                               recurrenceID: recurrenceID, isCancelled: cancelled, sequence: sequence, thisAndFuture: thisAndFuture)
    }

    /// The longest an event may last (10 years, in days); a longer DTEND or DURATION is a mistake in the file.
    static let longestEventDays = 3_653

    /// A value as repeated in a message: at most 60 characters, so that a huge value cannot flood the report.
    static func shown(_ value: some StringProtocol) -> String {
        value.count <= 60 ? String(value) : String(value.prefix(57)) + "..."
    }

    /// A TEXT value on one line: line breaks and tabs become spaces, runs of spaces collapse, ends trimmed.
    static func oneLine(_ text: String) -> String {
        let utf8 = text.utf8
        var clean = true
        var previous: UInt8 = 0x20
        for b in utf8 {
            if b == 0x0A || b == 0x0D || b == 0x09 || (b == 0x20 && previous == 0x20) { clean = false; break }
            previous = b
        }
        if clean && previous != 0x20 { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var lastWasSpace = true
        for b in utf8 {
            if b == 0x0A || b == 0x0D || b == 0x09 || b == 0x20 {
                if !lastWasSpace { out.append(0x20) }
                lastWasSpace = true
            } else {
                out.append(b)
                lastWasSpace = false
            }
        }
        if out.last == 0x20 { out.removeLast() }
        return String(decoding: out, as: UTF8.self)
    }
}
