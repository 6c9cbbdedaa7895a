import FileFormats
import ReleaseChecker

/// Reads a `--members`/`--candidates` file: a Democracy Club candidates CSV (its syntax read here with the
/// RFC 4180 reader, so the checker library needs no file formats) or a plain list of names.
enum PeopleFile {
    /// The people in `text`; errors carry the 1-based line.
    static func parse(_ text: String, role: PeopleList.Role) throws(PeopleList.ParseError) -> PeopleList {
        guard PeopleList.isTable(text) else { return try PeopleList.parse(text, role: role) }
        let table: CSVTable
        do {
            table = try CSVTable.parse(text)
        } catch {
            throw PeopleList.ParseError(line: error.line, message: error.message)
        }
        return try PeopleList(header: table.header, rows: table.records.map(\.fields), role: role)
    }
}
