import ElectionCalendar
import FileFormats
import ReleaseChecker

/// The HTML report of `preelection check`: one self-contained page (inline CSS, no scripts, no network) a
/// communications officer can open — each release with its findings highlighted in place, a side list with
/// the guidance, and a legend that does not rely on colour alone (each severity has an icon, a letter, a word
/// and its own underline pattern). Everything from the release is escaped.
enum CheckReportHTML {
    /// How a severity is shown: icon, letter, word, CSS class.
    struct Look {
        var icon: String
        var letter: String
        var word: String
        var css: String
    }

    /// Icon, letter, word and CSS class of a severity.
    static func look(_ severity: Severity) -> Look {
        switch severity {
        case .error: Look(icon: errorIcon, letter: "E", word: "Error", css: "error")
        case .warning: Look(icon: warningIcon, letter: "W", word: "Warning", css: "warning")
        case .info: Look(icon: infoIcon, letter: "I", word: "Info", css: "info")
        }
    }

    // Inline SVG shapes (no font needed, no network): a stop-sign octagon with a cross, a triangle with "!",
    // a circle with "i" — different shapes, so the severities can be told apart without colour.
    static let errorIcon = ##"<svg class="icon" viewBox="0 0 12 12" aria-hidden="true"><polygon points="3.5,0.5 8.5,0.5 11.5,3.5 11.5,8.5 8.5,11.5 3.5,11.5 0.5,8.5 0.5,3.5" fill="#fff"/><path d="M4 4L8 8M8 4L4 8" stroke="var(--sev)" stroke-width="1.8" stroke-linecap="round"/></svg>"##
    static let warningIcon = ##"<svg class="icon" viewBox="0 0 12 12" aria-hidden="true"><polygon points="6,0.6 11.6,11.2 0.4,11.2" fill="#fff"/><path d="M6 4.2V7.6" stroke="var(--sev)" stroke-width="1.6" stroke-linecap="round"/><circle cx="6" cy="9.4" r="0.9" fill="var(--sev)"/></svg>"##
    static let infoIcon = ##"<svg class="icon" viewBox="0 0 12 12" aria-hidden="true"><circle cx="6" cy="6" r="5.6" fill="#fff"/><circle cx="6" cy="3.4" r="0.95" fill="var(--sev)"/><path d="M6 5.4V9.2" stroke="var(--sev)" stroke-width="1.7" stroke-linecap="round"/></svg>"##

    /// Marks the page as a report, so that checking a folder skips reports saved into it.
    static let generator = "preelection check report"

    /// Escapes text for HTML element content and attribute values.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// The page up to the first release: head, summary, notes and legend. The page is `head`, each file's
    /// `section` (ids r1, r2 …) and `tail`.
    static func head(_ tallies: [CheckCommand.Tally], council: String?, header: String = "", unchecked: [CheckCommand.UncheckedFile] = []) -> String {
        let errors = tallies.reduce(0) { $0 + $1.errors }
        let warnings = CheckReportText.warningCount(tallies)
        let info = tallies.reduce(0) { $0 + $1.info }
        let summary = CheckReportText.summary(tallies, unchecked: unchecked)
        return """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="\(generator)">
        <title>Pre-election check: \(escape(summary))</title>
        <style>\(css)</style>
        </head>
        <body>
        <header>
        <h1>Pre-election publicity check\(council.map { " — " + escape($0) } ?? "")</h1>
        <p class="summary"><strong>\(errors)</strong> \(errors == 1 ? "error" : "errors"), <strong>\(warnings)</strong> \(warnings == 1 ? "warning" : "warnings"), <strong>\(info)</strong> info in \(tallies.count) \(tallies.count == 1 ? "release" : "releases").</p>
        \(header.split(separator: "\n").map { "<p class=\"note\">\(escape(String($0)))</p>" }.joined(separator: "\n"))
        \(tallies.contains(where: \.membersListMissing) ? "<p class=\"note\"><strong>Note:</strong> " + escape(ReportWording.membersListMissing) + ".</p>" : "")
        \(legend)
        </header>
        <main>

        """
    }

