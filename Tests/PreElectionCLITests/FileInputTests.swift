import XCTest
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import ElectionCalendar
@testable import PreElectionCLI

/// Hostile inputs and outputs: devices, pipes, symbolic links, closed or endless standard input, unreadable
/// folders, a full disk and file names with control characters. Each ends in a clear message and exit 2 —
/// never a trap, never a destroyed file.
final class FileInputTests: XCTestCase {
    var directory = ""
    let release = "\"We are delighted,\" said Cllr Jane Doe.\n"
    let inPeriod = ["--election", "local.2026-05-07", "--country", "england", "--date", "2026-04-20"]

    override func setUp() {
        directory = CLI.temporaryFolder()
    }

    override func tearDown() {
        _ = try? FileManager.default.removeItem(atPath: directory)
    }

    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: directory + "/" + name))
    }

    func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    // MARK: - --output

    func testOutputThatIsAnInputIsRefusedAndTheDraftKept() throws {
        // Before: `check draft.txt --output draft.txt` overwrote the draft with the report.
        try write("draft.txt", release)
        let r = CLI.run(["check", "draft.txt", "--output", "draft.txt"] + inPeriod, directory: directory)
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.hasPrefix("preelection: error: draft.txt: is also an input; writing the report there would destroy it"), r.stderr)
        XCTAssertEqual(try String(contentsOfFile: directory + "/draft.txt", encoding: .utf8), release)
        // The same file reached through another name is still the input.
        try FileManager.default.createSymbolicLink(atPath: directory + "/alias.txt", withDestinationPath: directory + "/draft.txt")
        XCTAssertEqual(CLI.run(["check", "draft.txt", "--output", "alias.txt"] + inPeriod, directory: directory).status, 2)
        XCTAssertEqual(try String(contentsOfFile: directory + "/draft.txt", encoding: .utf8), release)
    }

    func testOutputThroughASymbolicLinkReplacesTheTargetAndKeepsTheLink() throws {
        // Before: the atomic write replaced the link itself with a regular file.
        try write("real-report.txt", "old\n")
        chmod(directory + "/real-report.txt", 0o640)
        try FileManager.default.createSymbolicLink(atPath: directory + "/report.txt", withDestinationPath: "real-report.txt")
        let r = CLI.run(["check", "-", "--output", "report.txt"] + inPeriod, directory: directory, stdin: release)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(fileType(directory + "/report.txt"), S_IFLNK, "the link is kept")
        let written = try String(contentsOfFile: directory + "/real-report.txt", encoding: .utf8)
        XCTAssertTrue(written.contains("stdin:1:1: error [member-quote]"), written)
        var info = stat()
        stat(directory + "/real-report.txt", &info)
        XCTAssertEqual(info.st_mode & 0o7777, 0o640, "the file's permissions are kept")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.contains("preelection-") }
        XCTAssertEqual(leftovers, [], "no temporary file is left behind")
        // A link to a file not made yet: the file is made, the link kept.
        try FileManager.default.createSymbolicLink(atPath: directory + "/next.txt", withDestinationPath: "next-real.txt")
        XCTAssertEqual(CLI.run(["check", "-", "--output", "next.txt"] + inPeriod, directory: directory, stdin: release).status, 1)
        XCTAssertEqual(fileType(directory + "/next.txt"), S_IFLNK)
        XCTAssertEqual(fileType(directory + "/next-real.txt"), S_IFREG)
    }

    func testOutputIntoAFIFOWritesIntoItAndLeavesTheFIFO() throws {
        // Before: a FIFO (like a device) was replaced by a regular file.
        let fifo = directory + "/pipe"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let received = LockedBytes()
        let reader = Thread {
            let fd = open(fifo, O_RDONLY)
            if fd >= 0, let bytes = try? FileInput.read(descriptor: fd, location: "pipe") { received.set(bytes) }
            close(fd)
        }
        reader.start()
        let r = CLI.run(["periods", "--year", "2027", "--country", "wales", "--output", "pipe"], directory: directory)
        XCTAssertEqual(r.status, 0, r.stderr)
        let deadline = Date().addingTimeInterval(5)
        while received.get() == nil && Date() < deadline { usleep(10_000) }
        XCTAssertEqual(fileType(fifo), S_IFIFO, "the FIFO is still a FIFO")
        XCTAssertTrue(String(decoding: received.get() ?? [], as: UTF8.self).contains("Wednesday 31 March 2027"))
    }

    func testOutputIntoADeviceNodeLeavesTheDevice() throws {
        // `mknod ./null c 1 3; preelection check r.txt --output ./null` left a regular file where the device was.
        guard geteuid() == 0 else { throw XCTSkip("creating a device node needs root") }
        XCTAssertEqual(mknod(directory + "/null", S_IFCHR | 0o666, dev_t((1 << 8) | 3)), 0)
        try write("r.txt", release)
        let r = CLI.run(["check", "r.txt", "--output", "null"] + inPeriod, directory: directory)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertEqual(fileType(directory + "/null"), S_IFCHR, "still the null device")
    }

    // MARK: - Standard input

    func testClosedStandardInputIsAnInputError() {
        // `preelection warn --events - <&-` died with Foundation's "Fatal error".
        let r = CLI.run(["warn", "--events", "-", "--today", "2026-04-20", "--country", "england"],
                        standardInput: { () throws(CLIError) -> [UInt8] in try FileInput.read(descriptor: -1, location: "standard input") })
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "preelection: error: standard input: is closed — give the text on standard input (e.g. '< release.txt') or name a file\n")
    }

    func testAFolderOnStandardInputIsAnInputError() {
        // `preelection events - < /` died with Foundation's "Fatal error".
        let root = open("/", O_RDONLY)
        defer { close(root) }
        let r = CLI.run(["events", "-", "--country", "england"],
                        standardInput: { () throws(CLIError) -> [UInt8] in try FileInput.read(descriptor: root, location: "standard input") })
        XCTAssertEqual(r.status, 2)
        XCTAssertTrue(r.stderr.hasPrefix("preelection: error: standard input: is a folder, not a file"), r.stderr)
    }

    func testAnEndlessStandardInputStopsAtTheSizeLimit() {
        // `preelection check - < /dev/zero` died (and would eat the machine's memory first).
        let zero = open("/dev/zero", O_RDONLY)
        defer { close(zero) }
        let r = CLI.run(["check", "-"] + inPeriod,
                        standardInput: { () throws(CLIError) -> [UInt8] in try FileInput.read(descriptor: zero, location: "standard input", limit: 1 << 20) })
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "preelection: error: standard input: is a device that gave more than 1 MB without ending — name a file, not a device\n")
    }

    func testCheckReadsPipedStandardInputWithNoFileNamed() {
        // `check < release.txt` said "no release given".
        let piped = CLI.run(["check"] + inPeriod, stdin: release, standardInputIsTerminal: false)
        XCTAssertEqual(piped.status, 1, piped.stderr)
        XCTAssertTrue(piped.stdout.contains("stdin:1:1: error [member-quote]"), piped.stdout)
        let typed = CLI.run(["check"] + inPeriod, stdin: release, standardInputIsTerminal: true)
        XCTAssertEqual(typed.status, 2)
        XCTAssertTrue(typed.stderr.hasPrefix("preelection: error: no release given"), typed.stderr)
    }

    func testPastingIntoATerminalSaysHowToFinish() {
        let prompts = LockedLines()
        let context = RunContext(today: CivilDate(year: 2026, month: 4, day: 20)!, currentDirectory: directory,  // safe: a real date
                                 readStandardInput: { Array("Hello.\n".utf8) }, standardInputIsTerminal: true, prompt: { prompts.append($0) })
        let (status, _) = PreElectionCLI.run(["check", "-"] + inPeriod, context: context)
        XCTAssertEqual(status, 0)
        XCTAssertEqual(prompts.get(), ["preelection: paste the release, then press Ctrl-D on a new line (on Windows: Ctrl-Z, then Enter)"])
        let piped = LockedLines()
        let quiet = RunContext(today: CivilDate(year: 2026, month: 4, day: 20)!, currentDirectory: directory,  // safe: a real date
                               readStandardInput: { Array("Hello.\n".utf8) }, standardInputIsTerminal: false, prompt: { piped.append($0) })
        _ = PreElectionCLI.run(["check", "-"] + inPeriod, context: quiet)
        XCTAssertEqual(piped.get(), [], "no prompt when the text comes from a pipe")
    }

    // MARK: - Files, devices, folders

    func testAFIFOIsReadLikeAFile() throws {
        // Process substitution (`check <(pbpaste)`) and FIFOs were "cannot be read (permission denied?)".
        let fifo = directory + "/draft.txt"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let text = release
        let writer = Thread {
            let fd = open(fifo, O_WRONLY)
            try? FileInput.writeAll(Array(text.utf8), to: fd, location: "fifo")
            close(fd)
        }
        writer.start()
        let r = CLI.run(["check", "draft.txt"] + inPeriod, directory: directory)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stdout.contains("draft.txt:1:1: error [member-quote]"), r.stdout)
    }

    func testAFIFOThatNoProgramWritesToIsAnInputErrorNotAHang() throws {
        // `mkfifo draft.txt; preelection check draft.txt` waited for ever, as `cat` does.
        let fifo = directory + "/draft.txt"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let started = Date()
        let r = CLI.run(["check", "draft.txt"] + inPeriod, directory: directory)
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("draft.txt: is a FIFO (named pipe) that no program is writing to"), r.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(started), Double(FileInput.fifoWriterWaitSeconds) + 5)
    }

    func testAReleaseWithMoreTextThanAnyReleaseHasIsAnInputError() throws {
        // A folder of small Word files that each inflate to 63 MB of text asked for gigabytes and was killed.
        let line = "The park reopens on Monday with new play equipment for younger children and a cafe.\n"
        try write("huge.txt", String(repeating: line, count: TextBudget.perFile / line.utf8.count + 1))
        try write("small.txt", release)
        let r = CLI.run(["check", "."] + inPeriod, directory: directory)
        XCTAssertEqual(r.status, 2, r.stderr)
        XCTAssertTrue(r.stderr.contains("huge.txt: holds 16 MB of text, more than the 16 MB a release can have"), r.stderr)
    }

    func testTheRunsTextBudgetRefusesWhatWouldExceedItAndSaysSo() {
        let budget = TextBudget(total: 100)
        XCTAssertTrue(budget.take(60))
        XCTAssertFalse(budget.isSpent)
        XCTAssertFalse(budget.take(41), "41 more bytes would exceed the 100-byte budget")
        XCTAssertTrue(budget.isSpent, "later files are not read once a file was refused")
        XCTAssertTrue(budget.take(40), "what is left can still be taken")
    }

    func testDevicesGetAnAccurateMessage() {
        let null = CLI.run(["check", "/dev/null"] + inPeriod)
        XCTAssertTrue(null.stderr.hasPrefix("preelection: error: /dev/null: is empty"), null.stderr)
        XCTAssertEqual(FileInput.isDirectory("/dev/null", context: RunContext(today: CivilDate(dayNumber: 0))), false)
        XCTAssertThrowsError(try FileInput.read(descriptor: open("/dev/zero", O_RDONLY), location: "/dev/zero", limit: 4096)) { error in
            XCTAssertEqual((error as? CLIError)?.message, "is a device that gave more than 0 MB without ending")
        }
    }

    func testAnUnreadableSubfolderIsReportedNotSkipped() throws {
        // `chmod 000 d/sub; preelection check d` said "no findings", exit 0, as a normal user.
        try FileManager.default.createDirectory(atPath: directory + "/d/sub", withIntermediateDirectories: true)
        try write("d/a.txt", "The park reopens on Monday.\n")
        try write("d/sub/b.txt", release)
        chmod(directory + "/d/sub", 0o000)
        defer { chmod(directory + "/d/sub", 0o755) }
        if geteuid() != 0 {
            let r = CLI.run(["check", "d"] + inPeriod, directory: directory)
            XCTAssertEqual(r.status, 2)
            XCTAssertTrue(r.stderr.hasPrefix("preelection: error: d/sub: folder cannot be read (Permission denied)"), r.stderr)
            return
        }
        // As root every folder is readable: run the built command as an ordinary user instead.
        guard let binary = CLI.binary, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("needs the built preelection and setpriv to run as an ordinary user")
        }
        chmod(directory, 0o755)
        chmod(directory + "/d", 0o755)
        let r = CLI.shell("/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups \(binary) check d --election local.2026-05-07 --country england --date 2026-04-20",
                          directory: directory)
        XCTAssertEqual(r.status, 2, r.stdout)
        XCTAssertTrue(r.stderr.hasPrefix("preelection: error: d/sub: folder cannot be read (Permission denied)"), r.stderr)
    }

    // MARK: - Standard output and messages

    func testAWriteErrorOnStandardOutputIsReportedAndExitsTwo() throws {
        // `preelection timetable parl.2026-07-02 > /dev/full` exited 0 without a word.
        let full = open("/dev/full", O_WRONLY)
        guard full >= 0 else { throw XCTSkip("no /dev/full") }
        defer { close(full) }
        var errors: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&errors), 0)
        var output = CommandOutput()
        output.stdout = "Timetable\n"
        let status = PreElectionCLI.emit(output, status: 0, stdout: full, stderr: errors[1])
        close(errors[1])
        let message = String(decoding: (try? FileInput.read(descriptor: errors[0], location: "pipe")) ?? [], as: UTF8.self)
        close(errors[0])
        XCTAssertEqual(status, 2)
        XCTAssertEqual(message, "preelection: error: standard output: cannot be written: no space left on the device — check the disk or the file standard output was sent to\n")
    }

    func testAReaderThatStopsEarlyIsNotAnError() {
        // `preelection periods --format ics | head -1` with SIGPIPE ignored (as some parents leave it): no message.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        var ends: [Int32] = [0, 0]
        var errors: [Int32] = [0, 0]
        XCTAssertEqual(pipe(&ends), 0)
        XCTAssertEqual(pipe(&errors), 0)
        close(ends[0])
        var output = CommandOutput()
        output.stdout = "BEGIN:VCALENDAR\r\n"
        let status = PreElectionCLI.emit(output, status: 0, stdout: ends[1], stderr: errors[1])
        close(ends[1])
        close(errors[1])
        let message = (try? FileInput.read(descriptor: errors[0], location: "pipe")) ?? [1]
        close(errors[0])
        XCTAssertEqual(status, 0)
        XCTAssertEqual(message, [])
    }

    func testControlCharactersInFileNamesAreEscaped() throws {
        let name = "evil\u{1B}]0;owned\u{07}\nline.txt"
        let r = CLI.run(["check", name] + inPeriod, directory: directory)
        XCTAssertEqual(r.status, 2)
        XCTAssertEqual(r.stderr, "preelection: error: evil\\u{1B}]0;owned\\u{7}\\nline.txt: no such file — check the path and spelling\n")
        // A warning that repeats an iCalendar value keeps its line but loses the escape code.
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20260415\r\nSUMMARY:Park \u{9B}31mopening\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:2\r\nDTSTART:2026041\u{9B}2J\r\nSUMMARY:Broken \u{9B}2J\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        try write("e.ics", ics)
        let events = CLI.run(["events", "e.ics", "--election", "local.2026-05-07", "--country", "england", "--from", "2026-04-01", "--to", "2026-04-30"], directory: directory)
        // (It is in the report's "Could not be read" section, on standard output.)
        XCTAssertTrue(events.stdout.contains("\\u{9B}2J"), events.stdout)
        XCTAssertFalse(events.stderr.contains("\u{9B}"), events.stderr)
        XCTAssertEqual(ControlCharacters.escaped("a\u{9B}b\tc\n", keepingLineBreaks: true), "a\\u{9B}b\tc\n")
        XCTAssertEqual(ControlCharacters.escaped("a,b\r\nc\rd\n", keepingLineBreaks: true), "a,b\r\nc\\rd\n", "CSV's CRLF stays; a lone CR does not")
        // A release whose name holds a newline and an escape code: its report lines stay one line each.
        try write("odd\u{1B}[2J\nname.txt", "\"We are delighted,\" said Cllr Jane Doe.\n")
        let report = CLI.run(["check", "odd\u{1B}[2J\nname.txt"] + inPeriod, directory: directory)
        XCTAssertTrue(report.stdout.contains("odd\\u{1B}[2J\\nname.txt:1:1: error [member-quote]"), report.stdout)
        XCTAssertFalse(report.stdout.contains("\u{1B}"))
        // An events file whose name holds a newline: its warnings stay one line each.
        try write("cal\nendar.ics", ics)
        let named = CLI.run(["events", "cal\nendar.ics", "--election", "local.2026-05-07", "--country", "england", "--from", "2026-04-01", "--to", "2026-04-30"], directory: directory)
        XCTAssertTrue(named.stdout.contains("\n  cal\\nendar.ics:"), named.stdout)
        for line in named.stderr.split(separator: "\n") where line.contains("endar.ics") {
            XCTAssertTrue(line.hasPrefix("preelection: note: cal\\nendar.ics"), named.stderr)
        }
    }

    func testShellReproducersWithTheBuiltCommand() throws {
        guard let binary = CLI.binary else { throw XCTSkip("the preelection executable is not built next to the tests") }
        let cases: [(String, String)] = [
            ("\(binary) warn --events - --country england <&-", "preelection: error: standard input: is closed"),
            ("\(binary) events - --country england < /", "preelection: error: standard input: is a folder, not a file"),
            ("\(binary) check - < /dev/zero", "preelection: error: standard input: is a device that gave more than 128 MB without ending"),
            ("\(binary) timetable parl.2026-07-02 > /dev/full", "preelection: error: standard output: cannot be written: no space left on the device"),
        ]
        for (script, expected) in cases {
            let r = CLI.shell(script, directory: directory)
            XCTAssertEqual(r.status, 2, script)
            XCTAssertTrue(r.stderr.hasPrefix(expected), "\(script): \(r.stderr)")
            XCTAssertFalse(r.stderr.contains("Fatal error"), script)
        }
    }
}

