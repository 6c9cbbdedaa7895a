/// The checker's vocabulary as word classes (a typed flag set per word): every word of a release is looked up here once
/// (one probe of a `KeywordIndex`), and the rule passes then test bits instead of comparing strings.
///
/// Titles and roles follow the elected politicians Code para 34 is about (councillor, civic mayor, leader, cabinet
/// member/portfolio holder, committee chair, MP, MSP, MS, MLA, PCC, elected mayor); speech verbs are the
/// ways releases attribute quotations.
enum Lexicon {
    // Word classes.
    static let title = WordClass(rawValue: 1 << 0)            // Cllr, Councillor, Cyng, Bailie, Alderman
    static let pluralTitle = WordClass(rawValue: 1 << 1)      // Cllrs, Councillors
    static let honorific = WordClass(rawValue: 1 << 2)        // Mr, Mrs, Dr …
    static let postnominal = WordClass(rawValue: 1 << 3)      // MP, MSP, MS, MLA, AM, MEP (upper case only)
    static let speechVerb = WordClass(rawValue: 1 << 4)       // said, added, explained …
    static let pronoun = WordClass(rawValue: 1 << 5)          // he, she, they
    static let article = WordClass(rawValue: 1 << 6)          // the, a, an, our, its …
    static let adverbGap = WordClass(rawValue: 1 << 7)        // also, today, has … (between a speaker and a verb)
    static let roleStart = WordClass(rawValue: 1 << 8)        // first word of a role phrase
    static let partyStart = WordClass(rawValue: 1 << 9)       // first word of a party phrase
    static let electioneeringStart = WordClass(rawValue: 1 << 10)
    static let captionStart = WordClass(rawValue: 1 << 11)
    static let partyCue = WordClass(rawValue: 1 << 12)        // party, group, councillor, led, run …
    static let nameStop = WordClass(rawValue: 1 << 13)        // words that never belong to a person's name
    static let connector = WordClass(rawValue: 1 << 14)       // and, of, for, the, & (inside role extensions)
    static let memberBody = WordClass(rawValue: 1 << 15)      // council, committee, panel, cabinet … (chair of the X committee)
    static let particle = WordClass(rawValue: 1 << 16)        // de, van, ap, ab, le, la, von, du, mac (inside names)
    static let honour = WordClass(rawValue: 1 << 17)          // MBE, OBE, JP (skipped after a name)
    static let partyCueBefore = WordClass(rawValue: 1 << 18)  // grŵp, cynghorydd (Welsh: the cue comes first)
    static let extensionStart = WordClass(rawValue: 1 << 19)  // of, for, dros
    static let negation = WordClass(rawValue: 1 << 20)        // non, not, nid
    /// First words of statement leads and statement nouns ("on behalf of", "statement"): `ReportedSpeech.statements`
    /// looks only at words with this bit instead of probing two tables for every word.
    static let statementCue = WordClass(rawValue: 1 << 21)
    /// First words of a record claim's subject ("we", "wnaethon") and of a record list's deeds ("Secured", "Kept"):
    /// `ElectioneeringDetector` asks `RecordClaim` only about words with this bit.
    static let recordStart = WordClass(rawValue: 1 << 22)

    static func k(_ w: String) -> UInt64 { TextScanner.key(w) }


    /// The fixed class of every known word (roles, parties and electioneering phrases add their first words).
    static let classes: KeywordIndex = {
        var index = KeywordIndex(capacity: 1024)
        func add(_ words: [String], _ bit: WordClass) { for w in words { index.insert(k(w), bit.rawValue, merge: true) } }
        for v in Vocabulary.all {
            add(v.titles, title)
            add(v.pluralTitles, pluralTitle)
            add(v.honorifics, honorific)
            add(v.postnominals, postnominal)
            add(v.honours, honour)
            add(v.speechVerbs, speechVerb)
            add(v.namingVerbs, speechVerb)
            add(v.pronouns, pronoun)
            add(v.articles, article)
            add(v.adverbs, adverbGap)
            add(v.partyCues, partyCue)
            add(v.partyCuesBefore, partyCueBefore)
            add(v.nameStops, nameStop)
            add(v.connectors, connector)
            add(v.memberBodies, memberBody)
            add(v.particles, particle)
            add(v.extensionStarts, extensionStart)
            add(v.negations, negation)
        }
        for key in RoleLexicon.table.firstKeys { index.insert(key, roleStart.rawValue, merge: true) }
        for key in PartyLexicon.table.firstKeys { index.insert(key, partyStart.rawValue, merge: true) }
        for key in ElectioneeringPhrases.triggerKeys { index.insert(key, electioneeringStart.rawValue, merge: true) }
        for key in PhotoCaption.starts.firstKeys { index.insert(key, captionStart.rawValue, merge: true) }
        for key in ReportedSpeech.statementLeads.firstKeys { index.insert(key, statementCue.rawValue, merge: true) }
        for key in ReportedSpeech.statementNounKeys { index.insert(key, statementCue.rawValue, merge: true) }
        for key in RecordClaim.leads.firstKeys { index.insert(key, recordStart.rawValue, merge: true) }
        for key in RecordClaim.bulletDeedKeys { index.insert(key, recordStart.rawValue, merge: true) }
        index.insert(TextScanner.andKey, connector.rawValue, merge: true)
        return index
    }()

    /// Class bits of every token (0 for punctuation and unknown words).
    static func classify(_ scanner: TextScanner) -> [WordClass] {
        let classes = Lexicon.classes
        var out = [WordClass](repeating: [], count: scanner.tokens.count)
        scanner.tokens.withUnsafeBufferPointer { t in
            out.withUnsafeMutableBufferPointer { o in
                for i in 0..<t.count where t[i].key != 0 {
                    let kind = t[i].kind
                    if kind == .word || kind == .number || kind == .punct { o[i] = WordClass(rawValue: classes.lookup(t[i].key)) }
                }
            }
        }
        return out
    }
}
