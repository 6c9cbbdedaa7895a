/// Lays out the text DOCXText finds into blocks separated by one blank line (see `DOCXText` for the rules),
/// keeping text boxes and table cells in their own stories so their text is not run into a paragraph.
struct DOCXTextLayout {
    /// One flow of text: the document body, a note, or a text box's content.
    private struct Story {
        var paragraph: [UInt8] = []
        var tables: [TableLevel] = []
        /// Blocks anchored in the current block (text boxes, picture descriptions): written after it.
        var deferred: [[UInt8]] = []
        /// Finished blocks of a text box story (the outermost story writes straight to the output).
        var blocks: [[UInt8]] = []
    }

    private struct TableLevel {
        var cells: [[UInt8]] = []
        var cell: [UInt8] = []
    }

    private var output: [UInt8] = []
    private var current = Story()
    private var outer: [Story] = []
    /// The last block written, and a picture description held back until the next block shows whether
    /// it merely repeats the caption (pandoc and many authors use the caption as the alternative text).
    private var lastBlock: [UInt8] = []
    private var heldImage: [UInt8]?

    /// Appends one byte of structure (tab, line break, hyphen) to the current paragraph.
    mutating func append(_ byte: UInt8) {
        current.paragraph.append(byte)
    }

    /// Appends the content of a `w:t`: without `xml:space="preserve"` surrounding white space is not
    /// significant (ECMA-376 Part 1 §17.3.3.31); line ends inside it read as spaces, U+00A0 as a space.
    mutating func appendRunText(_ text: [UInt8], preserveSpace: Bool) {
        var start = 0
        var end = text.count
        if !preserveSpace {
            while start < end && XMLScanner.isSpace(text[start]) { start += 1 }
            while end > start && XMLScanner.isSpace(text[end - 1]) { end -= 1 }
        }
        Self.appendNormalised(text, start..<end, to: &current.paragraph)
    }

    /// Ends a `w:p`: a block of its own, or part of the table cell it sits in.
    mutating func endParagraph() {
        var text: [UInt8] = []
        swap(&text, &current.paragraph)
        if current.tables.isEmpty {
            emit(text)
        } else {
            appendToCell(text, level: current.tables.count - 1)
        }
    }

    mutating func startTable() {
        current.tables.append(TableLevel())
    }

    mutating func endTable() {
        _ = current.tables.popLast()
    }

    mutating func endCell() {
        guard !current.tables.isEmpty else { return }
        let last = current.tables.count - 1
        var cell: [UInt8] = []
        swap(&cell, &current.tables[last].cell)
        current.tables[last].cells.append(cell)
    }

    /// Ends a `w:tr`: the cells joined by tabs make one block (or, in a nested table, part of the outer cell).
    mutating func endRow() {
        guard !current.tables.isEmpty else { return }
        let last = current.tables.count - 1
        var row: [UInt8] = []
        for (number, cell) in current.tables[last].cells.enumerated() {
            if last == 0 {
                if number > 0 { row.append(0x09) } // cells of a top-level row: tab-separated
            } else if cell.isEmpty {
                continue
            } else if !row.isEmpty {
                row.append(0x20) // a nested row runs into its cell as words
            }
            row.append(contentsOf: cell)
        }
        current.tables[last].cells.removeAll()
        if last == 0 {
            emit(row)
        } else {
            appendToCell(row, level: last - 1)
        }
    }

    mutating func startTextBox() {
        outer.append(current)
        current = Story()
    }

    /// Ends a `w:txbxContent`: its blocks wait until the block that anchors the text box is written.
    mutating func endTextBox() {
        guard let parent = outer.popLast() else { return }
        var box = current
        current = parent
        if !box.paragraph.isEmpty { box.blocks.append(box.paragraph) }
        box.blocks.append(contentsOf: box.deferred)
        current.deferred.append(contentsOf: box.blocks)
    }

    /// A picture's alternative text, as the block "Image: …" after the block it sits in — unless it
    /// only repeats the caption paragraph just before or after the picture.
    mutating func image(_ description: [UInt8]) {
        var spaced: [UInt8] = []
        Self.appendNormalised(description, 0..<description.count, to: &spaced)
        // Word's own descriptions span lines ("A picture containing person&#xA;&#xA;Description …").
        var line: [UInt8] = Self.imagePrefix
        var space = false
        for byte in spaced {
            if Self.isBlank(byte) { space = true; continue }
            if space && line.count > Self.imagePrefix.count { line.append(0x20) }
            space = false
            line.append(byte)
        }
        guard line.count > Self.imagePrefix.count else { return }
        current.deferred.append(line)
    }

    /// Marks a picture description among the blocks: a NUL (never text in XML, §2.2), then the words.
    private static let imageMarker: [UInt8] = [0x00]
    private static let imageWords: [UInt8] = Array("Image: ".utf8)
    private static let imagePrefix = imageMarker + imageWords

