/// Words attributed to a member without quotation marks, and bylines of columns written in a member's name:
/// both present the member's views just as a direct quotation does (Code of Recommended Practice on Local
/// Authority Publicity 2011, para 34), so `MemberQuoteDetector` reports them as `member-quote`.
///
/// - `Cllr X said the scheme would …`, `… told the meeting that …`, `… has promised …`, `Cllr X (Con, Mill),
///   who …, said …`, `Cllr X welcomed the plan but said …` / `…, saying …`;
/// - Welsh verb first: `Dywedodd y Cynghorydd X fod …`, `Croesawodd X … gan ddweud …`;
/// - without a speech verb: `According to Cllr X, …` / `Yn ôl y Cyng. X, …`, `Cllr X's view is that …` /
///   `Barn y Cyng. X yw bod …`, `Cllr X called the review “…”` / `Galwodd …, y Cyng. X, yr adolygiad yn “…”`;
/// - follow-ups: `She said the district had …`, Welsh `Dywedodd fod …`, bound to the person named last;
/// - bylines: `From the Leader: Cllr X`, `Right of reply: Leader of the Opposition, Cllr X`, `Gan yr Arweinydd: …`,
///   `From the Cabinet: a column by Cllr X`.
struct ReportedSpeech {
    /// How the member's words were found.
    enum Kind { case reported, followUp, byline, signature }

    /// One attribution: the member's mention, the tokens the finding covers, and the mentions it accounts for.
    struct Attribution {
        /// Index into `PersonMentions.mentions` of the member whose words these are.
        var mention: Int
        var first: Int
        var last: Int
        var kind: Kind
        /// Mentions that are part of this attribution ("Jane Roe" and her appositive role), not references.
        var claimed: [Int]
        /// Counts only as the continuation of the same member's words earlier on the line: "She asked officers to
        /// cost the options" after the member's minuted view is part of that contribution; alone it is business.
        var continuing = false
    }

