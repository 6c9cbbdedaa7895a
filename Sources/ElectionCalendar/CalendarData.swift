import Foundation

/// Everything the calendar runs on that a user may need to update without touching code: bank holidays
/// (GOV.UK `bank-holidays.json` format), the scheduled polls, and every UK principal council with its nation
/// and whether it is in London. The defaults are embedded at build time from `Calendars/`
/// (`EmbeddedCalendars.swift`); `--calendars DIR` replaces any of the three files at run time.
public struct CalendarData: Sendable {
    /// The file names looked for in a calendars folder.
    public static let bankHolidaysFile = "bank-holidays.json"
    /// See `bankHolidaysFile`.
    public static let scheduledPollsFile = "scheduled-polls.json"
    /// See `bankHolidaysFile`.
    public static let councilNationsFile = "council-nations.json"

    /// Bank holidays from data, with rules for other years.
    public var holidays: HolidaySource
    /// Ordinary polling days and their polls.
    public var scheduledPolls: [ScheduledPoll]
    /// Every principal council by Democracy Club organisation slug.
    public var councils: CouncilRegister

    /// Organisation slug → nation (a view of `councils`).
    public var councilNations: [String: Nation] { councils.nations }

    /// Creates data from parts.
    public init(holidays: HolidaySource, scheduledPolls: [ScheduledPoll], councils: CouncilRegister) {
        self.holidays = holidays
        self.scheduledPolls = scheduledPolls
        self.councils = councils
    }

    /// Parses the three files' bytes; a file missing from `files` keeps `base`'s copy of that part.
    public static func parse(files: [String: [UInt8]], base: CalendarData? = nil) throws(CalendarDataError) -> CalendarData {
        let holidays: HolidaySource
        if let bytes = files[bankHolidaysFile] {
            holidays = try parseBankHolidays(bytes)
        } else if let base {
            holidays = base.holidays
        } else {
            throw CalendarDataError(file: bankHolidaysFile, message: "is missing", hint: "copy GOV.UK's https://www.gov.uk/bank-holidays.json into the calendars folder")
        }
        let polls: [ScheduledPoll]
        if let bytes = files[scheduledPollsFile] { polls = try parseScheduledPolls(bytes) } else { polls = base?.scheduledPolls ?? [] }
        let councils: CouncilRegister
        if let bytes = files[councilNationsFile] { councils = try parseCouncils(bytes) } else { councils = base?.councils ?? CouncilRegister([]) }
        return CalendarData(holidays: holidays, scheduledPolls: polls, councils: councils)
    }

    /// Reads GOV.UK's `bank-holidays.json`: `{"england-and-wales": {"division": …, "events": [{"title", "date",
    /// "notes", "bunting"}]}, "scotland": …, "northern-ireland": …}`.
    public static func parseBankHolidays(_ bytes: [UInt8]) throws(CalendarDataError) -> HolidaySource {
        let file = bankHolidaysFile
        let object = try json(bytes, file: file)
        guard let root = object as? [String: Any] else {
            throw CalendarDataError(file: file, message: "is not a JSON object", hint: "use GOV.UK's bank-holidays.json format")
        }
        let divisions: [(String, Nation)] = [("england-and-wales", .england), ("scotland", .scotland), ("northern-ireland", .northernIreland)]
        var data: [Nation: [BankHoliday]] = [:]
        for (key, nation) in divisions {
            guard let division = root[key] as? [String: Any], let events = division["events"] as? [[String: Any]] else {
                throw CalendarDataError(file: file, message: "has no \"\(key)\" division with an \"events\" list",
                                        hint: "use GOV.UK's bank-holidays.json format, which has england-and-wales, scotland and northern-ireland")
            }
            var list: [BankHoliday] = []
            for (index, event) in events.enumerated() {
                guard let dateText = event["date"] as? String, let date = CivilDate(iso: dateText) else {
                    throw CalendarDataError(file: file, line: line(ofOccurrence: index, of: "\"date\"", in: bytes, after: key),
                                            message: "event \(index + 1) of \(key) has no valid \"date\" (YYYY-MM-DD)",
                                            hint: "fix or remove that event")
                }
                let title = (event["title"] as? String) ?? "Bank holiday"
                let notes = (event["notes"] as? String) ?? ""
                list.append(BankHoliday(date: date, title: title, isSubstitute: notes.lowercased().contains("substitute"), source: .data))
            }
            data[nation] = list
        }
        return HolidaySource(data: data)
    }

