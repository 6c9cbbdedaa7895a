import ElectionCalendar

/// Electioneering: calls to vote for or re-elect someone, manifesto/pledge/promise language by a party or
/// member, record language ("since we took control"), campaign hashtags and imprints (LGA short guide to publicity
/// during the pre-election period; Electoral Commission campaigning guidance). Local Government Act 1986 s2 applies at all times.
///
/// The council's own election administration is not electioneering: "register to vote by 20 April",
/// "polling stations open 7am–10pm", "you can vote for up to three candidates", "the council has pledged
/// £2m" all pass, because a call to vote only counts with a party, a person or "me/us" after it, and a pledge
/// only with "we/our/I", a party or a member as its subject.
enum ElectioneeringPhrases {
    /// How a trigger phrase is confirmed.
    enum Pattern: Sendable {
        /// Always electioneering; the string is the kind for the message.
        case fixed(String)
        /// "vote Labour", "vote Jane Doe".
        case vote
        /// "vote for …": a party, a member, me/us, a name; not "up to three candidates".
        case voteFor
        /// "back Jane Doe", "backing the Greens".
        case back
        /// "Elect Jane Doe".
        case elect
        /// "keep the Tories out".
        case keep
        /// "only the Lib Dems can win here".
        case only
        /// "standing for re-election".
        case reelection
        /// "if elected, we will …".
        case ifElected
        /// pledge/promise with a party, member, we/our/I as its subject.
        case pledge
        /// "Labour has delivered", "Cllr Doe delivered for residents".
        case delivered
        /// "we have delivered on every one of those promises": first person, a party or a member, then a
        /// promise word within the next few words of the sentence.
        case deliveredOn
        /// "Labour's manifesto", "election manifesto".
        case manifesto
        /// "Promoted by … on behalf of …" imprint (PPERA s143 marks election material).
        case imprint
        /// "on the doorstep" (campaigning), not "doorstep collections".
        case doorstep
        /// "canfasio aelwydydd", "household canvass": the electoral registration canvass, which is no campaign.
        case registration
        /// "Great turnout on the doors", "a night on the doors": campaigners' shorthand for canvassing, read back from
        /// "doors" (not "posters on the doors of the polling station").
        case onTheDoors
        /// "we have kept that promise", "rydym wedi cadw pob addewid": a promise kept, by we/I, a party or a member.
        case kept
        /// "Since Labour took control of …", "Ers i Blaid Cymru gymryd rheolaeth": a party's (or our) time in control.
        case tookControl
        /// "The previous Conservative administration left …", "y weinyddiaeth Geidwadol flaenorol": the last
        /// administration named by its party, to set this one's record against it.
        case previous
        /// "A Conservative council would scrap it": what a party would do if it won.
        case wouldDo
        /// "let's finish the job on 6 May": an appeal tied to polling day.
        case letUs
        /// "at the launch of her campaign", "launched his re-election campaign": a member's or candidate's campaign.
        case launch
        /// "back us on 7 May and we can finish what we started", "on polling day, help us finish the job": a
        /// campaign slogan in a sentence that names polling day.
        case pollDayAppeal
        /// "Paid for by R. Ashby, 4 Quay Lane": a candidate's imprint, a name then a street address (or "on behalf of").
        case paidFor
        /// "… which is more than can be said for others": a dig at opponents beside the speaker's own record.
        case dig
        /// "since I was elected in 2022", "when we came to power", "ers i mi gael fy ethol", "pan ddaethon ni i rym",
        /// "Since Plaid Cymru took the lead on this council": a member's or party's time in office framed by
        /// since/when, the opening of a record claim (LGA short guide to publicity during the pre-election period:
        /// no publicity for a party's or candidate's record).
        case inOffice
        /// "that is the record of this Conservative administration": the record of a party-run administration.
        case recordOf
        /// "I've been out knocking on doors", "curo ar ddrysau": canvassing in a member's own words (or a named
        /// member's); officers knocking on doors about a service are not campaigning.
        case doors
        /// "give your vote to Northby Labour", "rhowch eich pleidlais i dîm Llafur …": a call to vote for a party,
        /// a person or "me/us", after a place name or "team" before the party.
        case giveVote
        /// "Labour stood with Eastby", "the Greens stood up for residents": a party's record claim.
        case stoodWith
        /// "Since 2022 Plaid councillors have forced two public meetings", "Ers 2022 mae cynghorwyr Plaid wedi …": a
        /// party's deeds counted from a year, a record claim.
        case sinceYear
        /// "It was the Liberal Democrats who won free parking": a cleft giving a party the credit, in someone's own words.
        case cleft
        /// "Plaid Cymru a frwydrodd am yr arian", "mai'r grŵp Llafur a sicrhaodd …": the Welsh cleft, a party, "a" and
        /// a past verb of winning, in someone's own words.
        case welshCleft
        /// "The library will host a hustings": publicising or arranging a hustings is campaigning on the council's
        /// premises (Code of Recommended Practice on Local Authority Publicity 2011, para 34); a news report of one
        /// that took place ("candidates faced voters at a packed hustings") is not.
        case hustings
        /// "Gadawodd y Ceidwadwyr lanast" (the Conservatives left a mess): the last administration's record by party, verb first.
        case leftMess
    }

    static let record = "record or manifesto language"
    /// A party's record or pledge where the party stays a party reference of its own ("A Conservative council
    /// would …", "the previous Labour administration"): not handed off, unlike a call to vote.
    static let partyRecord = "a party's record or pledge"
    static let call = "a call to vote"
    /// "Promoted by … on behalf of …": the imprint names its candidate and party as part of itself.
    static let imprint = "an election imprint"

    /// True when the finding swallows the parties and people inside it (a call to vote, an imprint); a record
    /// claim keeps its party as a party reference of its own ("… and Labour has delivered it").
    static func swallowsNames(_ kind: String) -> Bool { kind == call || kind == imprint }
    static let campaign = "campaigning language"

    static let table = PhraseTable<Pattern>(Vocabulary.all.flatMap(\.electioneering))

    /// First words of every trigger phrase (for the word-class index).
    static var triggerKeys: [UInt64] { table.firstKeys }

    static func keys(_ words: [String]) -> Set<UInt64> { Set(words.map(TextScanner.key)) }
    /// After "vote for": the council's own instructions on how to vote.
    static let adminAfterVoteFor = keys(Vocabulary.all.flatMap(\.adminAfterVoteFor))
    static let firstPerson = keys(Vocabulary.all.flatMap(\.firstPerson))
    static let meUs = keys(Vocabulary.all.flatMap(\.meUs))
    static let gapWords = keys(Vocabulary.all.flatMap(\.gapWords))
    static let seekWords = keys(Vocabulary.all.flatMap(\.seekWords))
    static let canWill = keys(["can", "will", "could"] + Vocabulary.all.flatMap(\.canWill))
    /// Words a record is measured against: "delivered on our promises/pledges/commitments".
    static let promiseWords = keys(Vocabulary.all.flatMap(\.promiseWords))
    /// "she is standing for re-election": a pronoun for someone named earlier.
    static let pronounKeys = keys(["he", "she", "they", "hi", "ef", "fe"])
    static let leaveRemain = keys(["leave", "remain"])
    /// Nouns for a party's time in power: "a Labour council", "the previous Conservative administration".
    static let powerNouns = keys(["council", "administration", "government", "cabinet", "leadership", "executive", "weinyddiaeth", "gweinyddiaeth", "cyngor", "gyngor", "llywodraeth", "lywodraeth"])
    /// What a party leads or runs: a power noun, or the county or borough ("When Labour ran this county", "yn rhedeg y sir").
    static let ledBodyNouns = powerNouns.union(keys(["county", "borough", "sir"]))
    /// "previous", "former": Welsh puts it after the party ("y weinyddiaeth Geidwadol flaenorol").
    static let previousKeys = keys(["previous", "former", "last", "flaenorol", "blaenorol", "ddiwethaf", "diwethaf", "gynt"])
    /// Key of "that" after a speech verb: the reported words follow.
    static let reportedThatKey = TextScanner.key("that")
    /// "would", "will": a party's conditional promise.
    static let indefiniteKeys = keys(["a", "an"])
    /// Qualifiers that make a campaign an election campaign: "her re-election campaign".
    static let electionCampaignKeys = keys(["election", "re", "reelection", "mayoral", "council", "local", "leadership", "etholiad"])
    static let campaignKeys = keys(["campaign", "ymgyrch", "hymgyrch", "ymgyrchoedd"])
    static let possessivePronouns = keys(["his", "her", "their", "my", "our", "ei", "eu", "fy", "ein"])
    static let ofKey = TextScanner.key("of")
    static let ifKey = TextScanner.key("if")
    static let welshOnKey = TextScanner.key("ar")
    /// Words that start the next clause: a pledge's span ends before them.
    static let clauseJoinKeys = keys(["and", "but", "or", "ac", "ond", "neu"])
    /// Welsh "would", "will" at the start of a clause: "Byddai cyngor Llafur yn …".
    static let welshWouldKeys = keys(["byddai", "bydd", "fyddai", "fydd"])
    static let welshToKey = TextScanner.key("i")
    /// "since", Welsh "ers": a time-in-control frame ("when Labour took control in 2017, it …" is news).
    static let sinceKeys = keys(["since", "ers"])
    static let governmentKey = TextScanner.key("government")
    /// "his/her/their campaign": someone else's, as a news story reports a member's or candidate's campaign.
    static let thirdPersonOwners = keys(["his", "her", "their", "ei", "eu"])
    /// "campaign to/for/against …": a cause, not an election.
    static let causeKeys = keys(["to", "for", "against", "i", "dros"])
    /// Turnout words: a polling-day appeal with these is the council's reminder to vote, not a call for anyone.
    static let turnoutKeys = keys(["vote", "voting", "votes", "register", "registered", "polling", "ballot", "pleidleisio", "bleidleisio",
                                   "pleidlais", "bleidlais", "cofrestru", "gofrestru"])
    /// "kept", "keeping", "cadw": a kept promise joins the claim before it in its sentence.
    static let keptKeys = keys(["kept", "keeping", "keep", "cadw", "gadw", "cadw'r", "gadw'r"])
    /// First words of a time-in-control frame ("since we took control", "Ers i ni gymryd rheolaeth"): a claim
    /// later in its sentence is part of the same finding.
    static let framingKeys = keys(["since", "took", "taken", "taking", "gained", "won", "ers", "gymryd", "cymryd", "ennill", "when", "pan"])
    /// "its manifesto", "their manifesto": owned by the sentence's subject.
    static let ownerPronouns = keys(["its", "their", "his", "her"])
    static let welshOfKey = TextScanner.key("o")
    static let pollingDayKeys = keys(["polling", "election"])
    /// "residents were promised", "I was pledged": the passive is a complaint about someone else's promise, not a record claim.
    static let passiveKeys = keys(["was", "were", "been", "being", "get", "got"])
    /// "has promised", "promises": a member's promise reported in the third person, their reported speech.
    static let reportedPromiseKeys = keys(["promised", "promises"])
    static let votesKey = TextScanner.key("votes")
    static let iKey = TextScanner.key("i")
    static let eichKey = TextScanner.key("eich")
    /// "candidate", "ymgeisydd", "councillor": the noun of "your Labour candidate", "eich ymgeisydd Ceidwadol".
    static let candidateNounKeys = keys(["candidate", "candidates", "ymgeisydd", "ymgeiswyr", "councillor", "councillors", "cynghorydd", "cynghorwyr",
                                         "team", "tîm", "dîm"])  // "your Conservative team for Coldmere North"
    /// "asking", "ask", "question": a voter putting questions to candidates.
    static let askingKeys = keys(["asking", "ask", "asked", "question", "questioning", "raised", "heard", "mentioned", "told"])
    /// "each", "every", "all", "any": a quantified councillor is any of them, not a named member.
    static let quantifierKeys = keys(["each", "every", "all", "any"])
    /// "organised by Kinnaird Community Council": a hustings another body runs.
    static let organisedKeys = keys(["organised", "organized", "hosted", "arranged", "run", "chaired"])
    static let byKey = TextScanner.key("by")
    /// "The Liberal Democrat team has frozen …": the party's team or group as a claim's subject.
    static let teamKeys = keys(["team", "group", "groups", "councillors", "administration", "partnership", "coalition"])
    /// "your", "our", "every", "more": words that make "votes for" and "re-elect" a call ("re-elect your councillors").
    static let voteOwners = keys(["your", "our", "every", "more", "extra", "my"])
    /// Participles a passive takes: "promised", "pledged", "vowed".
    static let participleKeys = keys(["promised", "pledged", "vowed"])
    /// "Pledge delivered", "promise kept": a promise noun then its fulfilment, a record claim on its own.
    static let fulfilledKeys = keys(["kept", "delivered", "fulfilled", "honoured", "honored", "met"])
    /// Words that may follow "promise kept" without making "kept" a verb with an object ("promise kept residents waiting").
    static let afterFulfilledKeys = keys(["again", "as", "for", "on", "today", "too", "and", "in", "at"])
    /// Who a dig is at: "more than can be said for some / others / them / the opposition".
    static let digTargets = keys(["some", "others", "them", "opposition", "previous", "last", "other", "former", "rivals", "opponents"])
    static let dayKey = TextScanner.key("day")
    /// "when", "pan": a first-person time-in-office frame ("when we came to power"); a party's needs "since"/"ers"
    /// ("When the Greens took control in 2017, the depot moved" is news).
    static let whenKeys = keys(["when", "pan"])
    /// "was elected", "were first elected", "have been re-elected": the verb before "elected".
    static let electedVerbKeys = keys(["was", "were", "been", "got", "first", "re"])
    /// Singular first person, English and Welsh ("I've been knocking on doors", "Rydw i wedi bod yn curo ar
    /// ddrysau"): "we" can be the council's voice, "I" in a release is a member's or candidate's own words.
    static let singularFirstPerson = keys(["i've", "i'm", "i'd", "i'll", "my", "me", "myself", "rydw", "rwyf", "rwy", "dw", "bues", "fues", "fi", "mi",
                                           "bydda", "byddaf"])  // "Bydda i'n curo ar ddrysau" (I'll be knocking on doors)
    /// "has", "have", Welsh "wedi": the auxiliary of a perfect tense between a party and its record verb.
    static let perfectAuxKeys: Set<UInt64> = Set(["has", "have", "wedi"].map(TextScanner.key))
    static let hadKey = TextScanner.key("had")

