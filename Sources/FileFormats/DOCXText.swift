/// The text of a Word .docx document (ECMA-376 / ISO/IEC 29500 WordprocessingML) as the release checker reads
/// it, with no third-party package: `ZIPArchive` opens the package, `XMLScanner` tokenizes the parts.
///
/// Layout of the text (so that the checker's line numbers and paragraphs mean something):
/// - every non-empty Word paragraph (`w:p`) is one block; blocks are separated by one blank line, so a
///   blank line always means "paragraph boundary" and never occurs inside a paragraph;
/// - a line break inside a paragraph (`w:br`, `w:cr`) starts a new line within the block;
///   empty lines that would result are dropped, and each line is trimmed of surrounding spaces and tabs;
/// - a table row (`w:tr`) is one block: its cells (`w:tc`) joined by tabs, paragraphs within a cell
///   joined by spaces; a nested table is flattened into its cell;
/// - a text box (`w:txbxContent`) and a picture's alternative text (`wp:docPr descr`, written as
///   "Image: …", as `HTMLText` writes `<img alt>`) become blocks of their own right after the block they
///   are anchored in; a description that only repeats the caption paragraph beside it is left out;
/// - so the k-th block starts on line 2k − 1 unless an earlier block has line breaks of its own;
/// - page headers come first, then the body, footnotes, endnotes (each note's paragraphs as blocks) and page
///   footers, as a reader meets them on the page (an imprint in a footer is publicity too); each distinct
///   header or footer text once; reviewers' comments are left out, because they are not published.
/// Deleted text (`w:del`, `w:delText`, `w:moveFrom`) and field codes (`w:instrText`) are left out;
/// inserted text and field results are kept. Of an `mc:AlternateContent` only the first `mc:Choice`
/// (or, without one, the `mc:Fallback`) is read (ECMA-376 Part 3 §10.2), so a text box is not doubled.
/// A no-break space becomes an ordinary space and `w:noBreakHyphen` a "-", so names match as typed.
/// Text formatted as hidden (`w:vanish`) is read like any other: a checker should rather see too much.
public enum DOCXText {
    /// Why the bytes did not give the text of a Word document.
    public enum Failure: Error, Equatable, Sendable {
        /// The file is not a Word .docx package; the text says what it seems to be instead.
        case notADocx(String)
        /// The ZIP container is damaged, encrypted or otherwise unreadable.
        case zip(ZIPArchive.Failure)
        /// A part of the package is not well-formed XML; the text names the part and the byte offset.
        case malformedXML(String)
    }

    /// The text of the document in `bytes` (the whole .docx file), laid out as described above.
    public static func extract(_ bytes: [UInt8]) throws(Failure) -> String {
        let archive: ZIPArchive
        do {
            archive = try ZIPArchive(bytes)
        } catch .notAZipFile {
            throw .notADocx(describeNonZip(bytes))
        } catch {
            throw .zip(error)
        }
        return try extract(from: archive)
    }

    /// The text of the document in an already opened package.
    public static func extract(from archive: ZIPArchive) throws(Failure) -> String {
        guard let main = try mainDocumentPart(of: archive) else { throw .notADocx(describeNonWord(archive)) }
        var builder = DOCXTextLayout()
        try read(part: main, of: archive, into: &builder)
        let notes = try relatedParts(of: main, in: archive, types: ["footnotes", "endnotes"])
        for part in notes {
            try read(part: part, of: archive, into: &builder)
        }
        let body = builder.finish()
        // Page headers and footers are printed on every page (an imprint "Promoted by … on behalf of …" often
        // sits in a footer): headers before the body, footers after it, each distinct text once (a section's
        // first-page, even-page and default headers often repeat one another).
        let headers = try partTexts(try relatedParts(of: main, in: archive, types: ["header"]), of: archive)
        let footers = try partTexts(try relatedParts(of: main, in: archive, types: ["footer"]), of: archive)
        if headers.isEmpty && footers.isEmpty { return body }
        return joinBlocks(headers + [body] + footers)
    }