    /// Reads `scheduled-polls.json`: `{"polls": [{"date": "2027-05-06", "country": "england",
    /// "elections": ["local.2027-05-06"], "description": "…"}]}`.
    public static func parseScheduledPolls(_ bytes: [UInt8]) throws(CalendarDataError) -> [ScheduledPoll] {
        let file = scheduledPollsFile
        guard let root = try json(bytes, file: file) as? [String: Any], let entries = root["polls"] as? [[String: Any]] else {
            throw CalendarDataError(file: file, message: "has no \"polls\" list", hint: "see the format in the README")
        }
        var polls: [ScheduledPoll] = []
        for (index, entry) in entries.enumerated() {
            // The line is looked up only for an error: finding it for every entry made large files quadratic.
            let where_ = { line(ofOccurrence: index, of: "\"date\"", in: bytes, after: nil) }
            guard let dateText = entry["date"] as? String, let date = CivilDate(iso: dateText) else {
                throw CalendarDataError(file: file, line: where_(), message: "poll \(index + 1) has no valid \"date\" (YYYY-MM-DD)", hint: "fix that entry")
            }
            guard let country = entry["country"] as? String, let nation = Nation(argument: country) else {
                throw CalendarDataError(file: file, line: where_(), message: "poll \(index + 1) has no valid \"country\"",
                                        hint: "use england, wales, scotland or northern-ireland")
            }
            guard let elections = entry["elections"] as? [String], !elections.isEmpty else {
                throw CalendarDataError(file: file, line: where_(), message: "poll \(index + 1) has no \"elections\" list", hint: "list Democracy Club ids, e.g. local.2027-05-06")
            }
            polls.append(ScheduledPoll(date: date, nation: nation, elections: elections, description: (entry["description"] as? String) ?? ""))
        }
        return polls.sorted { $0.date < $1.date }
    }

    /// Reads `council-nations.json`: `{"councils": [{"slug": "edinburgh", "name": "City of Edinburgh",
    /// "nation": "scotland", "aliases": ["city-of-edinburgh"], "london": false, "ended": "YYYY-MM-DD"}]}`.
    /// The older form `{"wales": ["cardiff", …], "scotland": […]}` is still read.
    public static func parseCouncils(_ bytes: [UInt8]) throws(CalendarDataError) -> CouncilRegister {
        let file = councilNationsFile
        guard let root = try json(bytes, file: file) as? [String: Any] else {
            throw CalendarDataError(file: file, message: "is not a JSON object", hint: "see the format in the README")
        }
        guard let entries = root["councils"] else { return CouncilRegister(nations: try parseCouncilNations(root)) }
        guard let list = entries as? [[String: Any]] else {
            throw CalendarDataError(file: file, message: "\"councils\" is not a list of objects", hint: "write e.g. {\"slug\": \"cardiff\", \"name\": \"Cardiff\", \"nation\": \"wales\"}")
        }
        var councils: [Council] = []
        councils.reserveCapacity(list.count)
        for (position, entry) in list.enumerated() {
            let where_ = { line(ofOccurrence: position, of: "\"slug\"", in: bytes, after: nil) }
            guard let slug = entry["slug"] as? String, !slug.isEmpty else {
                throw CalendarDataError(file: file, line: where_(), message: "council \(position + 1) has no \"slug\"", hint: "give the Democracy Club organisation slug, e.g. \"cardiff\"")
            }
            guard let nationText = entry["nation"] as? String, let nation = Nation(argument: nationText) else {
                throw CalendarDataError(file: file, line: where_(), message: "council '\(slug)' has no valid \"nation\"", hint: "use england, wales, scotland or northern-ireland")
            }
            var ended: CivilDate?
            if let text = entry["ended"] as? String {
                guard let date = CivilDate(iso: text) else {
                    throw CalendarDataError(file: file, line: where_(), message: "council '\(slug)' has an \"ended\" that is not a date", hint: "write YYYY-MM-DD")
                }
                ended = date
            }
            councils.append(Council(slug: slug.lowercased(), aliases: ((entry["aliases"] as? [String]) ?? []).map { $0.lowercased() },
                                    name: (entry["name"] as? String) ?? slug, nation: nation, isLondon: (entry["london"] as? Bool) ?? false, ended: ended))
        }
        return CouncilRegister(councils)
    }

