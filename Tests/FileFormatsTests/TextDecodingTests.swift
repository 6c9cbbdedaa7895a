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
}
