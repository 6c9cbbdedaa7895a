import ElectionCalendar

/// The polls a run is about and the periods they produce, resolved from the options every subcommand shares
/// (`--election`, `--only`, `--country`, `--london`, `--config`, `--calendars`, `--notice`, `--ge-start`,
/// `--until`, `--non-working-day`). Polls named with `--election` or the config are checked *in addition to*
/// the scheduled (and, beyond the data, expected) polls of the council's nation and area; `--only` (or
/// `"only": true`) checks the named polls alone. Every report lists `polls` so nothing is checked in silence.
public struct PollSelection: Sendable {
    /// Merged pre-election periods, sorted by start.
    public var periods: [PreElectionPeriod]
    /// The nation whose bank holidays apply, when known.
    public var nation: Nation?
    /// Days that are not working days for suggestions (weekends, bank holidays, declared days).
    public var nonWorkingDays: Set<CivilDate>
    /// The polls resolved: the named ones, then the scheduled ones used.
    public var elections: [any Election]
    /// The polls named with `--election` or the config's `"elections"`.
    public var given: [any Election]
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
    /// The polls whose periods were checked, for the "Polls checked" line and `polls_checked`.
    var polls: [CheckedPoll]
    /// Sentences every report prints in its body (an unknown council, a window past the data, London-only
    /// periods left out, no nation known).
    public var reportNotices: [String]
    /// Periods that apply only in Greater London, listed (by `periods`) for a council not known to be there.
    public var londonOnly: Set<PreElectionPeriod>
    /// Periods of polls expected by their statutory cycle rather than listed in the data.
    public var expected: Set<PreElectionPeriod>
    /// True when the council is a London borough or the City (config council, an id's slug, or `--london`).
    public var isLondon: Bool
    /// True when the dates asked about run past every poll the data lists or its projection expects.
    public var pastCoverage: Bool

    /// Options shared by `periods`, `timetable`, `on`, `check`, `events` and `warn`.
    public static let options: [OptionSpec] = [
        OptionSpec("election", .repeatable, String.self, valueName: "ID", help: "a Democracy Club election id, e.g. local.2027-05-06 (repeatable), checked as well as the scheduled polls"),
        OptionSpec("only", .flag, help: "check only the polls named with --election (or the config's \"elections\")"),
        OptionSpec("country", .single, Nation.self, help: "england, wales, scotland or northern-ireland"),
        OptionSpec("london", .flag, help: "the council is a London borough or the City (Mayor of London and GLA periods apply)"),
        OptionSpec("config", .single, valueName: "FILE", help: "council config file (JSON; or PREELECTION_CONFIG)"),
        OptionSpec("calendars", .single, valueName: "DIR", help: "newer calendar data (bank-holidays.json etc.; or PREELECTION_CALENDARS)"),
        OptionSpec("notice", .repeatable, NoticeDate.self, help: "the date the notice of election was actually published"),
        OptionSpec("ge-start", .single, PeriodOptions.GeneralElectionStart.self, help: "general-election start: dissolution (default), notice or a date"),
        OptionSpec("until", .single, PeriodOptions.End.self, help: "period end: poll (default), declaration or a date"),
        OptionSpec("non-working-day", .repeatable, CivilDate.self, help: "a day of public thanksgiving or mourning (repeatable)"),
    ]

    /// One group of polls whose periods merge (one scheduled entry, or the named polls).
    struct Group {
        var elections: [any Election]
        var sources: [CheckedPoll.Source]
        var description: String?
        var londonOnly: Bool
        var projected: Bool
    }

