import Foundation
import ElectionCalendar
import HTTPServer

/// `preelection serve`: the checker where the communications officer writes. Answers LanguageTool's HTTP API
/// (so LibreOffice, the browser add-ons and other LanguageTool clients underline findings as they type),
/// the JSON API and periods calendar for tools, and a plain upload page for everyone else. Loopback only
/// unless `--host` says otherwise; drafts are never logged or stored.
enum ServeCommand: Subcommand {
    /// Options of the server itself; the shared poll options and the checker's people/topics files follow.
    static let ownOptions: [OptionSpec] = [
        OptionSpec("host", .single, valueName: "ADDR", help: "address to listen on (default 127.0.0.1: this computer only)"),
        OptionSpec("port", .single, valueName: "N", help: "port to listen on (default 8081, LanguageTool's)"),
        OptionSpec("allow-origin", .single, valueName: "ORIGIN", help: "send Access-Control-Allow-Origin: ORIGIN (default: no CORS header)"),
        OptionSpec("max-connections", .single, valueName: "N", help: "connections served at once; more get 503 (default 256)"),
        OptionSpec("candidates", .single, valueName: "FILE", help: "candidates: Democracy Club CSV or one name per line"),
        OptionSpec("members", .single, valueName: "FILE", help: "councillors: Democracy Club CSV or one name per line"),
        OptionSpec("topics", .single, valueName: "FILE", help: "the council's controversial topics, one per line"),
        OptionSpec("quiet", .flag, help: "no access log on standard error"),
    ]

    static let spec = CommandSpec(
        name: "serve",
        summary: "serve the checker over HTTP: a LanguageTool-compatible API and a web page",
        options: ownOptions + PollSelection.options,
        discussion: """
        Routes: GET / (a page to paste or upload a release), POST /v2/check and GET /v2/languages (LanguageTool's
        API: point LibreOffice or the LanguageTool browser add-on at http://HOST:PORT/), POST /api/check (the
        JSON of 'check --format json'), GET /api/periods and GET /periods.ics (the periods, to subscribe to).
        Request bodies are never logged or stored; the access log (standard error) has method, path, status,
        bytes and time. Ctrl-C or SIGTERM stops it after in-flight requests finish.
        Examples:
          preelection serve --config council.json
          preelection serve --host 0.0.0.0 --port 8081 --country wales    (behind a TLS reverse proxy)
        """)

    /// Server option names passed on to every check and periods run.
    static let passedOn = ["election", "country", "config", "calendars", "notice", "ge-start", "until", "non-working-day",
                           "candidates", "members", "topics"]

    static func run(_ arguments: ParsedArguments, context: RunContext, output: inout CommandOutput) throws(CLIError) -> Int32 {
        if let stray = arguments.positionals.first {
            throw CLIError("unexpected argument '\(stray)'", hint: "serve takes options only, e.g. 'preelection serve --port 8081'")
        }
        var configuration = HTTPServer.Configuration()
        configuration.host = arguments.value("host") ?? "127.0.0.1"
        configuration.port = try number(arguments.value("port"), option: "--port", default: 8081, range: 0...65535)
        configuration.limits.connections = try number(arguments.value("max-connections"), option: "--max-connections", default: 256, range: 1...10_000)
        configuration.allowOrigin = arguments.value("allow-origin")
        let quiet = arguments.flag("quiet")
        let service = try makeService(arguments, context: context)
        let router = routes(service, limits: configuration.limits)
        let server = HTTPServer(configuration: configuration, log: { line in if !quiet { writeLine(timestamp() + " " + line, to: 2) } },
                                handler: { router.respond(to: $0) })
        do throws(HTTPServer.StartError) { try server.bind() } catch {
            throw CLIError(error.message, at: "--host/--port", hint: "choose another --port, or stop the program using it")
        }
        if arguments.value("country") == nil && arguments.value("config") == nil && context.environment["PREELECTION_CONFIG"] == nil {
            writeLine("preelection: notice: no --country or --config, so every UK nation's polls count; add --country (or send country=) to check against your own nation's", to: 2)
        }
        server.stopOnSignals()
        writeLine("preelection: serving \(server.url) (LanguageTool API at \(server.url)v2/); Ctrl-C stops", to: 1)
        if configuration.host != "127.0.0.1" && configuration.host != "::1" && configuration.host != "localhost" {
            writeLine("preelection: notice: listening on \(configuration.host), not just this computer: put it behind a TLS reverse proxy (drafts are confidential)", to: 2)
        }
        server.run()
        output.stderr += "preelection: stopped\n"
        return ExitStatus.ok
    }

