import XCTest
@testable import FileFormats

final class ContentLineTests: XCTestCase {
    func lines(_ text: String) -> [ContentLine] {
        var out: [ContentLine] = []
        ContentLine.unfold(Array(text.utf8)) { slice, line in
            if let c = ContentLine.parse(slice, line: line) { out.append(c) }
        }
        return out
    }

    func testUnfoldingJoinsContinuationLinesAndKeepsTheFirstLineNumber() {
        // RFC 5545 §3.1: CRLF followed by a single space or tab is removed.
        let text = "\u{FEFF}BEGIN:VEVENT\r\nDESCRIPTION:The Mayor will open the refurbished Riverside Library\r\n . Photographer\r\n\tbooked.\r\nSUMMARY:Opening\r\nEND:VEVENT\r\n"
        let result = lines(text)
        XCTAssertEqual(result.map(\.name), ["BEGIN", "DESCRIPTION", "SUMMARY", "END"])
        XCTAssertEqual(result[1].value, "The Mayor will open the refurbished Riverside Library. Photographerbooked.")
        XCTAssertEqual(result[1].line, 2)
        XCTAssertEqual(result[2].line, 5, "line numbers count physical lines, folds included")
    }

    func testBareLineFeedsAndBlankLines() {
        let result = lines("BEGIN:VCALENDAR\n\nSUMMARY:One\n\r\nSUMMARY:Two\rEND:VCALENDAR")
        XCTAssertEqual(result.map(\.value), ["VCALENDAR", "One", "Two", "VCALENDAR"])
        XCTAssertEqual(result.map(\.line), [1, 3, 5, 6])
        // A line of spaces is a fold (RFC 5545 §3.1), not a blank line: it continues the line before.
        XCTAssertEqual(lines("SUMMARY:One\n  \nUID:1").map(\.value), ["One ", "1"])
    }

    func testParametersSplitOnTheFirstColonOutsideQuotes() {
        let result = lines("DTSTART;TZID=\"(UTC+00:00) Dublin, Edinburgh, Lisbon, London\":20260416T103000\nx-owner;cn=\"Comms: Team\";ROLE=CHAIR:mailto:comms@exampleton.gov.uk")
        XCTAssertEqual(result[0].parameter("TZID"), "(UTC+00:00) Dublin, Edinburgh, Lisbon, London")
        XCTAssertEqual(result[0].value, "20260416T103000")
        XCTAssertEqual(result[1].name, "X-OWNER", "names are case-insensitive")
        XCTAssertEqual(result[1].parameter("CN"), "Comms: Team")
        XCTAssertEqual(result[1].parameter("ROLE"), "CHAIR")
        XCTAssertEqual(result[1].value, "mailto:comms@exampleton.gov.uk")
        // Outlook on the web leaves this TZID unquoted; its "://" is not the value separator.
        let custom = lines("DTSTART;TZID=tzone://Microsoft/Custom:20260421T100000")[0]
        XCTAssertEqual(custom.parameter("TZID"), "tzone://Microsoft/Custom")
        XCTAssertEqual(custom.value, "20260421T100000")
    }

    func testLinesWithoutAColonAreNotContentLines() {
        XCTAssertNil(ContentLine.parse(Array("this line lost its leading space".utf8)[...], line: 9))
        XCTAssertNil(ContentLine.parse(Array("DTSTART;TZID=\"unterminated:20260416".utf8)[...], line: 9))
        XCTAssertNil(ContentLine.parse(Array(":no name".utf8)[...], line: 9))
    }

    func testTextEscapes() {
        // RFC 5545 §3.3.11.
        XCTAssertEqual(ContentLine.unescapeText("Riverside Library\\, Mill Lane\\; car park\\nsecond line \\\\ done"),
                       "Riverside Library, Mill Lane; car park\nsecond line \\ done")
        XCTAssertEqual(ContentLine.unescapeText("Line\\Nbreak"), "Line\nbreak")
        XCTAssertEqual(ContentLine.unescapeText("plain"), "plain")
    }
}
