/// Photo captions: a line starting `Pictured:`, `Photo:`, `Caption:`, `Left to right:`, or containing
/// `(l-r)` / `(left to right)`, and Markdown image text `![…]`. A member or candidate named or shown in one
/// is a `member-photo` finding (LGA short guide, 'should not' item 4: photographs that include candidates).
enum PhotoCaption {
    /// Words that open a caption at the start of a line; `needsColon` ones only before `:`/`(`/a dash.
    static let starts = PhraseTable<Bool>(Vocabulary.all.flatMap(\.captionStarts))

    static let leftToRight: [[UInt64]] = Vocabulary.all.flatMap(\.leftToRight).map(TextScanner.keys)

    /// Photo-credit openers ("PICTURE:", "Photo credit:", "Llun:").
    static let credits = PhraseTable<Bool>(Vocabulary.all.flatMap(\.photoCredits).map { ($0, true) })

    /// True when line `l` is a photo credit: a credit opener, ":" or "by", then at most five capitalised words
    /// naming a studio, photographer or organisation (no titles or roles): "PICTURE: Northby Studios".
    static func isCredit(_ scanner: TextScanner, classes: [WordClass], line l: Int) -> Bool {
        let tokens = scanner.tokens
        let a = Int(scanner.lineTokenStart[l]), b = Int(scanner.lineTokenStart[l + 1])
        var k = a
        while k < b, tokens[k].kind == .punct || tokens[k].kind == .quote { k += 1 }
        return creditRuns(scanner, classes: classes, from: k, to: b)
    }

    /// True when tokens `k..<b` are a credit running to the end of the line: opener, ":" or "by", then one to
    /// five capitalised words (brackets and a full stop allowed). Looks at no more than a dozen tokens.
    static func creditRuns(_ scanner: TextScanner, classes: [WordClass], from k: Int, to b: Int) -> Bool {
        let tokens = scanner.tokens
        guard k < b, let m = credits.match(scanner, at: k) else { return false }
        var r = m.last + 1
        guard r < b, tokens[r].isPunct(":") || tokens[r].key == byKey else { return false }
        r += 1
        var words = 0
        while r < b {
            let t = tokens[r]
            if t.kind == .word {
                guard t.has(.capital) || classes[r].intersects(Lexicon.connector), !classes[r].intersects((Lexicon.title | Lexicon.pluralTitle | Lexicon.honorific)) else { return false }
                words += 1
                if words > 5 { return false }
            } else if r - m.last > 14 {
                return false
            }
            r += 1
        }
        return words >= 1
    }

    /// "Cllr Jane Doe at the depot. PICTURE: Exampleton Echo" / "… (Image: Exampleton Echo)": where a caption
    /// line ends in its credit, the token that starts the credit; nil otherwise. Only credits after a full
    /// stop, dash, bar or opening bracket count, so each line is checked at a handful of places.
    static func trailingCredit(_ scanner: TextScanner, classes: [WordClass], from a: Int, to b: Int) -> Int? {
        let tokens = scanner.tokens
        var k = a + 1
        while k < b {
            let p = tokens[k - 1]
            if tokens[k].kind == .word, p.kind == .punct,
               p.isPunct(".") || p.isPunct("(") || p.isPunct("[") || p.isPunct("|") || p.isDash,
               creditRuns(scanner, classes: classes, from: k, to: b) {
                return k
            }
            k += 1
        }
        return nil
    }

    /// Where a numbered item's text starts after its number and a platform label: "3. Photographs of …",
    /// "4) Instagram: Photo carousel – …" (notes to editors and social-media drafts are numbered lists).
    /// Returns `k` when there is neither.
    static func afterListLabel(_ scanner: TextScanner, classes: [WordClass], from k: Int, to b: Int) -> Int {
        let tokens = scanner.tokens
        var o = k
        if o + 1 < b, tokens[o].kind == .number, tokens[o + 1].isPunct(".") || tokens[o + 1].isPunct(")") { o += 2 }
        // A label: one or two capitalised words (no title or role) and a colon.
        var w = o
        while w < b, w - o < 2, tokens[w].kind == .word, tokens[w].has(.capital),
              !classes[w].intersects((Lexicon.title | Lexicon.pluralTitle | Lexicon.honorific | Lexicon.roleStart | Lexicon.captionStart)) { w += 1 }
        if w > o, w + 1 < b, tokens[w].isPunct(":") { o = w + 1 }
        return o
    }