/// Bytes handed over from another thread.
final class LockedBytes: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8]?
    func set(_ value: [UInt8]) { lock.lock(); bytes = value; lock.unlock() }
    func get() -> [UInt8]? { lock.lock(); defer { lock.unlock() }; return bytes }
}

/// Lines collected from a callback.
final class LockedLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    func append(_ line: String) { lock.lock(); lines.append(line); lock.unlock() }
    func get() -> [String] { lock.lock(); defer { lock.unlock() }; return lines }
}

/// Reports saved into a folder of drafts are skipped — but only real reports.
final class ReportSkipTests: XCTestCase {
    func testADraftCarryingTheGeneratorTagIsStillChecked() throws {
        // Before: any file whose first kilobyte held the generator tag was skipped as a report, unchecked.
        let folder = CLI.temporaryFolder()
        let draft = """
        <!DOCTYPE html>
        <html><head><meta name="generator" content="preelection check report"><title>Draft</title></head>
        <body><p>"We are delighted," said Cllr Jane Doe.</p></body></html>
        """
        try draft.write(toFile: folder + "/draft.html", atomically: true, encoding: .utf8)
        let args = ["check", "draft.html", "--election", "local.2026-05-07", "--country", "england", "--date", "2026-04-20"]
        let r = CLI.run(args, directory: folder)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stdout.contains("draft.html:3:10: error [member-quote]"), r.stdout) // the page's own line and column
        XCTAssertFalse(r.stderr.contains("skipped"), r.stderr)

