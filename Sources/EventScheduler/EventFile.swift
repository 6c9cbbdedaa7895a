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
    /// optional; dates `YYYY-MM-DD` or `DD/MM/YYYY`. Outlook's CSV export ("Subject", "Start Date", "Start
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
            let source = "\(name):\(record.line)"
            let title = field(titleColumn).isEmpty ? "(no title)" : field(titleColumn)
            let dateText = field(dateColumn)
            guard !dateText.isEmpty else {
                warnings.append(EventWarning(source: source, message: "'\(title)' has no date; the row is skipped"))
                continue
            }
            guard let (start, timeInDate) = dateAndTime(dateText) else {
                warnings.append(EventWarning(source: source, message: "'\(dateText)' is not a date (write YYYY-MM-DD or DD/MM/YYYY); the row '\(title)' is skipped"))
                continue
            }
            var end = start
            let endText = field(endColumn)
            if !endText.isEmpty {
                if let e = dateAndTime(endText)?.date, e >= start {
                    end = e
                    // Outlook writes an all-day event as ending at 00:00 on the day after its last day.
                    if e > start, clockTime(field(endTimeColumn)) == "00:00" { end = e.adding(days: -1) }
                } else {
                    warnings.append(EventWarning(source: source, message: "end date '\(endText)' is not a date on or after \(start.iso); '\(title)' is read as one day"))
                }
            }
            var time = timeInDate
            let timeText = field(timeColumn)
            if !timeText.isEmpty {
                time = clockTime(timeText)
                if time == nil {
                    warnings.append(EventWarning(source: source, message: "time '\(timeText)' is not a time such as 19:00; ignored"))
                }
            }
            guard start <= to && end >= from else { continue }
            let location = field(locationColumn)
            let uid = field(uidColumn)
            occurrences.append(EventOccurrence(uid: uid.isEmpty ? nil : uid, title: title, location: location.isEmpty ? nil : location,
                                               start: start, end: end, time: time, source: source))
        }
        occurrences.sort { ($0.start, $0.time ?? "", $0.source) < ($1.start, $1.time ?? "", $1.source) }
        return EventFile(occurrences: occurrences, warnings: warnings)
    }

    /// `YYYY-MM-DD` or British `DD/MM/YYYY`.
    static func date(_ text: String) -> CivilDate? { CivilDate(iso: text) ?? CivilDate(british: text) }

    /// A date cell, which CMS exports sometimes fill with a date and time (`2026-04-16 14:00`,
    /// `2026-04-16T14:00:00`, `16/04/2026 14:00`): the date, and the time when one is there and valid.
    static func dateAndTime(_ text: String) -> (date: CivilDate, time: String?)? {
        if let d = date(text) { return (d, nil) }
        guard let cut = text.firstIndex(where: { $0 == " " || $0 == "T" }), let d = date(String(text[..<cut])) else { return nil }
        let rest = String(text[text.index(after: cut)...]).trimmingSpaces()
        return (d, clockTime(rest))
    }

    /// `19:00`, `7:00`, `19:00:00`, `7pm`, `7.30 pm` → `HH:MM`; nil otherwise.
    static func clockTime(_ text: String) -> String? {
        var bytes = Array(text.lowercased().utf8).filter { $0 != 0x20 }
        var pm = false, am = false
        if bytes.count > 2, bytes.suffix(2) == Array("pm".utf8)[...] { pm = true; bytes.removeLast(2) }
        else if bytes.count > 2, bytes.suffix(2) == Array("am".utf8)[...] { am = true; bytes.removeLast(2) }
        let parts = bytes.split(omittingEmptySubsequences: false) { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: ".") }
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0 >= 48 && $0 <= 57 } }) else { return nil }
        func value(_ p: ArraySlice<UInt8>) -> Int { p.reduce(0) { $0 * 10 + Int($1 - 48) } }
        var hour = value(parts[0])
        let minute = parts.count > 1 ? value(parts[1]) : 0
        if parts.count == 1 && !(am || pm) { return nil }
        if am || pm {
            guard (1...12).contains(hour) else { return nil }
            hour = hour % 12 + (pm ? 12 : 0)
        }
        guard hour <= 23, minute <= 59 else { return nil }
        return clock(hour * 3600 + minute * 60)
    }

    /// Seconds after midnight → `HH:MM`.
    static func clock(_ seconds: Int) -> String {
        let h = seconds / 3600, m = seconds / 60 % 60
        return (h < 10 ? "0" : "") + String(h) + ":" + (m < 10 ? "0" : "") + String(m)
    }

}
