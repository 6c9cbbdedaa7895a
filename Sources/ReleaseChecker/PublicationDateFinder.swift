import ElectionCalendar
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a release's own publication date from its header lines, so that a draft is judged against the day
/// it goes out rather than the day it is checked: an embargo line ("Embargoed until 00:01, 14 April 2027"),
/// a labelled date ("Date: 14/04/2027", "FOR IMMEDIATE RELEASE – Wednesday 14 April 2027") or a dateline
/// ("14 April 2027", "ANYTOWN, Wednesday 14 April 2027 –"). Pure: bytes in, a date out; no clock.
public enum PublicationDateFinder {
    /// What kind of line gave the date; an embargo wins over a labelled date, which wins over a dateline.
    public enum Kind: Int, Sendable, Comparable {
        /// A dateline: a line that is a date, or a place and a date before the first words of the release.
        case dateline
        /// A labelled date: "Date:", "Issued:", "Release date:", "For immediate release", "Dyddiad:".
        case labelled
        /// An embargo: the release may not be published before this date, so it is the earliest it goes out.
        case embargo

        /// Orders by precedence.
        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

        /// Words for a report: "the embargo line", "the date line", "the dateline".
        public var described: String {
            switch self {
            case .dateline: "the dateline"
            case .labelled: "the date line"
            case .embargo: "the embargo line"
            }
        }
    }

    /// A publication date found in the text, with the line that gave it.
    public struct Found: Sendable, Equatable {
        /// The date.
        public var date: CivilDate
        /// The kind of line it came from.
        public var kind: Kind
        /// 1-based line number in the text.
        public var line: Int
        /// The line as written (trimmed, at most 120 characters), to quote in the report.
        public var text: String
        /// The weekday written before the date ("Wednesday 14 April 2027"), if any, so a typo in the date
        /// can be caught: nil when none is written.
        public var statedWeekday: Weekday?

        /// False when the line names a weekday the date does not fall on.
        public var weekdayAgrees: Bool { statedWeekday.map { $0 == date.weekday } ?? true }
    }

    /// Header lines looked at: datelines, embargoes and date labels sit at the top of a release, and dates
    /// further down are event dates, not the publication date.
    public static let headerLineLimit = 15

    /// Bytes of each header line looked at (a dateline or embargo line is far shorter), so a one-line
    /// 50 MB paragraph costs no more than a short one.
    public static let maximumLineBytes = 300

    /// The publication date of the release in `text`, or nil when its header gives none.
    public static func find(in text: String) -> Found? {
        var text = text
        return find(in: text.withUTF8 { Array($0.prefix(headerBytes)) })
    }

    /// Bytes of the text looked at: the header is at its top, so a long release is not copied whole.
    public static let headerBytes = 64 * 1024

    /// The publication date of the release in UTF-8 `bytes`, or nil when its header gives none.
    public static func find(in bytes: [UInt8]) -> Found? {
        let bytes = bytes.count > headerBytes ? Array(bytes.prefix(headerBytes)) : bytes
        var best: Found?
        var lineNumber = 0
        var nonBlank = 0
        var start = 0
        var embargoWithoutDate = false
        let n = bytes.count
        while start < n, nonBlank < headerLineLimit {
            let end = lineEnd(bytes, from: start)
            lineNumber += 1
            let line = bytes[start..<min(end, start + maximumLineBytes)] // a date line is short; never tokenize a huge one
            // Next line start: CR LF, LF or CR ends a line.
            var next = end + 1
            if end + 1 < n, bytes[end] == 0x0D, bytes[end + 1] == 0x0A { next = end + 2 }
            start = next
            if isBlank(line) { continue }
            nonBlank += 1
            // Every date has digits, so a line without any can only matter as an embargo line whose date
            // follows on the next line; the rest of prose is not tokenized at all.
            // Once a labelled date is found only an embargo can outrank it, so other lines are not read further.
            let embargo = isEmbargo(line)
            if !embargo && (best?.kind == .labelled && !embargoWithoutDate || !hasDigit(line)) {
                embargoWithoutDate = false
                continue
            }
            let tokens = tokenize(line)
            let kind: Kind?
            let carried = embargoWithoutDate
            embargoWithoutDate = false
            if embargo {
                kind = .embargo
            } else if carried {
                kind = .embargo // "EMBARGOED UNTIL:" with the date on the next line
            } else if isLabelled(tokens, line) {
                kind = .labelled
            } else {
                kind = nil
            }
            guard let (date, at, after) = firstDate(tokens) else {
                // "EMBARGOED UNTIL:" with the date on the next line (but not "Embargo: none").
                if kind == .embargo && !carried, let last = tokens.last,
                   last.is(":") || last.is("until") || last.is("till") || last.is("before") || last.is("embargoed") || last.is("embargo") {
                    embargoWithoutDate = true
                }
                continue
            }
            let found: Kind
            if let kind {
                found = kind
            } else if publishedBefore(at, in: tokens) {
                found = .labelled // "Published 1 April 2027 by …", "(published 1 May 2027)", "i'w gyhoeddi 29 Ebrill 2027"
            } else if isDateline(tokens, dateAt: at, after: after) {
                found = .dateline
            } else {
                continue
            }
            if best == nil || found > (best?.kind ?? .dateline) {
                best = Found(date: date, kind: found, line: lineNumber, text: quoted(line), statedWeekday: weekday(before: at, in: tokens))
            }
            if found == .embargo { break }
        }
        return best
    }

