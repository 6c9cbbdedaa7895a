import ElectionCalendar

/// The polls a run is about and the periods they produce, resolved from the options every subcommand shares
/// (`--election`, `--country`, `--config`, `--calendars`, `--notice`, `--ge-start`, `--until`,
/// `--non-working-day`) or, with no poll named, from the scheduled polls in the calendar data.
public struct PollSelection: Sendable {
    /// Merged pre-election periods, sorted by start.
    public var periods: [PreElectionPeriod]
    /// The nation whose bank holidays apply, when known.
    public var nation: Nation?
    /// Days that are not working days for suggestions (weekends, bank holidays, declared days).
    public var nonWorkingDays: Set<CivilDate>
    /// The polls resolved, in the order given (or scheduled).
    public var elections: [any Election]
    /// The working-day calendars the periods were counted on.
    public var calendars: CalendarSet
    /// The calendar data in use (embedded, or from `--calendars`).
    public var data: CalendarData
    /// The council config, when one was given.
    public var config: CouncilConfig?
    /// The period choices in effect.
    public var options: PeriodOptions
    /// True when no poll was named and the scheduled polls were used.
    public var fromSchedule: Bool
    /// For scheduled polls: what each period is for ("Scottish council elections (all 32 councils)").
    public var descriptions: [PreElectionPeriod: String]
    /// Things the user should know that are not errors (e.g. a notice date later than the law allows).
    public var notices: [String]

    /// Options shared by `periods`, `timetable`, `on`, `check`, `events` and `warn`.
    public static let options: [OptionSpec] = [
        OptionSpec("election", .repeatable, String.self, valueName: "ID", help: "a Democracy Club election id, e.g. local.2027-05-06 (repeatable)"),
        OptionSpec("country", .single, Nation.self, help: "england, wales, scotland or northern-ireland"),
        OptionSpec("config", .single, valueName: "FILE", help: "council config file (JSON; or PREELECTION_CONFIG)"),
        OptionSpec("calendars", .single, valueName: "DIR", help: "newer calendar data (bank-holidays.json etc.; or PREELECTION_CALENDARS)"),
        OptionSpec("notice", .repeatable, NoticeDate.self, help: "the date the notice of election was actually published"),
        OptionSpec("ge-start", .single, PeriodOptions.GeneralElectionStart.self, help: "general-election start: dissolution (default), notice or a date"),
        OptionSpec("until", .single, PeriodOptions.End.self, help: "period end: poll (default), declaration or a date"),
        OptionSpec("non-working-day", .repeatable, CivilDate.self, help: "a day of public thanksgiving or mourning (repeatable)"),
    ]

