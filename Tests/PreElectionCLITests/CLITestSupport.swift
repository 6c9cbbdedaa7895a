import Foundation
import ElectionCalendar
@testable import PreElectionCLI

/// Runs `preelection` in-process, as a user would from a shell, with a fixed "today" and working directory.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], today: String = "2026-12-03", directory: String = FileManager.default.temporaryDirectory.path,
                    environment: [String: String] = [:], stdin: String = "") -> Result {
        let context = RunContext(today: CivilDate(iso: today) ?? CivilDate(dayNumber: 0), environment: environment,
                                 currentDirectory: directory, readStandardInput: { Array(stdin.utf8) })
        let (status, output) = PreElectionCLI.run(arguments, context: context)
        return Result(status: status, stdout: output.stdout, stderr: output.stderr)
    }

    /// A fresh empty folder for files a test writes.
    static func temporaryFolder() -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("preelection-tests-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Parses JSON output into Foundation objects for assertions.
    static func json(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}