    /// Keys of the speech verbs that report an act unless a "saying"/"said" follows.
    static let actionKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.actionSpeechVerbs).map(TextScanner.key))
    /// Keys of the words that join a later "said"/"saying" to the same subject.
    static let requestedWorkKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.requestedWork).map(TextScanner.key))
    static let toKey = TextScanner.key("to")
    static let beKey = TextScanner.key("be")
    static let linkKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.speechLinks).map(TextScanner.key))
    /// Keys of "that" / "fod": the reported words follow.
    static let thatKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.reportThat).map(TextScanner.key))
    /// Keys of "asked", "reported": acts unless the words follow ("asked whether …", "reported that …").
    static let askReportKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.reportingActs).map(TextScanner.key))
    /// "whether", "if", Welsh "a oedd", "a fyddai": after "asked" / "gofynnodd", the member's question follows.
    static let questions = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.reportQuestion.map { ($0, true) } })
    /// Keys of "was", "were", "is", "been": before a past participle, a passive.
    static let passiveAuxKeys: Set<UInt64> = Set(["was", "were", "is", "are", "been", "being", "be", "got", "get"].map(TextScanner.key))
    /// Keys of the English speech verbs that are past participles ("criticised", "told"), which a passive takes.
    static let pastParticipleKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.speechVerbs).filter { $0.hasSuffix("ed") || $0 == "told" }.map(TextScanner.key))
    /// Keys of "they" / "nhw".
    static let pluralPronounKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.pluralPronouns).map(TextScanner.key))
    /// Keys of "column", "colofn": a heading naming a column before a colon opens a byline.
    /// A handful of keys, compared in a short array (no hashing per word of the text).
    static let columnNounKeys: [UInt64] = Array(Set(Vocabulary.all.flatMap(\.columnNouns).map(TextScanner.key)))
    /// "hit back", "spoke out": stated positions read like speech verbs after a member's name.
    static let positionPhrases = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.positionPhrases.map { ($0, true) } })
    /// Byline openers, matched at the start of a line.
    static let bylines = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.bylineLeads.map { ($0, true) } })
    /// "Statement from", "on behalf of", "ar ran": the member named next issued the line's statement.
    static let statementLeads = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.statementLeads.map { ($0, true) } })
    /// Keys of "statement", "datganiad".
    /// A handful of keys, compared in a short array (no hashing per word of the text).
    static let statementNounKeys: [UInt64] = Array(Set(Vocabulary.all.flatMap(\.statementNouns).map(TextScanner.key)))
    /// "According to", "Yn ôl": the person named next is the source of the sentence's words.
    static let attributionLeads = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.attributionLeads.map { ($0, true) } })
    /// Keys of "called", "branded", "galwodd": words attributed only when a quotation follows.
    static let namingKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.namingVerbs).map(TextScanner.key))
    /// Keys of "for", Welsh "am": after a naming verb, a call for something ("called for an inquiry").
    static let callPrepositionKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.callPrepositions).map(TextScanner.key))
    /// "order", "a vote", Welsh "drefn": what a chair calls for in running a meeting, not a stated position.
    static let procedureCalls = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.procedureCalls.map { ($0, true) } })
    /// Keys of "speech", "remarks", Welsh "araith": a heading naming a member's speech.
    /// A handful of keys, compared in a short array (no hashing per word of the text).
    static let speechNounKeys: [UInt64] = Array(Set(Vocabulary.all.flatMap(\.speechNouns).map(TextScanner.key)))
    /// "Letters to the editor", "Sir,", "Annwyl Olygydd": a letters page or a letter to a paper.
    static let letterCues = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.letterCues.map { ($0, true) } })
    /// "Yours faithfully,", "Yn gywir,": a letter's closing line.
    static let valedictions = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.valedictions.map { ($0, true) } })
    /// Keys of "I", "my", "we", Welsh "fy".
    static let firstPersonKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.firstPersonWords).map(TextScanner.key))
    /// Keys of "to": "asked ministers to intervene".
    static let requestMarkerKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.requestMarkers).map(TextScanner.key))
    /// Keys of "officers", "the clerk", "the committee": whom a meeting's business asks.
    static let businessAddressees: Set<UInt64> = Set(Vocabulary.all.flatMap(\.businessAddressees).map(TextScanner.key))
    /// Keys of "Sent", "To", "Subject", Welsh "Pwnc": e-mail header fields.
    static let mailHeaderKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.mailHeaderFields).map(TextScanner.key))
    /// Keys of "view", "position", "barn".
    static let viewNounKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.viewNouns).map(TextScanner.key))
    /// Key of "of": "is that of vice-chair" names a post, not a view.
    static let ofKey = TextScanner.key("of")
    /// Words addressing the readers after a byline opener in a heading ("from your councillors").
    static let readerKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.readerWords).map(TextScanner.key))
    /// Key of "have": "X and Y have welcomed …" is a joint subject.
    static let haveKey = TextScanner.key("have")
    static let issuedKey = TextScanner.key("issued")
    static let byKey = TextScanner.key("by")
    static let whileKey = TextScanner.key("tra")
    static let bothKey = TextScanner.key("both")
    /// "candidate", "councillor": a commenter's bracketed label saying they stand or sit.
    static let selfLabelKeys: Set<UInt64> = Set(["candidate", "councillor", "cllr", "ymgeisydd", "cynghorydd"].map(TextScanner.key))
    /// Welsh "beirniadu" (criticise, or judge a competition) and what is judged.
    static let criticiseOrJudgeKeys: Set<UInt64> = Set(["beirniadu", "feirniadu", "beirniadu'r", "feirniadu'r"].map(TextScanner.key))
    static let competitionKeys: Set<UInt64> = Set(["gystadleuaeth", "cystadleuaeth", "cystadlaethau", "gystadlaethau", "sioe", "eisteddfod",
                                                   "gwobrau", "wobrau", "adran", "dosbarth", "ras"].map(TextScanner.key))
    /// "responsible", "concerned": an adjective after an appositive role ("the cabinet member responsible,").
    static let roleAdjectiveKeys: Set<UInt64> = Set(["responsible", "concerned", "involved", "present"].map(TextScanner.key))
    /// "posted", "tweeted": a post reported with "that" after its place ("posted on Facebook that …").
    static let postVerbKeys: Set<UInt64> = Set(["posted", "tweeted", "wrote"].map(TextScanner.key))
    /// "who", "which", "whose", Welsh "sydd", "a": a relative clause after a name, an appositive.
    static let relativeKeys: Set<UInt64> = Set(["who", "which", "whose", "whom", "that", "sydd", "sy'n"].map(TextScanner.key))
    static let welshYnKey = TextScanner.key("yn")
    /// People welcomed ("Lord Mayor welcomes twin-city delegation"): a civic act, not support for a decision.
    static let guestKeys: Set<UInt64> = Set(["delegation", "delegations", "visitors", "guests", "pupils", "families", "residents", "team",
                                             "volunteers", "players", "runners", "staff", "students", "newcomers", "refugees", "visitor",
                                             "gwirfoddolwyr", "ymwelwyr", "gwesteion", "disgyblion", "teuluoedd", "trigolion", "dirprwyaeth"].map(TextScanner.key))
    /// "News", "Newyddion", "Newsletter": a heading naming a newsletter.
    static let newsNounKeys: Set<UInt64> = Set(["news", "newyddion", "newsletter", "cylchlythyr", "update", "bulletin"].map(TextScanner.key))
    /// What a meeting does with an item: "to be discussed", "to be considered", "to be brought back".
    static let procedureVerbKeys: Set<UInt64> = Set(["discussed", "considered", "noted", "circulated", "tabled", "brought", "added", "included",
                                                     "taken", "referred", "minuted", "recorded", "debated", "repeated", "presented", "reported",
                                                     "shared", "sent", "put"].map(TextScanner.key))
    /// "ward", "division", Welsh "ward": a place's kind after its name in a byline ("Aber-erch ward").
    static let wardWordKeys: Set<UInt64> = Set(["ward", "division", "adran"].map(TextScanner.key))
    static let imKey = TextScanner.key("i'm")
    static let amKey = TextScanner.key("am")
    static let iKey = TextScanner.key("i")
    static let welshAmKeys: Set<UInt64> = Set(["ydw", "dw", "ydwyf"].map(TextScanner.key))
    static let accusedKey = TextScanner.key("accused")
    static let accusedOfKeys: Set<UInt64> = Set(["over", "of", "after"].map(TextScanner.key))
    /// "CLIP", "clip": a recorded extract of someone speaking in a radio script.
    static let clipKeys: Set<UInt64> = Set(["clip", "clips"].map(TextScanner.key))
    /// Welsh "y" (that) before a clause verb of "bod": "y byddai", "y bydd", "yr oedd".
    static let welshThatKey = TextScanner.key("y")
    static let welshClauseVerbKeys: Set<UInt64> = Set(["byddai", "byddai'r", "bydd", "byddan", "byddwn", "byddent", "dylai", "dylai'r",
                                                       "gallai", "gallai'r", "mae", "mae'r"].map(TextScanner.key))
    /// "on", "of", "for", "at": a role's body after it ("group leader on Aldermoor City Council").
    static let roleBodyPrepositionKeys: Set<UInt64> = Set(["on", "of", "for", "at", "in"].map(TextScanner.key))
    /// "on", Welsh "ar": a column heading's subject after its writer ("Cllr X on the budget").
    static let topicLeadKeys: Set<UInt64> = Set(["on", "ar"].map(TextScanner.key))
    /// Keys of "welcomed", "welcomes", and of what welcomed is a view ("the decision").
    static let welcomingKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.welcomingVerbs).map(TextScanner.key))
    /// Keys of "announced", "cyhoeddodd": the member's announcement. And of "backed", "opposes": a view when a proposal is backed.
    static let announcingKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.announcingVerbs).map(TextScanner.key))
    /// "defended by", "criticised by": a stance in the passive (`Vocabulary.passiveViewVerbs`).
    static let passiveViewKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.passiveViewVerbs).map(TextScanner.key))
    static let stanceKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.stanceVerbs).map(TextScanner.key))
    static let welcomedViewKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.welcomedViews).map(TextScanner.key))
    /// Views, and the people or causes a member backs ("backed residents fighting the sale"): what a stance verb takes.
    static let stanceObjectKeys: Set<UInt64> = welcomedViewKeys.union(Vocabulary.all.flatMap(\.stanceObjects).map(TextScanner.key))
    /// Keys of "wrote", "written": a letter's request may follow.
    static let letterVerbKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.letterVerbs).map(TextScanner.key))
    /// Keys of "asking", "urging": what a letter asks.
    static let requestParticipleKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.requestParticiples).map(TextScanner.key))
    /// Keys of "is", "was", "yw".
    static let viewCopulaKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.viewCopulas).map(TextScanner.key))

    let finder: QuoteFinder
    let quotes: [QuoteFinder.Quotation]
    /// The first word of every line (`lineStartWords()`), worked out once for the passes that read line by line.
    let startWords: [Int]

    init(finder: QuoteFinder, quotes: [QuoteFinder.Quotation]) {
        self.finder = finder
        self.quotes = quotes
        self.startWords = ReportedSpeech.lineStartWords(finder.scanner)
    }

    /// Every attribution in `context`, in text order per kind (bylines, then reported speech, then follow-ups).
    static func find(_ context: ScanContext) -> [Attribution] {
        let speech = ReportedSpeech(finder: QuoteFinder(scanner: context.scanner, classes: context.classes, mentions: context.mentions),
                                    quotes: context.quotes)
        return speech.bylineAttributions() + speech.authorLines() + speech.letterSignatures() + speech.statements() + speech.speakerTags()
            + speech.tableRows() + speech.dashSignatures() + speech.reported() + speech.lettersFromMembers() + speech.interviewAnswers()
            + speech.quoteRequests() + speech.followUps()
    }

    /// An e-mail from a member asking the press office for words in their name ("Can we add a line from me?",
    /// "Alli di ychwanegu dyfyniad gen i?"): the request presents the member's words, on its own line (Code of
    /// Recommended Practice on Local Authority Publicity 2011, para 34). The sender is the member on the "From:" line.
    func quoteRequests() -> [Attribution] {
        let n = tokens.count
        // The sender: a member named on a line opening "From:" / "Oddi wrth:".
        var sender: Int?
        for k in lineStartWords().prefix(12) where ReportedSpeech.fromFieldKeys.contains(tokens[k].key) {
            var j = k + 1
            while j < n, !tokens[j].has(TextScanner.Flags.lineStart), j - k < 6, !tokens[j].isPunct(":") { j += 1 }
            guard j < n, tokens[j].isPunct(":"), let m = finder.mentionStarting(j + 1) ?? (j + 2 < n ? finder.mentionStarting(j + 2) : nil),
                  mentions[m].holder == .member, mentions[m].referenceable else { continue }
            sender = m
            break
        }
        guard let sender else { return [] }
        var out: [Attribution] = []
        for k in 0..<n where tokens[k].kind == .word && ReportedSpeech.quoteRequestEnds.startsPhrase(tokens[k].key) {
            guard let end = ReportedSpeech.quoteRequestEnds.match(finder.scanner, at: k) else { continue }
            var b = k - 1
            var noun = -1
            while b >= 0, k - b <= 4, tokens[b].kind == .word, tokens[b].line == tokens[k].line {
                if ReportedSpeech.quoteRequestNounKeys.contains(tokens[b].key) { noun = b; break }
                b -= 1
            }
            guard noun >= 0, out.last.map({ tokens[$0.first].line != tokens[noun].line }) ?? true else { continue }
            // Words offered with their own attribution below ("“…,” said Council Leader Cllr X") carry the finding there.
            let surname = tokens[mentions[sender].last].key
            let lines = finder.scanner.lineStarts.count
            let below = Int(finder.scanner.lineTokenStart[min(lines, Int(tokens[k].line) + 5)])
            if (end.last + 1..<below).contains(where: { tokens[$0].kind == .word && tokens[$0].key == surname }) { continue }
            out.append(Attribution(mention: sender, first: noun, last: end.last, kind: .reported, claimed: []))
        }
        return out
    }
    /// "speaking", "talking" before "to": a transcript heading's "X speaking to Strath FM".
    static let speakingKeys: Set<UInt64> = Set(["speaking", "talking"].map(TextScanner.key))
    /// "From", Welsh "Oddi wrth", "Gan": an e-mail's sender field.
    static let fromFieldKeys: Set<UInt64> = Set(["from", "oddi", "gan"].map(TextScanner.key))
    static let quoteRequestNounKeys: Set<UInt64> = Set(Vocabulary.all.flatMap(\.quoteRequestNouns).map(TextScanner.key))
    static let quoteRequestEnds = PhraseTable<Bool>(Vocabulary.all.flatMap { $0.quoteRequestEnds.map { ($0, true) } })

    /// A printed interview's answers: "Q: …" / "A: …" (Welsh "C:" / "A:") after an introduction that puts the
    /// questions to a member ("the Courier put readers' questions to … Cllr X", "In an interview, …"): each answer is
    /// that member's words, one speaking turn each (Code of Recommended Practice on Local Authority Publicity 2011,
    /// para 34). A council FAQ has no such introduction, so its answers stay the council's.
    func interviewAnswers() -> [Attribution] {
        let starts = lineStartWords()
        let n = tokens.count
        func tag(_ k: Int, _ keys: Set<UInt64>) -> Bool { k + 1 < n && keys.contains(tokens[k].key) && tokens[k + 1].isPunct(":") }
        guard let firstQuestion = starts.first(where: { tag($0, ReportedSpeech.questionTagKeys) }) else { return [] }
        let answers = starts.filter { $0 > firstQuestion && tag($0, ReportedSpeech.answerTagKeys) }
        guard answers.count >= 2 else { return [] }
        // The introduction names the interview and the member it was with.
        var cue = false
        var k = max(0, firstQuestion - 200)
        while k < firstQuestion {
            if tokens[k].kind == .word {
                if ReportedSpeech.interviewKeys.contains(tokens[k].key) { cue = true }
                if k + 1 < firstQuestion, ReportedSpeech.interviewVerbKeys.contains(tokens[k].key), tokens[k + 1].kind == .word,
                   ReportedSpeech.interviewLinkKeys.contains(tokens[k + 1].key) { cue = true }
            }
            k += 1
        }
        guard cue, let interviewee = mentions.indices.last(where: { mentions[$0].last < firstQuestion && mentions[$0].holder == .member
                                                                 && mentions[$0].referenceable && ReportedSpeech.isIndividual(mentions[$0], finder.scanner, finder.classes) })
        else { return [] }
        return answers.map { Attribution(mention: interviewee, first: $0, last: $0 + 1, kind: .reported, claimed: []) }
    }
    /// "Q", "Question", Welsh "C", "Cwestiwn": a question's tag.
    static let questionTagKeys: Set<UInt64> = Set(["q", "question", "c", "cwestiwn"].map(TextScanner.key))
    /// "A", "Answer", Welsh "Ateb": an answer's tag.
    static let answerTagKeys: Set<UInt64> = Set(["a", "answer", "ateb"].map(TextScanner.key))
    /// "interview", Welsh "cyfweliad" (and its mutation): the piece is an interview.
    static let interviewKeys: Set<UInt64> = Set(["interview", "interviewed", "cyfweliad", "gyfweliad", "nghyfweliad"].map(TextScanner.key))
    /// "questions to", "spoke to", "sat down with", Welsh "holi": questions put to someone.
    static let interviewVerbKeys: Set<UInt64> = Set(["questions", "spoke", "speaking", "talked", "sat", "down"].map(TextScanner.key))
    static let interviewLinkKeys: Set<UInt64> = Set(["to", "with", "down"].map(TextScanner.key))

    /// "a letter from MLA Declan Gormley urging the council to …", "an email from Cllr X asking for …": the letter's
    /// request is the member's view (a request or appeal states one), read out or reported by someone else.
    func lettersFromMembers() -> [Attribution] {
        var out: [Attribution] = []
        let n = tokens.count
        for (index, m) in mentions.enumerated() where m.holder == .member && m.referenceable && m.source != .role && m.first >= 2 {
            guard tokens[m.first - 1].kind == .word, tokens[m.first - 1].key == ReportedSpeech.fromKey,
                  tokens[m.first - 2].kind == .word, ReportedSpeech.letterNounKeys.contains(tokens[m.first - 2].key) else { continue }
            var k = m.last + 1
            // "(Sinn Féin)", ", the ward's MLA,": a bracket or an appositive before the participle.
            if k < n, tokens[k].isPunct("(") { while k < n, !tokens[k].isPunct(")"), k - m.last < 8 { k += 1 }; k += 1 }
            guard k < n, tokens[k].kind == .word, tokens[k].paragraph == tokens[m.first].paragraph,
                  ReportedSpeech.requestParticipleKeys.contains(tokens[k].key) else { continue }
            out.append(Attribution(mention: index, first: m.first, last: k, kind: .reported, claimed: [index]))
        }
        return out
    }
    static let fromKey = TextScanner.key("from")
    /// "letter", "email", "message": what a member sends that a meeting or a paper reads out.
    static let letterNounKeys: Set<UInt64> = Set(["letter", "letters", "email", "e-mail", "message", "note", "lythyr", "neges"].map(TextScanner.key))

    /// A post's or leaflet's author line at the top of the text: the first lines are only a member's name, a dash and
    /// their office or candidacy ("Tudur ap Hywel – Cynghorydd Sir Cwm Eithin", "Dewi Penrhos – Welsh Labour candidate
    /// for Pentrefoel ward"), so what follows is in their words, as under a byline (Code of Recommended Practice on
    /// Local Authority Publicity 2011, para 34). Only among the first three lines with words; a note in brackets
    /// ("[Facebook post sent for sharing]") may come first.
    func authorLines() -> [Attribution] {
        var out: [Attribution] = []
        let n = tokens.count
        let starts = lineStartWords()
        // The first three lines, or a line introduced by a colon ("A resident forwarded this post:").
        for (index, k) in starts.enumerated() {
            guard let m = finder.mentionStarting(k), mentions[m].holder == .member, mentions[m].source != .role,
                  mentions[m].source != .generic, mentions[m].referenceable else { continue }
            // Further down, only a post's header: "Name @handle · 10 Apr", or a name line above a date line
            // ("Alderman X DUP" / "12 April at 19:05 · Drumcarn"), as in a page of several posts.
            let handleLine = mentions[m].last + 1 < n && tokens[mentions[m].last + 1].kind == .handle
                && !tokens[mentions[m].last + 1].has(TextScanner.Flags.lineStart) && postDateTail(after: mentions[m].last + 1)
            let index = index < 3 || (k > 0 && tokens[k - 1].isPunct(":")) ? index : -1
            let datedBelow = nextLineIsPostDate(k)
            guard index >= 0 || handleLine || datedBelow else { continue }
            if datedBelow, !handleLine, let end = signatureLine(after: mentions[m].last, lineStart: k) {
                out.append(Attribution(mention: m, first: mentions[m].first, last: mentions[m].last, kind: .byline, claimed: mentionsIn(k...end)))
                continue
            }
            var dash = -1
            var j = k + 1
            while j < n, !tokens[j].has(TextScanner.Flags.lineStart) {
                // A dash, or a social platform's middle dot ("Jess Wainwright · Green Party candidate for Thornleigh").
                if tokens[j].kind == .punct, tokens[j].has(.spaceBefore), tokens[j].isDash
                    || tokens[j].scalar == 0xB7 || tokens[j].isPunct("|") {
                    dash = j
                    break
                }
                j += 1
            }
            // A social post's author line: the name, the account's handle and the date ("Eimear Donnan @CllrEimear · 24 Apr").
            if mentions[m].last + 1 < n, tokens[mentions[m].last + 1].kind == .handle, !tokens[mentions[m].last + 1].has(TextScanner.Flags.lineStart) {
                out.append(Attribution(mention: m, first: mentions[m].first, last: mentions[m].last + 1, kind: .byline, claimed: mentionsIn(k...(mentions[m].last + 1))))
                continue
            }
            // The name straight before the dash, and only office, party and place words after it.
            guard dash > k, finder.mentionEnding(dash - 1) == m || mentions[m].last > dash,
                  mentions[m].last >= dash || signatureLine(after: dash, lineStart: k) != nil,
                  signatureLine(after: max(dash, mentions[m].last), lineStart: k) != nil else { continue }
            // Text follows: the author line heads a piece, not a list of contacts.
            var e = dash
            while e < n, !tokens[e].has(TextScanner.Flags.lineStart) || e == dash { e += 1 }
            // Not another member's line (a contact list); the same author in the other language may follow.
            guard e < n else { continue }
            if let next = signatory(at: e), mentions[next].person == nil || mentions[next].person != mentions[m].person { continue }
            out.append(Attribution(mention: m, first: mentions[m].first, last: mentions[m].last, kind: .byline, claimed: mentionsIn(k...(e - 1))))
        }
        return out
    }

    var tokens: [TextScanner.Token] { finder.scanner.tokens }
    var mentions: [PersonMentions.Mention] { finder.mentions.mentions }

    /// After token `k` the line holds only a post's date and place marks ("· 10 Apr", "· 9 Apr 2027"), or nothing.
    func postDateTail(after k: Int) -> Bool {
        var j = k + 1
        while j < tokens.count, !tokens[j].has(TextScanner.Flags.lineStart) {
            let t = tokens[j]
            guard t.kind == .punct || t.kind == .number || ReportedSpeech.isMonth(t) else { return false }
            j += 1
        }
        return true
    }

    /// The line after the one starting at `k` opens with a post's date: "12 April at 19:05 · Drumcarn", "11 April · 🌐",
    /// "Yesterday at 18:02".
    func nextLineIsPostDate(_ k: Int) -> Bool {
        var e = k + 1
        while e < tokens.count, !tokens[e].has(TextScanner.Flags.lineStart) { e += 1 }
        guard e + 1 < tokens.count, tokens[e].paragraph == tokens[k].paragraph else { return false }
        let a = tokens[e], b = tokens[e + 1]
        return b.line == a.line && (a.kind == .number && ReportedSpeech.isMonth(b) || ReportedSpeech.isMonth(a) && b.kind == .number)
    }

    /// Month names, English and Welsh, and their short forms in social posts' dates ("10 Apr").
    static let monthKeys: Set<UInt64> = ElectioneeringPhrases.monthKeys.reduce(into: Set<UInt64>()) { $0.formUnion($1) }
    static let shortMonthKeys: Set<UInt64> = Set(["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"].map(TextScanner.key))
    /// A month's name or its short form.
    static func isMonth(_ t: TextScanner.Token) -> Bool { t.kind == .word && (monthKeys.contains(t.key) || shortMonthKeys.contains(t.key)) }

    /// A member speaking as an individual: not a plural, unnamed group ("councillors told", "cabinet members said").
    static func isIndividual(_ m: PersonMentions.Mention, _ scanner: TextScanner, _ classes: [WordClass]) -> Bool {
        guard m.holder == .member else { return false }
        guard m.source == .role else { return true }
        if classes[m.last].intersects(Lexicon.pluralTitle) { return false }
        let t = scanner.tokens[m.last]
        let bytes = scanner.bytes
        let plural = m.last - m.first <= 1 && t.end - t.start > 3 && bytes[Int(t.end) - 1] | 0x20 == 0x73 && bytes[Int(t.end) - 2] | 0x20 != 0x73
        return !plural
    }

    /// The words that open a line, in text order (worked out once, when the passes start).
    func lineStartWords() -> [Int] { startWords }

    /// The words that open a line (flagged `lineStart`, after a Markdown heading's "#" marks), in text order, read
    /// from the first token of each line (`lineTokenStart`) rather than by a pass over every token: a line's tokens are
    /// numbered by the newlines before them, so the first of each line is the one flagged.
    static func lineStartWords(_ scanner: TextScanner) -> [Int] {
        let tokens = scanner.tokens
        let starts = scanner.lineTokenStart
        var out: [Int] = []
        for l in 0..<max(0, starts.count - 1) where starts[l] < starts[l + 1] {
            let k = Int(starts[l])
            if tokens[k].has(TextScanner.Flags.lineStart), tokens[k].kind == .word { out.append(k) }
            // A Markdown heading's "#" marks ("## Leader's column: Cllr X"): the heading's words start after them.
            else if tokens[k].has(TextScanner.Flags.lineStart), tokens[k].isPunct("#") {
                var j = k + 1
                while j < Int(starts[l + 1]), tokens[j].isPunct("#") { j += 1 }
                if j < Int(starts[l + 1]), tokens[j].kind == .word { out.append(j) }
            }
        }
        return out
    }

    /// True at the first word of a sentence.
    func sentenceInitial(_ k: Int) -> Bool {
        k == 0 || tokens[k].has(TextScanner.Flags.lineStart) || tokens[k].has(TextScanner.Flags.sentenceStart) || finder.isTerminator(k - 1)
            || afterTimestamp(k)
    }

    /// "I'm X", "I am X", Welsh "X ydw i", "X dw i": the writer names themselves.
    func selfIntroduction(_ m: PersonMentions.Mention) -> Bool {
        let n = tokens.count
        if m.first >= 1, tokens[m.first - 1].kind == .word, tokens[m.first - 1].key == ReportedSpeech.imKey { return true }
        if m.first >= 2, tokens[m.first - 1].kind == .word, tokens[m.first - 1].key == ReportedSpeech.amKey,
           tokens[m.first - 2].kind == .word, tokens[m.first - 2].key == ReportedSpeech.iKey { return true }
        if m.last + 2 < n, tokens[m.last + 1].kind == .word, ReportedSpeech.welshAmKeys.contains(tokens[m.last + 1].key),
           tokens[m.last + 2].kind == .word, tokens[m.last + 2].key == ReportedSpeech.iKey { return true }
        return false
    }

    /// The ")" closing a bracketed label that opens at token `k` ("(Ceidwadwyr Cymreig)", "(Llafur, Pen-y-bryn)"), within
    /// a dozen tokens of its paragraph; nil when `k` is no "(" or the bracket does not close there.
    func closingBracket(at k: Int) -> Int? {
        guard k < tokens.count, tokens[k].isPunct("(") else { return nil }
        var close = k + 1
        while close < tokens.count, close - k < 12, tokens[close].paragraph == tokens[k].paragraph, !tokens[close].isPunct(")") { close += 1 }
        return close < tokens.count && tokens[close].isPunct(")") ? close : nil
    }

    /// Token `k` opens its sentence, perhaps after a linking word: "Ond dywedodd y Cynghorydd X …" (but X said).
    func opensSentence(_ k: Int) -> Bool {
        if sentenceInitial(k) || (k > 0 && tokens[k - 1].kind == .word && ReportedSpeech.linkKeys.contains(tokens[k - 1].key) && sentenceInitial(k - 1)) {
            return true
        }
        // A second clause after a comma and "tra" (while): "…, tra dywedodd arweinydd y grŵp … y byddai'n ymatal".
        if k > 1, tokens[k - 1].kind == .word, tokens[k - 1].key == ReportedSpeech.whileKey, tokens[k - 2].isPunct(",") { return true }
        // After an opening phrase and its comma: "Yn y cyfarfod ar 2 Ebrill, dywedodd y Cynghorydd X …".
        guard k > 1, tokens[k - 1].isPunct(",") else { return false }
        var b = k - 2
        while b >= 0, k - b <= 10, tokens[b].kind == .word || tokens[b].kind == .number, !finder.isVerb(b), finder.mentionEnding(b) == nil {
            if sentenceInitial(b) { return true }
            b -= 1
        }
        return false
    }

    /// A live blog's entry opens with its time and a dash ("14:18 – Dywedodd …"): the sentence starts after the dash.
    func afterTimestamp(_ k: Int) -> Bool {
        // Three comparisons, not an array literal: this runs for most words after punctuation.
        // Or straight after the time: "14:14 Dywedodd …".
        let dashed = k >= 2 && tokens[k - 1].isDash
        guard dashed || (k >= 3 && tokens[k - 1].kind == .number && tokens[k - 2].isPunct(":") && tokens[k - 3].kind == .number) else { return false }
        var s = dashed ? k - 2 : k - 1
        var sawNumber = false
        while s >= 0, k - s <= 6 {
            let t = tokens[s]
            if t.kind == .number { sawNumber = true } else if !(t.kind == .punct && (t.scalar == 0x3A || t.scalar == 0x2E)) { return false }
            if t.has(TextScanner.Flags.lineStart) { return sawNumber }
            s -= 1
        }
        return false
    }

    /// The speech verb of a sentence whose subject is the mention ending at `last`: after a bracketed label
    /// ("(Con, Mill)"), a post-nominal role ("MP"), an appositive or relative clause between commas
    /// (", whose group took control in 2023,") and adverbs ("has", "also"). Returns the verb and any role mention skipped.
    func verbAfter(_ last: Int) -> (verb: Int, skipped: [Int])? {
        let n = tokens.count
        let paragraph = tokens[last].paragraph
        var k = last + 1
        var skipped: [Int] = []
        if k < n, tokens[k].isPunct("(") {
            var close = k + 1
            while close < n, close - k < 12, !tokens[close].isPunct(")") { close += 1 }
            if close < n, tokens[close].isPunct(")") { k = close + 1 }
        }
        // "Aoife Grogan (SDLP) and Judith Neeson (Alliance) both said …": two members, each saying it.
        // "… and Reform UK's Gary Pope both called for …": the second member's party before their name.
        var second = k + 1
        while second < n, second - k <= 3, tokens[second].kind == .word, finder.classes[second].intersects(Lexicon.partyStart) || (second > k + 1
              && tokens[second - 1].kind == .word && finder.classes[second - 1].intersects(Lexicon.partyStart)), finder.mentionStarting(second) == nil { second += 1 }
        if second > k + 1, finder.mentionStarting(second) == nil { second = k + 1 }
        if k + 1 < n, tokens[k].kind == .word, tokens[k].key == TextScanner.andKey, let other = finder.mentionStarting(second),
           mentions[other].holder == .member, mentions[other].source != .role {
            var e = mentions[other].last + 1
            if let close = closingBracket(at: e) { e = close + 1 }
            if e < n, tokens[e].kind == .word, tokens[e].key == ReportedSpeech.bothKey { k = e }
        }
        if k < n, tokens[k].kind == .word, tokens[k].key == ReportedSpeech.bothKey { k += 1 }
        // A post-nominal role on the name's line ("Jane Roe MP said"), or wrapped onto the next ("Jane Roe" ⏎ "MP said");
        // any other role opening the next line starts a new headline or sentence ("'…' – COUNCIL LEADER" ⏎ "Leader
        // defends …"), whose verb is that role's.
        if let r = finder.mentionStarting(k), mentions[r].source == .role,
           !tokens[k].has(TextScanner.Flags.lineStart)
            || (finder.scanner.continuesLine(k) && finder.classes[k].intersects(Lexicon.postnominal) && tokens[k].has(TextScanner.Flags.allCaps)) {
            skipped.append(r)
            k = mentions[r].last + 1
        }
        // "the cabinet member for transport has said": a role's lower-case portfolio before its verb; also after a name
        // whose appositive role is part of its mention ("Cllr X, cabinet member for schools, has said").
        if k + 1 < n, tokens[k].kind == .word, !tokens[k].has(TextScanner.Flags.capital), finder.classes[k].intersects(Lexicon.extensionStart),
           let r = finder.mentionEnding(last), mentions[r].source == .role || mentions[r].hasRole, mentions[r].holder == .member {
            var e = k + 1
            while e < n, e - k <= 6, tokens[e].kind == .word, !tokens[e].has(TextScanner.Flags.capital), !finder.isVerb(e),
                  !finder.classes[e].intersects((Lexicon.adverbGap | Lexicon.pronoun)) { e += 1 }
            // The appositive's closing comma before the verb: "…, cabinet member for schools, has said".
            if e + 1 < n, tokens[e].isPunct(","), mentions[r].source != .role { e += 1 }
            if e > k + 1, e < n, tokens[e].paragraph == paragraph, finder.isVerb(finder.skipAdverbsForward(e, limit: n - 1)) { k = e }
        }
        // "Cllr X, the cabinet member responsible, has defended …": an adjective closing the appositive role.
        if k + 1 < n, tokens[k].kind == .word, ReportedSpeech.roleAdjectiveKeys.contains(tokens[k].key), tokens[k + 1].isPunct(","),
           let r = finder.mentionEnding(last), mentions[r].hasRole { k += 2 }
        // "Cllr X of Plaid Cymru, welcomed …": the party after the name.
        if k + 1 < n, finder.classes[k].intersects(Lexicon.extensionStart), !tokens[k].has(TextScanner.Flags.capital),
           PartyLexicon.match(finder.scanner, classes: finder.classes, at: k + 1) != nil {
            var e = k + 1
            while e < n, e - k < 6, tokens[e].kind == .word, tokens[e].has(TextScanner.Flags.capital) || finder.classes[e].intersects(Lexicon.article) { e += 1 }
            if e < n, tokens[e].isPunct(",") { k = e }
        }
        // "Cllr X, Labour group leader on Aldermoor City Council, welcomed …": the role's body after a preposition, then
        // the comma closing the appositive.
        if k + 1 < n, tokens[k].kind == .word, !tokens[k].has(TextScanner.Flags.capital), ReportedSpeech.roleBodyPrepositionKeys.contains(tokens[k].key),
           let r = finder.mentionEnding(last), mentions[r].hasRole, mentions[r].holder == .member {
            var e = k + 1
            while e < n, e - k <= 10, tokens[e].kind == .word || tokens[e].isPunct("-"), tokens[e].paragraph == paragraph { e += 1 }
            if e + 1 < n, tokens[e].isPunct(","), speechOrStance(finder.skipAdverbsForward(e + 1, limit: n - 1)) { k = e + 1 }
        }
        // Not when the verb follows the comma ("…, Alderman X, has launched a consultation on …, including …"): that
        // comma closes the subject, and the next one is inside the predicate.
        let verbNext: Bool = {
            // Not a relative clause: ", who had declared an interest, asked …".
            guard k + 1 < n, tokens[k + 1].kind == .word, !ReportedSpeech.relativeKeys.contains(tokens[k + 1].key) else { return false }
            return speechOrStance(finder.skipAdverbsForward(k + 1, limit: n - 1))
        }()
        if k < n, tokens[k].isAppositiveMark, !tokens[k].isPunct(")"), !finder.isVerb(k + 1), !verbNext {
            // The clause closes with the same mark before the verb: ", who represents the area," / "– the Mayor –".
            var close = k + 1
            while close < n, close - k < 25, tokens[close].paragraph == paragraph, !finder.isTerminator(close), tokens[close].kind != .quote,
                  !(tokens[close].isAppositiveMark && !tokens[close].isPunct("(") && !tokens[close].isPunct(")")) { close += 1 }
            if close < n, close - k < 25, tokens[close].isAppositiveMark {
                for j in (k + 1)..<close { if let r = finder.mentionStarting(j), mentions[r].source == .role { skipped.append(r) } }
                k = close
            }
        }
        if k < n, tokens[k].isAppositiveMark, !tokens[k].isPunct("(") { k += 1 }
        k = finder.skipAdverbsForward(k, limit: n - 1)
        // "has written to the minister": a letter verb, read only for what the letter asks (`reportsWords`).
        guard k < n, tokens[k].paragraph == paragraph,
              finder.isVerb(k) || statedPosition(at: k)
                || (tokens[k].kind == .word && (ReportedSpeech.letterVerbKeys.contains(tokens[k].key) || ReportedSpeech.stanceKeys.contains(tokens[k].key)))
        else { return nil }
        // "Cllr X was criticised by residents": a passive makes the member the one spoken about, not the speaker.
        // "is opposed to the merger" is a stance, not a passive.
        if k > last + 1, ReportedSpeech.passiveAuxKeys.contains(tokens[k - 1].key), ReportedSpeech.pastParticipleKeys.contains(tokens[k].key),
           !(ReportedSpeech.stanceKeys.contains(tokens[k].key) && k + 1 < n && tokens[k + 1].key == ReportedSpeech.toKey) { return nil }
        return (k, skipped)
    }

    /// "… and Reform UK's Gary Pope both called for …": the second of a joint subject, "both" after its name (and label).
    func bothAfter(_ m: PersonMentions.Mention) -> Bool {
        var k = m.last + 1
        if let close = closingBracket(at: k) { k = close + 1 }
        return k < tokens.count && tokens[k].kind == .word && tokens[k].key == ReportedSpeech.bothKey
    }

    /// A speech verb or a verb of backing, opposing or launching at `k`.
    func speechOrStance(_ k: Int) -> Bool {
        finder.isVerb(k) || (k >= 0 && k < tokens.count && tokens[k].kind == .word && ReportedSpeech.stanceKeys.contains(tokens[k].key))
    }

    /// The verb at `verb` asks or reports ("asked", "gofynnodd") and the question or report opens at `k` ("whether",
    /// "a oedd", "that").
    func asksQuestion(_ verb: Int, at k: Int) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word, ReportedSpeech.askReportKeys.contains(tokens[verb].key) else { return false }
        return ReportedSpeech.thatKeys.contains(tokens[k].key) || ReportedSpeech.questions.match(finder.scanner, at: k) != nil
    }

    /// A phrasal verb of a stated position at `k` ("hit back", "spoke out"): the member's views, as "defends" is.
    func statedPosition(at k: Int) -> Bool {
        k >= 0 && k < tokens.count && tokens[k].kind == .word && ReportedSpeech.positionPhrases.startsPhrase(tokens[k].key)
            && ReportedSpeech.positionPhrases.match(finder.scanner, at: k) != nil
    }

    /// A speech verb that reports words: a strong verb, or an action verb ("welcomed") with a linked "saying"/"said"
    /// later in the sentence before anyone else is named. `from` is where to look for the later verb. A call for
    /// something counts only when the member is the sentence's subject (`subject`): in "The motion, proposed by
    /// Cllr X (Con), called for …" the motion calls, and the member is named.
    func reportsWords(_ verb: Int, from: Int, subject: Bool = true) -> Bool {
        // "Council leader accused over 'party newsletter' claims": accused of something, not accusing.
        if tokens[verb].key == ReportedSpeech.accusedKey, verb + 1 < tokens.count, tokens[verb + 1].kind == .word,
           ReportedSpeech.accusedOfKeys.contains(tokens[verb + 1].key) { return false }
        if ReportedSpeech.namingKeys.contains(tokens[verb].key) {
            return quotationSoon(from: from) || (subject && callsFor(from)) || linkedSpeechVerb(from: from)
        }
        // "has written to the Department asking for an audit": the letter's request is the member's stated view.
        if ReportedSpeech.letterVerbKeys.contains(tokens[verb].key) {
            if subject, letterAsks(from: from) { return true }
            if !ReportedSpeech.actionKeys.contains(tokens[verb].key) { return false }
        }
        guard ReportedSpeech.actionKeys.contains(tokens[verb].key) || ReportedSpeech.stanceKeys.contains(tokens[verb].key) else { return true }
        // "posted on Facebook last night that she'd …", "tweeted that …": the post's words reported.
        if ReportedSpeech.postVerbKeys.contains(tokens[verb].key), from < tokens.count,
           (from..<min(tokens.count, from + 8)).contains(where: { tokens[$0].kind == .word && ReportedSpeech.thatKeys.contains(tokens[$0].key) && tokens[$0].paragraph == tokens[from].paragraph }) {
            return true
        }
        // A headline's present tense: "Mayor announces £310m tram extension", "Parish chairman backs speed checks",
        // "X MLA welcomes greenway": the member's announcement or stated support (doing something, "Mayor opens …", is not a speech verb).
        // Welcoming people ("Lord Mayor welcomes Rovers", a capitalised name) is an act; welcoming a thing ("Convener
        // welcomes community benefit talks") states support.
        // Welsh writes the headline's present with "yn" and the verb-noun: "Arweinydd y Cyngor yn croesawu'r setliad".
        if headline(Int(tokens[verb].line)), subject, tokens[verb].end - tokens[verb].start > 3,
           finder.scanner.bytes[Int(tokens[verb].end) - 1] == 0x73 || (verb > 0 && tokens[verb - 1].kind == .word && tokens[verb - 1].key == ReportedSpeech.welshYnKey),
           !ReportedSpeech.askReportKeys.contains(tokens[verb].key), !ReportedSpeech.stanceKeys.contains(tokens[verb].key) || finder.isVerb(verb),
           !ReportedSpeech.welcomingKeys.contains(tokens[verb].key)
            || (verb + 1 < tokens.count && tokens[verb + 1].kind == .word && !tokens[verb + 1].has(TextScanner.Flags.capital)
                && !(verb + 1...min(tokens.count - 1, verb + 5)).contains(where: { tokens[$0].kind == .word && ReportedSpeech.guestKeys.contains(tokens[$0].key) })) {
            return true
        }
        // "welcomed the decision", "welcomes today's announcement": support for a decision is a view.
        // Not a joint "X and Y have welcomed plans": one finding would name only one of them.
        // "announced a £2m fund": the council's news presented as the member's own.
        if subject, ReportedSpeech.announcingKeys.contains(tokens[verb].key) { return true }
        if ReportedSpeech.welcomingKeys.contains(tokens[verb].key) || subject && ReportedSpeech.stanceKeys.contains(tokens[verb].key),
           !(verb > 0 && tokens[verb - 1].kind == .word && tokens[verb - 1].key == ReportedSpeech.haveKey) {
            // Welsh puts the subject between the verb and its object: "Croesawodd y Cynghorydd X, cadeirydd …, y newyddion".
            var k = from > verb + 1 ? from : verb + 1
            if k > verb + 1, k < tokens.count, tokens[k].isPunct(",") {
                var close = k + 1
                while close < tokens.count, close - k <= 10, tokens[close].kind == .word || tokens[close].isPunct("-") { close += 1 }
                k = close < tokens.count && tokens[close].isPunct(",") ? close + 1 : k + 1
            }
            let objectStart = k
            // Backing takes people and causes too ("backed residents fighting the sale"); welcoming people is an act.
            let objects = ReportedSpeech.stanceKeys.contains(tokens[verb].key) ? ReportedSpeech.stanceObjectKeys : ReportedSpeech.welcomedViewKeys
            // "welcomed the decision", "welcomes Carran Valley greenway extension": the object's head within a few words.
            // A sum may stand before the object: "unveiled a £1.5m fund".
            while k < tokens.count, k - objectStart <= 7,
                  tokens[k].kind == .word || tokens[k].kind == .number || tokens[k].kind == .quote || tokens[k].isPunct("£") || tokens[k].isPunct("."),
                  !objects.contains(tokens[k].key),
                  finder.mentionStarting(k) == nil || finder.mentions.covering[k] >= 0 && mentions[Int(finder.mentions.covering[k])].holder != .member { k += 1 }
            if k < tokens.count, tokens[k].kind == .word, objects.contains(tokens[k].key) { return true }
            // Welsh "beirniadu" criticises anything but a competition it judges ("wedi beirniadu'r cyngor", not "beirniadu'r
            // gystadleuaeth").
            if ReportedSpeech.criticiseOrJudgeKeys.contains(tokens[verb].key), subject {
                var c = objectStart
                while c < tokens.count, c - objectStart <= 3, tokens[c].kind == .word {
                    if ReportedSpeech.competitionKeys.contains(tokens[c].key) { return false }
                    c += 1
                }
                return objectStart < tokens.count && tokens[objectStart].kind == .word
            }
        }
        // "asked whether …", "reported that …" (minutes): the member's question or report follows the verb directly,
        // or after the member's party between commas ("Gofynnodd y Cynghorydd X, o Blaid Cymru, a oedd …").
        // "has asked for an emergency meeting": asking for something, like calling for it, states the member's view;
        // "asked for the report to be discussed" arranges business.
        if ReportedSpeech.askReportKeys.contains(tokens[verb].key), subject, from < tokens.count, !tokens[from].isPunct(","), callsFor(from),
           !arrangesBusiness(from + 1) { return true }
        // "has asked to meet the headteacher": a request of the member's own.
        if ReportedSpeech.askReportKeys.contains(tokens[verb].key), subject, from + 1 < tokens.count, tokens[from].kind == .word,
           tokens[from].key == ReportedSpeech.toKey, tokens[from + 1].kind == .word, !tokens[from + 1].has(.capital),
           !(verb > 0 && ReportedSpeech.passiveAuxKeys.contains(tokens[verb - 1].key)) { return true }
        if ReportedSpeech.askReportKeys.contains(tokens[verb].key), from < tokens.count {
            var q = from
            if tokens[q].isPunct(",") {
                var close = q + 1
                while close < tokens.count, close - q <= 8, tokens[close].kind == .word, finder.mentionStarting(close) == nil { close += 1 }
                // Or the comma closes the subject's appositive and the question follows it ("Gofynnodd arweinydd y
                // grŵp, y Cyng. X, pam nad oedd …").
                q = close < tokens.count && tokens[close].isPunct(",") ? close + 1 : q + 1
            }
            if q < tokens.count, tokens[q].kind == .word,
               ReportedSpeech.thatKeys.contains(tokens[q].key) || ReportedSpeech.questions.match(finder.scanner, at: q) != nil { return true }
            // "has asked ministers to intervene": a request of someone outside the meeting, urging as "urged" does.
            // Not a request of officers or the meeting ("asked officers to report back"), which is business.
            // "asked for the report to be …" asks for a thing, handled as a call elsewhere; the object here is a person.
            var o = from
            // "has asked the Commission to hold a site visit": a body outside the meeting, named with its capital.
            if o + 1 < tokens.count, tokens[o].kind == .word, finder.classes[o].intersects(Lexicon.article), tokens[o + 1].kind == .word,
               tokens[o + 1].has(TextScanner.Flags.capital), !ReportedSpeech.businessAddressees.contains(tokens[o + 1].key) {
                o += 1
                while o < tokens.count, o - from < 4, tokens[o].kind == .word, tokens[o].has(TextScanner.Flags.capital) { o += 1 }
                // "has asked the Scottish Government for emergency funding": a request of a body outside the meeting.
                if o < tokens.count, subject, tokens[o].kind == .word, ReportedSpeech.callPrepositionKeys.contains(tokens[o].key) { return true }
            }
            while o < tokens.count, o - from < 4, tokens[o].kind == .word, !tokens[o].has(TextScanner.Flags.capital),
                  !ReportedSpeech.requestMarkerKeys.contains(tokens[o].key), !finder.classes[o].intersects(Lexicon.extensionStart),
                  !ReportedSpeech.businessAddressees.contains(tokens[o].key) {
                // An office asked ("the minister") is the addressee, not a speaker of its own.
                if let r = finder.mentionStarting(o) {
                    guard mentions[r].source == .role, mentions[r].last - o < 3 else { break }
                    o = mentions[r].last + 1
                    continue
                }
                o += 1
            }
            if o > from, o + 1 < tokens.count, tokens[o].kind == .word, ReportedSpeech.requestMarkerKeys.contains(tokens[o].key),
               tokens[o + 1].kind == .word, !tokens[o + 1].has(TextScanner.Flags.capital) { return true }
        }
        return linkedSpeechVerb(from: from)
    }

    /// Line `l` is a headline: a heading line, or a short line standing as a paragraph of its own without a full stop
    /// ("Mayor announces £310m tram extension").
    func headline(_ l: Int) -> Bool {
        let scanner = finder.scanner
        if scanner.headingLines[l] { return true }
        // The first line of the text, short and without a full stop, is its headline even with a dateline under it.
        if l == 0 || Int(scanner.lineTokenStart[l]) == 0 {
            let b = Int(scanner.lineTokenStart[l + 1])
            if b > 0, b <= 16, !finder.isTerminator(b - 1) { return true }
        }
        let a = Int(scanner.lineTokenStart[l]), b = Int(scanner.lineTokenStart[l + 1])
        guard a < b, tokens[a].has(TextScanner.Flags.paragraphStart) || a == 0, b - a <= 16,
              b >= tokens.count || tokens[b].paragraph != tokens[a].paragraph, !finder.isTerminator(b - 1) else { return false }
        return true
    }

    /// A participle of request ("asking", "urging") in the sentence from `from`, before anyone else is named or a
    /// quotation opens: what the letter the member wrote asks for. Not a request of officers ("asking for a report").
    func letterAsks(from: Int) -> Bool {
        let n = tokens.count
        guard from < n else { return false }
        let paragraph = tokens[from].paragraph
        var k = from
        while k < n, k - from < 20, tokens[k].paragraph == paragraph, !finder.isTerminator(k), tokens[k].kind != .quote {
            // A letter to a minister "asking for the decision to be called in" is a view; one asking for officers' work
            // ("asking for a report") is business.
            if tokens[k].kind == .word, ReportedSpeech.requestParticipleKeys.contains(tokens[k].key) {
                var w = k + 1
                // A letter to a named body or minister outside the council ("has written to the Department for Communities
                // asking for an update") presses them: a view, whatever it asks for.
                let toBody = (from..<k).contains { tokens[$0].kind == .word && tokens[$0].has(TextScanner.Flags.capital) && !finder.classes[$0].intersects(Lexicon.article) }
                while !toBody, w < n, w - k <= 4, tokens[w].kind == .word {
                    if ReportedSpeech.requestedWorkKeys.contains(tokens[w].key) { return false }
                    w += 1
                }
                return true
            }
            // Another person named first may be the one asking; a body's capitalised name is not a person.
            if let r = finder.mentionStarting(k), mentions[r].source != .role, mentions[r].holder != .other || mentions[r].person != nil { return false }
            k += 1
        }
        return false
    }

    /// "for the report to be discussed", "for surveys to be repeated": a thing asked for "to be" done, in the sentence
    /// from `from`, or officers' work ("for a further report"), is a request of officers or the meeting (business), not a view.
    func arrangesBusiness(_ from: Int) -> Bool {
        var k = from
        while k + 1 < tokens.count, k - from < 12, !finder.isTerminator(k), tokens[k].kind != .quote {
            if k - from < 4, tokens[k].kind == .word, ReportedSpeech.requestedWorkKeys.contains(tokens[k].key) { return true }
            // "for the report to be discussed" runs the meeting; "for the decision to be delayed" asks for a change of course.
            if tokens[k].kind == .word, tokens[k].key == ReportedSpeech.toKey, tokens[k + 1].kind == .word, tokens[k + 1].key == ReportedSpeech.beKey,
               k + 2 < tokens.count, tokens[k + 2].kind == .word, ReportedSpeech.procedureVerbKeys.contains(tokens[k + 2].key) { return true }
            k += 1
        }
        return false
    }

    /// A naming verb's call for something opens at `from`, perhaps after the comma closing the subject's appositive:
    /// "called for an independent inquiry", "Galwodd …, y Cynghorydd X, am ymchwiliad". A call is the member's stated
    /// position (Code of Recommended Practice on Local Authority Publicity 2011, para 34), as "urged" is.
    func callsFor(_ from: Int) -> Bool {
        var k = from
        if k < tokens.count, tokens[k].isPunct(",") { k += 1 }
        guard k + 1 < tokens.count, tokens[k].kind == .word, ReportedSpeech.callPrepositionKeys.contains(tokens[k].key),
              tokens[k + 1].kind == .word, tokens[k].paragraph == tokens[from].paragraph else { return false }
        // "called for order", "a vote": the chair running the meeting.
        return !(ReportedSpeech.procedureCalls.startsPhrase(tokens[k + 1].key) && ReportedSpeech.procedureCalls.match(finder.scanner, at: k + 1) != nil)
    }

    /// A quotation opens within a few words of `from`, in the same sentence and before anyone else is named: what a
    /// naming verb ("called the review “…”", "calling criticism from the Greens ‘…’") attributes.
    func quotationSoon(from: Int) -> Bool {
        let n = tokens.count
        guard from < n else { return false }
        let paragraph = tokens[from].paragraph
        var k = from
        while k < n, k - from <= 8, tokens[k].paragraph == paragraph, !finder.isTerminator(k) {
            if tokens[k].kind == .quote { return finder.mark(k) == .openDouble || finder.mark(k) == .openSingle || finder.mark(k) == .ambiguousDouble }
            if finder.mentionStarting(k) != nil { return false }
            k += 1
        }
        return false
    }

    /// ", saying …", "but said …", "gan ddweud …": a speech verb joined to the sentence's subject, before anyone
    /// else is named or a quotation opens, from token `from` to the end of the sentence. A singular pronoun in a
    /// clause of the same sentence ("Cllr X … was heckled when he said the plant would …") is that subject too:
    /// nobody else has been named since.
    func linkedSpeechVerb(from: Int) -> Bool {
        var k = from
        let n = tokens.count
        guard from < n else { return false }
        let paragraph = tokens[from].paragraph
        while k < n, k - from < 40, tokens[k].paragraph == paragraph, !finder.isTerminator(k), tokens[k].kind != .quote {
            // "welcomed Cllr Yarwood and said he would be …": the person welcomed straight after the verb is its object.
            if k == from, let o = finder.mentionStarting(k), mentions[o].last + 2 < n, tokens[mentions[o].last + 1].kind == .word,
               ReportedSpeech.linkKeys.contains(tokens[mentions[o].last + 1].key), finder.isVerb(mentions[o].last + 2),
               !ReportedSpeech.actionKeys.contains(tokens[mentions[o].last + 2].key) { return true }
            if finder.mentionStarting(k) != nil { return false }
            if k > from, finder.isVerb(k), !ReportedSpeech.actionKeys.contains(tokens[k].key),
               tokens[k - 1].isPunct(",") || (tokens[k - 1].kind == .word && ReportedSpeech.linkKeys.contains(tokens[k - 1].key))
                || (k - 1 > from && finder.isPronoun(k - 1) && !ReportedSpeech.pluralPronounKeys.contains(tokens[k - 1].key)) {
                // ", calling criticism ‘…’" reports words; ", calling for a review" reports an act.
                if ReportedSpeech.namingKeys.contains(tokens[k].key) { return quotationSoon(from: k + 1) }
                return true
            }
            k += 1
        }
        return false
    }

    /// The mention opens its sentence, perhaps after a role and its extension ("Cabinet member for finance Coun. X"):
    /// it is the subject. Returns the role mentions before it.
    func subjectOfSentence(_ m: PersonMentions.Mention) -> [Int]? {
        var k = m.first - 1
        var roles: [Int] = []
        while k >= 0, m.first - k <= 8, !sentenceInitial(k + 1) {
            if let r = finder.mentionEnding(k) { roles.append(r); k = mentions[r].first - 1; continue }
            guard tokens[k].kind == .word, !finder.isVerb(k),
                  tokens[k].has(TextScanner.Flags.capital) || finder.classes[k].intersects((Lexicon.article | Lexicon.connector | Lexicon.extensionStart))
                    || finder.classes[k].intersects(Lexicon.memberBody) || !tokens[k].has(TextScanner.Flags.capital) && m.first - k <= 3 else { return nil }
            k -= 1
        }
        return sentenceInitial(k + 1) ? roles : nil
    }

    /// The mention is in apposition to a member's role that opens the sentence ("The leader of the Conservative
    /// group, Cllr X, called for …"): the role and the name are one subject. Not when a verb or "by" comes between,
    /// or no role opens the sentence ("The motion, proposed by Cllr X, …").
    func appositiveToOpeningRole(_ m: PersonMentions.Mention) -> Bool {
        var k = m.first - 1
        while k >= 0, tokens[k].kind == .word, finder.classes[k].intersects(Lexicon.article), !tokens[k].has(TextScanner.Flags.capital) { k -= 1 }
        guard k > 0, tokens[k].isPunct(",") else { return false }
        k -= 1
        var sawRole = false
        while k >= 0, m.first - k <= 14 {
            let c = finder.mentions.covering[k]
            if c >= 0 {
                let r = mentions[Int(c)]
                guard r.holder == .member, r.source == .role else { return false }
                sawRole = true
            } else if tokens[k].kind != .word || finder.isVerb(k) || finder.isPronoun(k) || QuoteFinder.agentKeys.contains(tokens[k].key) {
                // "of the Conservative group", "of the scrutiny panel": a role's party or body after it may be in lower
                // case; a verb or "by" makes the sentence about something else.
                return false
            }
            // A role the lexicon leaves unconfirmed without its capital ("leader of the … group") still opens the subject.
            if tokens[k].kind == .word, finder.classes[k].intersects(Lexicon.roleStart) { sawRole = true }
            if sentenceInitial(k) { return sawRole }
            k -= 1
        }
        return false
    }

    /// The verb leads straight into a quotation ("said: “…”", "said, “…”"): the quotation's own attribution.
    func introducesQuotation(_ verb: Int) -> Bool {
        var k = verb + 1
        while k < tokens.count, k - verb <= 2, tokens[k].kind == .punct { k += 1 }
        return k < tokens.count && tokens[k].kind == .quote && k - verb <= 3
    }

    /// "Cllr X said the …", "Croesawodd y Cynghorydd X … gan ddweud …".
    func reported() -> [Attribution] {
        var out: [Attribution] = []
        for (index, m) in mentions.enumerated() where m.holder == .member && m.referenceable {
            // A member named inside someone's quotation ("“Cllr Roe said we could stay,” said the manager") is
            // the quotation's speaker's account, not the member's reported words.
            guard ReportedSpeech.isIndividual(m, finder.scanner, finder.classes), !insideQuotation(m) else { continue }
            // "Dear neighbour, I'm Aled Pennant, Plaid Cymru's candidate", "Aled Pennant ydw i": a member introducing
            // themselves, so the piece is in their words.
            if selfIntroduction(m) {
                out.append(Attribution(mention: index, first: m.first, last: m.last, kind: .reported, claimed: [index] + appositiveRoles(after: m.last)))
                continue
            }
            // "According to Cllr X, …", "Yn ôl y Cyng. X, …": the sentence is the member's account.
            if let lead = attributionLead(before: m.first), !mailHeaderLine(lead) {
                // "MESSAGE FROM THE LEADER" above "By Cllr X, Leader of …": a heading announcing the piece names the
                // member; the byline under it carries the words.
                let line = Int(tokens[m.first].line)
                if line + 1 < finder.scanner.lineStarts.count, standaloneLine(line) || finder.scanner.headingLines[line],
                   case let next = Int(finder.scanner.lineTokenStart[line + 1]), next < tokens.count, tokens[next].kind == .word,
                   byline(at: next) != nil { continue }
                out.append(Attribution(mention: index, first: lead, last: m.last, kind: .reported, claimed: [index] + appositiveRoles(after: m.last)))
                continue
            }
            // "Cllr X's view is that …", "Barn y Cyng. X yw bod …": an opinion stated as the member's.
            if let last = statedView(m) {
                out.append(Attribution(mention: index, first: min(m.first, last.first), last: max(m.last, last.last), kind: .reported, claimed: [index]))
                continue
            }
            // "under plans unveiled by council leader X", "the fund announced by the Mayor": the member's announcement, passive.
            // "by the council's cabinet member for finance": an article and the council owning the role may stand between.
            var by = m.first - 1
            while by >= 1, m.first - by <= 2, tokens[by].kind == .word,
                  finder.classes[by].intersects(Lexicon.article) || tokens[by].has(TextScanner.Flags.possessive) { by -= 1 }
            if by >= 1, tokens[by].kind == .word, tokens[by].key == ReportedSpeech.byKey, tokens[by - 1].kind == .word,
               tokens[by - 1].paragraph == tokens[m.first].paragraph,
               ReportedSpeech.announcingKeys.contains(tokens[by - 1].key) || ReportedSpeech.passiveViewKeys.contains(tokens[by - 1].key)
                || (ReportedSpeech.stanceKeys.contains(tokens[by - 1].key) && by >= 2 && tokens[by - 2].kind == .word
                    && ReportedSpeech.welcomedViewKeys.contains(tokens[by - 2].key)) {
                out.append(Attribution(mention: index, first: by - 1, last: m.last, kind: .reported, claimed: [index] + appositiveRoles(after: m.last)))
                continue
            }
            if let (verb, skipped) = verbAfter(m.last) {
                // "Mewn datganiad ar ran Arweinydd y Cyngor, dywedodd y Cynghorydd X": the verb's subject follows it
                // (Welsh puts the verb first), and the office before the comma is held by that speaker: one speaker,
                // one sentence, one finding, in the named member's name.
                if m.source == .role, tokens[verb - 1].isPunct(","), let later = namedAfter(verb) {
                    if reportsWords(verb, from: mentions[later].last + 1) || quotationSoon(from: mentions[later].last + 1) {
                        out.append(Attribution(mention: later, first: m.first, last: mentions[later].last, kind: .reported,
                                               claimed: [index, later] + skipped))
                    }
                    continue
                }
                if reportsWords(verb, from: verb + 1, subject: subjectOfSentence(m) != nil || appositiveToOpeningRole(m) || bothAfter(m)) {
                    out.append(Attribution(mention: index, first: m.first, last: m.last, kind: .reported, claimed: [index] + skipped + (subjectOfSentence(m) ?? []) + statementOffice(after: verb)))
                }
                continue
            }
            // The sentence's subject with another verb and a linked speech verb: "Coun X (Lib Dem) had proposed the
            // freeze, saying a rise was …".
            if let roles = subjectOfSentence(m), linkedSpeechVerb(from: m.last + 1) {
                out.append(Attribution(mention: index, first: m.first, last: m.last, kind: .reported, claimed: [index] + roles))
                continue
            }
            // A paragraph of speech opened by a dash, the attribution inverted after it: "— We have asked …, said Cllr X",
            // "— Rydyn ni …, meddai'r Cynghorydd X".
            if dashSpeech(before: m.first) {
                out.append(Attribution(mention: index, first: m.first, last: m.last, kind: .reported, claimed: [index] + appositiveRoles(after: m.last)))
                continue
            }
            // Welsh verb first: "Dywedodd y Cynghorydd X fod …", "Croesawodd X, yr Aelod Seneddol, y cyllid, gan ddweud …".
            var p = m.first - 1
            while p >= 0, m.first - p <= 2, tokens[p].kind == .word, finder.classes[p].intersects(Lexicon.article) { p -= 1 }
            // "Dywedodd y cynghorydd Annibynnol Sharon Leyshon nad …": a lower-case title and a party before the name.
            if p > 0, tokens[p].kind == .word, finder.classes[p].intersects(Lexicon.partyStart), tokens[p].has(.capital),
               tokens[p - 1].kind == .word, finder.classes[p - 1].intersects(Lexicon.title), !tokens[p - 1].has(.capital) {
                p -= 2
                while p >= 0, m.first - p <= 5, tokens[p].kind == .word, finder.classes[p].intersects(Lexicon.article) { p -= 1 }
            }
            // The name in apposition to a role not in the lexicon: "Galwodd arweinydd grŵp Plaid Cymru, y Cyng. X, …".
            if p > 0, tokens[p].isPunct(",") {
                var v = p - 1
                while v > 0, p - v <= 12, tokens[v].kind == .word, !sentenceInitial(v), !finder.isVerb(v),
                      finder.mentionEnding(v).map({ mentions[$0].holder != .member }) ?? true { v -= 1 }
                if tokens[v].kind == .word, finder.isVerb(v), opensSentence(v) { p = v }
            }
            // "Ond dywedodd y Cynghorydd X …" (but X said): a linking word may open the sentence before the verb.
            guard p >= 0, finder.isVerb(p), opensSentence(p), !finder.isPronoun(m.last + 1) else { continue }
            var claimed = [index]
            var speaker = index
            var after = m.last + 1
            // The member's party in brackets after the name: "Gofynnodd y Cynghorydd X (Ceidwadwyr Cymreig) a fyddai …".
            if let close = closingBracket(at: after) { after = close + 1 }
            // The appositive after the subject: a role after the name (", yr Aelod Seneddol dros …,"), or the name
            // after a role (", y Cyng. X,"), which then names the speaker.
            if after + 1 < tokens.count, tokens[after].isAppositiveMark {
                var j = after + 1
                while j < tokens.count, j - after <= 3, tokens[j].kind == .word, finder.classes[j].intersects(Lexicon.article) { j += 1 }
                if let r = finder.mentionStarting(j), mentions[r].holder == .member {
                    claimed.append(r)
                    after = mentions[r].last + 1
                    if m.source == .role, mentions[r].source != .role { speaker = r }
                }
            }
            // "…, y Gynghorydd X (Llafur, Pen-y-bryn), fod …": the appositive name's bracketed label too.
            if let close = closingBracket(at: after) {
                after = close + 1
                if after < tokens.count, tokens[after].isPunct(",") { after += 1 }
            }
            if reportsWords(p, from: after) {
                out.append(Attribution(mention: speaker, first: m.first, last: mentions[claimed.last ?? index].last, kind: .reported, claimed: claimed))
            }
        }
        return out
    }

    /// "Cllr X said in a statement issued on behalf of the Leader that …": the office the statement lead names after
    /// the speech verb `verb`, in the same sentence and before anyone else is named, is the speaker's own; it is part of
    /// the attribution, not a reference of its own.
    func statementOffice(after verb: Int) -> [Int] {
        let n = tokens.count
        var k = verb + 1
        while k < n, k - verb <= 10, tokens[k].paragraph == tokens[verb].paragraph, !finder.isTerminator(k), tokens[k].kind != .quote {
            if finder.mentionStarting(k) != nil { return [] }
            if tokens[k].kind == .word, ReportedSpeech.statementLeads.startsPhrase(tokens[k].key),
               let lead = ReportedSpeech.statementLeads.match(finder.scanner, at: k) {
                var j = lead.last + 1
                while j < n, j - lead.last <= 2, tokens[j].kind == .word, finder.classes[j].intersects(Lexicon.article), finder.mentionStarting(j) == nil { j += 1 }
                if let r = finder.mentionStarting(j), mentions[r].holder == .member, mentions[r].source == .role { return [r] }
                return []
            }
            k += 1
        }
        return []
    }

    /// A named member (not an office) right after the speech verb `verb`, articles skipped: the verb's own subject.
    func namedAfter(_ verb: Int) -> Int? {
        var s = verb + 1
        while s < tokens.count, s - verb <= 2, tokens[s].kind == .word, finder.classes[s].intersects(Lexicon.article), finder.mentionStarting(s) == nil { s += 1 }
        guard let later = finder.mentionStarting(s), mentions[later].holder == .member, mentions[later].source != .role,
              tokens[mentions[later].first].line == tokens[verb].line else { return nil }
        return later
    }

    /// A speech verb after a comma just before `first` ("…, said Cllr X"), on a line that opens with an em or en dash:
    /// the dash marks the line as the speaker's words, as quotation marks would.
    func dashSpeech(before first: Int) -> Bool {
        var v = first - 1
        while v >= 0, first - v <= 2, tokens[v].kind == .word, finder.classes[v].intersects(Lexicon.article) { v -= 1 }
        guard v > 1, finder.isVerb(v), tokens[v - 1].isPunct(","), tokens[v].line == tokens[first].line else { return false }
        var s = v - 1
        while s > 0, !tokens[s].has(TextScanner.Flags.lineStart) { s -= 1 }
        return tokens[s].isLongDash && s + 1 < v - 1
    }

    /// The first token of an attribution lead ("according to", "yn ôl") ending just before `first`, articles
    /// skipped ("Yn ôl y Cyng. X"), or nil.
    func attributionLead(before first: Int) -> Int? {
        var k = first - 1
        while k >= 0, first - k <= 2, tokens[k].kind == .word, finder.classes[k].intersects(Lexicon.article) { k -= 1 }
        guard k >= 0, tokens[k].kind == .word, tokens[k].line == tokens[first].line else { return nil }
        func lead(endingAt k: Int) -> Int? {
            for start in stride(from: k, through: max(0, k - 3), by: -1) where tokens[start].kind == .word {
                if let lead = ReportedSpeech.attributionLeads.match(finder.scanner, at: start), lead.last == k { return start }
            }
            return nil
        }
        if let start = lead(endingAt: k) { return start }
        // "According to Lib Dem group leader Cllr X", "According to People Before Profit councillor X", "According to
        // transport convener Cllr X": the member's party and a lower-case role between the lead and the name.
        var b = k
        while b > 0, k - b < 5, tokens[b].kind == .word, tokens[b].line == tokens[first].line {
            b -= 1
            if let start = lead(endingAt: b) { return start }
        }
        return nil
    }

    /// Member role mentions in an appositive right after `last` (", Cabinet Member for Highways,"): part of the attribution.
    func appositiveRoles(after last: Int) -> [Int] {
        let k = last + 1
        guard k + 1 < tokens.count, tokens[k].isAppositiveMark else { return [] }
        var j = k + 1
        while j < tokens.count, j - k <= 3, tokens[j].kind == .word, finder.classes[j].intersects(Lexicon.article) { j += 1 }
        if let r = finder.mentionStarting(j), mentions[r].holder == .member { return [r] }
        return []
    }

    /// "Cllr X's view, set out in a motion, is that …" (a possessive name, a view noun, then a copula and "that" in
    /// the same sentence) or Welsh "Barn y Cyng. X yw bod …" (the noun first): the token range of the view phrase.
    func statedView(_ m: PersonMentions.Mention) -> (first: Int, last: Int)? {
        let n = tokens.count
        var noun = -1
        var from = -1
        if tokens[m.last].has(TextScanner.Flags.possessive), m.last + 1 < n, tokens[m.last + 1].kind == .word,
           ReportedSpeech.viewNounKeys.contains(tokens[m.last + 1].key) {
            noun = m.last + 1
            from = noun + 1
        } else {
            var k = m.first - 1
            while k >= 0, m.first - k <= 2, tokens[k].kind == .word, finder.classes[k].intersects(Lexicon.article) { k -= 1 }
            guard k >= 0, tokens[k].kind == .word, ReportedSpeech.viewNounKeys.contains(tokens[k].key),
                  tokens[k].line == tokens[m.first].line else { return nil }
            noun = k
            from = m.last + 1
        }
        // The copula and "that"/"bod", perhaps after a clause between commas; no one else named on the way.
        let paragraph = tokens[m.last].paragraph
        var k = from
        while k + 1 < n, k - from < 25, tokens[k].paragraph == paragraph, !finder.isTerminator(k), tokens[k].kind != .quote {
            if finder.mentionStarting(k) != nil { return nil }
            // Not "her position on the board is that of vice-chair".
            if tokens[k].kind == .word, ReportedSpeech.viewCopulaKeys.contains(tokens[k].key), tokens[k + 1].kind == .word,
               ReportedSpeech.thatKeys.contains(tokens[k + 1].key),
               !(k + 2 < n && tokens[k + 2].key == ReportedSpeech.ofKey) { return (min(noun, m.first), k + 1) }
            k += 1
        }
        return nil
    }

    /// "She said the district had …", Welsh "Dywedodd fod …": a sentence opening with a pronoun and a speech verb
    /// (or the verb alone) reports the words of the person named last, if that person is a member.
    func followUps() -> [Attribution] {
        var out: [Attribution] = []
        // Locals, not static reads in the loops: these look at every word of the text.
        let tokens = self.tokens
        let n = tokens.count
        let pluralPronounKeys = ReportedSpeech.pluralPronounKeys, thatKeys = ReportedSpeech.thatKeys, actionKeys = ReportedSpeech.actionKeys
        // Every follow-up needs a pronoun or a speech verb at `k` or a speech verb after it (a first name then its
        // verb): that class test comes first, so most words skip the sentence-start tests.
        // The class array first (four bytes a word), the tokens only for its few pronouns and verbs.
        let classes = finder.classes
        let pronounOrVerb = Lexicon.pronoun | Lexicon.speechVerb
        for k in 0..<n where (classes[k].intersects(pronounOrVerb) || (k + 1 < n && classes[k + 1].intersects(Lexicon.speechVerb)))
            && tokens[k].kind == .word && (finder.isPronoun(k) || finder.isVerb(k) || finder.isVerb(k + 1))
            && (sentenceInitial(k) || possessiveThatClause(k)) {
            var verb = -1
            // A first name alone ("Nerys added that …", "Ychwanegodd Nerys fod …") once the member was named in full.
            if let (name, v) = firstNameSpeaker(at: k), let m = memberByFirstName(tokens[name].key, before: k) {
                out.append(Attribution(mention: m, first: k, last: max(v, name), kind: .followUp, claimed: []))
                continue
            }
            if finder.isPronoun(k) {
                guard !pluralPronounKeys.contains(tokens[k].key) else { continue }
                let v = finder.skipAdverbsForward(k + 1, limit: n - 1)
                // "He also ruled out …": a stated position, as a speech verb is.
                if finder.isVerb(v) || statedPosition(at: v) { verb = v }
            } else if finder.isVerb(k), k + 1 < n, tokens[k + 1].kind == .word {
                // Pronoun dropped: "Dywedodd fod …"; "Dywedodd hi fod …" has the pronoun after the verb.
                if pluralPronounKeys.contains(tokens[k + 1].key) { continue }
                // "Dywedodd ei bod yn …" (said that she was …): a possessive before "bod" stands for the dropped subject.
                let that = finder.isPronoun(k + 1) || possessiveThat(k + 1) ? k + 2 : k + 1
                if that < n, tokens[that].kind == .word, thatKeys.contains(tokens[that].key) || asksQuestion(k, at: that) { verb = k }
                // "Ychwanegodd y byddai'r ymgynghoriad …" (he added that the consultation would …): "y" before a verb of "bod".
                else if that + 1 < n, tokens[that].kind == .word, tokens[that].key == ReportedSpeech.welshThatKey, tokens[that + 1].kind == .word,
                        ReportedSpeech.welshClauseVerbKeys.contains(tokens[that + 1].key) { verb = k }
                // Subject dropped before a naming verb: "Galwodd y cynnig gwreiddiol yn “…”" (he called the motion “…”).
                else if ReportedSpeech.namingKeys.contains(tokens[k].key), finder.mentionStarting(k + 1) == nil, quotationSoon(from: k + 1),
                        let m = antecedent(before: k) {
                    // Named earlier on the same line, the member is quoted there: that naming is the quotation's speaker.
                    out.append(Attribution(mention: m, first: k, last: k, kind: .followUp,
                                           claimed: tokens[mentions[m].last].line == tokens[k].line ? [m] : []))
                    continue
                }
            }
            // "She asked officers to cost …" right after the member's own words: the request continues them.
            let request = verb >= 0 && finder.isPronoun(k) && ReportedSpeech.askReportKeys.contains(tokens[verb].key) && verb + 2 < n
                && tokens[verb + 1].kind == .word && ReportedSpeech.businessAddressees.contains(tokens[verb + 1].key)
                && tokens[verb + 2].kind == .word && ReportedSpeech.requestMarkerKeys.contains(tokens[verb + 2].key)
            // "She asked whether …", Welsh "Gofynnodd a oedd …": an asking verb reports the member's question.
            guard verb >= 0, !actionKeys.contains(tokens[verb].key) || asksQuestion(verb, at: verb + 1) || request, !introducesQuotation(verb),
                  verb + 1 < n, tokens[verb + 1].kind == .word else { continue }
            // "… told the meeting he had written to the minister": a letter is an act unless the sentence says what it asks.
            if ReportedSpeech.letterVerbKeys.contains(tokens[verb].key), !letterAsks(from: verb + 1) { continue }
            guard let m = antecedent(before: k) else { continue }
            var attribution = Attribution(mention: m, first: k, last: verb, kind: .followUp, claimed: [])
            attribution.continuing = request && !asksQuestion(verb, at: verb + 1)
            out.append(attribution)
        }
        // "“…,” says Nerys." / "“…,” meddai Nerys.": a quotation's inverted attribution by first name alone, once the
        // member was named in full, is the member's, as "Cllr Nerys" would be.
        for k in 2..<max(2, n - 1) where classes[k].intersects(Lexicon.speechVerb) && tokens[k].kind == .word && finder.isVerb(k)
            && !actionKeys.contains(tokens[k].key) {
            let close = tokens[k - 1].kind == .quote ? k - 1 : (tokens[k - 1].isPunct(",") && tokens[k - 2].kind == .quote ? k - 2 : -1)
            guard close > 0, tokens[k + 1].kind == .word,
                  tokens[k + 1].line == tokens[k].line, tokens[k + 1].has(TextScanner.Flags.capital), finder.mentions.covering[k + 1] < 0,
                  !finder.isPronoun(k + 1), !finder.classes[k + 1].intersects(Lexicon.article),
                  k + 2 >= n || finder.isTerminator(k + 2) || tokens[k + 2].line != tokens[k].line,
                  let m = memberByFirstName(tokens[k + 1].key, before: k) else { continue }
            out.append(Attribution(mention: m, first: k, last: k + 1, kind: .followUp, claimed: []))
        }
        return out
    }

    /// An article-like possessive at `k` and a "that" word after it: Welsh "ei fod" / "ei bod" (that he / that she is).
    func possessiveThat(_ k: Int) -> Bool {
        k + 1 < tokens.count && tokens[k].kind == .word && finder.classes[k].intersects(Lexicon.article)
            && !tokens[k].has(TextScanner.Flags.capital) && tokens[k + 1].kind == .word && ReportedSpeech.thatKeys.contains(tokens[k + 1].key)
    }

    /// "…, a dywedodd ei bod yn …" (and she said that she was …): a speech verb after a comma and a link word, its
    /// subject dropped and standing in the possessive before "bod", opens a clause reporting the words of the person
    /// named last, as a sentence of its own would.
    func possessiveThatClause(_ k: Int) -> Bool {
        k >= 2 && finder.isVerb(k) && tokens[k - 1].kind == .word && ReportedSpeech.linkKeys.contains(tokens[k - 1].key)
            && tokens[k - 2].isPunct(",") && possessiveThat(k + 1)
    }

    /// A capitalised word that is no one's mention and a speech verb reporting words: "Nerys added that" (name, verb)
    /// or Welsh "Ychwanegodd Nerys fod" (verb, name), starting at sentence-initial token `k`; nil otherwise.
    func firstNameSpeaker(at k: Int) -> (name: Int, verb: Int)? {
        let n = tokens.count
        guard k + 2 < n, tokens[k + 1].kind == .word, tokens[k + 2].kind == .word, ReportedSpeech.thatKeys.contains(tokens[k + 2].key)
                || (finder.isVerb(k + 1) && !ReportedSpeech.actionKeys.contains(tokens[k + 1].key)) else { return nil }
        func bareName(_ j: Int) -> Bool {
            tokens[j].has(TextScanner.Flags.capital) && finder.mentions.covering[j] < 0 && !finder.isVerb(j) && !finder.isPronoun(j)
                && !finder.classes[j].intersects(Lexicon.article)
        }
        if bareName(k), finder.isVerb(k + 1), !ReportedSpeech.actionKeys.contains(tokens[k + 1].key), ReportedSpeech.thatKeys.contains(tokens[k + 2].key) {
            return (k, k + 1)
        }
        if finder.isVerb(k), !ReportedSpeech.actionKeys.contains(tokens[k].key), bareName(k + 1), ReportedSpeech.thatKeys.contains(tokens[k + 2].key) {
            return (k + 1, k)
        }
        return nil
    }

    /// The member named in full, in the few paragraphs before token `k`, whose name includes the word with `key`.
    func memberByFirstName(_ key: UInt64, before k: Int) -> Int? {
        var t = k - 1
        while t >= 0, k - t < 600 {
            if let m = finder.mentionEnding(t) {
                let mention = mentions[m]
                if mention.holder == .member, mention.first < mention.last, !insideQuotation(mention),
                   (mention.first...mention.last).contains(where: { tokens[$0].kind == .word && tokens[$0].key == key }) { return m }
                t = mention.first - 1
                continue
            }
            t -= 1
        }
        return nil
    }

    /// The person named last before token `k` (this paragraph or the one before, outside quotations): a member
    /// speaking as an individual, or nil when it is someone else (a resident, an officer) or a group.
    func antecedent(before k: Int) -> Int? {
        // The paragraph before, and any paragraphs of quotation between ("Cllr X said:" ⏎ "“…" ⏎ "“…”" ⏎ "He added …").
        var floor = tokens[k].paragraph - 1
        var t = k - 1
        while t >= 0, k - t < 400, tokens[t].paragraph >= floor {
            if t > 0, tokens[t - 1].paragraph != tokens[t].paragraph, tokens[t].paragraph == floor, tokens[k].paragraph - floor < 4,
               tokens[t].kind == .quote || (tokens[t].isPunct(">") && t + 1 < tokens.count && tokens[t + 1].kind == .quote) { floor -= 1 }
            if let m = finder.mentionEnding(t) {
                let mention = mentions[m]
                let quoted = insideQuotation(mention)
                if !quoted, mention.source != .generic || mention.hasRole {
                    return ReportedSpeech.isIndividual(mention, finder.scanner, finder.classes) ? m : nil
                }
                // A name that is its sentence's subject ("Harbour master Ellen Dray disagreed.") is someone else speaking.
                if !quoted, mention.last + 1 < tokens.count, tokens[mention.last + 1].kind == .word,
                   !tokens[mention.last + 1].has(TextScanner.Flags.capital), subjectOfSentence(mention) != nil { return nil }
                t = mention.first - 1
                continue
            }
            t -= 1
        }
        return nil
    }

    /// The mention is inside a quotation (quotations are in text order: a binary search for the last one opening before it).
    func insideQuotation(_ m: PersonMentions.Mention) -> Bool {
        var lo = 0, hi = quotes.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if quotes[mid].open < m.first { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 && m.last <= quotes[lo - 1].last
    }

    /// "From the Leader: Cllr X", "A word from the Leader of the Council, Cllr X", "By Cllr X, Cabinet Member for …",
    /// "Gan yr Arweinydd: y Cynghorydd X": a line that is only a byline opener and members introduces their column.
    /// The opener may follow a short heading and a colon ("From the Cabinet: a column by Cllr X", "O'r Cabinet:
    /// colofn gan y Cyng. X"). A title-only byline ("A word from the Chairman") followed by a line naming the member
    /// ("by Cllr X, Chairman of …") is one byline, on the line naming the member.
    func bylineAttributions() -> [Attribution] {
        var out: [Attribution] = []
        for k in lineStartWords() {
            guard let found = byline(at: k) ?? bylineAfterHeading(k) ?? bylineAfterDashHeading(k) ?? bylineInHeading(k) ?? columnHeading(k) ?? speechHeading(k)
                    ?? possessiveColumn(k) else { continue }
            // "COUNCILLOR'S BLOG: Dafydd Owain Brace": the name is the writer, not the generic title before the column noun.
            let named = found.first { mentions[$0].source != .role && mentions[$0].source != .generic } ?? found.first { mentions[$0].source != .role }
            var attribution = Attribution(mention: named ?? found[0], first: mentions[found[0]].first, last: mentions[found[found.count - 1]].last,
                                          kind: .byline, claimed: found)
            if named != nil, let previous = out.last, mentions[previous.mention].source == .role,
               tokens[previous.first].line + 1 == tokens[attribution.first].line {
                // The title above is the same byline: its role is accounted for, not a reference of its own.
                attribution.claimed += previous.claimed
                out[out.count - 1] = attribution
                continue
            }
            // "From your councillors, A and B": a byline of two members is each one's words.
            let others = found.filter { $0 != attribution.mention && mentions[$0].source != .role && mentions[$0].source != .generic }
            if named != nil, !others.isEmpty {
                attribution.claimed = found.filter { !others.contains($0) }
                out.append(attribution)
                for o in others {
                    out.append(Attribution(mention: o, first: mentions[o].first, last: mentions[o].last, kind: .byline, claimed: [o]))
                }
                continue
            }
            out.append(attribution)
        }
        return out
    }

    /// Letters to a paper signed by a member: on a letters page or below "Sir," / "Dear Editor", a line that is only a
    /// member's name with their office, party, ward or council ("Cllr X, Town Mayor, Y Town Council"), closing its
    /// paragraph after prose in the first person. The letter is the member's words (Code of Recommended Practice on
    /// Local Authority Publicity 2011, para 34). Without a letter cue such a line is a signature block, a reference.
    func letterSignatures() -> [Attribution] {
        var out: [Attribution] = []
        let n = tokens.count
        var cue = -1
        var opener = false
        let starts = lineStartWords()
        // "JOINT STATEMENT BY THE GROUP LEADERS": a heading naming a statement opens it as a letter's salutation does.
        var statementHeading = -1
        for k in starts.prefix(3) where lineHasStatementNoun(k) { statementHeading = k; break }
        if statementHeading >= 0 { cue = statementHeading }
        for (index, k) in starts.enumerated() {
            if ReportedSpeech.letterCues.startsPhrase(tokens[k].key), let c = ReportedSpeech.letterCues.match(finder.scanner, at: k) {
                if c.last + 1 >= n || tokens[c.last + 1].has(TextScanner.Flags.lineStart)
                    || (tokens[c.last + 1].isPunct(",") && (c.last + 2 >= n || tokens[c.last + 2].has(TextScanner.Flags.lineStart))) {
                    cue = k  // a heading alone on its line, or "Sir," / "Dear Editor," opening a letter
                    opener = false
                    continue
                }
                // "Sir – Since the bus lane opened …": the salutation and the letter on one line.
                let mark = tokens[c.last + 1]
                if mark.isDash || mark.isPunct(":") || mark.isPunct(",") {
                    cue = k
                    opener = true
                }
            }
            // A letter opened by its salutation in this paragraph or the one before is a letter even without "I" or "we".
            // A statement's signatories sign in a block of lines, each a member, the block closing its paragraph.
            let blockContinues = statementHeading >= 0 && cue == statementHeading && index + 1 < starts.count && tokens[starts[index + 1]].paragraph == tokens[k].paragraph
                && signatory(at: starts[index + 1]) != nil
            // "Y Cynghorydd X, …": the article before a Welsh title.
            guard cue >= 0, let m = finder.mentionStarting(k) ?? (finder.classes[k].intersects(Lexicon.article) && k + 1 < n ? finder.mentionStarting(k + 1) : nil),
                  mentions[m].holder == .member, mentions[m].source != .role,
                  mentions[m].source != .generic, let end = signatureLine(after: mentions[m].last, lineStart: k) else { continue }
            // "Yours faithfully," / "Yn gywir," on the line above signs the letter whatever its prose.
            let valediction = index > 0 && valedictionLine(starts[index - 1], before: k)
            // The same signature given again in the other language on the next line ("Y Cynghorydd X, …" / "Cllr X, …").
            let translated = index + 1 < starts.count && tokens[starts[index + 1]].paragraph == tokens[k].paragraph
                && signatory(at: starts[index + 1]).map { tokens[mentions[$0].last].key == tokens[mentions[m].last].key } == true
            guard end + 1 >= n || tokens[end + 1].paragraph != tokens[k].paragraph || blockContinues || translated || signatureTail(after: end),
                  valediction || firstPersonBefore(k, after: cue) || (opener && tokens[cue].paragraph + 3 >= tokens[k].paragraph) else { continue }
            out.append(Attribution(mention: m, first: mentions[m].first, last: end, kind: .signature, claimed: mentionsIn(k...end)))
        }
        return out
    }

    /// The last token of a signature line whose name ends at `last`: the rest of the line only punctuation, capitalised
    /// words (office, party, ward, council), lower-case office words ("ward", "council", "of the"), a portfolio after
    /// "for" ("portfolio holder for environment") and a short aside in brackets ("(writing personally)"); nil otherwise.
    func signatureLine(after last: Int, lineStart k: Int) -> Int? {
        var j = last + 1
        var end = last
        var portfolio = false  // after "for": the portfolio's lower-case words, to the next comma
        var bracket = -1       // the token after an opening bracket
        while j < tokens.count, !tokens[j].has(TextScanner.Flags.lineStart), j - k < 24 {
            let t = tokens[j]
            if t.kind == .punct {
                guard t.isPunct(",") || t.isPunct("|") || t.isPunct("-") || t.isPunct("(") || t.isPunct(")") || t.scalar == 0x2013
                        || t.isPunct("&") || t.isPunct("/") else { return nil }
                if t.isPunct(",") || t.isPunct("|") || t.scalar == 0x2013 { portfolio = false }
                bracket = t.isPunct("(") ? j + 1 : t.isPunct(")") ? -1 : bracket
            } else if t.kind == .word {
                let listed = t.has(TextScanner.Flags.capital) || (j > 0 && tokens[j - 1].isPunct("-") && !t.has(.spaceBefore))
                    || finder.classes[j].intersects((Lexicon.article | Lexicon.connector | Lexicon.memberBody | Lexicon.partyCue | Lexicon.nameStop
                                                     | Lexicon.extensionStart))
                let aside = bracket >= 0 && j - bracket < 4
                guard !finder.isPronoun(j), listed && !finder.isVerb(j) || portfolio || aside else { return nil }
                if finder.classes[j].intersects(Lexicon.extensionStart) { portfolio = true }
            } else {
                return nil
            }
            end = j
            j += 1
        }
        return j - k < 24 ? end : nil
    }

    /// The line starting at `k` (before line start `next`) is only a letter's closing: "Yours faithfully,", "Yn gywir,".
    func valedictionLine(_ k: Int, before next: Int) -> Bool {
        guard ReportedSpeech.valedictions.startsPhrase(tokens[k].key), let v = ReportedSpeech.valedictions.match(finder.scanner, at: k) else { return false }
        var j = v.last + 1
        while j < next, tokens[j].kind == .punct { j += 1 }
        return j == next
    }

    /// First-person prose in the paragraphs just before line start `k` (and after the letter cue at `after`): the
    /// writer's own letter.
    func firstPersonBefore(_ k: Int, after: Int) -> Bool {
        var p = k - 1
        while p > after, k - p <= 150, tokens[p].paragraph + 2 >= tokens[k].paragraph {
            if tokens[p].kind == .word, ReportedSpeech.firstPersonKeys.contains(tokens[p].key) { return true }
            p -= 1
        }
        return false
    }

    /// The mentions covering tokens in `range`.
    func mentionsIn(_ range: ClosedRange<Int>) -> [Int] {
        var out: [Int] = []
        for k in range { let c = Int(finder.mentions.covering[k]); if c >= 0, !out.contains(c) { out.append(c) } }
        return out
    }

    /// A heading over a speech's transcript at line start `k`: "Speech by the Leader of the Council, Cllr X, to …",
    /// Welsh "Araith Arweinydd y Cyngor, y Cynghorydd X, i …", or "Provost X: remarks at the opening of …". The
    /// transcript is the member's words (Code of Recommended Practice on Local Authority Publicity 2011, para 34).
    func speechHeading(_ k: Int) -> [Int]? {
        let n = tokens.count
        if ReportedSpeech.speechNounKeys.contains(tokens[k].key) {
            var j = k + 1
            // A radio script's clip: "CLIP – Cllr X, council leader – “…”", "CLIP (in: “…” / out: “…”): Cllr X speaking …".
            let clip = ReportedSpeech.clipKeys.contains(tokens[k].key)
            if clip {
                if j < n, tokens[j].isPunct("(") {
                    while j < n, j - k < 30, !tokens[j].isPunct(")"), !tokens[j].has(TextScanner.Flags.lineStart) || j == k + 1 { j += 1 }
                    j += 1
                }
                while j < n, tokens[j].kind == .punct, !tokens[j].has(TextScanner.Flags.lineStart), tokens[j].isLongDash
                        || tokens[j].isPunct("-") || tokens[j].isPunct(":") { j += 1 }
            }
            // "Transcript: Provost Jean Mowat speaking to Strath FM …": the heading's colon.
            if !clip, j < n, tokens[j].isPunct(":"), !tokens[j].has(TextScanner.Flags.lineStart) { j += 1 }
            if j < n, let lead = ReportedSpeech.bylines.match(finder.scanner, at: j) { j = lead.last + 1 }
            while j < n, j - k <= 4, tokens[j].kind == .word, finder.classes[j].intersects(Lexicon.article), finder.mentionStarting(j) == nil { j += 1 }
            guard j < n, !tokens[j].has(TextScanner.Flags.lineStart), let m = finder.mentionStarting(j), mentions[m].holder == .member,
                  ReportedSpeech.isIndividual(mentions[m], finder.scanner, finder.classes) else { return nil }
            // The heading goes on to the occasion ("…, to the Business Breakfast"), not into a sentence about the member.
            var after = mentions[m].last + 1
            if after < n, tokens[after].isPunct(",") { after += 1 }
            // A transcript's heading may say whom the member spoke to: "… speaking to Strath FM".
            let speakingTo = after + 1 < n && tokens[after].kind == .word && ReportedSpeech.speakingKeys.contains(tokens[after].key)
                && tokens[after + 1].kind == .word && tokens[after + 1].key == ReportedSpeech.toKey
            guard clip || speakingTo || after >= n || tokens[after].has(TextScanner.Flags.lineStart) || !finder.isVerb(after) && !finder.classes[after].intersects(Lexicon.adverbGap) else { return nil }
            return [m]
        }
        // "Provost X: remarks at …": the member, a colon and a speech noun.
        guard let m = finder.mentionStarting(k), mentions[m].holder == .member, mentions[m].source != .role else { return nil }
        let colon = mentions[m].last + 1
        guard colon + 1 < n, tokens[colon].isPunct(":"), !tokens[colon + 1].has(TextScanner.Flags.lineStart), tokens[colon + 1].kind == .word,
              ReportedSpeech.speechNounKeys.contains(tokens[colon + 1].key) else { return nil }
        return [m]
    }

    /// A statement issued in a member's name ("Statement from Cllr X, Leader of …, on …:", "The following statement
    /// was issued on behalf of the Leader, Cllr X", "Cyhoeddwyd y datganiad … ar ran Arweinydd y Cyngor, y Cynghorydd
    /// X"): the statement is the member's words, so one byline on the line that names them.
    func statements() -> [Attribution] {
        var out: [Attribution] = []
        var statementLine: Int32 = -1
        // Locals, not static reads in the loop: this looks at every word of the text.
        let tokens = self.tokens
        let statementNounKeys = ReportedSpeech.statementNounKeys, statementLeads = ReportedSpeech.statementLeads
        let classes = finder.classes
        // Only a statement noun or a lead's first word does anything here, and both carry `statementCue`.
        for k in 0..<tokens.count where classes[k].intersects(Lexicon.statementCue) && tokens[k].kind == .word {
            if statementNounKeys.contains(tokens[k].key) { statementLine = tokens[k].line }
            guard statementLeads.startsPhrase(tokens[k].key),
                  let lead = statementLeads.match(finder.scanner, at: k) else { continue }
            var j = lead.last + 1
            while j < tokens.count, j - lead.last <= 2, tokens[j].kind == .word, finder.classes[j].intersects(Lexicon.article),
                  finder.mentionStarting(j) == nil { j += 1 }
            guard j < tokens.count, tokens[j].line == tokens[k].line, let m = finder.mentionStarting(j), mentions[m].holder == .member,
                  mentions[m].source != .role,
                  statementLine == tokens[k].line || statementNounKeys.contains(tokens[k].key)
                    // "Issued on behalf of the group leader, Cllr X": issuing names the statement without the noun.
                    || (k > 0 && tokens[k - 1].kind == .word && tokens[k - 1].key == ReportedSpeech.issuedKey) else { continue }
            // A heading announcing the statement ("Statement issued on behalf of the Chair …, Councillor X" above
            // "Councillor X said:") names the member; the words below carry their own attribution (labelling guide).
            if standaloneLine(Int(tokens[k].line)), attributedBelow(m, from: Int(tokens[k].line) + 1) { continue }
            out.append(Attribution(mention: m, first: mentions[m].first, last: mentions[m].last, kind: .byline, claimed: [m]))
        }
        return out
    }

    /// Line `l` opens a paragraph of at most three lines that ends without a full stop: a heading, however long,
    /// hard-wrapped or not ("STATEMENT ON BEHALF OF THE LEADER …,\nON THE … PLAN").
    func standaloneLine(_ l: Int) -> Bool {
        let scanner = finder.scanner
        let lines = scanner.lineStarts.count
        let a = Int(scanner.lineTokenStart[l])
        guard a < tokens.count, a == 0 || tokens[a - 1].paragraph != tokens[a].paragraph else { return false }
        let limit = Int(scanner.lineTokenStart[min(lines, l + 3)])
        var b = a
        while b + 1 < tokens.count, tokens[b + 1].paragraph == tokens[a].paragraph {
            b += 1
            // A quotation or an attribution's colon makes the paragraph prose, not a heading.
            if b >= limit || tokens[b].kind == .quote || tokens[b].isPunct(":") { return false }
        }
        return !finder.isTerminator(b) && !tokens[b].isPunct(":")
    }

    /// The same member, by surname, speaks with a speech verb just before or after it in the dozen lines after line
    /// `l` ("Councillor Ferguson said:", "…,” said Cllr Morgan."), so a heading above is not itself the attribution.
    func attributedBelow(_ m: Int, from l: Int) -> Bool {
        let scanner = finder.scanner
        let surname = tokens[mentions[m].last].key
        let lines = scanner.lineStarts.count
        guard l < lines else { return false }
        let end = Int(scanner.lineTokenStart[min(lines, l + 12)])
        var k = Int(scanner.lineTokenStart[l])
        while k < end {
            if tokens[k].kind == .word, tokens[k].key == surname {
                if k + 1 < tokens.count, finder.isVerb(finder.skipAdverbsForward(k + 1, limit: tokens.count - 1)) { return true }
                // "said Cllr Morgan", "meddai'r Cynghorydd Morgan": the verb before the title.
                if let s = finder.mentionEnding(k), (max(0, mentions[s].first - 3)..<mentions[s].first).contains(where: { finder.isVerb($0) }) { return true }
            }
            k += 1
        }
        return false
    }

    /// A byline opener after a heading of a few words ending in a colon at line start `k` ("From the Cabinet: a column
    /// by …"): the byline read from after the colon.
    func bylineAfterHeading(_ k: Int) -> [Int]? {
        var c = k
        while c < tokens.count, c - k < 6, !tokens[c].isPunct(":") {
            if c > k, tokens[c].has(TextScanner.Flags.lineStart) { return nil }
            c += 1
        }
        guard c + 1 < tokens.count, c - k < 6, tokens[c].isPunct(":"), !tokens[c + 1].has(TextScanner.Flags.lineStart) else { return nil }
        var j = c + 1
        while j < tokens.count, j - c <= 2, tokens[j].kind == .word, finder.classes[j].intersects(Lexicon.article) { j += 1 }
        guard j < tokens.count, !tokens[j].has(TextScanner.Flags.lineStart), let lead = ReportedSpeech.bylines.match(finder.scanner, at: j),
              lead.last > j else { return nil }
        return byline(at: j)
    }

    /// A heading of a few capitalised words, a dash and a byline ("APRIL NEWSLETTER – from your Liberal Democrat
    /// councillor, X", "CYLCHLYTHYR EBRILL – gan eich cynghorydd …, X") at line start `k`: the byline read from
    /// after the dash, where even a one-word opener ("from", "gan") introduces the piece.
    func bylineAfterDashHeading(_ k: Int) -> [Int]? {
        let n = tokens.count
        // Only a line with a spaced dash among its first dozen tokens can be one: most lines are ruled out here.
        var d = k + 1
        while d < n, d - k <= 12, !tokens[d].has(TextScanner.Flags.lineStart), !(tokens[d].isDash && tokens[d].has(.spaceBefore)) { d += 1 }
        guard d < n, d - k <= 12, !tokens[d].has(TextScanner.Flags.lineStart) else { return nil }
        var c = k
        // Capitalised words; a hyphenated place ("GLAN-Y-MÔR") runs on through its unspaced hyphens.
        while c < n, c - k < 10, finder.mentionStarting(c).map({ mentions[$0].holder != .member }) ?? true,
              tokens[c].kind == .word && (tokens[c].has(TextScanner.Flags.capital) || c > k && tokens[c - 1].isPunct("-") && !tokens[c].has(.spaceBefore))
                || c > k && tokens[c].kind == .number  // "Spring 2027 – from …"
                || c > k && tokens[c].kind == .word && ReportedSpeech.topicLeadKeys.contains(tokens[c].key)  // "FOCUS on Llys-faen – from …"
                // "News from the ward – by …", "Newyddion o'r ward – gan …": a short heading's lower-case words.
                || c > k && c - k < 6 && tokens[c].kind == .word && !finder.isVerb(c) && tokens[k].has(TextScanner.Flags.capital)
                || c > k && tokens[c].isPunct("-") && !tokens[c].has(.spaceBefore) && c + 1 < n && !tokens[c + 1].has(.spaceBefore) {
            if c > k, tokens[c].has(TextScanner.Flags.lineStart) { return nil }
            c += 1
        }
        guard c > k, c + 1 < n, tokens[c].kind == .punct, tokens[c].isDash,
              tokens[c].has(.spaceBefore), !tokens[c + 1].has(TextScanner.Flags.lineStart), tokens[c + 1].kind == .word,
              ReportedSpeech.bylines.startsPhrase(tokens[c + 1].key) else { return nil }
        return byline(at: c + 1)
    }

    /// The colon ending a speaker tag at line start `k` ("CLLR X (SDLP):", "PRESENTER:", "Jane Roe, resident:"):
    /// a few words, perhaps a bracket, then a colon and words on the same line; not an e-mail header field. Nil otherwise.
    func speakerTagColon(_ k: Int) -> Int? {
        let n = tokens.count
        guard tokens[k].kind == .word, tokens[k].has(TextScanner.Flags.capital), !ReportedSpeech.mailHeaderKeys.contains(tokens[k].key) else { return nil }
        var c = k + 1
        while c < n, c - k < 14, !tokens[c].has(TextScanner.Flags.lineStart), !tokens[c].isPunct(":") {
            if tokens[c].isPunct("(") {
                while c < n, c - k < 14, !tokens[c].isPunct(")"), !tokens[c].has(TextScanner.Flags.lineStart) { c += 1 }
            } else if tokens[c].kind != .word && !tokens[c].isPunct(",") && !tokens[c].isPunct(".")
                        && !(tokens[c].isPunct("-") && !tokens[c].has(.spaceBefore)) { return nil }  // "CLLR RHYS-TOMOS:"

            c += 1
        }
        guard c + 1 < n, c - k < 14, tokens[c].isPunct(":"), !tokens[c + 1].has(TextScanner.Flags.lineStart), tokens[c + 1].kind == .word else { return nil }
        return c
    }

    /// A quotation's attribution on the line under it, after a dash ("> “… got it done.”" ⏎ "> — Cllr X, Leader of the
    /// Council"): the pull-quote style of web pages and newsletters; the quotation is that member's words.
    func dashSignatures() -> [Attribution] {
        var out: [Attribution] = []
        let scanner = finder.scanner
        let lines = scanner.lineStarts.count
        for l in 0..<lines {
            let a = Int(scanner.lineTokenStart[l]), b = Int(scanner.lineTokenStart[l + 1])
            guard a < b else { continue }
            var k = a
            while k < b, tokens[k].isPunct(">") { k += 1 }
            // A sign-off ending a first-person paragraph on its own line: "Dear residents, … My thanks to every volunteer. –
            // Alderman Trevor McCandless, Mayor".
            if let signOff = signOffAtLineEnd(a, b) {
                out.append(Attribution(mention: signOff, first: mentions[signOff].first, last: mentions[signOff].last, kind: .reported,
                                       claimed: mentionsIn(mentions[signOff].first...(b - 1))))
                continue
            }
            guard l >= 1, k + 1 < b, tokens[k].isDash, let m = finder.mentionStarting(k + 1), mentions[m].holder == .member, mentions[m].referenceable else { continue }
            // The line above (a blank one between allowed) ends with a closing quotation mark.
            var p = l - 1
            if p > 0, scanner.lineTokenStart[p] == scanner.lineTokenStart[p + 1] { p -= 1 }
            let pe = Int(scanner.lineTokenStart[p + 1])
            guard pe > Int(scanner.lineTokenStart[p]), tokens[pe - 1].kind == .quote || (pe >= 2 && tokens[pe - 2].kind == .quote && tokens[pe - 1].kind == .punct) else { continue }
            out.append(Attribution(mention: m, first: mentions[m].first, last: mentions[m].last, kind: .reported, claimed: mentionsIn((k + 1)...(b - 1))))
        }
        return out
    }

    /// The member whose name, after a spaced dash, ends line `a..<b` (their roles after it to the line's end) when the words
    /// before the dash are first person: the sign-off of the member's own message.
    func signOffAtLineEnd(_ a: Int, _ b: Int) -> Int? {
        var j = b - 1
        while j > a, tokens[j].kind == .punct, !tokens[j].isDash { j -= 1 }
        // Walk back over the trailing mentions and commas to the dash.
        var first = -1
        while j > a {
            if let m = finder.mentionEnding(j) { first = mentions[m].first; j = mentions[m].first - 1; continue }
            if tokens[j].isPunct(",") { j -= 1; continue }
            break
        }
        guard first > a + 3, tokens[j].isLongDash, tokens[j].has(.spaceBefore), let m = finder.mentionStarting(first), mentions[m].holder == .member,
              mentions[m].referenceable, mentions[m].source != .role else { return nil }
        // Or a heading naming its writer: "# Out on the doorstep in Northfield – Ruth Kavanagh".
        guard tokens[a].isPunct("#") || (a == 0 && !(a..<j).contains(where: { tokens[$0].isPunct(".") || tokens[$0].isPunct("!") || tokens[$0].isPunct("?") }))
                || (a..<j).contains(where: { tokens[$0].kind == .word && ReportedSpeech.firstPersonKeys.contains(tokens[$0].key) }) else { return nil }
        return m
    }

    /// A table row whose first cell names a member and whose later cell is a quotation ("Cllr X, cabinet member ⇥ “This
    /// route is the first of five”", "| Cllr X (SNP) | "…" |"): the quotation is the member's, as under a speaker tag.
    func tableRows() -> [Attribution] {
        var out: [Attribution] = []
        let scanner = finder.scanner
        for q in quotes where q.speakers.isEmpty {
            let k = q.open
            guard k > 0, tokens[k - 1].line == tokens[k].line, tokens[k - 1].isPunct("|") || scanner.tabBefore(k) else { continue }
            // The row's first member mention, in an earlier cell of the same line (a row's first cells, not a whole long line).
            let line = Int(tokens[k].line)
            var j = max(Int(scanner.lineTokenStart[line]), k - 40)
            while j < k {
                if let m = finder.mentionStarting(j), mentions[m].holder == .member, mentions[m].referenceable {
                    // The cell's other mentions are the same member: "Cllr X, aelod cabinet dros … / cabinet member for …".
                    var end = mentions[m].last + 1
                    while end < k, !tokens[end].isPunct("|"), !scanner.tabBefore(end) { end += 1 }
                    out.append(Attribution(mention: m, first: mentions[m].first, last: mentions[m].last, kind: .reported, claimed: mentionsIn(j...(end - 1))))
                    break
                }
                j += 1
            }
        }
        return out
    }

    /// A chat export's timestamp opens the line before token `k`: "[19/04/2027, 20:23] " or "19/04/2027, 20:23 - ", only
    /// numbers and their punctuation, so the name after it is the message's sender (WhatsApp and similar exports).
    func chatStamp(before k: Int) -> Bool {
        guard k > 0, !tokens[k].has(TextScanner.Flags.lineStart) else { return false }
        var b = k - 1
        var numbers = 0
        while b >= 0, k - b <= 14 {
            let t = tokens[b]
            if t.kind == .number { numbers += 1 } else if !(t.kind == .punct && (t.isPunct("[") || t.isPunct("]") || t.isPunct("/") || t.isPunct(",")
                || t.isPunct(":") || t.isPunct(".") || t.isPunct("-") || t.scalar == 0x2013)) { return false }
            if t.has(TextScanner.Flags.lineStart) { return numbers >= 3 }
            b -= 1
        }
        return false
    }

    /// Speaking turns of an interview or speech transcript: a line opening with a member's name (perhaps with their
    /// party in brackets), a colon and their words ("CLLR X (Green): Well, the money is there …", "CLLR X: Ask the department …").
    /// Each turn is the member's words, as a quotation is (Code of Recommended Practice on Local Authority Publicity
    /// 2011, para 34). Only where another line is a speaker tag too (the presenter's, a resident's, another member's),
    /// so a contact or signature line ("Cllr X: Cabinet Member for …") is not a turn; the turn must run to a
    /// sentence of a few words, not a name and an office.
    func speakerTags() -> [Attribution] {
        var out: [Attribution] = []
        let n = tokens.count
        var tagLines: Int?
        // "Y CYNGHORYDD X:": the Welsh article may open the tag; a chat export's timestamp may come first.
        for (index, m) in mentions.enumerated() where m.holder == .member && m.referenceable
            && (tokens[m.first].has(TextScanner.Flags.lineStart) || chatStamp(before: m.first)
                || (m.first > 0 && tokens[m.first - 1].has(TextScanner.Flags.lineStart) && finder.classes[m.first - 1].intersects(Lexicon.article))) {
            let chat = chatStamp(before: m.first)
            let tagStart = tokens[m.first].has(TextScanner.Flags.lineStart) || chat ? m.first : m.first - 1
            guard ReportedSpeech.isIndividual(m, finder.scanner, finder.classes), let colon = speakerTagColon(tagStart), colon > m.last else { continue }
            if tagLines == nil {
                tagLines = (0..<n).filter { tokens[$0].has(TextScanner.Flags.lineStart) && speakerTagColon($0) != nil }.count
            }
            // A turn may open with a name ("PROVOST MOWAT: Councillor Ewan Bryce proposed it …") once the text is a
            // transcript of several turns; otherwise a name after the colon makes the line a list entry.
            guard finder.mentionStarting(colon + 1) == nil
                    || (tagLines ?? 0) >= 3 && m.source != .role && !finder.classes[m.last].intersects(Lexicon.title | Lexicon.roleStart | Lexicon.postnominal)
                    || chat && finder.mentionStarting(colon + 1).map({ mentions[$0].holder != .member }) == true else { continue }
            // Only the member and their bracketed party before the colon.
            var k = m.last + 1
            if k < colon, tokens[k].isPunct("(") { while k < colon, !tokens[k].isPunct(")") { k += 1 }; k += 1 }
            // "Leanne Fosbury (Reform UK candidate, Thornhollow):" where the mention runs into its bracket.
            var labelled = false
            if k < colon, (m.first...m.last).contains(where: { tokens[$0].isPunct("(") }), tokens[colon - 1].isPunct(")") {
                labelled = (m.first..<colon).contains { tokens[$0].kind == .word && ReportedSpeech.selfLabelKeys.contains(tokens[$0].key) }
                k = colon
            }
            guard k == colon else { continue }
            var words = 0
            var j = colon + 1
            var sentence = false
            while j < n, !tokens[j].has(TextScanner.Flags.lineStart) {
                if tokens[j].kind == .word { words += 1 } else if finder.isTerminator(j) || tokens[j].isPunct(",") { sentence = true }
                j += 1
            }
            // A chat message is the member's words however short and unpunctuated ("Re-elect me on 6 May! 🗳️"); in a
            // transcript of several turns, so is a short one ("LORRAINE BECK: Morning, Gemma.").
            guard chat && words >= 2 || words >= 4 && sentence || (tagLines ?? 0) >= 3 && words >= 1 else { continue }
            // A comment signed with its writer's candidacy ("X (Reform UK candidate, Thornhollow): …") is theirs on its own.
            guard chat || labelled || (tagLines ?? 0) >= 2 else { continue }
            out.append(Attribution(mention: index, first: m.first, last: colon, kind: .reported, claimed: [index]))
        }
        return out
    }

    /// A heading of a few capitalised words run straight into a byline to the readers ("Hill Ward News from your
    /// Labour councillors, A and B", "Newyddion Ward Pen-y-bryn gan eich cynghorwyr …, A a B") at line start `k`:
    /// without a dash, the opener must address the readers ("your", "eich") and the rest of the line be only
    /// members, so the newsletter is presented as those members' words (Code of Recommended Practice on Local
    /// Authority Publicity 2011, para 34).
    func bylineInHeading(_ k: Int) -> [Int]? {
        let n = tokens.count
        var c = k
        while c < n, c - k < 8, finder.mentionStarting(c).map({ mentions[$0].holder != .member }) ?? true,
              !ReportedSpeech.bylines.startsPhrase(tokens[c].key) || c == k {
            if c > k, tokens[c].has(TextScanner.Flags.lineStart) { return nil }
            // Heading words are capitalised; a hyphenated place's lower-case part ("Pen-y-bryn") runs on without a space.
            let heading = tokens[c].kind == .word && (tokens[c].has(TextScanner.Flags.capital) || !tokens[c].has(.spaceBefore))
            guard heading || (tokens[c].isPunct("-") && !tokens[c].has(.spaceBefore)) else { return nil }
            c += 1
        }
        // The opener addresses the readers ("from your …"), or the heading names a newsletter ("CWM MEINI WARD NEWS from Cllr X").
        guard c > k + 1, c + 2 < n, tokens[c].kind == .word, !tokens[c].has(TextScanner.Flags.capital), !tokens[c].has(TextScanner.Flags.lineStart),
              ReportedSpeech.bylines.startsPhrase(tokens[c].key), tokens[c + 1].kind == .word,
              ReportedSpeech.readerKeys.contains(tokens[c + 1].key) || (k..<c).contains(where: { tokens[$0].kind == .word && ReportedSpeech.newsNounKeys.contains(tokens[$0].key) }),
              let found = byline(at: c) else { return nil }
        return found
    }

    /// A heading naming a column, then a colon and only members ("LEADER'S COLUMN: Cllr X", "COLOFN YR ARWEINYDD: Y
    /// Cynghorydd X") at line start `k`: the column is the member's words, as a byline opener says (Code of Recommended
    /// Practice on Local Authority Publicity 2011, para 34). The heading's own role ("LEADER'S") is the same member.
    func columnHeading(_ k: Int) -> [Int]? {
        let n = tokens.count
        var c = k
        var column = false
        while c < n, c - k < 6, !tokens[c].isPunct(":") {
            if c > k, tokens[c].has(TextScanner.Flags.lineStart) { return nil }
            if tokens[c].kind == .word, ReportedSpeech.columnNounKeys.contains(tokens[c].key) { column = true }
            c += 1
        }
        guard column, c + 1 < n, tokens[c].isPunct(":"), !tokens[c + 1].has(TextScanner.Flags.lineStart) else { return nil }
        var found: [Int] = []
        var j = c + 1
        // The heading's role run on over the colon into the name ("ARWEINYDD: Y Cynghorydd X") is one mention.
        if finder.mentions.covering[c] >= 0 {
            let m = Int(finder.mentions.covering[c])
            guard mentions[m].holder == .member else { return nil }
            found.append(m)
            j = mentions[m].last + 1
        }
        let lineEnds = j >= n || tokens[j].has(TextScanner.Flags.lineStart)
        // "Cabinet blog: Cllr X on getting the town moving": the piece's subject may follow the members.
        guard let rest = !found.isEmpty && lineEnds ? [] : bylineMembers(from: j, lineStart: k, topic: true) else { return nil }
        found += rest
        guard let first = found.first else { return nil }
        for t in k..<min(c, mentions[first].first) {
            if let r = finder.mentionStarting(t), mentions[r].holder == .member, !found.contains(r) { found.insert(r, at: 0); break }
        }
        return found
    }

    /// A heading naming a member's column by their possessive ("Coun Lesley Tunnicliffe's Hollin Bank blog"): the line is
    /// only the member, a few words and a column noun at its end, so the piece is theirs.
    func possessiveColumn(_ k: Int) -> [Int]? {
        guard let m = finder.mentionStarting(k), mentions[m].holder == .member, mentions[m].source != .role,
              tokens[mentions[m].last].has(.possessive) else { return nil }
        var j = mentions[m].last + 1
        var lastWord = -1
        while j < tokens.count, !tokens[j].has(TextScanner.Flags.lineStart), j - k <= 10 {
            guard tokens[j].kind == .word else { return nil }
            lastWord = j
            j += 1
        }
        guard lastWord > 0, j - k <= 10, j >= tokens.count || tokens[j].has(TextScanner.Flags.lineStart),
              ReportedSpeech.columnNounKeys.contains(tokens[lastWord].key) else { return nil }
        return [m]
    }

    /// The member mentions of a byline whose opener starts at token `k`, when the rest of the line is only members,
    /// their roles and punctuation; nil otherwise.
    func byline(at k: Int) -> [Int]? {
        guard let lead = ReportedSpeech.bylines.match(finder.scanner, at: k) else { return nil }
        if lead.last + 1 < tokens.count, tokens[lead.last + 1].isPunct(":"), mailHeader(besideLineOf: k) { return nil }
        return bylineMembers(from: lead.last + 1, lineStart: k)
    }

    /// From token `j` to the end of its line: "your" (or Welsh "eich"), a party and a word for the writers ("team",
    /// "representative", "councillor"), as closes a newsletter's byline.
    func readersTeam(from j: Int) -> Bool {
        guard j < tokens.count, tokens[j].kind == .word, ReportedSpeech.readerKeys.contains(tokens[j].key) else { return false }
        var k = j + 1
        var words = 0
        while k < tokens.count, !tokens[k].has(TextScanner.Flags.lineStart), tokens[k].kind == .word, words < 6 {
            words += 1
            k += 1
        }
        return (k >= tokens.count || tokens[k].has(TextScanner.Flags.lineStart) || tokens[k].isPunct("/")) && words >= 1
    }

    /// From token `j` to the end of its line only a few capitalised words and hyphens: a place's name ("Cwm Alaw").
    func placeToLineEnd(_ j: Int) -> Bool {
        var k = j
        var words = 0
        while k < tokens.count, !tokens[k].has(TextScanner.Flags.lineStart) || k == j {
            if tokens[k].kind == .word {
                guard tokens[k].has(.capital) || (k > j && tokens[k - 1].isPunct("-")) || ReportedSpeech.wardWordKeys.contains(tokens[k].key),
                      finder.mentions.covering[k] < 0 || mentions[Int(finder.mentions.covering[k])].holder != .member else { return false }
                words += 1
            } else if !tokens[k].isPunct("-") { return false }
            k += 1
        }
        return words > 0 && words <= 4
    }

    /// The lines after a signature's name line, to the end of its paragraph, are only its office, party and council
    /// ("Cllr X" ⏎ "Liberal Democrat, Oakhurst Division, Westmarch County Council"): at most three of them.
    func signatureTail(after end: Int) -> Bool {
        var start = end + 1
        var lines = 0
        while start < tokens.count, tokens[start].paragraph == tokens[end].paragraph {
            guard lines < 3, tokens[start].has(TextScanner.Flags.lineStart), tokens[start].kind == .word, tokens[start].has(.capital),
                  finder.mentions.covering[start] < 0 || mentions[Int(finder.mentions.covering[start])].holder != .member,
                  let e = signatureLine(after: start, lineStart: start) else { return false }
            lines += 1
            start = e + 1
        }
        return lines > 0
    }

    /// The line starting at `k` is a member's signature: the member's mention and their office, party or ward.
    func signatory(at k: Int) -> Int? {
        guard let m = finder.mentionStarting(k) ?? (finder.classes[k].intersects(Lexicon.article) && k + 1 < tokens.count ? finder.mentionStarting(k + 1) : nil),
              mentions[m].holder == .member, mentions[m].source != .role, mentions[m].source != .generic,
              signatureLine(after: mentions[m].last, lineStart: k) != nil else { return nil }
        return m
    }

    /// The line starting at `k` names a statement ("JOINT STATEMENT BY …", "Datganiad ar y cyd …").
    func lineHasStatementNoun(_ k: Int) -> Bool {
        var j = k
        while j < tokens.count, j - k < 16, j == k || !tokens[j].has(TextScanner.Flags.lineStart) {
            if tokens[j].kind == .word, ReportedSpeech.statementNounKeys.contains(tokens[j].key) { return true }
            j += 1
        }
        return false
    }

    /// Token `k` is on an e-mail header's line ("Subject: Quote from the Cabinet Member"): the header describes the
    /// e-mail, it does not present the member's words.
    func mailHeaderLine(_ k: Int) -> Bool {
        let start = Int(finder.scanner.lineTokenStart[Int(tokens[k].line)])
        return start + 1 < tokens.count && tokens[start].kind == .word && ReportedSpeech.mailHeaderKeys.contains(tokens[start].key)
            && tokens[start + 1].isPunct(":")
    }

    /// The line before or after the one starting at token `k` is an e-mail header field ("Sent: …", "Subject: …"):
    /// "From: Cllr X" there names the e-mail's sender, whose words the header does not present.
    func mailHeader(besideLineOf k: Int) -> Bool {
        let n = tokens.count
        func field(_ j: Int) -> Bool {
            j + 1 < n && tokens[j].kind == .word && ReportedSpeech.mailHeaderKeys.contains(tokens[j].key)
                && (tokens[j + 1].isPunct(":") || (j + 2 < n && tokens[j + 1].isPunct("-") && tokens[j + 2].isPunct(":")))
        }
        let line = tokens[k].line
        var j = k + 1
        while j < n, j - k < 40, tokens[j].line == line { j += 1 }
        if j < n, tokens[j].line == line + 1, field(j) { return true }
        var p = k - 1
        while p >= 0, k - p < 40, tokens[p].line == line - 1 {
            if tokens[p].has(TextScanner.Flags.lineStart) { return field(p) }
            p -= 1
        }
        return false
    }

    /// The member mentions from token `from` to the end of its line, when the rest of the line is only members, their
    /// roles and punctuation (the byline after its opener, which starts at `k`); nil otherwise.
    func bylineMembers(from: Int, lineStart k: Int, topic: Bool = false) -> [Int]? {
        let n = tokens.count
        var j = from
        var found: [Int] = []
        var ok = true
        while j < n, !tokens[j].has(TextScanner.Flags.lineStart) {
            if topic, !found.isEmpty, tokens[j].kind == .word, ReportedSpeech.topicLeadKeys.contains(tokens[j].key) { break }
            // "from Marcus Bellingham, your Liberal Democrat team", "…, your Ulster Unionist representative".
            if !found.isEmpty, j > from, tokens[j - 1].isPunct(","), readersTeam(from: j) { break }
            // "gan eich Cynghorydd Plaid Cymru, X / from your Plaid Cymru councillor, X": the same byline translated.
            if !found.isEmpty, tokens[j].isPunct("/"), j + 1 < n, tokens[j + 1].kind == .word, ReportedSpeech.bylines.startsPhrase(tokens[j + 1].key) { break }
            if let m = finder.mentionStarting(j) {
                if mentions[m].holder != .member, !found.isEmpty, j > from, tokens[j - 1].isPunct(","), placeToLineEnd(j) { break }
                guard mentions[m].holder == .member else { ok = false; break }
                found.append(m)
                j = mentions[m].last + 1
            } else if tokens[j].isPunct("(") {
                while j < n, !tokens[j].isPunct(")"), !tokens[j].has(TextScanner.Flags.lineStart) { j += 1 }
                if j < n, tokens[j].isPunct(")") { j += 1 }
            } else if tokens[j].kind == .punct, tokens[j].isPunct(":") || tokens[j].isPunct(",") || tokens[j].isPunct("-")
                        || tokens[j].isLongDash || tokens[j].isPunct(".") || tokens[j].isPunct("/") || tokens[j].isPunct("&") {
                j += 1
            } else if tokens[j].kind == .word, found.isEmpty, j > from, tokens[j - 1].isPunct("/"),
                      ReportedSpeech.bylines.match(finder.scanner, at: j).map({ lead in j = lead.last + 1; return true }) ?? false {
                // "Gan eich cynghorwyr / From your councillors: A & B": the opener again in the other language.
                continue
            } else if tokens[j].kind == .word, finder.classes[j].intersects(Lexicon.article) || finder.classes[j].intersects(Lexicon.pluralTitle)
                        || (found.isEmpty && ReportedSpeech.readerKeys.contains(tokens[j].key))
                        // "by county borough councillor X": the seat's kind before the title.
                        || (found.isEmpty && PartyLexicon.seatKindKeys.contains(tokens[j].key)) {
                j += 1
            } else if tokens[j].kind == .word, finder.classes[j].intersects(Lexicon.title),
                      !tokens[j].has(TextScanner.Flags.capital) || (j + 1 < n && (tokens[j + 1].isPunct(",") || tokens[j + 1].isPunct("-")
                                                                                   || tokens[j + 1].isLongDash
                                                                                   || finder.classes[j + 1].intersects(Lexicon.partyStart))) {
                // "gan eich Cynghorydd, Cllr X": a capitalised title alone before the comma and the name.
                // "gan eich cynghorydd Democratiaid Rhyddfrydol, X": the members' title before their party and name.
                j += 1
            } else if tokens[j].kind == .word, tokens[j].has(TextScanner.Flags.capital),
                      finder.classes[j].intersects(Lexicon.partyStart) || (j > k && finder.classes[j - 1].intersects(Lexicon.partyStart)) {
                // The members' party before their names: "From your Welsh Labour councillors, …".
                j += 1
            } else if tokens[j].kind == .word, !found.isEmpty, ReportedSpeech.linkKeys.contains(tokens[j].key) || finder.classes[j].intersects(Lexicon.connector),
                      finder.mentionStarting(j + 1) != nil {
                // "A and B", "A ac B".
                j += 1
            } else if !found.isEmpty, j > from, tokens[j - 1].isPunct(","), placeToLineEnd(j) {
                // "By Cllr X, Cwm Alaw": the member's ward or place closes the byline.
                break
            } else {
                ok = false
                break
            }
        }
        guard ok, !found.isEmpty else { return nil }
        return found
    }
}
