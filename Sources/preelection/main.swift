import Foundation
import ElectionCalendar
import FileFormats
import PreElectionCLI

// The executable is only the shell: gather the outside world (today in Europe/London, environment, stdin),
// run the command, print, exit.
let environment = ProcessInfo.processInfo.environment
var today: CivilDate
if let override = environment["PREELECTION_TODAY"], let date = CivilDate(iso: override) {
    today = date
} else {
    // London's date by the UK summer-time rule, as the calendar readers use it: Foundation's `Calendar` and the
    // Europe/London zone cost about a millisecond of start-up on every run, before any work could begin.
    today = LondonTime.date(ofUTC: Int(time(nil)))
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
