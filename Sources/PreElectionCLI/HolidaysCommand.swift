import ElectionCalendar

/// `preelection holidays`: a nation's bank holidays for a year, saying which come from the GOV.UK data and
/// which are computed by rule (not yet proclaimed), and the other days election timetables do not count.
enum HolidaysCommand: Subcommand {
    static let spec = CommandSpec(
        name: "holidays",
        summary: "bank holidays and other non-working days for election timetables",
        options: [
            OptionSpec("year", .single, Year.self, help: "the year (default: this year)"),
            .format([.text, .json]),
        ] + PollSelection.options.filter { ["country", "config", "calendars", "non-working-day"].contains($0.name) })

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        let format = arguments.format()
        let year = arguments.value("year", as: Year.self)?.value ?? context.today.year
        let config = try CouncilConfig.load(arguments, context: context)
        let configNation = try PollSelection.nation(config?.country, at: "\(config?.path ?? "config"): \"country\"")
        guard let nation = arguments.value("country", as: Nation.self) ?? configNation else {
            throw CLIError("say which nation's holidays", at: "--country", hint: "add --country england, wales, scotland or northern-ireland")
        }
        let (data, dataWarnings) = try PollSelection.loadCalendarData(arguments, context: context)
        for warning in (config?.warnings ?? []) + dataWarnings { output.stderr += "preelection: \(warning)\n" }
        let declared = try PollSelection.declaredDays(arguments, config: config, configName: config?.path ?? "config")
        let holidays = data.holidays.holidays(year: year, nation: nation)
        let declaredThisYear = declared.filter { $0.year == year }.sorted()
        let christmasEve = CivilDate(year: year, month: 12, day: 24)
        let easterMonday = BankHolidayRules.easterSunday(year: year).adding(days: 1)

        if format == .json {
            var items: [JSONValue] = holidays.map { holiday in
                .object([("date", .string(holiday.date.iso)), ("title", .string(holiday.title)), ("source", .string(holiday.source.rawValue)),
                         ("substitute", .bool(holiday.isSubstitute))])
            }
            items += declaredThisYear.map { .object([("date", .string($0.iso)), ("title", .string("Day of public thanksgiving or mourning")), ("source", .string("declared")), ("substitute", .bool(false))]) }
            var extra: [JSONValue] = []
            if let eve = christmasEve, !eve.weekday.isWeekend { extra.append(.object([("date", .string(eve.iso)), ("title", .string("Christmas Eve"))])) }
            if nation == .scotland { extra.append(.object([("date", .string(easterMonday.iso)), ("title", .string("Easter Monday (Scottish election timetables)"))])) }
            output.stdout += JSONValue.object([("country", .string(nation.rawValue)), ("year", .number(year)), ("holidays", .array(items)),
                                              ("also_not_counted_by_election_timetables", .array(extra))]).rendered()
            return ExitStatus.ok
        }
        let list = nation == .england || nation == .wales ? "England and Wales" : nation.displayName
        let fromRules = !data.holidays.isCovered(year: year, nation: nation)
        var s = "Bank holidays in \(nation.displayName), \(year) (the \(list) list"
        s += fromRules ? "; computed by rule, not yet proclaimed — check GOV.UK nearer the time)\n\n" : "; GOV.UK data)\n\n"
        let width = holidays.map { $0.date.british.count }.max() ?? 24
        for holiday in holidays {
            let date = holiday.date.british
            s += "  " + date + String(repeating: " ", count: width - date.count + 2) + holiday.title
            if holiday.isSubstitute { s += " (substitute day)" }
            if holiday.source == .rule && !fromRules { s += " (computed by rule)" }
            s += "\n"
        }
        for day in declaredThisYear {
            let date = day.british
            s += "  " + date + String(repeating: " ", count: max(2, width - date.count + 2)) + "Day of public thanksgiving or mourning (declared)\n"
        }
        s += "\nElection timetables also do not count Saturdays, Sundays"
        if let eve = christmasEve, !eve.weekday.isWeekend { s += ", Christmas Eve (\(eve.british))" }
        if nation == .scotland { s += " and, in Scottish Parliament and council timetables, Easter Monday (\(easterMonday.british))" }
        s += ", or any day appointed for public thanksgiving or mourning (add one with --non-working-day DATE).\n"
        output.stdout += s
        return ExitStatus.ok
    }
}
