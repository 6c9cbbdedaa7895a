/// One iCalendar content line after unfolding (RFC 5545 §3.1): `NAME *(";" PARAM "=" VALUE) ":" VALUE`,
/// remembering the physical line it started on so that every message can say `file:line`.
public struct ContentLine: Sendable, Equatable {
    /// One parameter, e.g. `TZID=Europe/London` (name upper-cased, surrounding quotes removed).
    public struct Parameter: Sendable, Equatable {
        /// Parameter name, upper-cased.
        public var name: String
        /// Value without quotes; several values stay comma-separated.
        public var value: String
    }

    /// Property name, upper-cased (RFC 5545 §2: names are case-insensitive).
    public var name: String
    /// Parameters in order.
    public var parameters: [Parameter]
    /// The raw value after the first `:` outside quotes (TEXT escapes not yet decoded).
    public var value: String
    /// 1-based physical line the content line starts on.
    public var line: Int

    /// The value of a parameter, case-insensitively by name.
    public func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }

    /// Calls `body` with each unfolded logical line and its first physical line number. RFC 5545 §3.1: a
    /// line break followed by one space or tab is a fold and is removed. CRLF, bare LF and bare CR all end
    /// lines; a UTF-8 byte-order mark is skipped; blank lines are skipped. `wants` sees each line's first
    /// physical line and may decline it, so that long DESCRIPTIONs are never copied together.
    static func unfold(_ bytes: UnsafeBufferPointer<UInt8>, wants: (UnsafeBufferPointer<UInt8>) -> Bool = { _ in true },
                       _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        let n = bytes.count
        var i = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        var physical = 1
        var buffer: [UInt8] = []
        var pendingStart = -1, pendingEnd = -1, pendingLine = 0
        var skipping = false
        var folded = false

        func flush() {
            if skipping {
                // declined: nothing to hand on
            } else if folded {
                buffer.withUnsafeBufferPointer { body($0, pendingLine) }
            } else if pendingStart >= 0, pendingEnd > pendingStart {
                body(UnsafeBufferPointer(rebasing: bytes[pendingStart..<pendingEnd]), pendingLine)
            }
            pendingStart = -1
            folded = false
            skipping = false
            buffer.removeAll(keepingCapacity: true)
        }

        while i < n {
            // One physical line: [i, end) without its terminator.
            var end = i
            while end < n && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
            let isContinuation = end > i && (bytes[i] == 0x20 || bytes[i] == 0x09)
            if isContinuation && (pendingStart >= 0 || skipping) {
                if !skipping {
                    if !folded {
                        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[pendingStart..<pendingEnd]))
                        folded = true
                    }
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end]))
                }
            } else {
                flush()
                var blank = true
                for k in i..<end where bytes[k] != 0x20 && bytes[k] != 0x09 { blank = false; break }
                if !blank {
                    if wants(UnsafeBufferPointer(rebasing: bytes[i..<end])) {
                        pendingStart = i
                        pendingEnd = end
                        pendingLine = physical
                    } else {
                        skipping = true
                    }
                }
            }
            // Step over the terminator: CRLF, LF or CR.
            if end < n && bytes[end] == 0x0D { end += 1 }
            if end < n && bytes[end] == 0x0A { end += 1 }
            i = end
            physical += 1
        }
        flush()
    }

    /// `unfold` over an array (tests, small inputs).
    static func unfold(_ bytes: [UInt8], _ body: (UnsafeBufferPointer<UInt8>, Int) -> Void) {
        bytes.withUnsafeBufferPointer { unfold($0, body) }
    }

    static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x2E
    }

    /// True when the line starts with one of `names` (upper-case ASCII) followed by `;` or `:`, compared
    /// without allocating; also true when the line has no such name end at all (it is malformed, and the
    /// caller wants to say so).
    static func startsWithName(_ line: UnsafeBufferPointer<UInt8>, in names: [[UInt8]]) -> Bool {
        var length = 0
        while length < line.count && isNameByte(line[length]) { length += 1 }
        guard length < line.count, line[length] == UInt8(ascii: ";") || line[length] == UInt8(ascii: ":"), length > 0 else { return true }
        for name in names where name.count == length {
            var same = true
            for k in 0..<length {
                let b = line[k]
                if (b >= 0x61 && b <= 0x7A ? b - 32 : b) != name[k] { same = false; break }
            }
            if same { return true }
        }
        return false
    }

    /// Parses one logical line (tests, small inputs).
    static func parse(_ bytes: ArraySlice<UInt8>, line: Int) -> ContentLine? {
        bytes.withUnsafeBufferPointer { parse($0, line: line) }
    }

    /// Parses one logical line; nil when it has no name or no `:` outside quotes.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> ContentLine? {
        var i = 0
        let end = bytes.count
        func upperName(_ range: Range<Int>) -> String {
            String(unsafeUninitializedCapacity: range.count) { out in
                var k = 0
                for b in UnsafeBufferPointer(rebasing: bytes[range]) {
                    out[k] = b >= 0x61 && b <= 0x7A ? b - 32 : b
                    k += 1
                }
                return k
            }
        }
        let nameStart = i
        while i < end && isNameByte(bytes[i]) { i += 1 }
        guard i > nameStart, i < end else { return nil }
        let name = upperName(nameStart..<i)
        var parameters: [Parameter] = []
        while i < end && bytes[i] == UInt8(ascii: ";") {
            i += 1
            let pStart = i
            while i < end && isNameByte(bytes[i]) { i += 1 }
            let pName = upperName(pStart..<i)
            var value: [UInt8] = []
            if i < end && bytes[i] == UInt8(ascii: "=") {
                i += 1
                // param-value *("," param-value); a quoted value may hold ':' ';' ','.
                while i < end {
                    if bytes[i] == UInt8(ascii: "\"") {
                        i += 1
                        while i < end && bytes[i] != UInt8(ascii: "\"") { value.append(bytes[i]); i += 1 }
                        guard i < end else { return nil }
                        i += 1
                    } else {
                        while i < end && bytes[i] != UInt8(ascii: ",") && bytes[i] != UInt8(ascii: ";") {
                            // Outlook writes TZID=tzone://Microsoft/Custom unquoted: "://" is part of the value.
                            if bytes[i] == UInt8(ascii: ":") {
                                let isURI = i + 2 < end && bytes[i + 1] == UInt8(ascii: "/") && bytes[i + 2] == UInt8(ascii: "/")
                                if !isURI { break }
                            }
                            value.append(bytes[i])
                            i += 1
                        }
                    }
                    if i < end && bytes[i] == UInt8(ascii: ",") {
                        value.append(bytes[i])
                        i += 1
                        continue
                    }
                    break
                }
            }
            parameters.append(Parameter(name: pName, value: String(decoding: value, as: UTF8.self)))
        }
        guard i < end, bytes[i] == UInt8(ascii: ":") else { return nil }
        return ContentLine(name: name, parameters: parameters, value: String(decoding: UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end]), as: UTF8.self), line: line)
    }

    /// Decodes TEXT escapes (RFC 5545 §3.3.11): `\\` `\;` `\,` and `\n`/`\N` (a line break). Any other
    /// escaped character stands for itself, as lenient readers do.
    public static func unescapeText(_ value: String) -> String {
        guard value.utf8.contains(UInt8(ascii: "\\")) else { return value }
        var out: [UInt8] = []
        out.reserveCapacity(value.utf8.count)
        var escaped = false
        for b in value.utf8 {
            if escaped {
                out.append(b == UInt8(ascii: "n") || b == UInt8(ascii: "N") ? 0x0A : b)
                escaped = false
            } else if b == UInt8(ascii: "\\") {
                escaped = true
            } else {
                out.append(b)
            }
        }
        if escaped { out.append(UInt8(ascii: "\\")) }
        return String(decoding: out, as: UTF8.self)
    }
}
