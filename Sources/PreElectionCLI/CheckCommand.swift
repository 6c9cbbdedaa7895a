import Foundation
import ElectionCalendar
import FileFormats
import ReleaseChecker

/// `preelection check`: the communications officer's tool. Reads draft releases (files, folders or stdin),
/// runs the `ReleaseChecker` library on each in parallel with the council's people, topics and severity
/// overrides, each against its own publication date, and prints text, JSON or a self-contained HTML report.
enum CheckCommand: Subcommand {
    static let ownOptions: [OptionSpec] = [
        OptionSpec("date", .single, CivilDate.self, help: "intended publication date, YYYY-MM-DD or DD/MM/YYYY (default: the release's own date, else today)"),
        OptionSpec("candidates", .single, valueName: "FILE", help: "candidates: Democracy Club CSV or one name per line"),
        OptionSpec("members", .single, valueName: "FILE", help: "councillors: Democracy Club CSV or one name per line"),
        OptionSpec("topics", .single, valueName: "FILE", help: "the council's controversial topics, one per line"),
        .format([.text, .json, .html]),
        OptionSpec("output", .single, valueName: "FILE", help: "write the report to FILE (atomically) instead of standard output"),
        OptionSpec("strict", .flag, help: "exit 1 on warnings as well as errors"),
    ]

    static let spec = CommandSpec(
        name: "check",
        summary: "check draft press releases for member quotes, party references and electioneering",
        positionals: PositionalSpec("FILE|DIR|-", String.self, required: false),
        options: PollSelection.options + ownOptions.filter { own in !PollSelection.options.contains { $0.name == own.name } },
        discussion: """
        Reads .txt, .md, .html/.htm, .docx and .odt files, whole folders, or '-' for standard input (paste, then Ctrl-D);
        with no file named, a file or pipe on standard input is read ('preelection check < release.txt').
        Without --date a release is judged against its own date (an embargo, 'Date:' line or dateline at the top).
        Inside a pre-election period, or within 14 days before one, member quotes, member photos, party references
        and electioneering are errors and member references and controversial topics warnings; outside every period electioneering and
        party-political promotion (a party credited with the council's work) stay errors (Local Government Act
        1986 s2) and the rest are info.
        Silence a finding you have accepted with a line 'preelection: ignore RULE -- reason' before the paragraph.

        Examples:
          preelection check release.txt --date 2026-04-02 --election local.2026-05-07 --country england
          pbpaste | preelection check - --candidates candidates.csv
          preelection check drafts/ --config council.json --format html --output report.html
        Exit status: 0 no errors, 1 errors (or warnings with --strict), 2 usage or input error.
        """
    )

