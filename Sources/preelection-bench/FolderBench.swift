import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `preelection-bench folder`: a council checks a whole drafts folder in one call, so the end-to-end speed of
/// `preelection check FOLDER` (start-up, reading, checking and the report) is what a user waits for.
/// Writes 2,000 generated releases (clean, and with about ten findings each), plus 2,000 copies of the
/// labelled corpus when it is there, and times the release binary on each as a subprocess.
///
/// Options: `--runs N` (default 15), `--format text|json|html`, `--bin PATH` (default: `preelection` next to
/// this binary, or `PREELECTION_BIN`), `--compare PATH` (a second binary, run alternately with the first),
/// `--dir DIR` (write the folders there and keep them; default a temporary folder, removed afterwards).
func benchFolder() {
    let arguments = CommandLine.arguments
    /// The value after `name` on the command line, if any.
    func option(_ name: String) -> String? {
        guard let i = arguments.firstIndex(of: name), i + 1 < arguments.count else { return nil }
        return arguments[i + 1]
    }
    let runs = max(1, Int(option("--runs") ?? "") ?? 15)
    let format = option("--format") ?? "text"
    let ownFolder = URL(fileURLWithPath: arguments[0]).deletingLastPathComponent().path
    let binary = option("--bin") ?? ProcessInfo.processInfo.environment["PREELECTION_BIN"] ?? ownFolder + "/preelection"
    let binaries = [binary] + (option("--compare").map { [$0] } ?? [])
    for path in binaries where !FileManager.default.isExecutableFile(atPath: path) {
        print("folder: no binary at \(path): build it with 'swift build -c release --product preelection'")
        return
    }
    let keep = option("--dir")
    let root = keep ?? NSTemporaryDirectory() + "preelection-folder-bench-\(getpid())"
    defer { if keep == nil { try? FileManager.default.removeItem(atPath: root) } }
    var folders: [(name: String, path: String, bytes: Int, files: Int)] = []
    do {
        for (name, make) in [("clean", FolderBenchReleases.clean), ("findings", FolderBenchReleases.withFindings)] {
            let path = root + "/" + name
            let bytes = try FolderBenchReleases.write(count: 2000, into: path, make)
            folders.append((name, path, bytes, 2000))
        }
        let corpus = "Tests/ReleaseCheckerTests/Corpus"
        if let names = try? FileManager.default.contentsOfDirectory(atPath: corpus) {
            let sources = names.filter { $0.hasSuffix(".txt") }.sorted()
            if !sources.isEmpty {
                let path = root + "/corpus"
                let texts = try sources.map { try String(contentsOfFile: corpus + "/" + $0, encoding: .utf8) }
                let bytes = try FolderBenchReleases.write(count: 2000, into: path) { n in texts[n % texts.count] }
                folders.append(("corpus", path, bytes, 2000))
            }
        }
    } catch {
        print("folder: cannot write the releases under \(root): \(error)")
        return
    }
    let checkArguments = ["--election", "local.2027-05-06", "--country", "england", "--format", format]
    print("folder: `preelection check FOLDER \(checkArguments.joined(separator: " "))`, \(runs) runs each, stdout to /dev/null; \(binaries.joined(separator: " vs "))")
    for folder in folders {
        var samples = Array(repeating: [FolderRun](), count: binaries.count)
        for _ in 0..<runs {
            // Alternate the binaries so that both see the same load on a shared machine.
            for (b, path) in binaries.enumerated() {
                guard let run = FolderRun.spawn(path, ["check", folder.path] + checkArguments) else {
                    print("folder: \(path) could not be started")
                    return
                }
                samples[b].append(run)
            }
        }
        for (b, path) in binaries.enumerated() {
            let s = samples[b]
            let walls = s.map(\.wall).sorted(), cpus = s.map(\.cpu).sorted()
            let mb = Double(folder.bytes) / 1e6
            let label = binaries.count > 1 ? " [\(b == 0 ? "new" : "old") \(path)]" : ""
            print(String(format: "folder %@: %d files, %.2f MB: wall min %.1f ms (%.1f MB/s), median %.1f ms (%.1f MB/s); CPU min %.1f ms, median %.1f ms; peak RSS %d MB; exit %d%@",
                         folder.name, folder.files, mb, walls[0] * 1000, mb / walls[0], median(walls) * 1000, mb / median(walls),
                         cpus[0] * 1000, median(cpus) * 1000, (s.map(\.peakKB).max() ?? 0) / 1024, s[0].status, label))
        }
    }
}

/// The middle of sorted `values` (the mean of the two middle ones for an even count).
func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let mid = values.count / 2
    return values.count % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2
}

/// One timed run of a subprocess: wall-clock seconds, CPU seconds (user + system, from `wait4`), peak
/// resident memory and exit status.
struct FolderRun {
    var wall: Double
    var cpu: Double
    var peakKB: Int
    var status: Int32