    /// The value of a four-digit number token ("2022"), or nil for any other token.
    static func yearValue(_ scanner: TextScanner, _ k: Int) -> Int? {
        let t = scanner.tokens[k]
        guard t.kind == .number, t.end - t.start == 4 else { return nil }
        var value = 0
        for b in scanner.bytes[Int(t.start)..<Int(t.end)] {
            guard b >= 0x30, b <= 0x39 else { return nil }
            value = value * 10 + Int(b - 0x30)
        }
        return value
    }
    /// Verbs of holding office after "have"/"has": "have run the council since 2019", "has held the seat since 2015".
    static let officeHeldKeys: Set<UInt64> = Set(["run", "led", "controlled", "governed", "held", "been", "represented", "served", "sat",
                                                  "chaired", "had", "ran", "rhedeg", "arwain", "bod"].map(TextScanner.key))
    /// First-person words that mark a speaker's own voice in the paragraph before a party's pledge ("Let me be
    /// clear: Welsh Labour will not …", "Gadewch i mi fod yn glir: ni fydd Llafur Cymru …").
    static let speakerKeys = keys(Vocabulary.all.flatMap(\.firstPerson) + ["me", "myself", "rydw", "rwyf", "rwy", "dw", "fi", "mi"])
    /// Welsh negative particles before "fydd": "ni fydd Llafur Cymru yn …", "na fydd".
    static let welshNegativeKeys = keys(["ni", "na", "nid"])
    /// Welsh "yn" (the verb-noun link) and "ddim" (not) after a Welsh pledge's subject.
    static let welshLinkKeys = keys(["yn", "ddim"])
    /// "not", "never": a negative pledge ("Labour will not bring it in").
    static let notKeys = keys(["not", "never"])
    /// Demonstratives after a Welsh subject: "y weinyddiaeth Lafur hon" (this Labour administration).
    static let welshThisKeys = keys(["hon", "hwn", "yma"])
    /// have/has/sydd (wedi): "only the Lib Dems have stood up", "dim ond y Democratiaid Rhyddfrydol sydd wedi sefyll".
    /// "llanast", "lanast" (a mess), "dyledion" (debts): what a party is said to have left behind.
    /// "criw", "lot", "gang": "y criw diwethaf" (the last lot), the previous administration unnamed.
    /// "on", "in", "this": what may follow "Keep Orchard Labour" in a call ("… on 6 May").
    static let pollDayWordKeys = keys(["on", "this", "ar"])
    static let welshDidKey = TextScanner.key("wnaeth")
    static let beatKey = TextScanner.key("beat")
    static let lastLotKeys = keys(["criw", "lot", "gang"])
    static let messKeys = keys(["llanast", "lanast", "dyled", "dyledion", "ddyledion", "twll"])
    static let haveKeys = keys(["have", "has", "had", "are", "is", "sydd", "oedd", "sy'n"])
    static let welshYnKey = TextScanner.key("yn")
    /// Verbs of taking a stand in a dig: "only the Lib Dems have stood up against them".
    static let standVerbs = keys(["stood", "stand", "spoken", "spoke", "fought", "fight", "opposed", "oppose", "voted", "backed",
                                  "supported", "listened", "defended", "challenged", "objected", "campaigned", "fighting", "speaking",
                                  "listening", "opposing", "sefyll", "brwydro",
                                  "gwrthwynebu", "pleidleisio", "siarad", "ymladd", "ymgyrchu", "cefnogi", "gwrando", "codi"])
    static let votedKey = TextScanner.key("voted")
    static let willKey = TextScanner.key("will")
    /// Straight and curly double quotation marks, and guillemets.
    static let doubleQuoteScalars: Set<UInt32> = [0x22, 0x201C, 0x201D, 0x201E, 0xAB, 0xBB]
    static let electedKey = TextScanner.key("elected")
    /// "elected", Welsh "ethol"/"hethol": a member's own election.
    static let electedKeys = keys(["elected", "ethol", "hethol"])
    /// "lead", "arwain": taking the lead, which frames a time in office only over a council.
    static let leadKeys = keys(["lead", "arwain", "ran", "led", "rhedeg"])  // "When Labour ran this council"
    /// What a voter gives a party in a call: "Give Labour your vote / your support".
    static let givenKeys = keys(["vote", "votes", "support", "backing", "number", "no", "first", "1"])
    /// First words of the campaign slogans among the polling-day appeals: "finish the job", "gorffen y gwaith".
    static let sloganKeys = keys(["finish", "gorffen", "orffen"])
    /// "annual canvass", "household canvass": registration, not campaigning.
    static let registrationCanvassKeys = keys(["annual", "household", "registration", "electoral"])
    /// "voted against it", "voted for this": what a party voted on, referred back to.
    static let againstForKeys = keys(["against", "for"])
    static let pronounObjects = keys(["it", "this", "that", "them", "these", "those"])
    /// A chamber vote's own words: "the motion was carried; only the Greens voted against it" is a report of it.
    static let chamberKeys = keys(["motion", "amendment", "carried", "votes", "cynnig", "gwelliant", "pleidleisiau", "abstentions"])
    /// "team", "tîm" (mutated "dîm", "thîm") before a party in a call: "rhowch eich pleidlais i dîm Llafur y Bont".
    static let callTeamKeys = keys(["team", "tim", "dim", "thim", "nhim"])
    /// Words that make a hustings one being arranged or announced: "will host", "will be held", "are invited", "cynnal".
    static let arrangingKeys = keys(Vocabulary.all.flatMap(\.arrangingWords))
    /// Month names, English and Welsh, by month number (1-based index).
    static let monthKeys: [Set<UInt64>] = [
        ["january", "ionawr"], ["february", "chwefror"], ["march", "mawrth"], ["april", "ebrill"], ["may", "mai"], ["june", "mehefin"],
        ["july", "gorffennaf"], ["august", "awst"], ["september", "medi"], ["october", "hydref"], ["november", "tachwedd"], ["december", "rhagfyr"],
    ].map { keys($0) }

