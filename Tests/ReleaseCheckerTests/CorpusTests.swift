import Foundation
import XCTest
import ElectionCalendar
import FileFormats
@testable import ReleaseChecker

/// The labelled corpus (Tests/ReleaseCheckerTests/Corpus, format in its README): per-rule precision and recall
/// over every release, and zero findings on the clean ones. Checked as if published on 15 April 2026, inside
/// the English local elections' pre-election period (30 March–7 May 2026).
final class CorpusTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    static let locals2026 = PreElectionPeriod(start: CivilDate(year: 2026, month: 3, day: 30)!, end: CivilDate(year: 2026, month: 5, day: 7)!,
                                              elections: ["local.2026-05-07"], basis: "latest notice of election, 25 working days before poll")

    /// One labelled release.
    struct Labelled {
        var name: String
        var text: String
        var expected: [(rule: Rule, line: Int, snippet: String)]
        /// Header comments of the form `# key: value` (the held-out batch's `date`, `country`, `welsh-lines`).
        var header: [String: String] = [:]
        /// The file as written: for a `.html` release the page, whose lines the labels count; else `text`.
        var source: String = ""
        /// For a `.html` release, where each part of `text` came from in the page.
        var map: HTMLText.SourceMap?
        var clean: Bool { name.contains("-clean") }
    }

    /// Checks a release, its findings at the lines of the file as written (for a web page, the page's own
    /// lines, as the command line reports them), so they compare with the labels.
    static func check(_ release: Labelled, options: CheckOptions) -> Report {
        var report = ReleaseScanner.check(text: release.text, options: options)
        guard let map = release.map else { return report }
        for k in report.findings.indices {
            (report.findings[k].line, report.findings[k].column) = map.sourcePosition(line: report.findings[k].line, column: report.findings[k].column)
        }
        return report
    }

    static func read(_ name: String, in folder: URL = corpus) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    static func load(from folder: URL = corpus) throws -> [Labelled] {
        // CORPUS_FILTER=heldout restricts the run to matching releases (for the README's held-out numbers).
        let filter = ProcessInfo.processInfo.environment["CORPUS_FILTER"] ?? ""
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".expected") && (filter.isEmpty || $0.contains(filter)) }.sorted()
        return try names.map { name in
            let stem = String(name.dropLast(".expected".count))
            let file = try ["txt", "md", "html"].map { "\(stem).\($0)" }.first { FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path) }
                ?? { throw NSError(domain: "corpus", code: 1, userInfo: [NSLocalizedDescriptionKey: "no release for \(name)"]) }()
            let source = try read(file, in: folder)
            // A web page is checked as the command line checks it: its visible text, mapped back to its lines.
            let (release, map) = file.hasSuffix(".html") ? HTMLText.extractMapped(source) : (source, nil)
            var expected: [(Rule, Int, String)] = []
            var header: [String: String] = [:]
            for raw in try read(name, in: folder).split(separator: "\n") {
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.hasPrefix("# "), let colon = line.firstIndex(of: ":") {
                    let key = line.dropFirst(2)[..<colon]
                    if !key.isEmpty, !key.contains(" ") { header[String(key)] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces) }
                }
                if line.isEmpty || line.hasPrefix("#") { continue }
                let parts = line.split(separator: "#", maxSplits: 1)
                let fields = parts[0].split(separator: " ")
                guard fields.count == 2, let rule = Rule(id: String(fields[0])), let number = Int(fields[1]) else {
                    throw NSError(domain: "corpus", code: 2, userInfo: [NSLocalizedDescriptionKey: "\(name): bad label '\(line)'"])
                }
                let snippet = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
                expected.append((rule, number, snippet))
            }
            return Labelled(name: stem, text: release, expected: expected, header: header, source: source, map: map)
        }
    }

    static func options() throws -> CheckOptions {
        let csv = try CSVTable.parse(read("people.csv"))
        var people = try PeopleList(header: csv.header, rows: csv.records.map(\.fields), role: .candidate)
        people.add(try PeopleList.parse(read("members.txt"), role: .member))
        let topics = try read("topics.txt").split(separator: "\n").map(String.init)
        return CheckOptions(publicationDate: CivilDate(year: 2026, month: 4, day: 15)!, periods: [locals2026], people: people, topics: topics)
    }

    func testCorpusHasAtLeastFortyVariedReleases() throws {
        let corpus = try Self.load()
        guard ProcessInfo.processInfo.environment["CORPUS_FILTER"] == nil else { return }
        XCTAssertGreaterThanOrEqual(corpus.count, 40)
        XCTAssertGreaterThanOrEqual(corpus.filter(\.clean).count, 12, "clean releases: officer quotes, campaigns, notices, traps")
        for prefix in ["eng-", "wal-", "sco-", "ni-"] {
            XCTAssertTrue(corpus.contains { $0.name.hasPrefix(prefix) }, "no \(prefix) releases")
        }
        for rule in Rule.allCases {
            XCTAssertGreaterThanOrEqual(corpus.reduce(0) { $0 + $1.expected.filter { $0.rule == rule }.count }, 3, "too few \(rule.rawValue) labels")
        }
    }

    func testLabelsPointAtTheLinesTheyQuote() throws {
        for release in try Self.load() {
            let lines = release.source.components(separatedBy: "\n")
            for label in release.expected where !label.snippet.isEmpty {
                XCTAssertTrue(label.line <= lines.count && lines[label.line - 1].contains(label.snippet),
                              "\(release.name): line \(label.line) does not contain '\(label.snippet)'")
            }
        }
    }

    func testPerRulePrecisionAndRecallOnTheCorpus() throws {
        let options = try Self.options()
        let score = Self.score(try Self.load()) { _ in options }
        for rule in Rule.allCases {
            XCTAssertGreaterThanOrEqual(score.precision(rule), 0.9, "\(rule.rawValue) precision")
            XCTAssertGreaterThanOrEqual(score.recall(rule), 0.9, "\(rule.rawValue) recall")
        }
        print(score.table + score.mismatches.joined(separator: "\n"))
    }

    /// Per-rule counts of labelled, predicted and matching findings (by rule and line, as a multiset).
    struct Score {
        var truePositives: [Rule: Int] = [:], predicted: [Rule: Int] = [:], expected: [Rule: Int] = [:]
        var mismatches: [String] = []

        func precision(_ rule: Rule) -> Double {
            let p = predicted[rule] ?? 0
            return p == 0 ? 1 : Double(truePositives[rule] ?? 0) / Double(p)
        }

        func recall(_ rule: Rule) -> Double {
            let e = expected[rule] ?? 0
            return e == 0 ? 1 : Double(truePositives[rule] ?? 0) / Double(e)
        }

        /// The per-rule table printed by the accuracy tests.
        var table: String {
            var table = "rule                 expected predicted  precision recall\n"
            for rule in Rule.allCases {
                table += rule.rawValue.padding(toLength: 21, withPad: " ", startingAt: 0)
                    + "\(expected[rule] ?? 0)".padding(toLength: 9, withPad: " ", startingAt: 0) + "\(predicted[rule] ?? 0)".padding(toLength: 11, withPad: " ", startingAt: 0)
                    + String(format: "%.2f      %.2f\n", precision(rule), recall(rule))
            }
            let tp = truePositives.values.reduce(0, +), e = expected.values.reduce(0, +), p = predicted.values.reduce(0, +)
            table += "all rules".padding(toLength: 21, withPad: " ", startingAt: 0)
                + "\(e)".padding(toLength: 9, withPad: " ", startingAt: 0) + "\(p)".padding(toLength: 11, withPad: " ", startingAt: 0)
                + String(format: "%.2f      %.2f\n", p == 0 ? 1 : Double(tp) / Double(p), e == 0 ? 1 : Double(tp) / Double(e))
            return table
        }
    }

    /// Checks every release with its options and compares findings with labels; `counts` limits the comparison
    /// to some lines (e.g. the Welsh lines of a bilingual release).
    static func score(_ releases: [Labelled], counts: (Labelled, Int) -> Bool = { _, _ in true },
                      options: (Labelled) throws -> CheckOptions) rethrows -> Score {
        var score = Score()
        for release in releases {
            let report = check(release, options: try options(release))
            var wanted: [String: Int] = [:]
            for label in release.expected where counts(release, label.line) {
                wanted["\(label.rule.rawValue) \(label.line)", default: 0] += 1
                score.expected[label.rule, default: 0] += 1
            }
            var got: [String: Int] = [:]
            for f in report.findings where counts(release, f.line) {
                got["\(f.rule.rawValue) \(f.line)", default: 0] += 1
                score.predicted[f.rule, default: 0] += 1
            }
            for (key, count) in got {
                let hit = min(count, wanted[key] ?? 0)
                if let rule = Rule(id: String(key.split(separator: " ")[0])) { score.truePositives[rule, default: 0] += hit }
                if count > hit {
                    let f = report.findings.first { "\($0.rule.rawValue) \($0.line)" == key }
                    score.mismatches.append("\(release.name): unexpected \(key) — \(f?.message ?? "")")
                }
            }
            for (key, count) in wanted where count > (got[key] ?? 0) {
                score.mismatches.append("\(release.name): missed \(key)")
            }
        }
        return score
    }

    func testCleanReleasesHaveNoFindings() throws {
        let options = try Self.options()
        for release in try Self.load() where release.clean {
            let report = Self.check(release, options: options)
            XCTAssertEqual(report.findings.count, 0, "\(release.name): " + report.findings.map { "\($0.line): [\($0.rule.rawValue)] \($0.message)" }.joined(separator: "; "))
        }
    }
}
