/// What the rules detected earlier leave for the rules after them, so that one occurrence is one finding and
/// each hand-off is written down in one place:
///
/// - a member-quote's speaker is not also a member-reference, on the quotation's line even where they are named
///   in another sentence ("Jo Bell got the loudest applause. “…,” she said.");
/// - a party or member inside a call to vote ("Vote Labour", "Re-elect Cllr Doe") is part of the
///   electioneering finding, not a party-reference or member-reference of its own; a record claim keeps its
///   party ("… and Labour has delivered it") but takes the member making it;
/// - first-person pledge words inside an officer's or resident's quotation are the council's voice;
/// - a member named in a photo caption is a member-photo, not also a member-reference.
struct HandOffs {
    /// Mentions (indices into `PersonMentions.mentions`) that speak a reported quotation.
    var quotedSpeakers = Set<Int>()
    /// Tokens inside an officer's or resident's quotation.
    var officerQuote: [Bool]
    /// Tokens inside a member's direct quotation: "we froze prices" there is their group's record.
    var memberQuote: [Bool]
    /// Tokens inside an electioneering finding (members there are part of it).
    var electioneering: [Bool]
    /// Tokens inside a call to vote or an imprint (parties there are part of it).
    var partyInCall: [Bool]
    /// Mentions already reported as shown in a photo caption.
    var photographed = Set<Int>()
    /// Who has a member-photo finding on which line: naming them elsewhere on that line is part of it.
    var photographedOnLine = Set<SpeakerKey>()
    /// Who has a member-quote finding on which line (`SpeakerKey`): naming them elsewhere on that line is part of it.
    var spokenOnLine = Set<SpeakerKey>()
    /// Speaker keys' words per subject, shared by the detectors: one lowercasing and splitting per name, not per mention.
    let speakerMemo = SpeakerMemo()

    /// The words of `SpeakerKey` and `SpeakerKey.office` by subject and by person, computed once per check and
    /// numbered: the same few names recur in every finding, reading their words is string work, and a key that
    /// is a number hashes faster than one that is a string. Equal words get equal numbers, so keys compare as
    /// their words would.
    final class SpeakerMemo {
        private var numbers: [String: Int] = [:]
        private var bySubject: [String: Int] = [:]
        private var byPerson: [Int: Int] = [:]
        private var offices: [String: Int?] = [:]

        /// The number of the words `who`.
        private func number(_ who: String) -> Int {
            if let known = numbers[who] { return known }
            let id = numbers.count
            numbers[who] = id
            return id
        }

        /// `SpeakerKey`'s `who` for mention `m`: the person's entry ("#3") or the words of the subject, numbered.
        func who(_ m: PersonMentions.Mention) -> Int {
            if let p = m.person {
                if let known = byPerson[p] { return known }
                let id = number("#\(p)")
                byPerson[p] = id
                return id
            }
            if let known = bySubject[m.subject] { return known }
            let id = number(SpeakerKey.words(of: m.subject))
            bySubject[m.subject] = id
            return id
        }

        /// `SpeakerKey.officeWord(of:)` for `subject`, numbered.
        func office(_ subject: String) -> Int? {
            if let known = offices[subject] { return known }
            let office = SpeakerKey.officeWord(of: subject).map(number)
            offices[subject] = .some(office)
            return office
        }
    }

    /// A member on a line, by people-list entry or by the words of their name or role ("the Mayor" and
    /// "Mayor's" are one key), so a quotation's speaker and a mention of the same member match. `who` numbers
    /// the words in the check's `SpeakerMemo`.
    struct SpeakerKey: Hashable {
        var line: Int32
        var who: Int

        init(line: Int32, who: Int) {
            self.line = line
            self.who = who
        }

        /// The key of mention `m` on `line`, its words read once per subject from `memo`.
        init(line: Int32, _ m: PersonMentions.Mention, _ memo: SpeakerMemo) {
            self.init(line: line, who: memo.who(m))
        }

