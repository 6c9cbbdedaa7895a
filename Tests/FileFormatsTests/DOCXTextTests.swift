import Foundation
import XCTest
@testable import FileFormats

final class DOCXTextTests: XCTestCase {
    /// A release as Word 2019 saves it: rsids everywhere, runs split mid-word, proofing marks, bookmarks,
    /// smart quotes as characters and as references, tracked changes, fields, a table, a text box in
    /// mc:AlternateContent with its VML fallback, a picture with alternative text and a caption.
    static let word2019Body = """
    <w:p w:rsidR="00C14F3B" w:rsidRDefault="00AB2D41" w:rsidP="00C14F3B"><w:pPr><w:pStyle w:val="Title"/><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:pPr><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/><w:r w:rsidRPr="00D21A7C"><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t>New library opens in River</w:t></w:r><w:r w:rsidR="00AB2D41"><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t>side</w:t></w:r></w:p>
    <w:p w:rsidR="00C14F3B" w:rsidRDefault="00C14F3B"><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs><w:spacing w:after="160"/></w:pPr><w:r><w:t xml:space="preserve">Anytown Borough Coun</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>cil</w:t></w:r><w:proofErr w:type="spellEnd"/><w:r><w:t xml:space="preserve"> will open the new Riverside Library on </w:t></w:r><w:del w:id="1" w:author="Comms Team" w:date="2026-03-02T10:00:00Z"><w:r w:rsidDel="00AB2D41"><w:delText>Tuesday 31</w:delText></w:r></w:del><w:ins w:id="2" w:author="Comms Team" w:date="2026-03-02T10:00:00Z"><w:r><w:t>Monday 30</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> March 2026.</w:t></w:r></w:p>
    <w:p w:rsidR="00C14F3B" w:rsidRDefault="00C14F3B"><w:r><w:t>“This is a great day for residents</w:t></w:r><w:r><w:t>,&#8221; said Cllr</w:t></w:r><w:r><w:t xml:space="preserve">\u{00A0}Jane Doe, Leader of the Council. </w:t></w:r><w:r><w:t>&#x201C;Our libraries matter.</w:t></w:r></w:p>
    <w:p w:rsidR="00C14F3B" w:rsidRDefault="00C14F3B"/>
    <w:p w:rsidR="00C14F3B" w:rsidRDefault="00C14F3B"><w:r><w:t>“Everyone is welcome.”</w:t></w:r></w:p>
    <w:p w:rsidR="00C14F3B" w:rsidRDefault="00C14F3B"><w:r><w:t>Opening hours:</w:t></w:r><w:r><w:tab/><w:t>9am–5pm</w:t></w:r><w:r><w:br/><w:t xml:space="preserve">Call 01234</w:t></w:r><w:r><w:noBreakHyphen/><w:t>567890 or visit</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://www.anytown.gov.uk/libraries" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>www.anytown.gov.uk/libraries</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:sym w:font="Wingdings" w:char="F04A"/><w:softHyphen/><w:t xml:space="preserve"> &amp; say hello</w:t></w:r></w:p>
    <w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid><w:gridCol w:w="4508"/><w:gridCol w:w="4508"/></w:tblGrid><w:tr w:rsidR="00C14F3B" w14:paraId="1A2B3C4D"><w:trPr><w:tblHeader/></w:trPr><w:tc><w:tcPr><w:tcW w:w="4508" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Service</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="4508" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>Opening day</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Children’s room</w:t></w:r></w:p><w:p><w:r><w:t>(ground floor)</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Monday 30 March 2026</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Café</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>
    <w:p w:rsidR="00C14F3B" w:rsidRDefault="00C14F3B"><w:r><w:rPr><w:noProof/></w:rPr><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1" wp14:anchorId="5C1E7A2B" wp14:editId="0F3D9B11"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>3657600</wp:posOffset></wp:positionH><wp:extent cx="2360930" cy="1404620"/><wp:docPr id="217" name="Text Box 2"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr><wps:txbx><w:txbxContent><w:p w14:paraId="0A0B0C0D"><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:t>Did you know? The library holds 20,000 books.</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/></v:shapetype><v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute"><v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent><w:p><w:pPr><w:pStyle w:val="Quote"/></w:pPr><w:r><w:t>Did you know? The library holds 20,000 books.</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>The library has a café and free wi-fi.</w:t></w:r></w:p>
    <w:p w:rsidR="00C14F3B" w:rsidRDefault="00C14F3B"><w:pPr><w:keepNext/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0" wp14:anchorId="1B2C3D4E" wp14:editId="5F6A7B8C"><wp:extent cx="5731510" cy="3820795"/><wp:docPr id="1" name="Picture 1" descr="Cllr Jane Doe cuts the ribbon outside the library"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="ribbon.jpg" descr="ribbon.jpg"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId9"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
    <w:p w:rsidR="00C14F3B" w:rsidRDefault="00C14F3B"><w:pPr><w:pStyle w:val="Caption"/></w:pPr><w:r><w:t xml:space="preserve">Figure </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SEQ Figure \\* ARABIC </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:noProof/></w:rPr><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve">: Pictured: Cllr Jane Doe </w:t></w:r><w:moveFrom w:id="5" w:author="Comms Team" w:date="2026-03-02T10:00:00Z"><w:r><w:t>(left) </w:t></w:r></w:moveFrom><w:r><w:t>with library staff.</w:t></w:r></w:p>
    <w:sdt><w:sdtPr><w:alias w:val="Date"/><w:tag w:val="Date"/><w:id w:val="-1093462215"/><w:date w:fullDate="2026-03-02T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/></w:date></w:sdtPr><w:sdtContent><w:p w:rsidR="00C14F3B" w:rsidRDefault="00C14F3B"><w:r><w:t>Issued 2 March 2026</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p></w:sdtContent></w:sdt>
    <w:p w:rsidR="00C14F3B" w:rsidRDefault="00C14F3B"><w:hyperlink r:id="rId10" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>Notes to editors</w:t></w:r></w:hyperlink><w:r><w:cr/><w:t>Press office: 01234 567890</w:t></w:r><w:r><w:br/></w:r><w:r><w:br/><w:t xml:space="preserve">  press@anytown.gov.uk  </w:t></w:r></w:p>
    """