    /// Polling days of `periods` as (day-number key, month-name keys): "6 May", "6 Mai" for `local.2027-05-06`.
    static func pollDays(_ periods: [PreElectionPeriod]) -> [(day: UInt64, months: Set<UInt64>)] {
        var out: [(day: UInt64, months: Set<UInt64>)] = []
        for period in periods {
            for id in period.elections {
                // The id ends in its poll date, "YYYY-MM-DD": read the month and day from its last five bytes.
                let tail = Array(id.utf8.suffix(5))
                guard tail.count == 5, tail[2] == 0x2D, tail.allSatisfy({ $0 == 0x2D || $0 &- 0x30 < 10 }) else { continue }
                let month = Int(tail[0] &- 0x30) * 10 + Int(tail[1] &- 0x30)
                let day = Int(tail[3] &- 0x30) * 10 + Int(tail[4] &- 0x30)
                guard (1...12).contains(month), day >= 1 else { continue }
                out.append((TextScanner.key(String(day)), monthKeys[month - 1]))
            }
        }
        return out
    }
    /// Words joining the names a call to vote lists: "and", Welsh "a"/"ac".
    static let listJoinKeys = keys(["and", "a", "ac", "a'r", "and the"])
    static let administrationKey = TextScanner.key("administration")
    static let forKey = TextScanner.key("for")
    static let outKey = TextScanner.key("out")
    static let theKey = TextScanner.key("the")
    /// "the", Welsh "y"/"yr" before a party: "only the Greens", "dim ond y Democratiaid Rhyddfrydol".
    static let definiteKeys = keys(["the", "y", "yr"])
    /// The start of a party phrase ending at token `k` ("Lib Dem" before "administration"), or nil.
    static func partyStart(_ scanner: TextScanner, _ classes: [WordClass], endingAt k: Int) -> Int? {
        var s = k
        while s >= 0, k - s < 4 {
            if scanner.tokens[s].kind == .word, classes[s].intersects(Lexicon.partyStart),
               let p = PartyLexicon.match(scanner, classes: classes, at: s), p.last >= k { return s }
            s -= 1
        }
        return nil
    }
    /// Welsh "fydd", "bydd": "will", after "dim ond" and a party.
    static let welshWillKeys = keys(["fydd", "bydd", "fyddai"])
    /// Welsh "oedd", "roedd": "was", between "Pan" and the party.
    static let welshWasKeys = keys(["oedd", "roedd"])
    /// "doors", Welsh "drysau": what canvassers knock on.
    static let doorKeys = keys(["doors", "door", "drysau", "ddrysau"])
    /// What comes before "on the doors" when it means canvassing: "out", "turnout", "night", "day", "session".
    static let openedKey = TextScanner.key("opened")
    static let toKey = TextScanner.key("to")
    static let canvassTimeKeys = keys(["out", "turnout", "night", "evening", "morning", "afternoon", "day", "weekend", "session", "time", "hours"])
    /// Party workers: "campaigners", "activists", "canvassers" knocking doors are canvassing.
    static let canvasserKeys = keys(["campaigners", "activists", "canvassers", "ymgyrchwyr", "gweithredwyr"])
    /// "we", "us", Welsh "ni": canvassing in a campaign's own words when the sentence names the campaign or a party.
    static let pluralFirstPersonKeys = keys(["we", "us", "ni", "ohonon", "ohonom", "rydym", "rydyn", "we've", "we’ve"])
    /// The council's voice: "officers", "staff", "the council", Welsh "swyddogion", "staff", "cyngor".
    static let councilVoiceKeys = keys(["officers", "officer", "staff", "council", "council's", "swyddogion", "cyngor", "wardens", "team"])
    /// "broken", "broke", "abandoned": a promise said to be broken is an attack on whoever made it.
    static let brokenKeys = keys(["broken", "broke", "breaking", "abandoned", "ditched", "torri", "dorri"])
    /// "promised", "pledged": a promise made earlier in a sentence whose "we" delivers it.
    static let pledgeVerbKeys = keys(["promised", "pledged", "addawodd", "addawon"])
    static let relativeWhoKey = TextScanner.key("who")
    /// "who", "that" after a cleft's party: "It was Labour who …".
    static let relativeKeys = keys(["who", "that"])
    /// Welsh "a" after a fronted subject: "Plaid Cymru a frwydrodd".
    static let welshRelativeKey = TextScanner.key("a")
    static let electionKey = TextScanner.key("election")
    static let onKey = TextScanner.key("on")
    /// "on behalf of", "ar ran": the second half of an imprint.
    static let onBehalfOf = PhraseTable<Bool>(Vocabulary.all.flatMap(\.onBehalfOf).map { ($0, true) })
    /// Hashtag prefixes that call to vote for the party that follows ("#VoteLabour", "#PleidleisiwchLlafur").
    static let voteTagPrefixes: [[UInt8]] = Vocabulary.all.flatMap(\.voteTagPrefixes).map { Array($0.utf8) }

