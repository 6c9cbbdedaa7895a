import XCTest
@testable import FileFormats

final class HTMLTextTests: XCTestCase {
    /// A release as a council CMS publishes it: head metadata, navigation, scripts, a figure, a
    /// suppression comment, entities of every kind and markup spread over lines.
    static let page = """
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
      <meta charset="utf-8">
      <title>New library opens in Riverside | Anytown Borough Council</title>
      <style>p { margin: 0 } .x > .y { content: "<p>not text</p>" }</style>
      <script>var html = "<p>not text</p>"; if (a < b && c > d) { track('</p>'); }</script>
      <link rel="stylesheet" href="/site.css">
    </head>
    <body class="news">
    <nav aria-label="Breadcrumb"><a href="/">Home</a> &gt; <a href="/news">News</a></nav>
    <!-- CMS: article 4567 -->
    <article>
      <h1>New library opens   in
          Riverside</h1>
      <p class="date">Published: Monday 2&nbsp;March&nbsp;2026</p>
      <p>Anytown Borough Council will open the new <strong>Riverside</strong> <em>Library</em> on
         Monday 30 March 2026.</p>
      <!-- preelection: ignore member-quote -- quote approved by the Monitoring Officer on 2 March 2026 -->
      <p>&ldquo;This is a great day for residents,&rdquo; said Cllr&nbsp;Jane Doe, Leader of the Council.</p>
      <p>Opening hours: 9am&ndash;5pm<br>
      Café &amp; children&#8217;s room &#x2014; free wi&#8209;fi &copy 2026</p>
      <figure>
        <img src="/images/ribbon.jpg" alt="Cllr Jane Doe cuts the ribbon">
        <figcaption>Pictured: Cllr Jane Doe with library staff.</figcaption>
      </figure>
      <ul>
        <li>Children’s room</li>
        <li>Study space<li>Café
      </ul>
      <table>
        <tr><th>Service</th><th>Opening day</th></tr>
        <tr><td>Children’s room</td> <td>Monday 30 March 2026</td></tr>
      </table>
      <p>Notes to editors<br><br>Press office: 01234 567890</p>
    </article>
    <footer><p>&copy; Anytown Borough Council</p><noscript>Please enable JavaScript</noscript></footer>
    <svg width="24" height="24"><title>Facebook</title><path d="M0 0h24v24H0z"/></svg>
    </body>
    </html>
    """

    /// The page as a browser and a search result show it: the title (tab, search results, social shares), then the body.
    func testCouncilPageReadsAsABrowserShowsIt() {
        XCTAssertEqual(HTMLText.extract(Self.page), """
        New library opens in Riverside | Anytown Borough Council

        Home > News

        New library opens in Riverside

        Published: Monday 2 March 2026

        Anytown Borough Council will open the new Riverside Library on Monday 30 March 2026.

        preelection: ignore member-quote -- quote approved by the Monitoring Officer on 2 March 2026

        “This is a great day for residents,” said Cllr Jane Doe, Leader of the Council.

        Opening hours: 9am–5pm
        Café & children’s room — free wi‑fi © 2026

        Image: Cllr Jane Doe cuts the ribbon

        Caption: Pictured: Cllr Jane Doe with library staff.

        Children’s room

        Study space

        Café

        Service\tOpening day

        Children’s room\tMonday 30 March 2026

        Notes to editors

        Press office: 01234 567890

        © Anytown Borough Council

        """)
    }

    /// A figure's caption is a line of its own, marked "Caption: " so that it reads as one wherever the picture is;
    /// an empty one marks nothing.
    func testFigcaptionIsAlwaysItsOwnLine() {
        XCTAssertEqual(HTMLText.extract("<p>The mayor opened it.<figure><figcaption>Pictured: Cllr Sam Patel</figcaption></figure>More text</p>"),
                       "The mayor opened it.\n\nCaption: Pictured: Cllr Sam Patel\n\nMore text\n")
        XCTAssertEqual(HTMLText.extract("<figure><figcaption></figcaption></figure><p>More text</p>"), "More text\n")
    }

