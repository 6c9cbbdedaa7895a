import Foundation
import CZlib
import FileFormats

/// Readers benchmark: DOCX text of a Word-like document with about 1 MB of text (target well under
/// 50 ms), and HTML text extraction of a 1 MB council page (target at least 100 MB/s). Not wired into
/// main.swift yet: call `benchReaders()` from a `readers` section there.
func benchReaders() {
    // Varied words (a fixed pseudo-random choice), so the file deflates like real prose, not like a repeat.
    let words = ["council", "residents", "library", "Riverside", "Anytown", "opening", "Monday", "30", "March", "2026",
                 "services", "“great", "day,”", "said", "the", "Head", "of", "Libraries", "new", "hours", "&amp;",
                 "free", "wi-fi", "children’s", "room", "café", "budget", "ward", "community", "centre", "will", "open"]
    var seed: UInt64 = 20260507
    var body = ""
    var textBytes = 0
    var number = 0
    while textBytes < 1_000_000 {
        number += 1
        var paragraph = ""
        for _ in 0..<30 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            paragraph += words[Int(seed >> 33) % words.count] + " "
        }
        // Word splits runs at edits and proofing marks; three runs a paragraph, rsids on everything.
        let pieces = paragraph.split(separator: " ")
        let first = pieces.prefix(pieces.count / 2).joined(separator: " ") + " "
        let second = pieces.dropFirst(pieces.count / 2).joined(separator: " ")
        body += #"<w:p w:rsidR="00C14F3B" w:rsidRDefault="00AB2D41" w:rsidP="00C14F3B"><w:pPr><w:spacing w:after="160"/><w:rPr><w:lang w:val="en-GB"/></w:rPr></w:pPr>"#
            + #"<w:r w:rsidRPr="00D21A7C"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">\#(first)</w:t></w:r>"#
            + #"<w:proofErr w:type="spellStart"/><w:r w:rsidR="00AB2D41"><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/></w:rPr><w:t xml:space="preserve">\#(second)</w:t></w:r><w:proofErr w:type="spellEnd"/>"#
            + #"<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve"> (\#(number))</w:t></w:r></w:p>"#
        textBytes += paragraph.utf8.count + 6
    }
    let document = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"><w:body>"#
        + body + "<w:sectPr/></w:body></w:document>"
    let docx = benchZIP([("word/document.xml", Array(document.utf8))])

    var docxText = ""
    var docxFailure: DOCXText.Failure?
    let docxSeconds = bestSeconds {
        do throws(DOCXText.Failure) {
            docxText = try DOCXText.extract(docx)
        } catch {
            docxFailure = error
        }
    }
    if let docxFailure { print("Readers: DOCX benchmark document did not read: \(docxFailure)") }
    print(String(format: "Readers: DOCX %.2f MB file (%.1f MB XML, %.2f MB text) -> text in %.1f ms",
                 Double(docx.count) / 1e6, Double(document.utf8.count) / 1e6, Double(docxText.utf8.count) / 1e6, docxSeconds * 1000))

    // The same text as an OpenDocument file (LibreOffice's content.xml: one text:p per paragraph, spans for runs).
    var odtBody = ""
    var odtSeed: UInt64 = 20260507
    var odtBytes = 0
    while odtBytes < 1_000_000 {
        var paragraph = ""
        for _ in 0..<30 {
            odtSeed = odtSeed &* 6364136223846793005 &+ 1442695040888963407
            paragraph += words[Int(odtSeed >> 33) % words.count] + " "
        }
        odtBody += #"<text:p text:style-name="P1"><text:span text:style-name="T1">\#(paragraph)</text:span></text:p>"#
        odtBytes += paragraph.utf8.count
    }
    let content = #"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>"#
        + odtBody + "</office:text></office:body></office:document-content>"
    let odt = benchZIP([("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", Array(content.utf8))])
    var odtText = ""
    let odtSeconds = bestSeconds {
        odtText = (try? ODTText.extract(odt)) ?? ""
    }
    print(String(format: "Readers: ODT %.2f MB file (%.1f MB XML, %.2f MB text) -> text in %.1f ms",
                 Double(odt.count) / 1e6, Double(content.utf8.count) / 1e6, Double(odtText.utf8.count) / 1e6, odtSeconds * 1000))

    var page = "<!DOCTYPE html><html><head><title>News</title><script>var x = '<p>';</script></head><body><article>"
    while page.utf8.count < 1_000_000 {
        page += "<h2>Riverside Library</h2>\n<p class=\"lead\">&ldquo;This is a great day for residents,&rdquo; said the "
            + "<a href=\"/libraries\">Head of Libraries</a>. The new library opens on <strong>Monday&nbsp;30&nbsp;March "
            + "2026</strong> with extended hours &amp; free wi&#8209;fi.</p>\n<figure><img src=\"/img/lib.jpg\" alt=\"The "
            + "new library\"><figcaption>Pictured: library staff.</figcaption></figure>\n<!-- preelection: ignore "
            + "member-quote -- approved -->\n<ul><li>Children&rsquo;s room</li><li>Caf&eacute;</li></ul>\n"
    }
    page += "</article></body></html>"
    var htmlText = ""
    let htmlSeconds = bestSeconds {
        htmlText = HTMLText.extract(page)
    }
    print(String(format: "Readers: HTML %.2f MB page -> %.2f MB text in %.1f ms (%.0f MB/s)",
                 Double(page.utf8.count) / 1e6, Double(htmlText.utf8.count) / 1e6, htmlSeconds * 1000,
                 Double(page.utf8.count) / 1e6 / htmlSeconds))
}

