import ElectionCalendar
import FileFormats
import HTTPServer
import ReleaseChecker

/// LanguageTool's HTTP API (`/v2/check`, `/v2/languages`), answered with PreElection's findings, so the
/// editors that already talk to a LanguageTool server (LibreOffice, the browser and Thunderbird add-ons,
/// Obsidian, LTeX, `language_tool_python`) underline them as the officer types. Offsets and lengths are in
/// UTF-16 code units, as LanguageTool's Java and JavaScript clients count.
enum LanguageToolAPI {
    /// The rule category every match carries.
    static let category = JSONValue.object([("id", .string("PREELECTION")), ("name", .string("Pre-election publicity"))])

    /// Languages answered: English and Welsh (the checker reads both).
    static let languages: [(name: String, code: String, longCode: String)] = [
        ("English", "en", "en"), ("English (GB)", "en", "en-GB"), ("Welsh", "cy", "cy"), ("Welsh (GB)", "cy", "cy-GB"),
    ]

    /// `GET /v2/languages`.
    static func languagesResponse() -> HTTPResponse {
        let list = JSONValue.array(languages.map { .object([("name", .string($0.name)), ("code", .string($0.code)), ("longCode", .string($0.longCode))]) })
        return json(list)
    }

    /// `POST /v2/check` (form body) or `GET /v2/check` (query string).
    static func check(_ request: HTTPRequest, service: CheckService, maxFields: Int) -> HTTPResponse {
        let fields: FormFields
        do throws(HTTPError) {
            var pairs = try FormFields.parse(request.query.utf8, maxFields: maxFields).pairs
            if !request.body.isEmpty {
                let type = request.mediaType
                guard type.isEmpty || type == "application/x-www-form-urlencoded" else {
                    return .error(415, "send the text form-encoded (application/x-www-form-urlencoded), as LanguageTool clients do")
                }
                pairs += try FormFields.parse(request.body, maxFields: maxFields - pairs.count).pairs
            }
            fields = FormFields(pairs: pairs)
        } catch {
            return .error(error.status, error.message)
        }
        // The document: `text` or annotated `data`.
        let document: AnnotatedText
        if let data = fields["data"] {
            do throws(AnnotatedText.Failure) { document = try AnnotatedText.parse(json: data) } catch { return .error(400, error.message) }
        } else if let text = fields["text"] {
            document = AnnotatedText(text: text)
        } else {
            return .error(400, "missing 'text' or 'data' parameter; send text=… (form-encoded)")
        }
        // Language: en, en-GB, cy, auto (other English and Welsh variants are read as those).
        let asked = fields["language"] ?? "auto"
        guard let language = language(asked, text: document.plain) else {
            return .error(400, "'\(asked)' is not a language PreElection checks; use en-GB, en, cy or auto")
        }
        // Rules: LanguageTool's enabledRules/disabledRules/enabledOnly, with our ids in either spelling.
        let known = service.ruleIDs
        let disabled = Set(list(fields["disabledRules"]).compactMap { ruleID(fromClient: $0) })
        let enabled = Set(list(fields["enabledRules"]).compactMap { ruleID(fromClient: $0) })
        var off = disabled
        if fields["enabledOnly"]?.lowercased() == "true" {
            guard !enabled.isEmpty else { return .error(400, "enabledOnly=true needs enabledRules (e.g. PREELECTION_MEMBER_QUOTE)") }
            off.formUnion(known.filter { !enabled.contains($0) })
        }
        // Our own choices: the publication date, the nation and the polls.
        let prepared: CheckService.Prepared
        do throws(CLIError) {
            prepared = try service.prepare(date: fields["date"], country: fields["country"], elections: fields.all("election").flatMap { $0.split(separator: ",").map(String.init) })
        } catch {
            return .error(400, error.line.replacingFirst("preelection: error: ", with: ""))
        }
        let outcome = service.check(document.plain, prepared: prepared, disabling: off)
        let body = JSONValue.object([
            ("software", .object([("name", .string("PreElection")), ("version", .string(PreElectionCLI.version)), ("buildDate", .string("")),
                                  ("apiVersion", .number(1)), ("premium", .bool(false)), ("status", .string(""))])),
            ("warnings", .object([("incompleteResults", .bool(false))])),
            ("language", .object([("name", .string(language.name)), ("code", .string(language.longCode)),
                                  ("detectedLanguage", .object([("name", .string(language.name)), ("code", .string(language.longCode)), ("confidence", .number(1))]))])),
            ("matches", .array(matches(outcome, document: document, service: service))),
        ])
        return json(body)
    }