    // MARK: - Tokens

    /// A token of a line: a run of letters, a run of digits, or one other byte; `start` and `end` are offsets
    /// in the line, so adjacency ("14/04/2027") can be told from spacing ("14 / 04").
    struct Token {
        enum Kind { case word, number, punct }
        var kind: Kind
        /// Lower-cased bytes (ASCII folded).
        var bytes: [UInt8]
        var start: Int
        var end: Int
        func `is`(_ text: String) -> Bool { bytes.elementsEqual(text.utf8) }
    }

    static func tokenize(_ line: ArraySlice<UInt8>) -> [Token] {
        var tokens: [Token] = []
        var i = line.startIndex
        let base = line.startIndex
        while i < line.endIndex {
            let b = line[i]
            if b == 0x20 || b == 0x09 { i += 1; continue }
            if b == 0xC2, i + 1 < line.endIndex, line[i + 1] == 0xA0 { i += 2; continue } // no-break space
            let kind: Token.Kind
            var j = i
            if isLetter(b) {
                kind = .word
                while j < line.endIndex, isLetter(line[j]) { j += 1 }
            } else if b >= 0x30 && b <= 0x39 {
                kind = .number
                while j < line.endIndex, line[j] >= 0x30 && line[j] <= 0x39 { j += 1 }
            } else {
                kind = .punct
                j += 1
                if b >= 0xC0 { while j < line.endIndex, line[j] & 0xC0 == 0x80 { j += 1 } } // one UTF-8 character
            }
            let folded = line[i..<j].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            tokens.append(Token(kind: kind, bytes: folded, start: i - base, end: j - base))
            i = j
        }
        return tokens
    }

    @inline(__always) static func isLetter(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x27 || b >= 0xC3 && b < 0xE0 || b >= 0x80 && b < 0xC0
    }

    // MARK: - Dates

