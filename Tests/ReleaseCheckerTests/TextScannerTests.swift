import XCTest
import ElectionCalendar
@testable import ReleaseChecker

/// The byte-level tokeniser: folding, possessives, quote tokens, lines and editor-style columns, and no
/// crash on any input (bad input must never take the checker down).
final class TextScannerTests: XCTestCase {
    func words(_ text: String) -> [String] {
        let s = TextScanner(text)
        return s.tokens.filter { $0.kind == .word || $0.kind == .number }.map { s.text(Int($0.start)..<Int($0.end)) }
    }

    func testPossessivesAndApostrophesStayInsideWords() {
        let s = TextScanner("Doe’s plan, the council's park and don't")
        XCTAssertEqual(words("Doe’s plan, the council's park and don't"), ["Doe", "plan", "the", "council", "park", "and", "don't"])
        XCTAssertTrue(s.tokens[0].has(TextScanner.Flags.possessive))
        XCTAssertEqual(s.tokens[0].key, TextScanner.key("doe"))
        XCTAssertEqual(TextScanner.key("don’t"), TextScanner.key("don't"), "curly and straight apostrophes fold together")
    }

    func testFoldingRemovesCaseAndAccents() {
        XCTAssertEqual(TextScanner.key("Féin"), TextScanner.key("fein"))
        XCTAssertEqual(TextScanner.key("SIÂN"), TextScanner.key("sian"))
        XCTAssertEqual(TextScanner.key("Ŵyr"), TextScanner.key("wyr"))
        XCTAssertEqual(TextScanner.keys("low-traffic neighbourhood"), TextScanner.keys("Low Traffic Neighbourhood"))
        XCTAssertNotEqual(TextScanner.key("green"), TextScanner.key("greens"))
    }

    func testTrailingPluralApostropheIsAQuoteTokenNotAWordCharacter() {
        let s = TextScanner("residents’ views")
        XCTAssertEqual(s.tokens.map(\.kind), [.word, .quote, .word])
    }

    func testLinesAndColumnsCountCharactersAsAnEditorShowsThem() {
        // "é" is two bytes; "e\u{301}" is one character on screen; a tab is one column.
        let text = "Café\n\te\u{301}té Labour\r\nLine three"
        let s = TextScanner(text)
        let labour = s.tokens.first { s.text(Int($0.start)..<Int($0.end)) == "Labour" }
        XCTAssertNotNil(labour)
        let position = s.lineAndColumn(at: Int(labour?.start ?? 0))
        XCTAssertEqual(position.line, 2)
        XCTAssertEqual(position.column, 6)  // tab, é (e + combining acute), t, é, space → Labour at column 6
        let three = s.tokens.first { s.text(Int($0.start)..<Int($0.end)) == "three" }
        XCTAssertEqual(s.lineAndColumn(at: Int(three?.start ?? 0)).line, 3)
        XCTAssertEqual(s.lineAndColumn(at: Int(three?.start ?? 0)).column, 6)
    }

    func testParagraphsAndSentenceStarts() {
        let s = TextScanner("Green spaces matter.\nMore soon\n\nLabour costs rose. The Labour group met.")
        let green = s.tokens[0], labour = s.tokens.first { $0.key == TextScanner.key("labour") }
        XCTAssertTrue(green.has(TextScanner.Flags.sentenceStart))
        XCTAssertEqual(labour?.paragraph, 1)
        XCTAssertTrue(labour?.has(TextScanner.Flags.sentenceStart) ?? false)
        let second = s.tokens.last { $0.key == TextScanner.key("labour") }
        XCTAssertFalse(second?.has(TextScanner.Flags.sentenceStart) ?? true)
        XCTAssertTrue(s.capitalIsEvidence(s.tokens.lastIndex { $0.key == TextScanner.key("labour") } ?? 0))
    }

    func testAbbreviationFullStopDoesNotStartASentence() {
        let s = TextScanner("said Cllr. Green today")
        let green = s.tokens.first { $0.key == TextScanner.key("green") }
        XCTAssertFalse(green?.has(TextScanner.Flags.sentenceStart) ?? true)
    }

    func testHeadingLinesAreRecognised() {
        let s = TextScanner("Council Launches New Green Spaces Strategy\n\nThe council has launched a strategy for green spaces across the borough today.")
        XCTAssertTrue(s.headingLines[0])
        XCTAssertFalse(s.headingLines[2])
    }

