import Foundation
import ElectionCalendar
import FileFormats

/// `preelection periods`: the pre-election periods of a year or date range, from the council's polls or the
/// scheduled ones, as text for people, JSON for tools or an iCalendar file to import into Outlook or Google.
enum PeriodsCommand: Subcommand {
    static let spec = CommandSpec(
        name: "periods",
        summary: "pre-election periods for a year or date range",
        options: [
            OptionSpec("year", .single, Year.self, help: "a calendar year, e.g. 2027 (instead of --from/--to)"),
            OptionSpec("from", .single, CivilDate.self, help: "first day of the range (YYYY-MM-DD or DD/MM/YYYY)"),
            OptionSpec("to", .single, CivilDate.self, help: "last day of the range (YYYY-MM-DD or DD/MM/YYYY)"),
            .format([.text, .json, .ics]),
            OptionSpec("output", .single, valueName: "FILE", help: "write to FILE (atomically) instead of standard output"),
        ] + PollSelection.options,
        discussion: """
        The scheduled polls in the calendar data are used (all four nations, or the council's), and beyond the
        data the polls expected by statutory cycle. Polls named with --election or the config are added to them;
        --only lists the named polls alone. Mayor of London and GLA periods are marked "London only" unless the
        council is in London (--london, a London council in the config or an id).
        Examples:
          preelection periods --year 2027 --country wales
          preelection periods --election local.2027-05-06 --country england --format ics --output periods.ics
        """)

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        let range = try dateRange(arguments, today: context.today)
        let format = arguments.format()
        let selection = try PollSelection.resolve(arguments, context: context, from: range.from, to: range.to, listLondonOnly: true)
        for note in selection.notices { output.stderr += "preelection: \(note)\n" }
        let text: String
        switch format {
        case .json: text = json(selection).rendered()
        case .ics: text = ics(selection, today: context.today)
        default: text = plain(selection, range: range, today: context.today, explicitRange: arguments.value("year") != nil || arguments.value("from") != nil)
        }
        if let path = arguments.value("output") {
            try FileInput.writeOutput(text, to: path, inputs: [arguments.value("config")].compactMap { $0 }, context: context)
            output.stderr += "wrote \(selection.periods.count) period\(selection.periods.count == 1 ? "" : "s") to \(path)\n"
        } else {
            output.stdout += text
        }
        return ExitStatus.ok
    }

    /// `--year`, or `--from`/`--to`, or (default) today and the next two years.
    static func dateRange(_ arguments: ParsedArguments, today: CivilDate) throws(CLIError) -> (from: CivilDate, to: CivilDate) {
        if let year = arguments.value("year", as: Year.self) {
            guard arguments.value("from") == nil, arguments.value("to") == nil else {
                throw CLIError("give either --year or --from/--to, not both", at: "--year", hint: "e.g. --year 2027")
            }
            guard let from = CivilDate(year: year.value, month: 1, day: 1), let to = CivilDate(year: year.value, month: 12, day: 31) else {
                throw CLIError("year \(year.value) is outside 1900–2200", at: "--year", hint: "choose a year between 1900 and 2200")
            }
            return (from, to)
        }
        let from = arguments.value("from", as: CivilDate.self) ?? today
        let to = arguments.value("to", as: CivilDate.self) ?? from.adding(days: 730)
        guard from <= to else {
            throw CLIError("--from \(from.iso) is after --to \(to.iso)", at: "--from", hint: "swap the two dates")
        }
        return (from, to)
    }

    static func plain(_ selection: PollSelection, range: (from: CivilDate, to: CivilDate), today: CivilDate, explicitRange: Bool) -> String {
        var s = "Pre-election periods"
        if selection.fromSchedule || explicitRange { s += ", \(range.from.britishShort) to \(range.to.britishShort)" }
        if selection.fromSchedule {
            s += " — scheduled polls, \(selection.nation?.displayName ?? "all UK nations")"
        }
        s += "\n" + selection.header + "\n"
        if selection.periods.isEmpty {
            s += "No pre-election period falls in this range.\n"
            if selection.fromSchedule {
                s += "Only ordinary polling days are scheduled; add by-elections or a general election with --election ID.\n"
            }
            return s
        }
        for period in selection.periods {
            s += PeriodText.block(period, description: selection.descriptions[period], today: today,
                                  londonOnly: selection.londonOnly.contains(period), expected: selection.expected.contains(period)) + "\n"
        }
        s += "Restrictions apply from the first day to the last, both included (Code of Recommended Practice on Local Authority Publicity, para 34).\n"
        if selection.periods.contains(where: { $0.basis.contains("latest date") }) {
            s += "A period starts earlier if the notice of election is published earlier: give the actual date with --notice.\n"
        }
        return s
    }

    static func periodJSON(_ period: PreElectionPeriod, description: String?, selection: PollSelection? = nil) -> JSONValue {
        .object([
            ("start", .string(period.start.iso)),
            ("end", .string(period.end.iso)),
            ("elections", .array(period.elections.map { .string($0) })),
            ("basis", .string(period.basis)),
            ("country", .optional(period.nation?.rawValue)),
            ("kinds", .array(period.kinds.map { .string($0.rawValue) })),
            ("description", .string(description ?? PollSelection.describe(period))),
            ("days", .number(period.length)),
            ("source", .string(selection?.expected.contains(period) == true ? "projected" : "data")),
            ("london_only", .bool(selection?.londonOnly.contains(period) == true)),
        ])
    }

    static func json(_ selection: PollSelection) -> JSONValue {
        .object([
            ("polls_checked", selection.pollsCheckedJSON),
            ("notices", selection.noticesJSON),
            ("periods", .array(selection.periods.map { periodJSON($0, description: selection.descriptions[$0], selection: selection) })),
        ])
    }

    static func ics(_ selection: PollSelection, today: CivilDate) -> String {
        let events = selection.periods.map { period in
            let what = PollSelection.describe(period)
            var place = period.nation.map { " (\($0.displayName))" } ?? ""
            if selection.londonOnly.contains(period) { place += " — London only" }
            if selection.expected.contains(period) { place += " — expected" }
            return ICalendarWriter.Event(
                uid: "preelection-\(period.start.iso)-\(period.end.iso)-\(stableHash(period.elections.joined(separator: ",")))@preelection",
                startDate: compact(period.start),
                endDateExclusive: compact(period.end.adding(days: 1)),
                summary: "Pre-election period: \(what)\(place)",
                description: (selection.descriptions[period].map { $0 + "\n" } ?? "") + "Polls: \(period.elections.joined(separator: ", "))\nBasis: \(period.basis)",
                categories: ["Pre-election period"])
        }
        return ICalendarWriter(name: "Pre-election periods", stamp: compact(today) + "T000000Z", events: events).render()
    }

    /// `YYYYMMDD`, the RFC 5545 DATE form.
    static func compact(_ date: CivilDate) -> String { date.iso.replacingOccurrences(of: "-", with: "") }

    /// FNV-1a, 64-bit, in hex: the same polls give the same UID on every run and machine.
    static func stableHash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