    /// Flushes what an unfinished part left open (a paragraph, a text box) at the end of a part.
    mutating func endPart() {
        while !outer.isEmpty { endTextBox() }
        current.tables.removeAll()
        if !current.paragraph.isEmpty || !current.deferred.isEmpty { endParagraph() }
        current = Story()
    }

    /// The text: blocks separated by a blank line, ending with a newline (empty when there is no text).
    mutating func finish() -> String {
        if let image = heldImage {
            heldImage = nil
            writeNow(Array(image.dropFirst(Self.imageMarker.count)))
        }
        return output.isEmpty ? "" : String(decoding: output + [0x0A], as: UTF8.self)
    }

    // MARK: - Private

    /// Ends a block of the current story, then the blocks anchored in it.
    private mutating func emit(_ text: [UInt8]) {
        if outer.isEmpty {
            write(text)
            for block in current.deferred { write(block) }
        } else {
            if Self.hasContent(text, from: 0) { current.blocks.append(text) }
            current.blocks.append(contentsOf: current.deferred)
        }
        current.deferred.removeAll()
    }

    private mutating func appendToCell(_ text: [UInt8], level: Int) {
        var start = 0
        var end = text.count
        while start < end && Self.isBlank(text[start]) { start += 1 }
        while end > start && Self.isBlank(text[end - 1]) { end -= 1 }
        guard start < end else { return }
        if !current.tables[level].cell.isEmpty { current.tables[level].cell.append(0x20) }
        for byte in text[start..<end] {
            current.tables[level].cell.append(byte == 0x0A ? 0x20 : byte)
        }
    }

    /// Writes a block, holding back a picture description until the next block (see `image`).
    private mutating func write(_ block: [UInt8]) {
        guard Self.hasContent(block, from: 0) else { return }
        let isImage = block.starts(with: Self.imagePrefix)
        if let image = heldImage {
            heldImage = nil
            if !Self.sameText(image.dropFirst(Self.imagePrefix.count), block[...]) { writeNow(Array(image.dropFirst(Self.imageMarker.count))) }
        }
        if isImage {
            if !Self.sameText(block.dropFirst(Self.imagePrefix.count), lastBlock[...]) { heldImage = block }
        } else {
            writeNow(block)
        }
    }

    /// Equal after trimming surrounding blanks.
    private static func sameText(_ a: ArraySlice<UInt8>, _ b: ArraySlice<UInt8>) -> Bool {
        func trimmed(_ s: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var s = s
            while let first = s.first, isBlank(first) { s = s.dropFirst() }
            while let last = s.last, isBlank(last) { s = s.dropLast() }
            return s
        }
        let x = trimmed(a)
        return !x.isEmpty && x.elementsEqual(trimmed(b))
    }

    /// Writes a block: each line trimmed of spaces and tabs, empty lines dropped, a blank line before it.
    private mutating func writeNow(_ block: [UInt8]) {
        let before = output.count
        defer { if output.count > before { lastBlock = block } }
        var wroteLine = false
        var lineStart = 0
        while lineStart <= block.count {
            var lineEnd = lineStart
            while lineEnd < block.count && block[lineEnd] != 0x0A { lineEnd += 1 }
            var start = lineStart
            var end = lineEnd
            while start < end && (block[start] == 0x20 || block[start] == 0x09) { start += 1 }
            while end > start && (block[end - 1] == 0x20 || block[end - 1] == 0x09) { end -= 1 }
            if start < end {
                if wroteLine {
                    output.append(0x0A)
                } else if !output.isEmpty {
                    output.append(0x0A)
                    output.append(0x0A)
                }
                output.append(contentsOf: block[start..<end])
                wroteLine = true
            }
            lineStart = lineEnd + 1
        }
    }

    /// Appends `text[range]` with line ends and U+00A0 no-break spaces read as spaces.
    private static func appendNormalised(_ text: [UInt8], _ range: Range<Int>, to output: inout [UInt8]) {
        var i = range.lowerBound
        var runStart = i
        while i < range.upperBound {
            let byte = text[i]
            if byte != 0x0A && byte != 0x0D && byte != 0xC2 {
                i += 1
                continue
            }
            let noBreakSpace = byte == 0xC2 && i + 1 < range.upperBound && text[i + 1] == 0xA0
            guard byte != 0xC2 || noBreakSpace else {
                i += 1
                continue
            }
            output.append(contentsOf: text[runStart..<i])
            output.append(0x20)
            i += noBreakSpace ? 2 : 1
            runStart = i
        }
        output.append(contentsOf: text[runStart..<range.upperBound])
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A
    }

    private static func hasContent(_ text: [UInt8], from start: Int) -> Bool {
        var i = start
        while i < text.count {
            if !isBlank(text[i]) { return true }
            i += 1
        }
        return false
    }
}
