import XCTest
@testable import FileFormats

final class CSVTableTests: XCTestCase {
    func testQuotedFieldsCommasQuotesAndLineBreaks() throws {
        let text = "\u{FEFF}date,title,location\r\n2026-04-20,\"Opening, new library\",\"Town Hall\"\r\n2026-04-21,\"Say \"\"hello\"\"\",\"Room 1\nFirst floor\"\r\n2026-04-22,Plain,\r\n"
        let table = try CSVTable.parse(text)
        XCTAssertEqual(table.header, ["date", "title", "location"])
        XCTAssertEqual(table.records.count, 3)
        XCTAssertEqual(table.records[0].fields, ["2026-04-20", "Opening, new library", "Town Hall"])
        XCTAssertEqual(table.records[1].fields, ["2026-04-21", "Say \"hello\"", "Room 1\nFirst floor"])
        XCTAssertEqual(table.records[2].line, 5, "the record after a quoted line break starts on line 5")
        XCTAssertEqual(table.records[2].fields, ["2026-04-22", "Plain", ""])
        XCTAssertEqual(table.column("Title"), 1)
        XCTAssertEqual(table.column("end_date"), nil)
    }

    func testUnterminatedQuoteReportsItsLine() {
        XCTAssertThrowsError(try CSVTable.parse("date,title\n2026-04-20,ok\n2026-04-21,\"broken\n")) { error in
            XCTAssertEqual((error as? CSVTable.ParseError)?.line, 3)
        }
    }

    func testLineSerialisationQuotesOnlyWhenNeeded() {
        XCTAssertEqual(CSVTable.line(["a", "b,c", "say \"hi\""]), "a,\"b,c\",\"say \"\"hi\"\"\"")
    }
}