        /// The words of a subject that tell one member from another: lower-case, without articles, titles or post-nominals.
        static func words(of subject: String) -> String {
            var words = subject.lowercased().split(separator: " ")
            // "Cllr Tegwyn" and "y Cynghorydd Tegwyn", "Dyfan Probert AS" and "Dyfan Probert MS" are one member.
            while let first = words.first, words.count > 1, Self.leadingWords.contains(first) { words.removeFirst() }
            if let last = words.last, words.count > 1, Self.postnominals.contains(last) { words.removeLast() }
            var text = words.joined(separator: " ")
            for suffix in ["'s", "\u{2019}s"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
            // "y Maer" and "the Mayor" on a bilingual line: one office, one member.
            if let english = Self.offices[text] { text = english }  // "y Dirprwy Faer" and "the Deputy Mayor" too
            // "the Town Mayor" and "Mayor's diary", "Faer y Dref" and "y Maer": the same single-holder office.
            if words.count == 2, Self.placeKinds.contains(words[0]), let english = Self.offices[String(words[1])] { text = english }
            if words.count > 1, let english = Self.offices[String(words[0])], words[1] == "y" || words[1] == "yr" { text = english }
            return text
        }

        /// The bare office a named holder's mention opens with ("Provost Jo Bell" → "provost"), as a key on `line`:
        /// "the Provost" and "Provost Jo Bell" on one line are the same member, since the office has one holder.
        static func office(line: Int32, _ m: PersonMentions.Mention, _ memo: SpeakerMemo) -> SpeakerKey? {
            memo.office(m.subject).map { SpeakerKey(line: line, who: $0) }
        }

        /// The English office a subject opens with, when it names a holder after it, or the post-nominal it ends
        /// with ("Jo Bell MP" holds the seat "your MP" names); nil otherwise.
        static func officeWord(of subject: String) -> String? {
            var words = subject.lowercased().split(separator: " ")
            while let first = words.first, words.count > 1, first == "the" || first == "y" || first == "yr" { words.removeFirst() }
            // "Deputy Mayor Osian Brychan", "Dirprwy Faer …": a two-word office first.
            if words.count > 2, let english = offices[words[0] + " " + words[1]] { return english }
            if words.count > 1, let last = words.last, postnominals.contains(last) { return String(last) }
            guard words.count > 1, let english = offices[String(words[0])] else { return nil }
            return english
        }

        /// Kinds of place before an office that leave it the same office: "Town Mayor", "Lord Provost" is not one.
        static let placeKinds: Set<Substring> = ["town", "city", "civic", "county", "borough"]

        /// Single-holder office words in every language, mapped to the English office.
        static let offices: [String: String] = Dictionary(Vocabulary.all.flatMap(\.singleOffices), uniquingKeysWith: { a, _ in a })

        /// Articles and titles that do not tell one member from another.
        static let leadingWords: Set<Substring> = ["the", "y", "yr", "cllr", "cllr.", "councillor", "coun", "coun.", "cnclr", "cyng", "cyng.",
                                                   "cynghorydd", "gynghorydd", "nghynghorydd", "chynghorydd"]
        /// Post-nominals in English and Welsh.
        static let postnominals: Set<Substring> = ["mp", "ms", "msp", "mla", "as", "am", "as/ms", "ms/as"]
    }

    /// The single-holder offices of the members named on each line ("Provost Jo Bell", "Jo Bell MP", "Deputy Mayor Osian
    /// Pugh"), among the mentions `included` admits: the bare office on the same line ("the Provost", "your MP", "y
    /// Dirprwy Faer") is that member, one finding.
    static func namedOffices(_ mentions: [PersonMentions.Mention], _ tokens: [TextScanner.Token], _ memo: SpeakerMemo,
                             _ included: (PersonMentions.Mention) -> Bool) -> Set<SpeakerKey> {
        var out = Set<SpeakerKey>()
        for m in mentions where m.holder == .member && m.source != .role && included(m) {
            if let office = SpeakerKey.office(line: tokens[m.first].line, m, memo) { out.insert(office) }
        }
        return out
    }

    /// Nothing handed off yet, for a text of `tokenCount` tokens.
    init(tokenCount: Int) {
        officerQuote = [Bool](repeating: false, count: tokenCount)
        memberQuote = [Bool](repeating: false, count: tokenCount)
        electioneering = [Bool](repeating: false, count: tokenCount)
        partyInCall = [Bool](repeating: false, count: tokenCount)
    }
}
