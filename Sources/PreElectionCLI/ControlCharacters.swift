/// Makes text that repeats something from a file (a file name, a ZIP entry, an XML entity, an iCalendar value)
/// safe to print: control characters are shown escaped (`\n`, `\u{1B}`), so a hostile name can neither
/// break a message into fake lines nor send terminal escape codes.
public enum ControlCharacters {
    /// `text` with every C0 control, DEL and C1 control escaped; with `keepingLineBreaks`, `\n` (and `\t`)
    /// stay as they are, for whole outputs whose lines the tool itself wrote.
    public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0, keepingLineBreaks: keepingLineBreaks) }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            guard needsEscape(scalar, keepingLineBreaks: keepingLineBreaks) else {
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

    static func needsEscape(_ scalar: Unicode.Scalar, keepingLineBreaks: Bool) -> Bool {
        let value = scalar.value
        if keepingLineBreaks && (value == 0x0A || value == 0x09) { return false }
        return value < 0x20 || (0x7F...0x9F).contains(value)
    }
}
