import ElectionCalendar
import EventScheduler
import FileFormats

/// Writes `preelection events` results three ways: plain text for a clerk, JSON for tools (keys as issue 4
/// specifies), and CSV that is safe to open in Excel (OWASP CSV injection: a cell starting `= + - @`, tab
/// or carriage return is prefixed with `'` so it is never read as a formula).
enum EventsReport {
    /// The text report: the periods checked, then conflicts with suggestions, permitted formal business,
    /// and (with `all`) the occurrences outside every period.
    static func text(_ checked: [CheckedEvent], periods: [PreElectionPeriod], from: CivilDate, to: CivilDate,
                     files: [String], all: Bool, describe: (PreElectionPeriod) -> String = PollSelection.describe) -> String {
        var s = ""
        let fileWords = files.count == 1 ? files[0] : "\(files.count) files"
        let count = checked.count
        s += "Checked \(count) event occurrence\(count == 1 ? "" : "s") in \(fileWords) between \(from.british) and \(to.british)"
        let relevant = periods.filter { $0.overlaps(from: from, to: to) }
        if relevant.isEmpty {
            s += ".\nNo pre-election period falls in those dates for the polls selected"
            s += " (name them with --election ID or in a config file's \"elections\").\n"
        } else {
            s += " against \(relevant.count == 1 ? "the pre-election period" : "\(relevant.count) pre-election periods"):\n"
            for p in relevant {
                s += "  \(p.start.british) to \(p.end.british): \(describe(p))\n"
            }
        }
        let conflictCount = checked.reduce(0) { $0 + ($1.status == .conflict ? 1 : 0) }
        let permittedCount = checked.reduce(0) { $0 + ($1.status == .permitted ? 1 : 0) }
        s += "\n"
        if conflictCount == 0 {
            s += "No conflicts.\n"
        } else {
            s += "\(conflictCount) conflict\(conflictCount == 1 ? "" : "s") — move these, or have a non-political spokesperson host them:\n"
            for i in checked.indices where checked[i].status == .conflict {
                let c = checked[i]
                s += "\n  \(EventInput.when(c.occurrence)) — \(c.occurrence.title) (\(c.occurrence.source))\n"
                s += "    \(c.reason), in the pre-election period for \(c.periods.map(PollSelection.describe).joined(separator: " and "))"
                s += " (\(c.periods.map { "\($0.start.britishShort) to \($0.end.britishShort)" }.joined(separator: "; ")))\n"
                s += "    " + suggestionWords(c) + "\n"
            }
        }
        if permittedCount > 0 {
            s += "\nPermitted during the period — formal council business may continue (\(permittedCount)):\n"
            for i in checked.indices where checked[i].status == .permitted {
                let p = checked[i]
                s += "  \(EventInput.when(p.occurrence)) — \(p.occurrence.title) (\(p.occurrence.source))\n"
            }
        }
        if all {
            let clearCount = checked.count - conflictCount - permittedCount
            s += "\nClear — outside every pre-election period (\(clearCount)):\n"
            for i in checked.indices where checked[i].status == .clear {
                let c = checked[i]
                s += "  \(EventInput.when(c.occurrence)) — \(c.occurrence.title) (\(c.occurrence.source))\n"
            }
        }
        return s
    }

    /// "move to Friday 27 March 2026 (before) or Friday 8 May 2026 (after)".
    static func suggestionWords(_ c: CheckedEvent) -> String {
        guard let firstPeriod = c.periods.first, let lastPeriod = c.periods.last else { return "" }
        let before = c.suggestions.first { $0 < firstPeriod.start }
        let after = c.suggestions.first { $0 > lastPeriod.end }
        switch (before, after) {
        case let (b?, a?): return "move to \(b.british) (before) or \(a.british) (after)"
        case let (nil, a?): return "move to \(a.british) (after the period)"
        case let (b?, nil): return "move to \(b.british) (before the period)"
        case (nil, nil): return "no safe working day found within a year either side"
        }
    }

    /// The JSON document: `{"events":[...],"warnings":[...]}` (issue 4's keys, plus `time`, `location`, `reason`).
    static func json(_ checked: [CheckedEvent], warnings: [EventWarning], extra: [(String, JSONValue)] = []) -> String {
        let events: [JSONValue] = checked.map { c in
            let o = c.occurrence
            return .object([
                ("uid", .optional(o.uid)), ("title", .string(o.title)), ("start", .string(o.start.iso)), ("end", .string(o.end.iso)),
                ("time", .optional(o.time)), ("location", .optional(o.location)), ("in_period", .bool(c.inPeriod)),
                ("status", .string(c.status.rawValue)), ("reason", .string(c.reason)),
                ("periods", .array(c.periods.map { p in
                    .object([("start", .string(p.start.iso)), ("end", .string(p.end.iso)), ("elections", .array(p.elections.map { .string($0) }))])
                })),
                ("suggestions", .array(c.suggestions.map { .string($0.iso) })),
                ("source", .string(o.source)),
            ])
        }
        let problems: [JSONValue] = warnings.map { .object([("source", .string($0.source)), ("message", .string($0.message))]) }
        return JSONValue.object([("events", .array(events)), ("warnings", .array(problems))] + extra).rendered()
    }

    /// CSV with a header row; one occurrence per row.
    static func csv(_ checked: [CheckedEvent]) -> String {
        var s = CSVTable.line(["status", "start", "end", "time", "title", "location", "periods", "elections", "suggestions", "reason", "uid", "source"]) + "\r\n"
        for c in checked {
            let o = c.occurrence
            let cells = [
                c.status.rawValue, o.start.iso, o.end.iso, o.time ?? "", o.title, o.location ?? "",
                c.periods.map { "\($0.start.iso) to \($0.end.iso)" }.joined(separator: "; "),
                c.periods.flatMap(\.elections).joined(separator: " "),
                c.suggestions.map(\.iso).joined(separator: " "), c.reason, o.uid ?? "", o.source,
            ]
            s += CSVTable.line(cells.map(excelSafe)) + "\r\n"
        }
        return s
    }

    /// A cell Excel will not run as a formula.
    static func excelSafe(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first else { return cell }
        return "=+-@\t\r".unicodeScalars.contains(first) ? "'" + cell : cell
    }
}