    /// Electioneering starting at token `i`: the last token and the kind of language.
    static func match(_ scanner: TextScanner, classes: [WordClass], mentions: PersonMentions, at i: Int,
                      pollDays: [(day: UInt64, months: Set<UInt64>)] = []) -> (first: Int, last: Int, kind: String, firstPerson: Bool)? {
        let tokens = scanner.tokens
        let n = tokens.count
        guard classes[i].intersects(Lexicon.electioneeringStart) else { return nil }
        let paragraph = tokens[i].paragraph
        func word(_ k: Int) -> Bool { k >= 0 && k < n && tokens[k].kind == .word && tokens[k].paragraph == paragraph }
        /// A party at `k` (optionally after "the"): its last token.
        func party(_ k: Int) -> Int? {
            var k = k
            if word(k), definiteKeys.contains(tokens[k].key) { k += 1 }
            guard word(k), classes[k].intersects(Lexicon.partyStart) else { return nil }
            if let p = PartyLexicon.match(scanner, classes: classes, at: k) { return p.last }
            // Capitalised ambiguous party words count right after "vote"/"back": "vote Green".
            if let m = PartyLexicon.table.match(scanner, at: k), tokens[k].has(TextScanner.Flags.capital) {
                let s = PartyLexicon.table.entries[m.entry].payload.strength
                if s == .capitalised || s == .strong { return m.last }
            }
            return nil
        }
        /// A member or candidate mentioned at `k`: its last token.
        func member(_ k: Int) -> Int? {
            guard k >= 0, k < n else { return nil }
            let m = mentions.starting(at: k)
            guard m >= 0 else { return nil }
            let mention = mentions.mentions[Int(m)]
            return mention.holder == .member || mention.source == .generic ? mention.last : nil
        }
        /// A named member, candidate or first-person word in the sentence before token `k`.
        func someoneStands(before k: Int) -> Bool {
            var p = k - 1
            while p >= 0, k - p <= 15, tokens[p].paragraph == paragraph, !(tokens[p].isPunct(".") && p < k - 1) {
                // "I am standing for re-election" — the speaker close by, not "We asked each councillor seeking …".
                if word(p), firstPerson.contains(tokens[p].key), k - p <= 4 { return true }
                let m = mentions.covering[p]
                if m >= 0, mentions.mentions[Int(m)].holder == .member, mentions.mentions[Int(m)].referenceable {
                    // "each sitting councillor seeking re-election": any of them, not a named member standing.
                    let first = mentions.mentions[Int(m)].first
                    var q = first - 1
                    while q >= 0, first - q <= 2, word(q), !quantifierKeys.contains(tokens[q].key) { q -= 1 }
                    if q >= 0, first - q <= 2, word(q), quantifierKeys.contains(tokens[q].key) { return false }
                    return true
                }
                if word(p), pronounKeys.contains(tokens[p].key) { return true }
                p -= 1
            }
            return false
        }
        /// Polling day ("6 May" for this poll, "polling day", "election day") in the sentence around token `k`.
        func pollDayInSentence(around k: Int) -> (first: Int, last: Int)? {
            /// Token `t` ends the sentence, or is in another paragraph.
            func ends(_ t: Int) -> Bool { tokens[t].isPunct(".") || tokens[t].isPunct("!") || tokens[t].isPunct("?") || tokens[t].paragraph != paragraph }
            var a = k
            while a > 0, k - a < 30, !ends(a - 1) { a -= 1 }
            var b = k
            while b + 1 < n, b - k < 30, !ends(b + 1) { b += 1 }
            guard a < b else { return nil }
            for d in a..<b {
                if tokens[d].kind == .number, word(d + 1), pollDays.contains(where: { $0.day == tokens[d].key && $0.months.contains(tokens[d + 1].key) }) {
                    return (d, d + 1)
                }
                // "May 6": month first.
                if word(d), tokens[d + 1].kind == .number, pollDays.contains(where: { $0.day == tokens[d + 1].key && $0.months.contains(tokens[d].key) }) {
                    return (d, d + 1)
                }
                if word(d), pollingDayKeys.contains(tokens[d].key), word(d + 1), tokens[d + 1].key == dayKey { return (d, d + 1) }
            }
            return nil
        }
        /// "kept every promise", "cadw pob addewid", "kept that pledge": a promise word within a few words after the
        /// verb ending at `last`, with we/I, a party or a member as the subject.
        func keptPromise(_ last: Int) -> (first: Int, last: Int, kind: String, firstPerson: Bool)? {
            var k = last + 1
            while k < n, k - last <= 4, word(k) {
                if promiseWords.contains(tokens[k].key) {
                    if word(last + 1), firstPerson.contains(tokens[last + 1].key) { return (i, k, record, true) }
                    guard let s = subjectBefore(i, firstPersonToo: true) else { return nil }
                    return (i, k, record, firstPerson.contains(tokens[s].key))
                }
                k += 1
            }
            // "Plaid Cymru has kept every village school open since 2022": a party's record over its time in office.
            if let s = subjectBefore(i, firstPersonToo: false), mentions.covering[s] < 0, classes[s].intersects(Lexicon.partyStart) {
                var k = last + 1
                while k + 1 < n, k - last <= 12, tokens[k].paragraph == paragraph, !(tokens[k].isPunct(".") || tokens[k].isPunct("!") || tokens[k].isPunct("?")) {
                    if word(k), sinceKeys.contains(tokens[k].key), tokens[k + 1].kind == .number { return (s, k + 1, partyRecord, false) }
                    k += 1
                }
            }
            return nil
        }
        /// A party named earlier in the sentence before token `k` ("The Labour-run council … in its manifesto").
        func partyEarlierInSentence(_ k: Int) -> Bool {
            var p = k - 1
            while p >= 0, k - p <= 25, tokens[p].paragraph == paragraph,
                  !(tokens[p].isPunct(".") || tokens[p].isPunct("!") || tokens[p].isPunct("?")) {
                if word(p), classes[p].intersects(Lexicon.partyStart), PartyLexicon.match(scanner, classes: classes, at: p) != nil { return true }
                p -= 1
            }
            return false
        }
        /// A party starting at `s` opened by one of `frame` ("Since Labour …", "since the SNP …", "Ers i Blaid
        /// Cymru …"): the frame word right before it, past an article ("the", "y") and Welsh "i".
        func partyFramed(_ s: Int, by frame: Set<UInt64>) -> Bool {
            var b = s - 1
            // "the SNP-Labour partnership": back over the parties joined by hyphens.
            while b >= 1, tokens[b].isPunct("-"), !tokens[b].has(.spaceBefore), word(b - 1), classes[b - 1].intersects(Lexicon.partyStart) { b -= 2 }
            if word(b), classes[b].intersects(Lexicon.article), !firstPerson.contains(tokens[b].key) { b -= 1 }
            if word(b), tokens[b].key == welshToKey { b -= 1 }
            // "Pan oedd Llafur yn rhedeg …" (when Labour was running …): the copula after the frame.
            if word(b), welshWasKeys.contains(tokens[b].key) { b -= 1 }
            return word(b) && frame.contains(tokens[b].key)
        }
        /// A first-person subject at `s` opened by since/when a few words before ("since my colleagues and I",
        /// "ers i ni", "pan ddaethon ni"): the frame word's index.
        func firstPersonFrame(_ s: Int) -> Int? {
            var b = s
            while b >= 0, s - b <= 5, word(b) {
                if sinceKeys.contains(tokens[b].key) || whenKeys.contains(tokens[b].key) { return b }
                b -= 1
            }
            return nil
        }
        /// A speaker's own first person in the paragraph within `reach` tokens before `k` ("Let me be clear:
        /// Welsh Labour will not …").
        /// The council's officers or staff are the sentence's subject ("our officers knocked on 300 doors").
        func councilVoiceInSentence(_ k: Int) -> Bool {
            var a = k
            while a > 0, k - a < 40, tokens[a - 1].paragraph == paragraph, !(tokens[a - 1].isPunct(".") || tokens[a - 1].isPunct("!") || tokens[a - 1].isPunct("?")) { a -= 1 }
            var b = k
            while b + 1 < n, b - k < 40, tokens[b + 1].paragraph == paragraph, !(tokens[b].isPunct(".") || tokens[b].isPunct("!") || tokens[b].isPunct("?")) { b += 1 }
            return (a...b).contains { word($0) && councilVoiceKeys.contains(tokens[$0].key) }
        }
        /// A campaign or a party is named in the sentence around token `k`.
        func campaignInSentence(_ k: Int) -> Bool {
            var a = k
            while a > 0, k - a < 40, tokens[a - 1].paragraph == paragraph, !(tokens[a - 1].isPunct(".") || tokens[a - 1].isPunct("!") || tokens[a - 1].isPunct("?")) { a -= 1 }
            var b = k
            while b + 1 < n, b - k < 40, tokens[b + 1].paragraph == paragraph, !(tokens[b].isPunct(".") || tokens[b].isPunct("!") || tokens[b].isPunct("?")) { b += 1 }
            for j in a...b where word(j) {
                if campaignKeys.contains(tokens[j].key) || classes[j].intersects(Lexicon.partyStart) && PartyLexicon.match(scanner, classes: classes, at: j) != nil { return true }
            }
            return false
        }
        func speakerBefore(_ k: Int, reach: Int) -> Bool {
            var p = k - 1
            while p >= 0, k - p <= reach, tokens[p].paragraph == paragraph {
                // Welsh "ni" opening a clause is the negative particle ("Ni fydd y cyngor …"); the pronoun follows a
                // verb or preposition ("rydyn ni", "i ni").
                if word(p), speakerKeys.contains(tokens[p].key),
                   !(welshNegativeKeys.contains(tokens[p].key) && !(p > 0 && word(p - 1) && !tokens[p].has(TextScanner.Flags.sentenceStart))) {
                    return true
                }
                p -= 1
            }
            return false
        }
        /// Token `k` is inside a double-quoted passage of its paragraph (an odd number of double quotes before it):
        /// someone's own words, which the detector drops when they are an officer's.
        func insideQuotation(_ k: Int) -> Bool {
            var p = k - 1
            var marks = 0
            while p >= 0, k - p <= 200, tokens[p].paragraph == paragraph {
                if tokens[p].kind == .quote, doubleQuoteScalars.contains(tokens[p].scalar) { marks += 1 }
                p -= 1
            }
            return marks % 2 == 1
        }
        /// The subject before token `k` (skipping has/have/also …): a party, member, "administration" or we/our/I.
        func subjectBefore(_ k: Int, firstPersonToo: Bool) -> Int? {
            var p = k - 1
            var skipped = 0
            while p >= 0, word(p), gapWords.contains(tokens[p].key), skipped < 3 { p -= 1; skipped += 1 }
            guard p >= 0, tokens[p].paragraph == paragraph else { return nil }
            if firstPersonToo, word(p), firstPerson.contains(tokens[p].key) { return p }
            if word(p), tokens[p].key == administrationKey { return p }
            let covering = mentions.covering[p]
            if covering >= 0, mentions.mentions[Int(covering)].holder == .member { return mentions.mentions[Int(covering)].first }
            // "y weinyddiaeth Lafur hon" (this Labour administration): Welsh puts "this" after the party.
            if word(p), welshThisKeys.contains(tokens[p].key), p > 0 { p -= 1 }
            // A party ending at p, or just before its "team"/"group": look back a few tokens for its start.
            let end = word(p) && teamKeys.contains(tokens[p].key) && p > 0 ? p - 1 : p
            var s = end
            while s >= max(0, end - 4) {
                if word(s), let pl = PartyLexicon.match(scanner, classes: classes, at: s), pl.last >= end { return s }
                s -= 1
            }
            return nil
        }

        /// "vote for Jane Doe and Labour", "pleidleisiwch dros … a Llafur": a call to vote takes every party and
        /// person listed after it (joined by "and", "a", "&" or commas), so each is part of the one call.
        func extendCall(_ end: Int) -> Int {
            var end = end
            // "re-elect Peter and Rosalind – …": first names straight after the call.
            if word(end + 1), tokens[end + 1].has(.capital), !classes[end + 1].intersects(Lexicon.nameStop | Lexicon.partyStart),
               !tokens[end + 1].has(TextScanner.Flags.sentenceStart), tokens[end + 1].line == tokens[end].line { end += 1 }
            while true {
                var k = end + 1
                var joined = false
                while k < n, k - end <= 2, tokens[k].paragraph == paragraph,
                      tokens[k].isPunct(",") || tokens[k].isPunct("&") || (word(k) && listJoinKeys.contains(tokens[k].key)) { joined = true; k += 1 }
                // "Pleidleisiwch dros Gareth Pennant – eich ymgeisydd Ceidwadol", "Vote Jo Bell, your Labour candidate":
                // the candidate's description and party are part of the call.
                if k < n, tokens[k].isPunct(",") || tokens[k].isDash,
                   word(k + 1), voteOwners.contains(tokens[k + 1].key) || tokens[k + 1].key == eichKey {
                    var d = k + 2
                    if let p = party(d), word(p + 1), candidateNounKeys.contains(tokens[p + 1].key) { end = p + 1; continue }
                    if word(d), candidateNounKeys.contains(tokens[d].key) { d += 1; if let p = party(d) { end = p; continue } }
                }
                // Welsh puts the party after the noun: "… eich ymgeisydd Ceidwadol".
                if !joined, word(end), candidateNounKeys.contains(tokens[end].key), let p = party(end + 1) { end = p; continue }
                // "vote for Siôn and Rhian – Welsh Liberal Democrats": the party after a dash closing the names.
                if !joined, k < n, tokens[k].isDash, let p = party(k + 1) { end = p; continue }
                guard joined else { return end }
                if let p = party(k) { end = p; continue }
                if let p = member(k), mentions.mentions[Int(mentions.starting(at: k))].holder == .member { end = p; continue }
                // "vote for Siôn and Rhian": a first name joined to the names before it.
                if word(k), tokens[k].has(.capital), !classes[k].intersects(Lexicon.nameStop), !tokens[k].has(TextScanner.Flags.sentenceStart) { end = k; continue }
                return end
            }
        }
        /// The pattern at `i`, before a call is extended over the names listed after it.
        func dispatch() -> (first: Int, last: Int, kind: String, firstPerson: Bool)? {
        guard let m = table.match(scanner, at: i) else { return nil }
        let last = m.last
        switch table.entries[m.entry].payload {
        case .fixed(let kind):
            // "the annual canvass", "household canvass": the electoral registration officer's canvass is election
            // administration, not canvassing for votes.
            if kind == campaign, word(i - 1), registrationCanvassKeys.contains(tokens[i - 1].key) { return nil }
            // "Re-elect Cllr Doe", "Ailetholwch y Cynghorydd …": the call takes the person it names.
            if kind == call {
                var k = last + 1
                if word(k), classes[k].intersects(Lexicon.article) { k += 1 }
                if let p = member(k), mentions.mentions[Int(mentions.starting(at: k))].holder == .member { return (i, p, kind, false) }
                // "re-elect your Lib Dem councillors": the party after the owner word, with its cue.
                if let p = party(k) ?? party(last + 1) {
                    let cue = p + 1 < n && word(p + 1) && classes[p + 1].intersects(Lexicon.partyCue) ? p + 1 : p
                    return (i, cue, kind, false)
                }
            }
            return (i, last, kind, firstPerson.contains(tokens[i].key))
        case .vote:
            // STV: "Vote 1 Ruairidh MacAskill", "Vote SNP 1 and 2": the preference number before the name.
            var k = last + 1
            if k + 1 < n, tokens[k].kind == .number, !tokens[k + 1].has(TextScanner.Flags.lineStart) { k += 1 }
            if let p = party(k) { return (i, p, call, false) }
            if let p = member(k), mentions.mentions[Int(mentions.starting(at: k))].holder == .member { return (i, p, call, false) }
            if word(k), leaveRemain.contains(tokens[k].key), tokens[k].has(TextScanner.Flags.capital) { return (i, k, call, false) }
            return nil
        case .voteFor:
            let k = last + 1
            guard word(k) else { return nil }
            // "a record number of postal votes for Castlebridge", "Cllr Roe votes for the budget": the noun or a
            // report, not a call; "Votes for Labour!" opening a sentence and "your votes for" still call.
            if tokens[i].key == votesKey, i > 0, word(i - 1), !tokens[i].has(TextScanner.Flags.sentenceStart),
               !voteOwners.contains(tokens[i - 1].key) { return nil }
            if let p = party(k) { return (i, p, call, false) }
            if adminAfterVoteFor.contains(tokens[k].key) { return nil }
            if let p = member(k) { return (i, p, call, false) }
            if meUs.contains(tokens[k].key) { return (i, k, call, false) }
            if tokens[k].has(TextScanner.Flags.capital), !tokens[k].has(TextScanner.Flags.sentenceStart),
               !classes[k].intersects(Lexicon.nameStop), tokens[k].kind == .word {
                // An unlisted name runs on over its capitalised words: "vote for Ann Lee".
                var end = k
                while word(end + 1), end - k < 3, tokens[end + 1].has(TextScanner.Flags.capital), !classes[end + 1].intersects(Lexicon.nameStop),
                      tokens[end + 1].line == tokens[end].line { end += 1 }
                // "Vote for Millbrook's finest allotment": a possessive followed by more words names a thing (a council
                // competition), not a person or party.
                if (k..<end).contains(where: { tokens[$0].has(TextScanner.Flags.possessive) }) { return nil }
                if tokens[end].has(TextScanner.Flags.possessive), word(end + 1) { return nil }
                return (i, end, call, false)
            }
            return nil
        case .back:
            let k = last + 1
            if let p = party(k) { return (i, p, call, false) }
            if k < n, mentions.starting(at: k) >= 0, mentions.mentions[Int(mentions.starting(at: k))].holder == .member,
               mentions.mentions[Int(mentions.starting(at: k))].source != .role, let p = member(k) { return (i, p, call, false) }
            // "Support Anjali and Bashir on 6 May": first names and polling day in the sentence.
            if word(k), tokens[k].has(.capital), !classes[k].intersects(Lexicon.article), pollDayInSentence(around: i) != nil {
                var e = k
                while word(e + 1), tokens[e + 1].has(.capital) || listJoinKeys.contains(tokens[e + 1].key) { e += 1 }
                return (i, e, call, false)
            }
            return nil
        case .elect:
            // "re-elect your Lib Dem councillors": the owner word before the party.
            let k = last + 1 + (word(last + 1) && voteOwners.contains(tokens[last + 1].key) ? 1 : 0)
            if let p = party(k) { return (i, p, call, false) }
            if k < n, mentions.starting(at: k) >= 0, let p = member(k) { return (i, p, call, false) }
            return nil
        case .keep:
            if let p = party(last + 1), word(p + 1), tokens[p + 1].key == outKey { return (i, p + 1, campaign, false) }
            // "Keep Orchard Labour on 6 May!": keep a place in a party's hands, a call to vote.
            var place = last + 1
            while word(place), place - last <= 3, tokens[place].has(.capital), !classes[place].intersects(Lexicon.partyStart) { place += 1 }
            if place > last + 1, let p = party(place), !word(p + 1) || pollDayWordKeys.contains(tokens[p + 1].key) { return (i, p, call, false) }
            // "we will keep every promise": a pledge.
            return keptPromise(last)
        case .only:
            // "Only Marcus Bellingham can beat the Tories": a tactical call for a candidate.
            // "… can beat the Tories": the party to be beaten is part of the call too.
            func beaten(_ can: Int) -> Int {
                if word(can + 1), tokens[can + 1].key == beatKey, let q = party(can + 2) { return q }
                return can
            }
            if let m = member(last + 1), mentions.mentions[Int(mentions.starting(at: last + 1))].holder == .member, word(m + 1),
               canWill.contains(tokens[m + 1].key) { return (i, beaten(m + 1), call, false) }
            // "Only the Greens can win here": a tactical call to vote, which takes its party as a call does.
            guard let p = party(last + 1), word(p + 1) else { return nil }
            if canWill.contains(tokens[p + 1].key) { return (i, beaten(p + 1), call, false) }
            // "Only the Welsh Conservatives will stand up to the tolls", "Dim ond y Ceidwadwyr Cymreig fydd yn sefyll …":
            // a party's pledge that it alone will act, a claim for votes.
            if word(p + 1), welshWillKeys.contains(tokens[p + 1].key) { return (i, p + 1, partyRecord, false) }
            // A dig at the others: "only the Lib Dems have stood up against them", "dim ond y Democratiaid Rhyddfrydol
            // sydd wedi sefyll yn eu herbyn", "only Reform voted against it" (LGA short guide: no material that seeks
            // to influence voters). A chamber vote's report ("the motion was carried; only the Greens voted against
            // it") and who is standing ("only Labour has nominated …") stay news.
            var k = p + 1
            if haveKeys.contains(tokens[k].key) {
                k += 1
                while word(k), k - p <= 4, gapWords.contains(tokens[k].key) || tokens[k].key == welshYnKey { k += 1 }
                if word(k), standVerbs.contains(tokens[k].key), tokens[k].key != votedKey { return (i, k, campaign, false) }
            }
            guard word(k), tokens[k].key == votedKey, word(k + 1), againstForKeys.contains(tokens[k + 1].key) else { return nil }
            let o = k + 2
            guard word(o), pronounObjects.contains(tokens[o].key) else { return nil }
            // The sentence must not report the chamber's count or motion.
            var a = i
            while a > 0, i - a < 30, tokens[a - 1].paragraph == paragraph,
                  !(tokens[a - 1].isPunct(".") || tokens[a - 1].isPunct("!") || tokens[a - 1].isPunct("?")) { a -= 1 }
            var b = o
            while b + 1 < n, b - o < 20, tokens[b + 1].paragraph == paragraph, !tokens[b + 1].isPunct(".") { b += 1 }
            if (a...b).contains(where: { word($0) && chamberKeys.contains(tokens[$0].key) }) { return nil }
            return (i, o, campaign, false)
        case .reelection:
            // "standing for re-election", "seeking re-election", "her bid for re-election"; "for" alone is not enough.
            var p = i - 1
            var steps = 0
            while p >= 0, steps < 3, tokens[p].paragraph == paragraph {
                // "Labour's X, who is seeking re-election, insisted …": a relative clause describing someone in the news.
                if word(p), seekWords.contains(tokens[p].key), tokens[p].key != forKey, p >= 2, word(p - 1), word(p - 2),
                   tokens[p - 2].key == relativeWhoKey { return nil }
                if word(p), seekWords.contains(tokens[p].key), tokens[p].key != forKey {
                    // A member or "I/we" stands: "Cllr Doe is standing for re-election"; guidance to councillors in
                    // general ("Councillors standing for re-election must not …") is not campaigning.
                    guard someoneStands(before: p) else { return nil }
                    return (p, last, campaign, false)
                }
                p -= 1
                steps += 1
            }
            return nil
        case .ifElected:
            var k = last + 1
            if k < n, tokens[k].isPunct(",") { k += 1 }
            if word(k), firstPerson.contains(tokens[k].key) { return (i, last, record, false) }
            return nil
        case .pledge:
            // "the questions are easier than last year, I promise!": an aside, not a pledge.
            if i > 1, word(i - 1), tokens[i - 1].key == iKey, tokens[i - 2].isPunct(","), i + 1 < n,
               tokens[i + 1].kind == .punct || tokens[i + 1].kind == .quote { return nil }
            // "We were promised a proper survey": a complaint about a promise made to the speaker.
            if i > 0, word(i - 1), passiveKeys.contains(tokens[i - 1].key), participleKeys.contains(tokens[i].key) { return nil }
            // "Promise kept!", "Pledge delivered": the claim needs no subject.
            if word(last + 1), fulfilledKeys.contains(tokens[last + 1].key), !participleKeys.contains(tokens[i].key),
               !(word(last + 2) && !afterFulfilledKeys.contains(tokens[last + 2].key)) {
                return (i, last + 1, record, false)
            }
            // "The Tories promised no new charges and have broken that promise": an attack on another party, not its claim.
            var b = last + 1
            while b < n, b - last <= 12, tokens[b].paragraph == paragraph, !(tokens[b].isPunct(".") || tokens[b].isPunct("!") || tokens[b].isPunct("?")) {
                if word(b), brokenKeys.contains(tokens[b].key) { return nil }
                b += 1
            }
            if let s = subjectBefore(i, firstPersonToo: true) {
                // "Cllr Doe has promised support for the workers": a member's promise reported in the third person is
                // their reported speech (member-quote), not a campaign pledge; "we promised" and a party's pledge are.
                // "pledges" and "vows" stay campaign words ("Metro mayor pledges free travel").
                let m = mentions.covering[s]
                if reportedPromiseKeys.contains(tokens[i].key), m >= 0, mentions.mentions[Int(m)].first == s,
                   mentions.mentions[Int(m)].holder == .member, mentions.mentions[Int(m)].party.isEmpty,
                   !tokens[i - 1].has(TextScanner.Flags.possessive) { return nil }
                return (s, last, record, firstPerson.contains(tokens[s].key))
            }
            // "Labour's pledge", "Cllr Doe's promise".
            if i > 0, tokens[i - 1].has(TextScanner.Flags.possessive), let s = subjectBefore(i, firstPersonToo: false) { return (s, last, record, false) }
            return nil
        case .delivered:
            if let s = subjectBefore(i, firstPersonToo: false) { return (s, last, record, false) }
            // "Labour promised to get Westmere moving, and we are delivering", "This was a Green commitment and we have
            // delivered it": "we" delivering what a party or "we" promised earlier in the sentence.
            if let s = subjectBefore(i, firstPersonToo: true), firstPerson.contains(tokens[s].key) {
                var b = s - 1
                while b >= 0, s - b <= 20, tokens[b].paragraph == paragraph,
                      !(tokens[b].isPunct(".") || tokens[b].isPunct("!") || tokens[b].isPunct("?")) {
                    if word(b), promiseWords.contains(tokens[b].key) || pledgeVerbKeys.contains(tokens[b].key) { return (b, last, record, true) }
                    b -= 1
                }
            }
            return nil
        case .deliveredOn:
            guard let s = subjectBefore(i, firstPersonToo: true) else { return nil }
            var k = last + 1
            while k < n, k - last <= 8, word(k) || (tokens[k].kind == .quote && k + 1 < n && word(k + 1)) {
                if promiseWords.contains(tokens[k].key) { return (s, k, record, firstPerson.contains(tokens[s].key)) }
                k += 1
            }
            return nil
        case .manifesto:
            if i > 0, word(i - 1), tokens[i - 1].key == electionKey { return (i, last, record, false) }
            if i > 0, tokens[i - 1].has(TextScanner.Flags.possessive), subjectBefore(i, firstPersonToo: false) != nil { return (i, last, record, false) }
            if i > 0, word(i - 1), classes[i - 1].intersects(Lexicon.partyStart), subjectBefore(i, firstPersonToo: false) != nil { return (i, last, record, false) }
            // "our full manifesto", "my local manifesto", "our 2022 manifesto": a first-person owner a word or two
            // before; "its 2023 manifesto" when the sentence's subject is a party or party-run council.
            var p = i - 1
            while p >= 0, i - p <= 3, word(p) || (tokens[p].kind == .number && tokens[p].paragraph == paragraph) {
                if word(p), firstPerson.contains(tokens[p].key) { return (p, last, record, true) }
                if word(p), ownerPronouns.contains(tokens[p].key), partyEarlierInSentence(p) { return (p, last, record, false) }
                p -= 1
            }
            // Welsh puts the owner after: "maniffesto Llafur", "addewid Plaid Cymru".
            if let p = party(last + 1) { return (i, p, record, false) }
            return nil
        case .doorstep:
            guard i >= 2, tokens[i - 1].key == theKey, tokens[i - 2].key == onKey, tokens[i - 2].paragraph == paragraph else { return nil }
            // "I will be asking them on the doorstep": a voter questioning candidates, not a candidate canvassing; "the
            // issue raised most often on the doorstep": what voters said, reported.
            var p = i - 3
            while p >= 0, i - p <= 6, tokens[p].paragraph == paragraph, !tokens[p].isPunct(".") {
                if word(p), askingKeys.contains(tokens[p].key) { return nil }
                p -= 1
            }
            return (i - 2, last, campaign, false)
        case .kept:
            return keptPromise(last)
        case .registration:
            return nil
        case .onTheDoors:
            guard i >= 2, word(i - 1), classes[i - 1].intersects(Lexicon.article) || tokens[i - 1].key == theKey else { return nil }
            // "who opened the door to me", "opened their doors to us": a candidate thanking those canvassed.
            if word(i - 2), tokens[i - 2].key == openedKey, word(i + 1), tokens[i + 1].key == toKey, word(i + 2), meUs.contains(tokens[i + 2].key) {
                return (i - 2, i + 2, campaign, true)
            }
            guard i >= 3, tokens[i - 1].key == theKey, word(i - 2), tokens[i - 2].key == onKey, word(i - 3),
                  canvassTimeKeys.contains(tokens[i - 3].key) else { return nil }
            return (i - 3, i, campaign, false)
        case .tookControl:
            // "Since Labour took control of Exampleton", "since we took control": a party or we as the subject; "the Lib
            // Dem administration took over" by the party before the administration.
            guard var s = subjectBefore(i, firstPersonToo: true) else { return nil }
            if tokens[s].key == administrationKey {
                guard s > 0, let p = ElectioneeringPhrases.partyStart(scanner, classes, endingAt: s - 1) else { return nil }
                s = p
            }
            if mentions.covering[s] >= 0, !firstPerson.contains(tokens[s].key) { return nil }
            // A party's: only as a frame for a claim ("Since Labour took control …", "Ers i Blaid Cymru …"); news
            // saying "whose Lib Dems took control in 2023" is a fact.
            if !firstPerson.contains(tokens[s].key) {
                guard partyFramed(s, by: sinceKeys) else { return nil }
            }
            var end = last
            if word(last + 1), tokens[last + 1].key == ofKey || tokens[last + 1].key == welshOfKey, word(last + 2) { end = last + 2 }
            // The finding reads from its frame: "Since the Lib Dems won", "Ers i Lafur ennill".
            var start = i
            var f = s - 1
            while f >= 0, s - f <= 3, word(f) {
                if sinceKeys.contains(tokens[f].key) { start = f; break }
                f -= 1
            }
            return (start, end, record, firstPerson.contains(tokens[s].key))
        case .previous:
            // English: "previous" + party + administration; Welsh: administration + party + "flaenorol".
            if powerNouns.contains(tokens[i].key) {
                guard word(i + 1), let p = PartyLexicon.match(scanner, classes: classes, at: i + 1), word(p.last + 1),
                      previousKeys.contains(tokens[p.last + 1].key) else { return nil }
                return (i, p.last + 1, partyRecord, false)
            }
            guard word(i + 1), let p = PartyLexicon.match(scanner, classes: classes, at: i + 1) else { return nil }
            // A council's own past administration, not a national government's ("the previous Labour government").
            if powerNouns.contains(tokens[p.last].key), tokens[p.last].key != governmentKey { return (i, p.last, partyRecord, false) }
            if word(p.last + 1), powerNouns.contains(tokens[p.last + 1].key), tokens[p.last + 1].key != governmentKey { return (i, p.last + 1, partyRecord, false) }
            return nil
        case .wouldDo:
            // Welsh: "Byddai cyngor Ceidwadol yn …" (a Conservative council would …): verb first, then body and party.
            if welshWouldKeys.contains(tokens[i].key) {
                if word(i + 1), powerNouns.contains(tokens[i + 1].key), word(i + 2),
                   let p = PartyLexicon.match(scanner, classes: classes, at: i + 2) {
                    var end = p.last
                    while end + 1 < n, end - i < 10, word(end + 1), !clauseJoinKeys.contains(tokens[end + 1].key) { end += 1 }
                    return (i, end, partyRecord, false)
                }
                // "ni fydd Llafur Cymru yn ei chyflwyno" (Welsh Labour will not bring it in): a party's own pledge,
                // in a speaker's first person earlier in the paragraph ("Gadewch i mi fod yn glir: …").
                let start = word(i - 1) && welshNegativeKeys.contains(tokens[i - 1].key) ? i - 1 : i
                guard word(i + 1), let p = PartyLexicon.match(scanner, classes: classes, at: i + 1), mentions.covering[i + 1] < 0,
                      word(p.last + 1), welshLinkKeys.contains(tokens[p.last + 1].key), speakerBefore(start, reach: 40) else { return nil }
                var end = p.last + 1
                while end + 1 < n, end - i < 10, word(end + 1), !clauseJoinKeys.contains(tokens[end + 1].key) { end += 1 }
                return (start, end, partyRecord, true)
            }
            /// The pledge runs to the end of its clause.
            func clauseEnd() -> Int {
                var end = i
                while end + 1 < n, end - i < 8, word(end + 1), !clauseJoinKeys.contains(tokens[end + 1].key) { end += 1 }
                return end
            }
            // "A Conservative council would …": an indefinite party-run body, so a hypothetical one.
            if i >= 3, word(i - 1), powerNouns.contains(tokens[i - 1].key) {
                var s = i - 2
                while s >= max(0, i - 5), word(s) {
                    if let p = PartyLexicon.match(scanner, classes: classes, at: s), p.last >= i - 2 {
                        // "Keele added that a Labour council would …": a speaker's promise reported as news is that
                        // speaker's words (a quotation of them), not the publication's own pledge.
                        if word(s - 2), tokens[s - 2].key == reportedThatKey,
                           (max(0, s - 5)..<(s - 2)).contains(where: { word($0) && classes[$0].intersects(Lexicon.speechVerb) }) { return nil }
                        // "Partington said a Conservative council would …": "that" left out.
                        if word(s - 2), classes[s - 2].intersects(Lexicon.speechVerb) { return nil }
                        if word(s - 1), indefiniteKeys.contains(tokens[s - 1].key) { return (i, clauseEnd(), partyRecord, false) }
                        break
                    }
                    s -= 1
                }
            }
            // "Let me be clear: Welsh Labour will not bring it in here": a party's pledge in a speaker's own words
            // (first person earlier in the paragraph). A news line ("Labour will hold its group meeting on
            // Monday") has no speaker, and a member named as the subject is their reported plan.
            // "would" there is an attack on another party ("The Conservatives would put all of that at risk"), a
            // party-reference only.
            guard tokens[i].key == willKey, let s = subjectBefore(i, firstPersonToo: false), mentions.covering[s] < 0,
                  tokens[s].key != administrationKey, !powerNouns.contains(tokens[i - 1].key), word(i + 1),
                  speakerBefore(s, reach: 40) else { return nil }
            return (s, clauseEnd(), partyRecord, true)
        case .letUs:
            // "let's finish the job on 6 May": "on" + polling day (or "polling day") later in the sentence.
            var k = last + 1
            while k < n, k - last <= 12, tokens[k].paragraph == paragraph,
                  !(tokens[k].isPunct(".") || tokens[k].isPunct("!") || tokens[k].isPunct("?")) {
                // "Let's all use our vote on 7 May": turnout, the council's own election administration.
                if word(k), turnoutKeys.contains(tokens[k].key) { return nil }
                if word(k), tokens[k].key == onKey || tokens[k].key == welshOnKey {
                    var d = k + 1
                    if word(d), tokens[d].key == theKey { d += 1 }
                    if word(d), pollingDayKeys.contains(tokens[d].key), word(d + 1), tokens[d + 1].key == dayKey { return (i, d + 1, call, false) }
                    if word(d), !tokens[d].has(TextScanner.Flags.sentenceStart), d + 1 < n, tokens[d].kind == .word, tokens[d + 1].kind == .number { d += 1 }
                    if d + 1 < n, tokens[d].kind == .number, tokens[d + 1].kind == .word,
                       pollDays.contains(where: { $0.day == tokens[d].key && $0.months.contains(tokens[d + 1].key) }) { return (i, d + 1, call, false) }
                }
                k += 1
            }
            return nil
        case .launch:
            // "launch of her campaign", "launched his re-election campaign": a campaign of someone named.
            var k = last + 1
            if word(k), tokens[k].key == ofKey { k += 1 }
            var owned = false
            if word(k), possessivePronouns.contains(tokens[k].key) { owned = true; k += 1 }
            var qualified = false
            while word(k), k - last <= 5, electionCampaignKeys.contains(tokens[k].key) { qualified = true; k += 1 }
            if k < n, tokens[k].isPunct("-"), word(k + 1) { k += 1 }
            while word(k), k - last <= 6, electionCampaignKeys.contains(tokens[k].key) { qualified = true; k += 1 }
            // "launched Rhiannon Ellis-Bowen's campaign for the Senedd", Welsh "lansion ni ymgyrch Rhiannon Ellis-Bowen": a
            // candidate's campaign by name.
            if !owned, !qualified, let m = member(k), tokens[m].has(.possessive), word(m + 1), campaignKeys.contains(tokens[m + 1].key) { return (i, m + 1, campaign, false) }
            if !owned, !qualified, word(k), campaignKeys.contains(tokens[k].key), member(k + 1) != nil { return (i, member(k + 1) ?? k, campaign, false) }
            guard word(k), campaignKeys.contains(tokens[k].key), owned || qualified else { return nil }
            if qualified, owned { return (i, k, campaign, false) }
            // "her campaign" alone: a third person's, not a cause ("her campaign to get more people cycling", "our
            // campaign to recruit foster carers"), and only when a member or candidate is named earlier in the sentence.
            guard owned, !qualified, thirdPersonOwners.contains(tokens[last + 1].key == ofKey ? tokens[last + 2].key : tokens[last + 1].key),
                  !(word(k + 1) && causeKeys.contains(tokens[k + 1].key)) else { return nil }
            var p = i - 1
            while p >= 0, i - p <= 25, tokens[p].paragraph == paragraph, !(tokens[p].isPunct(".") && p < i - 1) {
                let m = mentions.covering[p]
                if m >= 0, mentions.mentions[Int(m)].holder == .member, mentions.mentions[Int(m)].referenceable { return (i, k, campaign, false) }
                p -= 1
            }
            return nil
        case .pollDayAppeal:
            guard let day = pollDayInSentence(around: i) else {
                // "On 6 May, re-elect your councillors. Together we will finish the job.": the slogan itself ("finish the
                // job", not "with your support") in the sentence right after one naming polling day, in one paragraph.
                guard sloganKeys.contains(tokens[i].key) else { return nil }
                var a = i
                while a > 0, i - a < 30, tokens[a - 1].paragraph == paragraph,
                      !(tokens[a - 1].isPunct(".") || tokens[a - 1].isPunct("!") || tokens[a - 1].isPunct("?")) { a -= 1 }
                // Said by "we"/"us" ("Together we will finish the job"): contractors finishing a job are not a slogan.
                guard a >= 2, tokens[a - 1].paragraph == paragraph, tokens[a - 2].paragraph == paragraph,
                      (a..<i).contains(where: { word($0) && (firstPerson.contains(tokens[$0].key) || meUs.contains(tokens[$0].key)) }),
                      pollDayInSentence(around: a - 2) != nil else { return nil }
                return (i, last, call, false)
            }
            // "With your support on 6 May we will finish the job": a second slogan in the sentence is the same appeal.
            var end = max(last, day.last)
            var k = end + 1
            while k < n, k - end <= 12, tokens[k].paragraph == paragraph, !(tokens[k].isPunct(".") || tokens[k].isPunct("!") || tokens[k].isPunct("?")) {
                if word(k), classes[k].intersects(Lexicon.electioneeringStart), let more = table.match(scanner, at: k),
                   case .pollDayAppeal = table.entries[more.entry].payload { end = more.last; k = end }
                k += 1
            }
            return (min(i, day.first), end, call, false)
        case .paidFor:
            // "Paid for by R. Ashby, 4 Quay Lane": a name (words and initials), a comma, then a house number and street.
            var k = last + 1
            var words = 0
            while k < n, k - last <= 8, tokens[k].paragraph == paragraph {
                if word(k), tokens[k].has(TextScanner.Flags.capital) { words += 1; k += 1; continue }
                if tokens[k].isPunct("."), k > last + 1, tokens[k - 1].end - tokens[k - 1].start == 1 { k += 1; continue }
                break
            }
            guard words > 0 else { return nil }
            if let behalf = onBehalfOf.match(scanner, at: k) { return (i, behalf.last, imprint, false) }
            guard k + 2 < n, tokens[k].isPunct(","), tokens[k + 1].kind == .number, word(k + 2), tokens[k + 2].has(TextScanner.Flags.capital) else { return nil }
            return (i, k - 1, imprint, false)
        case .dig:
            // "… more than can be said for others", "… for the opposition", "… for the Conservatives".
            var k = last + 1
            if word(k), tokens[k].key == theKey { k += 1 }
            if word(k), digTargets.contains(tokens[k].key) { return (i, k, campaign, false) }
            if let p = party(last + 1) { return (i, p, campaign, false) }
            return nil
        case .inOffice:
            // The subject is first person inside the phrase ("gael fy ethol", "ddaethon ni i rym") or before it ("I was
            // elected", "my colleagues and I were elected", "ers i ni ddod i rym"), or a party ("Since Plaid Cymru took
            // the lead"). "elected" needs its verb: "since I was elected", "since we were first elected".
            var v = i
            if tokens[i].key == electedKey {
                var b = i - 1
                if b >= 0, tokens[b].kind == .punct, tokens[b].isPunct("-") { b -= 1 }
                while word(b), i - b <= 3, electedVerbKeys.contains(tokens[b].key) { v = b; b -= 1 }
                guard v < i else { return nil }
            }
            // Coming to power frames a record with "when" too ("Pan ddaethon ni i rym, roedd y stryd fawr yn
            // hanner gwag"); being elected only with "since" ("When I was first elected, people told me …" is a story).
            let elected = (i...last).contains { electedKeys.contains(tokens[$0].key) }
            // "took the lead on this council", "ddod i arwain y cyngor": leading needs the body led ("since we took the
            // lead on the regeneration scheme" is a project).
            var ledBody: Int?
            var k = last + 1
            if word(k), tokens[k].key == onKey || tokens[k].key == ofKey { k += 1 }
            if word(k), classes[k].intersects(Lexicon.article) { k += 1 }
            if word(k), ledBodyNouns.contains(tokens[k].key) { ledBody = k }
            if (i...last).contains(where: { leadKeys.contains(tokens[$0].key) }), ledBody == nil { return nil }
            func framed(_ f: Int?) -> Int? {
                guard let f else { return nil }
                return elected && whenKeys.contains(tokens[f].key) ? nil : f
            }
            if (i...last).contains(where: { word($0) && firstPerson.contains(tokens[$0].key) }) {
                guard let f = framed(firstPersonFrame(i - 1)) else { return nil }
                return (f, last, record, true)
            }
            guard let s = subjectBefore(v, firstPersonToo: true), tokens[s].key != administrationKey else { return nil }
            if firstPerson.contains(tokens[s].key) {
                guard let f = framed(firstPersonFrame(s - 1)) else { return nil }
                return (f, last, record, true)
            }
            // A member's election is news ("since Cllr Doe was elected in 2019"); a party's time in office is a
            // frame for its record only after "since"/"ers".
            // "When Labour ran this council we listened": leading the council frames a record with "when" too.
            guard mentions.covering[s] < 0, partyFramed(s, by: sinceKeys) || (ledBody != nil && partyFramed(s, by: whenKeys)) else { return nil }
            var b = s - 1
            while b >= 0, !sinceKeys.contains(tokens[b].key), !whenKeys.contains(tokens[b].key) { b -= 1 }
            return (max(b, 0), ledBody ?? last, record, false)
        case .recordOf:
            // "the record of this Conservative administration", "record y weinyddiaeth Lafur hon": a party-run body.
            var k = last + 1
            if word(k), classes[k].intersects(Lexicon.article) { k += 1 }
            if word(k), powerNouns.contains(tokens[k].key), tokens[k].key != governmentKey, word(k + 1),
               let p = PartyLexicon.match(scanner, classes: classes, at: k + 1) { return (i, p.last, partyRecord, false) }
            guard word(k), let p = PartyLexicon.match(scanner, classes: classes, at: k) else { return nil }
            if powerNouns.contains(tokens[p.last].key), tokens[p.last].key != governmentKey { return (i, p.last, partyRecord, false) }
            if word(p.last + 1), powerNouns.contains(tokens[p.last + 1].key), tokens[p.last + 1].key != governmentKey {
                return (i, p.last + 1, partyRecord, false)
            }
            return nil
        case .doors:
            // "I've knocked on 2,000 doors", "curo ar 2,000 o ddrysau": a number between, the doors after it.
            if !(i...last).contains(where: { doorKeys.contains(tokens[$0].key) }) {
                guard last + 1 < n, (last + 1...min(n - 1, last + 6)).contains(where: { word($0) && doorKeys.contains(tokens[$0].key) }) else { return nil }
            }
            // Said in the first person singular, or of a named member, earlier in the sentence.
            var p = i - 1
            while p >= 0, i - p <= 15, tokens[p].paragraph == paragraph, !(tokens[p].isPunct(".") || tokens[p].isPunct("!") || tokens[p].isPunct("?")) {
                if word(p), singularFirstPerson.contains(tokens[p].key) { return (i, last, campaign, true) }
                // English "I" (capitalised mid-sentence), not Welsh "i" (to).
                if word(p), tokens[p].key == welshToKey, tokens[p].has(TextScanner.Flags.capital), !tokens[p].has(TextScanner.Flags.sentenceStart) {
                    return (i, last, campaign, true)
                }
                let m = mentions.covering[p]
                if m >= 0, mentions.mentions[Int(m)].holder == .member, mentions.mentions[Int(m)].referenceable { return (i, last, campaign, false) }
                // "Campaigners from both main parties were out knocking doors": party workers canvassing.
                if word(p), canvasserKeys.contains(tokens[p].key) { return (i, last, campaign, false) }
                // "more than forty of us were out knocking doors" in a sentence about a campaign or a party; "We have
                // knocked on more than 900 doors" (not the council's officers or staff).
                if word(p), pluralFirstPersonKeys.contains(tokens[p].key), campaignInSentence(p) || !councilVoiceInSentence(p) { return (i, last, campaign, true) }
                p -= 1
            }
            return nil
        case .giveVote:
            // "Give Labour your vote": the party between "give" and "your vote".
            if last == i {
                // "give Alba your first preference": a party word that needs a cue has one in "your" and a vote after it.
                let named = party(i + 1) ?? {
                    guard word(i + 1), tokens[i + 1].has(TextScanner.Flags.capital), let m = PartyLexicon.table.match(scanner, at: i + 1) else { return nil }
                    return m.last
                }()
                guard let p = named, word(p + 1), voteOwners.contains(tokens[p + 1].key), word(p + 2),
                      givenKeys.contains(tokens[p + 2].key) else { return nil }
                return (i, p + 2, call, false)
            }
            // "give your vote to Labour / to Jane Doe / to us", "to Northby Labour", "i dîm Llafur y Bont".
            var k = last + 1
            if let p = party(k) { return (i, p, call, false) }
            if let p = member(k), mentions.mentions[Int(mentions.starting(at: k))].holder == .member { return (i, p, call, false) }
            if word(k), meUs.contains(tokens[k].key) { return (i, k, call, false) }
            if word(k), classes[k].intersects(Lexicon.article) { k += 1 }
            if word(k), callTeamKeys.contains(tokens[k].key) { k += 1 }
            // A place name before the party: "Northby Labour", "Mill Ward Lib Dems".
            var skipped = 0
            while word(k), skipped < 2, tokens[k].has(TextScanner.Flags.capital), party(k) == nil { k += 1; skipped += 1 }
            if let p = party(k) { return (i, p, call, false) }
            return nil
        case .welshCleft:
            // "Llafur wnaeth achub y pwll": the party, "wnaeth" (did) and a deed's verb-noun.
            if tokens[i].key == welshDidKey {
                guard word(i + 1), RecordClaim.deedKeys.contains(tokens[i + 1].key), i >= 1 else { return nil }
                var s = i - 1
                while s >= max(0, i - 4) {
                    if word(s), party(s) == i - 1, mentions.covering[s] < 0 { return (s, i + 1, partyRecord, true) }
                    s -= 1
                }
                return nil
            }
            // Spoken Welsh may drop the relative "a" in a quotation: "“Llafur sicrhaodd y cyllid …”" (Labour secured the money).
            if i >= 1, insideQuotation(i), word(i - 1), !(tokens[i - 1].key == welshRelativeKey) {
                var s = i - 1
                while s >= max(0, i - 4) {
                    // A capitalised party word counts at the start of the quotation ("“Llafur sicrhaodd …”"), as after "vote".
                    if word(s), party(s) == i - 1, mentions.covering[s] < 0 { return (s, i, partyRecord, true) }
                    s -= 1
                }
                return nil
            }
            guard i >= 2, word(i - 1), tokens[i - 1].key == welshRelativeKey, insideQuotation(i) || speakerBefore(i, reach: 40) else { return nil }
            var s = i - 2
            while s >= max(0, i - 6) {
                if word(s), let pl = PartyLexicon.match(scanner, classes: classes, at: s), pl.last >= i - 2, mentions.covering[s] < 0 {
                    return (s, i, partyRecord, true)
                }
                s -= 1
            }
            return nil
        case .cleft:
            // "It was Plaid Cymru that fought for this money, and we got it": the party, "who"/"that", then its deed.
            guard let p = party(last + 1), word(p + 1), relativeKeys.contains(tokens[p + 1].key), word(p + 2),
                  mentions.covering[p] < 0 else { return nil }
            // In someone's own words: a quotation, or first person before it or later in the sentence.
            var ownWords = insideQuotation(i) || speakerBefore(i, reach: 40)
            var k = p + 2
            while !ownWords, k < n, k - p < 25, tokens[k].paragraph == paragraph,
                  !(tokens[k].isPunct(".") || tokens[k].isPunct("!") || tokens[k].isPunct("?")) {
                if word(k), speakerKeys.contains(tokens[k].key) { ownWords = true }
                k += 1
            }
            return ownWords ? (i, p + 2, partyRecord, true) : nil
        case .leftMess:
            // "Gadawodd y Ceidwadwyr lanast ariannol i ni" (the Conservatives left us a financial mess): Welsh puts the verb
            // first, then the party, then what it left; in someone's own words, as "left us" is.
            // Or "y criw diwethaf" / "y lot diwethaf" (the last lot) in the party's place.
            var lastLot: Int?
            if word(last + 1), word(last + 2), word(last + 3), lastLotKeys.contains(tokens[last + 2].key),
               previousKeys.contains(tokens[last + 3].key) { lastLot = last + 3 }
            guard let p = party(last + 1) ?? lastLot, insideQuotation(i) || speakerBefore(i, reach: 40) else { return nil }
            var k = p + 1
            while k < n, k - p <= 3, word(k) {
                if messKeys.contains(tokens[k].key) { return (i, k, partyRecord, true) }
                k += 1
            }
            return nil
        case .sinceYear:
            // The year: four digits from 1990 on ("since 2022"), not a time or a count ("since 10am").
            guard last + 1 < n, tokens[last + 1].paragraph == paragraph, let year = yearValue(scanner, last + 1), (1990...2099).contains(year)
            else { return nil }
            // In the sentence, a party (with its group, councillors or administration) straight before a perfect
            // auxiliary — "Plaid councillors have", "the Labour group had", "mae cynghorwyr Plaid wedi" — with no member
            // named between ("Labour councillor Jo Bell has represented the ward since 2019" is news of her).
            var a = i
            while a > 0, i - a < 30, tokens[a - 1].paragraph == paragraph, !(tokens[a - 1].isPunct(".") || tokens[a - 1].isPunct("!") || tokens[a - 1].isPunct("?")) { a -= 1 }
            var b = last + 1
            while b + 1 < n, b - last < 30, tokens[b + 1].paragraph == paragraph, !(tokens[b].isPunct(".") || tokens[b].isPunct("!") || tokens[b].isPunct("?")) { b += 1 }
            for aux in a...b where word(aux) && (perfectAuxKeys.contains(tokens[aux].key) || tokens[aux].key == hadKey) {
                // Welsh: "mae cynghorwyr Plaid wedi": the party before "wedi"; English: before "have/has/had".
                var p = aux - 1
                while p >= a, aux - p <= 4, word(p) {
                    // A named member between ends it; a plural group ("Plaid councillors") is the party's own.
                    if mentions.covering[p] >= 0, mentions.mentions[Int(mentions.covering[p])].referenceable { break }
                    // "The Conservatives have run the council since 2019": time in office, reported, is news.
                    if classes[p].intersects(Lexicon.partyStart), let e = PartyLexicon.match(scanner, classes: classes, at: p), e.last < aux,
                       !(word(aux + 1) && officeHeldKeys.contains(tokens[aux + 1].key)) {
                        return (min(p, i), max(last + 1, aux), partyRecord, false)
                    }
                    p -= 1
                }
            }
            return nil
        case .stoodWith:
            // A party as the subject, not a member ("Cllr Doe stood with residents at the meeting" is news of them).
            // A capitalised party word counts at the start of a sentence here ("Labour stood with Eastby."), as after "vote".
            // Only in someone's own words (a quotation, or a speaker's first person): a news line reporting that a party
            // "stood with residents at the protest" is a party reference.
            guard word(last + 1) else { return nil }
            // "Plaid Cymru has stood firm", "Mae Plaid Cymru wedi sefyll yn gadarn": a perfect tense's auxiliary between.
            let verb = word(i - 1) && perfectAuxKeys.contains(tokens[i - 1].key) ? i - 1 : i
            var s = verb - 1
            while s >= max(0, verb - 4), word(s) {
                if party(s) == verb - 1, mentions.covering[s] < 0 {
                    guard insideQuotation(s) || speakerBefore(s, reach: 40) else { return nil }
                    return (s, last + 1, partyRecord, true)
                }
                s -= 1
            }
            return nil
        case .hustings:
            // Arranged or announced in the same sentence: "will host a hustings", "A hustings will be held on …";
            // not one another body organises ("A hustings organised by Kinnaird Community Council will be held …").
            var a = i
            while a > 0, i - a < 20, tokens[a - 1].paragraph == paragraph,
                  !(tokens[a - 1].isPunct(".") || tokens[a - 1].isPunct("!") || tokens[a - 1].isPunct("?")) { a -= 1 }
            var k = a
            var arranged = false
            while k < n, k - i <= 12, tokens[k].paragraph == paragraph, !(k > i && (tokens[k].isPunct(".") || tokens[k].isPunct("!") || tokens[k].isPunct("?"))) {
                if word(k), arrangingKeys.contains(tokens[k].key) { arranged = true }
                if word(k), organisedKeys.contains(tokens[k].key), word(k + 1), tokens[k + 1].key == byKey, word(k + 2),
                   tokens[k + 2].has(TextScanner.Flags.capital) && tokens[k + 2].key != theKey
                    || (tokens[k + 2].key == theKey && word(k + 3) && tokens[k + 3].has(TextScanner.Flags.capital) && tokens[k + 3].key != PersonMentions.councilKey) { return nil }
                k += 1
            }
            return arranged ? (i, last, campaign, false) : nil
        case .imprint:
            // Needs "on behalf of" later in the same paragraph.
            var k = last + 1
            while k < n, tokens[k].paragraph == paragraph {
                if let behalf = onBehalfOf.match(scanner, at: k) {
                    // Include the candidate or party the material is promoted for.
                    var end = behalf.last
                    // "on behalf of Kestwick Green Party": a local party's place name before it.
                    if let m = member(end + 1) { end = m } else if let p = party(end + 1) ?? (word(end + 1) && tokens[end + 1].has(.capital) ? party(end + 2) : nil) { end = p }
                    // "on behalf of Rhodri Gwyndaf and Carys Wynne (Welsh Labour)": every candidate it names.
                    // "on behalf of Dewi Penrhos and Welsh Labour": the candidates and the party.
                    while end + 2 < n, word(end + 1), listJoinKeys.contains(tokens[end + 1].key), let m = member(end + 2) ?? party(end + 2) { end = m }
                    // "on behalf of Tomos Lloyd, Plaid Cymru, 4 Stryd y Bont": the party after a comma too.
                    if end + 2 < n, tokens[end + 1].isPunct(","), let p = party(end + 2) { end = p }
                    // "on behalf of Bev Scammell (Reform UK)": the candidate's party label is part of the imprint.
                    if end + 2 < n, tokens[end + 1].isPunct("("), let p = party(end + 2), p + 1 < n, tokens[p + 1].isPunct(")") { end = p + 1 }
                    return (i, end, imprint, false)
                }
                k += 1
            }
            // "Promoted by Bethan Huws, Fferm Tyddyn Bach, Llan-non.": a candidate promoting their own material, an address after.
            if let m = member(last + 1), mentions.mentions[Int(mentions.starting(at: last + 1))].holder == .member, m + 2 < n, tokens[m + 1].isPunct(","),
               tokens[m + 2].kind == .number || word(m + 2) && tokens[m + 2].has(TextScanner.Flags.capital) { return (i, m, imprint, false) }
            return nil
        }
        }
        guard let found = dispatch() else { return nil }
        return found.kind == call ? (found.first, extendCall(found.last), found.kind, found.firstPerson) : found
    }

