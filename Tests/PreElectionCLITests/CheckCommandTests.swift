import Foundation
import XCTest
import ElectionCalendar
@testable import PreElectionCLI

/// `preelection check` as a user runs it: stdin, files, folders, Word and HTML, encodings, people and topic
/// files, config, the three output formats, `--output`, `--strict` and the exit statuses.
/// Polls are given with `--election`, and the period is computed through `PollSelection.resolve`, so the tests
/// do not depend on the calendar's exact dates.
final class CheckCommandTests: XCTestCase {
    let election = "local.2026-05-07"
    var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "check-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// The period `--election local.2026-05-07` resolves to.
    func period() throws -> PreElectionPeriod {
        let args = try ArgumentParser.parse(["--election", election, "--country", "england"], spec: CheckCommand.spec)
        let today = CivilDate(year: 2026, month: 4, day: 1)!
        let selection = try PollSelection.resolve(args, context: RunContext(today: today), from: today.adding(days: -120), to: today.adding(days: 120))
        return try XCTUnwrap(selection.periods.first)
    }

    /// A date inside the period.
    func inside() throws -> String { try period().start.adding(days: 3).iso }

    func run(_ arguments: [String], stdin: String = "", stdinBytes: [UInt8]? = nil, today: CivilDate = CivilDate(year: 2026, month: 4, day: 20)!)
        -> (status: Int32, stdout: String, stderr: String) {
        let bytes = stdinBytes ?? Array(stdin.utf8)
        let context = RunContext(today: today, currentDirectory: directory, readStandardInput: { bytes })
        let (status, output) = PreElectionCLI.run(["check"] + arguments, context: context)
        return (status, output.stdout, output.stderr)
    }

    func write(_ name: String, _ text: String) throws {
        try text.write(toFile: directory + "/" + name, atomically: true, encoding: .utf8)
    }

    let release = """
    New play area for Mill Park

    “This is a great day for families,” said Cllr Jane Doe, Cabinet Member for Parks.

    The Labour group welcomed the scheme. Cllr Ann Lee will attend the opening.
    """

    // MARK: - Text output and exit status

    func testReleasePastedOnStandardInput() throws {
        let r = run(["-", "--election", election, "--country", "england", "--date", try inside()], stdin: release)
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.stdout.contains("stdin:3:1: error [member-quote] Quotation attributed to Cllr Jane Doe, Cabinet Member for Parks"), r.stdout)
        XCTAssertTrue(r.stdout.contains("stdin:5:5: error [party-reference] Party named: Labour Party"), r.stdout)
        XCTAssertTrue(r.stdout.contains("stdin:5:39: warning [member-reference] Member or candidate named: Cllr Ann Lee"), r.stdout)
        XCTAssertTrue(r.stdout.contains("    | “This is a great day for families,” said Cllr Jane Doe"), r.stdout)
        XCTAssertTrue(r.stdout.contains("    = Quote an officer instead"), r.stdout)
        XCTAssertTrue(r.stdout.contains("is inside the pre-election period for"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("2 errors, 1 warning, 0 info in 1 file\n"), r.stdout)
    }

