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
                    environment: [String: String] = [:], stdin: String = "", standardInputIsTerminal: Bool = true,
                    standardInput: (@Sendable () throws(CLIError) -> [UInt8])? = nil) -> Result {
        let context = RunContext(today: CivilDate(iso: today) ?? CivilDate(dayNumber: 0), environment: environment,
                                 currentDirectory: directory, readStandardInput: standardInput ?? { Array(stdin.utf8) },
                                 standardInputIsTerminal: standardInputIsTerminal)
        let (status, output) = PreElectionCLI.run(arguments, context: context)
        return Result(status: status, stdout: output.stdout, stderr: output.stderr)
    }

    /// The built `preelection` executable next to the test bundle, when it is there.
    static var binary: String? {
        let folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent(), folder.deletingLastPathComponent().deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("preelection").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a shell script (a reproducer as a user types it) and returns its status and output.
    static func shell(_ script: String, directory: String) -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script]
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("preelection-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("preelection-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        guard let outHandle = try? FileHandle(forWritingTo: out), let errHandle = try? FileHandle(forWritingTo: err) else {
            return Result(status: -1, stdout: "", stderr: "cannot create output files")
        }
        process.standardOutput = outHandle
        process.standardError = errHandle
        do { try process.run() } catch { return Result(status: -1, stdout: "", stderr: "\(error)") }
        process.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        let stdout = (try? String(contentsOf: out, encoding: .utf8)) ?? ""
        let stderr = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        return Result(status: process.terminationStatus, stdout: stdout, stderr: stderr)
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