    /// File extensions read from a folder.
    static let releaseExtensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "docx", "odt", "fodt"]

    /// One checked release.
    struct CheckedFile: Sendable {
        /// The path as the user gave it (or "-" for stdin).
        var path: String
        /// The UTF-8 bytes of the text that was checked (for .docx/.odt/.html: the extracted text).
        var bytes: [UInt8]
        /// The text that was checked, made from `bytes` when a report shows it (HTML).
        var text: String { String(decoding: bytes, as: UTF8.self) }
        /// The checker's report (for HTML, its positions already translated to the page's own lines).
        var report: Report
        /// For an HTML release, where each line of `bytes` came from in the page (the HTML report numbers
        /// its lines with the page's lines, as the text and JSON reports do).
        var map: HTMLText.SourceMap?
        /// How the file was decoded when it was not plain UTF-8 text.
        var notice: String?
        /// An HTML report this command wrote earlier (skipped, with a notice).
        var isReport = false
        /// Where the publication date came from: `--date`, the release's own text, or today.
        var dateSource: DateSource = .option
        /// One sentence saying which date was used and why (and whether `--date` and the text disagree).
        var dateNote: String = ""
    }

    /// Where a release's publication date came from (`publication_date_source` in JSON).
    enum DateSource: String, Sendable {
        /// `--date` was given.
        case option
        /// Read from the release's dateline, date line or embargo.
        case text
        /// Neither: the day of the check.
        case today
    }

    /// A file in a folder that was not checked, and what to do about it.
    struct UncheckedFile: Sendable, Equatable {
        /// The path as listed.
        var path: String
        /// Why it was not checked and what to do, e.g. "a PDF: save as .docx, or paste the text into `preelection check -`".
        var advice: String
        /// True when it looks like a document (so a release may have gone unchecked): the run exits 1.
        var isDocument: Bool
    }

    /// Checks every input and prints the report; exit 1 on errors (or warnings with `--strict`), 2 on input errors.
    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        let optionDate = publicationDate(arguments)
        let format = arguments.format()
        // `check < release.txt` or `pbpaste | preelection check`: with no file named, a pipe or file on
        // standard input is the release; a terminal is not (the user forgot the file name).
        let positionals = arguments.positionals.isEmpty && !context.standardInputIsTerminal ? ["-"] : arguments.positionals
        guard !positionals.isEmpty else {
            throw CLIError("no release given", hint: "name a file, a folder or '-' for standard input, e.g. 'preelection check release.txt'")
        }
        if positionals.filter({ $0 == "-" }).count > 1 {
            throw CLIError("'-' (standard input) given twice", hint: "standard input can be read only once")
        }
        // Start-up work every check needs, done on another core while this one lists and reads a folder's files:
        // the embedded calendar data (for the periods) and the checker's word tables (built on first use). One
        // file is read at once, so it gains nothing from another thread.
        if positionals.count > 1 || FileInput.isDirectory(positionals[0], context: context) {
            let today = context.today
            DispatchQueue.global().async {
                _ = CalendarData.embedded
                _ = ReleaseScanner.check(text: "Warm-up.", options: CheckOptions(publicationDate: today))
            }
        }
        let (paths, listed) = try inputPaths(positionals, context: context)
        let (inputs, misnamed) = try readAll(paths, context: context, given: Set(positionals), option: optionDate)
        let unchecked = misnamed + listed
        let texts = inputs.filter { !$0.isReport }
        if texts.isEmpty, let first = misnamed.first {
            throw CLIError(first.advice, at: first.path, hint: misnamed.count > 1 ? "and \(misnamed.count - 1) more files like it: nothing could be checked" : nil)
        }
        if texts.isEmpty {
            throw CLIError("only preelection reports were given", hint: "name the draft releases, not a report made from them")
        }
        // Each release is judged against its own date: --date, else the date in its header, else today.
        let dated = texts.compactMap(\.dated)
        let dates = dated.map(\.date)
        let earliest = dates.min() ?? context.today, latest = dates.max() ?? context.today
        let selection = try PollSelection.resolve(arguments, context: context, from: earliest.adding(days: -120), to: latest.adding(days: 120))
        let config = selection.config
        let options = try checkOptions(arguments, context: context, config: config, date: earliest, periods: selection.periods)
        let skipped = inputs.filter(\.isReport).map(\.path)
        // Each file is checked and rendered in one step, in parallel, a chunk of files at a time: only its
        // rendered part and its tally are kept, so a folder's reports never pile up in memory.
        let checked: Checked
        let rendered: String
        switch format {
        case .text:
            var out = selection.header + "\n"
            var room = ReportRoom(files: dated.count)
            let sentences = PeriodSentences()
            checked = checkAll(dated, options: options, render: { file, _ in
                CheckReportText.block(file, periodSentence: sentences.sentence(for: file.report))
            }, append: { n, block in
                room.reserve(&out, adding: block.utf8.count + 1, filesDone: n)
                if n > 0 { out += "\n" }
                out += block
            })
            CheckReportText.finish(&out, checked.tallies, unchecked: unchecked)
            rendered = out
        case .json:
            var out = String(decoding: CheckReportJSON.opening(), as: UTF8.self)
            var room = ReportRoom(files: dated.count)
            checked = checkAll(dated, options: options, render: { file, _ in
                // Made a string on the worker thread, so the main thread only copies it into place.
                var bytes: [UInt8] = []
                CheckReportJSON.file(file).renderCompact(into: &bytes)
                return String(decoding: bytes, as: UTF8.self)
            }, append: { n, object in
                room.reserve(&out, adding: object.utf8.count + 1, filesDone: n)
                if n > 0 { out += "," }
                out += object
            })
            var tail: [UInt8] = []
            CheckReportJSON.finish(&tail, checked.tallies, unchecked: unchecked,
                                   extra: [("polls_checked", selection.pollsCheckedJSON), ("notices", selection.noticesJSON)])
            out += String(decoding: tail, as: UTF8.self)
            rendered = out
        default:
            // The head needs every file's tally, so the sections are kept, joined a chunk at a time, and the page
            // is put together at the end at its exact size, each chunk let go once it is copied in.
            var chunks: [String] = []
            var current = ""
            var room = ReportRoom(files: min(dated.count, chunkSize))
            checked = checkAll(dated, options: options, render: { file, index in
                CheckReportHTML.section(file, id: "r\(index + 1)")
            }, append: { n, section in
                room.reserve(&current, adding: section.utf8.count, filesDone: n % chunkSize)
                current += section
                if (n + 1) % chunkSize == 0 || n + 1 == dated.count {
                    chunks.append(current)
                    current = ""
                    room = ReportRoom(files: min(dated.count - n - 1, chunkSize))
                }
            })
            let head = CheckReportHTML.head(checked.tallies, council: config?.council, header: selection.header, unchecked: unchecked)
            let tail = CheckReportHTML.tail(unchecked: unchecked)
            var page = head
            page.reserveCapacity(chunks.reduce(head.utf8.count + tail.utf8.count) { $0 + $1.utf8.count })
            for k in chunks.indices {
                page += chunks[k]
                chunks[k] = ""
            }
            page += tail
            rendered = page
        }
        let tallies = checked.tallies

        for note in selection.notices { output.stderr += "preelection: \(note)\n" }
        if selection.fromSchedule && selection.spansNations {
            let nations = PollSelection.joinedList(Array(Set(selection.periods.compactMap { $0.nation?.displayName })).sorted())
            output.stderr += "preelection: notice: no --country or config given, so the scheduled polls of \(nations) all count; add --country to check against your own nation's polls only\n"
        }
        for (path, notice) in checked.notices {
            output.stderr += "preelection: notice: \(ControlCharacters.escaped(path)): \(notice)\n"
        }
        for path in skipped { output.stderr += "preelection: notice: \(ControlCharacters.escaped(path)): skipped, it is a preelection report\n" }
        if let path = arguments.value("output") {
            let inputs = paths + ["members", "candidates", "topics", "config"].compactMap { arguments.value($0) }
            try FileInput.writeOutput(rendered, to: path, inputs: inputs, context: context)
            output.stderr += "preelection: wrote the \(format.rawValue) report to \(path): \(CheckReportText.summary(tallies, unchecked: unchecked))\n"
        } else {
            output.stdout += rendered
        }
        let errors = tallies.reduce(0) { $0 + $1.errors }
        let warnings = CheckReportText.warningCount(tallies)
        if errors > 0 || (arguments.flag("strict") && warnings > 0) || unchecked.contains(where: \.isDocument) { return ExitStatus.actionNeeded }
        return ExitStatus.ok
    }

    /// `--date`, when given.
    static func publicationDate(_ arguments: ParsedArguments) -> CivilDate? {
        arguments.value("date", as: CivilDate.self)
    }

    /// A release read and ready to check, with the date it is judged against and why.
    struct DatedInput: Sendable {
        var input: ReadInput.Body
        var date: CivilDate
        var source: DateSource
        var note: String
    }

    /// The publication date of one release: `--date` wins (a disagreeing date in the text is named), then the
    /// release's own embargo, date line or dateline, then today.
    static func datedInput(_ input: ReadInput.Body, option: CivilDate?, today: CivilDate) -> DatedInput {
        let found = input.ownDate
        func evidence(_ f: PublicationDateFinder.Found) -> String {
            var said = "\(f.kind.described) (line \(f.line): \"\(ControlCharacters.escaped(f.text))\")"
            if let stated = f.statedWeekday, !f.weekdayAgrees {
                said += ", which says \(stated.name) but \(f.date.britishShort) is a \(f.date.weekday.name): check the date"
            }
            return said
        }
        if let option {
            var note = "publication date \(option.british) from --date"
            if let found, found.date != option {
                note += "; the release's own date is \(found.date.british), from \(evidence(found)): check which is right"
            }
            return DatedInput(input: input, date: option, source: .option, note: note)
        }
        if let found {
            return DatedInput(input: input, date: found.date, source: .text,
                              note: "publication date \(found.date.british) read from \(evidence(found)); give --date to use another")
        }
        return DatedInput(input: input, date: today, source: .today,
                          note: "no --date and no date in the release's header, so it is checked as if published today, \(today.british); give --date DD/MM/YYYY for the day it goes out")
    }

    /// Date notes shared by the parallel readers: releases written from one template carry the same date line,
    /// and its note (dates spelled out, the line quoted) is written once.
    final class DateNotes: @unchecked Sendable {
        /// What decides a note besides `--date` and today, which are the same for the whole run.
        struct Key: Hashable {
            var date: CivilDate
            var kind: Int
            var line: Int
            var text: String
            var weekday: Int?
        }

        private let lock = NSLock()
        private var notes: [Key: DatedInput] = [:]

        /// `datedInput(input, option:, today:)`, its date, source and note reused for a release whose own date
        /// was found on the same line as an earlier one's.
        func dated(_ input: ReadInput.Body, option: CivilDate?, today: CivilDate) -> DatedInput {
            guard let found = input.ownDate else { return datedInput(input, option: option, today: today) }
            let key = Key(date: found.date, kind: found.kind.rawValue, line: found.line, text: found.text, weekday: found.statedWeekday?.rawValue)
            if var known = lock.withLock({ notes[key] }) {
                known.input = input
                return known
            }
            let made = datedInput(input, option: option, today: today)
            lock.withLock { notes[key] = made }
            return made
        }
    }

    /// People, topics and severity overrides from the config, with `--members`, `--candidates`, `--topics` winning.
    static func checkOptions(_ arguments: ParsedArguments, context: RunContext, config: CouncilConfig?, date: CivilDate,
                             periods: [PreElectionPeriod]) throws(CLIError) -> CheckOptions {
        let checker = config?.checker
        var people = PeopleList()
        // Members.
        if let file = arguments.value("members") {
            people.add(try readPeople(file, role: .member, context: context))
        } else {
            if let names = checker?.members { people.add(names: names, role: .member) }
            if let file = checker?.membersFile, let config { people.add(try readPeople(config.resolve(file), role: .member, context: context)) }
        }
        // Candidates.
        if let file = arguments.value("candidates") {
            people.add(try readPeople(file, role: .candidate, context: context))
        } else {
            if let names = checker?.candidates { people.add(names: names, role: .candidate) }
            if let file = checker?.candidatesFile, let config { people.add(try readPeople(config.resolve(file), role: .candidate, context: context)) }
        }
        // Topics.
        var topics: [String] = []
        if let file = arguments.value("topics") {
            topics = try readLines(file, context: context)
        } else {
            topics = checker?.topics ?? []
            if let file = checker?.topicsFile, let config { topics += try readLines(config.resolve(file), context: context) }
            if topics.count > maximumTopics {
                throw CLIError("the config lists \(topics.count) topics; at most \(maximumTopics) are read", at: config?.path ?? "--config",
                               hint: "list the council's controversial topics, one short phrase each")
            }
        }
        // Severity overrides.
        var overrides: [Rule: Severity] = [:]
        var disabled = Set<Rule>()
        for (key, value) in (checker?.severity ?? [:]).sorted(by: { $0.key < $1.key }) {
            let where_ = config?.path ?? "--config"
            guard let rule = Rule(id: key) else {
                let suggestion = ArgumentParser.closest(to: key, in: Rule.allCases.map(\.rawValue))
                throw CLIError("checker.severity names an unknown rule '\(key)'", at: where_,
                               hint: suggestion.map { "did you mean '\($0)'?" } ?? "rules: " + Rule.allCases.map(\.rawValue).joined(separator: ", "))
            }
            if ["off", "none", "ignore"].contains(value.lowercased()) {
                disabled.insert(rule)
            } else if let severity = Severity(argument: value) {
                overrides[rule] = severity
            } else {
                throw CLIError("checker.severity.\(key) is '\(value)'", at: where_, hint: "use error, warning, info or off")
            }
        }
        return CheckOptions(publicationDate: date, periods: periods, people: people, topics: topics,
                            severityOverrides: overrides, disabledRules: disabled)
    }

    /// Reads a people file (CSV or list).
    static func readPeople(_ path: String, role: PeopleList.Role, context: RunContext) throws(CLIError) -> PeopleList {
        let text = try readText(path, context: context)
        do {
            return try PeopleFile.parse(text, role: role)
        } catch {
            throw CLIError(error.message, at: "\(path):\(error.line)", hint: nil)
        }
    }

    /// Non-empty lines of a text file (topics), `#` comments skipped. A council's list of controversial topics
    /// is a few dozen phrases; a file far larger than any such list is the wrong file, and is refused before
    /// it is split (a 60 MB file would otherwise take seconds to read into phrases).
    static func readLines(_ path: String, context: RunContext) throws(CLIError) -> [String] {
        let text = try readText(path, context: context)
        guard text.utf8.count <= maximumTopicsBytes else {
            throw CLIError("this topics file is \(text.utf8.count / 1_000_000) MB; a list of controversial topics is one short phrase per line, at most \(maximumTopicsBytes / 1_000_000) MB",
                           at: path, hint: "check that --topics names the council's list of topics, not a release or a data file")
        }
        let lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map { String($0).trimmingSpaces() }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard lines.count <= maximumTopics else {
            throw CLIError("this topics file has \(lines.count) topics; at most \(maximumTopics) are read", at: path,
                           hint: "list the council's controversial topics, one short phrase per line")
        }
        return lines
    }

    /// The most topics read from one list, and the largest topics file (a list is a few dozen phrases).
    static let maximumTopics = 10_000
    static let maximumTopicsBytes = 1_000_000

    /// A small text input (people or topics file), decoded.
    static func readText(_ path: String, context: RunContext) throws(CLIError) -> String {
        let bytes = try FileInput.bytes(path, context: context)
        do {
            return try TextDecoding.decode(bytes).text
        } catch {
            throw decodingError(error, path: path)
        }
    }

    /// Files to check, folders expanded to their release files in the order given, and the files in those
    /// folders that are not checked (listed in the report with what to do).
    static func inputPaths(_ positionals: [String], context: RunContext) throws(CLIError) -> ([String], [UncheckedFile]) {
        var paths: [String] = []
        var unchecked: [UncheckedFile] = []
        for p in positionals {
            if FileInput.isDirectory(p, context: context) {
                let all = try FileInput.files(inDirectory: p, context: context).map { $0.hasPrefix("./") ? String($0.dropFirst(2)) : $0 }
                // One pass: each name's extension is read once.
                var inside: [String] = []
                var other: [String] = []
                inside.reserveCapacity(all.count)
                for path in all {
                    if releaseExtensions.contains(fileExtension(path)) { inside.append(path) } else { other.append(path) }
                }
                if inside.isEmpty {
                    throw CLIError("no releases in this folder", at: p, hint: "it looked for .txt, .md, .html, .htm, .docx, .odt and .fodt files"
                                   + (all.isEmpty ? "" : "; save the releases as .docx, or paste the text into 'preelection check -'"))
                }
                paths += inside
                unchecked += other.map(uncheckedFile)
            } else {
                paths.append(p)
            }
        }
        return (paths, unchecked)
    }

    /// Document formats that may hold a release but are not read (a folder with one exits 1).
    static let documentExtensions: [String: String] = [
        "pdf": "a PDF", "doc": "an older Word document (.doc)", "docm": "a macro-enabled Word document", "dot": "a Word template",
        "dotx": "a Word template", "rtf": "an RTF document", "pages": "an Apple Pages document", "wpd": "a WordPerfect document",
        "wps": "a Microsoft Works document", "ott": "an OpenDocument template",
        "xps": "an XPS document", "eml": "an e-mail", "msg": "an Outlook message", "odp": "a presentation", "pptx": "a presentation",
        "ppt": "a presentation",
    ]

    /// Why a file in a folder was not checked, and what to do.
    static func uncheckedFile(_ path: String) -> UncheckedFile {
        let ext = fileExtension(path)
        if let what = documentExtensions[ext] {
            return UncheckedFile(path: path, advice: "not checked: \(what); save it as .docx, or paste the text into `preelection check -`", isDocument: true)
        }
        return UncheckedFile(path: path, advice: "not checked: not a release format (checked: .txt, .md, .html, .htm, .docx, .odt, .fodt)", isDocument: false)
    }

    /// The lower-case extension of a path ("" when there is none).
    static func fileExtension(_ path: String) -> String {
        // ASCII paths (nearly all) are read as bytes: no grapheme breaking for each of 2,000 files.
        let utf8 = path.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) {
            guard let dot = utf8.lastIndex(of: 0x2E), !utf8[dot...].contains(0x2F) else { return "" }
            return String(path[utf8.index(after: dot)...]).lowercased()
        }
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return "" }
        return String(path[path.index(after: dot)...]).lowercased()
    }

    /// A release file read into text (or recognised as one of our own reports).
    struct ReadInput: Sendable {
        /// What a release is once read: its path, text and date, the parts every later step uses.
        struct Body: Sendable {
            var path: String
            /// The UTF-8 bytes of its text (valid; for .docx/.odt/.html the extracted text).
            var bytes: [UInt8]
            var notice: String?
            /// The publication date its header gives, found while the file is read (in parallel with the others).
            var ownDate: PublicationDateFinder.Found?
            /// For an HTML release, where its text came from in the page.
            var map: HTMLText.SourceMap?
        }
        var path: String
        var isReport = false
        /// The release, dated (`--date`, its own date, or today) while it is read: nil for a report or an unchecked file.
        var dated: DatedInput?
        /// A file from a folder that is really of another type (a PDF named .txt): listed, not checked.
        var unchecked: UncheckedFile?
    }

    /// Reads every file into text, in parallel; the first input error (in input order) is thrown. A file found
    /// in a folder that is really a PDF, an older Word file, RTF or an image, whatever its name, is not an
    /// error that stops the run: it is returned as not checked, with its real type, for the report.
    /// `given`: the paths named on the command line (nil: all of them); any other path was found in a folder.
    static func readAll(_ paths: [String], context: RunContext, given: Set<String>? = nil, option: CivilDate? = nil) throws(CLIError) -> ([ReadInput], [UncheckedFile]) {
        // Standard input is read once, up front, on this thread.
        if paths.contains("-") && context.standardInputIsTerminal {
            context.prompt("preelection: paste the release, then press Ctrl-D on a new line (on Windows: Ctrl-Z, then Enter)")
        }
        let stdinBytes: [UInt8]? = paths.contains("-") ? try context.readStandardInput() : nil
        let budget = TextBudget()
        let notes = DateNotes()
        let read: @Sendable (String) -> Result<ReadInput, CLIError> = { path in
            do throws(CLIError) {
                // Once the run's budget is spent, later files are not read at all.
                guard !budget.isSpent else { throw TextBudget.runTooLargeError(at: path) }
                let bytes = try path == "-" ? (stdinBytes ?? []) : FileInput.bytes(path, context: context)
                if isHTMLReport(bytes) {
                    return .success(ReadInput(path: path, isReport: true))
                }
                let kind = RealType.of(bytes)
                if kind != .zip, kind != .text, let given, !given.contains(path) {
                    let error = realTypeError(kind, path: path, ext: fileExtension(path))
                    let advice = "not checked: " + error.message + (error.hint.map { "; " + $0 } ?? "")
                    return .success(ReadInput(path: path, unchecked: UncheckedFile(path: path, advice: advice, isDocument: true)))
                }
                let (text, notice, map) = try releaseBytesMapped(bytes, path: path)
                let size = text.count
                guard size <= TextBudget.perFile else { throw TextBudget.tooLongError(size, path: path) }
                guard budget.take(size) else { throw TextBudget.runTooLargeError(at: path) }
                var ownDate = PublicationDateFinder.find(in: text)
                if let map, let found = ownDate { ownDate?.line = map.sourceLine(found.line) }
                let body = ReadInput.Body(path: path, bytes: text, notice: notice, ownDate: ownDate, map: map)
                return .success(ReadInput(path: path, dated: notes.dated(body, option: option, today: context.today)))
            } catch {
                return .failure(error)
            }
        }
        // Large files one at a time, the rest in parallel: reading a 60 MB web page takes about 1 GB while its text is
        // laid out, so two at once could pass the memory a run may use.
        let large = Set(paths.filter { FileInput.size(of: $0, context: context) > largeInput })
        let small = paths.filter { !large.contains($0) }
        var byPath: [String: Result<ReadInput, CLIError>] = [:]
        for (path, result) in zip(small, ParallelMap.map(small, read)) { byPath[path] = result }
        for path in paths where large.contains(path) { byPath[path] = read(path) }
        let results = paths.compactMap { byPath[$0] }
        var inputs: [ReadInput] = []
        var unchecked: [UncheckedFile] = []
        for result in results {
            switch result {
            case .success(let input):
                if let u = input.unchecked { unchecked.append(u) } else { inputs.append(input) }
            case .failure(let error): throw error
            }
        }
        return (inputs, unchecked)
    }

    /// What the summary lines, the exit status and the reports' headers need from one checked release, kept
    /// once its report has been rendered and dropped.
    struct Tally: Sendable {
        var errors: Int
        /// Warnings among the findings (suppressions that silence nothing are counted apart).
        var warnings: Int
        var info: Int
        /// Findings silenced by valid suppressions.
        var suppressed: Int
        /// Suppressions that silence nothing.
        var invalidSuppressions: Int
        var hidden: Int
        var membersListMissing: Bool

        /// The tally of `file`.
        init(_ file: CheckedFile) {
            let report = file.report
            errors = report.count(.error)
            warnings = report.count(.warning)
            info = report.count(.info)
            suppressed = report.suppressions.reduce(0) { $0 + $1.silenced.count }
            invalidSuppressions = report.suppressions.filter { !$0.isValid }.count
            hidden = report.hiddenFindings
            membersListMissing = report.membersListMissing && !file.isReport
        }
    }

    /// Every file's tally and the notices of files that were not plain UTF-8, in input order.
    struct Checked {
        var tallies: [Tally] = []
        var notices: [(path: String, notice: String)] = []
    }

    /// One file's rendered part and tally, made together on a worker thread.
    struct CheckedPart<Part: Sendable>: Sendable {
        var part: Part
        var tally: Tally
        var notice: String?
    }

    /// Files checked and rendered per parallel step: enough to keep both cores busy, few enough that the
    /// reports of one step are all that is held at once.
    static let chunkSize = 256
    /// Texts larger than this (4 MB) are checked one at a time, not beside another.
    static let largeText = 4_000_000
    /// Files larger than this (16 MB) are read one at a time, not beside another.
    static let largeInput = 16 * 1024 * 1024

    /// Checks every release against its own publication date, in parallel, and renders each one as soon as it
    /// is checked (`render` gets the file and its index); `append` receives the parts in input order.
    static func checkAll<Part: Sendable>(_ inputs: [DatedInput], options: CheckOptions, render: @escaping @Sendable (CheckedFile, Int) -> Part,
                                         append: (Int, Part) -> Void) -> Checked {
        var checked = Checked()
        checked.tallies.reserveCapacity(inputs.count)
        var start = 0
        while start < inputs.count {
            let end = min(inputs.count, start + chunkSize)
            let checkAndRender: @Sendable (Int) -> CheckedPart<Part> = { index in
                let file = checkOne(inputs[index], options: options)
                return CheckedPart(part: render(file, index), tally: Tally(file), notice: file.notice)
            }
            // Large texts one at a time, small ones in parallel: a check holds about a dozen bytes per byte of its text,
            // so two 16 MB releases checked at once would need as much memory as the rest of the run.
            let indices = Array(start..<end)
            let large = indices.filter { inputs[$0].input.bytes.count > largeText }
            var parts = [CheckedPart<Part>?](repeating: nil, count: indices.count)
            for (index, part) in zip(indices.filter { inputs[$0].input.bytes.count <= largeText },
                                     ParallelMap.map(indices.filter { inputs[$0].input.bytes.count <= largeText }, checkAndRender)) {
                parts[index - start] = part
            }
            for index in large { parts[index - start] = checkAndRender(index) }
            for (k, part) in parts.compactMap({ $0 }).enumerated() {
                append(start + k, part.part)
                checked.tallies.append(part.tally)
                if let notice = part.notice { checked.notices.append((inputs[start + k].input.path, notice)) }
            }
            start = end
        }
        return checked
    }

    /// Checks one release against its own publication date.
    static func checkOne(_ dated: DatedInput, options: CheckOptions) -> CheckedFile {
        var own = options
        own.publicationDate = dated.date
        var report = ReleaseScanner.check(bytes: dated.input.bytes, options: own)
        if let map = dated.input.map { translate(&report, with: map) }
        return CheckedFile(path: dated.input.path, bytes: dated.input.bytes, report: report, map: dated.input.map,
                           notice: dated.input.notice, dateSource: dated.source, dateNote: dated.note)
    }

    /// Moves every line and column of an HTML release's report from its extracted text to the page itself:
    /// the person fixing the release opens the `.html` file, whose lines are not the text's.
    static func translate(_ report: inout Report, with map: HTMLText.SourceMap) {
        func moved(_ finding: Finding) -> Finding {
            var finding = finding
            (finding.line, finding.column) = map.sourcePosition(line: finding.line, column: finding.column)
            return finding
        }
        report.findings = report.findings.map(moved)
        for k in report.suppressions.indices {
            report.suppressions[k].line = map.sourceLine(report.suppressions[k].line)
            report.suppressions[k].silenced = report.suppressions[k].silenced.map(moved)
            if let range = report.suppressions[k].appliesTo {
                let first = map.sourceLine(range.lowerBound), last = map.sourceLine(range.upperBound)
                report.suppressions[k].appliesTo = min(first, last)...max(first, last)
            }
        }
        for k in report.statutoryNotices.indices {
            let first = map.sourceLine(report.statutoryNotices[k].firstLine), last = map.sourceLine(report.statutoryNotices[k].lastLine)
            report.statutoryNotices[k].firstLine = first
            report.statutoryNotices[k].lastLine = max(first, last)
        }
    }

    /// Grows a report that is appended to file by file: on a regrowth it reserves room for the files still to
    /// come at the average size so far, so a report of many megabytes is copied once or twice rather than at
    /// every doubling (each copy also touches fresh pages).
    struct ReportRoom {
        /// How many files the report will hold.
        let files: Int
        /// Bytes known to be reserved.
        private var reserved = 0

        /// Room for `files` files.
        init(files: Int) { self.files = files }

        /// Makes room in `out` for `adding` more bytes, `filesDone` files having been appended already.
        mutating func reserve(_ out: inout String, adding: Int, filesDone: Int) {
            let used = out.utf8.count
            guard used + adding > reserved else { return }
            let average = filesDone > 0 ? used / filesDone : adding
            let left = max(0, files - filesDone - 1)
            reserved = used + adding + average * left + average * left / 8 + 4096
            out.reserveCapacity(reserved)
        }
    }

    /// One period sentence per publication date, shared by files rendered in parallel: it depends only on the
    /// date, so 2,000 releases for one day format it once.
    final class PeriodSentences: @unchecked Sendable {
        private let lock = NSLock()
        private var byDate: [CivilDate: String] = [:]

        /// The sentence for `report`'s publication date.
        func sentence(for report: Report) -> String {
            if let known = lock.withLock({ byDate[report.publicationDate] }) { return known }
            let sentence = CheckReportText.periodSentence(report)
            lock.withLock { byDate[report.publicationDate] = sentence }
            return sentence
        }
    }

    /// Extensions `releaseText` reads other than as plain text (Word and OpenDocument names, HTML).
    static let nonPlainExtensions: Set<String> = ["docx", "odt", "fodt", "html", "htm"]

    /// The UTF-8 bytes of a release file's text, as `releaseText` reads it: plain text is decoded straight to
    /// bytes (the checker scans bytes), without a `String` made and copied back.
    static func releaseBytes(_ bytes: [UInt8], path: String) throws(CLIError) -> ([UInt8], String?) {
        let (text, notice, _) = try releaseBytesMapped(bytes, path: path)
        return (text, notice)
    }

    /// `releaseBytes`, with an HTML release's map from its text back to the page (nil for other files, whose
    /// text lines are their own or, for Word and OpenDocument, have no lines to point to).
    static func releaseBytesMapped(_ bytes: [UInt8], path: String) throws(CLIError) -> ([UInt8], String?, HTMLText.SourceMap?) {
        let ext = path == "-" ? "" : fileExtension(path)
        if RealType.of(bytes) == .text, !nonPlainExtensions.contains(ext), !(path == "-" && sniff(bytes) == "html") {
            do {
                let decoded = try TextDecoding.decodeUTF8(bytes)
                return (decoded.bytes, decoded.notice, nil)
            } catch {
                throw decodingError(error, path: path)
            }
        }
        let (text, notice, map) = try releaseTextMapped(bytes, path: path)
        return (Array(text.utf8), notice, map)
    }

    /// The text of a release file. What the bytes really are decides how they are read (a Word or OpenDocument
    /// file is read as one whatever its name); the extension only tells HTML from plain text.
    static func releaseText(_ bytes: [UInt8], path: String) throws(CLIError) -> (String, String?) {
        let (text, notice, _) = try releaseTextMapped(bytes, path: path)
        return (text, notice)
    }

    /// `releaseText`, with the map from an HTML release's text back to the page.
    static func releaseTextMapped(_ bytes: [UInt8], path: String) throws(CLIError) -> (String, String?, HTMLText.SourceMap?) {
        let ext = path == "-" ? "" : fileExtension(path)
        let kind = RealType.of(bytes)
        switch kind {
        case .zip:
            let (text, notice) = try packageText(bytes, path: path, ext: ext)
            return (text, notice, nil)
        case .pdf, .oldOffice, .rtf, .image:
            throw realTypeError(kind, path: path, ext: ext)
        case .text:
            // Named as a Word or OpenDocument file but not a ZIP package: say what it seems to be instead.
            if ext == "docx" || ext == "odt" {
                do throws(DOCXText.Failure) {
                    _ = try DOCXText.extract(bytes)
                } catch {
                    throw CLIError(error.description, at: path, hint: "open it in Word or LibreOffice and save it again as .docx or .odt, or save it as plain text")
                }
            }
        }
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(bytes)
        } catch {
            throw decodingError(error, path: path)
        }
        if ext == "fodt" {
            return (try flatODTText(bytes, path: path), nil, nil)
        }
        if ext == "html" || ext == "htm" || (path == "-" && sniff(bytes) == "html") {
            let (text, map) = try htmlTextMapped(decoded.text, path: path)
            return (text, decoded.notice, map)
        }
        return (decoded.text, decoded.notice, nil)
    }

    /// Whether `bytes` are an HTML report this command wrote (skipped when a folder is checked again): the
    /// whole structure must match — the head `CheckReportHTML.head` writes, its heading, and its footer at
    /// the very end — not merely the generator tag, which a draft may carry when it was made from a report.
    static func isHTMLReport(_ bytes: [UInt8]) -> Bool {
        let head = reportHead
        guard bytes.count > head.count, bytes.starts(with: head) else { return false }
        let text = bytes.filter { $0 != 0x0D }
        guard text.starts(with: head) else { return false }
        let body = Array("</style>\n</head>\n<body>\n<header>\n<h1>Pre-election publicity check".utf8)
        let footer = Array("<footer><p>Made by preelection ".utf8)
        let tail = Array("</footer>\n</body>\n</html>".utf8)
        var end = text.count
        while end > 0, [0x20, 0x0A, 0x09].contains(text[end - 1]) { end -= 1 }
        guard end >= tail.count, Array(text[(end - tail.count)..<end]) == tail,
              let bodyAt = firstIndex(of: body, in: text), let footerAt = lastIndex(of: footer, in: text), bodyAt < footerAt else { return false }
        // Nothing but the footer paragraph between the footer's start and the end of the page.
        return !text[footerAt..<(end - tail.count)].contains(0x0A)
    }

    /// The first bytes of every HTML report, made once rather than for each file read.
    static let reportHead = Array(("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"generator\" content=\"\(CheckReportHTML.generator)\">\n<title>Pre-election check: ").utf8)

    /// The first position of `needle` in `bytes`.
    static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var i = 0
        while i <= bytes.count - needle.count {
            if bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }

    /// The last position of `needle` in `bytes`.
    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i] == needle[0] && Array(bytes[i..<(i + needle.count)]) == needle { return i }
            i -= 1
        }
        return nil
    }

    /// What standard input holds: a Word document, HTML, or text.
    static func sniff(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return "docx" }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased().trimmingSpaces()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return "html" }
        return "txt"
    }

    /// One clear line for a file that is not text: what it is and how to fix it.
    static func decodingError(_ error: TextDecoding.Failure, path: String) -> CLIError {
        let name = path == "-" ? "standard input" : path
        switch error {
        case .empty:
            return CLIError("is empty", at: name, hint: path == "-" ? "paste the release, then press Ctrl-D" : "check that this is the right file")
        case .binary(let offset):
            return CLIError("looks like a binary file (control byte at offset \(offset)), not text", at: name,
                            hint: "save the release as .txt, .md, .html or .docx and check that")
        case .invalidUTF8(let offset):
            return CLIError("is not valid UTF-8 (offset \(offset))", at: name, hint: "save it as UTF-8 text")
        }
    }
}