    /// Admin uses of `#Vote…`: turnout and registration, not a call to vote for anyone.
    static let adminVoteTags: Set<String> = ["", "safe", "safely", "bypost", "byproxy", "now", "today", "matters", "id", "local",
                                             "inperson", "ready", "early", "smart", "registration", "register", "wise", "aware"]

    /// Electioneering in a hashtag body (lower case, `_` removed): `#VoteLabour`, `#VoteForJane`, `#ReElectDoe`, `#BackTheGreens`.
    static func hashtag(_ bytes: [UInt8]) -> Bool {
        func starts(_ prefix: String) -> Bool { bytes.starts(with: Array(prefix.utf8)) }
        if starts("reelect") { return true }
        if starts("votefor") { return bytes.count > 7 }
        if starts("vote") {
            let rest = String(decoding: bytes.dropFirst(4), as: UTF8.self)
            if adminVoteTags.contains(rest) || rest.allSatisfy({ $0.isNumber }) { return false }
            return true
        }
        if starts("elect"), !starts("election"), !starts("elector"), bytes.count > 5 { return true }
        if starts("ailethol") { return true }
        // "#BothVotesSNP": both of a voter's votes for a party.
        if starts("bothvotes"), bytes.count > 9 { return true }
        for prefix in voteTagPrefixes where bytes.count > prefix.count && bytes.starts(with: prefix) {
            let rest = Array(bytes.dropFirst(prefix.count))
            if PartyLexicon.party(inTag: rest) != nil { return true }
            // Welsh mutates the party after the verb: "#CefnogwchLafur" (Llafur), "#PleidleisiwchGeidwadwyr".
            for radical in softMutationRadicals(rest) where PartyLexicon.party(inTag: radical) != nil { return true }
        }
        return false
    }

