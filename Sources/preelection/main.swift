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
    readStandardInput: { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
)
let result = PreElectionCLI.run(Array(CommandLine.arguments.dropFirst()), context: context)
/// Writes text straight from the string's UTF-8 storage to a file descriptor (a large timetable should not
/// be copied again on its way out); retries short writes.
func emit(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { bytes in
        guard var base = bytes.baseAddress else { return }
        var left = bytes.count
        while left > 0 {
            let written = write(descriptor, base, left)
            if written <= 0 { return }
            base += written
            left -= written
        }
    }
}
emit(result.output.stdout, to: 1)
emit(result.output.stderr, to: 2)
exit(result.status)