    /// The check service for these options; resolves once now so a bad config is exit 2 before listening.
    static func makeService(_ arguments: ParsedArguments, context: RunContext) throws(CLIError) -> CheckService {
        var base: [(name: String, value: String)] = []
        for name in passedOn { for value in arguments.all(name) { base.append((name, value)) } }
        let environment = context.environment
        let clock = MinuteCache()
        let service = CheckService(base: base, context: context, today: { clock.value { londonToday(environment) } })
        _ = try service.prepare(date: nil, country: nil, elections: [])
        return service
    }

    /// Every route; anything else is 404, a known path with another method 405.
    static func routes(_ service: CheckService, limits: HTTPLimits) -> HTTPRouter {
        var router = HTTPRouter()
        let fields = limits.formFields
        router.add("GET", "/") { _ in page(service) }
        router.add("POST", "/") { pageCheck($0, service: service, maxFields: fields) }
        router.add("GET", "/v2/check") { LanguageToolAPI.check($0, service: service, maxFields: fields) }
        router.add("POST", "/v2/check") { LanguageToolAPI.check($0, service: service, maxFields: fields) }
        router.add("GET", "/v2/languages") { _ in LanguageToolAPI.languagesResponse() }
        router.add("GET", "/v2/healthcheck") { _ in HTTPResponse(contentType: "text/plain; charset=utf-8", text: "OK") }
        router.add("POST", "/api/check") { apiCheck($0, service: service, maxFields: fields) }
        router.add("GET", "/api/periods") { periods($0, service: service, format: "json", maxFields: fields) }
        router.add("GET", "/periods.ics") { periods($0, service: service, format: "ics", maxFields: fields) }
        return router
    }

    /// A release and the choices sent with it, from a form (URL-encoded or multipart) or a raw body.
    struct Submission {
        var bytes: [UInt8]
        var date: String?
        var country: String?
        var elections: [String]
    }

    /// Reads the release from the request: multipart (the page), form-encoded `text=`, or the raw body (a file).
    static func submission(_ request: HTTPRequest, maxFields: Int) throws(HTTPError) -> Submission {
        let query = try FormFields.parse(request.query.utf8, maxFields: maxFields)
        var result = Submission(bytes: request.body, date: query["date"], country: query["country"], elections: query.all("election"))
        switch request.mediaType {
        case "multipart/form-data":
            let form = try MultipartForm.parse(request.body, boundary: request.mediaTypeParameter("boundary") ?? "", maxParts: maxFields)
            if let file = form["file"], !file.body.isEmpty {
                result.bytes = file.body
                // The check command tells HTML on standard input by its doctype; an uploaded .html file may lack one.
                let name = (file.filename ?? "").lowercased()
                if (name.hasSuffix(".html") || name.hasSuffix(".htm")) && !startsLikeHTML(file.body) {
                    result.bytes = Array("<!doctype html>\n".utf8) + file.body
                }
            } else {
                result.bytes = Array((form.text("text") ?? "").utf8)
            }
            result.date = form.text("date") ?? result.date
            result.country = form.text("country") ?? result.country
            result.elections += form.parts.filter { $0.name == "election" }.map { String(decoding: $0.body, as: UTF8.self) }
        case "application/x-www-form-urlencoded":
            // `text=` as the page and LanguageTool clients send it; a body without one is the release itself
            // (curl --data-binary sends files with this media type).
            let form = try FormFields.parse(request.body, maxFields: maxFields)
            guard let text = form["text"] else { break }
            result.bytes = Array(text.utf8)
            result.date = form["date"] ?? result.date
            result.country = form["country"] ?? result.country
            result.elections += form.all("election")
        default:
            break
        }
        return result
    }

