// swift-tools-version:6.0
// PreElection: pre-election period calendar, press-release checker and event scheduler for UK councils.
// Design card: packages none — Foundation, the toolchain's XCTest and system zlib only.
import PackageDescription

let package = Package(
    name: "PreElection",
    products: [
        .executable(name: "preelection", targets: ["preelection"]),
        .library(name: "ElectionCalendar", targets: ["ElectionCalendar"]),
        .library(name: "ReleaseChecker", targets: ["ReleaseChecker"]),
        .library(name: "EventScheduler", targets: ["EventScheduler"]),
    ],
    targets: [
        // Pure domain libraries: value types, no I/O, no global state.
        // Calendar-free value types (the civil date) shared by the calendar and the file readers.
        .target(name: "CivilTime"),
        .target(name: "ElectionCalendar", dependencies: ["CivilTime"]),
        .target(name: "ReleaseChecker", dependencies: ["ElectionCalendar"]),
        .target(name: "EventScheduler", dependencies: ["ElectionCalendar", "FileFormats"]),
        // Hand-written readers for the formats councils hand us (RFC 4180 CSV, RFC 5545 iCalendar,
        // ZIP/DOCX, HTML text, text encodings). Pure: bytes in, values out.
        .target(name: "FileFormats", dependencies: ["CZlib", "CivilTime"]),
        // zlib is on every machine; linked as a system library, not a package.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // HTTP/1.1 on the platform's sockets for `preelection serve` (Foundation has no server on Linux); POSIX threads
        // and Dispatch only, no Foundation.
        .target(name: "HTTPServer"),
        // The thin shell: argument parsing, file reading, output formats, exit codes.
        .target(name: "PreElectionCLI", dependencies: ["ElectionCalendar", "ReleaseChecker", "EventScheduler", "FileFormats", "HTTPServer"]),
        .executableTarget(name: "preelection", dependencies: ["PreElectionCLI", "FileFormats"]),
        .executableTarget(name: "preelection-bench", dependencies: ["PreElectionCLI", "ElectionCalendar", "ReleaseChecker", "EventScheduler", "FileFormats"]),
        // Regenerates Sources/ElectionCalendar/EmbeddedCalendars.swift from Calendars/.
        .executableTarget(name: "embed-calendars", dependencies: ["ElectionCalendar"]),
        .testTarget(name: "CivilTimeTests", dependencies: ["CivilTime"]),
        .testTarget(name: "ElectionCalendarTests", dependencies: ["ElectionCalendar"], exclude: ["Fixtures"]),
        .testTarget(name: "ReleaseCheckerTests", dependencies: ["ReleaseChecker", "FileFormats"], exclude: ["Corpus", "HeldOut", "HeldOutThird", "HeldOutFourth", "HeldOutFifth", "HeldOutSixth", "HeldOutSeventh", "HeldOutEighth", "HeldOutNinth", "HeldOutTenth", "HeldOutEleventh", "HeldOutTwelfth", "HeldOutThirteenth", "HeldOutFourteenth", "HeldOutFifteenth", "HeldOutSixteenth", "HeldOutSeventeenth", "HeldOutEighteenth", "HeldOutNineteenth", "HeldOutTwentieth", "HeldOutTwentyFirst", "HeldOutTwentySecond", "HeldOutTwentyThird", "HeldOutTwentyFourth", "HeldOutTwentyFifth", "HeldOutTwentySixth", "HeldOutTwentySeventh", "HeldOutTwentyEighth", "HeldOutTwentyNinth", "HeldOutThirtieth", "HeldOutThirtyFirst", "HeldOutThirtySecond", "HeldOutThirtyThird", "HeldOutThirtyFourth", "HeldOutThirtyFifth", "HeldOutThirtySixth", "HeldOutThirtySeventh", "LABELLING.md"]),
        .testTarget(name: "EventSchedulerTests", dependencies: ["EventScheduler", "FileFormats"], exclude: ["Fixtures"]),
        .testTarget(name: "FileFormatsTests", dependencies: ["FileFormats", "CivilTime"]),
        .testTarget(name: "PreElectionCLITests", dependencies: ["PreElectionCLI"]),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer"]),
    ],
    swiftLanguageModes: [.v6]
)
