/// The text a reader sees in an HTML page (a council's web version of a release), for the release checker.
/// A byte-level scanner in the spirit of the WHATWG HTML tokenizer (§13.2.5) — no DOM, no regular expressions — with the
/// layout of `innerText` simplified so that a blank line always means "paragraph boundary":
/// - block elements (p, div, li, h1–h6, blockquote, figcaption, section, article, header, footer, table, tr,
///   ul, ol, dl/dt/dd, hr, pre, figure, nav, aside, main, address, …) each start and end a block; blocks are
///   separated by one blank line;
/// - `<br>` starts a new line in the block; two in a row end the block (editors use `<br><br>` as a
///   paragraph break); a table row is one block, its cells (td, th) separated by tabs, and paragraphs
///   or line breaks inside a cell only separate words;
/// - runs of white space collapse to one space and lines are trimmed, as a browser renders them
///   (CSS `white-space: normal`); inside `<pre>` spaces and line ends are kept; a no-break space counts
///   as a space so that "Cllr&nbsp;Doe" reads "Cllr Doe", and a soft hyphen is dropped;
/// - `<img alt="…">` becomes the block "Image: …" (after the block it sits in), because a photo's
///   alternative text names who is pictured as a caption does — unless it only repeats the caption
///   next to it; a `<figcaption>` is always a block of its own, written after "Caption: " so that it reads as
///   a caption wherever it sits in its figure;
/// - `<q>` is shown with quotation marks, as browsers render it (“…”, ‘…’ when nested);
/// - the page's `<title>` is a block of its own: search results, social shares and the browser's tab show it, so
///   it is published text like a headline;
/// - not shown, so not read: other `<head>` metadata, `<script>`, `<style>`, `<noscript>`, `<template>`, `<svg>`, `<iframe>`, media fallbacks;
/// - the text in a `<textarea>` is shown in its box, so it is a block of its own with its line ends kept;
/// - comments are dropped, except one whose content starts with `preelection:` (the checker's inline
///   suppression `<!-- preelection: ignore RULE -- reason -->`), which becomes a block of its own;
/// - character references: the HTML 4 and common HTML5 names (`HTMLEntities`), the legacy ones also
///   without `;`, and numeric ones, where 0x80–0x9F mean Windows-1252 and invalid values U+FFFD (§13.2.5.80).
public enum HTMLText {
    /// The text content of `html`, laid out as described above (empty when there is none, else ending with
    /// a newline).
    public static func extract(_ html: String) -> String {
        var source = html
        return source.withUTF8 { bytes in
            var extractor = Extractor(bytes)
            extractor.run()
            return extractor.finish() // the anchors are dropped; the line tables are not built
        }
    }

    /// The text of `html` as `extract` lays it out, with the map from each of its bytes back to the page, so
    /// that findings can be reported at the page's own lines (where an editor opening the file finds them).
    public static func extractMapped(_ html: String) -> (text: String, map: SourceMap) {
        var source = html
        return source.withUTF8 { bytes in
            var extractor = Extractor(bytes)
            extractor.run()
            let text = extractor.finish()
            extractor.map.finish(source: bytes, output: Array(text.utf8))
            return (text, extractor.map)
        }
    }

    private enum Kind {
        case block, table, row, cell, lineBreak, pre, image, quote
        /// `<textarea>`: its text is shown in the box (RCDATA: references decoded, tags not read, §13.2.5.2).
        case textarea
        /// Content not shown: skipped up to the matching end tag without reading tags inside it.
        case hidden
    }