    /// True when bytes begin (after spaces) with a doctype or `<html`, as the check command's standard-input sniffing expects.
    static func startsLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased().drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\u{FEFF}" }
        return head.hasPrefix("<!doctype html") || head.hasPrefix("<html")
    }

    /// `GET /`: the form.
    static func page(_ service: CheckService) -> HTTPResponse {
        HTTPResponse(contentType: "text/html; charset=utf-8", text: ServePage.form(today: service.today().iso, council: service.council))
    }

    /// `POST /`: the page's form, answered with the same HTML report as `check --format html`.
    static func pageCheck(_ request: HTTPRequest, service: CheckService, maxFields: Int) -> HTTPResponse {
        let form: Submission
        do throws(HTTPError) { form = try submission(request, maxFields: maxFields) } catch {
            return HTTPResponse(status: error.status, contentType: "text/html; charset=utf-8",
                                text: ServePage.form(today: service.today().iso, council: service.council, message: error.message))
        }
        let args = ["-", "--format=html"] + service.arguments(date: form.date, country: form.country, elections: form.elections)
        let (status, output) = service.run("check", args, stdin: form.bytes)
        guard status != ExitStatus.inputError else {
            let message = output.stderr.split(separator: "\n").last.map { String($0).replacingFirst("preelection: error: ", with: "") } ?? "the release could not be checked"
            return HTTPResponse(status: 400, contentType: "text/html; charset=utf-8",
                                text: ServePage.form(today: service.today().iso, council: service.council, message: message.replacingFirst("standard input", with: "the release")))
        }
        return HTTPResponse(contentType: "text/html; charset=utf-8", text: output.stdout)
    }

    /// `POST /api/check`: the JSON of `check --format json` for the body (text, .docx or .html bytes, or a form).
    static func apiCheck(_ request: HTTPRequest, service: CheckService, maxFields: Int) -> HTTPResponse {
        let form: Submission
        do throws(HTTPError) { form = try submission(request, maxFields: maxFields) } catch { return .error(error.status, error.message) }
        let args = ["-", "--format=json"] + service.arguments(date: form.date, country: form.country, elections: form.elections)
        let (status, output) = service.run("check", args, stdin: form.bytes)
        guard status != ExitStatus.inputError else { return .error(400, errorText(output)) }
        return HTTPResponse(contentType: "application/json; charset=utf-8", text: output.stdout)
    }

    /// `GET /api/periods` and `GET /periods.ics`: `periods` with the server's config (query: year, from, to, country).
    static func periods(_ request: HTTPRequest, service: CheckService, format: String, maxFields: Int) -> HTTPResponse {
        let query: FormFields
        do throws(HTTPError) { query = try FormFields.parse(request.query.utf8, maxFields: maxFields) } catch { return .error(error.status, error.message) }
        var args = ["--format=\(format)"]
        for name in ["year", "from", "to"] { if let v = query[name], !v.isEmpty { args.append("--\(name)=\(v)") } }
        var base = service.baseArguments(for: PeriodsCommand.spec)
        if let country = query["country"], !country.isEmpty {
            base = base.filter { !$0.hasPrefix("--country=") } + ["--country=\(country)"]
        }
        let (status, output) = service.run("periods", args + base)
        guard status != ExitStatus.inputError else { return .error(400, errorText(output)) }
        return format == "ics"
            ? HTTPResponse(contentType: "text/calendar; charset=utf-8", text: output.stdout, headers: [("Content-Disposition", "inline; filename=\"periods.ics\"")])
            : HTTPResponse(contentType: "application/json; charset=utf-8", text: output.stdout)
    }

    /// The command's one-line error without its "preelection: error: " prefix.
    static func errorText(_ output: CommandOutput) -> String {
        (output.stderr.split(separator: "\n").last.map(String.init) ?? "the request could not be handled").replacingFirst("preelection: error: ", with: "")
    }

    /// An integer option within `range`.
    static func number(_ text: String?, option: String, default value: Int, range: ClosedRange<Int>) throws(CLIError) -> Int {
        guard let text else { return value }
        guard let n = Int(text), range.contains(n) else {
            throw CLIError("'\(text)' is not a number from \(range.lowerBound) to \(range.upperBound)", at: option, hint: "e.g. \(option) \(value)")
        }
        return n
    }

    /// Today in Europe/London, or `PREELECTION_TODAY` (tests), asked per request.
    static func londonToday(_ environment: [String: String]) -> CivilDate {
        if let text = environment["PREELECTION_TODAY"], let date = CivilDate(iso: text) { return date }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/London") ?? TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? CivilDate(dayNumber: 0)
    }

    /// UTC time for the access log, e.g. `2027-04-20T09:15:02Z`.
    static func timestamp() -> String {
        var now = time(nil)
        var parts = tm()
        gmtime_r(&now, &parts)
        func two(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(two(parts.tm_mon + 1))-\(two(parts.tm_mday))T\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec))Z"
    }

    /// Writes one line at once to a descriptor (the server prints as it runs, not at exit).
    static func writeLine(_ text: String, to descriptor: Int32) {
        let bytes = Array((text + "\n").utf8)
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                guard let base = raw.baseAddress else { return }
                let n = write(descriptor, base + offset, raw.count - offset)
                if n <= 0 { return }
                offset += n
            }
        }
    }
}