    static let byKey = TextScanner.key("by")
    static let imageKey = TextScanner.key("image")
    /// "photo", "photographs", Welsh "llun", "lluniau", and the "of" / "o" / "o'r" after them.
    static let photoNounKeys: Set<UInt64> = Set(["photo", "photos", "photograph", "photographs", "picture", "pictures", "image", "images",
                                                 "llun", "lluniau", "lun", "luniau", "ffotograff", "ffotograffau"].map(TextScanner.key))
    static let captionHeadingKeys: Set<UInt64> = Set(["caption", "captions", "capsiwn", "capsiynau"].map(TextScanner.key))
    static let photoCallKeys: Set<UInt64> = Set(["photocall", "photocalls"].map(TextScanner.key))
    static let withKey = TextScanner.key("with")
    /// "Figure", "Fig", Welsh "Ffigur", "Llun" before a number: a numbered figure's caption.
    /// Picture file extensions: a line naming only "IMG_4452.jpg" heads its caption in a caption sheet.
    static let imageExtensionKeyList: [UInt64] = ["jpg", "jpeg", "png", "gif", "webp", "heic", "tif", "tiff"].map(TextScanner.key)
    /// Cameras' file-name prefixes: "IMG_4401", "DSC_0012", "PXL_2027…".
    static let cameraFileKeys: Set<UInt64> = Set(["img", "dsc", "dscn", "dscf", "pxl", "imgp", "p"].map(TextScanner.key))
    static let figureKeys: Set<UInt64> = Set(["figure", "fig", "ffigur", "plate"].map(TextScanner.key))
    static let photoOfKeys: Set<UInt64> = Set(["of", "o", "o'r", "o’r"].map(TextScanner.key))

    /// The tokens of the line after an image (a blank line between allowed) when it is short enough to be its
    /// caption: at most 20 words and no quotation. After a Markdown image a blank line starts a new paragraph
    /// of the story, so across one only an emphasised line ("*Cllr Jane Doe at the opening*") is a caption.
    static func lineAfterImage(_ scanner: TextScanner, line l: Int, markdown: Bool = false) -> Range<Int>? {
        let tokens = scanner.tokens
        let lines = scanner.lineStarts.count
        var next = l + 1
        var blank = false
        if next < lines, scanner.lineTokenStart[next] == scanner.lineTokenStart[next + 1] { next += 1; blank = true }
        guard next < lines else { return nil }
        let a = Int(scanner.lineTokenStart[next]), b = Int(scanner.lineTokenStart[next + 1])
        guard a < b else { return nil }
        if markdown, blank {
            // The scanner drops emphasis marks, so the line's first byte says whether it is emphasised.
            var o = scanner.lineStarts[next]
            while o < scanner.bytes.count, scanner.bytes[o] == 0x20 || scanner.bytes[o] == 0x09 { o += 1 }
            guard o < scanner.bytes.count, scanner.bytes[o] == 0x2A || scanner.bytes[o] == 0x5F else { return nil }
        }
        // "Surgeries: first Saturday of the month, …": a labelled field of the page, not a caption (caption openers such
        // as "Pictured:" are read as captions wherever they stand).
        if a + 1 < b, tokens[a].kind == .word, tokens[a + 1].isPunct(":") { return nil }
        var words = 0
        for k in a..<b {
            if tokens[k].kind == .quote { return nil }
            if tokens[k].kind == .word { words += 1 }
        }
        return words <= 20 ? a..<b : nil
    }