    /// The older form: nation → slugs of its councils outside England.
    static func parseCouncilNations(_ root: [String: Any]) throws(CalendarDataError) -> [String: Nation] {
        let file = councilNationsFile
        var map: [String: Nation] = [:]
        for (key, value) in root where !key.hasPrefix("_") {
            guard let nation = Nation(argument: key) else {
                throw CalendarDataError(file: file, message: "has an unknown key \"\(key)\"", hint: "list councils under \"councils\" (see the README)")
            }
            guard let slugs = value as? [String] else {
                throw CalendarDataError(file: file, message: "\"\(key)\" is not a list of organisation slugs", hint: "write e.g. \"wales\": [\"cardiff\"]")
            }
            for slug in slugs { map[slug.lowercased()] = nation }
        }
        return map
    }

    static func json(_ bytes: [UInt8], file: String) throws(CalendarDataError) -> Any {
        do {
            return try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            let text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            var line: Int?
            if let range = text.range(of: "character "), let offset = Int(text[range.upperBound...].prefix { $0.isNumber }) {
                line = 1 + bytes.prefix(offset).reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            }
            throw CalendarDataError(file: file, line: line, message: "is not valid JSON", hint: "check the commas, quotes and brackets near that line")
        }
    }

    /// Best-effort line of the `occurrence`th `needle` (0-based), after the first `anchor` if given.
    static func line(ofOccurrence occurrence: Int, of needle: String, in bytes: [UInt8], after anchor: String?) -> Int? {
        let needleBytes = Array(needle.utf8)
        var start = 0
        if let anchor, let found = find(Array("\"\(anchor)\"".utf8), in: bytes, from: 0) { start = found }
        var seen = -1
        var position = start
        while let found = find(needleBytes, in: bytes, from: position) {
            seen += 1
            if seen == occurrence { return 1 + bytes[..<found].reduce(0) { $0 + ($1 == 10 ? 1 : 0) } }
            position = found + needleBytes.count
        }
        return nil
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count, from <= bytes.count - needle.count else { return nil }
        var i = from
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0] && bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }
}

extension CalendarData {
    /// The data compiled into the binary from `Calendars/` (see `EmbeddedCalendars.swift`). Should the
    /// embedded copy ever fail to parse (a test prevents that), the calendar still works from the rules.
    public static let embedded: CalendarData = {
        let holidays = parseCompactLines(EmbeddedCalendars.bankHolidays)
        let polls = (try? parseScheduledPolls(Array((EmbeddedCalendars.files[scheduledPollsFile] ?? "").utf8))) ?? []
        let councils = parseCompactCouncils(EmbeddedCalendars.councils)
        return CalendarData(holidays: holidays, scheduledPolls: polls, councils: councils)
    }()

    /// The compact form of holidays that `embed-calendars` writes: `division<TAB>YYYY-MM-DD<TAB>title[<TAB>S]`.
    public static func compactLines(_ holidays: HolidaySource) -> String {
        var out = ""
        for (nation, division) in [(Nation.england, "england-and-wales"), (.scotland, "scotland"), (.northernIreland, "northern-ireland")] {
            for holiday in holidays.data[nation] ?? [] {
                out += "\(division)\t\(holiday.date.iso)\t\(holiday.title)\(holiday.isSubstitute ? "\tS" : "")\n"
            }
        }
        return out
    }

