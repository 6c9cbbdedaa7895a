import ElectionCalendar
import FileFormats

/// The occurrences in one events file — an iCalendar export (RFC 5545) or a CSV table — within a window of
/// London days, with a warning for every event that could not be read.
///
/// A file that is not an events file at all (not iCalendar, or a CSV with no date column) is a `ReadError`
/// with its line; one bad event among good ones is only an `EventWarning` and the rest are still read.
public struct EventFile: Sendable {
    /// The two formats councils keep events in.
    public enum Kind: Sendable, Equatable { case iCalendar, csv }

    /// Why a file cannot be read as events at all.
    public struct ReadError: Error, Sendable, Equatable {
        /// 1-based line.
        public var line: Int
        /// What was wrong.
        public var message: String
        /// How to fix it.
        public var hint: String
    }

    /// Occurrences touching the window, sorted by start.
    public var occurrences: [EventOccurrence]
    /// Problems found, by line.
    public var warnings: [EventWarning]

    /// Decides the format: iCalendar when the text begins `BEGIN:VCALENDAR` or the name ends `.ics`/`.ical`,
    /// CSV otherwise (including standard input that is not iCalendar).
    public static func kind(of text: String, name: String) -> Kind {
        var prefix: [UInt8] = []
        for b in text.utf8.prefix(64) where b != 0xEF && b != 0xBB && b != 0xBF && b != 0x20 && b != 0x0A && b != 0x0D && b != 0x09 {
            prefix.append(b >= 0x61 && b <= 0x7A ? b - 32 : b)
        }
        if prefix.starts(with: Array("BEGIN:VCALENDAR".utf8)) { return .iCalendar }
        let lower = name.lowercased()
        if lower.hasSuffix(".ics") || lower.hasSuffix(".ical") || lower.hasSuffix(".icalendar") || lower.hasSuffix(".ifb") { return .iCalendar }
        return .csv
    }

    /// Reads `text` (already decoded) named `name` in messages, keeping occurrences touching `from...to`.
    /// `cap` bounds the occurrences one recurring series may produce in the window, `fileCap` the whole file's.
    public static func read(_ text: String, name: String, from: CivilDate, to: CivilDate, cap: Int = 10_000,
                            fileCap: Int = ICalendar.fileCap) throws(ReadError) -> EventFile {
        switch kind(of: text, name: name) {
        case .iCalendar: return try readICalendar(text, name: name, from: from, to: to, cap: cap, fileCap: fileCap)
        case .csv: return try readCSV(text, name: name, from: from, to: to)
        }
    }

    /// Reads an iCalendar text: RRULE/RDATE/EXDATE expanded in the window, overrides applied, cancelled
    /// occurrences dropped, every date in Europe/London.
    public static func readICalendar(_ text: String, name: String, from: CivilDate, to: CivilDate, cap: Int = 10_000,
                                     fileCap: Int = ICalendar.fileCap) throws(ReadError) -> EventFile {
        let calendar: ICalendar
        do throws(ICalendar.ParseError) {
            calendar = try ICalendar.parse(text)
        } catch {
            throw ReadError(line: error.line, message: error.message,
                            hint: "export the calendar as iCalendar (.ics), or give a CSV with a header row such as date,title")
        }
        if calendar.events.isEmpty, !mentionsEvent(text), let stray = strayLines(text) {
            // RFC 5545 §3.1 and §3.4: a calendar is content lines (NAME[;params]:value) holding components;
            // one with no VEVENT and lines of another kind is some other file that starts BEGIN:VCALENDAR.
            throw ReadError(line: stray.first, message: "is not an iCalendar file: it holds no event (no BEGIN:VEVENT) and \(stray.count) line\(stray.count == 1 ? " is" : "s are") not iCalendar, the first at line \(stray.first)",
                            hint: "export the calendar again as iCalendar (.ics), or give a CSV with a header row such as date,title")
        }
        let window = calendar.occurrences(from: from, to: to, cap: cap, fileCap: fileCap)
        var warnings = calendar.warnings.map { EventWarning(source: "\(name):\($0.line)", message: $0.message) }
        warnings += window.warnings.map { EventWarning(source: "\(name):\($0.line)", message: $0.message) }
        let occurrences = window.occurrences.map { o in
            EventOccurrence(uid: o.uid, title: o.summary, location: o.location,
                            start: o.start, end: o.end,
                            time: o.startSeconds.map(clock), source: "\(name):\(o.line)")
        }
        return EventFile(occurrences: occurrences, warnings: warnings)
    }

