import XCTest
@testable import EventScheduler

final class KeywordRulesTests: XCTestCase {
    let rules = KeywordRules.standard

    func testFormalBusinessIsRecognised() {
        XCTAssertEqual(rules.classify("Planning Committee"), .formalBusiness("committee"))
        XCTAssertEqual(rules.classify("Licensing Sub-Committee Hearing"), .formalBusiness("committee"))
        XCTAssertEqual(rules.classify("FULL COUNCIL"), .formalBusiness("full council"))
        XCTAssertEqual(rules.classify("Cabinet"), .formalBusiness("cabinet"))
        XCTAssertEqual(rules.classify("Overview & Scrutiny Management Board"), .formalBusiness("scrutiny"))
        XCTAssertEqual(rules.classify("Annual Council Meeting"), .formalBusiness("council meeting"))
    }

    func testPublicityWinsOverFormalBusiness() {
        // The Mayor or a councillor in the title makes it a conflict even at a committee.
        XCTAssertEqual(rules.classify("Mayor's Civic Reception"), .publicity("mayor"))
        XCTAssertEqual(rules.classify("Mayoral charity committee"), .publicity("mayor"))
        XCTAssertEqual(rules.classify("Cllr Patel's ward surgery"), .publicity("cllr"))
        XCTAssertEqual(rules.classify("Councillors' tour of the new depot"), .publicity("councillor"))
        XCTAssertEqual(rules.classify("Cabinet: launch of the Local Plan consultation"), .publicity("launch"))
        XCTAssertEqual(rules.classify("Re-opening of Northgate Library"), .publicity("opening"))
        XCTAssertEqual(rules.classify("Reopening of the Lido"), .publicity("reopening"))
        XCTAssertEqual(rules.classify("Photo-call: new electric refuse lorries"), .publicity("photo call"))
        XCTAssertEqual(rules.classify("Heritage plaque unveiling"), .publicity("unveil"))
        XCTAssertEqual(rules.classify("Citizenship ceremonies"), .publicity("ceremony"))
    }

    func testWordsNotSubstrings() {
        XCTAssertEqual(rules.classify("Tea dance at the Winter Gardens"), .unrecognised)
        XCTAssertEqual(rules.classify("Cabinetmakers' craft fair"), .unrecognised, "'cabinet' is not 'cabinetmakers'")
        XCTAssertEqual(rules.classify("Openness review"), .unrecognised)
        XCTAssertEqual(rules.classify(""), .unrecognised)
    }

    func testConfigListsAdjustOrReplaceTheDefaults() {
        // ["+x", "-y"] adjusts the defaults; a plain list replaces them; nil keeps them.
        let adjusted = KeywordRules(formalBusinessOverride: ["+area forum"], conflictOverride: ["-consultation", "+fun day"])
        XCTAssertEqual(adjusted.classify("Northgate Area Forum"), .formalBusiness("area forum"))
        XCTAssertEqual(adjusted.classify("Planning Committee: consultation responses"), .formalBusiness("committee"))
        XCTAssertEqual(adjusted.classify("Family fun day"), .publicity("fun day"))
        let replaced = KeywordRules(formalBusinessOverride: ["board"], conflictOverride: ["gala"])
        XCTAssertEqual(replaced.classify("Planning Committee"), .unrecognised)
        XCTAssertEqual(replaced.classify("Health and Wellbeing Board"), .formalBusiness("board"))
        XCTAssertEqual(replaced.classify("Opening of the pier"), .unrecognised)
        XCTAssertEqual(KeywordRules(formalBusinessOverride: nil, conflictOverride: nil), .standard)
    }
}
