import Foundation
import ElectionCalendar
import EventScheduler
import FileFormats

/// Scheduler benchmark: a generated 10,000-event Outlook-style .ics — one event in ten recurring
/// (weekly, monthly by weekday with exceptions, daily with COUNT), some with moved occurrences — read and
/// checked against two years of periods in-process, then the release `preelection events` run end to end.
func benchScheduler() {
    let text = schedulerCalendar(events: 10_000)
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("preelection-bench-10000-events.ics").path
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    let from = CivilDate(year: 2026, month: 1, day: 1)!  // safe: a real date
    let to = CivilDate(year: 2027, month: 12, day: 31)!  // safe: a real date
    let periods = [
        PreElectionPeriod(start: CivilDate(year: 2026, month: 3, day: 30)!, end: CivilDate(year: 2026, month: 5, day: 7)!,  // safe: real dates
                          elections: ["local.2026-05-07"], basis: "bench"),
        PreElectionPeriod(start: CivilDate(year: 2027, month: 3, day: 31)!, end: CivilDate(year: 2027, month: 5, day: 6)!,  // safe: real dates
                          elections: ["local.2027-05-06"], basis: "bench"),
    ]
    var occurrences = 0, conflicts = 0, reviews = 0
    let parse = bestSeconds {
        occurrences = ((try? EventFile.read(text, name: "big.ics", from: from, to: to))?.occurrences.count) ?? 0
    }
    let both = bestSeconds {
        guard let file = try? EventFile.read(text, name: "big.ics", from: from, to: to) else { return }
        let checked = ConflictChecker(periods: periods, nonWorkingDays: []).check(file.occurrences)
        conflicts = checked.filter { $0.status == .conflict }.count
        reviews = checked.filter { $0.status == .review }.count
    }
    print("Scheduler: \(text.utf8.count / 1024) KiB .ics, 10000 events -> \(occurrences) occurrences in 2026-2027, \(conflicts) conflicts, \(reviews) to check by hand")
    print(String(format: "Scheduler: parse+expand %.3f s, parse+expand+check %.3f s (best of 5, in-process)", parse, both))

    // End to end: the release binary beside this one, as a user runs it.
    let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("preelection").path
    guard FileManager.default.isExecutableFile(atPath: binary) else {
        print("Scheduler: build the release binary (swift build -c release) to time 'preelection events \(path)' end to end")
        return
    }
    let wall = bestSeconds {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["events", path, "--country", "england", "--election", "local.2026-05-07", "--election", "local.2027-05-06",
                             "--from", "2026-01-01", "--to", "2027-12-31"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
            // Exit 1 (conflicts found) is the expected result; anything else means the run did not check.
            if process.terminationStatus != 1 { print("Scheduler: 'preelection events' exited \(process.terminationStatus), not 1") }
        } catch {
            print("Scheduler: could not run \(binary): \(error)")
        }
    }
    print(String(format: "Scheduler: 'preelection events big.ics' end to end %.3f s wall (best of 5, release)", wall))
}

/// An Outlook-shaped calendar with `events` VEVENTs over 2026–2027, CRLF, folded descriptions, VALARMs.
func schedulerCalendar(events: Int) -> String {
    let titles = [
        "Planning Committee", "Opening of the new play area", "Library story time", "Cabinet", "Launch of the cycling strategy",
        "Mayor's visit to Northgate School", "Coffee morning for carers", "Licensing Sub-Committee", "Consultation drop-in: bus routes",
        "Craft workshop", "Photo call: new gritters", "Scrutiny Committee", "Tea dance", "Cllr surgery", "Museum late",
    ]
    var s = "BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:PUBLISH\r\n"
    s += "BEGIN:VTIMEZONE\r\nTZID:GMT Standard Time\r\nBEGIN:STANDARD\r\nDTSTART:16011028T020000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\n"
    s += "TZOFFSETFROM:+0100\r\nTZOFFSETTO:-0000\r\nEND:STANDARD\r\nBEGIN:DAYLIGHT\r\nDTSTART:16010325T010000\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\n"
    s += "TZOFFSETFROM:-0000\r\nTZOFFSETTO:+0100\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
    let base = CivilDate(year: 2026, month: 1, day: 1)!  // safe: a real date
    func stamp(_ date: CivilDate, _ hour: Int) -> String {
        date.iso.replacingOccurrences(of: "-", with: "") + "T" + (hour < 10 ? "0" : "") + String(hour) + "0000"
    }
    for i in 0..<events {
        let day = base.adding(days: (i * 37) % 720)
        let hour = 9 + i % 10
        let title = titles[i % titles.count]
        s += "BEGIN:VEVENT\r\nCLASS:PUBLIC\r\nCREATED:20251201T093000Z\r\n"
        s += "DESCRIPTION:Event \(i) organised by the communications team. Contact events@exampleton.gov.uk f\r\n or details\\, access and parking.\r\n"
        s += "DTEND;TZID=\"GMT Standard Time\":\(stamp(day, hour + 1))\r\nDTSTAMP:20260201T090012Z\r\n"
        s += "DTSTART;TZID=\"GMT Standard Time\":\(stamp(day, hour))\r\nLOCATION:Room \(i % 12)\\, Civic Centre\r\n"
        switch i % 30 {
        case 0: s += "RRULE:FREQ=WEEKLY;BYDAY=\(["MO", "TU", "WE", "TH", "FR"][i % 5])\r\n"
        case 10: s += "RRULE:FREQ=MONTHLY;BYDAY=2TH;UNTIL=20271231T235959Z\r\nEXDATE;TZID=\"GMT Standard Time\":\(stamp(day.adding(days: 28), hour))\r\n"
        case 20: s += "RRULE:FREQ=DAILY;COUNT=5\r\n"
        default: break
        }
        s += "SEQUENCE:0\r\nSUMMARY;LANGUAGE=en-gb:\(title)\r\nTRANSP:OPAQUE\r\nUID:bench-\(i)@exampleton.gov.uk\r\n"
        s += "X-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\nBEGIN:VALARM\r\nTRIGGER:-PT15M\r\nACTION:DISPLAY\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\nEND:VEVENT\r\n"
        if i % 30 == 0 {
            s += "BEGIN:VEVENT\r\nUID:bench-\(i)@exampleton.gov.uk\r\nRECURRENCE-ID;TZID=\"GMT Standard Time\":\(stamp(day.adding(days: 7), hour))\r\n"
            s += "DTSTART;TZID=\"GMT Standard Time\":\(stamp(day.adding(days: 8), hour))\r\nSUMMARY:\(title) (moved)\r\nEND:VEVENT\r\n"
        }
    }
    return s + "END:VCALENDAR\r\n"
}