    private static let kinds: [PackedName: Kind] = {
        var kinds: [PackedName: Kind] = [:]
        let groups: [(Kind, [String])] = [
            (.block, ["address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
                      "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3",
                      "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol",
                      "optgroup", "option", "p", "search", "section", "summary", "ul", "head", "tbody", "thead", "tfoot", "title"]),
            (.table, ["table"]), (.row, ["tr"]), (.cell, ["td", "th"]), (.lineBreak, ["br"]),
            (.pre, ["pre", "listing"]), (.image, ["img"]), (.quote, ["q"]), (.textarea, ["textarea"]),
            (.hidden, ["script", "style", "noscript", "template", "iframe", "noembed", "noframes",
                       "xmp", "svg", "video", "audio", "canvas", "object"]),
        ]
        for (kind, names) in groups {
            for name in names { if let key = PackedName(name) { kinds[key] = kind } }
        }
        return kinds
    }()

    /// One pass over the UTF-8 bytes of the page, writing the text into `out`.
    private struct Extractor {
        let bytes: UnsafeBufferPointer<UInt8>
        var out: [UInt8] = []
        /// Line ends owed before the next visible character: 1 a line break, 2 a block boundary.
        var pendingNewlines = 0
        var pendingSpace = false
        var pendingTab = false
        var preDepth = 0
        var quoteDepth = 0
        var cellsInRow = 0
        /// Inside a td or th: blocks and line breaks there only separate words, so a row stays one line.
        var inCell = false
        /// Where the text of the current block starts in `out`, if any has been written.
        var blockStart: Int?
        var lastBlock: Range<Int>?
        /// The last picture description written, until the next block shows whether it repeats it.
        var heldImage: (start: Int, alt: [UInt8])?
        /// Descriptions of pictures met inside a block's text, written after that block.
        var deferredImages: [Picture] = []
        /// A `<figcaption>` has opened: its text is written after "Caption: ", so it reads as a caption wherever
        /// the figure's picture is.
        var captionNext = false
        /// Where the current block's own text starts after a "Caption: " written before it.
        var captionTextStart: Int?
        /// Where the output came from in the page.
        var map = SourceMap()
        /// The page offset of the text or markup being read: what inserted spaces, line ends and decoded
        /// characters map to.
        var at = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
            out.reserveCapacity(bytes.count / 2)
        }