        // A real report is still skipped, and the run says so.
        _ = CLI.run(args + ["--format", "html", "--output", "report.html"], directory: folder)
        let again = CLI.run(["check", "draft.html", "report.html"] + args.dropFirst(2), directory: folder)
        XCTAssertTrue(again.stderr.contains("preelection: notice: report.html: skipped, it is a preelection report"), again.stderr)
        // A report with a draft pasted after its end is no longer just a report.
        let report = try String(contentsOfFile: folder + "/report.html", encoding: .utf8)
        try (report + "<p>Vote Labour on 7 May.</p>\n").write(toFile: folder + "/edited.html", atomically: true, encoding: .utf8)
        XCTAssertFalse(CLI.run(["check", "edited.html"] + args.dropFirst(2), directory: folder).stderr.contains("skipped"))
    }
    /// A web page larger than 32 MB is refused with a message before its text is laid out (which takes about 16 bytes
    /// per byte of HTML: a 60 MB page once took 1 GB); a page under the limit is read.
    func testAnOversizedWebPageIsRefusedBeforeItIsLaidOut() throws {
        let big = String(repeating: "<p>Library opens</p>\n", count: (TextBudget.perWebPage / 21) + 10)
        XCTAssertThrowsError(try CheckCommand.htmlTextMapped(big, path: "big.html")) { error in
            XCTAssertTrue((error as? CLIError)?.message.contains("web page") ?? false, "\(error)")
        }
        XCTAssertNoThrow(try CheckCommand.htmlTextMapped("<p>Library opens</p>", path: "small.html"))
        // Only what decides which inputs to read one at a time: 0 for standard input and for what is not a file.
        XCTAssertEqual(FileInput.size(of: "-", context: RunContext(today: CivilDate(dayNumber: 0))), 0)
        XCTAssertEqual(FileInput.size(of: "/dev/null", context: RunContext(today: CivilDate(dayNumber: 0))), 0)
    }
}
