import Foundation
import XCTest
import ElectionCalendar
@testable import PreElectionCLI

/// What `preelection check` reads: Word headers and footers, OpenDocument, files named for another type,
/// folders with files it cannot check, UTF-16 with and without a byte-order mark, old Mac line ends and
/// web-form text — each as a user meets it, against the English local elections of Thursday 7 May 2026.
final class CheckInputReadersTests: XCTestCase {
    let election = "local.2026-05-07"
    /// Wednesday 15 April 2026, inside the period (which began on Monday 30 March 2026).
    let inside = "2026-04-15"
    var directory = ""

    override func setUpWithError() throws {
        directory = NSTemporaryDirectory() + "check-inputs-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    func run(_ arguments: [String], stdin: [UInt8] = []) -> (status: Int32, stdout: String, stderr: String) {
        let context = RunContext(today: CivilDate(year: 2026, month: 4, day: 20)!, currentDirectory: directory, readStandardInput: { stdin })
        let (status, output) = PreElectionCLI.run(["check"] + arguments + ["--election", election, "--country", "england"], context: context)
        return (status, output.stdout, output.stderr)
    }

    func write(_ name: String, _ bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: directory + "/" + name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }

    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// A Word package with one body paragraph per string and one footer.
    static func docx(body: [String], footer: String) -> [UInt8] {
        func paragraphs(_ texts: [String]) -> String { texts.map { "<w:p><w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r></w:p>" }.joined() }
        var zip = TestZIPWriter()
        zip.add("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#)
        zip.add("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#)
        zip.add("word/document.xml", #"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="\#(w)"><w:body>\#(paragraphs(body))</w:body></w:document>"#)
        zip.add("word/_rels/document.xml.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>"#)
        zip.add("word/footer1.xml", #"<?xml version="1.0" encoding="UTF-8"?><w:ftr xmlns:w="\#(w)">\#(paragraphs([footer]))</w:ftr>"#)
        return zip.bytes()
    }

    /// An OpenDocument text package with one paragraph per string.
    static func odt(_ texts: [String]) -> [UInt8] {
        var zip = TestZIPWriter()
        zip.add("mimetype", "application/vnd.oasis.opendocument.text", method: 0)
        let body = texts.map { "<text:p>\($0)</text:p>" }.joined()
        zip.add("content.xml", #"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>\#(body)</office:text></office:body></office:document-content>"#)
        return zip.bytes()
    }

    func testImprintInAWordFooterIsFound() throws {
        try write("release.docx", Self.docx(body: ["Library opening hours extended", "The library will open on Sundays from May."],
                                            footer: "Promoted by J. Smith on behalf of Anytown Labour Party, 1 High Street, Anytown"))
        let r = run(["release.docx", "--date", inside])
        XCTAssertEqual(r.status, 1, r.stdout + r.stderr)
        XCTAssertTrue(r.stdout.contains("release.docx:5:1: error [electioneering]"), r.stdout)
    }

    func testOpenDocumentIsCheckedAndFilesAreReadAsWhatTheyAre() throws {
        try write("release.odt", Self.odt(["“We are delighted,” said Cllr Jane Doe."]))
        let odt = run(["release.odt", "--date", inside])
        XCTAssertEqual(odt.status, 1, odt.stderr)
        XCTAssertTrue(odt.stdout.contains("release.odt:1:1: error [member-quote] Quotation attributed to Cllr Jane Doe"), odt.stdout)

        let flat = #"<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text><text:p>“We are delighted,” said Cllr Jane Doe.</text:p></office:text></office:body></office:document>"#
        try write("flat.fodt", Array(flat.utf8))
        XCTAssertTrue(run(["flat.fodt", "--date", inside]).stdout.contains("flat.fodt:1:1: error [member-quote]"))

        try write("saved-from-libreoffice.docx", Self.odt(["“We are delighted,” said Cllr Jane Doe."]))
        let misnamed = run(["saved-from-libreoffice.docx", "--date", inside])
        XCTAssertTrue(misnamed.stdout.contains("saved-from-libreoffice.docx:1:1: error [member-quote]"), misnamed.stdout)
        XCTAssertTrue(misnamed.stderr.contains("saved-from-libreoffice.docx: an OpenDocument text file (.odt) named .docx; read as OpenDocument"), misnamed.stderr)

        try write("web.docx", Array("<html><body><p>Hello</p></body></html>".utf8))
        let web = run(["web.docx", "--date", inside])
        XCTAssertEqual(web.status, 2)
        XCTAssertTrue(web.stderr.hasPrefix("preelection: error: web.docx: the file is HTML or XML text"), web.stderr)

        try write("release.txt", Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj".utf8) + [0x00, 0x01])
        let pdf = run(["release.txt", "--date", inside])
        XCTAssertEqual(pdf.status, 2)
        XCTAssertTrue(pdf.stderr.hasPrefix("preelection: error: release.txt: is a PDF file (although it is named .txt), which cannot be checked"), pdf.stderr)
    }

    func testFolderListsTheFilesItDidNotCheck() throws {
        try write("drafts/a.txt", Array("Bins will be collected a day late.\n".utf8))
        try write("drafts/b.odt", Self.odt(["Our libraries open on Sundays from May."]))
        try write("drafts/scan.pdf", Array("%PDF-1.4\n".utf8))
        try write("drafts/old.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        try write("drafts/logo.png", [0x89, 0x50, 0x4E, 0x47])
        try write("drafts/scanned-release.txt", Array("%PDF-1.4\n".utf8) + [0x00, 0x01])
        let r = run(["drafts", "--date", inside])
        XCTAssertEqual(r.status, 1, "three documents went unchecked: \(r.stdout)")
        XCTAssertTrue(r.stdout.contains("drafts/scanned-release.txt: warning: not checked: is a PDF file (although it is named .txt), which cannot be checked; check the Word original"), "one misnamed file does not stop the folder: \(r.stdout)")
        XCTAssertTrue(r.stdout.contains("drafts/scan.pdf: warning: not checked: a PDF; save it as .docx, or paste the text into `preelection check -`"), r.stdout)
        XCTAssertTrue(r.stdout.contains("drafts/old.doc: warning: not checked: an older Word document (.doc); save it as .docx"), r.stdout)
        XCTAssertTrue(r.stdout.contains("drafts/logo.png: note: not checked: not a release format"), r.stdout)
        XCTAssertTrue(r.stdout.contains("drafts/b.odt: no findings"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("0 errors, 0 warnings, 0 info in 2 files (3 documents not checked)\n"), r.stdout)

        let json = CLI.json(run(["drafts", "--date", inside, "--format", "json"]).stdout)
        let listed = try XCTUnwrap(json["not_checked"] as? [[String: Any]])
        XCTAssertEqual(listed.map { $0["path"] as? String }, ["drafts/scanned-release.txt", "drafts/logo.png", "drafts/old.doc", "drafts/scan.pdf"])
        XCTAssertEqual((json["summary"] as? [String: Int])?["not_checked"], 4)
        let html = run(["drafts", "--date", inside, "--format", "html"]).stdout
        XCTAssertTrue(html.contains("<h2>Files not checked</h2>") && html.contains("<code>drafts/scan.pdf</code>: not checked: a PDF; save it as .docx, or paste the text into <code>preelection check -</code>"), html)
    }

    func testSuppressionWithAMistypedRuleSuggestsTheRule() {
        let text = "preelection: ignore member-qoute -- agreed with the Monitoring Officer\n“Stay away from the river,” said Cllr Jane Doe.\n"
        let r = run(["-", "--date", inside], stdin: Array(text.utf8))
        XCTAssertTrue(r.stdout.contains("stdin:1: warning [suppression] 'preelection: ignore member-qoute -- agreed with the Monitoring Officer' silences nothing: unknown rule 'member-qoute': did you mean 'member-quote'?"), r.stdout)
        XCTAssertTrue(r.stdout.hasSuffix("1 error, 1 warning, 0 info in 1 file (1 suppression not applied)\n"), r.stdout)
    }

    func testUTF16AndOldMacLineEnds() {
        func utf16(_ text: String) -> [UInt8] { text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } }
        let quote = "Headline\n\n“We are delighted,” said Cllr Jane Doe.\n"
        let noMark = run(["-", "--date", inside], stdin: utf16(quote))
        XCTAssertTrue(noMark.stdout.contains("stdin:3:1: error [member-quote]"), noMark.stdout)
        XCTAssertTrue(noMark.stderr.contains("read as UTF-16 (little-endian) without a byte-order mark"), noMark.stderr)

        let binary = run(["-", "--date", inside], stdin: [0xFF, 0xFE, 0x00, 0x00, 0x01, 0x02, 0x41, 0x00])
        XCTAssertEqual(binary.status, 2)
        XCTAssertTrue(binary.stderr.contains("looks like a binary file"), binary.stderr)

        let mac = run(["-", "--date", inside], stdin: Array("Headline\r\r“We are delighted,” said Cllr Jane Doe.\r".utf8))
        XCTAssertTrue(mac.stdout.contains("stdin:3:1: error [member-quote]"), mac.stdout)
    }

    func testTextInAWebFormIsChecked() throws {
        try write("page.html", Array("<html><body><p>Tell us what you think.</p><textarea>Vote Labour on 7 May</textarea></body></html>".utf8))
        let r = run(["page.html", "--date", inside])
        // The textarea's text starts at the page's line 1, column 53 (after the markup before it).
        XCTAssertTrue(r.stdout.contains("page.html:1:53: error [electioneering]"), r.stdout)
    }

    /// A web page's findings are reported at the page's own line and column, where an editor opening the
    /// `.html` file finds them, not at the lines of the text read out of it.
    func testFindingsInAWebPageAreAtThePagesOwnLines() throws {
        let page = """
        <h1>Library reopens</h1>
        <p>The library on Mill Lane reopens on Monday after repairs.</p>
        <p>&ldquo;We are delighted,&rdquo; said Cllr Jane Doe.</p>
        <figure><img src="a.jpg" alt="Cllr Jane Doe opens the library"></figure>
        """
        try write("page.html", Array(page.utf8))
        let r = run(["page.html", "--date", inside])
        XCTAssertTrue(r.stdout.contains("page.html:3:4: error [member-quote]"), r.stdout)
        XCTAssertTrue(r.stdout.contains("page.html:4:"), r.stdout)
        for line in r.stdout.split(separator: "\n") where line.hasPrefix("page.html:") {
            guard let field = line.split(separator: ":").dropFirst().first, let number = Int(field) else { continue } // the date and period notes
            XCTAssertLessThanOrEqual(number, 4, "the page has four lines: \(line)")
        }
        let json = run(["page.html", "--date", inside, "--format", "json"])
        XCTAssertTrue(json.stdout.contains("\"line\":3") || json.stdout.contains("\"line\": 3"), json.stdout)
        let html = run(["page.html", "--date", inside, "--format", "html"])
        XCTAssertTrue(html.stdout.contains("<li value=\"3\" id="), html.stdout)
    }
}
