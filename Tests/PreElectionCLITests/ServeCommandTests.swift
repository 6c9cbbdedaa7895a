import XCTest
import Foundation
import ElectionCalendar
import HTTPServer
#if canImport(Glibc)
import Glibc
#endif
@testable import PreElectionCLI

/// `preelection serve`'s routes, called in-process (the socket side is tested in HTTPServerTests): the
/// LanguageTool API with UTF-16 offsets, annotated text, rule switches and period wording; the JSON API,
/// the periods calendar and the upload page, each matching what the command line gives.
final class ServeCommandTests: XCTestCase {
    func router(_ extra: [String] = [], today: String = "2027-04-20") throws -> HTTPRouter {
        let context = RunContext(today: CivilDate(iso: today) ?? CivilDate(dayNumber: 0), environment: ["PREELECTION_TODAY": today],
                                 currentDirectory: FileManager.default.temporaryDirectory.path)
        let parsed = try ArgumentParser.parse(extra, spec: ServeCommand.spec)
        let service = try ServeCommand.makeService(parsed, context: context)
        return ServeCommand.routes(service, limits: HTTPLimits())
    }

    func form(_ pairs: [(String, String)]) -> [UInt8] {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return Array(pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&").utf8)
    }

    func post(_ router: HTTPRouter, _ path: String, _ pairs: [(String, String)]) -> HTTPResponse {
        router.respond(to: HTTPRequest(method: "POST", target: path, headers: [("Host", "x"), ("Content-Type", "application/x-www-form-urlencoded")], body: form(pairs)))
    }

    func matches(_ response: HTTPResponse) -> [[String: Any]] {
        let json = (try? JSONSerialization.jsonObject(with: Data(response.body))) as? [String: Any]
        return json?["matches"] as? [[String: Any]] ?? []
    }

    /// The UTF-16 offset of `needle` in `text`, as a Java or JavaScript client counts.
    func utf16Offset(_ needle: String, in text: String) -> Int? {
        guard let range = text.range(of: needle) else { return nil }
        return text.utf16.distance(from: text.startIndex, to: range.lowerBound)
    }

    func testOffsetsAreUTF16CodeUnitsWithEmojiWelshAccentsAndCRLF() throws {
        let text = "Croeso 😀🏴󠁧󠁢󠁷󠁬󠁳󠁿 i Gyngor Sir Ceredigion — dŵr, tŷ, Siân.\r\n“A great day for Aberystwyth,” said Cllr Siân Jones.\r\n\r\nVote Labour on 6 May!"
        let response = post(try router(), "/v2/check", [("text", text), ("language", "en-GB"), ("country", "wales")])
        XCTAssertEqual(response.status, 200)
        let found = matches(response)
        let quote = try XCTUnwrap(found.first { ($0["rule"] as? [String: Any])?["id"] as? String == "PREELECTION_MEMBER_QUOTE" })
        let quoteText = "“A great day for Aberystwyth,”"
        XCTAssertEqual(quote["offset"] as? Int, utf16Offset(quoteText, in: text))
        XCTAssertEqual(quote["length"] as? Int, quoteText.utf16.count)
        let vote = try XCTUnwrap(found.first { ($0["rule"] as? [String: Any])?["id"] as? String == "PREELECTION_ELECTIONEERING" })
        XCTAssertEqual(vote["offset"] as? Int, utf16Offset("Vote Labour", in: text))
        XCTAssertEqual(vote["length"] as? Int, "Vote Labour".utf16.count)
        // The context's offset and length (UTF-16 too) pick out the same words.
        for (match, words) in [(vote, "Vote Labour"), (quote, quoteText)] {
            let context = try XCTUnwrap(match["context"] as? [String: Any])
            let units = Array((context["text"] as? String ?? "").utf16)
            let start = try XCTUnwrap(context["offset"] as? Int), length = try XCTUnwrap(context["length"] as? Int)
            XCTAssertEqual(String(decoding: units[start..<(start + length)], as: UTF16.self), words)
        }
        let short = matches(post(try router(), "/v2/check", [("text", "😀🏴󠁧󠁢󠁷󠁬󠁳󠁿 Vote Labour!"), ("country", "wales")]))
        let context = try XCTUnwrap(short.first?["context"] as? [String: Any])
        XCTAssertEqual(context["text"] as? String, "😀🏴󠁧󠁢󠁷󠁬󠁳󠁿 Vote Labour!")
        XCTAssertEqual(context["offset"] as? Int, "😀🏴󠁧󠁢󠁷󠁬󠁳󠁿 ".utf16.count)
        XCTAssertEqual(short.first?["offset"] as? Int, "😀🏴󠁧󠁢󠁷󠁬󠁳󠁿 ".utf16.count)
        let rule = try XCTUnwrap(quote["rule"] as? [String: Any])
        XCTAssertEqual((rule["category"] as? [String: Any])?["id"] as? String, "PREELECTION")
        XCTAssertEqual(rule["issueType"] as? String, "legal")
    }

    func testMessageSaysWhetherThePublicationDateIsInAPeriod() throws {
        let router = try router()
        let text = "“A great day for the town,” said Cllr Jane Doe."
        let inside = matches(post(router, "/v2/check", [("text", text), ("language", "en"), ("date", "2027-04-20"), ("country", "england")]))
        XCTAssertEqual(inside.count, 1)
        XCTAssertTrue((inside.first?["message"] as? String ?? "").contains("Tuesday 20 April 2027 is inside the pre-election period for the local elections on Thursday 6 May 2027"), "\(inside)")
        let outside = matches(post(router, "/v2/check", [("text", text), ("language", "en"), ("date", "2027-01-12"), ("country", "england")]))
        XCTAssertTrue((outside.first?["message"] as? String ?? "").contains("Tuesday 12 January 2027 is outside every pre-election period"), "\(outside)")
        // With no nation every nation's period containing the date is named.
        let all = matches(post(router, "/v2/check", [("text", text), ("date", "2027-04-20")]))
        let message = all.first?["message"] as? String ?? ""
        XCTAssertTrue(message.contains("inside the pre-election periods for") && message.contains("Scotland") && message.contains("Wednesday 31 March 2027"), message)
        // Without a date the server's today (20 April 2027 here) is used.
        let today = matches(post(router, "/v2/check", [("text", text), ("country", "england")]))
        XCTAssertTrue((today.first?["message"] as? String ?? "").contains("is inside"))
    }

    func testAnnotatedTextSkipsMarkupButCountsIt() throws {
        let data = #"{"annotation":[{"markup":"<p class=\"lead\">"},{"text":"“Great news,” said Cllr Jane Doe."},{"markup":"</p>","interpretAs":"\n\n"},{"markup":"<p>"},{"text":"Vote Labour!"},{"markup":"</p>"}]}"#
        let found = matches(post(try router(), "/v2/check", [("data", data), ("language", "en-GB"), ("country", "england")]))
        let original = "<p class=\"lead\">“Great news,” said Cllr Jane Doe.</p><p>Vote Labour!</p>"
        let offsets = found.compactMap { $0["offset"] as? Int }
        XCTAssertEqual(offsets, [utf16Offset("“Great news,”", in: original), utf16Offset("Vote Labour", in: original)].compactMap { $0 })
    }

    func testRuleSwitchesLanguagesAndErrors() throws {
        let router = try router()
        let text = "“Great news,” said Cllr Jane Doe. Vote Labour!"
        let ids: ([(String, String)]) -> [String] = { extra in
            self.matches(self.post(router, "/v2/check", [("text", text), ("language", "en-GB"), ("country", "england")] + extra))
                .compactMap { ($0["rule"] as? [String: Any])?["id"] as? String }
        }
        XCTAssertEqual(ids([]), ["PREELECTION_MEMBER_QUOTE", "PREELECTION_ELECTIONEERING"])
        XCTAssertEqual(ids([("disabledRules", "PREELECTION_MEMBER_QUOTE,SOME_LT_RULE")]), ["PREELECTION_ELECTIONEERING"])
        XCTAssertEqual(ids([("enabledRules", "member-quote"), ("enabledOnly", "true")]), ["PREELECTION_MEMBER_QUOTE"])
        XCTAssertEqual(post(router, "/v2/check", [("text", text), ("language", "fr")]).status, 400)
        XCTAssertEqual(post(router, "/v2/check", [("language", "en")]).status, 400)
        let badDate = post(router, "/v2/check", [("text", text), ("date", "2027-02-30")])
        XCTAssertEqual(badDate.status, 400)
        XCTAssertTrue(String(decoding: badDate.body, as: UTF8.self).contains("2027-02-30"))
        let welsh = post(router, "/v2/check", [("text", "Mae'r cyngor yn falch iawn o'r gwaith ar y ffordd."), ("language", "auto")])
        XCTAssertTrue(String(decoding: welsh.body, as: UTF8.self).contains(#""code":"cy""#))
        // The checker's replacements become LanguageTool's, so an editor offers them in one click.
        let party = matches(post(router, "/v2/check", [("text", "The Labour-led administration has delivered the new library."), ("country", "england")]))
        let offered = party.first { ($0["rule"] as? [String: Any])?["id"] as? String == "PREELECTION_PARTY_REFERENCE" }?["replacements"] as? [[String: Any]]
        XCTAssertEqual(offered?.compactMap { $0["value"] as? String }, ["council"])
        let languages = router.respond(to: HTTPRequest(method: "GET", target: "/v2/languages"))
        XCTAssertTrue(String(decoding: languages.body, as: UTF8.self).contains(#""longCode":"en-GB""#))
    }

    func testAPICheckIsTheSameJSONAsTheCommandLine() throws {
        let release = "“A great day for the town,” said Cllr Jane Doe.\n"
        let response = try router().respond(to: HTTPRequest(method: "POST", target: "/api/check?date=2027-04-20&country=england",
                                                             headers: [("Content-Type", "text/plain")], body: Array(release.utf8)))
        let cli = CLI.run(["check", "-", "--format", "json", "--date", "2027-04-20", "--country", "england"], today: "2027-04-20", stdin: release)
        XCTAssertEqual(cli.status, 1)
        XCTAssertEqual(String(decoding: response.body, as: UTF8.self), cli.stdout)
        let empty = try router().respond(to: HTTPRequest(method: "POST", target: "/api/check", body: []))
        XCTAssertEqual(empty.status, 400)
    }

    func testPageFormAndReportEscapeEverything() throws {
        let router = try router()
        let page = String(decoding: router.respond(to: HTTPRequest(method: "GET", target: "/")).body, as: UTF8.self)
        XCTAssertTrue(page.contains(#"enctype="multipart/form-data""#))
        XCTAssertTrue(page.contains(#"value="2027-04-20""#))
        XCTAssertFalse(page.contains("<script"))
        let boundary = "----PreElectionTest"
        let body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n<script>alert(1)</script> “Great,” said Cllr Jane Doe.\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"date\"\r\n\r\n2027-04-20\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"country\"\r\n\r\nengland\r\n--\(boundary)--\r\n"
        let report = router.respond(to: HTTPRequest(method: "POST", target: "/", headers: [("Content-Type", "multipart/form-data; boundary=\(boundary)")], body: Array(body.utf8)))
        let html = String(decoding: report.body, as: UTF8.self)
        XCTAssertEqual(report.status, 200)
        XCTAssertTrue(html.contains("&lt;script&gt;"))
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("Member quotation"))
        let bad = router.respond(to: HTTPRequest(method: "POST", target: "/", headers: [("Content-Type", "multipart/form-data; boundary=\(boundary)")],
                                                 body: Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"date\"\r\n\r\n<b>1</b>\r\n--\(boundary)--\r\n".utf8)))
        XCTAssertEqual(bad.status, 400)
        let badHTML = String(decoding: bad.body, as: UTF8.self)
        XCTAssertTrue(badHTML.contains("&lt;b&gt;1&lt;/b&gt;"), badHTML)
    }

    func testPeriodsCalendarAndJSONUseTheServersOptions() throws {
        let router = try router(["--country", "wales"])
        let ics = router.respond(to: HTTPRequest(method: "GET", target: "/periods.ics"))
        XCTAssertEqual(ics.headers.first { $0.name == "Content-Type" }?.value, "text/calendar; charset=utf-8")
        XCTAssertTrue(String(decoding: ics.body, as: UTF8.self).hasPrefix("BEGIN:VCALENDAR"))
        let json = String(decoding: router.respond(to: HTTPRequest(method: "GET", target: "/api/periods?year=2027")).body, as: UTF8.self)
        XCTAssertEqual(json, CLI.run(["periods", "--year", "2027", "--country", "wales", "--format", "json"], today: "2027-04-20").stdout)
        XCTAssertEqual(router.respond(to: HTTPRequest(method: "GET", target: "/api/periods?year=abc")).status, 400)
        XCTAssertEqual(router.respond(to: HTTPRequest(method: "GET", target: "/admin")).status, 404)
        XCTAssertEqual(router.respond(to: HTTPRequest(method: "PUT", target: "/api/check")).status, 405)
    }

    func testBadServerOptionsExit2BeforeListening() {
        let config = CLI.run(["serve", "--config", "/nonexistent/council.json"])
        XCTAssertEqual(config.status, 2)
        XCTAssertTrue(config.stderr.contains("council.json"), config.stderr)
        XCTAssertEqual(CLI.run(["serve", "--port", "70000"]).status, 2)
        XCTAssertEqual(CLI.run(["serve", "stray"]).status, 2)
        XCTAssertTrue(CLI.run(["--help"]).stdout.contains("serve"))
    }

    func testServeAnswersUntilSIGTERMThenExits0() throws {
        // A free port: bind port 0, read it, release it.
        let probe = HTTPServer(configuration: { var c = HTTPServer.Configuration(); c.port = 0; return c }(), handler: { _ in HTTPResponse(status: 200) })
        try probe.bind()
        let port = probe.port
        probe.stop()
        probe.run()
        let done = DispatchSemaphore(value: 0)
        let result = ResultBox()
        Thread {
            result.value = CLI.run(["serve", "--port", "\(port)", "--quiet", "--country", "england"], today: "2027-04-20")
            done.signal()
        }.start()
        // Wait for an HTTP answer (the signal handlers are installed before the server answers).
        var answer = ""
        for _ in 0..<200 where answer.isEmpty {
            usleep(50_000)
            answer = httpGet(port: port, path: "/v2/languages")
        }
        XCTAssertTrue(answer.hasPrefix("HTTP/1.1 200 OK"), answer)
        XCTAssertTrue(answer.contains(#""longCode":"en-GB""#), answer)
        kill(getpid(), SIGTERM)
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success, "serve stops on SIGTERM")
        XCTAssertEqual(result.value?.status, 0)
        XCTAssertTrue(result.value?.stderr.contains("stopped") ?? false)
    }

    /// A whole GET over a fresh connection, or "" when nothing answers.
    func httpGet(port: Int, path: String) -> String {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = UInt16(port).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let ok = withUnsafePointer(to: &address) { p in
            p.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard ok == 0 else { return "" }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let request = Array("GET \(path) HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        var reply: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n <= 0 { break }
            reply += chunk[0..<n]
        }
        return String(decoding: reply, as: UTF8.self)
    }

    /// The command's result, handed from the serving thread.
    final class ResultBox: @unchecked Sendable {
        var value: CLI.Result?
    }
}
