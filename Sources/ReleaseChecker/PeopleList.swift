/// The council's councillors and the candidates standing, so the checker recognises them when a release
/// names them without a title (a candidate named without any title is
/// still a candidate: Code para 34, people directly involved in the election).
///
/// Built from the rows of a Democracy Club candidates CSV (by header: `person_name`, `party_name`, `election_id`,
/// `post_label`; the CLI reads the CSV syntax) or a plain list, one name per line. A name matches in its usual forms: "Jane Doe",
/// "Jane Mary Doe" → "Jane Doe", "Cllr Doe", "Councillor Jane Doe", possessive "Doe’s", and a bare
/// "Doe" once the full name has appeared.
public struct PeopleList: Sendable, Equatable {
    /// One person.
    public struct Person: Sendable, Equatable, Hashable {
        /// Name without titles, e.g. "Jane Doe".
        public var name: String
        /// A sitting member (from `--members`): a councillor, or an MP, MS, MSP, MLA or mayor listed by name.
        public var isMember: Bool
        /// Listed with a councillor's title ("Cllr", "Councillor", "Alderman", "Bailie", "Cyng"), so messages can
        /// say "councillor"; a plain name may be an MP or MS and is described as a member.
        public var isCouncillor: Bool = false
        /// Standing in an election (from `--candidates`).
        public var isCandidate: Bool
        /// Party or description, e.g. "Labour Party" (Democracy Club `party_name`).
        public var party: String?
        /// Democracy Club election id, e.g. `local.exampleton.mill.2026-05-07`.
        public var election: String?
        /// Ward or division (Democracy Club `post_label`).
        public var post: String?

        /// Creates a person.
        public init(name: String, isMember: Bool = false, isCandidate: Bool = false, party: String? = nil,
                    election: String? = nil, post: String? = nil) {
            self.name = name
            self.isMember = isMember
            self.isCandidate = isCandidate
            self.party = party
            self.election = election
            self.post = post
        }

        /// Words for messages: "Jane Doe (candidate, Mill ward, Labour Party)", "Jane Doe (councillor)" or "Jane Doe (member)".
        public var described: String {
            var parts: [String] = []
            if isCandidate {
                parts.append("candidate")
                if let post, !post.isEmpty { parts.append(post.lowercased().hasSuffix("ward") || post.lowercased().hasSuffix("division") ? post : post + " ward") }
                if let party, !party.isEmpty { parts.append(party) }
            } else if isMember {
                parts.append(isCouncillor ? "councillor" : "member")
            }
            return parts.isEmpty ? name : "\(name) (\(parts.joined(separator: ", ")))"
        }
    }

    /// Which list a file is.
    public enum Role: String, Sendable {
        /// Sitting councillors.
        case member
        /// Candidates.
        case candidate
    }

    /// Why a people file could not be read; `line` is 1-based.
    public struct ParseError: Error, Equatable, Sendable {
        /// Line of the problem.
        public var line: Int
        /// What is wrong and how to fix it.
        public var message: String

        /// Creates an error for line `line` (readers of the table syntax report their own lines).
        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    /// Everyone, in the order given (a name given twice is one person).
    public private(set) var people: [Person] = []
    /// Full-name forms (≥ 2 words) → person index.
    private(set) var forms = PhraseTable<Int>([])
    /// Lower-cased name → person index.
    private var byName: [String: Int] = [:]
    /// Surname key → person indices.
    private(set) var surnames: [UInt64: [Int]] = [:]
    /// First-name key of each person.
    private(set) var firstNameKeys: [UInt64] = []
    /// Each name as lower-case ASCII letters only ("Jane Doe" → "janedoe"), for social-media handles.
    private(set) var squashedNames: [[UInt8]] = []
    /// Each person's surname as lower-case ASCII letters only ("ashworthlowe"), for handles and e-mail addresses that
    /// shorten the first name ("@DomAshworthLowe").
    private(set) var squashedSurnames: [[UInt8]] = []

    /// An empty list.
    public init() {}

    /// A list of people.
    public init(_ people: [Person]) {
        for p in people { append(p) }
        rebuild()
    }

    /// Adds names (titles such as "Cllr" are removed) with a role.
    public mutating func add(names: [String], role: Role) {
        for name in names {
            var person = Person(name: name, isMember: role == .member, isCandidate: role == .candidate)
            person.isCouncillor = role == .member && PeopleList.hasCouncillorTitle(name)
            append(person)
        }
        rebuild()
    }