    /// Reads a CSV table with a header: `date` and `title` required; `end_date`, `time`, `location`, `uid`
    /// optional; dates in the common UK forms `EventDateText` reads (`14/04/2027`, `14 April 2027`,
    /// `Tue 14 Apr 2027`, `2027-4-14`…), with or without a time. Outlook's CSV export ("Subject", "Start Date", "Start
    /// Time", "End Date", "Location") reads as it is.
    public static func readCSV(_ text: String, name: String, from: CivilDate, to: CivilDate) throws(ReadError) -> EventFile {
        let table: CSVTable
        do throws(CSVTable.ParseError) {
            table = try CSVTable.parse(text)
        } catch {
            throw ReadError(line: error.line, message: error.message, hint: "close the quoted field with a \" (Excel writes this for you)")
        }
        let example = "the first line must name the columns, e.g. date,title,end_date,time,location"
        guard !table.header.isEmpty else {
            throw ReadError(line: 1, message: "no header row", hint: example)
        }
        let shown = table.header.map { "'\($0)'" }.joined(separator: ", ")
        guard let dateColumn = table.column("date", "start date", "start", "event date", "day", "from") else {
            throw ReadError(line: 1, message: "no 'date' column (the header is \(shown))", hint: example)
        }
        guard let titleColumn = table.column("title", "subject", "summary", "event", "name", "event name", "what") else {
            throw ReadError(line: 1, message: "no 'title' column (the header is \(shown))", hint: example)
        }
        let endColumn = table.column("end_date", "end date", "end", "to", "until", "finish date")
        let timeColumn = table.column("time", "start time")
        let endTimeColumn = table.column("end time")
        let locationColumn = table.column("location", "venue", "place", "where")
        let uidColumn = table.column("uid", "id")
        var occurrences: [EventOccurrence] = []
        var warnings: [EventWarning] = []
        for record in table.records {
            func field(_ column: Int?) -> String {
                guard let column, column < record.fields.count else { return "" }
                return record.fields[column].trimmingSpaces()
            }
            // A row of empty cells (Excel leaves ",,,," below a table) is not an event.
            if record.fields.allSatisfy({ $0.trimmingSpaces().isEmpty }) { continue }
            let source = "\(name):\(record.line)"
            let title = field(titleColumn).isEmpty ? "(no title)" : field(titleColumn)
            let dateText = field(dateColumn)
            guard !dateText.isEmpty else {
                warnings.append(EventWarning(source: source, message: "'\(title)' has no date; the row is skipped"))
                continue
            }
            guard let parsed = EventDateText(dateText) else {
                warnings.append(EventWarning(source: source, message: "'\(dateText)' is not a date this tool can read, so '\(title)' was not checked (write it as e.g. 14/04/2027, 14 April 2027 or 2027-04-14)"))
                continue
            }
            let start = parsed.date
            // Problems with a row outside the dates checked do not matter; those inside are reported.
            var rowWarnings: [EventWarning] = []
            if let stated = parsed.statedWeekday {
                rowWarnings.append(EventWarning(source: source, message: "'\(dateText)' says \(stated.name) but \(start.britishShort) is a \(start.weekday.name); '\(title)' was checked as \(start.british) — correct the row"))
            }
            if parsed.timeUnread {
                rowWarnings.append(EventWarning(source: source, message: "the time in '\(dateText)' is not a time such as 19:00 or 7pm; '\(title)' was checked for the whole day"))
            }
            var end = start
            let endText = field(endColumn)
            if !endText.isEmpty {
                if let e = EventDateText(endText)?.date, e >= start {
                    end = e
                    // Outlook writes an all-day event as ending at 00:00 on the day after its last day.
                    if e > start, clockTime(field(endTimeColumn)) == "00:00" { end = e.adding(days: -1) }
                } else {
                    rowWarnings.append(EventWarning(source: source, message: "end date '\(endText)' is not a date on or after \(start.iso); '\(title)' was checked as one day only"))
                }
            }
            var time = parsed.time
            let timeText = field(timeColumn)
            if !timeText.isEmpty {
                time = clockTime(timeText)
                if time == nil {
                    rowWarnings.append(EventWarning(source: source, message: "time '\(timeText)' is not a time such as 19:00 or 7pm; '\(title)' was checked for the whole day"))
                }
            }
            guard start <= to && end >= from else { continue }
            warnings += rowWarnings
            let location = field(locationColumn)
            let uid = field(uidColumn)
            occurrences.append(EventOccurrence(uid: uid.isEmpty ? nil : uid, title: title, location: location.isEmpty ? nil : location,
                                               start: start, end: end, time: time, source: source))
        }
        occurrences.sort { ($0.start, $0.time ?? "", $0.source) < ($1.start, $1.time ?? "", $1.source) }
        return EventFile(occurrences: occurrences, warnings: warnings)
    }