    /// True when a caption opener starts at token `k` of a line ending before `b`: "Pictured", or "Photo" with
    /// ":", "(" or a dash after it.
    static func opener(_ scanner: TextScanner, classes: [WordClass], at k: Int, end b: Int) -> Bool {
        let tokens = scanner.tokens
        guard k < b, classes[k].intersects(Lexicon.captionStart), let m = starts.match(scanner, at: k) else { return false }
        let needsColon = starts.entries[m.entry].payload
        var after = m.last + 1
        // "Photo 2:", "Llun 3:": a numbered picture.
        if after + 1 < b, tokens[after].kind == .number, tokens[after + 1].isPunct(":") { after += 1 }
        let punctuated = after < b && (tokens[after].isPunct(":") || tokens[after].isPunct("(") || tokens[after].isPunct("-")
                                       || tokens[after].isLongDash)
        if !needsColon || punctuated { return true }
        // A bilingual opener: "O'r chwith i'r dde / Left to right:", "Llun / Photo:" — the other language's opener
        // after a slash carries the colon.
        guard after + 1 < b, tokens[after].isPunct("/") else { return false }
        return opener(scanner, classes: classes, at: after + 1, end: b)
    }

    /// True when line `l` opens with a caption opener (after any bullets or brackets) and is not itself a credit.
    static func opensCaption(_ scanner: TextScanner, classes: [WordClass], line l: Int) -> Bool {
        let tokens = scanner.tokens
        let a = Int(scanner.lineTokenStart[l]), b = Int(scanner.lineTokenStart[l + 1])
        var k = a
        while k < b, tokens[k].kind == .punct || tokens[k].kind == .quote { k += 1 }
        return opener(scanner, classes: classes, at: k, end: b) && !isCredit(scanner, classes: classes, line: l)
    }