    /// Resolves the selection. Named polls are always included; scheduled polls only when their period
    /// overlaps `from...to`. With `computePeriods` false (a timetable run) the periods list is left empty.
    public static func resolve(_ arguments: ParsedArguments, context: RunContext, from: CivilDate, to: CivilDate,
                               computePeriods: Bool = true) throws(CLIError) -> PollSelection {
        let config = try CouncilConfig.load(arguments, context: context)
        let configName = config?.path ?? "config"
        let flagCountry = arguments.value("country", as: Nation.self)
        let configCountry = try nation(config?.country, at: "\(configName): \"country\"")
        let country = flagCountry ?? configCountry
        let (data, dataWarnings) = try loadCalendarData(arguments, context: context)

        var ids = arguments.all("election")
        if ids.isEmpty { ids = config?.elections ?? [] }
        let resolver = PollResolver(councilNations: data.councilNations, country: country)

        // Which polls, and in which groups periods merge.
        var groups: [(elections: [any Election], description: String?)] = []
        if ids.isEmpty {
            for poll in data.scheduledPolls where country == nil || poll.nation == country {
                let local = PollResolver(councilNations: data.councilNations, country: poll.nation)
                var elections: [any Election] = []
                for id in poll.elections {
                    do throws(PollResolver.Failure) { elections.append(try local.election(id)) } catch {
                        throw CLIError("scheduled poll '\(id)' cannot be used: \(error.message)", at: CalendarData.scheduledPollsFile,
                                       hint: "fix the entry in Calendars/scheduled-polls.json or the --calendars copy")
                    }
                }
                groups.append((elections, "\(poll.nation.displayName): \(poll.description)"))
            }
        } else {
            var elections: [any Election] = []
            for id in ids {
                do throws(PollResolver.Failure) { elections.append(try resolver.election(id)) } catch {
                    throw CLIError(error.message, at: arguments.all("election").isEmpty ? "\(configName): \"elections\"" : "--election")
                }
            }
            groups.append((elections, nil))
        }
        let all = groups.flatMap(\.elections)

        let declared = try declaredDays(arguments, config: config, configName: configName)
        let years = all.map(\.pollDate.year)
        let span = ((years.min() ?? from.year) - 1)...((years.max() ?? to.year) + 1)
        let calendars = CalendarSet(holidays: data.holidays, years: min(span.lowerBound, from.year)...max(span.upperBound, to.year), declaredDays: declared)
        var messages: [String] = (config?.warnings ?? []) + dataWarnings
        let options = try periodOptions(arguments, config: config, configName: configName, elections: all, calendars: calendars, messages: &messages)
        if !ids.isEmpty { try checkPossible(options, arguments: arguments, configName: configName, elections: all, calendars: calendars) }

        var periods: [PreElectionPeriod] = []
        var descriptions: [PreElectionPeriod: String] = [:]
        for group in groups where computePeriods {
            let merged = PeriodPlanner.merge(group.elections.map { PeriodPlanner.period(for: $0, calendars: calendars, options: options) })
            for period in merged {
                if ids.isEmpty && !period.overlaps(from: from, to: to) { continue }
                periods.append(period)
                if let description = group.description { descriptions[period] = description }
            }
        }
        periods.sort { ($0.start, $0.end, $0.elections.first ?? "") < ($1.start, $1.end, $1.elections.first ?? "") }
        if !ids.isEmpty { periods = PeriodPlanner.merge(periods) }

        let nation = country ?? Set(all.compactMap(\.nation)).onlyElement
        let nonWorking = !computePeriods ? [] : nonWorkingDays(calendar: calendars[CalendarKind.standard(for: nation ?? .england)], from: from.adding(days: -60), to: to.adding(days: 400))
        return PollSelection(periods: periods, nation: nation, nonWorkingDays: nonWorking, elections: all, calendars: calendars, data: data,
                             config: config, options: options, fromSchedule: ids.isEmpty, descriptions: descriptions, notices: messages)
    }

    /// Plain words for the polls of a period, e.g. "the local elections on Thursday 7 May 2026", for digests
    /// and report headings.
    public static func describe(_ period: PreElectionPeriod) -> String {
        var byDate: [(CivilDate, [String])] = []
        for (index, id) in period.elections.enumerated() {
            guard let parsed = try? ElectionID(id) else { continue }
            let name = index < period.kinds.count ? period.kinds[index].displayName : "\(parsed.type.rawValue) elections"
            if let slot = byDate.firstIndex(where: { $0.0 == parsed.pollDate }) {
                if !byDate[slot].1.contains(name) { byDate[slot].1.append(name) }
            } else {
                byDate.append((parsed.pollDate, [name]))
            }
        }
        guard !byDate.isEmpty else { return "the polls ending on \(period.end.british)" }
        return byDate.sorted { $0.0 < $1.0 }.map { date, names in
            "the \(joinedList(names)) on \(date.british)"
        }.joined(separator: " and ")
    }

    /// `describe(_:)` plus the nation when the selection spans several (the scheduled polls of every UK
    /// nation, with no `--country`), so a digest never leaves a clerk guessing whose period it is.
    public func describe(_ period: PreElectionPeriod) -> String {
        let words = PollSelection.describe(period)
        guard spansNations, let nation = period.nation else { return words }
        return words + " in " + nation.displayName
    }

    /// True when the periods belong to more than one nation.
    public var spansNations: Bool { Set(periods.compactMap(\.nation)).count > 1 }

    /// "a", "a and b", "a, b and c".
    static func joinedList(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
    }