    /// One LanguageTool match per finding.
    static func matches(_ outcome: CheckService.Outcome, document: AnnotatedText, service: CheckService) -> [JSONValue] {
        let report = outcome.report
        guard !report.findings.isEmpty else { return [] }
        let when = periodSentence(report, selection: outcome.selection)
        return report.findings.map { f in
            let original = document.originalRange(f.range)
            let context = contextText(document.bytes, start: f.range.lowerBound, end: f.range.upperBound)
            let id = f.rule.rawValue
            return .object([
                ("message", .string(f.message + ". " + when + " " + f.guidance)),
                ("shortMessage", .string(service.ruleTitle(id))),
                ("replacements", .array(f.replacements.map { .object([("value", .string($0))]) })),
                ("offset", .number(original.lowerBound)),
                ("length", .number(original.count)),
                ("context", .object([("text", .string(context.text)), ("offset", .number(context.offset)), ("length", .number(context.length))])),
                ("sentence", .string(sentence(document.bytes, start: f.range.lowerBound, end: f.range.upperBound))),
                ("type", .object([("typeName", .string("Other"))])),
                ("rule", .object([
                    ("id", .string(ruleID(id))), ("description", .string(service.ruleTitle(id))),
                    ("issueType", .string(issueType(f.severity))), ("category", category),
                ])),
                ("ignoreForIncompleteSentence", .bool(false)),
                ("contextForSureMatch", .number(0)),
            ])
        }
    }

    /// Whether the publication date is inside a period, said in every message.
    static func periodSentence(_ report: Report, selection: PollSelection) -> String {
        let date = report.publicationDate.british
        if !report.periods.isEmpty {
            let each = report.periods.map { "\(selection.describe($0)) (\($0.start.british) to \($0.end.british))" }
            let plural = each.count == 1 ? "period" : "periods"
            return "Publication date \(date) is inside the pre-election \(plural) for \(PollSelection.joinedList(each))."
        }
        if let next = report.upcomingPeriod {
            return "Publication date \(date) is outside every pre-election period, but one starts on \(next.start.british) and a release stays online."
        }
        return "Publication date \(date) is outside every pre-election period."
    }

    /// `PREELECTION_MEMBER_QUOTE` for `member-quote`.
    static func ruleID(_ id: String) -> String {
        "PREELECTION_" + String(id.uppercased().map { $0 == "-" ? "_" : $0 })
    }

    /// Our rule id from either spelling (`PREELECTION_MEMBER_QUOTE` or `member-quote`); other ids are ignored.
    static func ruleID(fromClient text: String) -> String? {
        var t = text.trimmingSpaces()
        if t.uppercased().hasPrefix("PREELECTION_") { t = String(t.dropFirst("PREELECTION_".count)) }
        let id = String(t.lowercased().map { $0 == "_" ? "-" : $0 })
        return Rule(id: id)?.rawValue
    }

