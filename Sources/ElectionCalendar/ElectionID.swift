/// A Democracy Club election id, `<type>[.<subtype>][.<org>][.<division>][.by].<date>`, e.g.
/// `local.cardiff.2027-05-06`, `parl.2024-07-04`, `parl.rochdale.by.2024-02-29`, `gla.c.2028-05-04`.
/// (uk-election-ids reference definition, https://elections.democracyclub.org.uk/reference_definition/.)
public struct ElectionID: Hashable, Sendable, CustomStringConvertible {
    /// The poll type, the id's first part.
    public enum PollType: String, Sendable, CaseIterable {
        case local, parl, mayor, pcc, gla, sp, senedd, naw, nia, ref
    }

    /// The id as given (lower-cased).
    public let raw: String
    /// Poll type.
    public let type: PollType
    /// `c`/`a` (GLA constituency/additional), `c`/`r` (Scottish Parliament, Senedd: constituency/regional).
    public let subtype: String?
    /// Organisation slug (council, combined authority, police area, seat), e.g. `cardiff`.
    public let organisation: String?
    /// Ward, division or further parts after the organisation.
    public let division: String?
    /// True for a by-election (`.by.` before the date).
    public let isByElection: Bool
    /// Polling day.
    public let pollDate: CivilDate

    /// Why a string is not an election id; every case says how to write one.
    public enum ParseError: Error, Equatable, Sendable {
        /// Not of the form `<type>…<date>`.
        case malformed(String)
        /// The first part is not a poll type PreElection knows.
        case unknownType(String, id: String)
        /// The last part is not a real `YYYY-MM-DD` date (e.g. `2026-02-30`).
        case badDate(String, id: String)
        /// A date outside 1900–2200, where the calendar rules are not meant to apply.
        case yearOutOfRange(Int, id: String)

        /// One line for the user: what is wrong and how to fix it.
        public var message: String {
            switch self {
            case .malformed(let id):
                "'\(id)' is not a Democracy Club election id — write <type>[.<org>].<YYYY-MM-DD>, e.g. local.2027-05-06 or parl.2024-07-04"
            case .unknownType(let type, let id):
                "unknown poll kind '\(type)' in '\(id)' — use one of \(PollType.allCases.map(\.rawValue).joined(separator: ", "))"
            case .badDate(let date, let id):
                "'\(date)' in '\(id)' is not a real date — write polling day as YYYY-MM-DD, e.g. 2027-05-06"
            case .yearOutOfRange(let year, let id):
                "year \(year) in '\(id)' is outside 1900–2200 — check the date"
            }
        }
    }

    /// Parses an id. Parts are lower-case slugs of letters, digits and hyphens; the date comes last.
    public init(_ text: String) throws(ParseError) {
        // One pass over the bytes: ASCII lower-casing, slug characters only, split on dots.
        var bytes = Array(text.utf8)
        var parts: [String] = []
        var partStart = 0
        for index in 0...bytes.count {
            if index == bytes.count || bytes[index] == 46 {
                guard index > partStart else { throw .malformed(text) }
                parts.append(String(decoding: bytes[partStart..<index], as: UTF8.self))
                partStart = index + 1
                continue
            }
            if bytes[index] >= 65 && bytes[index] <= 90 { bytes[index] += 32 }
            let b = bytes[index]
            guard (b >= 97 && b <= 122) || (b >= 48 && b <= 57) || b == 45 || b == 95 else { throw .malformed(text) }
        }
        let id = String(decoding: bytes, as: UTF8.self)
        guard parts.count >= 2 else { throw .malformed(text) }
        let dateText = parts.removeLast()
        guard let type = PollType(rawValue: parts[0]) else {
            if CivilDate(iso: dateText) == nil && dateText.count != 10 { throw .malformed(text) }
            throw .unknownType(parts[0], id: text)
        }
        guard let date = CivilDate(iso: dateText) else { throw .badDate(dateText, id: text) }
        guard (1900...2200).contains(date.year) else { throw .yearOutOfRange(date.year, id: text) }
        parts.removeFirst()
        var byElection = false
        if parts.last == "by" {
            byElection = true
            parts.removeLast()
        }
        var subtype: String?
        let subtypes: [PollType: Set<String>] = [.gla: ["c", "a"], .sp: ["c", "r"], .senedd: ["c", "r"], .naw: ["c", "r"]]
        if let first = parts.first, subtypes[type]?.contains(first) == true {
            subtype = first
            parts.removeFirst()
        }
        raw = id
        self.type = type
        self.subtype = subtype
        organisation = parts.first
        division = parts.count > 1 ? parts.dropFirst().joined(separator: ".") : nil
        isByElection = byElection
        pollDate = date
    }

    /// The id as written.
    public var description: String { raw }
}