    /// Reads `compactLines` output; lines that do not parse are skipped (the drift test guards the file).
    public static func parseCompactLines(_ text: String) -> HolidaySource {
        var data: [Nation: [BankHoliday]] = [:]
        // Byte scanning: start-up cost matters for every command, and String.split walks graphemes.
        forEachTabbedLine(Array(text.utf8)) { fields in
            guard fields.count >= 3, fields[1].count == 10,
                  let year = CivilDate.number(fields[1].prefix(4)), let month = CivilDate.number(fields[1].dropFirst(5).prefix(2)),
                  let day = CivilDate.number(fields[1].suffix(2)), let date = CivilDate(year: year, month: month, day: day) else { return }
            let division = fields[0]
            let nation: Nation = division.first == 115 ? .scotland : division.first == 110 ? .northernIreland : .england  // s…, n…, e…
            data[nation, default: []].append(BankHoliday(date: date, title: String(decoding: fields[2], as: UTF8.self),
                                                         isSubstitute: fields.count > 3, source: .data))
        }
        return HolidaySource(data: data)
    }

    /// Calls `body` with the tab-separated fields of each line of the embedded compact data.
    static func forEachTabbedLine(_ bytes: [UInt8], _ body: ([ArraySlice<UInt8>]) -> Void) {
        var lineStart = 0
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 10 { lineEnd += 1 }
            var fields: [ArraySlice<UInt8>] = []
            var fieldStart = lineStart
            for index in lineStart...lineEnd where index == lineEnd || bytes[index] == 9 {
                fields.append(bytes[fieldStart..<index])
                fieldStart = index + 1
            }
            lineStart = lineEnd + 1
            body(fields)
        }
    }

    /// The compact form of the council list that `embed-calendars` writes, one council a line:
    /// `slug<TAB>nation<TAB>L or -<TAB>ended date or -<TAB>name<TAB>alias,alias`.
    public static func compactCouncilLines(_ register: CouncilRegister) -> String {
        var out = ""
        for council in register.councils {
            out += "\(council.slug)\t\(council.nation.rawValue)\t\(council.isLondon ? "L" : "-")\t\(council.ended?.iso ?? "-")\t\(council.name)\t\(council.aliases.joined(separator: ","))\n"
        }
        return out
    }

    /// Reads `compactCouncilLines` output by scanning bytes (start-up cost matters for every command); lines
    /// that do not parse are skipped (the drift test guards the embedded copy).
    public static func parseCompactCouncils(_ text: String) -> CouncilRegister {
        var councils: [Council] = []
        councils.reserveCapacity(480)
        forEachTabbedLine(Array(text.utf8)) { fields in
            guard fields.count == 6, let nation = Nation(rawValue: String(decoding: fields[1], as: UTF8.self)) else { return }
            let aliases = fields[5].split(separator: 44).map { String(decoding: $0, as: UTF8.self) }
            let ended = fields[3].count == 10 ? CivilDate(iso: String(decoding: fields[3], as: UTF8.self)) : nil
            councils.append(Council(slug: String(decoding: fields[0], as: UTF8.self), aliases: aliases, name: String(decoding: fields[4], as: UTF8.self),
                                    nation: nation, isLondon: fields[2].first == 76, ended: ended))  // 76: "L"
        }
        return CouncilRegister(councils)
    }

    /// The embedded copies, for the test that compares them with `Calendars/`: the compact holiday and
    /// council lines, and the other files verbatim.
    public static var embeddedFiles: (bankHolidays: String, councils: String, others: [String: String]) {
        (EmbeddedCalendars.bankHolidays, EmbeddedCalendars.councils, EmbeddedCalendars.files)
    }
}
