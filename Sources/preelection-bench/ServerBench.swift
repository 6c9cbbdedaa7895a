import Foundation

/// `preelection-bench serve`: load on the release binary's `serve` with `wrk` (a 2 KB release to
/// `POST /v2/check`, 32 connections, 30 s by default), the server's RSS sampled every second, then the same
/// check done by spawning `preelection check` once per release, for comparison. Needs `wrk` on PATH;
/// `PREELECTION_BIN` names the binary (default .build/release/preelection), `SERVE_BENCH_SECONDS` the duration.
func benchServe() {
    let environment = ProcessInfo.processInfo.environment
    let binary = environment["PREELECTION_BIN"] ?? ".build/release/preelection"
    let seconds = Int(environment["SERVE_BENCH_SECONDS"] ?? "") ?? 30
    let release = serveBenchRelease()
    print("serve: \(binary), a \(release.utf8.count)-byte release, POST /v2/check, 32 connections, \(seconds) s")

    // Start the server on a free port and read the URL it prints.
    let server = Process()
    server.executableURL = URL(fileURLWithPath: binary)
    server.arguments = ["serve", "--port", "0", "--quiet", "--country", "england", "--max-connections", "512"]
    server.environment = environment.merging(["PREELECTION_TODAY": "2027-04-20"]) { $1 }
    let out = Pipe()
    server.standardOutput = out
    do { try server.run() } catch { print("serve: cannot start \(binary): \(error)"); return }
    defer { server.terminate(); server.waitUntilExit() }
    var firstLine = ""
    while !firstLine.contains("\n") {
        let data = out.fileHandleForReading.availableData
        if data.isEmpty { break }
        firstLine += String(decoding: data, as: UTF8.self)
    }
    guard let start = firstLine.range(of: "http://"), let end = firstLine[start.lowerBound...].firstIndex(of: " ") else {
        print("serve: the server printed no URL: \(firstLine)")
        return
    }
    let url = String(firstLine[start.lowerBound..<end])
    let script = FileManager.default.temporaryDirectory.appendingPathComponent("preelection-serve-bench.lua").path
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    let body = "language=en-GB&date=2027-04-20&text=" + (release.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")
    let lua = "wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/x-www-form-urlencoded\"\nwrk.body = \"\(body)\"\n"
    guard FileManager.default.createFile(atPath: script, contents: Data(lua.utf8)) else { print("serve: cannot write \(script)"); return }

    // Sample the server's resident memory once a second while wrk runs.
    let pid = server.processIdentifier
    let samples = RSSSamples()
    let sampler = Thread {
        while !samples.done { samples.add(residentKB(pid)); sleep(1) }
    }
    sampler.start()
    let output = runCapturing("/usr/bin/env", ["wrk", "-t2", "-c32", "-d\(seconds)s", "--latency", "-s", script, url + "v2/check"])
    samples.finish()
    guard let output else { print("serve: wrk is not installed (apt-get install wrk)"); return }
    print(output.split(separator: "\n").filter { $0.contains("Latency") || $0.contains("Requests/sec") || $0.contains("requests in") || $0.contains("99%") || $0.contains("50%") || $0.contains("Non-2xx") || $0.contains("Socket errors") }.map { "  wrk: " + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n"))
    let rss = samples.values.filter { $0 > 0 }
    if let first = rss.first, let last = rss.last, let peak = rss.max() {
        let quarters = [1, 2, 3].map { rss[min(rss.count - 1, rss.count * $0 / 4)] / 1024 }
        print("  server RSS: \(first / 1024) MB after 1 s; \(quarters.map(String.init).joined(separator: ", ")) MB at 1/4, 1/2, 3/4; \(last / 1024) MB at the end; peak \(peak / 1024) MB")
    }

    // The same check by spawning the command per release.
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("preelection-serve-bench.txt").path
    _ = FileManager.default.createFile(atPath: file, contents: Data(release.utf8))
    let spawnSeconds = 10.0
    let began = Date()
    var runs = 0
    while Date().timeIntervalSince(began) < spawnSeconds {
        _ = runCapturing(binary, ["check", file, "--date", "2027-04-20", "--country", "england", "--format", "json"], environment: ["PREELECTION_TODAY": "2027-04-20"])
        runs += 1
    }
    let rate = Double(runs) / Date().timeIntervalSince(began)
    print("  spawning `preelection check` per release, one at a time: \(String(format: "%.0f", rate)) checks/s (\(String(format: "%.1f", 1000 / rate)) ms each)")
}

/// A 2 KB press release in the 2027 English period: one councillor's quote, the rest factual.
func serveBenchRelease() -> String {
    var text = "New library opens in the town centre\n\nThe council's new library on Market Street opens to the public on Monday. "
    text += "“This is a great day for the town,” said Cllr Jane Doe, Cabinet Member for Culture.\n\n"
    let filler = "The library has 20,000 books, a children's area, study spaces and free Wi-Fi. Opening hours are 9am to 7pm on weekdays and 10am to 4pm on Saturdays. "
    while text.utf8.count < 1900 { text += filler }
    text += "\n\nFor more information contact the press office on 01234 567890."
    return text
}

/// Resident memory of a process in KB (VmRSS), or 0.
func residentKB(_ pid: Int32) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
    return 0
}

/// Runs a program and returns its standard output (nil when it could not start).
func runCapturing(_ path: String, _ arguments: [String], environment: [String: String] = [:]) -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    var data = Data()
    while true {
        let chunk = pipe.fileHandleForReading.availableData
        if chunk.isEmpty { break }
        data.append(chunk)
    }
    process.waitUntilExit()
    if path == "/usr/bin/env" && process.terminationStatus == 127 { return nil }
    return String(decoding: data, as: UTF8.self)
}

/// RSS samples collected on the sampler thread.
final class RSSSamples: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Int] = []
    private var stopped = false
    func add(_ kb: Int) { lock.withLock { list.append(kb) } }
    func finish() { lock.withLock { stopped = true } }
    var done: Bool { lock.withLock { stopped } }
    var values: [Int] { lock.withLock { list } }
}
