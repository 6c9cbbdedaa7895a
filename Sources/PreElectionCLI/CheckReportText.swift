import ElectionCalendar
import ReleaseChecker

/// The plain-text report of `preelection check`, for people and editors that jump to `path:line:col`:
/// one `path:line:col: error [member-quote] message` line per finding (the compiler convention), the excerpt
/// and the guidance under it, every suppression, and a summary line.
enum CheckReportText {
    /// The display name of an input ("stdin" for `-`).
    static func name(_ path: String) -> String { path == "-" ? "stdin" : ControlCharacters.escaped(path) }

    /// The whole report.
    static func render(_ files: [CheckCommand.CheckedFile], unchecked: [CheckCommand.UncheckedFile] = [], header: String = "") -> String {
        // Each file's block is built on its own (in parallel for a folder), then joined in input order. Files
        // published on the same day share one period sentence.
        var sentences: [CivilDate: String] = [:]
        for file in files where sentences[file.report.publicationDate] == nil {
            sentences[file.report.publicationDate] = periodSentence(file.report)
        }
        let shared = sentences
        let blocks = ParallelMap.map(files) { block($0, periodSentence: shared[$0.report.publicationDate]) }
        var out = header
        out.reserveCapacity(blocks.reduce(header.utf8.count + files.count + 256) { $0 + $1.utf8.count })
        for (n, block) in blocks.enumerated() {
            if n > 0 { out += "\n" }
            out += block
        }
        if files.contains(where: { $0.report.membersListMissing && !$0.isReport }) { out += "\nnote: \(ReportWording.membersListMissing)\n" }
        if !unchecked.isEmpty { out += "\n" }
        for u in unchecked { out += "\(name(u.path)): \(u.isDocument ? "warning" : "note"): \(u.advice)\n" }
        out += "\n" + summary(files, unchecked: unchecked) + "\n"
        return out
    }

    /// One file's part of the report: where its date sits, its findings with excerpt and guidance, its suppressions.
    static func block(_ file: CheckCommand.CheckedFile, periodSentence sentence: String? = nil) -> String {
        var out = ""
        let path = name(file.path)
        let report = file.report
        out += "\(path): \(sentence ?? periodSentence(report))\n"
        if !file.dateNote.isEmpty { out += "\(path): note: \(file.dateNote)\n" }
        for notice in report.statutoryNotices {
            out += "\(path):\(notice.firstLine): note: \(ReportWording.statutoryNotice(notice))\n"
        }
        if report.findings.isEmpty { out += "\(path): no findings\n" }
        for f in report.findings {
            out += path
            out += ":\(f.line):\(f.column): "
            out += f.severity.rawValue
            out += " ["
            out += f.rule.rawValue
            out += "] "
            out += f.message
            out += "\n    | "
            out += f.excerpt
            out += "\n    = "
            out += f.guidance
            out += "\n"
        }
        if report.hiddenFindings > 0 { out += "\(path): note: \(ReportWording.hiddenFindings(report.hiddenFindings))\n" }
        for s in report.suppressions {
            out += suppressionLine(s, path: path) + "\n"
        }
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
        if report.periods.isEmpty, let period = report.upcomingPeriod, let days = report.daysUntilUpcomingPeriod {
            return "publication date \(date) is \(days == 1 ? "1 day" : "\(days) days") before the pre-election period for \(PollSelection.describeWithNation(period)) (\(period.start.british) to \(period.end.british)): a release stays online into the period, so findings take the period's severity"
        }
        if !report.periods.isEmpty {
            let each = report.periods.map { "\(PollSelection.describeWithNation($0)) (\($0.start.british) to \($0.end.british))" }
            return "publication date \(date) is inside the pre-election period\(each.count == 1 ? "" : "s") for \(PollSelection.joinedList(each))"
        }
        return "publication date \(date) is outside every pre-election period: member quotes, photos, references and neutral party mentions are info only, but electioneering and party-political promotion are still errors (Local Government Act 1986 s2)"
    }

    /// The 14-day run-up: a release stays online into a period that starts soon, so its findings are graded
    /// as inside the period (Code of Recommended Practice on Local Authority Publicity 2011, para 34).
    static func upcomingSentence(_ report: Report) -> String? {
        guard let period = report.upcomingPeriod, let days = report.daysUntilUpcomingPeriod else { return nil }
        let when = days == 1 ? "1 day" : "\(days) days"
        return "the pre-election period for \(PollSelection.describeWithNation(period)) starts on \(period.start.british), \(when) after the publication date; a release stays online into the period, so its findings are graded as inside it"
    }

    /// Warnings, counting suppressions that silence nothing (they need fixing as much as a warning does).
    static func warningCount(_ files: [CheckCommand.CheckedFile]) -> Int {
        files.reduce(0) { $0 + $1.report.count(.warning) + $1.report.suppressions.filter { !$0.isValid }.count }
    }

    /// "2 errors, 1 warning, 0 info in 3 files (1 suppressed)".
    static func summary(_ files: [CheckCommand.CheckedFile], unchecked: [CheckCommand.UncheckedFile] = []) -> String {
        let errors = files.reduce(0) { $0 + $1.report.count(.error) }
        let warnings = warningCount(files)
        let info = files.reduce(0) { $0 + $1.report.count(.info) }
        let suppressed = files.reduce(0) { $0 + $1.report.suppressions.reduce(0) { $0 + $1.silenced.count } }
        let invalid = files.reduce(0) { $0 + $1.report.suppressions.filter { !$0.isValid }.count }
        let hidden = files.reduce(0) { $0 + $1.report.hiddenFindings }
        return ReportWording.summary(errors: errors, warnings: warnings, info: info, files: files.count, suppressed: suppressed, hidden: hidden,
                                     notApplied: invalid, notChecked: unchecked.filter(\.isDocument).count)
    }
}