    /// The distinct non-empty texts of `parts`, each laid out on its own, in order.
    static func partTexts(_ parts: [String], of archive: ZIPArchive) throws(Failure) -> [String] {
        var texts: [String] = []
        for part in parts {
            var builder = DOCXTextLayout()
            try read(part: part, of: archive, into: &builder)
            let text = builder.finish()
            if !text.isEmpty && !texts.contains(text) { texts.append(text) }
        }
        return texts
    }

    /// Texts laid out by `DOCXTextLayout` (blocks ending in a newline) joined with one blank line between them.
    static func joinBlocks(_ texts: [String]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(texts.reduce(2) { $0 + $1.utf8.count + 1 })
        for text in texts where !text.isEmpty {
            if !out.isEmpty { out.append(0x0A) } // the previous text's final newline, then one blank line
            out.append(contentsOf: text.utf8)
            if out.last == 0x0A { out.removeLast() }
            out.append(0x0A)
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Package structure (ECMA-376 Part 2, Open Packaging Conventions)

    /// The main document part: the target of the package's `officeDocument` relationship in `_rels/.rels`,
    /// else `word/document.xml`; nil when the package has neither (not a Word document).
    static func mainDocumentPart(of archive: ZIPArchive) throws(Failure) -> String? {
        if let rels = findPart("_rels/.rels", in: archive) {
            let targets = try relationships(in: rels, sourceDirectory: "", archive: archive, types: ["officeDocument"])
            if let main = targets.first, let found = findPart(main, in: archive) { return found }
        }
        return findPart("word/document.xml", in: archive)
    }

    /// Targets of the relationships of `part` whose type ends with one of `types`, in the order of `types`;
    /// without a relationships part, the conventional names next to `part` that exist.
    static func relatedParts(of part: String, in archive: ZIPArchive, types: [String]) throws(Failure) -> [String] {
        let directory = directoryOf(part)
        let fileName = String(part.dropFirst(directory.count))
        guard let rels = findPart(directory + "_rels/" + fileName + ".rels", in: archive) else {
            return types.compactMap { findPart(directory + $0 + ".xml", in: archive) }
        }
        let targets = try relationships(in: rels, sourceDirectory: directory, archive: archive, types: types)
        var seen = Set<String>()
        return targets.compactMap { findPart($0, in: archive) }.filter { seen.insert($0).inserted }
    }

    /// Reads a relationships part and returns the resolved targets of the wanted types (internal targets only).
    private static func relationships(in relsPart: String, sourceDirectory: String, archive: ZIPArchive, types: [String]) throws(Failure) -> [String] {
        let bytes = try contents(of: relsPart, in: archive)
        var found: [(rank: Int, target: String)] = []
        let result: Result<Void, XMLScanner.Failure> = bytes.withUnsafeBufferPointer { buffer in
            var scanner = XMLScanner(buffer)
            do throws(XMLScanner.Failure) {
                while let token = try scanner.next() {
                    guard case .start(let tag) = token, scanner.equals(tag.localName, "Relationship") else { continue }
                    if let mode = scanner.attribute("TargetMode", of: tag), try scanner.decodedString(mode) == "External" { continue }
                    guard let typeRange = scanner.attribute("Type", of: tag), let targetRange = scanner.attribute("Target", of: tag) else { continue }
                    let type = try scanner.decodedString(typeRange)
                    guard let rank = types.firstIndex(where: { type.hasSuffix("/" + $0) }) else { continue }
                    let target = try scanner.decodedString(targetRange)
                    found.append((rank, resolve(target, from: sourceDirectory)))
                }
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        if case .failure(let error) = result { throw .malformedXML("\(relsPart): \(error.message) at byte \(error.offset)") }
        return found.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element.target)
    }

    /// Resolves a relationship target (§9.3: relative to the source part's folder, or absolute with "/").
    static func resolve(_ target: String, from directory: String) -> String {
        let decoded = percentDecoded(target)
        let joined = decoded.hasPrefix("/") ? String(decoded.dropFirst()) : directory + decoded
        var parts: [Substring] = []
        for piece in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if piece == "." { continue }
            if piece == ".." { _ = parts.popLast(); continue }
            parts.append(piece)
        }
        return parts.joined(separator: "/")
    }

    private static func percentDecoded(_ text: String) -> String {
        guard text.utf8.contains(0x25) else { return text }
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x25, i + 2 < bytes.count, let high = hexValue(bytes[i + 1]), let low = hexValue(bytes[i + 2]) {
                out.append(high << 4 | low)
                i += 3
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    private static func directoryOf(_ part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// The archive's name for `part`: exact, else ignoring ASCII case (OPC part names are case-insensitive, §9.1.1).
    private static func findPart(_ part: String, in archive: ZIPArchive) -> String? {
        if archive.entry(named: part) != nil { return part }
        let wanted = part.lowercased()
        return archive.entries.first { $0.name.lowercased() == wanted }?.name
    }

    private static func contents(of part: String, in archive: ZIPArchive) throws(Failure) -> [UInt8] {
        do {
            return try archive.contents(of: part)
        } catch {
            throw .zip(error)
        }
    }

    // MARK: - Saying what a file is when it is not a .docx

    /// A plain description of bytes that are not a ZIP archive, from their first bytes.
    static func describeNonZip(_ bytes: [UInt8]) -> String {
        if bytes.isEmpty { return "the file is empty" }
        if bytes.starts(with: Array("%PDF".utf8)) {
            return "the file is a PDF, not a Word .docx: check the Word original, or save the release as .docx"
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return "the file is an older Word .doc (Word 97–2003) or a password-protected .docx: open it in Word and save it as .docx without a password"
        }
        if bytes.starts(with: Array("{\\rtf".utf8)) {
            return "the file is RTF, not a Word .docx: save it as .docx, or as plain text"
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if let first = body.first(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }), first == 0x3C {
            return "the file is HTML or XML text (perhaps a web page or Word XML saved as .docx): check it as .html, or save it as .docx"
        }
        return "the file is not a ZIP archive, so not a Word .docx"
    }

    /// A plain description of a ZIP archive that holds no Word document.
    static func describeNonWord(_ archive: ZIPArchive) -> String {
        if let mimetype = try? archive.contents(of: "mimetype"),
           String(decoding: mimetype, as: UTF8.self).hasPrefix("application/vnd.oasis.opendocument") {
            return "the file is an OpenDocument file (.odt), not a Word .docx: save it as .docx"
        }
        if findPart("xl/workbook.xml", in: archive) != nil { return "the file is an Excel workbook, not a Word document" }
        if findPart("ppt/presentation.xml", in: archive) != nil { return "the file is a PowerPoint presentation, not a Word document" }
        return "a ZIP archive without word/document.xml, so not a Word document"
    }

    // MARK: - Reading one part

    /// The elements the reader acts on (ECMA-376 Part 1 §17 names).
    private enum Kind {
        case paragraph, text, tab, lineBreak, noBreakHyphen, table, row, cell, textBox
        case skip // content left out: field codes, deleted text, property blocks
        case alternateContent, choice, fallback
        case drawingProperties, vmlShape
    }

    private enum Namespace { case wordprocessing, markupCompatibility, wordprocessingDrawing, vml, other }

    private static let namespaces: [String: Namespace] = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": .wordprocessing,
        "http://purl.oclc.org/ooxml/wordprocessingml/main": .wordprocessing, // ISO 29500 Strict
        "http://schemas.openxmlformats.org/markup-compatibility/2006": .markupCompatibility,
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": .wordprocessingDrawing,
        "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": .wordprocessingDrawing,
        "urn:schemas-microsoft-com:vml": .vml,
    ]

    private static let wordKinds: [PackedName: Kind] = table([
        "p": .paragraph, "t": .text, "tab": .tab, "ptab": .tab, "br": .lineBreak, "cr": .lineBreak,
        "noBreakHyphen": .noBreakHyphen, "tbl": .table, "tr": .row, "tc": .cell, "txbxContent": .textBox,
        "instrText": .skip, "delInstrText": .skip, "delText": .skip, "del": .skip, "moveFrom": .skip,
        "pPr": .skip, "rPr": .skip, "sectPr": .skip, "sdtPr": .skip, "sdtEndPr": .skip, "tblPr": .skip,
        "tblGrid": .skip, "trPr": .skip, "tcPr": .skip, "fldData": .skip,
        "rt": .skip, // ruby (phonetic guide) text above its base text, which is read instead
    ])
    private static let compatibilityKinds: [PackedName: Kind] = table([
        "AlternateContent": .alternateContent, "Choice": .choice, "Fallback": .fallback,
    ])

    private static func table(_ names: [String: Kind]) -> [PackedName: Kind] {
        var result: [PackedName: Kind] = [:]
        for (name, kind) in names { if let packed = PackedName(name) { result[packed] = kind } }
        return result
    }

    /// Reads one XML part and adds its text to `builder`.
    private static func read(part: String, of archive: ZIPArchive, into builder: inout DOCXTextLayout) throws(Failure) {
        var bytes = try contents(of: part, in: archive)
        // XML may be UTF-16 with a byte-order mark (XML 1.0 §4.3.3); Word writes UTF-8, others might not.
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF // safe: starts(with:) saw two bytes
            var units: [UInt16] = []
            var i = 2
            while i + 1 < bytes.count {
                units.append(little ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]))
                i += 2
            }
            bytes = Array(String(decoding: units, as: UTF16.self).utf8)
        }
        let result: Result<Void, XMLScanner.Failure> = bytes.withUnsafeBufferPointer { buffer in
            var reader = PartReader(scanner: XMLScanner(buffer))
            do throws(XMLScanner.Failure) {
                try reader.run(into: &builder)
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        if case .failure(let error) = result {
            throw .malformedXML("\(part): \(error.message) at byte \(error.offset)")
        }
    }

    /// One pass over one part: namespace scopes, skipped subtrees and `mc:AlternateContent` choices.
    private struct PartReader {
        var scanner: XMLScanner
        var depth = 0
        /// Depth of the element whose subtree is being skipped, or 0.
        var skipDepth = 0
        var bindings: [(prefix: PackedName, namespace: Namespace, depth: Int)] = []
        var cachedPrefix = PackedName.empty
        var cachedNamespace: Namespace?
        /// One entry per open `mc:AlternateContent`: whether a branch has been taken.
        var alternates: [Bool] = []
        /// Kinds of the open elements this reader acts on, with their depth, to act again on the end tag.
        var acting: [(kind: Kind, depth: Int)] = []
        var inText = false
        var preserveSpace = false
        var runText: [UInt8] = []

        init(scanner: XMLScanner) {
            self.scanner = scanner
        }

        mutating func run(into builder: inout DOCXTextLayout) throws(XMLScanner.Failure) {
            while let token = try scanner.next() {
                switch token {
                case .start(let tag):
                    depth += 1
                    if skipDepth != 0 { continue }
                    if tag.declaresNamespaces { try declare(tag) }
                    guard let kind = classify(tag) else { continue }
                    try start(kind, tag, into: &builder)
                case .end:
                    if skipDepth == depth { skipDepth = 0 }
                    if skipDepth == 0 {
                        while let last = bindings.last, last.depth == depth {
                            bindings.removeLast()
                            cachedNamespace = nil
                        }
                        if let last = acting.last, last.depth == depth {
                            acting.removeLast()
                            end(last.kind, into: &builder)
                        }
                    }
                    depth -= 1
                case .text(let range):
                    if inText && skipDepth == 0 { try scanner.appendDecoded(range, to: &runText) }
                case .cdata(let range):
                    if inText && skipDepth == 0 { runText.append(contentsOf: UnsafeBufferPointer(rebasing: scanner.bytes[range])) }
                }
            }
            builder.endPart()
        }

        private mutating func start(_ kind: Kind, _ tag: XMLScanner.Tag, into builder: inout DOCXTextLayout) throws(XMLScanner.Failure) {
            switch kind {
            case .skip:
                skipDepth = depth
                return
            case .choice, .fallback:
                if let taken = alternates.last {
                    if taken { skipDepth = depth; return }
                    alternates[alternates.count - 1] = true
                }
                return
            case .alternateContent:
                alternates.append(false)
            case .text:
                inText = true
                runText.removeAll(keepingCapacity: true)
                if let space = scanner.attribute("xml:space", of: tag) {
                    preserveSpace = scanner.equals(space, "preserve")
                } else {
                    preserveSpace = false
                }
            case .tab:
                builder.append(0x09)
            case .lineBreak:
                builder.append(0x0A)
            case .noBreakHyphen:
                builder.append(0x2D)
            case .table:
                builder.startTable()
            case .textBox:
                builder.startTextBox()
            case .drawingProperties, .vmlShape:
                let name: StaticString = kind == .vmlShape ? "alt" : "descr"
                if let range = scanner.attribute(name, of: tag) {
                    var alt: [UInt8] = []
                    try scanner.appendDecoded(range, to: &alt)
                    builder.image(alt)
                }
                return
            case .paragraph, .row, .cell:
                break
            }
            acting.append((kind, depth))
        }

        private mutating func end(_ kind: Kind, into builder: inout DOCXTextLayout) {
            switch kind {
            case .text:
                inText = false
                builder.appendRunText(runText, preserveSpace: preserveSpace)
            case .paragraph: builder.endParagraph()
            case .table: builder.endTable()
            case .row: builder.endRow()
            case .cell: builder.endCell()
            case .textBox: builder.endTextBox()
            case .alternateContent: _ = alternates.popLast()
            default: break
            }
        }

        /// Records the `xmlns` / `xmlns:p` declarations of `tag` for its scope (Namespaces in XML §3–§6).
        private mutating func declare(_ tag: XMLScanner.Tag) throws(XMLScanner.Failure) {
            for (name, value) in scanner.attributes(of: tag) where name.count >= 5 && scanner.equals(name.lowerBound..<(name.lowerBound + 5), "xmlns") {
                let prefix: PackedName?
                if name.count == 5 {
                    prefix = PackedName.empty
                } else {
                    guard scanner.bytes[name.lowerBound + 5] == 0x3A else { continue }
                    prefix = PackedName(scanner.bytes, from: name.lowerBound + 6, count: name.count - 6)
                }
                guard let prefix else { continue }
                let uri = try scanner.decodedString(value)
                bindings.append((prefix, DOCXText.namespaces[uri] ?? .other, depth))
                cachedNamespace = nil
            }
        }

        private mutating func classify(_ tag: XMLScanner.Tag) -> Kind? {
            let prefixRange = tag.prefix
            guard let prefix = PackedName(scanner.bytes, from: prefixRange.lowerBound, count: prefixRange.count) else { return nil }
            let namespace: Namespace
            if let cached = cachedNamespace, cachedPrefix == prefix {
                namespace = cached
            } else {
                namespace = bindings.last(where: { $0.prefix == prefix })?.namespace ?? .other
                cachedPrefix = prefix
                cachedNamespace = namespace
            }
            let local = tag.localName
            switch namespace {
            case .wordprocessing:
                if local.count == 1 { // the commonest elements, w:r, w:t and w:p, without hashing
                    switch scanner.bytes[local.lowerBound] {
                    case 0x74: return .text
                    case 0x70: return .paragraph
                    case 0x72: return nil
                    default: break
                    }
                }
                guard let name = PackedName(scanner.bytes, from: local.lowerBound, count: local.count) else { return nil }
                return DOCXText.wordKinds[name]
            case .markupCompatibility:
                guard let name = PackedName(scanner.bytes, from: local.lowerBound, count: local.count) else { return nil }
                return DOCXText.compatibilityKinds[name]
            case .wordprocessingDrawing:
                return scanner.equals(local, "docPr") ? .drawingProperties : nil
            case .vml:
                return scanner.equals(local, "shape") ? .vmlShape : nil
            case .other:
                return nil
            }
        }
    }
}

extension DOCXText.Failure: CustomStringConvertible {
    /// A plain sentence for a person (the CLI adds the file name and what to do).
    public var description: String {
        switch self {
        case .notADocx(let what): return what
        case .zip(let failure): return "the .docx file cannot be unpacked: \(failure.description)"
        case .malformedXML(let what): return "the Word document is damaged (not well-formed XML in \(what))"
        }
    }
}