    /// A comma-separated list.
    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ",").map(String.init)
    }

    /// LanguageTool's issue types (ITS 2.0): errors are legal problems, warnings style, info other.
    static func issueType(_ severity: Severity) -> String {
        switch severity {
        case .error: "legal"
        case .warning: "style"
        case .info: "other"
        }
    }

    /// The language to report: asked, or for `auto` Welsh when Welsh function words outnumber English ones.
    static func language(_ code: String, text: String) -> (name: String, longCode: String)? {
        let lower = code.lowercased()
        if lower == "auto" {
            return welshScore(text) > 0 ? ("Welsh", "cy") : ("English (GB)", "en-GB")
        }
        if lower == "en-gb" { return ("English (GB)", "en-GB") }
        if lower == "en" || lower.hasPrefix("en-") { return ("English", code) }
        if lower == "cy" || lower.hasPrefix("cy-") { return ("Welsh", code) }
        return nil
    }

    /// Welsh words minus English words among common function words (enough to tell a Welsh release).
    static func welshScore(_ text: String) -> Int {
        let welsh: Set<Substring> = ["y", "yr", "yn", "ac", "mae", "ei", "eu", "gan", "ar", "i'r", "cyngor", "bydd", "wedi", "ydy", "hefyd", "gyda"]
        let english: Set<Substring> = ["the", "and", "is", "of", "to", "in", "will", "has", "council", "with", "for", "on"]
        var score = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).prefix(400) {
            if welsh.contains(word) { score += 1 } else if english.contains(word) { score -= 1 }
        }
        return score
    }

    /// Up to 40 UTF-16 units either side of the match (UTF-8 byte range `start..<end`), line breaks shown
    /// as spaces (same length, so offsets hold); offset and length in UTF-16 units within the context.
    static func contextText(_ bytes: [UInt8], start: Int, end: Int) -> (text: String, offset: Int, length: Int) {
        let start = max(0, min(start, bytes.count)), end = max(start, min(end, bytes.count))
        var from = start, units = 0
        while from > 0 && units < 40 {
            from -= 1
            while from > 0 && bytes[from] & 0xC0 == 0x80 { from -= 1 }
            units += AnnotatedText.utf16Units(lead: bytes[from])
        }
        var to = end
        units = 0
        while to < bytes.count && units < 40 {
            units += AnnotatedText.utf16Units(lead: bytes[to])
            to += 1
            while to < bytes.count && bytes[to] & 0xC0 == 0x80 { to += 1 }
        }
        let text = String(decoding: bytes[from..<to].map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }, as: UTF8.self)
        return (text, unitCount(bytes[from..<start]), unitCount(bytes[start..<end]))
    }

    /// UTF-16 units in a run of UTF-8 bytes.
    static func unitCount(_ bytes: ArraySlice<UInt8>) -> Int {
        var n = 0
        for b in bytes { n += AnnotatedText.utf16Units(lead: b) }
        return n
    }

    /// The sentence around the match: back to the previous ". ", "! ", "? " or line break, forward to the next
    /// (at most 400 bytes either way).
    static func sentence(_ bytes: [UInt8], start: Int, end: Int) -> String {
        let stops: Set<UInt8> = [0x2E, 0x21, 0x3F]
        var from = max(0, min(start, bytes.count))
        var steps = 0
        while from > 0, steps < 400 {
            let c = bytes[from - 1]
            if c == 0x0A || c == 0x0D { break }
            if from >= 2, c == 0x20, stops.contains(bytes[from - 2]) { break }
            from -= 1
            steps += 1
        }
        while from < bytes.count && bytes[from] & 0xC0 == 0x80 { from += 1 }
        var to = min(max(end, from), bytes.count)
        steps = 0
        while to < bytes.count, steps < 400 {
            let c = bytes[to]
            if c == 0x0A || c == 0x0D { break }
            to += 1
            steps += 1
            if stops.contains(c), to == bytes.count || bytes[to] == 0x20 || bytes[to] == 0x0A { break }
        }
        while to < bytes.count && bytes[to] & 0xC0 == 0x80 { to += 1 }
        return String(decoding: bytes[from..<to], as: UTF8.self).trimmingSpaces()
    }

    /// A JSON response.
    static func json(_ value: JSONValue) -> HTTPResponse {
        HTTPResponse(status: 200, contentType: "application/json; charset=utf-8", text: value.rendered(compact: true))
    }
}

extension String {
    /// The text with the first occurrence of `prefix` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
