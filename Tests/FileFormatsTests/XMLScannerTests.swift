import XCTest
@testable import FileFormats

final class XMLScannerTests: XCTestCase {
    private enum Seen: Equatable {
        case start(String), end(String), text(String), cdata(String)
    }

    private func tokens(_ xml: String) throws -> [Seen] {
        let bytes = Array(xml.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var scanner = XMLScanner(buffer)
            var seen: [Seen] = []
            while let token = try scanner.next() {
                switch token {
                case .start(let tag): seen.append(.start(scanner.string(tag.name)))
                case .end(let tag): seen.append(.end(scanner.string(tag.name)))
                case .text(let range): seen.append(.text(try scanner.decodedString(range)))
                case .cdata(let range): seen.append(.cdata(scanner.string(range)))
                }
            }
            return seen
        }
    }

    private func failure(_ xml: String) -> XMLScanner.Failure? {
        do {
            _ = try tokens(xml)
            return nil
        } catch {
            return error as? XMLScanner.Failure
        }
    }

    func testTokensInDocumentOrder() throws {
        let xml = "\u{FEFF}<?xml version=\"1.0\"?><!-- generator --><w:p a=\"1\" b='x &gt; y'><w:br/>Fish &amp; chips<![CDATA[<not a tag> & ]]></w:p>"
        XCTAssertEqual(try tokens(xml), [
            .start("w:p"), .start("w:br"), .end("w:br"), .text("Fish & chips"), .cdata("<not a tag> & "), .end("w:p"),
        ])
    }

    func testAttributesNamesAndPrefixes() throws {
        let bytes = Array(#"<w:t xml:space="preserve" w:val = 'a&quot;b' xmlns:w="urn:x">"#.utf8) + Array("</w:t>".utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            var scanner = XMLScanner(buffer)
            guard case .start(let tag)? = try scanner.next() else { return XCTFail() }
            XCTAssertEqual(scanner.string(tag.prefix), "w")
            XCTAssertEqual(scanner.string(tag.localName), "t")
            XCTAssertTrue(tag.declaresNamespaces)
            XCTAssertEqual(scanner.attributes(of: tag).map { scanner.string($0.name) }, ["xml:space", "w:val", "xmlns:w"])
            XCTAssertEqual(scanner.attribute("xml:space", of: tag).map { scanner.string($0) }, "preserve")
            XCTAssertEqual(try scanner.attribute("w:val", of: tag).map { try scanner.decodedString($0) }, "a\"b")
            XCTAssertNil(scanner.attribute("val", of: tag))
            XCTAssertEqual(scanner.depth, 1)
        }
    }

    func testCharacterReferences() throws {
        XCTAssertEqual(try tokens("<a>&#65;&#x42;&#8217;&#x1F600;</a>"), [.start("a"), .text("AB’😀"), .end("a")])
        XCTAssertEqual(failure("<a>&#X43;</a>")?.message, "bad character reference", "XML writes the x in lower case (§4.1)")
        XCTAssertEqual(try tokens("<a>&#0;&#xD800;&#x110000;</a>"), [.start("a"), .text("\u{FFFD}\u{FFFD}\u{FFFD}"), .end("a")])
    }

    func testDoctypeIsSkippedAndNotExpanded() throws {
        XCTAssertEqual(try tokens(#"<!DOCTYPE a [ <!ENTITY e "x>y"> <!ELEMENT a ANY> ]><a>t</a>"#), [.start("a"), .text("t"), .end("a")])
        XCTAssertEqual(failure(#"<!DOCTYPE a [ <!ENTITY e "x"> ]><a>&e;</a>"#)?.message, "unknown entity &e;")
    }

    func testWellFormednessErrorsHaveOffsets() {
        XCTAssertEqual(failure("<a><b></a>"), XMLScanner.Failure(message: "</a> closes <b>", offset: 6))
        XCTAssertEqual(failure("<a>")?.message, "the document ends with <a> still open")
        XCTAssertEqual(failure("</a>")?.message, "end tag </a> with no element open")
        XCTAssertEqual(failure("<a b=\"1\"c=\"2\"/>")?.offset, 8, "attributes need white space between them")
        XCTAssertEqual(failure("<a b=\"<\"/>")?.message, "< inside an attribute value in <a>")
        XCTAssertEqual(failure("<a>x < y</a>")?.message, "a < that does not start a tag (write &lt;)")
        XCTAssertEqual(failure("<a><!-- a -- b --></a>")?.message, "unterminated comment (or -- inside a comment)")
        XCTAssertEqual(failure("<a><![CDATA[x</a>")?.message, "unterminated CDATA section")
        XCTAssertEqual(failure("  ")?.message, "no root element (§2.1)")
        XCTAssertNil(failure("<a/>"))
    }

    func testEveryPrefixOfADocumentFailsCleanly() {
        let xml = #"<?xml version="1.0"?><w:document xmlns:w="urn:w"><w:p w:x="1"><w:t xml:space="preserve"> A &amp; B </w:t><![CDATA[c]]></w:p></w:document>"#
        let bytes = Array(xml.utf8)
        for length in 0..<bytes.count {
            XCTAssertNotNil(failure(String(decoding: bytes.prefix(length), as: UTF8.self)), "cut to \(length)")
        }
        XCTAssertNil(failure(xml))
    }
}
