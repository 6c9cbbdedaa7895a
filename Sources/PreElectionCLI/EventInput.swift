import ElectionCalendar
import EventScheduler
import FileFormats

/// Reads the events files named to `events` and `warn` (iCalendar or CSV, `-` for standard input, a folder
/// for every .ics/.csv inside it) and the options both commands share, turning every failure into a
/// `CLIError` that says `file:line` and how to fix it.
enum EventInput {
    /// Occurrences from every file, in date order, what could not be read (files, rows, events, each with
    /// `file:line`), and notes on how a file was read that are not problems (e.g. UTF-16).
    struct Loaded {
        var occurrences: [EventOccurrence]
        var warnings: [EventWarning]
        var notes: [EventWarning] = []
    }

    /// Reads `paths`, keeping occurrences that touch the London days `from...to`. A file that cannot be read
    /// at all is an error (exit 2), unless `keepGoing` (the cron digest, which must never fall silent):
    /// then it is listed with the other problems and the remaining files are still read.
    static func load(_ paths: [String], from: CivilDate, to: CivilDate, context: RunContext, keepGoing: Bool = false) throws(CLIError) -> Loaded {
        var occurrences: [EventOccurrence] = []
        var warnings: [EventWarning] = []
        var notes: [EventWarning] = []
        func fail(_ error: CLIError) throws(CLIError) {
            guard keepGoing else { throw error }
            var message = error.message
            if let hint = error.hint { message += " — " + hint }
            warnings.append(EventWarning(source: error.location ?? "events", message: message + "; nothing in it was checked"))
        }
        var files: [String] = []
        for path in paths {
            if FileInput.isDirectory(path, context: context) {
                let inside = try FileInput.files(inDirectory: path, context: context).filter {
                    let lower = $0.lowercased()
                    return lower.hasSuffix(".ics") || lower.hasSuffix(".ical") || lower.hasSuffix(".csv")
                }
                if inside.isEmpty {
                    try fail(CLIError("is a folder with no .ics or .csv files in it", at: path, hint: "name an events file, or a folder holding some"))
                }
                files += inside
            } else {
                files.append(path)
            }
        }
        if files.filter({ $0 == "-" }).count > 1 {
            throw CLIError("'-' (standard input) given more than once", hint: "standard input can be read only once")
        }
        var runLeft = EventInput.runCap
        for path in files {
            let name = path == "-" ? "stdin" : path
            let bytes: [UInt8]
            // Standard input that cannot be read (closed, a folder) is a mistake in the command itself: exit 2.
            do throws(CLIError) { bytes = try FileInput.bytes(path, context: context) } catch {
                if path == "-" { throw error }
                try fail(error)
                continue
            }
            let decoded: TextDecoding.Decoded
            do throws(TextDecoding.Failure) {
                decoded = try TextDecoding.decode(bytes)
            } catch {
                switch error {
                case .empty:
                    try fail(CLIError("is empty", at: name, hint: "export the calendar again (iCalendar .ics), or give a CSV with a header row date,title"))
                case .binary(let offset):
                    try fail(CLIError("is not a text file (binary data at byte \(offset))", at: name,
                                      hint: "give an iCalendar (.ics) export or a CSV file, not a spreadsheet or PDF"))
                case .invalidUTF8(let offset):
                    try fail(CLIError("is not valid UTF-8 (byte \(offset))", at: name, hint: "save it as UTF-8"))
                }
                continue
            }
            if let notice = decoded.notice { notes.append(EventWarning(source: name, message: notice)) }
            do throws(EventFile.ReadError) {
                let file = try EventFile.read(decoded.text, name: name, from: from, to: to, fileCap: min(ICalendar.fileCap, runLeft))
                runLeft = max(0, runLeft - file.occurrences.count)
                occurrences += file.occurrences
                warnings += file.warnings
            } catch {
                try fail(CLIError(error.message, at: "\(name):\(error.line)", hint: error.hint))
            }
        }
        if files.count > 1 {
            occurrences.sort { ($0.start, $0.time ?? "", $0.title) < ($1.start, $1.time ?? "", $1.title) }
        }
        return Loaded(occurrences: occurrences, warnings: warnings, notes: notes)
    }

    /// The most iCalendar occurrences one run reads across all its files (each file may give at most
    /// `ICalendar.fileCap`), so that a folder of hostile calendars stays small too.
    static let runCap = 250_000

    /// A date option: `YYYY-MM-DD` or `DD/MM/YYYY` (the one date parser every option uses).
    static func date(_ text: String, option: String) throws(CLIError) -> CivilDate {
        try CivilDate.parse(text, at: "--\(option)")
    }

    /// The keyword rules: the defaults, adjusted or replaced by the config's `scheduler` section.
    static func keywords(_ config: CouncilConfig?) -> KeywordRules {
        KeywordRules(formalBusinessOverride: config?.scheduler?.formalBusinessKeywords,
                     conflictOverride: config?.scheduler?.conflictKeywords,
                     administrativeOverride: config?.scheduler?.administrativeKeywords)
    }

    /// Periods whose first day is known, so suggestions need no margin before them: every period whose
    /// start is not "the latest date for the notice of election" (a notice date given with --notice, a
    /// dissolution, a referendum's fixed count).
    static func confirmedStarts(_ periods: [PreElectionPeriod]) -> Set<PreElectionPeriod> {
        Set(periods.filter { !$0.basis.contains("latest date") })
    }

    /// "Thursday 16 April 2026, 10:30" or "Friday 27 March 2026 to Sunday 29 March 2026".
    static func when(_ occurrence: EventOccurrence) -> String {
        var s = occurrence.start.british
        if occurrence.end != occurrence.start { s += " to " + occurrence.end.british }
        if let time = occurrence.time { s += ", " + time }
        return s
    }
}