    /// Runs `path` with `arguments`, standard output and error to /dev/null, and waits for it.
    static func spawn(_ path: String, _ arguments: [String]) -> FolderRun? {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        /// A `timeval` in seconds.
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return FolderRun(wall: wall, cpu: seconds(usage.ru_utime) + seconds(usage.ru_stime), peakKB: Int(usage.ru_maxrss),
                         status: (status >> 8) & 0xFF)
    }
}

/// Deterministic generated releases for the folder benchmark: the same seed gives the same bytes on every
/// machine, so runs before and after a change check identical folders.
enum FolderBenchReleases {
    /// Writes `count` releases `release-0000.txt`… into `folder` (replacing it) and returns their total size.
    static func write(count: Int, into folder: String, _ make: (Int) -> String) throws -> Int {
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var total = 0
        for n in 0..<count {
            let text = make(n)
            total += text.utf8.count
            try text.write(toFile: folder + "/" + String(format: "release-%04d.txt", n), atomically: false, encoding: .utf8)
        }
        return total
    }

    /// SplitMix64: a tiny, well-mixed generator, so the text varies from file to file but never from run to run.
    struct Generator {
        /// The generator's state; the seed is its first value.
        var state: UInt64
        /// The next 64 random bits.
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        /// One element of `list`, chosen at random.
        mutating func pick(_ list: [String]) -> String { list[Int(next() % UInt64(list.count))] }
        /// A number in `range`, chosen at random.
        mutating func number(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    }

    // Word lists the generated releases draw from (invented places, people and roles).
    static let towns = ["Ashford Vale", "Brinkley", "Castlemere", "Dunholt", "Elmbridge Cross", "Fenwick", "Greyhaven", "Holmsworth",
                        "Ironbridge Park", "Kestrel Down", "Longmere", "Marston Heath", "Northby", "Oakhurst", "Pendleford", "Queensgate"]
    static let streets = ["Mill Road", "Station Street", "Church Lane", "Victoria Avenue", "Market Place", "Harbour Road", "Park Drive",
                          "Castle Street", "Bridge End", "Orchard Way", "Windmill Hill", "Kingsway"]
    static let facilities = ["library", "leisure centre", "community hub", "family centre", "recycling centre", "sports pavilion",
                             "youth club", "health centre", "museum", "visitor centre"]
    static let first = ["Amira", "Ben", "Chloe", "Dev", "Eleanor", "Farid", "Grace", "Harvey", "Isla", "Jonah", "Keira", "Liam", "Maya",
                        "Nathan", "Olivia", "Priyesh", "Rosa", "Samuel", "Tara", "Umar"]
    static let last = ["Ashworth", "Bellamy", "Carver", "Denholm", "Ellery", "Fairbairn", "Gosling", "Hartley", "Ingram", "Jessop",
                       "Kendrick", "Lomax", "Merriman", "Norbury", "Oldroyd", "Pemberton", "Quayle", "Rushton", "Sowerby", "Thackray"]
    static let officerRoles = ["Head of Libraries", "Service Manager for Leisure", "Director of Place", "Head of Waste Services",
                               "Highways Manager", "Head of Housing", "Community Safety Manager", "Parks Development Officer"]
    static let portfolios = ["Leisure and Culture", "Housing", "Environment", "Highways and Transport", "Children's Services",
                             "Communities", "Finance", "Adult Social Care"]
    static let parties = ["Labour", "Conservative", "Liberal Democrat", "Green", "Reform UK"]
    static let months = ["May", "June", "July", "August", "September", "October"]
    static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    /// A clean release of about 2.1 KB: facts, dates, officer quotes and service information, no member or party.
    static func clean(_ n: Int) -> String {
        var g = Generator(state: 0x5EED_0000 &+ UInt64(n))
        let town = g.pick(towns), street = g.pick(streets), facility = g.pick(facilities)
        let officer = "\(g.pick(first)) \(g.pick(last))", role = g.pick(officerRoles)
        let officer2 = "\(g.pick(first)) \(g.pick(last))", role2 = g.pick(officerRoles)
        let cost = g.number(2...48), visitors = g.number(12...95), month = g.pick(months), day = g.pick(weekdays)
        var text = "FOR IMMEDIATE RELEASE – 14 April 2027\n\n"
        text += "New \(facility) for \(town) opens on \(street) in \(month)\n\n"
        text += "The new \(facility) on \(street) in \(town) will open to the public in \(month), after a £\(cost).\(g.number(1...9))m building programme "
        text += "funded by the council's capital programme and a grant of £\(g.number(100...900)),000. It replaces the old building, which was more than \(g.number(40...90)) years old "
        text += "and no longer met accessibility standards.\n\n"
        text += "The building has step-free access throughout, a changing places toilet, \(g.number(20...80)) cycle parking spaces and \(g.number(4...16)) electric vehicle charging points. "
        text += "Opening hours will be 9am to \(g.number(5...8))pm on weekdays and 10am to 4pm on Saturdays. Around \(visitors),000 visits a year are expected.\n\n"
        text += "\(officer), \(role), said: \"We have worked closely with local groups, schools and residents to design a building that works for everyone. "
        text += "The old site will stay open until the \(day) before the new one opens, so nobody loses a service in between.\"\n\n"
        text += "During the final fit-out, the pavement on the north side of \(street) will be closed for \(g.number(2...6)) weeks. A signed diversion will be in place and "
        text += "bus stops will move temporarily to \(g.pick(streets)). Contractors will not start work before 8am on weekdays.\n\n"
        text += "\"Residents can already book rooms and activities online, and the first \(g.number(100...500)) members get a free welcome pack,\" said \(officer2), \(role2). "
        text += "\"Our staff are happy to help anyone who would rather book by phone or in person.\"\n\n"
        text += "The \(facility) will also host a weekly advice session run with the Citizens Advice service, a job club on \(day) mornings and "
        text += "a programme of free activities for children during the school holidays. Rooms can be hired by local groups at a reduced rate, "
        text += "and a community fridge will take surplus food from \(g.number(3...12)) local shops.\n\n"
        text += "Parking will be free for the first \(g.number(1...3)) hours, with \(g.number(4...12)) spaces for blue badge holders close to the main entrance. "
        text += "Buses \(g.number(1...99)) and \(g.number(100...199)) stop outside, and a new crossing will be installed on \(street) before the opening day.\n\n"
        text += "Notes to editors\n1. Photographs of the building are available on request.\n"
        text += "2. Media enquiries: press@\(town.lowercased().replacingOccurrences(of: " ", with: "")).gov.uk, 01632 \(g.number(100_000...999_999)).\n\nENDS\n"
        return text
    }

