import ElectionCalendar

/// Reads the dates people type into a council's events spreadsheet, so a row is never skipped because the
/// clerk wrote "Tue 14 Apr 2027" rather than 2027-04-14.
///
/// Accepted, with or without a time after the date (`19:00`, `7pm`, `7.30 pm`, `at 7pm`, `19:00-21:00`):
/// `2027-04-14`, `2027-4-14`, `2027/04/14`, `2027-04-14T19:00:00`; day first, as in the UK: `14/04/2027`,
/// `14/4/27`, `14-04-2027`, `14.04.2027`; month names, short or long, in English or Welsh: `14 April 2027`,
/// `14th Apr 2027`, `14-Apr-2027`, `14-Apr-27`, `April 14, 2027`; and any of these after a weekday
/// (`Tue 14 Apr 2027`, `Wednesday, 14 April 2027`). A two-digit year is 20YY. Scans UTF-8 bytes.
public struct EventDateText: Sendable, Equatable {
    /// The day.
    public var date: CivilDate
    /// The start time as `HH:MM`, when one followed the date and could be read.
    public var time: String?
    /// True when something followed the date that is not a time (the date is still read).
    public var timeUnread: Bool
    /// The weekday written before the date when it is not the date's weekday (e.g. "Tue" before a
    /// Wednesday); nil when none was written or it agrees.
    public var statedWeekday: Weekday?

    /// Parses `text`; nil when it holds no date in a form above.
    public init?(_ text: String) {
        var tokens = EventDateText.tokens(Array(text.utf8))
        var stated: Weekday?
        if let first = tokens.first, case .word(let w) = first.kind, let day = EventDateText.weekday(w) {
            stated = day
            tokens.removeFirst()
        }
        guard let (date, used) = EventDateText.date(tokens) else { return nil }
        self.date = date
        self.statedWeekday = stated == date.weekday ? nil : stated
        // What follows the date: an optional "at"/"from", then a time.
        let joiners: Set<String> = ["at", "from", "t"]
        let rest = tokens[used...].drop { (token: Token) -> Bool in
            guard case .word(let w) = token.kind else { return false }
            return joiners.contains(String(decoding: w, as: UTF8.self))
        }
        self.time = rest.isEmpty ? nil : EventDateText.time(EventDateText.text(of: rest))
        self.timeUnread = !rest.isEmpty && time == nil
    }