    func testHashtagsHandlesAndEmailAddresses() {
        let s = TextScanner("Follow @CllrJaneDoe and #VoteLabour; email press@exampleton.gov.uk")
        XCTAssertEqual(s.tokens.filter { $0.kind == .handle }.count, 1)
        XCTAssertEqual(s.tokens.filter { $0.kind == .hashtag }.count, 1)
    }

    func testMarkdownEmphasisIsInvisible() {
        XCTAssertEqual(words("**Cllr Jane Doe**, _Leader_"), ["Cllr", "Jane", "Doe", "Leader"])
    }

    /// Random text built from the constructs the checker reacts to: it must never crash, and every finding
    /// must point inside the text.
    func testNoCrashOnRandomlyAssembledReleases() {
        let pieces = ["“", "”", "‘", "’", "\"", "'", "Cllr", "Cllr.", "Councillor", "Councillors", "said", "added", ",", ".", ":", "\n", "\n\n",
                      " ", " ", " ", "Jane", "Doe", "Labour", "-", "led", "vote", "for", "#VoteGreen", "@CllrX", "<!--", "-->",
                      "preelection: ignore member-quote -- agreed", "preelection: ignore", "Pictured:", "(l-r)", "NOTICE OF POLL", "Mr", "Green",
                      "é", "ŵ", "\u{301}", "🙂", "\t", "\r\n", "s’", "The", "Leader", "of", "the", "Council", "MP", "(", ")", "!", "[", "]",
                      "candidates are:", "Promoted by", "on behalf of", "Cabinet Member for", "and", "&", "she", "added", "Chair", "Mayor",
                      "back", "re-elect", "our", "promise", "Independent", "Alliance", "SNP", "Lab", "manifesto", "if elected", "we",
                      "Priya", "Shah", "Head of", "Parks", "**", "_", "![", "ENDS", "Notes to editors", "\u{A0}", "«", "»", "„", "’90s"]
        var people = PeopleList()
        people.add(names: ["Priya Shah", "Jane Doe"], role: .candidate)
        let period = PreElectionPeriod(start: CivilDate(year: 2026, month: 3, day: 30)!, end: CivilDate(year: 2026, month: 5, day: 7)!,
                                       elections: ["local.2026-05-07"], basis: "test")
        let options = CheckOptions(publicationDate: CivilDate(year: 2026, month: 4, day: 1)!, periods: [period], people: people,
                                   topics: ["low traffic neighbourhood", "Green"])
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        for _ in 0..<4000 {
            let count = Int(next() % 70)
            var text = ""
            for _ in 0..<count { text += pieces[Int(next() % UInt64(pieces.count))] + (next() % 3 == 0 ? "" : " ") }
            let report = ReleaseScanner.check(text: text, options: options)
            let size = text.utf8.count
            for f in report.findings {
                XCTAssertTrue(f.range.lowerBound >= 0 && f.range.upperBound <= size && f.line >= 1 && f.column >= 1, "bad finding for \(text.debugDescription)")
            }
        }
        // Raw bytes, including invalid UTF-8 repaired by decoding.
        for _ in 0..<500 {
            let bytes = (0..<Int(next() % 200)).map { _ in UInt8(truncatingIfNeeded: next()) }
            _ = ReleaseScanner.check(text: String(decoding: bytes, as: UTF8.self), options: options)
        }
    }
}