    func testImageDescriptionsAreLinesButNotDoubledByTheirCaption() {
        XCTAssertEqual(HTMLText.extract(#"<figure><img alt="Pictured: Cllr Sam Patel at the Leisure Centre."><figcaption>Pictured: Cllr Sam Patel at the Leisure Centre.</figcaption></figure><p>It reopens on 6 May 2027.</p>"#),
                       "Caption: Pictured: Cllr Sam Patel at the Leisure Centre.\n\nIt reopens on 6 May 2027.\n")
        XCTAssertEqual(HTMLText.extract(#"<p class="caption">Cllr Sam Patel</p><img src=x.jpg alt="Cllr Sam Patel">"#), "Cllr Sam Patel\n")
        // An image inside a sentence does not split it: its description follows the paragraph.
        XCTAssertEqual(HTMLText.extract(#"<p>Follow us <img src="t.png" alt="on  X&amp;Y"> for news.</p><p>Next</p>"#),
                       "Follow us for news.\n\nImage: on X&Y\n\nNext\n")
        XCTAssertEqual(HTMLText.extract(#"<p>A<img alt="">B<img src=spacer.gif>C</p>"#), "ABC\n", "decorative images add nothing")
    }

    func testPreKeepsSpacesAndLineEnds() {
        XCTAssertEqual(HTMLText.extract("<p>Before</p><pre>\nWard      Votes\r\nRiverside  1,204\n</pre><p>After   this</p>"),
                       "Before\n\nWard      Votes\nRiverside  1,204\n\nAfter this\n")
    }

    func testWhitespaceCollapsesAndLinesAreTrimmed() {
        XCTAssertEqual(HTMLText.extract("  <div>\n\t  Register   to\n vote  </div>  <span> by </span>20\u{00A0}April\u{00A0}2026 "),
                       "Register to vote\n\nby 20 April 2026\n")
        XCTAssertEqual(HTMLText.extract("<p>&nbsp;</p><p>\u{00A0}</p><p>Text</p><p> </p>"), "Text\n")
        XCTAssertEqual(HTMLText.extract(""), "")
        XCTAssertEqual(HTMLText.extract("<html><head><title>Only a title</title></head><body></body></html>"), "Only a title\n")
        XCTAssertEqual(HTMLText.extract("<svg><title>Facebook</title></svg><p>Text</p>"), "Text\n", "an icon's title is not the page's")
    }

    func testBreaksWithinAndBetweenParagraphs() {
        XCTAssertEqual(HTMLText.extract("<p>Line one<br/>Line two<br></p><p>Next</p>"), "Line one\nLine two\n\nNext\n")
        XCTAssertEqual(HTMLText.extract("First para<br><br>\n<br>Second para</br>third"), "First para\n\nSecond para\nthird\n")
    }

    func testNamedReferences() {
        let cases: [(String, String)] = [
            ("&amp; &lt; &gt; &quot; &apos;", "& < > \" '"),
            ("&ndash;&mdash;&lsquo;&rsquo;&ldquo;&rdquo;&hellip;", "–—‘’“”…"),
            ("&pound;5 &euro;10 &copy; &reg; &trade; &bull; &middot; &laquo;&raquo;", "£5 €10 © ® ™ • · «»"),
            ("Caf&eacute; &Eacute;cole na&iuml;ve S&oslash;ren", "Café École naïve Søren"),
            ("Gwyn&wcirc;s a Th&ycirc; Ll&yacute;n", "Gwynŵs a Thŷ Llýn"),
            ("&frac12; &deg;C &times; &divide; &plusmn; &ne; &le; &rarr; &hearts; &lang;x&rang;", "½ °C × ÷ ± ≠ ≤ → ♥ ⟨x⟩"),
            // Legacy names work without the semicolon, longest match first; others need it.
            ("&pound5 &copy 2026 &ampersand &notit; &hellip", "£5 © 2026 &ersand ¬it; &hellip"),
            ("&unknown; & alone &; &#; &#x;", "&unknown; & alone &; &#; &#x;"),
            ("Coun&shy;cillor", "Councillor"),
        ]
        for (html, text) in cases {
            XCTAssertEqual(HTMLText.extract(html), text + "\n", html)
        }
    }

    func testNumericReferences() {
        let cases: [(String, String)] = [
            ("&#8220;Hi&#8221; &#x201C;Hi&#x201D; &#X2019;", "“Hi” “Hi” ’"),
            ("&#163;5 &#x20AC;5 &#8211", "£5 €5 –"),
            // 0x80–0x9F are Windows-1252 (legacy CMS output), invalid values are U+FFFD.
            ("&#150; &#146; &#147;x&#148; &#128;", "– ’ “x” €"),
            ("&#0; &#xD800; &#x110000; &#99999999999;", "\u{FFFD} \u{FFFD} \u{FFFD} \u{FFFD}"),
            ("&#128512;", "😀"),
        ]
        for (html, text) in cases {
            XCTAssertEqual(HTMLText.extract(html), text + "\n", html)
        }
    }

    func testCommentsAreDroppedExceptSuppressions() {
        let html = """
        <p>One</p><!-- hidden --><!----><!--><!---><!-- a -- b --!><p>Two<!--[if IE]><p>old IE</p><![endif]--></p>
        <!--
            PREELECTION:  ignore party-reference -- statutory notice of poll
        -->
        <p>Three</p><!-- unterminated <p>lost</p>
        """
        XCTAssertEqual(HTMLText.extract(html), "One\n\nTwo\n\nPREELECTION: ignore party-reference -- statutory notice of poll\n\nThree\n")
    }

    func testHiddenElementsAndTheirLookalikes() {
        let html = """
        <script type="text/javascript">document.write("</scrip" + "t><p>x</p>")</script>\
        <SCRIPT>alert(1)</SCRIPT >\
        <p>Shown</p><style media="print">p::after { content: "</p>" }</style>\
        <template><p>Template</p></template><textarea><p>typed</p></textarea>\
        <svg viewBox="0 0 1 1"/><p>After svg</p><iframe src="x">fallback</iframe>\
        <video controls><source src="a.mp4">Your browser does not support video.</video>\
        <p>End</p>
        """
        XCTAssertEqual(HTMLText.extract(html), "Shown\n\n<p>typed</p>\n\nAfter svg\n\nEnd\n", "a textarea's text is shown, its markup as text")
    }

    func testTagSyntaxEdgeCases() {
        XCTAssertEqual(HTMLText.extract(#"<p title="a > b" data-x='<p>'>Vote > 3 < 5</p>"#), "Vote > 3 < 5\n")
        XCTAssertEqual(HTMLText.extract("<P CLASS=lead>Upper</P><DIV>case</DIV>"), "Upper\n\ncase\n")
        XCTAssertEqual(HTMLText.extract("a<b>c</b>d</>e<?php echo 1 ?>f<!DOCTYPE x>g"), "acdefg\n")
        XCTAssertEqual(HTMLText.extract("<p>x</p><"), "x\n\n<\n")
        XCTAssertEqual(HTMLText.extract("<p>x</p></"), "x\n\n</\n")
        XCTAssertEqual(HTMLText.extract("<p>unterminated <a href=\"x"), "unterminated\n")
        XCTAssertEqual(HTMLText.extract("<p>Say <q>hello <q>there</q></q>.</p>"), "Say “hello ‘there’”.\n")
    }

    func testTablesRowsAreLinesCellsTabs() {
        let html = """
        <table><thead><tr><th>Ward</th><th>Candidate</th></tr></thead>
        <tbody><tr><td>Riverside</td><td>
          Jane Doe
        </td></tr><tr><td></td><td>Sam Patel</td></tr></tbody></table>
        """
        XCTAssertEqual(HTMLText.extract(html), "Ward\tCandidate\n\nRiverside\tJane Doe\n\nSam Patel\n")
        // CMS tables wrap cell text in paragraphs; the row still reads as one line.
        XCTAssertEqual(HTMLText.extract("<table><tr><td><p>Riverside</p><p>(north)</p></td><td><p>Jane<br>Doe</p></td></tr></table><p>After</p>"),
                       "Riverside (north)\tJane Doe\n\nAfter\n")
    }

    func testDamagedMarkupNeverCrashes() {
        // Deterministic pseudo-random damage: every prefix and many byte changes of the page must
        // still give text (valid UTF-8, no crash, no markup characters from tags in it).
        let bytes = Array(Self.page.utf8)
        for length in stride(from: 0, through: bytes.count, by: 3) {
            let text = HTMLText.extract(String(decoding: bytes.prefix(length), as: UTF8.self))
            XCTAssertFalse(text.contains("<p"), "cut to \(length)")
        }
        var seed: UInt64 = 20270506
        let bad = Array("<>&\"'/=;#!-x".utf8) + [0x00, 0xC2, 0xA0, 0x0A]
        for _ in 0..<3000 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            var damaged = bytes
            damaged[Int(seed >> 33) % bytes.count] = bad[Int(seed >> 20) % bad.count]
            _ = HTMLText.extract(String(decoding: damaged, as: UTF8.self))
        }
    }

    func testTextareaTextIsRead() {
        // A web form's prefilled text is shown in its box, so it is published.
        let html = "<p>Have your say</p><textarea name=\"q\">Vote Labour &amp; keep\nthe library <b>open</b></textarea><p>Thanks</p>"
        XCTAssertEqual(HTMLText.extract(html), "Have your say\n\nVote Labour & keep\nthe library <b>open</b>\n\nThanks\n")
        XCTAssertEqual(HTMLText.extract("<textarea>\nunclosed & open"), "unclosed & open\n")
    }

    /// Findings are reported at the page's own lines and columns (characters), so the map must send each part of
    /// the text back to the markup it came from: copied text byte for byte, entities and inserted text to their markup.
    func testMapGivesThePagesOwnLinesAndColumns() {
        let html = """
        <html>
        <body>
        <p>Register to vote</p>
        <p>Fish &amp; chips with Cllr Jo Bloggs</p>
        <p>First line<br>Cllr Ann Other spoke</p>
        <figure><figcaption>Pictured: Cllr Sam Patel</figcaption></figure>
        <img src=x.jpg alt="Cllr Kim Lee at the opening">
        <p>Café owner Cllr Ann Smith said <q>yes</q></p>
        </body></html>
        """
        let (text, map) = HTMLText.extractMapped(html)
        XCTAssertEqual(text, HTMLText.extract(html))
        XCTAssertEqual(text, "Register to vote\n\nFish & chips with Cllr Jo Bloggs\n\nFirst line\nCllr Ann Other spoke\n\nCaption: Pictured: Cllr Sam Patel\n\nImage: Cllr Kim Lee at the opening\n\nCafé owner Cllr Ann Smith said “yes”\n")
        func at(_ line: Int, _ column: Int) -> [Int] {
            let p = map.sourcePosition(line: line, column: column)
            return [p.line, p.column]
        }
        XCTAssertEqual(at(1, 1), [3, 4], "a paragraph on the page's third line")
        XCTAssertEqual(at(3, 6), [4, 9], "a character reference maps to its '&'")
        XCTAssertEqual(at(3, 19), [4, 26], "after an entity, columns follow the page")
        XCTAssertEqual(at(6, 1), [5, 18], "after a <br>")
        XCTAssertEqual(at(8, 20), [6, 31], "inside a figcaption, after the 'Caption: ' written before it")
        XCTAssertEqual(at(10, 1), [7, 1], "the 'Image: ' words map to the <img>")
        XCTAssertEqual(at(10, 8), [7, 21], "inside an alt attribute")
        XCTAssertEqual(at(12, 12), [8, 15], "columns count characters, not bytes")
        XCTAssertEqual(at(12, 32), [8, 35], "a <q>'s quotation mark maps to the <q>")
        XCTAssertEqual(map.sourceLine(4), 5, "the blank line between blocks maps to where the next block's text starts")
    }

    /// A picture description that only repeats its caption is removed from the text; the map must move with it.
    func testMapFollowsADroppedPictureDescription() {
        let html = "<figure><img alt=\"Cllr Sam Patel\">\n<figcaption>Cllr Sam Patel</figcaption></figure>\n<p>Next</p>"
        let (text, map) = HTMLText.extractMapped(html)
        XCTAssertEqual(text, "Caption: Cllr Sam Patel\n\nNext\n")
        XCTAssertEqual(map.sourcePosition(line: 1, column: 15).line, 2)
        XCTAssertEqual(map.sourcePosition(line: 1, column: 15).column, 18)
        XCTAssertEqual(map.sourcePosition(line: 3, column: 1).line, 3)
        XCTAssertEqual(map.sourcePosition(line: 3, column: 1).column, 4)
    }

    /// The page title is read as a line of its own: search results and social shares show it.
    func testTitleIsReadAsItsOwnLine() {
        XCTAssertEqual(HTMLText.extract("<html><head><title>Mayor opens library</title></head><body><p>Text</p></body></html>"),
                       "Mayor opens library\n\nText\n")
    }
}
