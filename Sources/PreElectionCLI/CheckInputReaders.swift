import FileFormats

/// How `preelection check` gets text out of Word, OpenDocument and HTML releases, with the FileFormats readers
/// (no third-party package): line numbers in the report refer to this extracted text. A file is read as
/// what its first bytes say it is, so a PDF or an OpenDocument file named `.txt` or `.docx` is named as such.
extension CheckCommand {
    /// What a file really is, from its first bytes (its "magic number"), whatever its name.
    enum RealType: Equatable {
        /// A ZIP archive: a Word .docx, an OpenDocument .odt, or another Office package.
        case zip
        /// "%PDF".
        case pdf
        /// An OLE compound file: Word 97–2003 .doc, or an encrypted Office file.
        case oldOffice
        /// "{\rtf".
        case rtf
        /// PNG, JPEG or GIF.
        case image
        /// Anything else: read as text (which still refuses binary bytes).
        case text

        /// The type of `bytes`.
        static func of(_ bytes: [UInt8]) -> RealType {
            // Text starts with none of the magic numbers' first bytes: one test settles the common case.
            guard let first = bytes.first, [0x50, 0x25, 0xD0, 0x7B, 0x89, 0xFF, 0x47].contains(first) else { return .text }
            if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .zip }
            if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
            if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .oldOffice }
            if bytes.starts(with: Array("{\\rtf".utf8)) { return .rtf }
            if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) || bytes.starts(with: [0xFF, 0xD8, 0xFF]) || bytes.starts(with: Array("GIF8".utf8)) {
                return .image
            }
            return .text
        }
    }

    /// One line naming what a file that cannot be read really is, and what to do.
    static func realTypeError(_ kind: RealType, path: String, ext: String) -> CLIError {
        let name = path == "-" ? "standard input" : path
        let own: Set<String>
        switch kind {
        case .pdf: own = ["pdf"]
        case .oldOffice: own = ["doc", "dot", "xls", "ppt", "docx"]
        case .rtf: own = ["rtf"]
        case .image: own = ["png", "jpg", "jpeg", "gif"]
        case .zip, .text: own = []
        }
        let named = ext.isEmpty || own.contains(ext) ? "" : " (although it is named .\(ext))"
        let paste = "or paste the release's text into 'preelection check -'"
        switch kind {
        case .pdf:
            return CLIError("is a PDF file\(named), which cannot be checked", at: name, hint: "check the Word original (.docx or .odt), \(paste)")
        case .oldOffice:
            return CLIError("is an older Word .doc file (Word 97–2003) or a password-protected Office file\(named)", at: name,
                            hint: "open it in Word and save it as .docx without a password, \(paste)")
        case .rtf:
            return CLIError("is an RTF document\(named)", at: name, hint: "save it as .docx, \(paste)")
        case .image:
            return CLIError("is an image (PNG, JPEG or GIF)\(named), not a release", at: name, hint: "check the release's text, not a picture of it")
        case .zip, .text:
            return CLIError("cannot be read", at: name, hint: "save it as .docx or .txt")
        }
    }

    /// The text of a ZIP-based release: OpenDocument text (its `mimetype` says so) or Word .docx; a notice
    /// when the name says otherwise.
    static func packageText(_ bytes: [UInt8], path: String, ext: String) throws(CLIError) -> (String, String?) {
        let archive: ZIPArchive
        do {
            archive = try ZIPArchive(bytes)
        } catch {
            throw CLIError("the file cannot be unpacked: \(error.description)", at: path,
                           hint: "open it in Word and save it again as a .docx (Word Document), or save it as plain text")
        }
        if ODTText.isOpenDocument(archive) {
            let text = try odtText(archive, path: path)
            let notice = ext == "odt" || ext.isEmpty ? nil : "an OpenDocument text file (.odt) named .\(ext); read as OpenDocument"
            return (text, notice)
        }
        let text = try docxText(archive, path: path)
        let notice = ext == "docx" || ext.isEmpty ? nil : "a Word document (.docx) named .\(ext); read as Word"
        return (text, notice)
    }

    /// The text of a .docx release (`DOCXText`: headers, body, notes and footers; one block per Word paragraph;
    /// picture descriptions as "Image: …").
    static func docxText(_ archive: ZIPArchive, path: String) throws(CLIError) -> String {
        do {
            let text = try DOCXText.extract(from: archive)
            if text.allSatisfy({ $0.isWhitespace }) {
                throw CLIError("the Word document has no text", at: path, hint: "check that this is the right file")
            }
            return text
        } catch let error as CLIError {
            throw error
        } catch let failure as DOCXText.Failure {
            throw CLIError(failure.description, at: path, hint: "open it in Word and save it again as a .docx (Word Document), or save it as plain text")
        } catch {
            throw CLIError("cannot be read as a Word document", at: path, hint: "save it again as a .docx, or as plain text")
        }
    }

    /// The text of an OpenDocument .odt release (`ODTText`: page headers, body with notes, page footers).
    static func odtText(_ archive: ZIPArchive, path: String) throws(CLIError) -> String {
        do {
            let text = try ODTText.extract(from: archive)
            if text.allSatisfy({ $0.isWhitespace }) {
                throw CLIError("the OpenDocument file has no text", at: path, hint: "check that this is the right file")
            }
            return text
        } catch let error as CLIError {
            throw error
        } catch let failure as ODTText.Failure {
            throw CLIError(failure.description, at: path, hint: "open it in LibreOffice or Word and save it again (.odt or .docx), or save it as plain text")
        } catch {
            throw CLIError("cannot be read as an OpenDocument file", at: path, hint: "save it again as .odt or .docx, or as plain text")
        }
    }

    /// The text of a flat OpenDocument (.fodt) release: one XML file, read as `.odt` is.
    static func flatODTText(_ bytes: [UInt8], path: String) throws(CLIError) -> String {
        let text: String
        do {
            text = try ODTText.extractFlat(bytes)
        } catch {
            throw CLIError(error.description, at: path, hint: "open it in LibreOffice and save it again, as .odt or .docx")
        }
        if text.allSatisfy({ $0.isWhitespace }) {
            throw CLIError("the OpenDocument file has no text", at: path, hint: "check that this is the right file")
        }
        return text
    }

    /// The text of an HTML release (`HTMLText`: what a browser shows; `<!-- preelection: … -->` comments kept).
    static func htmlText(_ html: String, path: String) throws(CLIError) -> String {
        try htmlTextMapped(html, path: path).text
    }

    /// The text of an HTML release with its map back to the page, so findings are reported at the page's own
    /// lines and columns, where the person fixing the file finds them.
    static func htmlTextMapped(_ html: String, path: String) throws(CLIError) -> (text: String, map: HTMLText.SourceMap) {
        // Laying out a page's text takes about 16 bytes per byte of HTML: a 60 MB page would take 1 GB.
        let size = html.utf8.count
        guard size <= TextBudget.perWebPage else { throw TextBudget.pageTooLargeError(size, path: path) }
        let (text, map) = HTMLText.extractMapped(html)
        if text.allSatisfy({ $0.isWhitespace }) {
            throw CLIError("the page has no visible text", at: path, hint: "check that this is the release's HTML and not an empty template")
        }
        return (text, map)
    }
}