    /// Token ranges of caption text.
    static func find(_ scanner: TextScanner, classes: [WordClass]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        let tokens = scanner.tokens

        let lines = scanner.lineStarts.count
        // A photo credit makes the short line next to it a caption too; across a blank line (Word and HTML write
        // each paragraph as a block of its own) only a very short one.
        func isEmpty(_ l: Int) -> Bool { scanner.lineTokenStart[l] == scanner.lineTokenStart[l + 1] }
        for l in 0..<lines where isCredit(scanner, classes: classes, line: l) {
            // The credit line itself: "Photos by Dev Mistry. Featuring Cllr A and Cllr B." names who is pictured.
            out.append(Int(scanner.lineTokenStart[l])..<Int(scanner.lineTokenStart[l + 1]))
            for step in [-1, 1] {
                // A credit right after an explicit caption ("Picture: …" ⏎ "Photo: Studio") is that caption's: the
                // story's next line is not a caption too.
                if step == 1, l > 0, opensCaption(scanner, classes: classes, line: l - 1) { continue }
                var neighbour = l + step
                var limit = 40
                if neighbour >= 0, neighbour < lines, isEmpty(neighbour) { neighbour += step; limit = 20 }
                guard neighbour >= 0, neighbour < lines else { continue }
                let a = Int(scanner.lineTokenStart[neighbour]), b = Int(scanner.lineTokenStart[neighbour + 1])
                guard a < b, b - a <= limit, !isCredit(scanner, classes: classes, line: neighbour) else { continue }
                out.append(a..<b)
            }
        }
        for l in 0..<lines {
            let a = Int(scanner.lineTokenStart[l]), b = Int(scanner.lineTokenStart[l + 1])
            guard a < b else { continue }
            // Skip leading bullets and brackets: "[Photo: …]", "*Pictured:*".
            var k = a
            var image = false
            while k < b, tokens[k].kind == .punct || tokens[k].kind == .quote {
                if tokens[k].isPunct("!"), k + 1 < b, tokens[k + 1].isPunct("[") { image = true }
                k += 1
            }
            // A table cell that opens a caption: "… | Alt: "The Mayor with members of Carnbeg Men's Shed"".
            if let bar = (a..<b).first(where: { tokens[$0].isPunct("|") && $0 + 1 < b && opener(scanner, classes: classes, at: $0 + 1, end: b) }) {
                var end = bar + 1
                while end < b, !tokens[end].isPunct("|") { end += 1 }
                out.append((bar + 1)..<end)
            }
            // A caption sheet: a line that is only a picture's file name ("IMG_4452.jpg"), its caption on the lines under it.
            if b - a <= 8, b - 2 >= a, tokens[b - 2].isPunct("."), tokens[b - 1].kind == .word, imageExtensionKeyList.contains(tokens[b - 1].key) {
                var next = l + 1
                while next < lines, next - l <= 2, scanner.lineTokenStart[next] < scanner.lineTokenStart[next + 1] {
                    out.append(Int(scanner.lineTokenStart[next])..<Int(scanner.lineTokenStart[next + 1]))
                    next += 1
                }
                continue
            }
            // "File: springclean_03.jpg – Northgate ward councillors with pupils": a file name, a dash and its caption;
            // a caption sheet's row "KHW_002.jpg<tab>Provost Jean Carmichael cuts the ribbon": the file name, then words.
            if let e = (a..<min(b, a + 10)).first(where: { $0 > a && tokens[$0 - 1].isPunct(".") && tokens[$0].kind == .word && imageExtensionKeyList.contains(tokens[$0].key) }),
               e + 1 < b, tokens[e + 1].isDash || (tokens[e + 1].kind == .word && tokens[e + 1].has(.spaceBefore) && tokens[e + 1].has(.capital)) {
                out.append((tokens[e + 1].isDash ? e + 2 : e + 1)..<b)
                continue
            }
            // A social post's picture marked with a camera: "📸 Cllr X and Cllr Y litter-picking …", "📷 The Lord Mayor with …".
            // Not a post's own exclamation after the camera ("📸 Great to welcome X to the hub today!"). The camera opens
            // the caption, perhaps after a schedule's cells ("Instagram | Tue 13 Apr | 📸 …"): its first dozen tokens.
            if let camera = (a..<min(b, a + 12)).first(where: { tokens[$0].kind == .punct && (tokens[$0].scalar == 0x1F4F8 || tokens[$0].scalar == 0x1F4F7) }),
               camera + 1 < b, !tokens[b - 1].isPunct("!") {
                out.append((camera + 1)..<b)
                continue
            }
            // A caption sheet's row named by the camera's file number: "IMG_4401 – The Provost, Councillor X, cuts the ribbon".
            if tokens[a].kind == .word, cameraFileKeys.contains(tokens[a].key), let dash = (a + 1..<min(b, a + 5)).first(where: { tokens[$0].isDash && tokens[$0].has(.spaceBefore) }),
               (a + 1..<dash).contains(where: { tokens[$0].kind == .number }), dash + 1 < b {
                out.append((dash + 1)..<b)
                continue
            }
            // A numbered figure's caption: "Figure 4. The bandstand, reopened by Cllr X.", "Ffigur 2:".
            if k + 1 < b, tokens[k].kind == .word, figureKeys.contains(tokens[k].key), tokens[k + 1].kind == .number {
                out.append(a..<b)
                continue
            }
            // A live blog's time before the entry: "20:01 PHOTO: Cllr X and Cllr Y after the vote".
            if k == a, k + 2 < b, tokens[k].kind == .number, tokens[k + 1].isPunct(":"), tokens[k + 2].kind == .number, !tokens[k + 2].has(.spaceBefore) {
                k += 3
                while k < b, tokens[k].kind == .punct, !tokens[k].isPunct("(") { k += 1 }
            }
            if image {
                // Markdown image: the alt text up to "]".
                var end = k
                while end < b, !tokens[end].isPunct("]") { end += 1 }
                out.append(a..<end)
                if let next = lineAfterImage(scanner, line: l, markdown: true) { out.append(next) }
                continue
            }
            // A heading "INSTAGRAM CAPTION" / "Photo caption" alone on its line: the line after it is the caption.
            if b - a <= 3, tokens[b - 1].kind == .word, captionHeadingKeys.contains(tokens[b - 1].key), let next = lineAfterImage(scanner, line: l) {
                out.append(next)
                continue
            }
            // "Image: …" is how the HTML reader writes a picture's alternative text; the short line after it is its caption.
            if k < b, tokens[k].key == imageKey, k + 1 < b, tokens[k + 1].isPunct(":"), let next = lineAfterImage(scanner, line: l) {
                out.append(next)
            }
            // A short line ending in its credit: the words before the credit are the caption.
            if k < b, b - a <= 60, let credit = trailingCredit(scanner, classes: classes, from: k, to: b), credit - a <= 40 {
                var hasQuote = false
                for q in a..<credit where tokens[q].kind == .quote { hasQuote = true; break }
                if !hasQuote {
                    out.append(a..<b)
                    continue
                }
            }
            if opener(scanner, classes: classes, at: k, end: b) || opener(scanner, classes: classes, at: afterListLabel(scanner, classes: classes, from: k, to: b), end: b) {
                out.append(a..<b)
                continue
            }
            // "Notes to editors: Photographs of Cllr X are available." / "… ar gael. Photographs of …": an opener that
            // needs no colon also opens a caption at a sentence start inside the line, up to the sentence's end.
            var sentenceCaption = false
            var s0 = a
            while s0 < b {
                // The class first: only a caption word needs its token and the one before read.
                if classes[s0].intersects(Lexicon.captionStart), tokens[s0].kind == .word {
                    // "The full interview is on our website. Photo: Meinir Tudur and Elfed Caradog on the hill.": an
                    // opener with its colon after a full stop opens one too.
                    if s0 > a, tokens[s0 - 1].isPunct(".") || tokens[s0 - 1].isPunct(":") || tokens[s0 - 1].isPunct("/"),
                       let m = starts.match(scanner, at: s0),
                       !starts.entries[m.entry].payload || (tokens[s0 - 1].isPunct(".") && m.last + 1 < b && tokens[m.last + 1].isPunct(":")
                                                            && !creditRuns(scanner, classes: classes, from: s0, to: b)) {
                        var end = m.last + 1
                        while end < b, !tokens[end].isPunct(".") { end += 1 }
                        out.append(s0..<end)
                        sentenceCaption = true
                        s0 = end + 1
                        continue
                    }
                    // "We've got photos of the Provost, Cllr X, serving lunch", "Mae llun o'r Cynghorydd X … ynghlwm", "A
                    // photocall with the Deputy Mayor will take place …": a photo of someone described or offered anywhere
                    // on the line, to the sentence's end.
                    if s0 + 1 < b, tokens[s0 + 1].kind == .word,
                       photoNounKeys.contains(tokens[s0].key) && photoOfKeys.contains(tokens[s0 + 1].key)
                        || photoCallKeys.contains(tokens[s0].key) && tokens[s0 + 1].key == withKey {
                        var end = s0 + 2
                        while end < b, !tokens[end].isPunct("."), !tokens[end].isPunct("/") { end += 1 }
                        out.append(s0..<end)
                        sentenceCaption = true
                        s0 = end + 1
                        continue
                    }
                }
                s0 += 1
            }
            if sentenceCaption { continue }
            // "(l-r)" anywhere on the line.
            var t = a
            var found = false
            while t < b, !found {
                if tokens[t].isPunct("(") {
                    for keys in leftToRight {
                        if let end = PhraseTable<Bool>.matchKeys(keys, scanner, at: t + 1), end + 1 < b + 1, end < tokens.count,
                           end + 1 < tokens.count, tokens[end + 1].isPunct(")") {
                            found = true
                            break
                        }
                    }
                }
                t += 1
            }
            if found { out.append(a..<b) }
        }
        return out
    }
}