    /// Resolves the selection. Named polls are always included; scheduled and expected polls only when their
    /// period overlaps `from...to`. With `computePeriods` false (a timetable run) only the named polls are
    /// resolved and the periods list is left empty. `listLondonOnly` keeps Mayor of London and GLA periods
    /// (marked in `londonOnly`) for a council not known to be in London, for `periods`; other commands drop them.
    /// `question`: the date a command asks about (`on DATE`); a `--notice DATE` without an id then applies
    /// to the first poll on or after it.
    public static func resolve(_ arguments: ParsedArguments, context: RunContext, from: CivilDate, to: CivilDate,
                               computePeriods: Bool = true, listLondonOnly: Bool = false, question: CivilDate? = nil) throws(CLIError) -> PollSelection {
        let config = try CouncilConfig.load(arguments, context: context)
        let configName = config?.path ?? "config"
        let flagCountry = arguments.value("country", as: Nation.self)
        let configCountry = try nation(config?.country, at: "\(configName): \"country\"")
        let (data, dataWarnings) = try loadCalendarData(arguments, context: context)
        let configCouncil = config?.council.flatMap { data.councils.council(named: $0) }
        let country = flagCountry ?? configCountry ?? configCouncil?.nation

        let fromFlags = !arguments.all("election").isEmpty
        let ids = fromFlags ? arguments.all("election") : (config?.elections ?? [])
        let only = arguments.flag("only") || config?.only == true
        if only && ids.isEmpty {
            throw CLIError("--only needs the polls to check", at: arguments.flag("only") ? "--only" : "\(configName): \"only\"",
                           hint: "name them with --election ID (or the config's \"elections\"), or drop --only to check the scheduled polls")
        }
        let resolver = PollResolver(councils: data.councils, country: country)
        var reportNotices: [String] = []
        var given: [any Election] = []
        for id in ids {
            do throws(PollResolver.Failure) { given.append(try resolver.election(id)) } catch {
                throw CLIError(error.message, at: fromFlags ? "--election" : "\(configName): \"elections\"")
            }
            if country != nil, let election = given.last, let slug = resolver.unknownCouncil(election.id), let nation = election.nation {
                reportNotices.append("'\(slug)' is not in the list of UK councils, so \(id) is checked by the rules of \(nation.displayName) as given")
            }
            if let election = given.last, election.kind == .local, let org = election.id.organisation,
               let council = data.councils.council(slug: org), let ended = council.ended, ended <= election.pollDate {
                reportNotices.append("\(council.name) council was abolished on \(ended.british); check the id \(id) (its area now has a new council)")
            }
        }
        let isLondon = arguments.flag("london") || configCouncil?.isLondon == true
            || given.contains { resolver.isLondon($0) }
        // The council's nation decides which scheduled polls are its own.
        let area = country ?? Set(given.compactMap(\.nation)).onlyElement

        // Which polls, and in which groups periods merge.
        var groups: [Group] = []
        var unmatched = Array(given.indices)
        var leftOut: [Group] = []
        if !only && computePeriods {
            let projected = PollProjection.polls(in: from.year...(to.year + 1), after: data.scheduledPolls)
            for poll in data.scheduledPolls + projected where area == nil || poll.nation == area {
                let local = PollResolver(councils: data.councils, country: poll.nation)
                var elections: [any Election] = []
                for id in poll.elections {
                    do throws(PollResolver.Failure) { elections.append(try local.election(id)) } catch {
                        throw CLIError("scheduled poll '\(id)' cannot be used: \(error.message)", at: CalendarData.scheduledPollsFile,
                                       hint: "fix the entry in Calendars/scheduled-polls.json or the --calendars copy")
                    }
                }
                var sources = Array(repeating: poll.isProjected ? CheckedPoll.Source.projected : .scheduled, count: elections.count)
                // Named polls held on the same day in the same nation join the group and share its period (the
                // council's own id for the ordinary poll, a by-election or a PCC poll held with the locals).
                if !elections.allSatisfy({ $0.kind == .greaterLondon }) {
                    for slot in unmatched.reversed() where given[slot].pollDate == poll.date && given[slot].nation == poll.nation && given[slot].kind != .greaterLondon {
                        elections.append(given[slot])
                        sources.append(.given)
                        unmatched.removeAll { $0 == slot }
                    }
                }
                let group = Group(elections: elections, sources: sources, description: "\(poll.nation.displayName): \(poll.description)",
                                  londonOnly: elections.allSatisfy { $0.kind == .greaterLondon }, projected: poll.isProjected)
                if group.londonOnly && !isLondon && !listLondonOnly { leftOut.append(group); continue }
                groups.append(group)
            }
        }
        if !unmatched.isEmpty {
            groups.append(Group(elections: unmatched.map { given[$0] }, sources: Array(repeating: .given, count: unmatched.count),
                                description: nil, londonOnly: false, projected: false))
        }
        let all = groups.flatMap(\.elections)

        let declared = try declaredDays(arguments, config: config, configName: configName)
        let years = all.map(\.pollDate.year)
        let span = ((years.min() ?? from.year) - 1)...((years.max() ?? to.year) + 1)
        let calendars = CalendarSet(holidays: data.holidays, years: min(span.lowerBound, from.year)...max(span.upperBound, to.year), declaredDays: declared)
        var messages: [String] = (config?.warnings ?? []) + dataWarnings
        let options = try periodOptions(arguments, config: config, configName: configName, elections: all,
                                        primary: given.isEmpty ? all : given, calendars: calendars,
                                        window: from...to, question: question, messages: &messages)
        if !given.isEmpty { try checkPossible(options, arguments: arguments, configName: configName, elections: given, calendars: calendars) }

        var periods: [PreElectionPeriod] = []
        var descriptions: [PreElectionPeriod: String] = [:]
        var londonOnly = Set<PreElectionPeriod>()
        var expected = Set<PreElectionPeriod>()
        var polls: [CheckedPoll] = []
        for group in groups where computePeriods {
            let named = group.sources.contains(.given)
            let merged = PeriodPlanner.merge(group.elections.map { PeriodPlanner.period(for: $0, calendars: calendars, options: options) })
            for period in merged {
                if !named && !period.overlaps(from: from, to: to) { continue }
                periods.append(period)
                if let description = group.description { descriptions[period] = description }
                if group.londonOnly && !isLondon { londonOnly.insert(period) }
                if group.projected { expected.insert(period) }
                for (election, source) in zip(group.elections, group.sources) where period.elections.contains(election.id.raw) {
                    polls.append(CheckedPoll(id: election.id.raw, kind: election.kind, country: election.nation, pollDate: election.pollDate, source: source))
                }
            }
        }
        if !computePeriods {
            polls = given.map { CheckedPoll(id: $0.id.raw, kind: $0.kind, country: $0.nation, pollDate: $0.pollDate, source: .given) }
        }
        periods.sort { ($0.start, $0.end, $0.elections.first ?? "") < ($1.start, $1.end, $1.elections.first ?? "") }
        if only { periods = PeriodPlanner.merge(periods) }
        if computePeriods {
            polls.sort { ($0.pollDate, $0.country?.rawValue ?? "", $0.id) < ($1.pollDate, $1.country?.rawValue ?? "", $1.id) }
        }

        var pastCoverage = false
        if computePeriods {
            let dropped = leftOut.contains { group in
                group.elections.contains { PeriodPlanner.period(for: $0, calendars: calendars, options: options).overlaps(from: from, to: to) }
            }
            if dropped {
                reportNotices.append("Mayor of London and London Assembly periods are not checked: they apply only to a London borough or the City (give --london, or a London council in the config or an id)")
            }
            if !only {
                let lastYear = PollProjection.lastProjectedYear(after: data.scheduledPolls)
                pastCoverage = to.year > lastYear
                if pastCoverage {
                    reportNotices.append("The dates checked run to \(to.british), past the last year (\(lastYear)) that the poll data or its projection by statutory cycle covers: polls after \(lastYear) are not checked")
                }
                if area == nil {
                    reportNotices.append("No nation is known (no --country, config or council), so the polls of every UK nation are checked and each period is named with its nation: give --country or a config to check your own")
                }
            }
        }

        let nation = country ?? Set(all.compactMap(\.nation)).onlyElement
        let nonWorking = !computePeriods ? [] : nonWorkingDays(calendar: calendars[CalendarKind.standard(for: nation ?? .england)], from: from.adding(days: -60), to: to.adding(days: 400))
        return PollSelection(periods: periods, nation: nation, nonWorkingDays: nonWorking, elections: all, given: given, calendars: calendars, data: data,
                             config: config, options: options, fromSchedule: ids.isEmpty, descriptions: descriptions, notices: messages,
                             polls: polls, reportNotices: reportNotices, londonOnly: londonOnly, expected: expected, isLondon: isLondon,
                             pastCoverage: pastCoverage)
    }

