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

    /// `decodeUTF8` (the checker's byte path) must read every input exactly as `decode` does: the same
    /// text, notice and failure, including invalid UTF-8 that falls back to Windows-1252.
    func testDecodeUTF8AgreesWithDecode() {
        let prose = Array("Council’s new library – opening £2m\n".utf8)
        var inputs: [[UInt8]] = [
            prose, [0xEF, 0xBB, 0xBF] + prose, Array("one\rtwo\r\nthree\r".utf8), Array("tab\there\u{0C}page".utf8),
            [0xFF, 0xFE] + Array("a".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            Array("plain text".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            Array("caf".utf8) + [0xE9], [0xC0, 0x80], [0x41, 0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x41, 0xE2, 0x80],
            [0xF0, 0x9F, 0x98, 0x80, 0x41], Array("bin\u{01}ary".utf8), [], Array("   \n\t ".utf8), [0xEF, 0xBB, 0xBF],
        ]
        // Every length and position of a control byte and a CR around the eight-byte steps of the survey.
        for length in 0..<20 {
            for at in 0..<max(1, length) {
                var text = [UInt8](repeating: 0x61, count: length)
                if at < length { text[at] = 0x01 }
                inputs.append(text)
                if at < length { text[at] = 0x0D; inputs.append(text) }
            }
        }
        for input in inputs {
            let viaString = Result { () throws(TextDecoding.Failure) in try TextDecoding.decode(input) }
            let viaBytes = Result { () throws(TextDecoding.Failure) in try TextDecoding.decodeUTF8(input) }
            switch (viaString, viaBytes) {
            case (.success(let a), .success(let b)):
                XCTAssertEqual(Array(a.text.utf8), b.bytes, "\(input)")
                XCTAssertEqual(a.notice, b.notice, "\(input)")
            case (.failure(let a), .failure(let b)):
                XCTAssertEqual(a, b, "\(input)")
            default:
                XCTFail("decode and decodeUTF8 disagree on \(input)")
            }
        }
    }

    /// The fast UTF-8 check must agree with the standard library's on every short sequence around the limits
    /// (overlong forms, surrogates, U+10FFFF, truncation) and on random text, whatever ASCII surrounds it.
    func testUTF8ValidationAgreesWithTheStandardLibrary() {
        func agree(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) {
            let library = (try? UTF8Span(validating: bytes.span)) != nil
            let ours = bytes.withUnsafeBufferPointer(TextDecoding.isValidUTF8)
            XCTAssertEqual(ours, library, "\(bytes.map { String($0, radix: 16) })", file: file, line: line)
        }
        let edges: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
        let padding: [[UInt8]] = [[], Array("abcdefghij".utf8)]
        for first in 0...255 {
            for second in 0...255 {
                agree([UInt8(first), UInt8(second)])
            }
            for second in edges {
                for third in edges {
                    for pad in padding {
                        agree(pad + [UInt8(first), second, third] + pad)
                        agree(pad + [UInt8(first), second, third, 0x80] + pad)
                        agree(pad + [UInt8(first), second, third, 0xBF, 0x41])
                    }
                }
            }
        }
        // A fixed pseudo-random sequence (xorshift), so that a failure is the same on every run.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return Int(state % UInt64(bound))
        }
        let pieces: [[UInt8]] = [Array("Cllr Doe said ".utf8), Array("council’s £20 – ŵyr 😀".utf8), [0x80], [0xE2, 0x80], [0xF0, 0x9F], [0xC3]]
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<next(7) { bytes += pieces[next(pieces.count)] }
            agree(bytes)
        }
    }
}
