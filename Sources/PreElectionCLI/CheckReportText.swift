import ElectionCalendar
import ReleaseChecker

/// The plain-text report of `preelection check`, for people and editors that jump to `path:line:col`:
/// one `path:line:col: error [member-quote] message` line per finding (the compiler convention), the excerpt
/// and the guidance under it, every suppression, and a summary line.
enum CheckReportText {
    /// The display name of an input ("stdin" for `-`).
    static func name(_ path: String) -> String { path == "-" ? "stdin" : ControlCharacters.escaped(path) }

    /// The end of the report, after the last file's block: the members-list note, files not checked, the summary.
    static func finish(_ out: inout String, _ tallies: [CheckCommand.Tally], unchecked: [CheckCommand.UncheckedFile]) {
        if tallies.contains(where: \.membersListMissing) { out += "\nnote: \(ReportWording.membersListMissing)\n" }
        if !unchecked.isEmpty { out += "\n" }
        for u in unchecked { out += "\(name(u.path)): \(u.isDocument ? "warning" : "note"): \(u.advice)\n" }
        out += "\n" + summary(tallies, unchecked: unchecked) + "\n"
    }

    /// One file's part of the report: where its date sits, its findings with excerpt and guidance, its suppressions.
    static func block(_ file: CheckCommand.CheckedFile, periodSentence sentence: String? = nil) -> String {
        var out = ""
        let path = name(file.path)
        let report = file.report
        // Room for every finding's line, excerpt and guidance, so the block is not copied as it grows.
        out.reserveCapacity(report.findings.reduce(512 + 4 * path.utf8.count) {
            $0 + path.utf8.count + $1.message.utf8.count + $1.excerpt.utf8.count + $1.guidance.utf8.count + 64
        })
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
    static func warningCount(_ tallies: [CheckCommand.Tally]) -> Int {
        tallies.reduce(0) { $0 + $1.warnings + $1.invalidSuppressions }
    }

    /// "2 errors, 1 warning, 0 info in 3 files (1 suppressed)".
    static func summary(_ tallies: [CheckCommand.Tally], unchecked: [CheckCommand.UncheckedFile] = []) -> String {
        let errors = tallies.reduce(0) { $0 + $1.errors }
        let info = tallies.reduce(0) { $0 + $1.info }
        let suppressed = tallies.reduce(0) { $0 + $1.suppressed }
        let invalid = tallies.reduce(0) { $0 + $1.invalidSuppressions }
        let hidden = tallies.reduce(0) { $0 + $1.hidden }
        return ReportWording.summary(errors: errors, warnings: warningCount(tallies), info: info, files: tallies.count, suppressed: suppressed,
                                     hidden: hidden, notApplied: invalid, notChecked: unchecked.filter(\.isDocument).count)
    }
}
