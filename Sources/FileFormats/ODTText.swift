/// The text of an OpenDocument text file (.odt, OASIS OpenDocument 1.2/1.3, as LibreOffice and Word save it)
/// as the release checker reads it, with the existing readers: `ZIPArchive` opens the package and
/// `XMLScanner` tokenizes `content.xml` and `styles.xml`. Councils that use LibreOffice send releases as .odt.
///
/// Layout as `DOCXText` lays out Word (`DOCXTextLayout`): every paragraph or heading (`text:p`, `text:h`) is a
/// block, blocks separated by one blank line; `text:line-break` starts a new line; a table row is one block
/// with its cells joined by tabs; a footnote or endnote (`text:note-body`), a text box and a picture's
/// description (`svg:desc`, else `svg:title`, as "Image: …") are blocks of their own after the block they sit
/// in. Page headers (`style:header*` in `styles.xml`) come first and page footers last, each distinct text once.
/// White space inside a paragraph collapses to one space (OpenDocument 1.2 Part 1 §6.1.2); `text:s` adds
/// its `text:c` spaces and `text:tab` a tab. Comments (`office:annotation`), tracked deletions
/// (`text:tracked-changes`) and note numbers (`text:note-citation`) are left out.
public enum ODTText {
    /// Why the bytes did not give the text of an OpenDocument text file.
    public enum Failure: Error, Equatable, Sendable {
        /// An OpenDocument file of another kind (spreadsheet, presentation…); the text says which.
        case notText(String)
        /// The ZIP container is damaged, encrypted or otherwise unreadable.
        case zip(ZIPArchive.Failure)
        /// `content.xml` is missing.
        case noContent
        /// A part is not well-formed XML; the text names the part and the byte offset.
        case malformedXML(String)
    }

    /// True when the archive is an OpenDocument package: its `mimetype` entry names an OpenDocument type, or
    /// (without one) it has `content.xml` and no Word document.
    public static func isOpenDocument(_ archive: ZIPArchive) -> Bool {
        if let type = mimeType(archive) { return type.hasPrefix("application/vnd.oasis.opendocument") }
        return archive.entry(named: "content.xml") != nil && archive.entry(named: "word/document.xml") == nil
    }

    /// The text of the .odt file in `bytes`.
    public static func extract(_ bytes: [UInt8]) throws(Failure) -> String {
        let archive: ZIPArchive
        do {
            archive = try ZIPArchive(bytes)
        } catch {
            throw .zip(error)
        }
        return try extract(from: archive)
    }

    /// The text of an already opened OpenDocument text package, laid out as described above.
    public static func extract(from archive: ZIPArchive) throws(Failure) -> String {
        if let type = mimeType(archive), !type.hasPrefix("application/vnd.oasis.opendocument.text") {
            throw .notText(describe(type))
        }
        guard archive.entry(named: "content.xml") != nil else { throw .noContent }
        let body = try read("content.xml", of: archive, mode: .body).first ?? ""
        var headers: [String] = []
        var footers: [String] = []
        if archive.entry(named: "styles.xml") != nil {
            headers = try read("styles.xml", of: archive, mode: .headers)
            footers = try read("styles.xml", of: archive, mode: .footers)
        }
        return DOCXText.joinBlocks(headers + [body] + footers)
    }

    /// The text of a flat OpenDocument text file (.fodt: the whole document as one XML file, as LibreOffice
    /// saves "Flat XML ODF"), laid out as for .odt.
    public static func extractFlat(_ bytes: [UInt8]) throws(Failure) -> String {
        let body = try read(bytes, named: "the .fodt file", mode: .body).first ?? ""
        let headers = try read(bytes, named: "the .fodt file", mode: .headers)
        let footers = try read(bytes, named: "the .fodt file", mode: .footers)
        return DOCXText.joinBlocks(headers + [body] + footers)
    }

    static func mimeType(_ archive: ZIPArchive) -> String? {
        guard archive.entry(named: "mimetype") != nil, let bytes = try? archive.contents(of: "mimetype") else { return nil }
        var text = bytes.prefix(200)
        while let last = text.last, last == 0x20 || last == 0x0A || last == 0x0D || last == 0x09 { text = text.dropLast() }
        return String(decoding: text, as: UTF8.self)
    }

    static func describe(_ type: String) -> String {
        let kind = type.dropFirst("application/vnd.oasis.opendocument.".count)
        let name: String
        switch kind.split(separator: "-").first.map(String.init) ?? "" {
        case "spreadsheet": name = "spreadsheet (.ods)"
        case "presentation": name = "presentation (.odp)"
        case "graphics": name = "drawing (.odg)"
        default: name = "file of type \(type)"
        }
        return "the file is an OpenDocument \(name), not a text document"
    }

    // MARK: - Reading a part