    /// `19:00`, `7pm`, `7.30 pm` → `HH:MM`; nil otherwise.
    static func clockTime(_ text: String) -> String? { EventDateText.time(text) }

    /// True when the text has a `BEGIN:VEVENT` line (any case), i.e. it tried to hold an event.
    static func mentionsEvent(_ text: String) -> Bool {
        let needle = Array("begin:vevent".utf8)
        var matched = 0
        for b in text.utf8 {
            let lower = b >= 65 && b <= 90 ? b + 32 : b
            if lower == needle[matched] {
                matched += 1
                if matched == needle.count { return true }
            } else {
                matched = lower == needle[0] ? 1 : 0
            }
        }
        return false
    }

    /// Lines that are not content lines (`NAME[;params]:value`, RFC 5545 §3.1; folded continuations and
    /// blank lines aside): how many, and the first one's number; nil when there are none.
    static func strayLines(_ text: String) -> (count: Int, first: Int)? {
        var count = 0, first = 0, line = 1
        var atStart = true, inName = false, nameLength = 0, stray = false
        func finish() {
            // A line ended: it is stray when its name was not a token or no ':' or ';' ended the name.
            if stray || inName && nameLength > 0 {
                count += 1
                if first == 0 { first = line }
            }
        }
        for b in text.utf8 {
            if b == 0x0A || b == 0x0D {
                if !atStart || stray { finish() }
                if b == 0x0A { line += 1 }
                atStart = true; inName = false; nameLength = 0; stray = false
                continue
            }
            if atStart {
                atStart = false
                if b == 0x20 || b == 0x09 || b == 0xEF || b == 0xBB || b == 0xBF { continue }  // a folded line, or a BOM
                inName = true
            }
            guard inName else { continue }
            if b == UInt8(ascii: ":") || b == UInt8(ascii: ";") {
                if nameLength == 0 { stray = true }
                inName = false
            } else if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") {
                nameLength += 1
            } else if b != 0xEF && b != 0xBB && b != 0xBF {
                stray = true
                inName = false
            }
        }
        if !atStart { finish() }
        return count == 0 ? nil : (count, first)
    }

    /// Seconds after midnight → `HH:MM`.
    static func clock(_ seconds: Int) -> String {
        let h = seconds / 3600, m = seconds / 60 % 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

}