    /// Adds everyone from `other`.
    public mutating func add(_ other: PeopleList) {
        for p in other.people { append(p) }
        rebuild()
    }

    /// Adds a person, merging with an existing one of the same name.
    public mutating func add(_ person: Person) {
        append(person)
        rebuild()
    }

    private mutating func append(_ person: Person) {
        var p = person
        p.name = PeopleList.strippedName(person.name)
        guard !p.name.isEmpty else { return }
        if let existing = byName[p.name.lowercased()] {
            people[existing].isMember = people[existing].isMember || p.isMember
            people[existing].isCandidate = people[existing].isCandidate || p.isCandidate
            people[existing].isCouncillor = people[existing].isCouncillor || p.isCouncillor
            people[existing].party = people[existing].party ?? p.party
            people[existing].election = people[existing].election ?? p.election
            people[existing].post = people[existing].post ?? p.post
            return
        }
        byName[p.name.lowercased()] = people.count
        people.append(p)
    }

    /// Two lists are equal when they hold the same people (the matching indexes are derived from them).
    public static func == (lhs: PeopleList, rhs: PeopleList) -> Bool { lhs.people == rhs.people }

    /// True when nobody is on the list.
    public var isEmpty: Bool { people.isEmpty }

    static let titleWords: Set<String> = ["cllr", "cllr.", "councillor", "cyng", "cyng.", "cynghorydd", "bailie", "alderman", "mr", "mr.",
                                          "mrs", "mrs.", "ms", "ms.", "miss", "mx", "dr", "dr.", "sir", "dame", "prof", "prof.", "rev", "revd"]
    static let postnominals: Set<String> = ["mp", "msp", "ms", "mla", "am", "mep", "obe", "mbe", "cbe", "jp", "dl"]

    static let councillorTitles: Set<String> = ["cllr", "cllr.", "councillor", "cyng", "cyng.", "cynghorydd", "bailie", "alderman", "coun", "coun."]

    /// True when `name` is written with a councillor's title ("Cllr Jane Doe", "Alderman Sam Roe").
    static func hasCouncillorTitle(_ name: String) -> Bool {
        let first = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).first.map { $0.lowercased() } ?? ""
        return councillorTitles.contains(first)
    }

