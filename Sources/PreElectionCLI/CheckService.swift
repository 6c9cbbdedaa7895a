import Foundation
import ElectionCalendar
import ReleaseChecker

/// What `preelection serve` runs for each request, kept apart from HTTP: the one place the server calls the
/// checker and the `check`/`periods` commands (a thin adapter, so changes inside the checker touch few lines
/// here). Per-request choices (date, country, polls) are parsed exactly as the command line parses them, and
/// the resolved check options are cached, because resolving the calendar costs far more than checking 2 KB.
final class CheckService: @unchecked Sendable {
    /// The server's own options (`--config`, `--calendars`, `--country`, `--election`…) as `name=value` pairs.
    let base: [(name: String, value: String)]
    /// Environment and working directory of the server process.
    let context: RunContext
    /// Today's date in Europe/London, asked per request (a server runs for months).
    let today: @Sendable () -> CivilDate
    let lock = NSLock()
    var cache: [String: Prepared] = [:]

    /// Check options resolved for one date/country/poll choice.
    struct Prepared: Sendable {
        var options: CheckOptions
        var selection: PollSelection
    }

    /// The outcome of one check: the report, with the selection it was made against.
    struct Outcome: Sendable {
        var report: Report
        var selection: PollSelection
    }

    init(base: [(name: String, value: String)], context: RunContext, today: @escaping @Sendable () -> CivilDate) {
        self.base = base
        self.context = context
        self.today = today
    }

    /// The server's options with a request's `date`/`country`/`election` replacing the server's own values.
    /// Values are passed as `--name=value`, so nothing a client sends can become another option.
    func arguments(date: String?, country: String?, elections: [String]) -> [String] {
        var given: [(String, String)] = []
        if let date, !date.isEmpty { given.append(("date", date)) }
        if let country, !country.isEmpty { given.append(("country", country)) }
        for e in elections where !e.isEmpty { given.append(("election", e)) }
        let overridden = Set(given.map(\.0))
        return (base.filter { !overridden.contains($0.name) } + given).map { "--\($0.0)=\($0.1)" }
    }

    /// Check options for a request, from the cache or resolved as `preelection check` resolves them.
    func prepare(date: String?, country: String?, elections: [String]) throws(CLIError) -> Prepared {
        let day = today()
        let args = arguments(date: date, country: country, elections: elections)
        let key = day.iso + "\u{0}" + args.joined(separator: "\u{0}")
        if let hit = lock.withLock({ cache[key] }) { return hit }
        var context = self.context
        context.today = day
        let parsed = try ArgumentParser.parse(["-"] + args, spec: CheckCommand.spec)
        let publication = CheckCommand.publicationDate(parsed) ?? day
        let selection = try PollSelection.resolve(parsed, context: context, from: publication.adding(days: -120), to: publication.adding(days: 120))
        let options = try CheckCommand.checkOptions(parsed, context: context, config: selection.config, date: publication, periods: selection.periods)
        let prepared = Prepared(options: options, selection: selection)
        lock.withLock {
            if cache.count >= 512 { cache.removeAll() }
            cache[key] = prepared
        }
        return prepared
    }

    /// Checks text with the request's choices, with some rules switched off.
    func check(_ text: String, prepared: Prepared, disabling: Set<String>) -> Outcome {
        var options = prepared.options
        for id in disabling { if let rule = Rule(id: id) { options.disabledRules.insert(rule) } }
        return Outcome(report: ReleaseScanner.check(text: text, options: options), selection: prepared.selection)
    }

    /// The council's name from the config, for the page's heading.
    var council: String? {
        do throws(CLIError) { return try prepare(date: nil, country: nil, elections: []).selection.config?.council } catch { return nil }
    }

    /// Every rule id the checker knows (for `enabledOnly` and the rule list).
    var ruleIDs: [String] { Rule.allCases.map(\.rawValue) }

    /// A rule's short name for people ("Member quotation").
    func ruleTitle(_ id: String) -> String { Rule(id: id)?.title ?? id }

    /// Runs a `preelection` command in-process with `body` as its standard input, exactly as a clerk would
    /// at the terminal, so the API and the page give the same JSON and HTML as `check` and `periods`.
    func run(_ command: String, _ arguments: [String], stdin body: [UInt8] = []) -> (status: Int32, output: CommandOutput) {
        var context = self.context
        context.today = today()
        context.readStandardInput = { body }
        context.standardInputIsTerminal = false  // the body is a file's content, never a person typing
        context.prompt = { _ in }
        return PreElectionCLI.run([command] + arguments, context: context)
    }

    /// The server's options for a command other than `check` (periods): only the shared poll options.
    func baseArguments(for spec: CommandSpec) -> [String] {
        base.filter { option in spec.options.contains { $0.name == option.name } }.map { "--\($0.name)=\($0.value)" }
    }
}
