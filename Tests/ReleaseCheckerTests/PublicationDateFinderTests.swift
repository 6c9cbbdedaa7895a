import XCTest
import ElectionCalendar
@testable import ReleaseChecker

/// The release's own date, read from its header as councils write it: datelines, "Date:" lines, "FOR
/// IMMEDIATE RELEASE" lines and embargoes (the embargo wins), never an event date further down.
final class PublicationDateFinderTests: XCTestCase {
    /// Wednesday 14 April 2027, three weeks before the English local elections of Thursday 6 May 2027.
    let april14 = CivilDate(year: 2027, month: 4, day: 14)!

    func found(_ text: String) -> PublicationDateFinder.Found? { PublicationDateFinder.find(in: text) }

    func testDatelineAlone() throws {
        let f = try XCTUnwrap(found("14 April 2027\n\nNew library opens in Mill Park\n"))
        XCTAssertEqual(f.date, april14)
        XCTAssertEqual(f.kind, .dateline)
        XCTAssertEqual(f.line, 1)
        XCTAssertEqual(found("Wednesday 14th April 2027\n")?.date, april14)
        XCTAssertEqual(found("ANYTOWN, Wednesday 14 April 2027 – The council has opened a new library.\n")?.date, april14)
        XCTAssertEqual(found("April 14, 2027\n")?.date, april14)
    }

    func testLabelledDates() throws {
        let f = try XCTUnwrap(found("PRESS RELEASE\nDate: 14/04/2027\nRef: PR/2027/041\n"))
        XCTAssertEqual(f.date, april14)
        XCTAssertEqual(f.kind, .labelled)
        XCTAssertEqual(f.line, 2)
        XCTAssertEqual(f.text, "Date: 14/04/2027")
        XCTAssertEqual(found("FOR IMMEDIATE RELEASE – Wednesday 14 April 2027\n")?.kind, .labelled)
        XCTAssertEqual(found("FOR IMMEDIATE RELEASE – Wednesday 14 April 2027\n")?.date, april14)
        XCTAssertEqual(found("**Date:** 2027-04-14\n")?.date, april14)
        XCTAssertEqual(found("Issued: 14.04.2027\n")?.date, april14)
        XCTAssertEqual(found("Date: 14/04/27\n")?.date, april14, "two-digit year")
        XCTAssertEqual(found("Dyddiad: 14 Ebrill 2027\n")?.date, april14, "Welsh")
    }

    func testNewspaperAndBilingualDatelinesAndPublishedWords() {
        XCTAssertEqual(found("Calderbrook Courier - Thursday 15 April 2027\n")?.date, CivilDate(year: 2027, month: 4, day: 15)!)
        XCTAssertEqual(found("Cyngor Bwrdeistref Sirol Cwm Aur, 14 Ebrill 2027\n")?.date, april14)
        XCTAssertEqual(found("14 April 2027 / 14 Ebrill 2027\n")?.date, april14)
        XCTAssertEqual(found("Published 14 April 2027 by the Returning Officer\n")?.kind, .labelled)
        XCTAssertEqual(found("Parish News - May 2027 edition (published 14 April 2027)\n")?.date, april14)
        XCTAssertEqual(found("DRAFFT / DRAFT - i'w gyhoeddi 14 Ebrill 2027\n")?.date, april14)
        XCTAssertNil(found("Closing date - 30 April 2027\n"), "an event's date, not the release's")
        XCTAssertNil(found("Consultation opens - 30 April 2027\n"))
    }

    func testEmbargoWinsOverTheDateLine() throws {
        let text = "Date: 12/04/2027\nEmbargoed until 00:01, 14 April 2027\n\nHeadline\n"
        let f = try XCTUnwrap(found(text))
        XCTAssertEqual(f.date, april14)
        XCTAssertEqual(f.kind, .embargo)
        XCTAssertEqual(f.line, 2)
        XCTAssertEqual(found("EMBARGOED UNTIL:\n00:01 hrs, Wednesday 14 April 2027\n")?.date, april14, "date on the next line")
        XCTAssertEqual(found("Embargo: none\nDate: 14/04/2027\n")?.kind, .labelled, "no embargo")
        XCTAssertEqual(found("14 April 2027\nNot for publication before 00:01 on 16 April 2027\n")?.date, CivilDate(year: 2027, month: 4, day: 16)!)
    }

    func testEventDatesAreNotPublicationDates() {
        XCTAssertNil(found("New library opens\n\nThe library opens on Saturday 17 April 2027 at 10am.\n"))
        XCTAssertNil(found("Closing date: 30 April 2027\n"))
        XCTAssertNil(found("Events\nFrom 17 April 2027\n"))
        XCTAssertNil(found("14 April\n"), "no year, no date")
        XCTAssertNil(found("31/02/2027\n"), "no such day")
        let deep = String(repeating: "Line of text.\n", count: 20) + "14 April 2027\n"
        XCTAssertNil(found(deep), "only the header is read")
    }

    func testLineEndings() {
        XCTAssertEqual(found("Headline\r\nDate: 14/04/2027\r\n")?.line, 2)
        XCTAssertEqual(found("Headline\rDate: 14/04/2027\r")?.line, 2, "old Mac line ends")
    }

    func testAWeekdayThatDoesNotMatchTheDateIsNoticed() throws {
        XCTAssertTrue(try XCTUnwrap(found("Wednesday 14 April 2027\n")).weekdayAgrees)
        let typo = try XCTUnwrap(found("FOR IMMEDIATE RELEASE – Thursday 14 April 2027\n"))
        XCTAssertEqual(typo.statedWeekday, .thursday)
        XCTAssertFalse(typo.weekdayAgrees)
        XCTAssertNil(try XCTUnwrap(found("Date: 14/04/2027\n")).statedWeekday)
    }

    /// The embargo test skips eight bytes at a time: each phrase must still be found at every offset and in
    /// any case, and lines ending in CR or LF must split the same way.
    func testEmbargoPhrasesAtEveryOffset() {
        for phrase in ["Embargoed until", "EMBARGO", "not for publication before", "Not To Be Published before", "NOT FOR RELEASE until"] {
            for pad in 0..<12 {
                let line = ArraySlice(Array((String(repeating: "x", count: pad) + phrase + " more").utf8))
                XCTAssertTrue(PublicationDateFinder.isEmbargo(line), "\(pad) \(phrase)")
            }
        }
        for text in ["emba rgo", "not  for publication", "nothing embargoed?", "moment of note"] {
            let expected = text.contains("embargo")
            XCTAssertEqual(PublicationDateFinder.isEmbargo(ArraySlice(Array(text.utf8))), expected, text)
        }
        let bytes = Array("one\r\ntwo\rthree\nfour".utf8)
        XCTAssertEqual(PublicationDateFinder.lineEnd(bytes, from: 0), 3)
        XCTAssertEqual(PublicationDateFinder.lineEnd(bytes, from: 5), 8)
        XCTAssertEqual(PublicationDateFinder.lineEnd(bytes, from: 9), 14)
        XCTAssertEqual(PublicationDateFinder.lineEnd(bytes, from: 15), bytes.count)
        XCTAssertEqual(PublicationDateFinder.lineEnd(bytes, from: bytes.count), bytes.count)
    }
}
