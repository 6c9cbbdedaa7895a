import ElectionCalendar
import ReleaseChecker

/// The JSON report of `preelection check`, for tools. Keys in a fixed order, so scripts can rely on them
/// (`files[].path/in_period/periods/findings/suppressed`, `summary.files/errors/warnings/info`); later keys
/// (`publication_date_source`, `notices`, `upcoming_period`, `statutory_notices`, `not_checked`) are additions.
enum CheckReportJSON {
    /// The shared JSON value (ordered keys, so the output is stable and diffable).
    typealias Value = JSONValue

    /// The whole report.
    static func render(_ files: [CheckCommand.CheckedFile], unchecked: [CheckCommand.UncheckedFile] = [], extra: [(String, JSONValue)] = []) -> String {
        let errors = files.reduce(0) { $0 + $1.report.count(.error) }
        let warnings = CheckReportText.warningCount(files)
        let info = files.reduce(0) { $0 + $1.report.count(.info) }
        let invalid = files.reduce(0) { $0 + $1.report.suppressions.filter { !$0.isValid }.count }
        var summary: [(String, Value)] = [("files", .number(files.count)), ("errors", .number(errors)), ("warnings", .number(warnings)), ("info", .number(info))]
        // Additions, present only when there is something to say: suppressions that silence nothing (counted in
        // the warnings above) and folder files that were not checked.
        if invalid > 0 { summary.append(("invalid_suppressions", .number(invalid))) }
        if !unchecked.isEmpty { summary.append(("not_checked", .number(unchecked.count))) }
        var fields: [(String, Value)] = [("files", .array(files.map(file))), ("summary", .object(summary))] + extra
        if !unchecked.isEmpty {
            fields.append(("not_checked", .array(unchecked.map { u in
                .object([("path", .string(u.path)), ("document", .bool(u.isDocument)), ("advice", .string(u.advice))])
            })))
        }
        let root = Value.object(fields)
        return root.rendered(compact: true)
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