    static let footnotes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
    <w:footnotes \(TestDOCX.namespaces)><w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Except bank holidays, such as Easter Monday 6 April 2026.</w:t></w:r></w:p></w:footnote></w:footnotes>
    """

    static let endnotes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
    <w:endnotes \(TestDOCX.namespaces)><w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> Source: Anytown library survey 2025.</w:t></w:r></w:p></w:endnote></w:endnotes>
    """

    static let expected = """
    New library opens in Riverside

    Anytown Borough Council will open the new Riverside Library on Monday 30 March 2026.

    “This is a great day for residents,” said Cllr Jane Doe, Leader of the Council. “Our libraries matter.

    “Everyone is welcome.”

    Opening hours:\t9am–5pm
    Call 01234-567890 or visit www.anytown.gov.uk/libraries & say hello

    Service\tOpening day

    Children’s room (ground floor)\tMonday 30 March 2026

    Café

    The library has a café and free wi-fi.

    Did you know? The library holds 20,000 books.

    Image: Cllr Jane Doe cuts the ribbon outside the library

    Figure 1: Pictured: Cllr Jane Doe with library staff.

    Issued 2 March 2026

    Notes to editors
    Press office: 01234 567890
    press@anytown.gov.uk

    Except bank holidays, such as Easter Monday 6 April 2026.

    Source: Anytown library survey 2025.

    """

    func testWord2019DocumentReadsInOrderWithoutDoubledOrDeletedText() throws {
        let package = TestDOCX.package(document: TestDOCX.document(body: Self.word2019Body),
                                       notes: ["footnotes": Self.footnotes, "endnotes": Self.endnotes])
        let text = try DOCXText.extract(package)
        XCTAssertEqual(text, Self.expected)
        XCTAssertFalse(text.contains("Tuesday 31"), "deleted text is left out")
        XCTAssertFalse(text.contains("HYPERLINK"), "field codes are left out")
        XCTAssertFalse(text.contains("(left)"), "text moved away is left out")
        XCTAssertFalse(text.contains("Orphan header"), "a header part no relationship names is not read")
        XCTAssertEqual(text.components(separatedBy: "Did you know?").count, 2, "a text box is read once, not from both Choice and Fallback")
    }

