import HTTPServer

/// The page `preelection serve` shows at `/`: for people with no LanguageTool-aware editor. A plain HTML
/// form (works with scripts off; the server's CSP forbids scripts anyway): paste a release or choose a
/// .docx/.odt/.html/.txt file, set the publication date, get the same HTML report as `check --format html`.
enum ServePage {
    /// The form, with today's date filled in.
    static func form(today: String, council: String?, message: String? = nil) -> String {
        let heading = council.map { "Pre-election check — " + CheckReportHTML.escape($0) } ?? "Pre-election check"
        let notice = message.map { "<p class=\"problem\" role=\"alert\">\(CheckReportHTML.escape($0))</p>\n" } ?? ""
        return """
        <!doctype html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(heading)</title>
        <style>
        body { font: 16px/1.5 system-ui, sans-serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1b1b1b; }
        h1 { font-size: 1.6rem; margin-bottom: .25rem; }
        label { display: block; font-weight: 600; margin-top: 1.25rem; }
        .hint { color: #505a5f; font-weight: normal; display: block; font-size: .95rem; }
        textarea { width: 100%; min-height: 16rem; font: inherit; padding: .5rem; box-sizing: border-box; border: 2px solid #0b0c0c; }
        input, select { font: inherit; padding: .3rem; border: 2px solid #0b0c0c; }
        input[type=file] { border: none; padding: .3rem 0; }
        button { margin-top: 1.5rem; font: inherit; font-weight: 600; padding: .6rem 1.4rem; background: #00703c; color: #fff; border: 0; box-shadow: 0 2px 0 #002d18; cursor: pointer; }
        button:focus, input:focus, textarea:focus, select:focus { outline: 3px solid #ffdd00; outline-offset: 0; }
        .problem { border-left: 5px solid #d4351c; padding: .5rem 1rem; background: #fdf2f0; }
        footer { margin-top: 2.5rem; color: #505a5f; font-size: .9rem; }
        </style>
        </head>
        <body>
        <main>
        <h1>\(heading)</h1>
        <p>Check a draft press release for councillors' quotes, party references and electioneering before it goes out. The text stays on this server and is not stored.</p>
        \(notice)<form method="post" action="/" enctype="multipart/form-data">
        <label for="text">Paste the release<span class="hint">or choose a file below instead</span></label>
        <textarea id="text" name="text" spellcheck="true"></textarea>
        <label for="file">Or choose a file<span class="hint">Word (.docx), LibreOffice (.odt), web page (.html) or text (.txt)</span></label>
        <input id="file" name="file" type="file" accept=".docx,.odt,.html,.htm,.txt,.md">
        <label for="date">Publication date<span class="hint">the day the release goes out</span></label>
        <input id="date" name="date" type="date" value="\(CheckReportHTML.escape(today))" required>
        <label for="country">Nation<span class="hint">whose elections count; leave as is to use the server's setting</span></label>
        <select id="country" name="country">
        <option value="">Server setting</option>
        <option value="england">England</option>
        <option value="wales">Wales</option>
        <option value="scotland">Scotland</option>
        <option value="northern-ireland">Northern Ireland</option>
        </select>
        <div><button type="submit">Check the release</button></div>
        </form>
        </main>
        <footer>PreElection \(PreElectionCLI.version). Editors that talk to a LanguageTool server (LibreOffice, the LanguageTool browser add-on) can use this server's address to show these checks as you type.</footer>
        </body>
        </html>

        """
    }
}