    /// A time such as `19:00`, `7:00`, `19:00:00`, `7pm`, `7.30 pm`, `19:00Z`, or the start of a range
    /// (`19:00-21:00`, `7pm to 9pm`) → `HH:MM`; nil otherwise.
    public static func time(_ text: String) -> String? {
        var bytes = Array(text.lowercased().utf8.drop { !(($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 122)) })
        // The start of a range.
        if let cut = bytes.firstIndex(where: { $0 == UInt8(ascii: "-") || $0 == 0xE2 }) { bytes = Array(bytes[..<cut]) }
        if let to = bytes.indices.first(where: { bytes[$0...].starts(with: Array(" to ".utf8)) }) { bytes = Array(bytes[..<to]) }
        bytes = bytes.filter { $0 != 0x20 && $0 != 0x09 }
        if bytes.last == UInt8(ascii: "z") { bytes.removeLast() }
        var pm = false, am = false
        if bytes.count > 2, bytes.suffix(2).elementsEqual("pm".utf8) { pm = true; bytes.removeLast(2) }
        else if bytes.count > 2, bytes.suffix(2).elementsEqual("am".utf8) { am = true; bytes.removeLast(2) }
        else if bytes.count > 4, bytes.suffix(4).elementsEqual("p.m.".utf8) { pm = true; bytes.removeLast(4) }
        else if bytes.count > 4, bytes.suffix(4).elementsEqual("a.m.".utf8) { am = true; bytes.removeLast(4) }
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
        return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    struct Token {
        enum Kind: Equatable { case number(Int, digits: Int), word([UInt8]) }
        var kind: Kind
        /// The separator bytes just before this token (spaces dropped), e.g. "/" or "-".
        var separator: [UInt8]
        /// The token's own bytes as written (lower-cased).
        var raw: [UInt8]
    }

    /// Splits into runs of digits and runs of letters, remembering the punctuation before each run.
    static func tokens(_ bytes: [UInt8]) -> [Token] {
        var result: [Token] = []
        var separator: [UInt8] = []
        var i = 0
        while i < bytes.count {
            var b = bytes[i]
            if b >= 65 && b <= 90 { b += 32 }
            let isDigit = b >= 48 && b <= 57
            let isLetter = (b >= 97 && b <= 122) || b >= 0x80
            guard isDigit || isLetter else {
                if b != 0x20 && b != 0x09 && b != 0xA0 { separator.append(b) }
                i += 1
                continue
            }
            var run: [UInt8] = []
            while i < bytes.count {
                var c = bytes[i]
                if c >= 65 && c <= 90 { c += 32 }
                let digit = c >= 48 && c <= 57
                let letter = (c >= 97 && c <= 122) || c >= 0x80
                guard isDigit ? digit : letter else { break }
                run.append(c)
                i += 1
            }
            if isDigit {
                let value = run.count <= 9 ? run.reduce(0) { $0 * 10 + Int($1 - 48) } : Int.max
                result.append(Token(kind: .number(value, digits: run.count), separator: separator, raw: run))
            } else {
                result.append(Token(kind: .word(run), separator: separator, raw: run))
            }
            separator = []
        }
        return result
    }

    /// The date at the start of `tokens` and how many tokens it used.
    static func date(_ tokens: [Token]) -> (CivilDate, Int)? {
        guard tokens.count >= 2 else { return nil }
        // Numeric: Y-M-D or D/M/Y, one separator used throughout.
        if tokens.count >= 3, case .number(let a, let ad) = tokens[0].kind, case .number(let b, let bd) = tokens[1].kind,
           case .number(let c, let cd) = tokens[2].kind, bd <= 2 {
            let sep = tokens[1].separator
            guard sep.count == 1, [UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ".")].contains(sep[0]),
                  tokens[2].separator == sep else { return nil }
            if ad == 4 && cd <= 2 {
                return CivilDate(year: a, month: b, day: c).map { ($0, 3) }
            }
            guard ad <= 2, cd == 4 || cd == 2, let year = year(c, digits: cd) else { return nil }
            return CivilDate(year: year, month: b, day: a).map { ($0, 3) }
        }
        // Day, month name, year: "14 April 2027", "14th Apr 2027", "14-Apr-27".
        if case .number(let d, let dd) = tokens[0].kind, dd <= 2 {
            var i = 1
            if case .word(let w) = tokens[i].kind, ["st", "nd", "rd", "th"].contains(String(decoding: w, as: UTF8.self)) { i += 1 }
            guard i + 1 < tokens.count, case .word(let m) = tokens[i].kind, let month = month(m),
                  case .number(let y, let yd) = tokens[i + 1].kind, let year = year(y, digits: yd) else { return nil }
            return CivilDate(year: year, month: month, day: d).map { ($0, i + 2) }
        }
        // Month name, day, year: "April 14, 2027", "Apr 14th 2027".
        if case .word(let m) = tokens[0].kind, let month = month(m), case .number(let d, let dd) = tokens[1].kind, dd <= 2 {
            var i = 2
            if i < tokens.count, case .word(let w) = tokens[i].kind, ["st", "nd", "rd", "th"].contains(String(decoding: w, as: UTF8.self)) { i += 1 }
            guard i < tokens.count, case .number(let y, let yd) = tokens[i].kind, yd == 4, let year = year(y, digits: yd) else { return nil }
            return CivilDate(year: year, month: month, day: d).map { ($0, i + 1) }
        }
        return nil
    }

    /// A 4-digit year, or a 2-digit one read as 20YY.
    static func year(_ value: Int, digits: Int) -> Int? {
        switch digits {
        case 4: return value
        case 2: return 2000 + value
        default: return nil
        }
    }

    /// Month names and their usual short forms, English and Welsh.
    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        for (i, name) in english.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        let welsh = ["ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr"]
        for (i, name) in welsh.enumerated() { table[name] = i + 1 }
        return table
    }()

    static func month(_ word: [UInt8]) -> Int? { months[String(decoding: word, as: UTF8.self)] }

    /// Weekday names and short forms.
    static let weekdays: [String: Weekday] = {
        var table: [String: Weekday] = [:]
        for day in Weekday.allCases {
            let name = day.name.lowercased()
            table[name] = day
            table[String(name.prefix(3))] = day
        }
        table["tues"] = .tuesday; table["weds"] = .wednesday; table["thur"] = .thursday; table["thurs"] = .thursday
        return table
    }()

    static func weekday(_ word: [UInt8]) -> Weekday? { weekdays[String(decoding: word, as: UTF8.self)] }

    /// The tokens written back as text (with their separators), to read a time from.
    static func text(of tokens: ArraySlice<Token>) -> String {
        var bytes: [UInt8] = []
        for t in tokens {
            if t.separator.isEmpty && !bytes.isEmpty { bytes.append(0x20) }
            bytes += t.separator
            bytes += t.raw
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
