import ElectionCalendar
import ReleaseChecker

/// The JSON report of `preelection check`, for tools. Keys exactly as issue 3 writes them
/// (`files[].path/in_period/periods/findings/suppressed`, `summary.files/errors/warnings/info`), in that
/// order; extra keys (`notices`, `upcoming_period`, `statutory_notices`) are additions the issue allows.
enum CheckReportJSON {
    /// A JSON value with ordered object keys, so the output is stable and diffable.
    indirect enum Value {
        case string(String), int(Int), bool(Bool), null, array([Value]), object([(String, Value)])
    }

    /// The whole report.
    static func render(_ files: [CheckCommand.CheckedFile]) -> String {
        let errors = files.reduce(0) { $0 + $1.report.count(.error) }
        let warnings = files.reduce(0) { $0 + $1.report.count(.warning) }
        let info = files.reduce(0) { $0 + $1.report.count(.info) }
        let root = Value.object([
            ("files", .array(files.map(file))),
            ("summary", .object([("files", .int(files.count)), ("errors", .int(errors)), ("warnings", .int(warnings)), ("info", .int(info))])),
        ])
        var out = ""
        write(root, into: &out)
        return out + "\n"
    }

    /// `{"start","end","elections"}` with ISO dates.
    static func period(_ p: PreElectionPeriod) -> Value {
        .object([("start", .string(p.start.iso)), ("end", .string(p.end.iso)), ("elections", .array(p.elections.map { .string($0) }))])
    }

    /// One finding with the keys.
    static func finding(_ f: Finding) -> Value {
        .object([
            ("rule", .string(f.rule.rawValue)), ("severity", .string(f.severity.rawValue)), ("line", .int(f.line)),
            ("column", .int(f.column)), ("excerpt", .string(f.excerpt)), ("subject", .string(f.subject)),
            ("message", .string(f.message)), ("guidance", .string(f.guidance)),
        ])
    }

    /// One checked release.
    static func file(_ file: CheckCommand.CheckedFile) -> Value {
        let r = file.report
        var notices: [Value] = []
        if let n = file.notice { notices.append(.string(n)) }
        if let upcoming = CheckReportText.upcomingSentence(r) { notices.append(.string(upcoming)) }
        let suppressed: [Value] = r.suppressions.map { s in
            .object([
                ("line", .int(s.line)), ("rules", .array(s.rules.map { .string($0.rawValue) })),
                ("reason", s.reason.map { .string($0) } ?? .null), ("valid", .bool(s.isValid)),
                ("problem", s.problem.map { .string($0) } ?? .null),
                ("applies_to", s.appliesTo.map { .object([("first_line", .int($0.lowerBound)), ("last_line", .int($0.upperBound))]) } ?? .null),
                ("findings", .array(s.silenced.map(finding))),
            ])
        }
        return .object([
            ("path", .string(file.path)),
            ("in_period", .bool(r.inPeriod)),
            ("periods", .array(r.periods.map(period))),
            ("findings", .array(r.findings.map(finding))),
            ("suppressed", .array(suppressed)),
            ("publication_date", .string(r.publicationDate.iso)),
            ("upcoming_period", r.upcomingPeriod.map(period) ?? .null),
            ("statutory_notices", .array(r.statutoryNotices.map { n in
                .object([("kind", .string(n.kind)), ("first_line", .int(n.firstLine)), ("last_line", .int(n.lastLine))])
            })),
            ("notices", .array(notices)),
        ])
    }

    /// Serialises `value` compactly (RFC 8259 string escaping).
    static func write(_ value: Value, into out: inout String) {
        switch value {
        case .string(let s): escape(s, into: &out)
        case .int(let n): out += String(n)
        case .bool(let b): out += b ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out += "," }
                escape(pair.0, into: &out)
                out += ":"
                write(pair.1, into: &out)
            }
            out += "}"
        }
    }

    /// A JSON string literal (RFC 8259 §7).
    static func escape(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
