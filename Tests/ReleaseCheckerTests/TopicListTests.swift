import XCTest
@testable import ReleaseChecker

/// The council's controversial topics match whole words, hyphen or space, singular or plural.
final class TopicListTests: XCTestCase {
    /// The topic findings of `text` in a release that also names a member (a topic is a finding when the release
    /// carries member or party content; alone it is a note, see `testATopicWithoutMembersOrPartiesIsANote`).
    func topics(_ text: String, _ list: [String]) -> [Finding] {
        Fixture.findings(text + "\n\nCllr Jane Roe attended.", topics: list).filter { $0.rule == .controversialTopic }
    }

    /// A factual mention of a topic, with no member, party or campaigning, is reported as a note with its line, not
    /// a finding; the same mention beside a member is a finding.
    func testATopicWithoutMembersOrPartiesIsANote() {
        let text = "Title\n\nThe committee will consider the incinerator application on 21 April."
        let report = Fixture.report(text, topics: ["incinerator"])
        XCTAssertEqual(report.findings.count, 0)
        XCTAssertEqual(report.unframedTopics.map { "\($0.topic)@\($0.line):\($0.column)" }, ["incinerator@3:33"])
        let framed = Fixture.report(text + " Cllr Jane Roe backs it.", topics: ["incinerator"])
        XCTAssertEqual(framed.findings(.controversialTopic).count, 1)
        XCTAssertTrue(framed.unframedTopics.isEmpty)
    }

    func testFormsOfATopic() {
        let list = ["low traffic neighbourhood", "incinerator", "Local Plan", "school closures"]
        XCTAssertEqual(topics("The Low-Traffic Neighbourhoods in Northby.", list).first?.subject, "low traffic neighbourhood")
        XCTAssertEqual(topics("Plans for an incinerator and two incinerators.", list).count, 1, "one finding per line")
        XCTAssertEqual(topics("Plans for an incinerator and the local plan.", list).first?.message,
                       "Controversial topic: “incinerator” (council list: incinerator); also on this line: Local Plan")
        XCTAssertEqual(topics("The draft local plan is out.", list).count, 1)
        XCTAssertEqual(topics("No school closure is planned.", list).count, 1)
        XCTAssertEqual(topics("The planning committee met.", list).count, 0, "whole words only")
    }

    func testTopicsAreWarningsInAPeriodAndInfoOutside() {
        XCTAssertEqual(topics("The incinerator decision.", ["incinerator"]).first?.severity, .warning)
        let outside = Fixture.report("The incinerator decision.\nCllr Jane Roe attended.", topics: ["incinerator"], date: .init(year: 2026, month: 6, day: 1)!)
        XCTAssertEqual(outside.findings(.controversialTopic).first?.severity, .info)
    }

    func testWelshMutationsOfATopic() {
        let list = ["cau Ysgol Tal-y-bont", "toriadau bysiau"]
        XCTAssertEqual(topics("Bydd y cabinet yn trafod ar gau Ysgol Tal-y-bont.", list).count, 1, "soft mutation after ar")
        XCTAssertEqual(topics("Rydw i yn erbyn fy nghau Ysgol Tal-y-bont.", list).count, 1, "nasal mutation after fy")
        XCTAssertEqual(topics("Bydd ymgynghoriad a chau Ysgol Tal-y-bont wedyn.", list).count, 1, "aspirate mutation after a")
        XCTAssertEqual(topics("Mae pobl yn poeni am doriadau bysiau.", list).count, 1)
        XCTAssertEqual(topics("Mae gau Ysgol Tal-y-bont yn bosibl.", list).count, 0, "a mutated form needs a word that mutates it")
        XCTAssertEqual(topics("Mae pobl yn poeni am fast newydd.", ["mast"]).count, 0, "one word after an English homograph")
        XCTAssertEqual(topics("The app is fast and I am fast too.", ["mast"]).count, 0)
        XCTAssertEqual(topics("Bydd y cyngor yn trafod y cais dros fast newydd.", ["mast"]).count, 1)
    }

    func testATopicInsideAFileNameOrAddressIsNotNamed() {
        let list = ["incinerator", "20mph"]
        XCTAssertEqual(topics("![Site visit](photos/incinerator-site-2.png)", list).count, 0)
        XCTAssertEqual(topics("Read more at www.harbourton.gov.uk/incinerator today.", list).count, 0)
        XCTAssertEqual(topics("Map: incinerator_site.pdf", list).count, 0)
        XCTAssertEqual(topics("The 20mph/30mph boundary moves.", list).count, 1, "one slash joins two words")
        XCTAssertEqual(topics("The incinerator. Then the vote.", list).count, 1)
    }

    func testAnAbbreviationInBracketsIsTheSameMention() {
        let list = ["controlled parking zone", "CPZ"]
        XCTAssertEqual(topics("The controlled parking zone (CPZ) starts in June.", list).count, 1)
        XCTAssertEqual(topics("The controlled parking zone starts in June; the CPZ covers Mill Road.", list).count, 1, "one per line")
        XCTAssertEqual(topics("The controlled parking zone starts in June.\nThe CPZ covers Mill Road.", list).count, 2)
    }
}
