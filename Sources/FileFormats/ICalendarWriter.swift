/// Writes an iCalendar (RFC 5545) file of all-day events that Outlook, Google Calendar and Apple Calendar
/// import: CRLF line ends (§3.1), lines folded at 75 octets without splitting a UTF-8 character (§3.1),
/// TEXT values escaped (§3.3.11), `VALUE=DATE` starts with an exclusive `DTEND` (§3.6.1), and stable UIDs
/// so a re-import updates events instead of duplicating them.
public struct ICalendarWriter: Sendable {
    /// One all-day event.
    public struct Event: Sendable, Equatable {
        /// Globally unique, stable id (RFC 5545 §3.8.4.7).
        public var uid: String
        /// First day, `YYYYMMDD`.
        public var startDate: String
        /// The day after the last day, `YYYYMMDD` (DTEND is exclusive for dates).
        public var endDateExclusive: String
        /// Title.
        public var summary: String
        /// Longer text.
        public var description: String
        /// Categories (comma-separated on output).
        public var categories: [String]

        /// Creates an event.
        public init(uid: String, startDate: String, endDateExclusive: String, summary: String, description: String, categories: [String] = []) {
            self.uid = uid
            self.startDate = startDate
            self.endDateExclusive = endDateExclusive
            self.summary = summary
            self.description = description
            self.categories = categories
        }
    }

    /// Calendar name shown by clients (`X-WR-CALNAME`).
    public var name: String
    /// `DTSTAMP` for every event, a UTC date-time `YYYYMMDDTHHMMSSZ` (RFC 5545 §3.8.7.2 requires one).
    public var stamp: String
    /// The events.
    public var events: [Event]

    /// Creates a writer.
    public init(name: String, stamp: String, events: [Event]) {
        self.name = name
        self.stamp = stamp
        self.events = events
    }

    /// The whole file.
    public func render() -> String {
        var out = ""
        func line(_ text: String) { out += ICalendarWriter.fold(text) + "\r\n" }
        line("BEGIN:VCALENDAR")
        line("VERSION:2.0")
        line("PRODID:-//PreElection//Pre-election periods//EN")
        line("CALSCALE:GREGORIAN")
        line("METHOD:PUBLISH")
        line("X-WR-CALNAME:" + ICalendarWriter.escape(name))
        for event in events {
            line("BEGIN:VEVENT")
            line("UID:" + event.uid)
            line("DTSTAMP:" + stamp)
            line("DTSTART;VALUE=DATE:" + event.startDate)
            line("DTEND;VALUE=DATE:" + event.endDateExclusive)
            line("SUMMARY:" + ICalendarWriter.escape(event.summary))
            line("DESCRIPTION:" + ICalendarWriter.escape(event.description))
            if !event.categories.isEmpty { line("CATEGORIES:" + event.categories.map(ICalendarWriter.escape).joined(separator: ",")) }
            line("TRANSP:TRANSPARENT")
            line("END:VEVENT")
        }
        line("END:VCALENDAR")
        return out
    }

    /// RFC 5545 §3.3.11 TEXT escaping: backslash, semicolon, comma and line breaks.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// RFC 5545 §3.1 folding: at most 75 octets a line; continuation lines start with one space.
    public static func fold(_ line: String) -> String {
        let bytes = Array(line.utf8)
        guard bytes.count > 75 else { return line }
        var out: [UInt8] = []
        var index = 0
        var limit = 75
        while index < bytes.count {
            var end = min(index + limit, bytes.count)
            // Never split a multi-byte UTF-8 character: back up to a lead byte.
            while end < bytes.count && end > index && bytes[end] & 0xC0 == 0x80 { end -= 1 }
            if !out.isEmpty { out += [0x0D, 0x0A, 0x20] }
            out += bytes[index..<end]
            index = end
            limit = 74  // the leading space counts
        }
        return String(decoding: out, as: UTF8.self)
    }
}
