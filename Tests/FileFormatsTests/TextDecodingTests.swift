import XCTest
@testable import FileFormats

final class TextDecodingTests: XCTestCase {
    func testUTF8WithAndWithoutBOM() throws {
        XCTAssertEqual(try TextDecoding.decode(Array("Cllr Jane Doe said".utf8)).text, "Cllr Jane Doe said")
        let withBOM = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("council’s".utf8))
        XCTAssertEqual(withBOM.text, "council’s")
        XCTAssertNil(withBOM.notice)
    }

    func testWindows1252CurlyQuotesDecodeWithNotice() throws {
        // “Hello,” said Cllr Doe — as saved by an old Word in Windows-1252.
        let bytes: [UInt8] = [0x93] + Array("Hello,".utf8) + [0x94] + Array(" said Cllr Doe".utf8)
        let decoded = try TextDecoding.decode(bytes)
        XCTAssertEqual(decoded.text, "“Hello,” said Cllr Doe")
        XCTAssertNotNil(decoded.notice)
        XCTAssertThrowsError(try TextDecoding.decode(bytes, allowWindows1252: false))
    }

    func testBinaryAndEmptyAreRefused() {
        XCTAssertThrowsError(try TextDecoding.decode([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])) { error in
            XCTAssertEqual(error as? TextDecoding.Failure, .binary(offset: 4))
        }
        XCTAssertThrowsError(try TextDecoding.decode([])) { XCTAssertEqual($0 as? TextDecoding.Failure, .empty) }
        XCTAssertThrowsError(try TextDecoding.decode(Array(" \n\n".utf8))) { XCTAssertEqual($0 as? TextDecoding.Failure, .empty) }
    }

    func testUTF16LittleEndian() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "Vote".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        XCTAssertEqual(try TextDecoding.decode(bytes).text, "Vote")
    }

    /// UTF-16 code units of `text` as bytes, little- or big-endian.
    func utf16(_ text: String, little: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = []
        for unit in text.utf16 { bytes += little ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        return bytes
    }

    func testAByteOrderMarkDoesNotMakeABinaryFileText() {
        // A PNG-like binary body behind a UTF-16 mark: NUL and control units are not text.
        let bytes: [UInt8] = [0xFF, 0xFE, 0x89, 0x50, 0x00, 0x00, 0x1A, 0x0A, 0x00, 0x00]
        XCTAssertThrowsError(try TextDecoding.decode(bytes)) { error in
            XCTAssertEqual(error as? TextDecoding.Failure, .binary(offset: 4))
        }
        // An unpaired surrogate is not text either.
        XCTAssertThrowsError(try TextDecoding.decode([0xFE, 0xFF, 0x00, 0x41, 0xD8, 0x00, 0x00, 0x41])) { error in
            XCTAssertEqual(error as? TextDecoding.Failure, .binary(offset: 4))
        }
        XCTAssertEqual(try TextDecoding.decode([0xFF, 0xFE] + utf16("Cllr Jane Doe\r\n")).notice, "read as UTF-16 (little-endian)")
    }

    func testUTF16WithoutAByteOrderMarkIsNamed() throws {
        let little = try TextDecoding.decode(utf16("“Vote for me,” said Cllr Jane Doe.\n"))
        XCTAssertEqual(little.text, "“Vote for me,” said Cllr Jane Doe.\n")
        XCTAssertEqual(little.notice, "read as UTF-16 (little-endian) without a byte-order mark")
        let big = try TextDecoding.decode(utf16("Cyngor Sir Ynys Môn\n", little: false))
        XCTAssertEqual(big.text, "Cyngor Sir Ynys Môn\n")
        XCTAssertEqual(big.notice, "read as UTF-16 (big-endian) without a byte-order mark")
    }

    func testCarriageReturnOnlyLineEndsCountAsLines() throws {
        let text = try TextDecoding.decode(Array("Headline\rDate: 14/04/2027\r\r“Hello,” said Cllr Doe.\r".utf8)).text
        XCTAssertEqual(text, "Headline\nDate: 14/04/2027\n\n“Hello,” said Cllr Doe.\n")
        XCTAssertEqual(try TextDecoding.decode(Array("a\r\nb".utf8)).text, "a\r\nb", "CR LF is kept")
        XCTAssertEqual(try TextDecoding.decode([0xFF, 0xFE] + utf16("a\rb")).text, "a\nb")
    }
}