    /// The header lines every text report starts with: which polls were checked, then any report notice.
    public var header: String {
        var s = CheckedPoll.line(polls) + "\n"
        for notice in reportNotices { s += "Note: \(notice).\n" }
        return s
    }

    /// `polls_checked` for JSON reports.
    public var pollsCheckedJSON: JSONValue { CheckedPoll.json(polls) }

    /// The report notices as a JSON list of strings.
    public var noticesJSON: JSONValue { .array(reportNotices.map { .string($0) }) }

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

    /// `describe(_:)` and always the nation, when the period has one: "the local elections on Thursday 6 May
    /// 2027 in Scotland", for reports where the nation may not be known (a release checked with no --country).
    public static func describeWithNation(_ period: PreElectionPeriod) -> String {
        describe(period) + (period.nation.map { " in " + $0.displayName } ?? "")
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
                              primary: [any Election], calendars: CalendarSet, window: ClosedRange<CivilDate>? = nil,
                              question: CivilDate? = nil, messages: inout [String]) throws(CLIError) -> PeriodOptions {
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
        let primaryIDs = primary.map(\.id.raw)
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
                // The poll in question: the only one named (or selected), else the first on or after the date
                // asked about (`on DATE`), else the only one held in the dates checked.
                var inQuestion = Set(primaryIDs).sorted()
                if inQuestion.count > 1, let question, let first = primary.map(\.pollDate).filter({ $0 >= question }).min() {
                    inQuestion = Set(primary.filter { $0.pollDate == first }.map(\.id.raw)).sorted()
                } else if inQuestion.count > 1, let window {
                    let held = Set(primary.filter { window.contains($0.pollDate) }.map(\.id.raw)).sorted()
                    if !held.isEmpty { inQuestion = held }
                }
                guard inQuestion.count == 1 else {
                    throw CLIError("say which poll the notice date is for: \(inQuestion.count) are selected (\(inQuestion.joined(separator: ", ")))",
                                   at: notice.location,
                                   hint: "write --notice ID=DATE, e.g. --notice \(inQuestion.first ?? "local.2027-05-06")=\(day.iso)")
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
