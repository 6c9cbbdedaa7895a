/// Makes text that repeats something from a file (a file name, a ZIP entry, an XML entity, an iCalendar value)
/// safe to print: control characters are shown escaped (`\n`, `\u{1B}`), so a hostile name can neither
/// break a message into fake lines nor send terminal escape codes.
public enum ControlCharacters {
    /// `text` with every C0 control, DEL and C1 control escaped; with `keepingLineBreaks`, line ends (`\n`,
    /// `\r\n`) and tabs stay as they are, for whole outputs whose lines the tool itself wrote (CSV and
    /// iCalendar end lines with CRLF).
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        // Fast path: no control byte at all (0xC2 leads every C1 control in UTF-8).
        if !text.utf8.contains(where: { ($0 < 0x20 && !(keepingLineBreaks && ($0 == 0x0A || $0 == 0x09))) || $0 == 0x7F || $0 == 0xC2 }) {
            return text
        }
        let scalars = Array(text.unicodeScalars)
        func kept(_ index: Int) -> Bool {
            let value = scalars[index].value
            guard value < 0x20 || (0x7F...0x9F).contains(value) else { return true }
            guard keepingLineBreaks else { return false }
            return value == 0x0A || value == 0x09 || (value == 0x0D && index + 1 < scalars.count && scalars[index + 1] == "\n")
        }
        guard scalars.indices.contains(where: { !kept($0) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for index in scalars.indices {
            let scalar = scalars[index]
            if kept(index) {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch scalar {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            }
        }
        return out
    }
}
