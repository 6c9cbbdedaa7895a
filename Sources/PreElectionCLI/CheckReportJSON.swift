import ElectionCalendar
import ReleaseChecker

/// The JSON report of `preelection check`, for tools. Keys exactly as issue 3 writes them
/// (`files[].path/in_period/periods/findings/suppressed`, `summary.files/errors/warnings/info`), in that
/// order; extra keys (`notices`, `upcoming_period`, `statutory_notices`) are additions the issue allows.
enum CheckReportJSON {
    /// The shared JSON value (ordered keys, so the output is stable and diffable).
    typealias Value = JSONValue

    /// The whole report.
    static func render(_ files: [CheckCommand.CheckedFile], extra: [(String, JSONValue)] = []) -> String {
        let errors = files.reduce(0) { $0 + $1.report.count(.error) }
        let warnings = files.reduce(0) { $0 + $1.report.count(.warning) }
        let info = files.reduce(0) { $0 + $1.report.count(.info) }
        let root = Value.object([
            ("files", .array(files.map(file))),
            ("summary", .object([("files", .number(files.count)), ("errors", .number(errors)), ("warnings", .number(warnings)), ("info", .number(info))])),
        ] + extra)
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
            ("upcoming_period", r.upcomingPeriod.map(period) ?? .null),
            ("statutory_notices", .array(r.statutoryNotices.map { n in
                .object([("kind", .string(n.kind)), ("first_line", .number(n.firstLine)), ("last_line", .number(n.lastLine))])
            })),
            ("notices", .array(notices)),
            ("hidden_findings", .number(r.hiddenFindings)),
        ])
    }
}