    /// The radical (dictionary) forms a soft-mutated Welsh word could come from: "lafur" → "llafur",
    /// "geidwadwyr" → "ceidwadwyr", "blaid" → "plaid". Only for hashtags, which are few.
    static func softMutationRadicals(_ word: [UInt8]) -> [[UInt8]] {
        guard let c = word.first else { return [] }
        let second = word.count > 1 ? word[1] : 0
        /// `prefix` in place of the first `drop` letters.
        func swap(_ prefix: String, drop: Int = 1) -> [UInt8] { Array(prefix.utf8) + word.dropFirst(drop) }
        switch c {
        case UInt8(ascii: "l") where second != UInt8(ascii: "l"): return [Array("l".utf8) + word]
        case UInt8(ascii: "r") where second != UInt8(ascii: "h"): return [swap("rh")]
        case UInt8(ascii: "b"): return [swap("p")]
        case UInt8(ascii: "d") where second == UInt8(ascii: "d"): return [swap("d", drop: 2)]
        case UInt8(ascii: "d"): return [swap("t")]
        case UInt8(ascii: "g"): return [swap("c")]
        case UInt8(ascii: "f") where second != UInt8(ascii: "f"): return [swap("b"), swap("m")]
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "w"), UInt8(ascii: "y"):
            return [Array("g".utf8) + word]
        default: return []
        }
    }
}