/// A minimal deflate-only ZIP writer (APPNOTE §4.3.7, §4.3.12, §4.3.16), enough to build a benchmark .docx.
private func benchZIP(_ files: [(String, [UInt8])]) -> [UInt8] {
    var out: [UInt8] = []
    var central: [UInt8] = []
    func u16(_ value: Int, _ buffer: inout [UInt8]) { buffer += [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    func u32(_ value: Int, _ buffer: inout [UInt8]) { u16(value & 0xFFFF, &buffer); u16(value >> 16 & 0xFFFF, &buffer) }
    for (name, data) in files {
        var input = data
        var stream = z_stream()
        _ = deflateInit2_(&stream, 6, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        var packed = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))))
        let size: Int = input.withUnsafeMutableBufferPointer { source in
            packed.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                _ = deflate(&stream, Z_FINISH)
                return Int(stream.total_out)
            }
        }
        deflateEnd(&stream)
        let crc = data.withUnsafeBufferPointer { Int(crc32(0, $0.baseAddress, UInt32($0.count))) }
        let nameBytes = Array(name.utf8)
        let offset = out.count
        u32(0x0403_4b50, &out); u16(20, &out); u16(0x0800, &out); u16(8, &out); u32(0, &out)
        u32(crc, &out); u32(size, &out); u32(data.count, &out); u16(nameBytes.count, &out); u16(0, &out)
        out += nameBytes
        out += packed.prefix(size)
        u32(0x0201_4b50, &central); u16(20, &central); u16(20, &central); u16(0x0800, &central); u16(8, &central); u32(0, &central)
        u32(crc, &central); u32(size, &central); u32(data.count, &central); u16(nameBytes.count, &central)
        u16(0, &central); u16(0, &central); u16(0, &central); u16(0, &central); u32(0, &central); u32(offset, &central)
        central += nameBytes
    }
    let centralOffset = out.count
    out += central
    u32(0x0605_4b50, &out); u16(0, &out); u16(0, &out); u16(files.count, &out); u16(files.count, &out)
    u32(central.count, &out); u32(centralOffset, &out); u16(0, &out)
    return out
}