        mutating func run() {
            let count = bytes.count
            var i = 0
            if count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { i = 3 } // BOM
            while i < count {
                at = i
                let byte = bytes[i]
                if byte > 0x20 && byte != 0x3C && byte != 0x26 && byte != 0xC2 {
                    // A run of ordinary bytes.
                    var j = i + 1
                    while j < count {
                        let next = bytes[j]
                        if next <= 0x20 || next == 0x3C || next == 0x26 || next == 0xC2 { break }
                        j += 1
                    }
                    flush()
                    map.mark(output: out.count, source: i, verbatim: true)
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<j]))
                    i = j
                    continue
                }
                switch byte {
                case 0x3C: // '<'
                    i = markup(at: i)
                case 0x26: // '&'
                    let (scalar, next) = reference(at: i, inAttribute: false)
                    if let scalar { character(scalar) } else { visible(0x26) }
                    i = next
                case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                    if preDepth > 0 {
                        if byte == 0x0D || byte == 0x0A {
                            if byte == 0x0D && i + 1 < count && bytes[i + 1] == 0x0A { i += 1 } // CR LF is one line end
                            lineBreak()
                        } else {
                            visible(byte)
                        }
                    } else {
                        pendingSpace = true
                    }
                    i += 1
                case 0xC2 where i + 1 < count && bytes[i + 1] == 0xA0: // U+00A0 no-break space
                    character(0xA0)
                    i += 2
                case 0xC2 where i + 1 < count && bytes[i + 1] == 0xAD: // U+00AD soft hyphen: not shown
                    i += 2
                default:
                    visible(byte)
                    i += 1
                }
            }
        }

        mutating func finish() -> String {
            boundary()
            return out.isEmpty ? "" : String(decoding: out + [0x0A], as: UTF8.self)
        }

        // MARK: Writing

        /// Settles owed line ends and spaces before visible text.
        @inline(__always)
        private mutating func flush() {
            if pendingNewlines > 0 {
                if !out.isEmpty {
                    map.mark(output: out.count, source: at, verbatim: false)
                    for _ in 0..<pendingNewlines { out.append(0x0A) }
                }
                pendingNewlines = 0
            } else if !out.isEmpty && out[out.count - 1] != 0x0A && (pendingTab || pendingSpace) {
                map.mark(output: out.count, source: at, verbatim: false)
                out.append(pendingTab ? 0x09 : 0x20)
            }
            pendingSpace = false
            pendingTab = false
            if blockStart == nil {
                blockStart = out.count
                captionTextStart = nil
                if captionNext {
                    captionNext = false
                    map.mark(output: out.count, source: at, verbatim: false)
                    out.append(contentsOf: Self.captionWords)
                    captionTextStart = out.count
                }
            }
        }

        private mutating func visible(_ byte: UInt8) {
            flush()
            map.mark(output: out.count, source: at, verbatim: true)
            out.append(byte)
        }

        /// A decoded character: white space and invisible characters are treated as the browser does.
        private mutating func character(_ scalar: UInt32) {
            switch scalar {
            case 0x20, 0x09, 0x0A, 0x0C, 0x0D, 0xA0:
                if preDepth == 0 {
                    pendingSpace = true
                } else if scalar == 0x0A || scalar == 0x0D {
                    lineBreak()
                } else {
                    visible(scalar == 0x09 ? 0x09 : 0x20)
                }
            case 0xAD, 0x200B: // soft hyphen, zero width space
                break
            default:
                flush()
                map.mark(output: out.count, source: at, verbatim: false)
                XMLScanner.appendUTF8(scalar, to: &out)
            }
        }

        /// A line break; a second one in a row (or one right after a block) ends the block.
        private mutating func lineBreak() {
            if pendingNewlines >= 1 {
                boundary()
            } else {
                pendingNewlines = 1
                pendingSpace = false
                pendingTab = false
            }
        }

        /// Ends the current block: what follows starts after a blank line.
        private mutating func boundary() {
            captionNext = false  // an empty figcaption names nothing
            endBlock()
            pendingNewlines = 2
            pendingSpace = false
            pendingTab = false
            guard !deferredImages.isEmpty else { return }
            let images = deferredImages
            deferredImages.removeAll()
            for picture in images { writeImage(picture) }
        }

        private mutating func endBlock() {
            guard let start = blockStart else { return }
            blockStart = nil
            var block = start..<out.count
            if let held = heldImage {
                heldImage = nil
                if out[(captionTextStart ?? block.lowerBound)..<block.upperBound].elementsEqual(held.alt) {
                    // The picture's description repeats this caption: drop "Image: …" and its blank line.
                    out.removeSubrange(held.start..<start)
                    map.remove(output: held.start..<start)
                    block = held.start..<(held.start + block.count)
                }
            }
            lastBlock = block
        }

        private static let imageWords: [UInt8] = Array("Image: ".utf8)
        private static let captionWords: [UInt8] = Array("Caption: ".utf8)

        /// A picture's description, where its `<img` starts and where each run of it came from in the page.
        struct Picture {
            var alt: [UInt8]
            var anchors: [SourceMap.Anchor]
            var source: Int
        }

        /// Writes "Image: alt" as a block of its own, unless it repeats the block just written.
        private mutating func writeImage(_ picture: Picture) {
            let alt = picture.alt
            if let last = lastBlock, out[last].elementsEqual(alt) { return }
            flush()
            let start = out.count
            map.mark(output: start, source: picture.source, verbatim: false)
            out.append(contentsOf: Self.imageWords)
            for anchor in picture.anchors {
                map.mark(output: out.count + anchor.output, source: anchor.source, verbatim: anchor.verbatim)
            }
            out.append(contentsOf: alt)
            endBlock()
            pendingNewlines = 2
            heldImage = (start, alt)
        }

        // MARK: Markup

        /// Handles the markup starting with `<` at `start`; returns where text resumes.
        private mutating func markup(at start: Int) -> Int {
            let count = bytes.count
            guard start + 1 < count else {
                visible(0x3C)
                return start + 1
            }
            let next = bytes[start + 1]
            if next == 0x21 { // '!'
                if start + 3 < count && bytes[start + 2] == 0x2D && bytes[start + 3] == 0x2D { return comment(at: start) }
                return after(0x3E, from: start + 2) // DOCTYPE, CDATA outside foreign content: bogus comments
            }
            if next == 0x3F { return after(0x3E, from: start + 2) } // '<?': a bogus comment (§13.2.5.6)
            if next == 0x2F { // '/'
                guard start + 2 < count else {
                    visible(0x3C); visible(0x2F)
                    return count
                }
                let first = bytes[start + 2]
                if first == 0x3E { return start + 3 } // "</>" is ignored
                guard Self.isLetter(first) else { return after(0x3E, from: start + 2) }
                let (name, end) = tagName(from: start + 2)
                let (close, _) = skipAttributes(from: end, wantAlt: false)
                if let name, let kind = HTMLText.kinds[name] { endTag(kind) }
                return close
            }
            guard Self.isLetter(next) else {
                visible(0x3C)
                return start + 1
            }
            let (name, end) = tagName(from: start + 1)
            let kind = name.flatMap { HTMLText.kinds[$0] }
            let (close, alt) = skipAttributes(from: end, wantAlt: kind == .image)
            guard let kind else { return close }
            switch kind {
            case .hidden:
                // <svg/> is foreign content, where a self-closing tag really closes (§13.2.6.5).
                if close >= 2 && bytes[close - 2] == 0x2F && name == Self.svg { return close }
                return skipHidden(name: (start + 1)..<end, from: close)
            case .image:
                if let alt { image(alt) }
            case .textarea:
                let endTag = endTagStart(name: (start + 1)..<end, from: close)
                boundary()
                preDepth += 1
                var from = close
                if from < endTag && bytes[from] == 0x0A { from += 1 } // as after <pre> (§13.2.6.4.7)
                rcdata(from: from, to: endTag)
                preDepth -= 1
                boundary()
                return skipHidden(name: (start + 1)..<end, from: endTag)
            case .pre:
                boundary()
                preDepth += 1
                // A line end straight after <pre> is not shown (§13.2.6.4.7).
                if close < count && bytes[close] == 0x0A { return close + 1 }
                if close + 1 < count && bytes[close] == 0x0D && bytes[close + 1] == 0x0A { return close + 2 }
            default:
                startTag(kind)
                if name == Self.figcaption { captionNext = true }
            }
            return close
        }

        private mutating func startTag(_ kind: Kind) {
            switch kind {
            case .block: if inCell { pendingSpace = true } else { boundary() }
            case .table, .row:
                boundary()
                cellsInRow = 0
                inCell = false
            case .cell:
                if cellsInRow > 0 { pendingTab = true }
                cellsInRow += 1
                inCell = true
            case .lineBreak: if inCell { pendingSpace = true } else { lineBreak() }
            case .quote:
                quoteDepth += 1
                character(quoteDepth % 2 == 1 ? 0x201C : 0x2018)
            case .pre, .image, .hidden, .textarea: break
            }
        }

        private mutating func endTag(_ kind: Kind) {
            switch kind {
            case .block: if inCell { pendingSpace = true } else { boundary() }
            case .table, .row:
                boundary()
                cellsInRow = 0
                inCell = false
            case .cell:
                inCell = false
            case .pre:
                boundary()
                preDepth = max(0, preDepth - 1)
            case .lineBreak: if inCell { pendingSpace = true } else { lineBreak() } // browsers read </br> as <br>
            case .quote:
                guard quoteDepth > 0 else { return }
                character(quoteDepth % 2 == 1 ? 0x201D : 0x2019)
                quoteDepth -= 1
            case .image, .hidden, .textarea: break
            }
        }

        /// An `<img>` with alternative text: "Image: …" now, or after the block whose text it sits in.
        private mutating func image(_ range: Range<Int>) {
            var alt: [UInt8] = []
            var anchors = SourceMap()
            var space = false
            var i = range.lowerBound
            let end = min(range.upperBound, bytes.count)
            while i < end {
                let byte = bytes[i]
                if byte == 0x26 {
                    let (decoded, next) = reference(at: i, inAttribute: true, limit: end)
                    let entityStart = i
                    i = next
                    let scalar = decoded ?? 0x26
                    if scalar == 0x20 || scalar == 0x09 || scalar == 0x0A || scalar == 0x0C || scalar == 0x0D || scalar == 0xA0 {
                        space = !alt.isEmpty
                        continue
                    }
                    if scalar == 0xAD || scalar == 0x200B { continue }
                    if space { alt.append(0x20); space = false }
                    anchors.mark(output: alt.count, source: entityStart, verbatim: false)
                    XMLScanner.appendUTF8(scalar, to: &alt)
                    continue
                }
                if byte == 0xC2 && i + 1 < end && (bytes[i + 1] == 0xA0 || bytes[i + 1] == 0xAD) {
                    if bytes[i + 1] == 0xA0 { space = !alt.isEmpty }
                    i += 2
                    continue
                }
                if Self.isSpace(byte) {
                    space = !alt.isEmpty
                    i += 1
                    continue
                }
                if space { alt.append(0x20); space = false }
                anchors.mark(output: alt.count, source: i, verbatim: true)
                alt.append(byte)
                i += 1
            }
            guard !alt.isEmpty else { return }
            let picture = Picture(alt: alt, anchors: anchors.anchors, source: at)
            if blockStart == nil { writeImage(picture) } else { deferredImages.append(picture) }
        }

        /// A comment `<!-- … -->` (§13.2.5.43–52); kept only as a `preelection:` line.
        private mutating func comment(at start: Int) -> Int {
            let count = bytes.count
            let contentStart = start + 4
            if contentStart < count && bytes[contentStart] == 0x3E { return contentStart + 1 } // <!-->
            if contentStart + 1 < count && bytes[contentStart] == 0x2D && bytes[contentStart + 1] == 0x3E { return contentStart + 2 } // <!--->
            var i = contentStart
            var contentEnd = count
            var resume = count
            while i + 2 < count {
                if bytes[i] == 0x2D && bytes[i + 1] == 0x2D {
                    if bytes[i + 2] == 0x3E { contentEnd = i; resume = i + 3; break }
                    if bytes[i + 2] == 0x21 && i + 3 < count && bytes[i + 3] == 0x3E { contentEnd = i; resume = i + 4; break }
                }
                i += 1
            }
            var first = contentStart
            while first < contentEnd && Self.isSpace(bytes[first]) { first += 1 }
            guard hasPrefixIgnoringCase("preelection:", at: first, limit: contentEnd) else { return resume }
            var line: [UInt8] = []
            var space = false
            for k in first..<contentEnd {
                let byte = bytes[k]
                if Self.isSpace(byte) { space = true; continue }
                if space { line.append(0x20); space = false }
                line.append(byte)
            }
            boundary()
            flush()
            map.mark(output: out.count, source: first, verbatim: false)
            out.append(contentsOf: line)
            boundary()
            return resume
        }

        /// The tag name starting at `start` (lowercased, packed) and where it ends.
        private func tagName(from start: Int) -> (PackedName?, Int) {
            var end = start
            while end < bytes.count {
                let byte = bytes[end]
                if Self.isSpace(byte) || byte == 0x2F || byte == 0x3E { break }
                end += 1
            }
            return (PackedName(bytes, from: start, count: end - start, lowercased: true), end)
        }

        private static let svg = PackedName("svg")
        private static let figcaption = PackedName("figcaption")

        /// Skips a tag's attributes (§13.2.5.32–40) and returns the offset after its `>` and, when
        /// `wantAlt`, the range of the `alt` attribute's value.
        private func skipAttributes(from start: Int, wantAlt: Bool) -> (Int, Range<Int>?) {
            let count = bytes.count
            var alt: Range<Int>?
            var i = start
            while i < count {
                let byte = bytes[i]
                if Self.isSpace(byte) || byte == 0x2F { i += 1; continue }
                if byte == 0x3E { return (i + 1, alt) }
                let nameStart = i
                i += 1
                while i < count {
                    let b = bytes[i]
                    if Self.isSpace(b) || b == 0x2F || b == 0x3E || b == 0x3D { break }
                    i += 1
                }
                let nameEnd = i
                while i < count && Self.isSpace(bytes[i]) { i += 1 }
                guard i < count, bytes[i] == 0x3D else { continue }
                i += 1
                while i < count && Self.isSpace(bytes[i]) { i += 1 }
                guard i < count else { return (count, alt) }
                let value: Range<Int>
                if bytes[i] == 0x22 || bytes[i] == 0x27 {
                    let quote = bytes[i]
                    var j = i + 1
                    while j < count && bytes[j] != quote { j += 1 }
                    value = (i + 1)..<j
                    i = min(j + 1, count)
                } else {
                    var j = i
                    while j < count && !Self.isSpace(bytes[j]) && bytes[j] != 0x3E { j += 1 }
                    value = i..<j
                    i = j
                }
                if wantAlt, alt == nil, nameEnd - nameStart == 3, bytes[nameStart] | 0x20 == 0x61,
                   bytes[nameStart + 1] | 0x20 == 0x6C, bytes[nameStart + 2] | 0x20 == 0x74 {
                    alt = value // the first attribute of a name wins (§13.2.5.33)
                }
            }
            return (count, alt)
        }

        /// Where the end tag `</name` of a raw-text or RCDATA element starts (the end of the input if there is none).
        private func endTagStart(name: Range<Int>, from start: Int) -> Int {
            let count = bytes.count
            let length = name.count
            var i = start
            while i + 1 < count {
                if bytes[i] == 0x3C && bytes[i + 1] == 0x2F && i + 2 + length <= count {
                    var same = true
                    for k in 0..<length where bytes[i + 2 + k] | 0x20 != bytes[name.lowerBound + k] | 0x20 {
                        same = false
                        break
                    }
                    if same {
                        let after = i + 2 + length
                        if after == count { return i }
                        let byte = bytes[after]
                        if Self.isSpace(byte) || byte == 0x2F || byte == 0x3E { return i }
                    }
                }
                i += 1
            }
            return count
        }

        /// Text of an RCDATA element (`<textarea>`): character references decoded, `<` is text, line ends kept.
        private mutating func rcdata(from start: Int, to end: Int) {
            var i = start
            while i < end {
                at = i
                let byte = bytes[i]
                switch byte {
                case 0x26:
                    let (scalar, next) = reference(at: i, inAttribute: false, limit: end)
                    if let scalar { character(scalar) } else { visible(0x26) }
                    i = max(next, i + 1)
                case 0x0D, 0x0A:
                    if byte == 0x0D && i + 1 < end && bytes[i + 1] == 0x0A { i += 1 }
                    lineBreak()
                    i += 1
                case 0x20, 0x09:
                    visible(byte)
                    i += 1
                default:
                    visible(byte)
                    i += 1
                }
            }
        }

        /// Skips the content of an element that is not shown, up to and past `</name`…`>`.
        private func skipHidden(name: Range<Int>, from start: Int) -> Int {
            let endTag = endTagStart(name: name, from: start)
            return endTag == bytes.count ? endTag : after(0x3E, from: endTag + 2 + name.count)
        }

        /// The offset after the next `byte` at or after `start` (the end of the input if there is none).
        private func after(_ byte: UInt8, from start: Int) -> Int {
            var i = start
            while i < bytes.count {
                if bytes[i] == byte { return i + 1 }
                i += 1
            }
            return bytes.count
        }

        // MARK: Character references

        /// Decodes the character reference at `start` (which holds `&`), §13.2.5.72–80. Returns nil as the
        /// scalar when the `&` is just an ampersand, and where text resumes.
        private func reference(at start: Int, inAttribute: Bool, limit: Int? = nil) -> (UInt32?, Int) {
            let count = min(limit ?? bytes.count, bytes.count)
            var i = start + 1
            guard i < count else { return (nil, start + 1) }
            if bytes[i] == 0x23 { // '#'
                i += 1
                let hex = i < count && bytes[i] | 0x20 == 0x78
                if hex { i += 1 }
                let digitsStart = i
                var value: UInt32 = 0
                while i < count, let digit = Self.digit(bytes[i], hex: hex) {
                    value = min(value &* (hex ? 16 : 10) &+ digit, 0x11_0000)
                    i += 1
                }
                guard i > digitsStart else { return (nil, start + 1) }
                if i < count && bytes[i] == 0x3B { i += 1 }
                return (Self.numericValue(value), i)
            }
            let nameStart = i
            while i < count && i - nameStart < 32 && Self.isAlphanumeric(bytes[i]) { i += 1 }
            let nameLength = i - nameStart
            guard nameLength > 0 else { return (nil, start + 1) }
            if i < count && bytes[i] == 0x3B, let key = PackedName(bytes, from: nameStart, count: nameLength),
               let found = HTMLEntities.table[key] {
                return (found.scalar, i + 1)
            }
            // Legacy names also match without the semicolon, longest first (so "&pound5" is "£5"); in an
            // attribute value not when followed by an alphanumeric or "=" (§13.2.5.73).
            var length = min(nameLength, HTMLEntities.longestLegacyName)
            while length >= 2 {
                if let key = PackedName(bytes, from: nameStart, count: length), let found = HTMLEntities.table[key], found.legacy {
                    let end = nameStart + length
                    if inAttribute && end < count && (Self.isAlphanumeric(bytes[end]) || bytes[end] == 0x3D) { return (nil, start + 1) }
                    return (found.scalar, end)
                }
                length -= 1
            }
            return (nil, start + 1)
        }

        /// §13.2.5.80: NUL, surrogates and values past U+10FFFF are U+FFFD; 0x80–0x9F are read as Windows-1252.
        private static func numericValue(_ value: UInt32) -> UInt32 {
            if value == 0 || value > 0x10_FFFF || (value >= 0xD800 && value <= 0xDFFF) { return 0xFFFD }
            if value >= 0x80 && value <= 0x9F, let mapped = TextDecoding.windows1252High[Int(value - 0x80)] { return mapped.value }
            return value
        }

        // MARK: Bytes

        private func hasPrefixIgnoringCase(_ literal: StaticString, at start: Int, limit: Int) -> Bool {
            let length = literal.utf8CodeUnitCount
            guard start + length <= limit else { return false }
            let pointer = literal.utf8Start
            for k in 0..<length where bytes[start + k] | 0x20 != pointer[k] | 0x20 { return false }
            return true
        }

        @inline(__always) private static func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
        }

        @inline(__always) private static func isLetter(_ byte: UInt8) -> Bool {
            let lower = byte | 0x20
            return lower >= 0x61 && lower <= 0x7A
        }

        @inline(__always) private static func isAlphanumeric(_ byte: UInt8) -> Bool {
            isLetter(byte) || (byte >= 0x30 && byte <= 0x39)
        }

        private static func digit(_ byte: UInt8, hex: Bool) -> UInt32? {
            if byte >= 0x30 && byte <= 0x39 { return UInt32(byte - 0x30) }
            guard hex else { return nil }
            let lower = byte | 0x20
            return lower >= 0x61 && lower <= 0x66 ? UInt32(lower - 0x61 + 10) : nil
        }
    }
}