    /// What to collect from a part: the body of `content.xml`, or the page headers or footers of `styles.xml`.
    enum Mode { case body, headers, footers }

    /// Elements the reader acts on (OpenDocument 1.2 Part 1 names).
    enum Kind {
        case paragraph, space, tab, lineBreak, table, row, cell, textBox, note, frame, imageDescription, imageTitle
        case skip
        case header, footer
    }

    static let textNamespace = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let tableNamespace = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let drawNamespace = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    static let svgNamespace = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
    static let officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let styleNamespace = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"

    static let kinds: [String: [String: Kind]] = [
        textNamespace: [
            "p": .paragraph, "h": .paragraph, "s": .space, "tab": .tab, "line-break": .lineBreak, "note-body": .note,
            "note-citation": .skip, "tracked-changes": .skip, "sequence-decls": .skip, "variable-decls": .skip,
            "user-field-decls": .skip, "deletion": .skip,
        ],
        tableNamespace: ["table": .table, "table-row": .row, "table-cell": .cell, "covered-table-cell": .skip],
        drawNamespace: ["text-box": .textBox, "frame": .frame],
        svgNamespace: ["desc": .imageDescription, "title": .imageTitle],
        officeNamespace: ["annotation": .skip, "annotation-end": .skip, "forms": .skip, "scripts": .skip, "automatic-styles": .skip,
                          "font-face-decls": .skip, "event-listeners": .skip],
        styleNamespace: ["header": .header, "header-left": .header, "header-first": .header,
                         "footer": .footer, "footer-left": .footer, "footer-first": .footer],
    ]

    /// Reads `part`: for `.body` one text, for headers or footers one text per distinct header or footer.
    static func read(_ part: String, of archive: ZIPArchive, mode: Mode) throws(Failure) -> [String] {
        let bytes: [UInt8]
        do {
            bytes = try archive.contents(of: part)
        } catch {
            throw .zip(error)
        }
        return try read(bytes, named: part, mode: mode)
    }

    /// Reads the XML in `bytes` (a part, or a whole flat document) in `mode`.
    static func read(_ bytes: [UInt8], named part: String, mode: Mode) throws(Failure) -> [String] {
        let result: Result<[String], XMLScanner.Failure> = bytes.withUnsafeBufferPointer { buffer in
            var reader = PartReader(scanner: XMLScanner(buffer), mode: mode)
            do throws(XMLScanner.Failure) {
                return .success(try reader.run())
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let texts): return texts
        case .failure(let error): throw .malformedXML("\(part): \(error.message) at byte \(error.offset)")
        }
    }

    /// One pass over one part.
    struct PartReader {
        var scanner: XMLScanner
        let mode: Mode
        var depth = 0
        var skipDepth = 0
        var bindings: [(prefix: String, uri: String, depth: Int)] = []
        var acting: [(kind: Kind, depth: Int)] = []
        /// Depth of the header or footer being read (styles.xml), or 0; the body is always read.
        var containerDepth = 0
        var paragraphDepth = 0
        /// After white space in a paragraph: the next white space is not written (§6.1.2).
        var lastWasSpace = true
        var builder = DOCXTextLayout()
        var texts: [String] = []
        /// Text of an `svg:desc` or `svg:title` being read, and the frame's description so far.
        var imageText: [UInt8]?
        var frameDescription: [UInt8]?
        var frameTitle: [UInt8]?

        init(scanner: XMLScanner, mode: Mode) {
            self.scanner = scanner
            self.mode = mode
        }

        var reading: Bool { mode == .body || containerDepth != 0 }

        mutating func run() throws(XMLScanner.Failure) -> [String] {
            while let token = try scanner.next() {
                switch token {
                case .start(let tag):
                    depth += 1
                    if skipDepth != 0 { continue }
                    if tag.declaresNamespaces { try declare(tag) }
                    guard let kind = classify(tag) else { continue }
                    try start(kind, tag)
                case .end:
                    if skipDepth == depth { skipDepth = 0 }
                    if skipDepth == 0 {
                        while let last = bindings.last, last.depth == depth { bindings.removeLast() }
                        if let last = acting.last, last.depth == depth {
                            acting.removeLast()
                            end(last.kind)
                        }
                    }
                    depth -= 1
                case .text(let range):
                    guard skipDepth == 0, reading else { continue }
                    if imageText != nil {
                        var decoded: [UInt8] = []
                        try scanner.appendDecoded(range, to: &decoded)
                        imageText?.append(contentsOf: decoded)
                    } else if paragraphDepth > 0 {
                        var decoded: [UInt8] = []
                        try scanner.appendDecoded(range, to: &decoded)
                        appendCollapsed(decoded)
                    }
                case .cdata(let range):
                    guard skipDepth == 0, reading, paragraphDepth > 0, imageText == nil else { continue }
                    appendCollapsed(Array(UnsafeBufferPointer(rebasing: scanner.bytes[range])))
                }
            }
            if mode == .body {
                builder.endPart()
                return [builder.finish()]
            }
            return texts
        }