/// Invisible and compatibility characters are folded before matching, and positions still point at the original text.
final class TextScannerFoldingTests: XCTestCase {
    func testSoftHyphensAndZeroWidthCharactersInsideAWordAreFolded() {
        for text in ["Lab\u{AD}our", "Lab\u{200B}our", "La\u{200C}bour", "Lab\u{200D}our", "Lab\u{2060}our", "Lab\u{FEFF}our"] {
            let s = TextScanner(text)
            XCTAssertEqual(s.tokens.count, 1, text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            XCTAssertEqual(s.tokens.first?.key, TextScanner.key("labour"))
            XCTAssertTrue(s.tokens.first?.has(.capital) ?? false)
        }
    }

    func testFullWidthLettersAndDigitsFoldToASCII() {
        XCTAssertEqual(TextScanner.key("Ｌａｂｏｕｒ"), TextScanner.key("labour"))
        XCTAssertEqual(TextScanner.key("ＳＮＰ"), TextScanner.key("snp"))
        XCTAssertTrue(TextScanner("ＳＮＰ").tokens.first?.has(.allCaps) ?? false)
        XCTAssertEqual(TextScanner("ｖｏｔｅ！").tokens.map(\.kind), [.word, .punct])
    }

    func testFoldedWordsAreStillFoundAndPositionsPointAtTheOriginal() {
        let text = "We met on Monday.\nThe Lab\u{AD}our-led administration, the Ｔｏｒｉｅｓ and ＃VoteLabour."
        let findings = Fixture.findings(text)
        XCTAssertEqual(findings.map(\.rule), [.partyReference, .partyReference, .electioneering])
        XCTAssertEqual(findings.first.map { [$0.line, $0.column] }, [2, 5])
        XCTAssertEqual(findings.first?.message, "Party named: Labour Party (“Labour-led administration”)")
        XCTAssertEqual(findings[1].column, 37)
    }
}

/// The first pass that sizes the token array never counts fewer tokens than the scan writes.
final class TextScannerBoundTests: XCTestCase {
    func testTokenBoundCoversEveryToken() {
        let pieces = ["Lab", "\u{AD}", "our", " ", "’s", "'", "\"", "“", "”", "#", "@", "_", "*", "Ｌａｂ", "！", "\u{200B}", "é", "e\u{301}",
                      "7am", "-", "–", ".", ",", "\n", "\n\n", "ŵ", "\u{FEFF}", "x", "Cllr", "(", ")", "£", "😀", "\u{A0}", "don't"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let text = (0..<Int.random(in: 1...60, using: &generator)).map { _ in pieces.randomElement(using: &generator) ?? "" }.joined()
            let bytes = Array(text.utf8)
            let bound = bytes.withUnsafeBufferPointer { TextScanner.tokenBound($0) }
            XCTAssertLessThan(TextScanner(text).tokens.count, bound, text)
        }
    }

    func testExcerptsEndOnAWordBoundary() {
        let line = "“We are delighted,” said Cllr Jane Doe, adding that the refurbished community centre in Mill Park would reopen to residents in the spring with longer opening hours."
        let report = Fixture.report(line)
        let excerpt = try? XCTUnwrap(report.findings.first?.excerpt)
        guard let excerpt, excerpt.hasSuffix("…") else { return XCTFail("a long line is cut: \(String(describing: excerpt))") }
        let shown = String(excerpt.dropLast())
        XCTAssertTrue(line.hasPrefix(shown), excerpt)
        XCTAssertEqual(line[line.index(line.startIndex, offsetBy: shown.count)], " ", "cut at a space, not inside a word: \(excerpt)")
    }

    /// The word tables are built with keys computed without a scanner for plain phrases: every phrase of every
    /// vocabulary, and awkward cases, must get exactly the keys the scanner gives them.
    func testPlainKeysMatchTheScanner() {
        var phrases = ["Cllr", "polling day", "7am", "MP", "abc123", "x", "Z9", "don't", "low-traffic", "A & B", " lead",
                       "trail ", "two  spaces", "Féin", "ŵyr", "", "_x", "*bold*"]
        /// Every string held in `value`, however deeply (arrays, tuples, dictionaries, optionals).
        func collect(_ value: Any) {
            if let text = value as? String { phrases.append(text); return }
            for child in Mirror(reflecting: value).children { collect(child.value) }
        }
        for vocabulary in Vocabulary.all { collect(vocabulary) }
        XCTAssertGreaterThan(phrases.count, 500)
        for phrase in phrases {
            XCTAssertEqual(TextScanner.keys(phrase), TextScanner.scannedKeys(phrase), phrase)
            XCTAssertEqual(TextScanner.key(phrase), TextScanner.scannedKey(phrase), phrase)
        }
    }
    /// A hyphen, en dash and em dash are dashes; only the en and em dash are a spaced break; a word never is.
    func testDashMarks() {
        let t = TextScanner("a - b – c — d")
        let marks = t.tokens.filter { $0.kind == .punct }
        XCTAssertEqual(marks.map(\.isDash), [true, true, true])
        XCTAssertEqual(marks.map(\.isLongDash), [false, true, true])
        XCTAssertFalse(t.tokens.contains { $0.kind == .word && ($0.isDash || $0.isLongDash) })
    }
}
