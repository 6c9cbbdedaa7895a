import ElectionCalendar
import EventScheduler
import FileFormats

/// Writes `preelection events` results three ways: plain text for a clerk, JSON for tools (fixed keys), and CSV that is safe to open in Excel (OWASP CSV injection: a cell starting `= + - @`, tab
/// or carriage return is prefixed with `'` so it is never read as a formula).
enum EventsReport {
    /// The text report: the periods checked, what could not be read, then conflicts with suggestions, events
    /// to check by hand, permitted formal business, and (with `all`) the occurrences that are clear.
    static func text(_ checked: [CheckedEvent], periods: [PreElectionPeriod], from: CivilDate, to: CivilDate,
                     files: [String], all: Bool, describe: (PreElectionPeriod) -> String = PollSelection.describe,
                     unread: [EventWarning] = []) -> String {
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
        if !unread.isEmpty {
            s += "\n" + unreadWords(unread)
        }
        // One pass over the occurrences, by index: a report on 34,000 occurrences should not copy each one.
        var conflicts: [Int] = [], reviews: [Int] = [], permitted: [Int] = [], clear: [Int] = []
        var internalCount = 0
        for i in checked.indices {
            switch checked[i].status {
            case .conflict: conflicts.append(i)
            case .review: reviews.append(i)
            case .permitted: permitted.append(i)
            case .clear:
                clear.append(i)
                if checked[i].inPeriod { internalCount += 1 }
            }
        }
        let conflictCount = conflicts.count, reviewCount = reviews.count, permittedCount = permitted.count
        s += "\n"
        if conflictCount == 0 {
            s += unread.isEmpty ? "No conflicts.\n" : "No conflicts among the events that could be read.\n"
        } else {
            s += "\(conflictCount) conflict\(conflictCount == 1 ? "" : "s") — move these, or have a non-political spokesperson host them:\n"
            for i in conflicts { s += eventBlock(checked[i]) }
        }
        if reviewCount > 0 {
            s += "\n\(reviewCount) to check by hand — not recognised as publicity or formal business; treat as conflicts if they are publicity:\n"
            for i in reviews { s += eventBlock(checked[i]) }
        }
        s += suggestionNotes((conflicts + reviews).map { checked[$0] })
        if permittedCount > 0 {
            s += "\nPermitted during the period — formal council business may continue (\(permittedCount)):\n"
            for i in permitted {
                s += "  \(EventInput.when(checked[i].occurrence)) — \(checked[i].occurrence.title) (\(checked[i].occurrence.source))\n"
            }
        }
        if internalCount > 0 && !all {
            s += "\n\(internalCount) internal entr\(internalCount == 1 ? "y" : "ies") in the period (leave, training, audit…) \(internalCount == 1 ? "is" : "are") not publicity; --all lists \(internalCount == 1 ? "it" : "them").\n"
        }
        if all {
            s += "\nClear — outside every pre-election period, or internal entries that are not publicity (\(clear.count)):\n"
            for i in clear {
                let o = checked[i].occurrence
                s += "  \(EventInput.when(o)) — \(o.title) (\(o.source))\(checked[i].inPeriod ? ": " + checked[i].reason : "")\n"
            }
        }
        return s
    }

    /// The "Could not be read" section shared by the report and the digest.
    static func unreadWords(_ unread: [EventWarning]) -> String {
        var s = "Could not be read — check these by hand, they may hide a conflict (\(unread.count)):\n"
        for w in unread { s += "  \(ControlCharacters.escaped(w.source)): \(ControlCharacters.escaped(w.message))\n" }
        return s
    }

    /// One conflict or review: when, what, where from, why, and where to move it.
    static func eventBlock(_ c: CheckedEvent) -> String {
        var s = "\n  \(EventInput.when(c.occurrence)) — \(c.occurrence.title) (\(c.occurrence.source))\n"
        s += "    \(c.reason), in the pre-election period for \(c.periods.map(PollSelection.describe).joined(separator: " and "))"
        s += " (\(c.periods.map { "\($0.start.britishShort) to \($0.end.britishShort)" }.joined(separator: "; ")))\n"
        s += "    " + suggestionWords(c) + "\n"
        return s
    }

    /// Why the suggestions are where they are: the margin kept before a start that is only the latest legal
    /// day, and the count day skipped; said once per report.
    static func suggestionNotes(_ checked: [CheckedEvent]) -> String {
        var s = ""
        let starts = Set(checked.compactMap(\.latestStartKeptClear)).sorted()
        if !starts.isEmpty {
            s += "\nDates suggested before a period keep at least \(ConflictChecker.noticeMargin) working days clear of its start ("
            s += starts.map(\.british).joined(separator: ", ")
            s += "): that is the latest day the notice of election can be published, and a council may publish it earlier."
            s += " Give the actual date with --notice to drop the margin.\n"
        }
        let counts = Set(checked.compactMap(\.countDaySkipped)).sorted()
        if !counts.isEmpty {
            s += "\nDates suggested after a period skip the day after polling day (\(counts.map(\.british).joined(separator: ", ")))"
            s += ": the count is often held then.\n"
        }
        return s
    }

    /// "move to Thursday 19 March 2026, 10:30 (before) or Thursday 14 May 2026, 10:30 (after)".
    static func suggestionWords(_ c: CheckedEvent) -> String {
        guard let firstPeriod = c.periods.first, let lastPeriod = c.periods.last else { return "" }
        let before = c.suggestions.first { $0 < firstPeriod.start }
        let after = c.suggestions.first { $0 > lastPeriod.end }
        func at(_ day: CivilDate) -> String {
            var s = day.british
            if c.occurrence.end > c.occurrence.start { s += " to " + day.adding(days: c.occurrence.lengthInDays - 1).british }
            if let time = c.occurrence.time { s += ", " + time }
            return s
        }
        switch (before, after) {
        case let (b?, a?): return "move to \(at(b)) (before) or \(at(a)) (after)"
        case let (nil, a?): return "move to \(at(a)) (after the period)"
        case let (b?, nil): return "move to \(at(b)) (before the period)"
        case (nil, nil): return "no safe \(c.occurrence.start.weekday.name) found within a year either side"
        }
    }

    /// The JSON document: `{"events":[...],"warnings":[...],"suggestion_notes":[...]}` (fixed keys, plus `time`,
    /// `location`, `reason`); `warnings` lists what could not be read, `suggestion_notes` why the suggested
    /// dates are where they are.
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
        let notes = suggestionNotes(checked.filter(\.needsAction)).split(separator: "\n").map { JSONValue.string(String($0)) }
        return JSONValue.object([("events", .array(events)), ("warnings", .array(problems)), ("suggestion_notes", .array(notes))] + extra).rendered()
    }

    /// CSV with a header row; one occurrence per row, then one `unread` row per thing that could not be read
    /// (its `source` and, in `reason`, what was wrong).
    static func csv(_ checked: [CheckedEvent], unread: [EventWarning] = []) -> String {
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
        for w in unread {
            let cells = ["unread", "", "", "", "", "", "", "", "", "could not be read: " + w.message, "", w.source]
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
