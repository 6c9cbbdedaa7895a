import ElectionCalendar
import ReleaseChecker

/// The plain-text report of `preelection check`, for people and editors that jump to `path:line:col`:
/// one `path:line:col: error [member-quote] message` line per finding (the compiler convention), the excerpt
/// and the guidance under it, every suppression, and a summary line (issue 3).
enum CheckReportText {
    /// The display name of an input ("stdin" for `-`).
    static func name(_ path: String) -> String { path == "-" ? "stdin" : ControlCharacters.escaped(path) }

    /// The whole report.
    static func render(_ files: [CheckCommand.CheckedFile]) -> String {
        var out = ""
        for (n, file) in files.enumerated() {
            if n > 0 { out += "\n" }
            let path = name(file.path)
            let report = file.report
            out += "\(path): \(periodSentence(report))\n"
            if let upcoming = upcomingSentence(report) { out += "\(path): note: \(upcoming)\n" }
            for notice in report.statutoryNotices {
                out += "\(path):\(notice.firstLine): note: \(ReportWording.statutoryNotice(notice))\n"
            }
            if report.findings.isEmpty { out += "\(path): no findings\n" }
            for f in report.findings {
                out += "\(path):\(f.line):\(f.column): \(f.severity.rawValue) [\(f.rule.rawValue)] \(f.message)\n"
                out += "    | \(f.excerpt)\n"
                out += "    = \(f.guidance)\n"
            }
            if report.hiddenFindings > 0 { out += "\(path): note: \(ReportWording.hiddenFindings(report.hiddenFindings))\n" }
            for s in report.suppressions {
                out += suppressionLine(s, path: path) + "\n"
            }
        }
        if files.contains(where: { $0.report.membersListMissing && !$0.isReport }) { out += "\nnote: \(ReportWording.membersListMissing)\n" }
        out += "\n" + summary(files) + "\n"
        return out
    }

    /// One line about a suppression.
    static func suppressionLine(_ s: Suppression, path: String) -> String {
        if let problem = s.problem {
            return "\(path):\(s.line): warning [suppression] '\(s.text)' silences nothing: \(problem)"
        }
        let rules = s.rules.map(\.rawValue).joined(separator: ", ")
        let lines = s.appliesTo.map { $0.lowerBound == $0.upperBound ? "line \($0.lowerBound)" : "lines \($0.lowerBound)–\($0.upperBound)" } ?? "nothing"
        let count = s.silenced.count == 1 ? "1 finding" : "\(s.silenced.count) findings"
        return "\(path):\(s.line): suppressed [\(rules)] in \(lines) (\(count)): \(s.reason ?? "")"
    }

    /// Where the publication date sits: inside which period, or outside all of them.
    static func periodSentence(_ report: Report) -> String {
        let date = report.publicationDate.british
        if !report.periods.isEmpty {
            let each = report.periods.map { "\(PollSelection.describeWithNation($0)) (\($0.start.british) to \($0.end.british))" }
            return "publication date \(date) is inside the pre-election period\(each.count == 1 ? "" : "s") for \(PollSelection.joinedList(each))"
        }
        return "publication date \(date) is outside every pre-election period: member quotes, photos, references and neutral party mentions are info only, but electioneering and party-political promotion are still errors (Local Government Act 1986 s2)"
    }

    /// The 14-day warning (issue 3): a release stays online into a period that starts soon.
    static func upcomingSentence(_ report: Report) -> String? {
        guard let period = report.upcomingPeriod, let days = report.daysUntilUpcomingPeriod else { return nil }
        let when = days == 1 ? "1 day" : "\(days) days"
        return "the pre-election period for \(PollSelection.describeWithNation(period)) starts on \(period.start.british), \(when) after the publication date; a release stays online, so treat member quotes, photos and references as if the period had begun"
    }

    /// "2 errors, 1 warning, 0 info in 3 files (1 suppressed)".
    static func summary(_ files: [CheckCommand.CheckedFile]) -> String {
        let errors = files.reduce(0) { $0 + $1.report.count(.error) }
        let warnings = files.reduce(0) { $0 + $1.report.count(.warning) }
        let info = files.reduce(0) { $0 + $1.report.count(.info) }
        let suppressed = files.reduce(0) { $0 + $1.report.suppressions.reduce(0) { $0 + $1.silenced.count } }
        let hidden = files.reduce(0) { $0 + $1.report.hiddenFindings }
        return ReportWording.summary(errors: errors, warnings: warnings, info: info, files: files.count, suppressed: suppressed, hidden: hidden)
    }
}