    /// The name without leading titles or trailing post-nominals, spaces collapsed.
    static func strippedName(_ name: String) -> String {
        var words = name.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }).map(String.init)
        while let w = words.first, titleWords.contains(w.lowercased()) { words.removeFirst() }
        while words.count > 1, let w = words.last, postnominals.contains(w.lowercased().filter { $0 != "." }) { words.removeLast() }
        return words.joined(separator: " ")
    }

    private mutating func rebuild() {
        var phrases: [(String, Int)] = []
        surnames = [:]
        firstNameKeys = []
        squashedNames = people.map { p in
            Array(p.name.lowercased().unicodeScalars.compactMap { $0.isASCII && $0.properties.isAlphabetic ? UInt8($0.value) : nil })
        }
        squashedSurnames = people.map { p in
            Array((p.name.split(separator: " ").last.map(String.init) ?? "").lowercased().unicodeScalars
                .compactMap { $0.isASCII && $0.properties.isAlphabetic ? UInt8($0.value) : nil })
        }
        for (i, p) in people.enumerated() {
            let words = p.name.split(separator: " ").map(String.init)
            let keys = TextScanner.keys(p.name)
            firstNameKeys.append(keys.first ?? 0)
            if let last = TextScanner.keys(words.last ?? "").last { surnames[last, default: []].append(i) }
            if keys.count >= 2 { phrases.append((p.name, i)) }
            if words.count >= 3, let first = words.first, let last = words.last { phrases.append((first + " " + last, i)) }
        }
        forms = PhraseTable(phrases)
    }

    /// The person whose full name (or first + last name) starts at token `i`, with the last token.
    func matchName(_ scanner: TextScanner, at i: Int) -> (person: Int, last: Int)? {
        guard !people.isEmpty, i >= 0, i < scanner.tokens.count, scanner.tokens[i].has(TextScanner.Flags.capital) else { return nil }
        // A cheap probe first: most capitalised words start no listed name, and the match below builds a closure.
        guard forms.startsPhrase(scanner.tokens[i].key) else { return nil }
        guard let m = forms.match(scanner, at: i, accept: { _, last in
            (i...last).allSatisfy { scanner.tokens[$0].kind != .word || scanner.tokens[$0].has(TextScanner.Flags.capital) }
        }) else { return nil }
        return (forms.entries[m.entry].payload, m.last)
    }

    /// The person with this surname (disambiguated by first name when several share it).
    func person(surname: UInt64, firstName: UInt64?) -> Int? {
        guard let candidates = surnames[surname], !candidates.isEmpty else { return nil }
        // One listed person with that surname: a different written first name is someone else ("Dr Gethin
        // Rowlands" is not Cllr Siân Rowlands); no first name, or an initial (passed as nil), may be them.
        if candidates.count == 1 {
            if let firstName, firstNameKeys[candidates[0]] != 0, firstNameKeys[candidates[0]] != firstName { return nil }
            return candidates[0]
        }
        if let firstName, let exact = candidates.first(where: { firstNameKeys[$0] == firstName }) { return exact }
        return nil
    }

    /// True when `text` is a table (a CSV header with `person_name` or `name`) rather than a plain list of names:
    /// the CLI then reads its CSV syntax and hands the rows to `init(header:rows:role:)`.
    public static func isTable(_ text: String) -> Bool {
        let firstLine = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first.map(String.init) ?? ""
        let header = firstLine.lowercased()
        return header.contains("person_name") || (header.contains(",") && header.split(separator: ",").contains(where: { String($0).trimmedName() == "name" }))
    }

    /// Reads a plain list of names, one per line (`#` comments, bullets and titles allowed).
    public static func parse(_ text: String, role: Role) throws(ParseError) -> PeopleList {
        var list = PeopleList()
        var lineNumber = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = String(raw).trimmedName()
            if line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("• ") { line = String(line.dropFirst(2)).trimmedName() }
            if line.contains(",") {
                throw ParseError(line: lineNumber, message: "'\(line.prefix(40))' has a comma: give one name per line, or a Democracy Club CSV whose header has a person_name column")
            }
            let words = line.split(separator: " ")
            if words.count > 6 || line.contains(where: { $0.isNumber }) {
                throw ParseError(line: lineNumber, message: "'\(line.prefix(40))' does not look like a name: give one name per line, or a Democracy Club CSV with a person_name column")
            }
            var person = Person(name: line, isMember: role == .member, isCandidate: role == .candidate)
            person.isCouncillor = role == .member && hasCouncillorTitle(line)
            list.append(person)
        }
        list.rebuild()
        return list
    }

    /// People from the rows of a Democracy Club candidates table, columns found by header name (`person_name`,
    /// `party_name`, `election_id`, `post_label`; other columns ignored). The CSV syntax is read by the caller.
    public init(header: [String], rows: [[String]], role: Role) throws(ParseError) {
        // "person_name", "Person Name" and "person-name" are the same column.
        func key(_ s: String) -> String { s.lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" && $0 != "\u{FEFF}" } }
        func column(_ names: String...) -> Int? {
            let wanted = Set(names.map(key))
            return header.firstIndex { wanted.contains(key($0)) }
        }
        guard let nameColumn = column("person_name", "name") else {
            throw ParseError(line: 1, message: "no person_name column: a Democracy Club candidates CSV has person_name, party_name, election_id, post_label")
        }
        let party = column("party_name", "party")
        let election = column("election_id", "election")
        let post = column("post_label", "post", "ward")
        for record in rows {
            func field(_ c: Int?) -> String? {
                guard let c, c < record.count else { return nil }
                let v = record[c].trimmedName()
                return v.isEmpty ? nil : v
            }
            guard let name = field(nameColumn) else { continue }
            append(Person(name: name, isMember: role == .member, isCandidate: role == .candidate,
                          party: field(party), election: field(election), post: field(post)))
        }
        rebuild()
    }

    /// The listed person a squashed handle or e-mail local part names: their whole name ("elinmaredthomas"), or a
    /// long surname (seven letters or more) after their first name's initial ("domashworthlowe"); nil when none or
    /// more than one would fit.
    func person(inSquashed body: [UInt8]) -> Int? {
        for (index, squashed) in squashedNames.enumerated() where squashed.count >= 6 && TextScanner.contains(body, squashed) { return index }
        var found: Int?
        for (index, surname) in squashedSurnames.enumerated() where surname.count >= 7 && TextScanner.contains(body, surname) {
            guard let initial = squashedNames[index].first, body.first == initial else { continue }
            if found != nil { return nil }
            found = index
        }
        return found
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line-break characters.
    func trimmedName() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }

}
