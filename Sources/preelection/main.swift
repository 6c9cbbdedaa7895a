import Foundation
import ElectionCalendar
import PreElectionCLI

// The executable is only the shell: gather the outside world (today in Europe/London, environment, stdin),
// run the command, print, exit.
let environment = ProcessInfo.processInfo.environment
var today: CivilDate
if let override = environment["PREELECTION_TODAY"], let date = CivilDate(iso: override) {
    today = date
} else {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0)!  // safe: offset 0 always exists
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    today = CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(dayNumber: 0)
}
let context = RunContext(
    today: today,
    environment: environment,
    currentDirectory: FileManager.default.currentDirectoryPath,
    readStandardInput: { () throws(CLIError) -> [UInt8] in try FileInput.read(descriptor: 0, location: "standard input") },
    standardInputIsTerminal: isatty(0) == 1,
    prompt: { line in try? FileInput.writeAll(Array((line + "\n").utf8), to: 2, location: "standard error") }
)
let result = PreElectionCLI.run(Array(CommandLine.arguments.dropFirst()), context: context)
exit(PreElectionCLI.emit(result.output, status: result.status))
