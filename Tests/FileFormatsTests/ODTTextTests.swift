import XCTest
@testable import FileFormats

/// Builds OpenDocument text packages as LibreOffice 7 saves them (mimetype stored first, content.xml,
/// styles.xml with the page header and footer, the manifest).
enum TestODT {
    static let namespaces = """
    xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
    xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
    xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
    xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
    xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
    xmlns:xlink="http://www.w3.org/1999/xlink" \
    xmlns:dc="http://purl.org/dc/elements/1.1/" \
    xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
    office:version="1.3"
    """

    static func package(body: String, header: String = "", footer: String = "",
                        mimetype: String = "application/vnd.oasis.opendocument.text") -> [UInt8] {
        var writer = TestZIPWriter()
        writer.add("mimetype", mimetype, method: 0)
        writer.add("content.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-content \(namespaces)><office:scripts/><office:font-face-decls><style:font-face style:name="Liberation Serif"/></office:font-face-decls><office:automatic-styles><style:style style:name="P1" style:family="paragraph"/></office:automatic-styles><office:body><office:text><text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Illustration"/></text:sequence-decls>\(body)</office:text></office:body></office:document-content>
        """)
        writer.add("styles.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles \(namespaces)><office:styles><style:default-style style:family="paragraph"/></office:styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">\(header.isEmpty ? "" : "<style:header>\(header)</style:header><style:header-first>\(header)</style:header-first>")\(footer.isEmpty ? "" : "<style:footer>\(footer)</style:footer>")</style:master-page></office:master-styles></office:document-styles>
        """)
        writer.add("META-INF/manifest.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="\(mimetype)"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>
        """)
        return writer.bytes()
    }
}

/// OpenDocument text as LibreOffice writes it, laid out like Word documents so the checker reads both alike.
final class ODTTextTests: XCTestCase {
    static let body = """
    <text:h text:style-name="Heading_20_1" text:outline-level="1">New library opens in Riverside</text:h>\
    <text:p text:style-name="P1">Date: 14/04/2027</text:p>\
    <text:p text:style-name="Standard">“This is a great day,” said <text:span text:style-name="T1">Cllr Jane Doe</text:span>,   Cabinet Member\
     for Leisure.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body>\
    <text:p text:style-name="Footnote">Opening hours apply.</text:p></text:note-body></text:note></text:p>\
    <text:p>Tel:<text:s text:c="3"/>01234<text:tab/>567890<text:line-break/>press@anytown.gov.uk</text:p>\
    <table:table table:name="Table1"><table:table-column/><table:table-row><table:table-cell><text:p>Service</text:p></table:table-cell>\
    <table:table-cell><text:p>Opens</text:p></table:table-cell></table:table-row></table:table>\
    <text:p><draw:frame draw:name="Image1"><draw:image xlink:href="Pictures/1.jpg"/><svg:title>Photo</svg:title>\
    <svg:desc>Cllr Jane Doe cuts the ribbon</svg:desc></draw:frame></text:p>\
    <text:p>Visit<office:annotation><dc:creator>Editor</dc:creator><text:p>Check with legal</text:p></office:annotation> us.</text:p>\
    <text:tracked-changes><text:changed-region text:id="ct1"><text:deletion><text:p>Deleted words</text:p></text:deletion></text:changed-region></text:tracked-changes>
    """

    func testContentHeadersFootersNotesTablesAndPictures() throws {
        let bytes = TestODT.package(body: Self.body, header: "<text:p>PRESS RELEASE</text:p>",
                                    footer: "<text:p>Promoted by J. Smith on behalf of Anytown Labour Party</text:p>")
        let archive = try ZIPArchive(bytes)
        XCTAssertTrue(ODTText.isOpenDocument(archive))
        XCTAssertEqual(try ODTText.extract(bytes), """
        PRESS RELEASE

        New library opens in Riverside

        Date: 14/04/2027

        “This is a great day,” said Cllr Jane Doe, Cabinet Member for Leisure.

        Opening hours apply.

        Tel:   01234\t567890
        press@anytown.gov.uk

        Service\tOpens

        Image: Cllr Jane Doe cuts the ribbon

        Visit us.

        Promoted by J. Smith on behalf of Anytown Labour Party

        """)
    }

    func testOtherOpenDocumentKindsAndDamage() throws {
        let sheet = TestODT.package(body: "", mimetype: "application/vnd.oasis.opendocument.spreadsheet")
        XCTAssertThrowsError(try ODTText.extract(sheet)) { error in
            XCTAssertEqual((error as? ODTText.Failure)?.description, "the file is an OpenDocument spreadsheet (.ods), not a text document")
        }
        XCTAssertThrowsError(try ODTText.extract(TestODT.package(body: "<text:p>unclosed"))) { error in
            guard case .malformedXML(let what) = error as? ODTText.Failure else { return XCTFail("\(error)") }
            XCTAssertTrue(what.hasPrefix("content.xml: "), what)
        }
        XCTAssertFalse(ODTText.isOpenDocument(try ZIPArchive(TestDOCX.package(document: TestDOCX.document(body: "")))))
    }

    func testFlatOpenDocument() throws {
        let flat = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document \(TestODT.namespaces) office:mimetype="application/vnd.oasis.opendocument.text"><office:master-styles><style:master-page style:name="Standard"><style:footer><text:p>Promoted by J. Smith on behalf of Anytown Labour Party</text:p></style:footer></style:master-page></office:master-styles><office:body><office:text><text:p>New library opens</text:p></office:text></office:body></office:document>
        """
        XCTAssertEqual(try ODTText.extractFlat(Array(flat.utf8)), "New library opens\n\nPromoted by J. Smith on behalf of Anytown Labour Party\n")
    }
}
