import ElectionCalendar
import ReleaseChecker

/// The JSON report of `preelection check`, for tools. Keys in a fixed order, so scripts can rely on them
/// (`files[].path/in_period/periods/findings/suppressed`, `summary.files/errors/warnings/info`); later keys
/// (`publication_date_source`, `notices`, `upcoming_period`, `statutory_notices`, `not_checked`) are additions.
enum CheckReportJSON {
    /// The shared JSON value (ordered keys, so the output is stable and diffable).
    typealias Value = JSONValue

    /// The start of the report, `{"files":[`: each file's compact object follows (commas between), then `finish`.
    /// Rendered piece by piece, the whole is byte for byte the compact rendering of one object
    /// `{"files", "summary", extra…, "not_checked"}`.
    static func opening() -> [UInt8] {
        var out: [UInt8] = [0x7B]
        JSONValue.appendString("files", to: &out)
        out += [0x3A, 0x5B]
        return out
    }

    /// The rest of the report after the last file: the summary, `extra`, the files not checked, a final newline.
    static func finish(_ out: inout [UInt8], _ tallies: [CheckCommand.Tally], unchecked: [CheckCommand.UncheckedFile] = [],
                       extra: [(String, JSONValue)] = []) {
        let errors = tallies.reduce(0) { $0 + $1.errors }
        let warnings = CheckReportText.warningCount(tallies)
        let info = tallies.reduce(0) { $0 + $1.info }
        let invalid = tallies.reduce(0) { $0 + $1.invalidSuppressions }
        var summary: [(String, Value)] = [("files", .number(tallies.count)), ("errors", .number(errors)), ("warnings", .number(warnings)), ("info", .number(info))]
        // Additions, present only when there is something to say: suppressions that silence nothing (counted in
        // the warnings above) and folder files that were not checked.
        if invalid > 0 { summary.append(("invalid_suppressions", .number(invalid))) }
        if !unchecked.isEmpty { summary.append(("not_checked", .number(unchecked.count))) }
        var fields: [(String, Value)] = [("summary", .object(summary))] + extra
        if !unchecked.isEmpty {
            fields.append(("not_checked", .array(unchecked.map { u in
                .object([("path", .string(u.path)), ("document", .bool(u.isDocument)), ("advice", .string(u.advice))])
            })))
        }
        out.append(0x5D)
        for (key, value) in fields {
            out.append(0x2C)
            JSONValue.appendString(key, to: &out)
            out.append(0x3A)
            value.renderCompact(into: &out)
        }
        out += [0x7D, 0x0A]
    }

    /// `{"start","end","elections"}` with ISO dates.
    static func period(_ p: PreElectionPeriod) -> Value {
        .object([("start", .string(p.start.iso)), ("end", .string(p.end.iso)), ("elections", .array(p.elections.map { .string($0) }))])
    }

    /// One finding with the keys.
    static func finding(_ f: Finding) -> Value {
        .object([
            ("rule", .string(f.rule.rawValue)), ("severity", .string(f.severity.rawValue)), ("line", .number(f.line)),
            ("column", .number(f.column)), ("excerpt", .string(f.excerpt)), ("subject", .string(f.subject)),
            ("message", .string(f.message)), ("guidance", .string(f.guidance)),
            ("replacements", .array(f.replacements.map { .string($0) })),
        ])
    }

    /// One checked release.
    static func file(_ file: CheckCommand.CheckedFile) -> Value {
        let r = file.report
        var notices: [Value] = []
        if let n = file.notice { notices.append(.string(n)) }
        if !file.dateNote.isEmpty { notices.append(.string(file.dateNote)) }
        if let upcoming = CheckReportText.upcomingSentence(r) { notices.append(.string(upcoming)) }
        if r.hiddenFindings > 0 { notices.append(.string(ReportWording.hiddenFindings(r.hiddenFindings))) }
        for t in r.unframedTopics { notices.append(.string("line \(t.line): " + ReportWording.unframedTopic(t.topic))) }
        if r.membersListMissing && !file.isReport { notices.append(.string(ReportWording.membersListMissing)) }
        let suppressed: [Value] = r.suppressions.map { s in
            .object([
                ("line", .number(s.line)), ("rules", .array(s.rules.map { .string($0.rawValue) })),
                ("reason", s.reason.map { .string($0) } ?? .null), ("valid", .bool(s.isValid)),
                ("problem", s.problem.map { .string($0) } ?? .null),
                ("applies_to", s.appliesTo.map { .object([("first_line", .number($0.lowerBound)), ("last_line", .number($0.upperBound))]) } ?? .null),
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
            ("publication_date_source", .string(file.dateSource.rawValue)),
            ("graded_as_in_period", .bool(r.inPeriod || r.upcomingPeriod != nil)),
            ("upcoming_period", r.upcomingPeriod.map(period) ?? .null),
            ("statutory_notices", .array(r.statutoryNotices.map { n in
                .object([("kind", .string(n.kind)), ("first_line", .number(n.firstLine)), ("last_line", .number(n.lastLine))])
            })),
            ("notices", .array(notices)),
            ("hidden_findings", .number(r.hiddenFindings)),
        ])
    }
}
