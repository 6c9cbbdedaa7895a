/// A comma-separated table read per RFC 4180: a header row, then records; quoted fields may hold commas,
/// doubled quotes and line breaks. Councils export CSV from Excel, so CRLF, bare LF and a UTF-8 BOM are all
/// accepted, and every record remembers the line it started on so errors can say `file:line`.
public struct CSVTable: Sendable, Equatable {
    /// Column names from the first record, trimmed of surrounding spaces.
    public var header: [String]
    /// Data records (the header excluded), each with the 1-based line it starts on.
    public var records: [Record]

    /// One data record.
    public struct Record: Sendable, Equatable {
        /// 1-based line number of the record's first character in the input.
        public var line: Int
        /// Field values in column order; shorter or longer than the header as the file had it.
        public var fields: [String]

        /// Creates a record.
        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// Why a CSV text could not be read; `line` is 1-based.
    public struct ParseError: Error, Equatable, Sendable {
        /// 1-based line of the problem.
        public var line: Int
        /// What is wrong, in plain words.
        public var message: String
    }

    /// Creates a table from parts (used by tests and writers).
    public init(header: [String], records: [Record]) {
        self.header = header
        self.records = records
    }

    /// Index of the column whose header matches one of `names` (case-insensitive, spaces and `_` ignored).
    public func column(_ names: String...) -> Int? {
        func key(_ s: String) -> String { s.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" } }
        let wanted = Set(names.map(key))
        return header.firstIndex { wanted.contains(key($0)) }
    }

    /// Parses `text`. Empty lines between records are skipped; an unterminated quoted field is an error.
    public static func parse(_ text: String) throws(ParseError) -> CSVTable {
        var rows: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quotedLine = 1
        var fieldWasQuoted = false
        let bytes = Array(text.utf8)
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0

        func endField() {
            var value = String(decoding: field, as: UTF8.self)
            if !fieldWasQuoted { value = value.trimmingSpaces() }
            fields.append(value)
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { rows.append(Record(line: recordLine, fields: fields)) }
            fields.removeAll(keepingCapacity: true)
        }

        while i < bytes.count {
            let b = bytes[i]
            if inQuotes {
                if b == UInt8(ascii: "\"") {
                    if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\"") {
                        field.append(b)
                        i += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    if b == UInt8(ascii: "\n") { line += 1 }
                    field.append(b)
                }
                i += 1
                continue
            }
            switch b {
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\r"):
                if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
                endRecord()
                line += 1
                recordLine = line
            case UInt8(ascii: "\n"):
                endRecord()
                line += 1
                recordLine = line
            case UInt8(ascii: "\""):
                if field.allSatisfy({ $0 == UInt8(ascii: " ") }) {
                    field.removeAll()
                    inQuotes = true
                    fieldWasQuoted = true
                    quotedLine = line
                } else {
                    field.append(b)  // a stray quote inside an unquoted field is kept, as Excel does
                }
            default:
                field.append(b)
            }
            i += 1
        }
        if inQuotes {
            throw ParseError(line: quotedLine, message: "a quoted field opened here is never closed")
        }
        if !field.isEmpty || !fields.isEmpty { endRecord() }
        guard let first = rows.first else { return CSVTable(header: [], records: []) }
        return CSVTable(header: first.fields.map { $0.trimmingSpaces() }, records: Array(rows.dropFirst()))
    }

    /// Serialises one record per RFC 4180, quoting only fields that need it.
    public static func line(_ fields: [String]) -> String {
        fields.map { field in
            if field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
                return "\"" + field.replacingAll("\"", with: "\"\"") + "\""
            }
            return field
        }.joined(separator: ",")
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks (no Foundation needed).
    public func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

    /// Every occurrence of `target` replaced by `replacement` (no Foundation needed).
    public func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        out.reserveCapacity(count)
        for c in self {
            if c == target { out += replacement } else { out.append(c) }
        }
        return out
    }
}
