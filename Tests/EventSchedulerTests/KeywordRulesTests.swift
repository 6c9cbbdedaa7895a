import Foundation
import XCTest
@testable import EventScheduler

final class KeywordRulesTests: XCTestCase {
    let rules = KeywordRules.standard

    func testTensOfThousandsOfConfigAdjustmentsStayFast() {
        // A config adding 50,000 formal-business phrases took longer than 20 s (each "+" searched the whole list).
        let adjustments = ["+", "-", " "] + (0..<50_000).map { "+kw\($0)" } + ["-kw7", "-planning committee"]
        let started = Date()
        let rules = KeywordRules(formalBusinessOverride: adjustments, conflictOverride: nil)
        XCTAssertLessThan(Date().timeIntervalSince(started), 2.0)
        XCTAssertEqual(rules.classify("kw12 review"), .formalBusiness("kw12"), "an added phrase is formal business")
        XCTAssertNotEqual(rules.classify("kw7"), .formalBusiness("kw7"), "a removed phrase is not")
    }

    /// A long description (a 16 MB SUMMARY took 7 s) is matched through an index of its words; that index must
    /// find exactly what the word-by-word scan finds, for every standard phrase and ending.
    func testALongDescriptionMatchesAsAShortTitleDoes() {
        let filler = Array(repeating: "the", count: 70) + ["council's", "depot", "and"]
        let phrases = (KeywordRules.defaultConflict + KeywordRules.defaultFormalBusiness + KeywordRules.defaultAdministrative).map(KeywordRules.words)
        for phrase in phrases where !phrase.isEmpty {
            for ending in ["", "s", "ies", "ing", "ness"] {
                var words = phrase
                words[words.count - 1] += ending
                let title = filler + words + filler
                let indexed = KeywordRules.matches(phrase, in: title, index: KeywordRules.positions(of: title))
                XCTAssertEqual(indexed, KeywordRules.matches(phrase, in: title), "\(phrase) + \(ending)")
            }
        }
        let long = String(repeating: "Notes on the depot rota. ", count: 20_000) + "Mayor's launch of the new library."
        let started = Date()
        XCTAssertEqual(rules.classify(long), rules.classify("Mayor's launch of the new library."))
        XCTAssertEqual(rules.classify(long), .publicity("launch"), "publicity found 500,000 words in")
        XCTAssertLessThan(Date().timeIntervalSince(started), 2.0)
    }

    func testFormalBusinessIsRecognised() {
        XCTAssertEqual(rules.classify("Planning Committee"), .formalBusiness("planning committee"), "the longest phrase is named")
        XCTAssertEqual(rules.classify("Licensing Sub-Committee Hearing"), .formalBusiness("sub-committee"))
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
        XCTAssertEqual(rules.classify("Cabinetmakers' guild"), .unrecognised, "'cabinet' is not 'cabinetmakers'")
        XCTAssertEqual(rules.classify("Cabinetmakers' craft fair"), .publicity("fair"))
        XCTAssertEqual(rules.classify("Openness review"), .unrecognised)
        XCTAssertEqual(rules.classify(""), .unrecognised)
    }

    func testConfigListsAdjustOrReplaceTheDefaults() {
        // ["+x", "-y"] adjusts the defaults; a plain list replaces them; nil keeps them.
        let adjusted = KeywordRules(formalBusinessOverride: ["+area forum"], conflictOverride: ["-consultation", "+fun day"])
        XCTAssertEqual(adjusted.classify("Northgate Area Forum"), .formalBusiness("area forum"))
        XCTAssertEqual(adjusted.classify("Planning Committee: consultation responses"), .formalBusiness("planning committee"))
        XCTAssertEqual(adjusted.classify("Family fun day"), .publicity("fun day"))
        let replaced = KeywordRules(formalBusinessOverride: ["board"], conflictOverride: ["gala"])
        XCTAssertEqual(replaced.classify("Planning Committee"), .unrecognised)
        XCTAssertEqual(replaced.classify("Health and Wellbeing Board"), .formalBusiness("board"))
        XCTAssertEqual(replaced.classify("Opening of the pier"), .unrecognised)
        XCTAssertEqual(KeywordRules(formalBusinessOverride: nil, conflictOverride: nil), .standard)
    }

    func testStatutoryMeetingsAreFormalBusiness() {
        // The annual parish meeting is held between 1 March and 1 June (Local Government Act 1972 Sch 12
        // para 14), so in an election year it often falls in the period.
        XCTAssertEqual(rules.classify("Annual Parish Meeting"), .formalBusiness("annual parish meeting"))
        XCTAssertEqual(rules.classify("Annual Town Meeting 2027"), .formalBusiness("annual town meeting"))
        XCTAssertEqual(rules.classify("Annual Meeting of the Council"), .formalBusiness("annual meeting of the council"))
        XCTAssertEqual(rules.classify("Parish Council meeting"), .formalBusiness("parish council meeting"))
    }

    func testInternalEntriesAreNotPublicity() {
        XCTAssertEqual(rules.classify("Clerk - annual leave"), .administrative("annual leave"))
        XCTAssertEqual(rules.classify("Internal audit visit"), .administrative("internal audit"), "a longer internal phrase holds 'visit'")
        XCTAssertEqual(rules.classify("RFO training (SLCC)"), .administrative("training"))
        XCTAssertEqual(rules.classify("Office closed"), .administrative("office closed"))
        XCTAssertEqual(rules.classify("Private: dentist"), .administrative("private"))
        XCTAssertEqual(rules.classify("Staff meeting"), .administrative("staff meeting"))
        // Publicity as long as the internal word still wins: a compliance tool errs towards asking.
        XCTAssertEqual(rules.classify("Staff awards ceremony"), .publicity("ceremony"))
        XCTAssertEqual(rules.classify("Launch of the staff café"), .publicity("launch"))
        XCTAssertEqual(rules.classify("Minister's visit to the depot"), .publicity("visit"))
    }

    func testPublicityEventsNamedInTheCodeAreRecognised() {
        for (title, phrase) in [("Village fun day", "fun day"), ("Summer Festival", "festival"), ("Royal visit", "visit"),
                                ("Christmas lights switch-on parade", "parade"), ("Jobs fair", "fair"), ("Duck race gala", "gala")] {
            XCTAssertEqual(rules.classify(title), .publicity(phrase), title)
        }
    }

    func testInternalListIsConfigurable() {
        let rules = KeywordRules(formalBusinessOverride: nil, conflictOverride: nil, administrativeOverride: ["+bin round", "-staff"])
        XCTAssertEqual(rules.classify("Bin round change"), .administrative("bin round"))
        XCTAssertEqual(rules.classify("Staff quiz"), .unrecognised)
        XCTAssertEqual(KeywordRules(formalBusinessOverride: nil, conflictOverride: nil, administrativeOverride: nil), .standard)
    }
}
