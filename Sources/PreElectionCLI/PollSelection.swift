import ElectionCalendar

/// The polls a run is about and the periods they produce, resolved from the options every subcommand shares
/// (`--election`, `--country`, `--config`, `--calendars`, ...) or, with none given, from the embedded
/// scheduled polls.
///
/// OWNED BY THE CALENDAR WORK (issue 2). TEMPORARY STUB so the checker and scheduler can build against the
/// interface: the calendar branch replaces the bodies, keeping the names and signatures.
public struct PollSelection: Sendable {
    /// Merged pre-election periods, sorted by start.
    public var periods: [PreElectionPeriod]
    /// The nation whose bank holidays apply, when known.
    public var nation: Nation?
    /// Days that are not working days for suggestions (weekends, bank holidays, declared days).
    public var nonWorkingDays: Set<CivilDate>

    /// Options shared by `periods`, `on`, `check`, `events` and `warn`.
    public static let options: [OptionSpec] = [
        OptionSpec("election", .repeatable, valueName: "ID", help: "a Democracy Club election id, e.g. local.2027-05-06"),
        OptionSpec("country", .single, valueName: "C", help: "england, wales, scotland or northern-ireland"),
        OptionSpec("config", .single, valueName: "FILE", help: "council config file (JSON)"),
    ]

    /// Resolves the selection. `from...to` bounds which embedded scheduled polls are considered.
    public static func resolve(_ arguments: ParsedArguments, context: RunContext, from: CivilDate, to: CivilDate) throws(CLIError) -> PollSelection {
        var periods: [PreElectionPeriod] = []
        for id in arguments.all("election") {
            guard let dateText = id.split(separator: ".").last, let poll = CivilDate(iso: dateText) else {
                throw CLIError("malformed election id '\(id)'", at: "--election", hint: "ids end in the poll date, e.g. local.2027-05-06")
            }
            periods.append(PreElectionPeriod(start: poll.adding(days: -36), end: poll, elections: [id], basis: "stub"))
        }
        var nonWorking = Set<CivilDate>()
        var day = from
        while day <= to.adding(days: 400) {
            if day.weekday.isWeekend { nonWorking.insert(day) }
            day = day.adding(days: 1)
        }
        _ = try CouncilConfig.load(arguments, context: context)
        return PollSelection(periods: periods, nation: arguments.value("country").flatMap(Nation.init(argument:)), nonWorkingDays: nonWorking)
    }

    /// Plain words for the polls of a period, e.g. "the local elections on Thursday 7 May 2026", for digests
    /// and report headings. (Stub wording; the calendar work keeps this signature.)
    public static func describe(_ period: PreElectionPeriod) -> String {
        let dates = period.elections.compactMap { $0.split(separator: ".").last.flatMap { CivilDate(iso: $0) } }
        let kinds = period.elections.compactMap { $0.split(separator: ".").first.map(String.init) }
        let poll = dates.max() ?? period.end
        return "the \(Set(kinds).sorted().joined(separator: " and ")) elections on \(poll.british)"
    }
}
