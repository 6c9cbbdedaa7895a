import Foundation

// Benchmarks for the README: `swift run -c release preelection-bench [calendar|checker|readers|scheduler|serve|folder]`.
// Each section prints its own lines of measured numbers.
let sections = Set(CommandLine.arguments.dropFirst())
func wanted(_ name: String) -> Bool { sections.isEmpty || sections.contains(name) }

/// Runs `body` `repetitions` times and returns the best wall-clock seconds of one run.
func bestSeconds(repetitions: Int = 5, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<repetitions {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
}

if wanted("calendar") { benchCalendar() }
if wanted("checker") { benchChecker() }
if wanted("readers") { benchReaders() }
if wanted("scheduler") { benchScheduler() }
if sections.contains("serve") { benchServe() }  // only when asked: 40 s of load, needs wrk
if sections.contains("folder") { benchFolder() }  // only when asked: needs the release `preelection` binary