    /// The page after the last release: the files not checked and the footer.
    static func tail(unchecked: [CheckCommand.UncheckedFile]) -> String {
        var h = ""
        if !unchecked.isEmpty {
            h += "<section class=\"release-report\" id=\"not-checked\">\n<h2>Files not checked</h2>\n<ul class=\"notices\">\n"
            for u in unchecked {
                h += "<li>\(u.isDocument ? "<span class=\"chip bad\">Not checked</span> " : "")<code>\(escape(u.path))</code>: \(codeSpans(u.advice))</li>\n"
            }
            h += "</ul>\n</section>\n"
        }
        h += """
        </main>
        <footer><p>Made by preelection \(PreElectionCLI.version). Guidance: Code of Recommended Practice on Local Authority Publicity 2011 (paras 33–35); LGA “A short guide to publicity during the pre-election period”; Local Government Act 1986 s2. Not legal advice: ask your monitoring officer when in doubt.</p></footer>
        </body>
        </html>

        """
        return h
    }

    /// Escaped text with `backquoted` parts shown as code (a command to type).
    static func codeSpans(_ text: String) -> String {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .map { $0.offset % 2 == 1 ? "<code>" + escape(String($0.element)) + "</code>" : escape(String($0.element)) }
            .joined()
    }

    static let legend = """
    <section class="legend" aria-label="Legend">
    <h2>How to read this report</h2>
    <ul>
    <li><mark class="sev-error"><span class="tag">\(errorIcon) E</span>solid underline</mark> <strong>Error</strong>: change it before the release goes out.</li>
    <li><mark class="sev-warning"><span class="tag">\(warningIcon) W</span>dashed underline</mark> <strong>Warning</strong>: needs a decision; check with your monitoring officer if unsure.</li>
    <li><mark class="sev-info"><span class="tag">\(infoIcon) I</span>dotted underline</mark> <strong>Info</strong>: fine now, but take care near a pre-election period.</li>
    <li><span class="chip">Suppressed</span> a finding someone accepted with a reason (<code>preelection: ignore RULE -- reason</code>).</li>
    </ul>
    <p>Each highlight carries a numbered label (E1, W2 …) that links to its entry in the list beside the release, with what to do instead.</p>
    </section>
    """

    /// One release: heading, period, the text with highlights, the side list.
    static func section(_ file: CheckCommand.CheckedFile, id: String) -> String {
        let report = file.report
        let name = CheckReportText.name(file.path)
        var numbers: [Int] = []
        var counters: [Severity: Int] = [:]
        for f in report.findings {
            counters[f.severity, default: 0] += 1
            numbers.append(counters[f.severity] ?? 0)
        }
        func label(_ i: Int) -> String { look(report.findings[i].severity).letter + String(numbers[i]) }

        var h = "<section class=\"release-report\" id=\"\(id)\">\n<h2>\(escape(name))</h2>\n"
        h += "<p class=\"period\">\(escape(CheckReportText.periodSentence(report).prefix(1).uppercased() + CheckReportText.periodSentence(report).dropFirst())).</p>\n"
        if !file.dateNote.isEmpty { h += "<p class=\"note\"><strong>Date:</strong> \(escape(file.dateNote)).</p>\n" }
        if let notice = file.notice { h += "<p class=\"note\"><strong>Read as:</strong> \(escape(notice)).</p>\n" }
        if report.hiddenFindings > 0 { h += "<p class=\"note\"><strong>Note:</strong> \(escape(ReportWording.hiddenFindings(report.hiddenFindings))).</p>\n" }
        for t in report.unframedTopics { h += "<p class=\"note\"><strong>Line \(t.line):</strong> \(escape(ReportWording.unframedTopic(t.topic))).</p>\n" }
        h += "<div class=\"layout\">\n<article class=\"text\" aria-label=\"The release with findings highlighted\">\n<ol class=\"lines\">\n"
        // Highlights: the findings, then the suppressed ones (grey, labelled "Suppressed").
        var marks: [Mark] = report.findings.enumerated().map { i, f in
            let l = look(f.severity)
            return Mark(range: f.range, css: "sev-" + l.css, severity: f.severity, label: l.icon + " " + label(i), href: "#\(id)-f\(i + 1)",
                        title: l.word + ": " + f.message, short: label(i) + " " + f.rule.rawValue)
        }
        for (s, sup) in report.suppressions.enumerated() {
            for f in sup.silenced {
                marks.append(Mark(range: f.range, css: "suppressed", severity: nil, label: "Suppressed", href: "#\(id)-s\(s + 1)",
                                  title: "Suppressed: " + f.message, short: "suppressed " + f.rule.rawValue))
            }
        }
        marks.sort { $0.range.lowerBound < $1.range.lowerBound }
        h += highlightedLines(file.text, marks: marks, id: id, map: file.map)
        h += "</ol>\n</article>\n<aside class=\"findings\" aria-label=\"Findings and guidance\">\n"
        if report.findings.isEmpty {
            h += "<p class=\"clean\">No findings.</p>\n"
        } else {
            h += "<h3>\(report.findings.count) \(report.findings.count == 1 ? "finding" : "findings")</h3>\n<ol class=\"list\">\n"
            for (i, f) in report.findings.enumerated() {
                let l = look(f.severity)
                h += """
                <li class="finding sev-\(l.css)" id="\(id)-f\(i + 1)">
                <p class="head"><span class="tag">\(l.icon) \(label(i))</span> <strong>\(l.word)</strong> · \(escape(f.rule.title)) <code>\(f.rule.rawValue)</code> · <a href="#\(id)-L\(f.line)">line \(f.line), column \(f.column)</a></p>
                <p class="message">\(escape(f.message))</p>
                <p class="excerpt">\(escape(f.excerpt))</p>
                <p class="guidance"><strong>What to do:</strong> \(escape(f.guidance))</p>
                </li>

                """
            }
            h += "</ol>\n"
        }
        if !report.suppressions.isEmpty {
            h += "<h3>Suppressions</h3>\n<ul class=\"suppressions\">\n"
            for (n, s) in report.suppressions.enumerated() {
                if let problem = s.problem {
                    h += "<li id=\"\(id)-s\(n + 1)\"><span class=\"chip bad\">Not applied</span> line \(s.line): <code>\(escape(s.text))</code> — \(escape(problem))</li>\n"
                } else {
                    let lines = s.appliesTo.map { "lines \($0.lowerBound)–\($0.upperBound)" } ?? "nothing"
                    h += "<li id=\"\(id)-s\(n + 1)\"><span class=\"chip\">Suppressed</span> line \(s.line): \(escape(s.rules.map(\.rawValue).joined(separator: ", "))) in \(lines), \(s.silenced.count) \(s.silenced.count == 1 ? "finding" : "findings"). Reason: \(escape(s.reason ?? ""))"
                    if !s.silenced.isEmpty {
                        h += "<ul>" + s.silenced.map { "<li>line \($0.line): \(escape($0.message))</li>" }.joined() + "</ul>"
                    }
                    h += "</li>\n"
                }
            }
            h += "</ul>\n"
        }
        if !report.statutoryNotices.isEmpty {
            h += "<h3>Statutory notices</h3>\n<ul class=\"notices\">\n"
            for n in report.statutoryNotices {
                h += "<li>\(escape(n.kind)), lines \(n.firstLine)–\(n.lastLine): candidates’ names and parties are not findings (Code of Recommended Practice on Local Authority Publicity 2011, para 34).</li>\n"
            }
            h += "</ul>\n"
        }
        h += "</aside>\n</div>\n</section>\n"
        return h
    }

    /// One highlight in the release text.
    struct Mark {
        var range: Range<Int>
        var css: String
        /// nil for a suppressed finding.
        var severity: Severity?
        var label: String
        var href: String
        var title: String
        var short: String
    }

    /// The release as numbered lines, each highlight's bytes wrapped in `<mark>` (overlaps shown at the most
    /// severe level) with a numbered label linking to the list at the start of each. For an HTML release each
    /// line is numbered with the page's own line (`map`), as the findings are, so the reports agree.
    static func highlightedLines(_ text: String, marks: [Mark], id: String, map: HTMLText.SourceMap? = nil) -> String {
        let bytes = Array(text.utf8)
        var out = ""
        var lineStart = 0
        var lineNumber = 1
        var active: [Int] = []  // marks not yet ended
        var next = 0            // next mark to start (marks are in text order)
        var shownBefore: [Int: Int] = [:] // how many lines so far were numbered with each page line
        var lastShown = 1
        func emitLine(_ a: Int, _ b: Int) {
            var end = b
            if end > a, bytes[end - 1] == 0x0D { end -= 1 }
            if let map {
                // Several text lines can come from one page line: the first gets its anchor, the rest a suffix.
                // A blank line between blocks keeps the number of the line above it, so a link to a page line
                // lands on that line's text.
                let shown = end > a ? map.sourceLine(lineNumber) : lastShown
                lastShown = shown
                let repeats = shownBefore[shown, default: 0]
                shownBefore[shown] = repeats + 1
                let anchor = repeats == 0 ? "\(shown)" : "\(shown)-\(repeats + 1)"
                out += "<li value=\"\(shown)\" id=\"\(id)-L\(anchor)\"><span class=\"code\">"
            } else {
                out += "<li id=\"\(id)-L\(lineNumber)\"><span class=\"code\">"
            }
            var pos = a
            while true {
                var labels = ""
                while next < marks.count, marks[next].range.lowerBound <= pos {
                    if marks[next].range.upperBound > pos {
                        active.append(next)
                        let m = marks[next]
                        let tagClass = m.severity == nil ? "chip" : "tag " + m.css
                        labels += "<a class=\"\(tagClass)\" href=\"\(m.href)\" title=\"\(escape(m.title))\">\(m.label)</a>"
                    }
                    next += 1
                }
                active.removeAll { marks[$0].range.upperBound <= pos }
                // The segment ends at the next start or end of a highlight, or at the line end.
                var segmentEnd = end
                if next < marks.count { segmentEnd = min(segmentEnd, max(pos + 1, marks[next].range.lowerBound)) }
                for m in active { segmentEnd = min(segmentEnd, marks[m].range.upperBound) }
                if segmentEnd <= pos { segmentEnd = min(end, pos + 1) }
                let piece = escape(String(decoding: bytes[pos..<max(pos, segmentEnd)], as: UTF8.self))
                if active.isEmpty {
                    out += labels + piece
                } else {
                    let severities = active.compactMap { marks[$0].severity }
                    let css = severities.max().map { "sev-" + look($0).css } ?? "suppressed"
                    let titles = active.map { marks[$0].short }.joined(separator: ", ")
                    out += labels + "<mark class=\"\(css)\" title=\"\(escape(titles))\">\(piece)</mark>"
                }
                if segmentEnd >= end { break }
                pos = segmentEnd
            }
            out += "</span></li>\n"
        }
        var i = 0
        while i <= bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                emitLine(lineStart, i)
                lineNumber += 1
                lineStart = i + 1
            }
            i += 1
        }
        return out
    }

    static let css = """
    :root { --error: #b00020; --warning: #8a5a00; --info: #0b5cad; --ink: #1b1b1b; --muted: #5a5a5a; --line: #d8d8d8; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--ink); background: #fafafa; }
    header, main, footer { max-width: 1400px; margin: 0 auto; padding: 0 1.25rem; }
    h1 { font-size: 1.6rem; margin: 1.25rem 0 0.25rem; }
    h2 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; word-break: break-all; }
    h3 { font-size: 1.05rem; margin: 1rem 0 0.5rem; }
    .summary { margin: 0 0 0.75rem; }
    .legend { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 0.5rem 1rem; }
    .legend h2 { font-size: 1rem; margin: 0.5rem 0; }
    .legend ul { margin: 0.25rem 0; padding-left: 1.25rem; }
    .legend li { margin: 0.2rem 0; }
    .release-report { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 0 1rem 1rem; margin: 1.25rem 0; }
    .period, .note { margin: 0.25rem 0; color: var(--muted); }
    .note { color: var(--ink); background: #fff7e0; border-left: 4px solid var(--warning); padding: 0.25rem 0.5rem; }
    .layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.25rem; align-items: start; }
    @media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
    .lines { margin: 0; padding: 0.5rem 0 0.5rem 3.5rem; font: 15px/1.6 ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; background: #fcfcfc; border: 1px solid var(--line); border-radius: 4px; }
    .lines li { white-space: pre-wrap; overflow-wrap: anywhere; padding-right: 0.5rem; }
    .lines li::marker { color: #8a8a8a; font-size: 0.85em; }
    .lines li:target { background: #fffbd6; }
    mark { background: transparent; color: inherit; text-decoration-line: underline; text-decoration-thickness: 3px; text-underline-offset: 3px; padding: 0 1px; }
    mark.sev-error { background: #fde8eb; text-decoration-style: solid; text-decoration-color: var(--error); }
    mark.sev-warning { background: #fff3d6; text-decoration-style: dashed; text-decoration-color: var(--warning); }
    mark.sev-info { background: #e6f0fb; text-decoration-style: dotted; text-decoration-color: var(--info); }
    mark.suppressed { background: #ececec; text-decoration: none; }
    .lines a.chip { color: var(--ink); text-decoration: none; background: #fff; margin-right: 3px; }
    .tag { display: inline-block; font: bold 12px/1.3 system-ui, sans-serif; border-radius: 3px; padding: 0 4px; margin-right: 2px; color: #fff; text-decoration: none; vertical-align: 1px; white-space: nowrap; }
    .tag.sev-error, .sev-error .tag { background: var(--error); --sev: var(--error); }
    .tag.sev-warning, .sev-warning .tag { background: var(--warning); --sev: var(--warning); }
    .tag.sev-info, .sev-info .tag { background: var(--info); --sev: var(--info); }
    .icon { width: 11px; height: 11px; vertical-align: -1px; margin-right: 2px; }
    .legend mark .tag { margin-right: 6px; }
    .findings { position: sticky; top: 0.5rem; max-height: calc(100vh - 1rem); overflow: auto; }
    .list { list-style: none; margin: 0; padding: 0; }
    .finding { border: 1px solid var(--line); border-left-width: 6px; border-radius: 4px; padding: 0.4rem 0.75rem; margin: 0 0 0.6rem; background: #fff; }
    .finding.sev-error { border-left-color: var(--error); border-left-style: solid; }
    .finding.sev-warning { border-left-color: var(--warning); border-left-style: dashed; }
    .finding.sev-info { border-left-color: var(--info); border-left-style: dotted; }
    .finding:target { outline: 3px solid #1b1b1b; }
    .finding p { margin: 0.2rem 0; }
    .head { font-size: 0.95rem; }
    .message { font-weight: 600; }
    .excerpt { font: 14px/1.4 ui-monospace, "DejaVu Sans Mono", monospace; color: var(--muted); background: #f5f5f5; padding: 0.2rem 0.4rem; border-radius: 3px; overflow-wrap: anywhere; }
    .guidance { font-size: 0.93rem; }
    code { font-size: 0.9em; }
    .chip { display: inline-block; border: 1px solid #6b6b6b; border-radius: 10px; padding: 0 6px; font-size: 12px; }
    .chip.bad { border-style: dashed; color: var(--error); border-color: var(--error); }
    .clean { font-weight: 600; }
    footer { color: var(--muted); font-size: 0.85rem; padding-bottom: 2rem; }
    @media print { .findings { position: static; max-height: none; } .layout { grid-template-columns: 1fr; } body { background: #fff; } }
    """
}
