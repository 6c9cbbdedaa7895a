/// Builds .docx packages for the tests from XML text, laid out as Word 2019 saves them
/// ([Content_Types].xml, _rels/.rels, word/document.xml, word/_rels/document.xml.rels, notes, styles).
enum TestDOCX {
    /// The namespace declarations Word 2019 puts on `w:document` (and on the notes roots).
    static let namespaces = """
    xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" \
    xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" \
    xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
    xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" \
    xmlns:o="urn:schemas-microsoft-com:office:office" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" \
    xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" \
    xmlns:v="urn:schemas-microsoft-com:vml" \
    xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" \
    xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
    xmlns:w10="urn:schemas-microsoft-com:office:word" \
    xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
    xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" \
    xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" \
    xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" \
    xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" \
    xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" \
    xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" \
    xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
    mc:Ignorable="w14 w15 w16se wp14"
    """

    static func document(body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
        <w:document \(namespaces)><w:body>\(body)<w:sectPr w:rsidR="00C14F3B" w:rsidSect="00AB2D41"><w:headerReference w:type="default" r:id="rId8"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>
        """
    }

    /// A whole package. `notes` maps part names such as "footnotes" to their XML.
    /// `headers` and `footers` are the paragraphs (`w:p` XML) of each header and footer part, in order.
    static func package(document: String, notes: [String: String] = [:], method: UInt16 = 8,
                        mainPart: String = "word/document.xml", headers: [String] = [], footers: [String] = []) -> [UInt8] {
        var writer = TestZIPWriter()
        writer.add("[Content_Types].xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/\(mainPart)" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """, method: method)
        writer.add("_rels/.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="\(mainPart)"/></Relationships>
        """, method: method)
        writer.add(mainPart, document, method: method)
        let directory = mainPart.split(separator: "/").dropLast().joined(separator: "/")
        let fileName = mainPart.split(separator: "/").last.map(String.init) ?? mainPart
        var relationships = #"<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>"#
        for (number, _) in headers.enumerated() {
            relationships += #"<Relationship Id="rId\#(number + 8)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header\#(number + 1).xml"/>"#
        }
        for (number, _) in footers.enumerated() {
            relationships += #"<Relationship Id="rId\#(number + 12)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer\#(number + 1).xml"/>"#
        }
        for (number, kind) in notes.keys.sorted().enumerated() {
            relationships += #"<Relationship Id="rId\#(number + 20)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\#(kind)" Target="\#(kind).xml"/>"#
        }
        writer.add("\(directory)/_rels/\(fileName).rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships)</Relationships>
        """, method: method)
        for (kind, xml) in notes.sorted(by: { $0.key < $1.key }) {
            writer.add("\(directory)/\(kind).xml", xml, method: method)
        }
        writer.add("\(directory)/styles.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style></w:styles>"#, method: method)
        // Header and footer parts that no relationship names are not part of the document (ECMA-376 Part 2 §8.3).
        writer.add("\(directory)/header9.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Orphan header</w:t></w:r></w:p></w:hdr>"#, method: method)
        for (number, paragraphs) in headers.enumerated() {
            writer.add("\(directory)/header\(number + 1).xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr \#(namespaces)>\#(paragraphs)</w:hdr>"#, method: method)
        }
        for (number, paragraphs) in footers.enumerated() {
            writer.add("\(directory)/footer\(number + 1).xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr \#(namespaces)>\#(paragraphs)</w:ftr>"#, method: method)
        }
        writer.add("docProps/core.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Comms Team</dc:creator></cp:coreProperties>"#, method: method)
        return writer.bytes()
    }

    /// A paragraph as Word writes it: rsid attributes, paragraph properties, one run per piece of text.
    static func paragraph(_ runs: String..., style: String? = nil) -> String {
        let properties = style.map { #"<w:pPr><w:pStyle w:val="\#($0)"/></w:pPr>"# } ?? ""
        let body = runs.map { #"<w:r w:rsidRPr="00D21A7C"><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">\#($0)</w:t></w:r>"# }.joined()
        return #"<w:p w:rsidR="00C14F3B" w:rsidRDefault="00C14F3B" w:rsidP="00C14F3B" w14:paraId="3F2A1B0C" w14:textId="77777777">\#(properties)\#(body)</w:p>"#
    }
}