    func testBlankLinesSeparateParagraphsOnly() throws {
        // The checker reads a blank line as a paragraph boundary: a Word paragraph with two line breaks
        // must stay one paragraph, and a caption must be a line of its own.
        let text = try DOCXText.extract(TestDOCX.package(document: TestDOCX.document(body: Self.word2019Body)))
        let paragraphs = text.dropLast().components(separatedBy: "\n\n") // dropLast: the final newline
        XCTAssertTrue(paragraphs.contains("Notes to editors\nPress office: 01234 567890\npress@anytown.gov.uk"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.contains("Figure 1: Pictured: Cllr Jane Doe with library staff."))
        XCTAssertEqual(lines.firstIndex(of: "New library opens in Riverside"), 0)
        XCTAssertEqual(lines.firstIndex(of: "Anytown Borough Council will open the new Riverside Library on Monday 30 March 2026."), 2)
        XCTAssertFalse(text.contains("\n\n\n"))
    }

    func testPictureDescriptionThatRepeatsTheCaptionIsNotDoubled() throws {
        let picture = #"<w:p><w:r><w:drawing><wp:inline><wp:docPr id="3" name="Picture 3" descr="Pictured: Cllr Sam Patel at the Leisure Centre."/></wp:inline></w:drawing></w:r></w:p>"#
        let caption = TestDOCX.paragraph("Pictured: Cllr Sam Patel at the Leisure Centre.", style: "Caption")
        let other = TestDOCX.paragraph("The centre reopens on 6 May 2027.")
        for body in [picture + caption + other, caption + picture + other] {
            let text = try DOCXText.extract(TestDOCX.package(document: TestDOCX.document(body: body)))
            XCTAssertEqual(text, "Pictured: Cllr Sam Patel at the Leisure Centre.\n\nThe centre reopens on 6 May 2027.\n")
        }
        let generated = #"<w:p><w:r><w:drawing><wp:inline><wp:docPr id="5" name="Picture 5" descr="A group of people standing outside&#xA;&#xA;Description automatically generated"/></wp:inline></w:drawing></w:r></w:p>"#
        XCTAssertEqual(try DOCXText.extract(TestDOCX.package(document: TestDOCX.document(body: generated))),
                       "Image: A group of people standing outside Description automatically generated\n")
        let decorative = #"<w:p><w:r><w:drawing><wp:inline><wp:docPr id="4" name="Picture 4" descr=""/></wp:inline></w:drawing></w:r></w:p>"#
        XCTAssertEqual(try DOCXText.extract(TestDOCX.package(document: TestDOCX.document(body: decorative + other))),
                       "The centre reopens on 6 May 2027.\n")
    }

    func testWhitespaceWithoutPreserveIsTrimmed() throws {
        let body = #"<w:p><w:r><w:t>  Cllr </w:t></w:r><w:r><w:t xml:space="preserve"> Jane </w:t></w:r><w:r><w:t>Doe</w:t></w:r></w:p>"#
        XCTAssertEqual(try DOCXText.extract(TestDOCX.package(document: TestDOCX.document(body: body))), "Cllr Jane Doe\n")
    }

    func testRubyTextIsNotReadTwice() throws {
        let body = #"<w:p><w:r><w:t xml:space="preserve">Say </w:t></w:r><w:r><w:ruby><w:rubyPr><w:rubyAlign w:val="center"/></w:rubyPr><w:rt><w:r><w:t>Ker-dith</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>Caerdydd</w:t></w:r></w:rubyBase></w:ruby></w:r></w:p>"#
        XCTAssertEqual(try DOCXText.extract(TestDOCX.package(document: TestDOCX.document(body: body))), "Say Caerdydd\n")
    }

    func testNestedTableIsFlattenedIntoItsCell() throws {
        let inner = #"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ward</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Riverside</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Poll</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>6 May 2027</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
        let body = #"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Details</w:t></w:r></w:p></w:tc><w:tc>\#(inner)<w:p/></w:tc></w:tr></w:tbl>"#
        XCTAssertEqual(try DOCXText.extract(TestDOCX.package(document: TestDOCX.document(body: body))),
                       "Details\tWard Riverside Poll 6 May 2027\n")
    }

    func testOtherPrefixesDefaultNamespaceAndStrictOOXML() throws {
        let transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
        let documents = [
            #"<?xml version="1.0"?><ns0:document xmlns:ns0="\#(transitional)"><ns0:body><ns0:p><ns0:r><ns0:t>Polling day is 7 May 2026.</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>"#,
            #"<?xml version="1.0"?><document xmlns="\#(transitional)"><body><p><r><t>Polling day is 7 May 2026.</t></r></p></body></document>"#,
            #"<?xml version="1.0"?><w:document xmlns:w="\#(strict)"><w:body><w:p><w:r><w:t>Polling day is 7 May 2026.</w:t></w:r></w:p></w:body></w:document>"#,
        ]
        for document in documents {
            XCTAssertEqual(try DOCXText.extract(TestDOCX.package(document: document)), "Polling day is 7 May 2026.\n", document)
        }
        // Elements from a namespace that is not WordprocessingML are not mistaken for it.
        let foreign = #"<w:document xmlns:w="\#(transitional)" xmlns:x="urn:example:other"><w:body><w:p><x:t>hidden</x:t><w:r><w:t>shown</w:t></w:r></w:p></w:body></w:document>"#
        XCTAssertEqual(try DOCXText.extract(TestDOCX.package(document: foreign)), "shown\n")
    }

    func testMainPartIsFoundThroughTheRelationships() throws {
        // Word for the web sometimes names the main part word/document2.xml.
        let package = TestDOCX.package(document: TestDOCX.document(body: TestDOCX.paragraph("Nominations close 7 April 2026.")),
                                       mainPart: "word/document2.xml")
        XCTAssertEqual(try DOCXText.extract(package), "Nominations close 7 April 2026.\n")
    }

    func testStoredPackageAndUTF16Part() throws {
        let document = TestDOCX.document(body: TestDOCX.paragraph("Register to vote by 20 April 2026."))
        XCTAssertEqual(try DOCXText.extract(TestDOCX.package(document: document, method: 0)), "Register to vote by 20 April 2026.\n")
        var writer = TestZIPWriter()
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in document.replacingOccurrences(of: "UTF-8", with: "UTF-16").utf16 { utf16.u16(unit) }
        writer.files.append(.init(name: "word/document.xml", data: utf16))
        XCTAssertEqual(try DOCXText.extract(writer.bytes()), "Register to vote by 20 April 2026.\n")
    }

    func testRelationshipTargetsResolve() {
        XCTAssertEqual(DOCXText.resolve("footnotes.xml", from: "word/"), "word/footnotes.xml")
        XCTAssertEqual(DOCXText.resolve("/word/document.xml", from: ""), "word/document.xml")
        XCTAssertEqual(DOCXText.resolve("../customXml/item1.xml", from: "word/"), "customXml/item1.xml")
        XCTAssertEqual(DOCXText.resolve("media/photo%201.jpg", from: "word/"), "word/media/photo 1.jpg")
    }

    // MARK: - Files that are not (good) Word documents

    func testFilesThatAreNotWordDocuments() throws {
        func failure(_ bytes: [UInt8]) -> DOCXText.Failure? {
            do {
                _ = try DOCXText.extract(bytes)
                return nil
            } catch {
                return error
            }
        }
        XCTAssertEqual(failure([]), .notADocx("the file is empty"))
        guard case .notADocx(let pdf)? = failure(Array("%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF\n".utf8)) else { return XCTFail() }
        XCTAssertTrue(pdf.contains("PDF"), pdf)
        guard case .notADocx(let doc)? = failure([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)) else { return XCTFail() }
        XCTAssertTrue(doc.contains("Word 97–2003") && doc.contains("password"), doc)
        guard case .notADocx(let html)? = failure(Array("<!DOCTYPE html><html><body><p>Hello</p></body></html>".utf8)) else { return XCTFail() }
        XCTAssertTrue(html.contains(".html"), html)

        var noDocument = TestZIPWriter()
        noDocument.add("[Content_Types].xml", "<Types/>")
        noDocument.add("readme.txt", "not a Word document")
        XCTAssertEqual(failure(noDocument.bytes()), .notADocx("a ZIP archive without word/document.xml, so not a Word document"))
        var workbook = TestZIPWriter()
        workbook.add("xl/workbook.xml", "<workbook/>")
        guard case .notADocx(let excel)? = failure(workbook.bytes()) else { return XCTFail() }
        XCTAssertTrue(excel.contains("Excel"), excel)
        var odt = TestZIPWriter()
        odt.add("mimetype", "application/vnd.oasis.opendocument.text", method: 0)
        odt.add("content.xml", "<office:document-content/>")
        guard case .notADocx(let openDocument)? = failure(odt.bytes()) else { return XCTFail() }
        XCTAssertTrue(openDocument.contains(".odt"), openDocument)
    }

    func testDamagedPackagesGiveZipFailures() throws {
        let good = TestDOCX.package(document: TestDOCX.document(body: Self.word2019Body))
        XCTAssertThrowsError(try DOCXText.extract(Array(good.prefix(good.count / 2)))) { error in
            XCTAssertEqual(error as? DOCXText.Failure, .zip(.truncated))
        }
        var writer = TestZIPWriter()
        writer.files.append(.init(name: "word/document.xml", data: Array(TestDOCX.document(body: Self.word2019Body).utf8), crcOverride: 0x1234_5678))
        XCTAssertThrowsError(try DOCXText.extract(writer.bytes())) { error in
            XCTAssertEqual(error as? DOCXText.Failure, .zip(.checksumMismatch(name: "word/document.xml")))
        }
        writer.files[0].crcOverride = nil
        writer.files[0].uncompressedSizeOverride = 0xFFFF_0000
        XCTAssertThrowsError(try DOCXText.extract(writer.bytes())) { error in
            XCTAssertEqual(error as? DOCXText.Failure, .zip(.entryTooLarge(name: "word/document.xml")))
        }
        writer.files[0].uncompressedSizeOverride = nil
        writer.files[0].flags = 0x0801
        XCTAssertThrowsError(try DOCXText.extract(writer.bytes())) { error in
            XCTAssertEqual(error as? DOCXText.Failure, .zip(.encrypted(name: "word/document.xml")))
        }
    }

    func testMalformedXMLNamesThePartAndOffset() {
        let cases = [
            #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hi</w:r></w:p></w:body></w:document>"#,
            #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Fish & chips</w:t></w:r></w:p></w:body></w:document>"#,
            #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&nbsp;</w:t></w:r></w:p></w:body></w:document>"#,
            #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p w:rsidR=00C14F3B><w:r><w:t>Hi</w:t></w:r></w:p></w:body></w:document>"#,
            #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>"#,
        ]
        for document in cases {
            XCTAssertThrowsError(try DOCXText.extract(TestDOCX.package(document: document)), document) { error in
                guard case .malformedXML(let message)? = error as? DOCXText.Failure else { return XCTFail("\(error)") }
                XCTAssertTrue(message.hasPrefix("word/document.xml: ") && message.contains(" at byte "), message)
            }
        }
    }

    func testFailureDescriptionsSayWhatIsWrong() {
        XCTAssertEqual(DOCXText.Failure.zip(.truncated).description,
                       "the .docx file cannot be unpacked: the ZIP archive is cut short (an incomplete download or copy?)")
        XCTAssertEqual(DOCXText.Failure.notADocx("the file is empty").description, "the file is empty")
        XCTAssertEqual(DOCXText.Failure.malformedXML("word/document.xml: bad end tag at byte 12").description,
                       "the Word document is damaged (not well-formed XML in word/document.xml: bad end tag at byte 12)")
    }

    func testEntityExpansionAttackIsRefused() {
        // "Billion laughs": DTD entities are never expanded, so the reference is unknown, not exponential.
        let document = """
        <?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>\
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>
        """
        XCTAssertThrowsError(try DOCXText.extract(TestDOCX.package(document: document))) { error in
            guard case .malformedXML(let message)? = error as? DOCXText.Failure else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("unknown entity &lol3;"), message)
        }
    }