        /// Paragraph text with runs of white space collapsed to one space.
        mutating func appendCollapsed(_ text: [UInt8]) {
            var out: [UInt8] = []
            out.reserveCapacity(text.count)
            for byte in text {
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    if !lastWasSpace { out.append(0x20) }
                    lastWasSpace = true
                } else {
                    out.append(byte)
                    lastWasSpace = false
                }
            }
            builder.appendRunText(out, preserveSpace: true)
        }

        mutating func start(_ kind: Kind, _ tag: XMLScanner.Tag) throws(XMLScanner.Failure) {
            switch kind {
            case .header, .footer:
                guard mode == (kind == .header ? .headers : .footers) else {
                    skipDepth = depth
                    return
                }
                containerDepth = depth
                builder = DOCXTextLayout()
                paragraphDepth = 0
            case .skip:
                skipDepth = depth
                return
            default:
                guard reading else { return }
            }
            switch kind {
            case .paragraph:
                paragraphDepth += 1
                lastWasSpace = true
            case .space:
                var count = 1
                if let c = scanner.attribute("text:c", of: tag), let n = Int(try scanner.decodedString(c)), n > 0 { count = min(n, 100) } // a run of spaces; capped so a tiny file cannot expand hugely
                builder.appendRunText([UInt8](repeating: 0x20, count: count), preserveSpace: true)
                lastWasSpace = true
                return
            case .tab:
                builder.append(0x09)
                lastWasSpace = true
                return
            case .lineBreak:
                builder.append(0x0A)
                lastWasSpace = true
                return
            case .table: builder.startTable()
            case .textBox, .note:
                builder.startTextBox()
                paragraphDepth += 1 // a note's paragraphs sit inside the paragraph that cites it
            case .frame:
                frameDescription = nil
                frameTitle = nil
            case .imageDescription, .imageTitle:
                imageText = []
            case .row, .cell, .header, .footer, .skip:
                break
            }
            acting.append((kind, depth))
        }

        mutating func end(_ kind: Kind) {
            switch kind {
            case .paragraph:
                paragraphDepth = max(0, paragraphDepth - 1)
                builder.endParagraph()
                lastWasSpace = true
            case .table: builder.endTable()
            case .row: builder.endRow()
            case .cell: builder.endCell()
            case .textBox, .note:
                paragraphDepth = max(0, paragraphDepth - 1)
                builder.endTextBox()
            case .imageDescription:
                frameDescription = imageText
                imageText = nil
            case .imageTitle:
                frameTitle = imageText
                imageText = nil
            case .frame:
                if let alt = frameDescription ?? frameTitle, !alt.isEmpty { builder.image(alt) }
                frameDescription = nil
                frameTitle = nil
            case .header, .footer:
                builder.endPart()
                let text = builder.finish()
                if !text.isEmpty && !texts.contains(text) { texts.append(text) }
                builder = DOCXTextLayout()
                containerDepth = 0
            default:
                break
            }
        }

        /// Records the `xmlns:p` declarations of `tag` for its scope (Namespaces in XML §3–§6).
        mutating func declare(_ tag: XMLScanner.Tag) throws(XMLScanner.Failure) {
            for (name, value) in scanner.attributes(of: tag) where name.count >= 5 && scanner.equals(name.lowerBound..<(name.lowerBound + 5), "xmlns") {
                let prefix: String
                if name.count == 5 {
                    prefix = ""
                } else {
                    guard scanner.bytes[name.lowerBound + 5] == 0x3A else { continue }
                    prefix = scanner.string((name.lowerBound + 6)..<name.upperBound)
                }
                bindings.append((prefix, try scanner.decodedString(value), depth))
            }
        }

        func classify(_ tag: XMLScanner.Tag) -> Kind? {
            let prefix = scanner.string(tag.prefix)
            guard let uri = bindings.last(where: { $0.prefix == prefix })?.uri, let table = ODTText.kinds[uri] else { return nil }
            return table[scanner.string(tag.localName)]
        }
    }
}

extension ODTText.Failure: CustomStringConvertible {
    /// A plain sentence for a person (the CLI adds the file name and what to do).
    public var description: String {
        switch self {
        case .notText(let what): return what
        case .zip(let failure): return "the .odt file cannot be unpacked: \(failure.description)"
        case .noContent: return "the OpenDocument file has no content.xml, so it is damaged or not a text document"
        case .malformedXML(let what): return "the OpenDocument file is damaged (not well-formed XML in \(what))"
        }
    }
}
