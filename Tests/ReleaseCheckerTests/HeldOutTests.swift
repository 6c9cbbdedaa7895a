import Foundation
import XCTest
import ElectionCalendar
import FileFormats
@testable import ReleaseChecker

/// The held-out batches (Tests/ReleaseCheckerTests/HeldOut…, format in each README, labels per LABELLING.md):
/// releases labelled before the checker was first run on them, each checked on its own publication date against its
/// nation's pre-election period for the polls of Thursday 6 May 2027, scored per rule, on Welsh lines and on clean
/// releases. Every batch the checker has been tuned on is held to a floor; the newest only reports its first run.
final class HeldOutTests: XCTestCase {
    /// One labelled batch: its folder, the title its table prints under, the least it must hold, and whether the
    /// checker has been tuned on it (then its scores may not fall).
    struct Batch {
        var folder: String
        var title: String
        var releases: Int
        var bilingual: Int
        var tuned: Bool
    }

    /// Oldest first. The sixth and later batches were labelled to LABELLING.md; each was first run after the checker
    /// had been tuned on the batch before it.
    static let batches: [Batch] = [
        Batch(folder: "HeldOut", title: "Held-out batch", releases: 36, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutThird", title: "Third held-out batch", releases: 34, bilingual: 11, tuned: true),
        Batch(folder: "HeldOutFourth", title: "Fourth held-out batch", releases: 32, bilingual: 10, tuned: true),
        Batch(folder: "HeldOutFifth", title: "Fifth held-out batch", releases: 31, bilingual: 10, tuned: true),
        Batch(folder: "HeldOutSixth", title: "Sixth held-out batch", releases: 35, bilingual: 11, tuned: true),
        Batch(folder: "HeldOutSeventh", title: "Seventh held-out batch", releases: 35, bilingual: 11, tuned: true),
        Batch(folder: "HeldOutEighth", title: "Eighth held-out batch", releases: 35, bilingual: 11, tuned: true),
        Batch(folder: "HeldOutNinth", title: "Ninth held-out batch", releases: 33, bilingual: 11, tuned: true),
        Batch(folder: "HeldOutTenth", title: "Tenth held-out batch", releases: 32, bilingual: 11, tuned: true),
        Batch(folder: "HeldOutEleventh", title: "Eleventh held-out batch", releases: 33, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutTwelfth", title: "Twelfth held-out batch", releases: 34, bilingual: 13, tuned: true),
        Batch(folder: "HeldOutThirteenth", title: "Thirteenth held-out batch", releases: 35, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutFourteenth", title: "Fourteenth held-out batch", releases: 35, bilingual: 13, tuned: true),
        Batch(folder: "HeldOutFifteenth", title: "Fifteenth held-out batch", releases: 36, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutSixteenth", title: "Sixteenth held-out batch", releases: 33, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutSeventeenth", title: "Seventeenth held-out batch", releases: 33, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutEighteenth", title: "Eighteenth held-out batch", releases: 35, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutNineteenth", title: "Nineteenth held-out batch", releases: 33, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutTwentieth", title: "Twentieth held-out batch", releases: 37, bilingual: 13, tuned: true),
        Batch(folder: "HeldOutTwentyFirst", title: "Twenty-first held-out batch", releases: 33, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutTwentySecond", title: "Twenty-second held-out batch", releases: 34, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutTwentyThird", title: "Twenty-third held-out batch", releases: 34, bilingual: 13, tuned: false),
        Batch(folder: "HeldOutTwentyFourth", title: "Twenty-fourth held-out batch", releases: 33, bilingual: 13, tuned: true),
        Batch(folder: "HeldOutTwentyFifth", title: "Twenty-fifth held-out batch", releases: 33, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutTwentySixth", title: "Twenty-sixth held-out batch", releases: 33, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutTwentySeventh", title: "Twenty-seventh held-out batch", releases: 33, bilingual: 12, tuned: false),
        Batch(folder: "HeldOutTwentyEighth", title: "Twenty-eighth held-out batch", releases: 33, bilingual: 12, tuned: false),
        Batch(folder: "HeldOutTwentyNinth", title: "Twenty-ninth held-out batch", releases: 35, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutThirtieth", title: "Thirtieth held-out batch", releases: 33, bilingual: 15, tuned: false),
        Batch(folder: "HeldOutThirtyFirst", title: "Thirty-first held-out batch", releases: 35, bilingual: 12, tuned: false),
        Batch(folder: "HeldOutThirtySecond", title: "Thirty-second held-out batch", releases: 33, bilingual: 12, tuned: false),
        Batch(folder: "HeldOutThirtyThird", title: "Thirty-third held-out batch", releases: 33, bilingual: 13, tuned: true),
        Batch(folder: "HeldOutThirtyFourth", title: "Thirty-fourth held-out batch", releases: 36, bilingual: 13, tuned: true),
        Batch(folder: "HeldOutThirtyFifth", title: "Thirty-fifth held-out batch", releases: 36, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutThirtySixth", title: "Thirty-sixth held-out batch", releases: 35, bilingual: 12, tuned: false),
        Batch(folder: "HeldOutThirtySeventh", title: "Thirty-seventh held-out batch", releases: 34, bilingual: 12, tuned: false),
        Batch(folder: "HeldOutThirtyEighth", title: "Thirty-eighth held-out batch", releases: 36, bilingual: 12, tuned: true),
        Batch(folder: "HeldOutThirtyNinth", title: "Thirty-ninth held-out batch", releases: 35, bilingual: 13, tuned: true),
        Batch(folder: "HeldOutFortieth", title: "Fortieth held-out batch", releases: 35, bilingual: 13, tuned: false),
        Batch(folder: "HeldOutFortyFirst", title: "Forty-first held-out batch", releases: 35, bilingual: 13, tuned: false),
        Batch(folder: "HeldOutFortySecond", title: "Forty-second held-out batch", releases: 36, bilingual: 14, tuned: false),
    ]

    static func url(_ folder: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(folder)
    }

    /// The 2027 periods `preelection check --country C` uses: England, Wales and Northern Ireland from the latest
    /// notice of election, 25 working days before poll (Local Elections (Principal Areas) (England and Wales)
    /// Rules 2006, r.2; NI calendar adds 17 March); Scotland from the earliest, 35 working days before poll,
    /// Easter Monday not counted (Electoral Management Board practice).
    static func period(country: String) -> PreElectionPeriod? {
        let poll = CivilDate(year: 2027, month: 5, day: 6)!  // safe: a valid date literal
        switch country {
        case "england", "wales":
            return PreElectionPeriod(start: CivilDate(year: 2027, month: 3, day: 31)!, end: poll, elections: ["local.2027-05-06"],  // safe: valid date literal
                                     basis: "latest notice of election, 25 working days before poll")
        case "northern-ireland":
            return PreElectionPeriod(start: CivilDate(year: 2027, month: 3, day: 31)!, end: poll, elections: ["nia.2027-05-06", "local.2027-05-06"],  // safe: valid date literal
                                     basis: "latest notice of election, 25 working days before poll")
        case "scotland":
            return PreElectionPeriod(start: CivilDate(year: 2027, month: 3, day: 15)!, end: poll, elections: ["local.2027-05-06"],  // safe: valid date literal
                                     basis: "earliest notice of election, 35 working days before poll")
        default:
            return nil
        }
    }

    enum BatchError: Error { case badHeader(String) }

    static func options(_ people: PeopleList, _ topics: [String]) -> (CorpusTests.Labelled) throws -> CheckOptions {
        { release in
            let parts = (release.header["date"] ?? "").split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3, let date = CivilDate(year: parts[0], month: parts[1], day: parts[2]),
                  let period = period(country: release.header["country"] ?? "") else {
                throw BatchError.badHeader("\(release.name): needs '# date: YYYY-MM-DD' and '# country: england|wales|scotland|northern-ireland'")
            }
            return CheckOptions(publicationDate: date, periods: [period], people: people, topics: topics)
        }
    }

    static func people(in folder: URL) throws -> PeopleList {
        let csv = try CSVTable.parse(CorpusTests.read("people.csv", in: folder))
        var people = try PeopleList(header: csv.header, rows: csv.records.map(\.fields), role: .candidate)
        people.add(try PeopleList.parse(CorpusTests.read("members.txt", in: folder), role: .member))
        return people
    }

    static func topics(in folder: URL) throws -> [String] {
        try CorpusTests.read("topics.txt", in: folder).split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    static func welshLines(_ release: CorpusTests.Labelled) -> Set<Int> {
        Set((release.header["welsh-lines"] ?? "").split(separator: " ").compactMap { Int($0) })
    }

    func testEveryBatchIsIntactAndVaried() throws {
        for batch in Self.batches {
            try Self.assertIntact(Self.url(batch.folder), releases: batch.releases, bilingual: batch.bilingual)
        }
    }

    static func assertIntact(_ folder: URL, releases: Int, bilingual: Int) throws {
        let batch = try CorpusTests.load(from: folder)
        guard ProcessInfo.processInfo.environment["CORPUS_FILTER"] == nil else { return }
        XCTAssertGreaterThanOrEqual(batch.count, releases)
        XCTAssertGreaterThanOrEqual(batch.filter { $0.name.hasPrefix("wal-") && !Self.welshLines($0).isEmpty }.count, bilingual, "bilingual Welsh releases")
        XCTAssertGreaterThanOrEqual(batch.filter { $0.name.contains("-news-") }.count, 10, "local-news releases")
        XCTAssertGreaterThanOrEqual(batch.filter(\.clean).count, 8, "clean releases")
        for release in batch {
            XCTAssertNoThrow(try Self.options(PeopleList(), [])(release), release.name)
            let lines = release.source.components(separatedBy: "\n")
            for label in release.expected {
                XCTAssertTrue(label.line <= lines.count && !label.snippet.isEmpty && lines[label.line - 1].contains(label.snippet),
                              "\(release.name): line \(label.line) does not contain '\(label.snippet)'")
            }
            XCTAssertFalse(release.clean && !release.expected.isEmpty, "\(release.name): a clean release has labels")
        }
    }

    /// Prints every batch's per-rule scores (all lines, Welsh lines) and every finding on a clean release.
    func testPerRuleScoresOnEveryBatch() throws {
        for batch in Self.batches {
            try Self.report(Self.url(batch.folder), title: batch.title, tuned: batch.tuned)
        }
    }

    /// Scores `folder` and prints its tables. A batch the checker has been tuned on (`tuned`) must keep all-rules
    /// precision and recall of at least 0.95 and nothing on its clean releases, so a later change cannot quietly
    /// undo what it learned; the newest batch, not yet tuned on, only reports its held-out first run.
    static func report(_ folder: URL, title: String, tuned: Bool = true) throws {
        let batch = try CorpusTests.load(from: folder)
        let options = Self.options(try Self.people(in: folder), try Self.topics(in: folder))
        let all = try CorpusTests.score(batch, options: options)
        let welsh = try CorpusTests.score(batch.filter { !Self.welshLines($0).isEmpty },
                                                  counts: { Self.welshLines($0).contains($1) }, options: options)
        var clean: [String] = []
        for release in batch where release.clean {
            for f in CorpusTests.check(release, options: try options(release)).findings {
                clean.append("\(release.name):\(f.line): [\(f.rule.rawValue)] \(f.message)")
            }
        }
        print("\(title), all lines (\(batch.count) releases)\n" + all.table
              + "Welsh lines only\n" + welsh.table
              + "Findings on clean releases: \(clean.count)\n" + clean.joined(separator: "\n") + "\n"
              + all.mismatches.sorted().joined(separator: "\n"))
        XCTAssertGreaterThan(all.expected.values.reduce(0, +), 100, "the batch's labels were read")
        guard tuned, ProcessInfo.processInfo.environment["CORPUS_FILTER"] == nil else { return }
        let tp = Double(all.truePositives.values.reduce(0, +))
        XCTAssertGreaterThanOrEqual(tp / Double(max(1, all.predicted.values.reduce(0, +))), 0.95, "\(title): precision fell")
        XCTAssertGreaterThanOrEqual(tp / Double(max(1, all.expected.values.reduce(0, +))), 0.95, "\(title): recall fell")
        XCTAssertEqual(clean.count, 0, "\(title): findings on clean releases")
    }
}