    /// Parses a nation name, or nil when `text` is nil.
    static func nation(_ text: String?, at location: String) throws(CLIError) -> Nation? {
        guard let text else { return nil }
        return try Nation.parse(text, at: location)
    }

    /// Parses a date (`YYYY-MM-DD` or `DD/MM/YYYY`), saying where it came from when it is wrong.
    public static func date(_ text: String, at location: String) throws(CLIError) -> CivilDate {
        try CivilDate.parse(text, at: location)
    }

    /// The calendar data: embedded, with any file found in `--calendars DIR` (or `PREELECTION_CALENDARS`) replacing
    /// its part; and warnings about bank-holiday dates in years the file does not list in full (not used).
    static func loadCalendarData(_ arguments: ParsedArguments, context: RunContext) throws(CLIError) -> (CalendarData, [String]) {
        guard let folder = arguments.value("calendars") ?? context.environment["PREELECTION_CALENDARS"], !folder.isEmpty else {
            return (CalendarData.embedded, [])
        }
        guard FileInput.isDirectory(folder, context: context) else {
            throw CLIError("is not a folder", at: folder, hint: "give the folder that holds bank-holidays.json (--calendars DIR)")
        }
        var files: [String: [UInt8]] = [:]
        for name in [CalendarData.bankHolidaysFile, CalendarData.scheduledPollsFile, CalendarData.councilNationsFile] {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            if FileInput.exists(path, context: context) { files[name] = try FileInput.bytes(path, context: context) }
        }
        guard !files.isEmpty else {
            throw CLIError("holds none of bank-holidays.json, scheduled-polls.json, council-nations.json", at: folder,
                           hint: "download https://www.gov.uk/bank-holidays.json into it")
        }
        do throws(CalendarDataError) {
            let data = try CalendarData.parse(files: files, base: CalendarData.embedded)
            guard files[CalendarData.bankHolidaysFile] != nil else { return (data, []) }
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + CalendarData.bankHolidaysFile
            return (data, bankHolidayWarnings(data.holidays, path: path))
        } catch {
            let location = (folder.hasSuffix("/") ? folder : folder + "/") + error.file + (error.line.map { ":\($0)" } ?? "")
            throw CLIError(error.message, at: location, hint: error.hint)
        }
    }

    /// One warning per division and year whose dates the file lists only in part: those dates are not used
    /// and the year's holidays are computed by rule. A year far from the years listed in full is probably a typing mistake.
    static func bankHolidayWarnings(_ holidays: HolidaySource, path: String) -> [String] {
        var warnings: [String] = []
        let divisions: [(Nation, String)] = [(.england, "england-and-wales"), (.scotland, "scotland"), (.northernIreland, "northern-ireland")]
        for (nation, division) in divisions {
            let ignored = holidays.ignored[nation] ?? []
            let years = Array(Set(ignored.map(\.date.year))).sorted()
            let covered = holidays.coverage[nation]
            let span = covered.map { "\($0.lowerBound)–\($0.upperBound)" } ?? "no year"
            for year in years {
                let dates = ignored.filter { $0.date.year == year }.map(\.date.iso).joined(separator: ", ")
                let far = covered.map { year < $0.lowerBound - 1 || year > $0.upperBound + 1 } ?? true
                var s = "warning: \(path): \(division) lists only part of \(year) (\(dates)), so \(year)'s bank holidays are computed by rule"
                s += far ? "; \(year) is far outside the years the file lists in full (\(span)) — check for a typing mistake"
                         : " (the file lists \(span) in full)"
                warnings.append(s)
            }
        }
        return warnings
    }

    static func declaredDays(_ arguments: ParsedArguments, config: CouncilConfig?, configName: String) throws(CLIError) -> Set<CivilDate> {
        var days = Set<CivilDate>()
        days.formUnion(arguments.all("non-working-day", as: CivilDate.self))
        for text in config?.nonWorkingDays ?? [] { days.insert(try date(text, at: "\(configName): \"non_working_days\"")) }
        return days
    }