    func testCleanReleaseExitsZeroAndStrictCountsWarnings() throws {
        let clean = "Bins will be collected a day late after the bank holiday, said Lisa Harper, Head of Waste."
        let r = run(["-", "--election", election, "--country", "england", "--date", try inside()], stdin: clean)
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("stdin: no findings"))
        let warningOnly = "Cllr Ann Lee will attend the opening."
        XCTAssertEqual(run(["-", "--election", election, "--country", "england", "--date", try inside()], stdin: warningOnly).status, 0)
        XCTAssertEqual(run(["-", "--election", election, "--country", "england", "--date", try inside(), "--strict"], stdin: warningOnly).status, 1)
    }

    func testOutsideThePeriodQuotesAreInfoButPartiesStayErrors() throws {
        let before = try period().start.adding(days: -40).iso
        let quoteOnly = "“Lovely,” said Cllr Jane Doe."
        let r = run(["-", "--election", election, "--country", "england", "--date", before], stdin: quoteOnly)
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("stdin:1:1: info [member-quote]"), r.stdout)
        XCTAssertTrue(r.stdout.contains("outside every pre-election period"), r.stdout)
        XCTAssertEqual(run(["-", "--election", election, "--country", "england", "--date", before], stdin: "The Labour group agreed.").status, 1, "LGA 1986 s2 applies at all times")
    }

    func testPeriodStartingWithinFourteenDaysIsAnnounced() throws {
        let p = try period()
        let r = run(["-", "--election", election, "--country", "england", "--date", p.start.adding(days: -5).iso], stdin: release)
        XCTAssertTrue(r.stdout.contains("stdin: publication date \(p.start.adding(days: -5).british) is 5 days before the pre-election period for \(PollSelection.describeWithNation(p)) (\(p.start.british) to \(p.end.british))"), r.stdout)
        let far = run(["-", "--election", election, "--country", "england", "--date", p.start.adding(days: -15).iso], stdin: release)
        XCTAssertTrue(far.stdout.contains("is outside every pre-election period"), far.stdout)
    }

    func testRunUpGradesFindingsAsInsideThePeriod() throws {
        // Six days before the period a release is still online when the period begins: the quote is an error.
        let p = try period()
        let r = run(["-", "--election", election, "--country", "england", "--date", p.start.adding(days: -6).iso], stdin: release)
        XCTAssertEqual(r.status, 1, r.stdout)
        XCTAssertTrue(r.stdout.contains("stdin:3:1: error [member-quote]"), r.stdout)
        XCTAssertTrue(r.stdout.contains("stdin:5:39: warning [member-reference]"), r.stdout)
        XCTAssertTrue(r.stdout.contains("stdin: publication date \(p.start.adding(days: -6).british) is 6 days before the pre-election period for \(PollSelection.describeWithNation(p))"), r.stdout)
        XCTAssertTrue(r.stdout.contains("a release stays online into the period, so findings take the period's severity"), r.stdout)
        XCTAssertFalse(r.stdout.contains("as if the period had begun"))
        let json = CLI.json(run(["-", "--election", election, "--country", "england", "--date", p.start.adding(days: -6).iso, "--format", "json"], stdin: release).stdout)
        let file = try XCTUnwrap((json["files"] as? [[String: Any]])?.first)
        XCTAssertEqual(file["in_period"] as? Bool, false)
        XCTAssertEqual(file["graded_as_in_period"] as? Bool, true)
        // Fifteen days before, the run-up has not begun: quotes are info.
        let far = run(["-", "--election", election, "--country", "england", "--date", p.start.adding(days: -15).iso], stdin: release)
        XCTAssertTrue(far.stdout.contains("stdin:3:1: info [member-quote]"), far.stdout)
    }

    func testPublicationDateIsReadFromTheRelease() throws {
        // Checked in January, published on Tuesday 14 April 2026, inside the period for the polls of 7 May 2026.
        let january = CivilDate(year: 2026, month: 1, day: 12)!
        let dated = "FOR IMMEDIATE RELEASE – Tuesday 14 April 2026\n\n" + release
        let r = run(["-", "--election", election, "--country", "england"], stdin: dated, today: january)
        XCTAssertEqual(r.status, 1, r.stdout)
        XCTAssertTrue(r.stdout.contains("stdin: publication date Tuesday 14 April 2026 is inside the pre-election period"), r.stdout)
        XCTAssertTrue(r.stdout.contains("stdin: note: publication date Tuesday 14 April 2026 read from the date line (line 1: \"FOR IMMEDIATE RELEASE – Tuesday 14 April 2026\")"), r.stdout)
        XCTAssertTrue(r.stdout.contains("stdin:5:1: error [member-quote]"), r.stdout)
        let json = CLI.json(run(["-", "--election", election, "--country", "england", "--format", "json"], stdin: dated, today: january).stdout)
        let file = try XCTUnwrap((json["files"] as? [[String: Any]])?.first)
        XCTAssertEqual(file["publication_date"] as? String, "2026-04-14")
        XCTAssertEqual(file["publication_date_source"] as? String, "text")
        let html = run(["-", "--election", election, "--country", "england", "--format", "html"], stdin: dated, today: january).stdout
        XCTAssertTrue(html.contains("<strong>Date:</strong> publication date Tuesday 14 April 2026 read from the date line"), html)

        // A weekday that does not match the date is named: one of them is a typo.
        let typo = run(["-", "--election", election, "--country", "england"], stdin: "Wednesday 14 April 2026\n\n" + release, today: january)
        XCTAssertTrue(typo.stdout.contains("read from the dateline (line 1: \"Wednesday 14 April 2026\"), which says Wednesday but 14 April 2026 is a Tuesday: check the date"), typo.stdout)

        // The embargo wins over the date line.
        let embargoed = "Date: 12/01/2026\nEmbargoed until 00:01, 14 April 2026\n\n" + release
        XCTAssertTrue(run(["-", "--election", election, "--country", "england"], stdin: embargoed, today: january).stdout
            .contains("note: publication date Tuesday 14 April 2026 read from the embargo line (line 2"))

        // --date wins, and a disagreeing date in the text is named.
        let option = run(["-", "--election", election, "--country", "england", "--date", "2026-01-12", "--format", "json"], stdin: dated, today: january)
        let optionFile = try XCTUnwrap((CLI.json(option.stdout)["files"] as? [[String: Any]])?.first)
        XCTAssertEqual(optionFile["publication_date_source"] as? String, "option")
        XCTAssertEqual(optionFile["publication_date"] as? String, "2026-01-12")
        XCTAssertTrue((optionFile["notices"] as? [String] ?? []).contains {
            $0.contains("from --date; the release's own date is Tuesday 14 April 2026, from the date line")
        }, option.stdout)

        // Neither: today, and the report says so.
        let undated = run(["-", "--election", election, "--country", "england", "--format", "json"], stdin: release, today: january)
        let undatedFile = try XCTUnwrap((CLI.json(undated.stdout)["files"] as? [[String: Any]])?.first)
        XCTAssertEqual(undatedFile["publication_date_source"] as? String, "today")
        XCTAssertTrue((undatedFile["notices"] as? [String] ?? []).contains { $0.hasPrefix("no --date and no date in the release's header") })
    }

    func testDateDefaultsToTodayAndAcceptsBritishForm() throws {
        let p = try period()
        let r = run(["-", "--election", election, "--country", "england"], stdin: release, today: p.start.adding(days: 1))
        XCTAssertTrue(r.stdout.contains("publication date \(p.start.adding(days: 1).british) is inside"), r.stdout)
        let d = p.start.adding(days: 2)
        let british = "\(d.day)/\(d.month)/\(d.year)"
        XCTAssertTrue(run(["-", "--election", election, "--country", "england", "--date", british], stdin: release).stdout.contains(d.british))
    }

    func testSuppressionsAreListed() throws {
        let text = "preelection: ignore member-quote -- flood emergency, agreed with the Monitoring Officer\n“Stay away from the river,” said Cllr Jane Doe.\n\npreelection: ignore party-reference\nThe Labour group agreed.\n"
        let r = run(["-", "--election", election, "--country", "england", "--date", try inside()], stdin: text)
        XCTAssertTrue(r.stdout.contains("stdin:1: suppressed [member-quote] in line 2 (1 finding): flood emergency, agreed with the Monitoring Officer"), r.stdout)
        XCTAssertTrue(r.stdout.contains("stdin:4: warning [suppression] 'preelection: ignore party-reference' silences nothing: no reason given"), r.stdout)
        XCTAssertTrue(r.stdout.contains("stdin:5:5: error [party-reference]"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("1 error, 1 warning, 0 info in 1 file (1 suppressed; 1 suppression not applied)\n"),
                      "the suppression that silences nothing counts as a warning: \(r.stdout)")
    }

    // MARK: - JSON

    func testJSONHasTheIssuesKeys() throws {
        let r = run(["-", "--election", election, "--country", "england", "--date", try inside(), "--format", "json"], stdin: release)
        XCTAssertEqual(r.status, 1)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(Set(json.keys), ["files", "summary", "polls_checked", "notices"])
        let summary = try XCTUnwrap(json["summary"] as? [String: Int])
        XCTAssertEqual(summary, ["files": 1, "errors": 2, "warnings": 1, "info": 0])
        let file = try XCTUnwrap((json["files"] as? [[String: Any]])?.first)
        for key in ["path", "in_period", "periods", "findings", "suppressed"] { XCTAssertNotNil(file[key], key) }
        XCTAssertEqual(file["path"] as? String, "-")
        XCTAssertEqual(file["in_period"] as? Bool, true)
        let p = try period()
        let periods = try XCTUnwrap(file["periods"] as? [[String: Any]])
        XCTAssertEqual(periods.first?["start"] as? String, p.start.iso)
        XCTAssertEqual(periods.first?["end"] as? String, p.end.iso)
        XCTAssertEqual(periods.first?["elections"] as? [String], p.elections)
        let finding = try XCTUnwrap((file["findings"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(finding.keys), ["rule", "severity", "line", "column", "excerpt", "subject", "message", "guidance", "replacements"])
        XCTAssertEqual(finding["rule"] as? String, "member-quote")
        XCTAssertEqual(finding["severity"] as? String, "error")
        XCTAssertEqual(finding["line"] as? Int, 3)
        XCTAssertEqual(finding["column"] as? Int, 1)
        XCTAssertEqual(finding["subject"] as? String, "Cllr Jane Doe")
        // Keys come in the issue's order.
        XCTAssertTrue(r.stdout.hasPrefix("{\"files\":[{\"path\":\"-\",\"in_period\":true,\"periods\":["), r.stdout)
    }

    // MARK: - HTML

    func testHTMLIsSelfContainedEscapedAndHighlighted() throws {
        let hostile = "<script>alert('x')</script> “Vote for me & mine,” said Cllr Jane <b>Doe</b>.\n<img src=\"https://example.com/x.png\">"
        let r = run(["-", "--election", election, "--country", "england", "--date", try inside(), "--format", "html"], stdin: hostile)
        let html = r.stdout
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertFalse(html.contains("<script"), "the release's markup must be escaped")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        XCTAssertFalse(html.contains("src=\"http"), "no network resources")
        XCTAssertFalse(html.contains("<link"))
        XCTAssertTrue(html.contains("<mark class=\"sev-error\""), "findings highlighted in place")
        XCTAssertTrue(html.contains("class=\"legend\""))
        XCTAssertTrue(html.contains("solid underline") && html.contains("dashed underline") && html.contains("dotted underline"), "legend not by colour alone")
        XCTAssertTrue(html.contains("What to do:"))
    }

    // MARK: - Files, folders, formats, encodings

    func testFolderOfReleasesInEveryFormat() throws {
        try FileManager.default.createDirectory(atPath: directory + "/drafts", withIntermediateDirectories: true)
        try write("drafts/a.txt", release)
        try write("drafts/b.md", "# Heading\n\n**Cllr Jane Doe** said: \"Hello.\"\n")
        try write("drafts/c.html", "<html><body><p>Nothing to see.</p><!-- preelection: ignore member-quote -- agreed --><p>“Hi,” said Cllr Jane Doe.</p></body></html>")
        try write("drafts/notes.pdf.bak", "ignored: not a release extension")
        let docx = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ReleaseCheckerTests/Corpus/docx-fixture-pandoc-library.docx")
        try FileManager.default.copyItem(atPath: docx.path, toPath: directory + "/drafts/d.docx")
        let r = run(["drafts", "--election", election, "--country", "england", "--date", try inside(), "--format", "json"])
        XCTAssertEqual(r.status, 1, r.stderr)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { $0["path"] as? String }, ["drafts/a.txt", "drafts/b.md", "drafts/c.html", "drafts/d.docx"])
        let rules = files.map { ($0["findings"] as? [[String: Any]] ?? []).map { $0["rule"] as? String ?? "" } }
        XCTAssertEqual(rules[1], ["member-quote"])
        XCTAssertEqual(rules[2], [], "the HTML comment suppression applies")
        XCTAssertEqual(rules[3], ["member-quote", "member-photo"], "the Word document's quote and caption")
        XCTAssertEqual((files[2]["suppressed"] as? [[String: Any]])?.first?["reason"] as? String, "agreed")
    }

    func testAReportSavedIntoTheFolderIsSkippedNextTime() throws {
        try FileManager.default.createDirectory(atPath: directory + "/drafts", withIntermediateDirectories: true)
        try write("drafts/a.txt", release)
        _ = run(["drafts", "--election", election, "--country", "england", "--date", try inside(), "--format", "html", "--output", "drafts/report.html"])
        let again = run(["drafts", "--election", election, "--country", "england", "--date", try inside()])
        XCTAssertTrue(again.stderr.contains("preelection: notice: drafts/report.html: skipped, it is a preelection report"), again.stderr)
        XCTAssertTrue(again.stdout.hasSuffix("in 1 file\n"), again.stdout)
    }

    func testWindows1252IsReadWithANotice() throws {
        var bytes = Array("\u{93}We are delighted,\u{94} said Cllr Jane Doe.".unicodeScalars.map { UInt8($0.value) })
        bytes.append(0x0A)
        try Data(bytes).write(to: URL(fileURLWithPath: directory + "/old.txt"))
        let r = run(["old.txt", "--election", election, "--country", "england", "--date", try inside()])
        XCTAssertTrue(r.stderr.contains("preelection: notice: old.txt: not valid UTF-8"), r.stderr)
        XCTAssertTrue(r.stderr.contains("read as Windows-1252"))
        XCTAssertTrue(r.stdout.contains("old.txt:1:1: error [member-quote]"), r.stdout)
    }

    func testInputErrorsExitTwoWithOneClearLine() throws {
        try Data([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: directory + "/scan.pdf"))
        try write("empty.txt", "   \n")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00]).write(to: URL(fileURLWithPath: directory + "/broken.docx"))
        let cases: [([String], String)] = [
            (["missing.txt"], "preelection: error: missing.txt: no such file"),
            (["scan.pdf"], "preelection: error: scan.pdf: is a PDF file, which cannot be checked"),
            (["empty.txt"], "preelection: error: empty.txt: is empty"),
            (["broken.docx"], "preelection: error: broken.docx:"),
            ([], "preelection: error: no release given"),
            (["-", "--date", "2026-02-30"], "preelection: error: --date: '2026-02-30' is not a real date"),
            (["-", "--format", "pdf"], "preelection: error: --format: unknown format 'pdf'"),
            (["-", "-"], "preelection: error: '-' (standard input) given twice"),
            (["-", "--candidates", "nobody.csv"], "preelection: error: nobody.csv: no such file"),
        ]
        for (args, expected) in cases {
            let r = run(args + ["--election", election, "--country", "england"], stdin: "Hello.")
            XCTAssertEqual(r.status, 2, "\(args)")
            XCTAssertTrue(r.stderr.hasPrefix(expected), "\(args): \(r.stderr)")
            XCTAssertEqual(r.stderr.filter { $0 == "\n" }.count, 1, "one line: \(r.stderr)")
        }
        XCTAssertEqual(run(["-"], stdin: "").stderr.hasPrefix("preelection: error: standard input: is empty"), true)
    }

    // MARK: - People, topics, config, output file

    func testCandidatesCSVAndMembersList() throws {
        try write("candidates.csv", "person_name,party_name,election_id,post_label\nPriya Shah,Labour Party,local.exampleton.mill.2026-05-07,Mill\n")
        try write("members.txt", "Cllr Graham Tully\n")
        let text = "“Buses matter,” said Priya Shah.\n\nGraham Tully opened the shelter."
        let r = run(["-", "--election", election, "--country", "england", "--date", try inside(), "--candidates", "candidates.csv", "--members", "members.txt"], stdin: text)
        XCTAssertTrue(r.stdout.contains("stdin:1:1: error [member-quote] Quotation attributed to Priya Shah (candidate, Mill ward, Labour Party)"), r.stdout)
        XCTAssertTrue(r.stdout.contains("stdin:3:1: warning [member-reference] Member or candidate named: Graham Tully (councillor)"), r.stdout)
        try write("bad.csv", "person_name,party_name\n\"Priya Shah,Labour\n")
        let bad = run(["-", "--election", election, "--country", "england", "--candidates", "bad.csv"], stdin: text)
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.stderr.hasPrefix("preelection: error: bad.csv:2: a quoted field opened here is never closed"), bad.stderr)
    }

    func testTopicsFile() throws {
        try write("topics.txt", "# contested\nlow traffic neighbourhood\n")
        let r = run(["-", "--election", election, "--country", "england", "--date", try inside(), "--topics", "topics.txt"],
                    stdin: "The Northby Low-Traffic Neighbourhoods trial ends, Cllr Jane Roe said.")
        XCTAssertTrue(r.stdout.contains("stdin:1:13: warning [controversial-topic]"), r.stdout)
        // Alone, with no member or party, the mention is a note with its place, and nothing to act on.
        let plain = run(["-", "--election", election, "--country", "england", "--date", try inside(), "--topics", "topics.txt", "--format", "json"],
                        stdin: "The Northby Low-Traffic Neighbourhoods trial ends.")
        XCTAssertEqual(plain.status, 0)
        XCTAssertTrue(plain.stdout.contains("line 1: mentions the council's topic 'low traffic neighbourhood' but names no member"), plain.stdout)
    }

    /// A data file given as the topics list by mistake is refused at once with exit 2, not read for seconds
    /// into tens of thousands of "topics" (a 60 MB file took about 20 s before).
    func testATopicsFileFarTooLargeForAListIsRefused() throws {
        try write("big.txt", String(repeating: "Surname, Forename, Ward, Party\n", count: 40_000))
        let big = run(["-", "--election", election, "--country", "england", "--date", try inside(), "--topics", "big.txt"], stdin: "The trial ends.")
        XCTAssertEqual(big.status, 2)
        XCTAssertTrue(big.stderr.contains("big.txt: this topics file is 1 MB; a list of controversial topics is one short phrase per line"), big.stderr)
        try write("many.txt", (0..<10_001).map { "topic \($0)" }.joined(separator: "\n"))
        let many = run(["-", "--election", election, "--country", "england", "--date", try inside(), "--topics", "many.txt"], stdin: "The trial ends.")
        XCTAssertEqual(many.status, 2)
        XCTAssertTrue(many.stderr.contains("many.txt: this topics file has 10001 topics; at most 10000 are read"), many.stderr)
    }

    func testConfigListsAndSeverityOverrides() throws {
        try write("members.txt", "Graham Tully\n")
        try write("council.json", """
        {"council": "Exampleton Borough Council",
         "checker": {"members_file": "members.txt", "topics": ["incinerator"], "candidates": ["Priya Shah"],
                     "severity": {"member-reference": "error", "controversial-topic": "off"}}}
        """)
        let text = "Graham Tully visited the incinerator site."
        let r = run(["-", "--election", election, "--country", "england", "--date", try inside(), "--config", "council.json"], stdin: text)
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.stdout.contains("stdin:1:1: error [member-reference]"), r.stdout)
        XCTAssertFalse(r.stdout.contains("controversial-topic"), "switched off")
        let html = run(["-", "--election", election, "--country", "england", "--date", try inside(), "--config", "council.json", "--format", "html"], stdin: text).stdout
        XCTAssertTrue(html.contains("Exampleton Borough Council"))
        try write("typo.json", #"{"checker": {"severity": {"member-quotes": "error"}}}"#)
        let typo = run(["-", "--election", election, "--country", "england", "--config", "typo.json"], stdin: text)
        XCTAssertEqual(typo.status, 2)
        XCTAssertTrue(typo.stderr.contains("unknown rule 'member-quotes'") && typo.stderr.contains("did you mean 'member-quote'?"), typo.stderr)
        try write("level.json", #"{"checker": {"severity": {"member-quote": "high"}}}"#)
        XCTAssertTrue(run(["-", "--election", election, "--country", "england", "--config", "level.json"], stdin: text).stderr.contains("use error, warning, info or off"))
        // A flag wins over the file.
        try write("others.txt", "Ann Lee\n")
        let flag = run(["-", "--election", election, "--country", "england", "--date", try inside(), "--config", "council.json", "--members", "others.txt"], stdin: text)
        XCTAssertFalse(flag.stdout.contains("[member-reference]"), flag.stdout)
    }

    func testOutputFileIsWrittenAndStdoutStaysEmpty() throws {
        let r = run(["-", "--election", election, "--country", "england", "--date", try inside(), "--format", "json", "--output", "report.json"], stdin: release)
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.stdout, "")
        XCTAssertTrue(r.stderr.contains("wrote the json report to report.json: 2 errors, 1 warning, 0 info in 1 file"), r.stderr)
        let written = try String(contentsOfFile: directory + "/report.json", encoding: .utf8)
        XCTAssertTrue(written.hasPrefix("{\"files\":"))
        XCTAssertEqual(run(["-", "--output", "no/such/dir/r.txt", "--election", election, "--country", "england"], stdin: release).status, 2)
    }

    func testHelpShowsTheSynopsis() {
        let r = run(["--help"])
        XCTAssertEqual(r.status, 0)
        XCTAssertTrue(r.stdout.contains("Usage: preelection check [FILE|DIR|-...] [--election ID]... [--only] [--country COUNTRY] [--london]"), r.stdout)
        XCTAssertTrue(r.stdout.contains("[--date DATE] [--candidates FILE] [--members FILE] [--topics FILE] [--format text|json|html] [--output FILE] [--strict]"), r.stdout)
    }
}
