import ElectionCalendar

/// A JSON value for machine-readable output, rendered with keys in the order given (so the documented
/// contracts read in a stable order) and strings escaped per RFC 8259 §7.
public indirect enum JSONValue: Sendable, Equatable {
    case object([(String, JSONValue)])
    case array([JSONValue])
    case string(String)
    case number(Int)
    case bool(Bool)
    case null

    /// A date as `YYYY-MM-DD`, or null.
    public static func date(_ date: CivilDate?) -> JSONValue { date.map { .string($0.iso) } ?? .null }

    /// A string, or null.
    public static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

    /// Pretty-printed text with two-space indents and a final newline; `compact` puts it all on one line.
    public func rendered(compact: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        if compact { renderCompact(into: &out) } else { render(into: &out, indent: 0) }
        out.append(0x0A)
        return String(decoding: out, as: UTF8.self)
    }

    /// One line, no spaces: for reports that tools read and people rarely do.
    func renderCompact(into out: inout [UInt8]) {
        switch self {
        case .object(let members):
            out.append(0x7B)
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(0x2C) }
                JSONValue.appendString(key, to: &out)
                out.append(0x3A)
                value.renderCompact(into: &out)
            }
            out.append(0x7D)
        case .array(let items):
            out.append(0x5B)
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(0x2C) }
                item.renderCompact(into: &out)
            }
            out.append(0x5D)
        default:
            render(into: &out, indent: 0)
        }
    }

    /// Appends this value's text at nesting `indent` to a UTF-8 buffer (fast path for large outputs).
    func render(into out: inout [UInt8], indent: Int) {
        switch self {
        case .object(let members):
            if members.isEmpty { out.append(0x7B); out.append(0x7D); return }
            out.append(0x7B); out.append(0x0A)
            for (index, (key, value)) in members.enumerated() {
                JSONValue.spaces(indent + 2, into: &out)
                JSONValue.appendString(key, to: &out)
                out.append(0x3A); out.append(0x20)
                value.render(into: &out, indent: indent + 2)
                if index + 1 < members.count { out.append(0x2C) }
                out.append(0x0A)
            }
            JSONValue.spaces(indent, into: &out)
            out.append(0x7D)
        case .array(let items):
            if items.isEmpty { out.append(0x5B); out.append(0x5D); return }
            if items.allSatisfy({ if case .string = $0 { return true } else { return false } }) {
                out.append(0x5B)
                for (index, item) in items.enumerated() {
                    if index > 0 { out.append(0x2C); out.append(0x20) }
                    item.render(into: &out, indent: indent)
                }
                out.append(0x5D)
                return
            }
            out.append(0x5B); out.append(0x0A)
            for (index, item) in items.enumerated() {
                JSONValue.spaces(indent + 2, into: &out)
                item.render(into: &out, indent: indent + 2)
                if index + 1 < items.count { out.append(0x2C) }
                out.append(0x0A)
            }
            JSONValue.spaces(indent, into: &out)
            out.append(0x5D)
        case .string(let text): JSONValue.appendString(text, to: &out)
        case .number(let value): out.append(contentsOf: String(value).utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .null: out.append(contentsOf: "null".utf8)
        }
    }

    static func spaces(_ count: Int, into out: inout [UInt8]) {
        for _ in 0..<count { out.append(0x20) }
    }

    /// Appends `text` as a JSON string literal (RFC 8259 §7: quote, backslash and control characters escaped).
    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte == 0x22 || byte == 0x5C || byte < 0x20 else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                runStart = index + 1
                out.append(0x5C)
                switch byte {
                case 0x22: out.append(0x22)
                case 0x5C: out.append(0x5C)
                case 0x0A: out.append(0x6E)
                case 0x0D: out.append(0x72)
                case 0x09: out.append(0x74)
                default:
                    func hex(_ nibble: UInt8) -> UInt8 { nibble < 10 ? 0x30 + nibble : 0x57 + nibble }
                    out.append(0x75); out.append(0x30); out.append(0x30)
                    out.append(hex(byte >> 4)); out.append(hex(byte & 0x0F))
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(0x22)
    }

    /// Two values are equal when they render to the same text.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered() == rhs.rendered() }
}