    static func periodOptions(_ arguments: ParsedArguments, config: CouncilConfig?, configName: String, elections: [any Election],
                              calendars: CalendarSet, messages: inout [String]) throws(CLIError) -> PeriodOptions {
        var options = PeriodOptions()
        if let start = arguments.value("ge-start", as: PeriodOptions.GeneralElectionStart.self) {
            options.generalElectionStart = start
        } else if let text = config?.geStart {
            options.generalElectionStart = try PeriodOptions.GeneralElectionStart.parse(text, at: "\(configName): \"ge_start\"")
        }
        if let end = arguments.value("until", as: PeriodOptions.End.self) {
            options.end = end
        } else if let text = config?.until {
            options.end = try PeriodOptions.End.parse(text, at: "\(configName): \"until\"")
        }
        let ids = elections.map(\.id.raw)
        var notices: [(id: String?, day: CivilDate, location: String)] = []
        for (id, text) in config?.notices ?? [:] { notices.append((id.lowercased(), try date(text, at: "\(configName): \"notices\""), "\(configName): \"notices\"")) }
        for notice in arguments.all("notice", as: NoticeDate.self) { notices.append((notice.election, notice.date, "--notice")) }
        for notice in notices {
            let day = notice.day
            let targets: [String]
            if let id = notice.id {
                guard ids.contains(id) else {
                    throw CLIError("no poll '\(id)' is selected", at: notice.location, hint: "name it with --election too, or use one of: \(ids.joined(separator: ", "))")
                }
                targets = [id]
            } else {
                guard ids.count == 1 else {
                    throw CLIError("say which poll the notice date is for", at: notice.location,
                                   hint: "write --notice ID=DATE, e.g. --notice \(ids.first ?? "local.2027-05-06")=\(day.iso)")
                }
                targets = ids
            }
            for id in targets {
                guard let election = elections.first(where: { $0.id.raw == id }) else { continue }
                guard day <= election.pollDate else {
                    throw CLIError("the notice date \(day.british) is after polling day \(election.pollDate.british)", at: notice.location, hint: "check the date")
                }
                if let latest = election.timetable(in: calendars)[.noticeOfElectionDeadline], day > latest {
                    messages.append("note: the notice for \(id) on \(day.british) is later than the latest date the law allows (\(latest.british)); the period starts on the date you gave")
                }
                options.notices[id] = day
            }
        }
        return options
    }

    /// A general-election start after polling day, or a period end before the period starts, describes no
    /// period at all (checked for the polls named, not for every scheduled one): an input error rather than a silently clamped period.
    static func checkPossible(_ options: PeriodOptions, arguments: ParsedArguments, configName: String, elections: [any Election],
                              calendars: CalendarSet) throws(CLIError) {
        if case .date(let start) = options.generalElectionStart {
            for election in elections where election.kind == .ukParliamentGeneral && start > election.pollDate {
                throw CLIError("the general-election start \(start.british) is after polling day \(election.pollDate.british) (\(election.id.raw))",
                               at: arguments.value("ge-start") != nil ? "--ge-start" : "\(configName): \"ge_start\"",
                               hint: "give a date on or before polling day, or use dissolution or notice")
            }
        }
        if case .date(let end) = options.end {
            for election in elections {
                let start = PeriodPlanner.period(for: election, calendars: calendars, options: options).start
                guard end < start else { continue }
                throw CLIError("the period end \(end.british) is before the period for \(election.id.raw) starts (\(start.british))",
                               at: arguments.value("until") != nil ? "--until" : "\(configName): \"until\"",
                               hint: "give a date on or after \(start.iso), or use poll or declaration")
            }
        }
    }

    /// Weekends, bank holidays and declared days between `from` and `to`, for suggesting other dates.
    static func nonWorkingDays(calendar: WorkingDayCalendar, from: CivilDate, to: CivilDate) -> Set<CivilDate> {
        var days = Set<CivilDate>()
        var day = from
        while day <= to {
            if !calendar.isWorkingDay(day) { days.insert(day) }
            day = day.adding(days: 1)
        }
        return days
    }
}

extension Set {
    /// The element of a one-element set, else nil.
    var onlyElement: Element? { count == 1 ? first : nil }
}
