// libFuzzer entry point for PreElection's readers. Built by `Tests/Fuzz/run-fuzzers`, which compiles this file
// together with the library sources into one instrumented binary; the environment variable
// PREELECTION_FUZZ_TARGET picks the reader under test. A target passes when no input makes it trap, overflow,
// read out of bounds (AddressSanitizer), run out of memory or hang (libFuzzer's -rss_limit_mb and -timeout).
import Foundation

/// The readers a fuzz run can exercise, one per untrusted input a user can hand the tool.
enum FuzzTarget: String, CaseIterable {
    /// RFC 5545 calendars through the scheduler's reader (parsing, time zones, recurrence expansion).
    case ics
    /// RFC 4180 event tables through the scheduler's reader (header detection, UK date forms).
    case csv
    /// ZIP archives (APPNOTE): the central directory, local headers, inflate and CRC of every entry.
    case zip
    /// Word documents: ZIP plus WordprocessingML text layout.
    case docx
    /// OpenDocument text: ZIP plus content.xml and styles.xml, and the flat `.fodt` form.
    case odt
    /// The XML tokenizer on its own (well-formedness, references, CDATA, DOCTYPE skipping).
    case xml
    /// HTML to checkable text (entities, tags, scripts, comments).
    case html
    /// The council config (JSON), as every command reads it.
    case config
    /// Text decoding (BOMs, UTF-16, Windows-1252 fallback), the release checker's scan and the dateline finder.
    case text
    /// The server's HTTP/1.1 request parser (RFC 9112), fed in uneven pieces as a socket would, then its form
    /// and multipart body parsers on what it accepts.
    case http

    /// The target named by PREELECTION_FUZZ_TARGET, or `text` when none is named.
    static let selected: FuzzTarget = {
        let name = ProcessInfo.processInfo.environment["PREELECTION_FUZZ_TARGET"] ?? "text"
        return FuzzTarget(rawValue: name) ?? .text
    }()
}

/// A fixed window around the 2027 polls, so recurrence expansion has real work to do.
private let windowStart = CivilDate(year: 2026, month: 1, day: 1) ?? CivilDate(dayNumber: 20_454)
private let windowEnd = CivilDate(year: 2028, month: 12, day: 31) ?? CivilDate(dayNumber: 21_549)

/// Runs one input through the selected reader; every error it throws is an acceptable outcome.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch FuzzTarget.selected {
    case .ics:
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? EventFile.read(text, name: "fuzz.ics", from: windowStart, to: windowEnd)
    case .csv:
        let text = String(decoding: bytes, as: UTF8.self)
        _ = try? EventFile.read(text, name: "fuzz.csv", from: windowStart, to: windowEnd)
    case .zip:
        if let archive = try? ZIPArchive(bytes, maximumEntrySize: 4 << 20) {
            for entry in archive.entries.prefix(64) { _ = try? archive.contents(of: entry) }
        }
    case .docx:
        _ = try? DOCXText.extract(bytes)
    case .odt:
        _ = try? ODTText.extract(bytes)
        _ = try? ODTText.extractFlat(bytes)
    case .xml:
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = XMLScanner(buffer)
            var decoded: [UInt8] = []
            while let token = try? scanner.next() {
                if case .text(let range) = token { try? scanner.appendDecoded(range, to: &decoded) }
                if case .start(let tag) = token { _ = scanner.attributes(of: tag) }
            }
        }
    case .html:
        let page = String(decoding: bytes, as: UTF8.self)
        _ = HTMLText.extract(page)
        // The source map: every line of the text, at its start and a few columns in, maps back into the page.
        let (text, map) = HTMLText.extractMapped(page)
        let lines = text.utf8.reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
        for line in 0...min(lines + 1, 400) {
            for column in [0, 1, 2, 7, 1_000] {
                let (l, c) = map.sourcePosition(line: line, column: column)
                precondition(l >= 1 && c >= 1, "a source position is 1-based")
            }
        }
    case .config:
        _ = try? CouncilConfig.parse(bytes, path: "fuzz.json")
    case .text:
        if let decoded = try? TextDecoding.decode(bytes) {
            let options = CheckOptions(publicationDate: CivilDate(year: 2027, month: 4, day: 14) ?? windowStart)
            _ = ReleaseScanner.check(text: decoded.text, options: options)
        }
        _ = PublicationDateFinder.find(in: bytes)
    case .http:
        var parser = HTTPRequestParser(limits: HTTPLimits())
        var offset = 0
        var piece = 1
        requests: while offset < bytes.count {
            let end = min(bytes.count, offset + piece)
            parser.append(Array(bytes[offset..<end]))
            offset = end
            piece = piece % 97 + 7
            while true {
                switch parser.next() {
                case .incomplete: continue requests
                case .failure: break requests
                case .request(let request):
                    _ = try? FormFields.parse(request.body, maxFields: 1_000)
                    _ = try? MultipartForm.parse(request.body, boundary: "XyZ", maxParts: 100)
                }
            }
        }
    }
    return 0
}
