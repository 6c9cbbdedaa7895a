extension HTMLText {
    /// Where each run of the extracted text came from in the page, so that a finding in the text can be reported
    /// at the page's own line and column: a communications officer fixes the `.html` file, not our text of it.
    public struct SourceMap: Sendable, Equatable {
        /// One run of output: from `output` on, bytes come from `source` on (byte for byte when `verbatim`,
        /// else every byte of the run comes from the one piece of markup or character reference at `source`).
        struct Anchor: Sendable, Equatable {
            var output: Int
            var source: Int
            var verbatim: Bool
        }

        var anchors: [Anchor] = []
        /// The page's UTF-8 bytes, for counting its columns as the checker counts them (characters).
        var source: [UInt8] = []
        /// Offsets where the page's lines start (after each line feed).
        var sourceLineStarts: [Int] = [0]
        /// The extracted text's UTF-8 bytes, for turning its line and column into an offset.
        var output: [UInt8] = []
        /// Offsets where the extracted text's lines start.
        var outputLineStarts: [Int] = [0]

        /// Records that output from `output` on comes from `source`; consecutive verbatim runs that continue
        /// each other are one anchor, so a plain paragraph costs one entry however long it is.
        @inline(__always)
        mutating func mark(output: Int, source: Int, verbatim: Bool) {
            if let last = anchors.last {
                if last.output == output {
                    anchors[anchors.count - 1] = Anchor(output: output, source: source, verbatim: verbatim)
                    return
                }
                if verbatim && last.verbatim && output - last.output == source - last.source { return }
            }
            anchors.append(Anchor(output: output, source: source, verbatim: verbatim))
        }

        /// Drops the output `range` (a picture description found to repeat its caption) and shifts what follows.
        mutating func remove(output range: Range<Int>) {
            // Only the anchors of the picture and the block after it are touched: the tail of the list.
            var k = anchors.count
            while k > 0 && anchors[k - 1].output >= range.upperBound {
                anchors[k - 1].output -= range.count
                k -= 1
            }
            var first = k
            while first > 0 && anchors[first - 1].output >= range.lowerBound { first -= 1 }
            anchors.removeSubrange(first..<k)
        }

        /// Fills in the line tables once extraction is done (one linear pass over each side).
        mutating func finish(source: UnsafeBufferPointer<UInt8>, output: [UInt8]) {
            self.source = Array(source)
            self.output = output
            for (i, byte) in self.source.enumerated() where byte == 0x0A { sourceLineStarts.append(i + 1) }
            for (i, byte) in output.enumerated() where byte == 0x0A && i + 1 < output.count { outputLineStarts.append(i + 1) }
        }

        /// The page offset that produced byte `offset` of the extracted text.
        public func sourceOffset(ofOutput offset: Int) -> Int {
            guard !anchors.isEmpty else { return 0 }
            var low = 0, high = anchors.count - 1
            if anchors[0].output > offset { return anchors[0].source }
            while low < high { // the last anchor at or before `offset`
                let mid = (low + high + 1) / 2
                if anchors[mid].output <= offset { low = mid } else { high = mid - 1 }
            }
            let anchor = anchors[low]
            guard anchor.verbatim else { return anchor.source }
            return min(anchor.source + (offset - anchor.output), source.count)
        }

        /// The page's 1-based line and column (characters, as the checker's reports count them) of byte `offset`
        /// of the page.
        public func sourcePosition(ofSource offset: Int) -> (line: Int, column: Int) {
            let line = Self.lineIndex(sourceLineStarts, offset)
            return (line + 1, Self.columns(source, from: sourceLineStarts[line], to: offset) + 1)
        }

        /// The page's line and column for 1-based `line` and `column` of the extracted text.
        public func sourcePosition(line: Int, column: Int) -> (line: Int, column: Int) {
            sourcePosition(ofSource: sourceOffset(ofOutput: outputOffset(line: line, column: column)))
        }

        /// The page's line for 1-based `line` of the extracted text (where that line's first character came from).
        public func sourceLine(_ line: Int) -> Int { sourcePosition(line: line, column: 1).line }

        /// The byte offset of 1-based `line` and `column` (characters) in the extracted text.
        func outputOffset(line: Int, column: Int) -> Int {
            let l = max(0, min(line - 1, outputLineStarts.count - 1))
            var i = outputLineStarts[l]
            var remaining = column - 1
            while remaining > 0 && i < output.count && output[i] != 0x0A {
                let next = Self.nextCharacter(output, at: i)
                if !Self.isInvisible(output, at: i) { remaining -= 1 }
                i = next
            }
            // Skip marks that combine with the character the column names.
            while i < output.count && Self.isInvisible(output, at: i) { i = Self.nextCharacter(output, at: i) }
            return i
        }

        private static func lineIndex(_ starts: [Int], _ offset: Int) -> Int {
            var low = 0, high = starts.count - 1
            while low < high {
                let mid = (low + high + 1) / 2
                if starts[mid] <= offset { low = mid } else { high = mid - 1 }
            }
            return low
        }

        /// Where the UTF-8 sequence after the one starting at `i` starts.
        private static func nextCharacter(_ bytes: [UInt8], at i: Int) -> Int {
            let b = bytes[i]
            let length = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4
            return min(i + length, bytes.count)
        }

        /// Combining marks, zero width joiner, variation selectors and BOM take no column, as in the checker's count.
        private static func isInvisible(_ bytes: [UInt8], at i: Int) -> Bool {
            let b = bytes[i]
            if b < 0x80 { return false }
            if b < 0xC0 { return true } // a continuation byte on its own
            var s: UInt32 = 0
            if b & 0xE0 == 0xC0, i + 1 < bytes.count {
                s = UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            } else if b & 0xF0 == 0xE0, i + 2 < bytes.count {
                s = UInt32(b & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            } else {
                return false
            }
            return (s >= 0x300 && s < 0x370) || s == 0x200D || (s >= 0xFE00 && s <= 0xFE0F) || s == 0xFEFF
        }

        /// Characters (as an editor counts them, like the checker's `TextScanner.columns`) in `bytes[from..<to]`.
        private static func columns(_ bytes: [UInt8], from: Int, to: Int) -> Int {
            var count = 0
            var i = from
            let end = min(to, bytes.count)
            while i < end {
                if !isInvisible(bytes, at: i) { count += 1 }
                i = bytes[i] < 0x80 ? i + 1 : (bytes[i] < 0xC0 ? i + 1 : nextCharacter(bytes, at: i))
            }
            return count
        }
    }
}