    /// A release of about 1.8 KB with about ten findings: member quotes, member references, party references,
    /// electioneering and a member photo caption.
    static func withFindings(_ n: Int) -> String {
        var g = Generator(state: 0xF1D0_0000 &+ UInt64(n))
        let town = g.pick(towns), street = g.pick(streets), facility = g.pick(facilities)
        let member = "\(g.pick(first)) \(g.pick(last))", portfolio = g.pick(portfolios)
        let member2 = "\(g.pick(first)) \(g.pick(last))", member3 = "\(g.pick(first)) \(g.pick(last))"
        let party = g.pick(parties), other = g.pick(parties)
        let officer = "\(g.pick(first)) \(g.pick(last))", role = g.pick(officerRoles)
        var text = "FOR IMMEDIATE RELEASE – 14 April 2027\n\n"
        text += "\(town) \(facility) plan approved\n\n"
        text += "The council's Cabinet has approved a £\(g.number(2...30))m \(facility) on \(street), \(town), with building work starting in \(g.pick(months)).\n\n"
        text += "Councillor \(member), Cabinet Member for \(portfolio), said: \"This is a fantastic result for \(town) and shows what this administration delivers.\"\n\n"
        text += "\"We promised a new \(facility) and we have kept that promise,\" she added.\n\n"
        text += "The \(party)-led administration first proposed the scheme in 20\(g.number(19...25)). The \(other) group asked for more money for \(g.pick(facilities))s.\n\n"
        text += "Cllr \(member2) welcomed the decision and thanked residents for taking part in the consultation.\n\n"
        text += "Vote \(party) on 6 May to keep \(town) moving forward.\n\n"
        text += "\(officer), \(role), said: \"Local groups helped us shape the design, and the old building stays open until the new one is ready.\"\n\n"
        text += "Cllr \(member3), ward councillor for \(town) \(g.pick(["North", "South", "East", "West", "Central"])), said: \"Families here have waited "
        text += "\(g.number(5...20)) years for this.\"\n\n"
        text += "The building will have step-free access, a changing places toilet and \(g.number(20...80)) cycle parking spaces. Opening hours will be 9am to "
        text += "\(g.number(5...8))pm on weekdays and 10am to 4pm on Saturdays, and rooms can be hired by local groups at a reduced rate.\n\n"
        text += "During construction the pavement on one side of \(street) will be closed for \(g.number(2...6)) weeks, with a signed diversion, "
        text += "and contractors will not start work before 8am on weekdays or 9am on Saturdays.\n\n"
        text += "Pictured: Cllr \(member) and Cllr \(member2) at the \(street) site.\n\n"
        text += "Notes to editors\n1. The Cabinet report is on the council's website.\n2. Media enquiries: 01632 \(g.number(100_000...999_999)).\n\nENDS\n"
        return text
    }
}