    /// Month names and abbreviations (English, and Welsh as Welsh councils write bilingual releases).
    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        let english = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        let welsh = ["ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf", "awst", "medi", "hydref", "tachwedd", "rhagfyr"]
        for (k, name) in english.enumerated() {
            m[name] = k + 1
            m[String(name.prefix(3))] = k + 1
        }
        for (k, name) in welsh.enumerated() { m[name] = k + 1 }
        m["sept"] = 9
        return m
    }()

    /// Weekday names and abbreviations (English; Welsh "dydd Llun" etc.).
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "dydd", "llun", "mawrth", "mercher", "iau", "gwener", "sadwrn", "sul",
    ]

    /// English weekday names and abbreviations by day.
    static let weekdayNames: [String: Weekday] = [
        "monday": .monday, "mon": .monday, "tuesday": .tuesday, "tue": .tuesday, "tues": .tuesday,
        "wednesday": .wednesday, "wed": .wednesday, "thursday": .thursday, "thu": .thursday, "thur": .thursday,
        "thurs": .thursday, "friday": .friday, "fri": .friday, "saturday": .saturday, "sat": .saturday,
        "sunday": .sunday, "sun": .sunday,
    ]

    /// The weekday written just before the date at token `at` ("Wednesday 14 April", "Wed, 14 April").
    static func weekday(before at: Int, in tokens: [Token]) -> Weekday? {
        var i = at - 1
        if i >= 0, tokens[i].is(",") { i -= 1 }
        guard i >= 0, tokens[i].kind == .word else { return nil }
        return weekdayNames[String(decoding: tokens[i].bytes, as: UTF8.self)]
    }

    static func month(_ t: Token) -> Int? {
        guard t.kind == .word, t.bytes.count >= 3 else { return nil }
        return months[String(decoding: t.bytes, as: UTF8.self)]
    }

    static func number(_ t: Token, digits: ClosedRange<Int>) -> Int? {
        guard t.kind == .number, digits.contains(t.bytes.count) else { return nil }
        return t.bytes.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    /// The first date on the line: token index where it starts and the index after it.
    static func firstDate(_ tokens: [Token]) -> (CivilDate, Int, Int)? {
        for k in tokens.indices {
            if let (date, after) = date(tokens, at: k) { return (date, k, after) }
        }
        return nil
    }

    /// A date starting at token `k`: "14 April 2027", "14th of April, 2027", "April 14, 2027",
    /// "14/04/2027" or "14/04/27" (also with "." or "-"), "2027-04-14".
    static func date(_ t: [Token], at k: Int) -> (CivilDate, Int)? {
        func tok(_ i: Int) -> Token? { i < t.count ? t[i] : nil }
        func adjacent(_ i: Int) -> Bool { i > 0 && i < t.count && t[i].start == t[i - 1].end }
        func skipOrdinal(_ i: Int) -> Int {
            if let s = tok(i), s.kind == .word, adjacent(i), s.is("st") || s.is("nd") || s.is("rd") || s.is("th") { return i + 1 }
            return i
        }
        guard let first = tok(k) else { return nil }
        if let day = number(first, digits: 1...2) {
            // 14/04/2027, 14.04.2027, 14-04-2027
            if let sep = tok(k + 1), sep.kind == .punct, adjacent(k + 1), sep.is("/") || sep.is(".") || sep.is("-"),
               let m = tok(k + 2).flatMap({ number($0, digits: 1...2) }), adjacent(k + 2),
               let sep2 = tok(k + 3), sep2.bytes == sep.bytes, adjacent(k + 3),
               let yearToken = tok(k + 4), adjacent(k + 4),
               let y = number(yearToken, digits: 4...4) ?? number(yearToken, digits: 2...2).map({ 2000 + $0 }), // "14/04/27"
               let d = CivilDate(year: y, month: m, day: day) {
                return (d, k + 5)
            }
            // 14 April 2027, 14th of April, 2027
            var i = skipOrdinal(k + 1)
            if let of = tok(i), of.is("of") { i += 1 }
            if let of = tok(i), of.is("o") { i += 1 } // Welsh "14 o Ebrill"
            guard let mt = tok(i), let m = month(mt) else { return nil }
            i += 1
            if let comma = tok(i), comma.is(",") { i += 1 }
            guard let y = tok(i).flatMap({ number($0, digits: 4...4) }), let d = CivilDate(year: y, month: m, day: day) else { return nil }
            return (d, i + 1)
        }
        if let y = number(first, digits: 4...4) {
            // 2027-04-14
            guard let s1 = tok(k + 1), s1.is("-"), adjacent(k + 1), let m = tok(k + 2).flatMap({ number($0, digits: 1...2) }), adjacent(k + 2),
                  let s2 = tok(k + 3), s2.is("-"), adjacent(k + 3), let day = tok(k + 4).flatMap({ number($0, digits: 1...2) }), adjacent(k + 4),
                  let d = CivilDate(year: y, month: m, day: day) else { return nil }
            return (d, k + 5)
        }
        if let m = month(first) {
            // April 14, 2027
            guard let day = tok(k + 1).flatMap({ number($0, digits: 1...2) }) else { return nil }
            var i = skipOrdinal(k + 2)
            if let comma = tok(i), comma.is(",") { i += 1 }
            guard let y = tok(i).flatMap({ number($0, digits: 4...4) }), let d = CivilDate(year: y, month: m, day: day) else { return nil }
            return (d, i + 1)
        }
        return nil
    }

    // MARK: - Kinds of line

    /// "Embargoed until", "EMBARGO:", "under embargo", "not for publication before/until", "dan embargo".
    static func isEmbargo(_ line: ArraySlice<UInt8>) -> Bool {
        // One pass: every phrase starts with "em" or "no", so only those two bytes start a comparison, and
        // eight bytes at a time are skipped when neither pair starts in their first seven.
        line.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return false }
            let raw = UnsafeRawPointer(base)
            let n = p.count
            var i = 0
            /// Whether a byte of `v` is zero (exact as a yes or no: (v - 0x01…) & ~v & 0x80…).
            @inline(__always) func hasZeroByte(_ v: UInt64) -> Bool { (v &- 0x0101_0101_0101_0101) & ~v & 0x8080_8080_8080_8080 != 0 }
            while i + 1 < n {
                if i + 8 <= n {
                    // Byte k of `y` folded to lower case, byte k of `next` is byte k + 1 (0 past the word).
                    let y = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) | 0x2020_2020_2020_2020
                    let next = y >> 8
                    let em = (y ^ 0x6565_6565_6565_6565) | (next ^ 0x6D6D_6D6D_6D6D_6D6D)
                    let no = (y ^ 0x6E6E_6E6E_6E6E_6E6E) | (next ^ 0x6F6F_6F6F_6F6F_6F6F)
                    if !hasZeroByte(em) && !hasZeroByte(no) {
                        i += 7
                        continue
                    }
                }
                let c = p[i] | 0x20, d = p[i + 1] | 0x20
                if c == 0x65 && d == 0x6D {
                    if startsWith(line[(line.startIndex + i)...], "embargo") { return true }
                } else if c == 0x6E && d == 0x6F {
                    let rest = line[(line.startIndex + i)...]
                    if startsWith(rest, "not for publication") || startsWith(rest, "not to be published") || startsWith(rest, "not for release") {
                        return true
                    }
                }
                i += 1
            }
            return false
        }
    }

    /// The end of the line starting at `start`: the first CR or LF from there, or the end of the bytes.
    static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int {
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress, start < p.count else { return start }
            /// The offset of the first `byte` from `start` before `end`, or `end` (the first LF, then the first
            /// CR before it: two memchr scans instead of a byte loop).
            func first(_ byte: Int32, before end: Int) -> Int {
                guard let hit = memchr(base + start, byte, end - start) else { return end }
                return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            return first(0x0D, before: first(0x0A, before: p.count))
        }
    }

    /// Whether `line` starts with `prefix` (ASCII, compared without case).
    static func startsWith(_ line: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard line.count >= count else { return false }
        let pattern = UnsafeBufferPointer(start: prefix.utf8Start, count: count)
        var i = line.startIndex
        for k in 0..<count {
            let b = line[i]
            if (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) != pattern[k] { return false }
            i += 1
        }
        return true
    }

    /// Labels that introduce the release's own date (never "Closing date:" or "Deadline:", which are other dates).
    static let labels: [[String]] = [
        ["date"], ["dated"], ["release", "date"], ["date", "of", "release"], ["issued"], ["date", "issued"],
        ["issue", "date"], ["date", "of", "issue"], ["published"], ["publication", "date"], ["date", "of", "publication"],
        ["for", "release"], ["released"], ["press", "release"], ["news", "release"], ["media", "release"],
        ["dyddiad"], ["dyddiad", "cyhoeddi"], ["cyhoeddwyd"],
    ]

    /// A labelled date line: a label from `labels` then ":" (or "–"), or "for immediate release".
    static func isLabelled(_ tokens: [Token], _ line: ArraySlice<UInt8>) -> Bool {
        if contains(line, "for immediate release") || contains(line, "ar unwaith") { return true }
        var i = 0
        while i < tokens.count, tokens[i].kind == .punct, !tokens[i].is(":") { i += 1 } // "**Date:**", "# Date:"
        for label in labels where i + label.count < tokens.count {
            guard label.indices.allSatisfy({ tokens[i + $0].is(label[$0]) }) else { continue }
            let after = tokens[i + label.count]
            if after.is(":") || after.is("-") || after.is("–") || after.is("—") || after.is("|") { return true }
        }
        return false
    }

    /// Words saying the date is when the text is published or issued, when they stand right before it.
    static let publishedWords: Set<String> = ["published", "issued", "dated", "released", "cyhoeddi", "gyhoeddi", "cyhoeddwyd", "cyhoeddir"]

    /// True when "published", "issued" (or the Welsh "cyhoeddi") stands right before the date at `at`,
    /// optionally with "on" or a colon between.
    static func publishedBefore(_ at: Int, in tokens: [Token]) -> Bool {
        var i = at - 1
        if i >= 0, tokens[i].kind == .word, weekdays.contains(String(decoding: tokens[i].bytes, as: UTF8.self)) { i -= 1 }
        if i >= 0, tokens[i].is(":") || tokens[i].is("on") || tokens[i].is(",") { i -= 1 }
        guard i >= 0, tokens[i].kind == .word else { return false }
        return publishedWords.contains(String(decoding: tokens[i].bytes, as: UTF8.self))
    }

    /// Words that make a name before a dash an event's ("Closing date – 30 April 2027"), not a publication's.
    static let eventNameWords: Set<String> = [
        "closing", "closes", "deadline", "opens", "opening", "open", "ends", "starts", "start", "event", "events", "meeting",
        "when", "polling", "poll", "election", "elections", "nominations", "register", "vote", "date", "dates", "until", "from",
        "consultation", "hearing", "session", "w", "c",
    ]

    /// Prepositions that make a date an event's ("on 14 April 2027", "from 14 April"), not a dateline.
    static let eventWords: Set<String> = ["on", "from", "until", "till", "by", "before", "after", "since", "at", "in", "to", "and", "of"]

    /// A dateline: before the date only a weekday and/or a place ending in a comma ("ANYTOWN, 14 April 2027");
    /// after it nothing, or a dash, colon or bar before the first sentence.
    static func isDateline(_ tokens: [Token], dateAt at: Int, after: Int) -> Bool {
        if after < tokens.count {
            let next = tokens[after]
            // A dash, colon or bar before the first sentence; "/" before the same date in the other language.
            guard next.is("-") || next.is("–") || next.is("—") || next.is(":") || next.is("|") || next.is(".") || next.is(")")
                || next.is("/") else { return false }
        }
        var i = 0
        var words = 0
        var eventWord = false
        var separator: Token?
        while i < at {
            let t = tokens[i]
            let word = String(decoding: t.bytes, as: UTF8.self)
            if t.kind == .word && weekdays.contains(word) {
                // a weekday is fine anywhere before the date
            } else if t.is(",") || t.is("-") || t.is("–") || t.is("—") || t.is("|") {
                if separator == nil { separator = t }
            } else if t.is("(") || t.is("*") || t.is("#") || t.is("_") {
                // markdown emphasis, headings
            } else if (t.kind == .word || t.is("'") || t.is("’") || t.is("&")) && separator == nil && !eventWords.contains(word) {
                if eventNameWords.contains(word) { eventWord = true }
                words += 1
                if words > 6 { return false }
            } else {
                return false
            }
            i += 1
        }
        // A place or a paper's name ends with a comma or a dash before the date ("ANYTOWN, 14 April 2027",
        // "Calderbrook Courier – Thursday 15 April 2027"); bare words before a date are a sentence.
        if words > 0 {
            guard let separator else { return false }
            return separator.is(",") || !eventWord
        }
        return true
    }

    // MARK: - Bytes

    /// True when the line holds only spaces, tabs and no-break spaces (the tokenizer's separators).
    static func isBlank(_ line: ArraySlice<UInt8>) -> Bool {
        var i = line.startIndex
        while i < line.endIndex {
            let b = line[i]
            if b == 0x20 || b == 0x09 { i += 1; continue }
            if b == 0xC2, i + 1 < line.endIndex, line[i + 1] == 0xA0 { i += 2; continue }
            return false
        }
        return true
    }

    /// True when the line holds an ASCII digit: no date can be written without one.
    static func hasDigit(_ line: ArraySlice<UInt8>) -> Bool {
        line.withUnsafeBufferPointer { $0.contains { $0 &- 0x30 < 10 } }
    }

    /// Whether `line` contains `needle` (ASCII, compared without case).
    static func contains(_ line: ArraySlice<UInt8>, _ needle: StaticString) -> Bool {
        let count = needle.utf8CodeUnitCount
        guard count > 0, line.count >= count else { return false }
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: count)
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
        var i = line.startIndex
        let last = line.endIndex - count
        while i <= last {
            var k = 0
            while k < count, lower(line[i + k]) == pattern[k] { k += 1 }
            if k == count { return true }
            i += 1
        }
        return false
    }

    /// The line trimmed and shortened for quoting.
    static func quoted(_ line: ArraySlice<UInt8>) -> String {
        var a = line.startIndex, b = line.endIndex
        while a < b, line[a] == 0x20 || line[a] == 0x09 { a += 1 }
        while b > a, line[b - 1] == 0x20 || line[b - 1] == 0x09 { b -= 1 }
        let text = String(decoding: line[a..<b], as: UTF8.self)
        // No more characters than bytes: a short line needs no counting.
        guard b - a > 120 else { return text }
        return text.count > 120 ? String(text.prefix(119)) + "…" : text
    }
}