    func testEveryTruncationOfTheXMLIsMalformedAndDamageNeverCrashes() throws {
        let document = Array(TestDOCX.document(body: Self.word2019Body).utf8)
        func extract(_ xml: [UInt8]) throws -> String {
            var writer = TestZIPWriter()
            writer.files.append(.init(name: "word/document.xml", data: xml, method: 0))
            return try DOCXText.extract(writer.bytes())
        }
        let rootEnd = document.count - "</w:document>".utf8.count
        for length in stride(from: 0, to: rootEnd, by: 7) {
            XCTAssertThrowsError(try extract(Array(document.prefix(length))), "cut to \(length) bytes") { error in
                guard case .malformedXML? = error as? DOCXText.Failure else { return XCTFail("\(error) at \(length)") }
            }
        }
        // Deterministic pseudo-random damage with the bytes that matter to XML.
        var seed: UInt64 = 20260507
        let bad: [UInt8] = Array("<>&\"'/=;#x".utf8) + [0x00, 0xFF, 0xC3, 0x20]
        var parsed = 0
        for _ in 0..<1500 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let offset = Int(seed >> 33) % document.count
            var damaged = document
            damaged[offset] = bad[Int(seed >> 20) % bad.count]
            do {
                _ = try extract(damaged)
                parsed += 1
            } catch let error as DOCXText.Failure {
                guard case .malformedXML = error else { return XCTFail("\(error)") }
            }
        }
        XCTAssertGreaterThan(parsed, 0, "damage inside text still reads")
    }

    // MARK: - A real file

    func testPandocWrittenFixture() throws {
        // Written by pandoc 2.17.1 (Debian 12) with `pandoc release.md -o docx-fixture-pandoc-library.docx`
        // from Markdown with a heading, a quotation, a footnote, a table, a figure whose caption is also
        // its alternative text (`![Pictured: …](photo.png "Riverside Library")`, a 1×1 PNG) and a hard
        // line break; its word/document.xml comes from pandoc's Word-made reference document.
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("ReleaseCheckerTests/Corpus/docx-fixture-pandoc-library.docx")
        let bytes = try [UInt8](Data(contentsOf: url))
        let text = try DOCXText.extract(bytes)
        XCTAssertEqual(text, """
        New library opens in Riverside

        Anytown Borough Council will open the new Riverside Library on Monday 30 March 2026.

        “This is a great day for residents,” said Cllr Jane Doe, Leader of the Council.

        The library’s opening hours are 9am–5pm, Monday to Saturday.

        Service\tOpening day

        Children’s room\tMonday 30 March 2026

        Café\tTuesday 31 March 2026

        Pictured: Cllr Jane Doe with library staff at the Riverside Library.

        Notes to editors: the library is at 1 High Street, Anytown.
        Contact the press office on 01234 567890.

        Except bank holidays, such as Easter Monday 6 April 2026.

        """)
    }

    func testHeadersAndFootersAreRead() throws {
        // An imprint in the footer is publicity too (Local Government Act 1986 s2): it must reach the checker.
        let header = TestDOCX.paragraph("PRESS RELEASE — Anytown Borough Council") + TestDOCX.paragraph("Date: 14/04/2027")
        let footer = TestDOCX.paragraph("Promoted by J. Smith on behalf of Anytown Labour Party, 1 High Street, Anytown")
        let package = TestDOCX.package(document: TestDOCX.document(body: TestDOCX.paragraph("New library opens")),
                                       notes: ["footnotes": Self.footnotes],
                                       headers: [header, header], footers: [footer])
        let text = try DOCXText.extract(package)
        XCTAssertEqual(text, """
        PRESS RELEASE — Anytown Borough Council

        Date: 14/04/2027

        New library opens

        Except bank holidays, such as Easter Monday 6 April 2026.

        Promoted by J. Smith on behalf of Anytown Labour Party, 1 High Street, Anytown

        """, "header once (first-page and default repeat it), body, notes, footer")
    }
}
