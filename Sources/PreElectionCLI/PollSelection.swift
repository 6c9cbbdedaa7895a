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
        OptionSpec("election", .repeatable, valueName: "ID", help: "a Democracy Club election id, e.g. local.2027-05-06 (repeatable)"),
        OptionSpec("country", .single, valueName: "C", help: "england, wales, scotland or northern-ireland"),
        OptionSpec("config", .single, valueName: "FILE", help: "council config file (JSON; or PREELECTION_CONFIG)"),
        OptionSpec("calendars", .single, valueName: "DIR", help: "newer calendar data (bank-holidays.json etc.; or PREELECTION_CALENDARS)"),
        OptionSpec("notice", .repeatable, valueName: "[ID=]DATE", help: "the date the notice of election was actually published"),
        OptionSpec("ge-start", .single, valueName: "WHEN", help: "general-election start: dissolution (default), notice or a date"),
        OptionSpec("until", .single, valueName: "END", help: "period end: poll (default), declaration or a date"),
        OptionSpec("non-working-day", .repeatable, valueName: "DATE", help: "a day of public thanksgiving or mourning (repeatable)"),
    ]

    /// Resolves the selection. Named polls are always included; scheduled polls only when their period
    /// overlaps `from...to`. With `computePeriods` false (a timetable run) the periods list is left empty.
    /// `question`: the date a command asks about (`on DATE`); a `--notice DATE` without an id then applies
    /// to the first poll on or after it.
    public static func resolve(_ arguments: ParsedArguments, context: RunContext, from: CivilDate, to: CivilDate,
                               computePeriods: Bool = true, question: CivilDate? = nil) throws(CLIError) -> PollSelection {
        let config = try CouncilConfig.load(arguments, context: context)
        let configName = config?.path ?? "config"
        let flagCountry = try nation(arguments.value("country"), at: "--country")
        let configCountry = try nation(config?.country, at: "\(configName): \"country\"")
        let country = flagCountry ?? configCountry
        let data = try loadCalendarData(arguments, context: context)

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
        var messages: [String] = []
        let options = try periodOptions(arguments, config: config, configName: configName, elections: all, calendars: calendars,
                                         window: from...to, question: question, messages: &messages)

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
        guard let nation = Nation(argument: text) else {
            throw CLIError("unknown country '\(text)'", at: location, hint: "use england, wales, scotland or northern-ireland")
        }
        return nation
    }

    /// Parses a `YYYY-MM-DD` date option, saying where it came from when it is wrong.
    public static func date(_ text: String, at location: String) throws(CLIError) -> CivilDate {
        if let date = CivilDate(iso: text) {
            guard (1900...2200).contains(date.year) else {
                throw CLIError("year \(date.year) is outside 1900–2200", at: location, hint: "check the date")
            }
            return date
        }
        if CivilDate(british: text) != nil {
            throw CLIError("'\(text)' looks like a British date", at: location, hint: "write it as YYYY-MM-DD, e.g. 2027-05-06")
        }
        let shape = text.utf8.count == 10 && text.utf8.enumerated().allSatisfy { ($0.offset == 4 || $0.offset == 7) ? $0.element == 45 : ($0.element >= 48 && $0.element <= 57) }
        throw CLIError(shape ? "'\(text)' is not a real date" : "'\(text)' is not a date", at: location, hint: "write dates as YYYY-MM-DD, e.g. 2027-05-06")
    }

    /// The calendar data: embedded, with any file found in `--calendars DIR` (or `PREELECTION_CALENDARS`) replacing its part.
    static func loadCalendarData(_ arguments: ParsedArguments, context: RunContext) throws(CLIError) -> CalendarData {
        guard let folder = arguments.value("calendars") ?? context.environment["PREELECTION_CALENDARS"], !folder.isEmpty else {
            return CalendarData.embedded
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
            return try CalendarData.parse(files: files, base: CalendarData.embedded)
        } catch {
            let location = (folder.hasSuffix("/") ? folder : folder + "/") + error.file + (error.line.map { ":\($0)" } ?? "")
            throw CLIError(error.message, at: location, hint: error.hint)
        }
    }

    static func declaredDays(_ arguments: ParsedArguments, config: CouncilConfig?, configName: String) throws(CLIError) -> Set<CivilDate> {
        var days = Set<CivilDate>()
        for text in arguments.all("non-working-day") { days.insert(try date(text, at: "--non-working-day")) }
        for text in config?.nonWorkingDays ?? [] { days.insert(try date(text, at: "\(configName): \"non_working_days\"")) }
        return days
    }

    static func periodOptions(_ arguments: ParsedArguments, config: CouncilConfig?, configName: String, elections: [any Election],
                              calendars: CalendarSet, window: ClosedRange<CivilDate>? = nil, question: CivilDate? = nil,
                              messages: inout [String]) throws(CLIError) -> PeriodOptions {
        var options = PeriodOptions()
        let geLocation = arguments.value("ge-start") != nil ? "--ge-start" : "\(configName): \"ge_start\""
        switch arguments.value("ge-start") ?? config?.geStart {
        case nil, "dissolution": options.generalElectionStart = .dissolution
        case "notice": options.generalElectionStart = .notice
        case let text?:
            guard text.first?.isNumber == true else {
                throw CLIError("unknown general-election start '\(text)'", at: geLocation, hint: "use dissolution, notice or a date YYYY-MM-DD")
            }
            options.generalElectionStart = .date(try date(text, at: geLocation))
        }
        let untilLocation = arguments.value("until") != nil ? "--until" : "\(configName): \"until\""
        switch arguments.value("until") ?? config?.until {
        case nil, "poll", "close-of-poll": options.end = .poll
        case "declaration": options.end = .declaration
        case let text?:
            guard text.first?.isNumber == true else {
                throw CLIError("unknown period end '\(text)'", at: untilLocation, hint: "use poll, declaration or a date YYYY-MM-DD")
            }
            options.end = .date(try date(text, at: untilLocation))
        }
        let ids = elections.map(\.id.raw)
        var notices: [(id: String?, text: String, location: String)] = []
        for (id, text) in config?.notices ?? [:] { notices.append((id.lowercased(), text, "\(configName): \"notices\"")) }
        for value in arguments.all("notice") {
            if let eq = value.firstIndex(of: "=") {
                notices.append((String(value[..<eq]).lowercased(), String(value[value.index(after: eq)...]), "--notice"))
            } else {
                notices.append((nil, value, "--notice"))
            }
        }
        for notice in notices {
            let day = try date(notice.text, at: notice.location)
            let targets: [String]
            if let id = notice.id {
                guard ids.contains(id) else {
                    throw CLIError("no poll '\(id)' is selected", at: notice.location, hint: "name it with --election too, or use one of: \(ids.joined(separator: ", "))")
                }
                targets = [id]
            } else {
                // The poll in question: the only one selected, else the first on or after the date asked about
                // (`on DATE`), else the only one held in the dates checked.
                var inQuestion = Set(ids).sorted()
                if inQuestion.count > 1, let question, let first = elections.map(\.pollDate).filter({ $0 >= question }).min() {
                    inQuestion = Set(elections.filter { $0.pollDate == first }.map(\.id.raw)).sorted()
                } else if inQuestion.count > 1, let window {
                    let held = Set(elections.filter { window.contains($0.pollDate) }.map(\.id.raw)).sorted()
                    if !held.isEmpty { inQuestion = held }
                }
                guard inQuestion.count == 1 else {
                    throw CLIError("say which poll the notice date is for: \(inQuestion.count) are selected (\(inQuestion.joined(separator: ", ")))",
                                   at: notice.location,
                                   hint: "write --notice ID=DATE, e.g. --notice \(inQuestion.first ?? "local.2027-05-06")=\(notice.text)")
                }
                targets = inQuestion
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
