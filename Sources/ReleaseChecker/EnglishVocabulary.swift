/// The English vocabulary: every word and phrase the detectors know in English, in one place. Sources: the
/// Code of Recommended Practice on Local Authority Publicity 2011 (para 34), the LGA short guide to publicity
/// during the pre-election period, the Electoral Commission's party registers and the usual forms of UK
/// council press releases.
extension Vocabulary {
    /// English (and the titles shared across the UK: MP, MSP, MS, MLA).
    static let english: Vocabulary = {
        var v = Vocabulary(language: "English")
        v.titles = ["cllr", "councillor", "councilor", "coun", "bailie", "alderman", "cr"]
        v.pluralTitles = ["cllrs", "councillors", "councilors", "aldermen"]
        v.honorifics = ["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "prof", "professor", "rev", "revd", "reverend", "lady", "lord", "baroness"]
        v.postnominals = ["mp", "msp", "ms", "mla", "am", "mep", "mpp"]
        v.speechVerbs = [
            "said", "says", "say", "added", "adds", "explained", "explains", "commented", "comments", "continued", "continues",
            "stated", "states", "remarked", "noted", "notes", "told", "tells", "concluded", "concludes", "urged", "urges",
            "insisted", "insists", "warned", "warns", "revealed", "reveals", "announced", "announces", "declared", "declares",
            "highlighted", "highlights", "emphasised", "emphasises", "emphasized", "emphasizes", "stressed", "stresses",
            "welcomed", "welcomes", "praised", "described", "describes", "replied", "responded", "responds", "acknowledged",
            "admitted", "agreed", "quipped", "enthused", "wrote", "writes", "observed", "reflected", "confirmed", "confirms",
            "commenting", "speaking", "explaining", "adding", "saying", "according", "promised", "pledged", "vowed",
            "argues", "argued", "arguing", "maintains", "maintained", "asked", "reported", "defended", "defends",
            "criticised", "criticises", "criticized", "criticizes", "condemns", "condemned", "slammed", "slams",
            "hails", "hailed",  // "Mayor hails bus 'revolution'": praise, a view
            "posted", "tweeted",  // "posted on Facebook: “…”": with a quotation, the member's words
            // Minutes record a member's stated view as what they felt or believed ("felt that the charge should …").
            "felt", "believed", "considered", "suggested", "questioned",
            // An objection or an attack states a position: "objects, stating that the site floods", "has attacked the plan".
            "objects", "objected", "stating", "attacked", "attacks", "claimed", "claims",
            "backs",  // "Parish chairman backs speed checks": support stated, in a headline
            "asks", "reports", "replies",
            "denied", "denies", "disagreed", "disagrees",  // "has denied using a council magazine to promote his party"
            "wants",  // "X, standing for the Green Party, wants a 20mph zone": a position stated
            "sums", "summed", "summing",  // "Cabinet member … sums up: “…”"
        ]
        v.actionSpeechVerbs = ["welcomed", "welcomes", "described", "describes", "announced", "announces", "declared",
                               "declares", "agreed", "acknowledged", "continued", "continues", "concluded", "concludes", "wrote",
                               "writes", "observed", "reflected", "highlighted", "highlights", "speaking", "commenting", "according",
                               "asked", "reported", "posted", "tweeted", "considered", "suggested", "questioned", "backs",
                               "asks", "reports"]
        v.letterVerbs = ["wrote", "written", "writes"]
        v.welcomingVerbs = ["welcomed", "welcomes"]
        v.announcingVerbs = ["announced", "announces"]
        // "Can you swap the officer quote for one from me?", "put a line in from me": the e-mail's sender asks for their words.
        v.quoteRequestNouns = ["line", "quote", "one", "words", "comment", "sentence", "this", "something"]
        v.quoteRequestEnds = ["from me"]
        v.passiveViewVerbs = ["defended", "criticised", "criticized", "condemned", "attacked", "opposed", "rejected", "backed", "endorsed"]
        v.recordLeads = ["we", "we've", "i", "i've"]
        // Who a member backs or opposes: "backed the campaigners", "backed the convener" (another member's stance).
        v.stanceObjects = ["residents", "campaigners", "petition", "campaign", "objectors", "protesters", "traders", "families", "parents",
                           "convener", "convenor"]
        // Northern Ireland's constituencies elect five MLAs each: "MLA demands action" names none of them.
        v.sharedOffices = ["cabinet member", "executive member", "lead member", "portfolio holder", "cabinet lead", "mla", "msp"]
        v.outsideCommittees = ["gala", "festival", "carnival", "fete", "fête", "show", "regatta", "games", "twinning", "bonfire", "allotment",
                               "allotments", "residents", "residents'", "hall", "pageant", "parade", "fair", "riding", "sports", "club",
                               "church", "pta", "parents", "friends", "marathon", "eisteddfod", "bowls", "cricket", "football", "rugby",
                               "golf", "sailing", "rowing", "swimming", "choir", "band", "organising", "organizing"]
        v.recordCues = ["years", "term", "others", "again", "unlike", "opposition", "previous", "rivals", "opponents", "since"]
        v.recordDeeds = ["delivered", "froze", "frozen", "cut", "saved", "voted", "secured", "forced", "built", "invested", "protected", "stopped",
                         "scrapped", "won", "reopened", "halved", "doubled", "slashed", "abolished", "rescued", "fought", "kept", "blocked",
                         "defeated", "reversed", "balanced", "fixed", "brought", "got", "cleared", "cleaned", "dealt", "handled", "resolved"]
        // "unveiled plans for …" is announcing; "unveiled a plaque" is an act, so unveiling needs a proposal as its object.
        v.stanceVerbs = ["backed", "backs", "supports", "supported", "opposes", "opposed", "rejected", "rejects", "endorsed", "endorses",
                         "unveiled", "unveils", "launched", "launches"]
        v.welcomedViews = ["decision", "decisions", "announcement", "news", "plan", "plans", "proposal", "proposals", "funding",
                           "investment", "move", "ruling", "outcome", "result", "findings", "approval", "u-turn", "commitment", "verdict",
                           "budget", "grant", "scheme", "extension",
                           // What a member backs or opposes: "backed the delay", "opposes the closure", "rejected the cuts".
                           "delay", "closure", "closures", "cuts", "changes", "increase", "rise", "proposed", "bid", "merger", "policy",
                           "strategy", "review", "consultation", "application", "development", "expansion", "reorganisation", "calls", "call",
                           // What a member launches or unveils: "launched a consultation", "unveiled a £1.5m fund".
                           "fund", "programme", "initiative", "survey", "merger", "proposed", "blueprint", "vision", "package", "pledge",
                           "settlement", "deal", "agreement", "offer", "money", "cash", "boost", "award", "timetable", "report",
                           "launch", "cap", "freeze", "confirmation", "go-ahead"]
        v.requestParticiples = ["asking", "urging", "requesting", "demanding", "calling"]
        v.speechLinks = ["and", "but", "while"]
        v.reportThat = ["that"]
        v.reportQuestion = ["whether", "if", "why", "how", "what", "when"]  // "asked why the council had not …": a question put, as "asked whether" is
        // "considered that …", "suggested that …", "questioned whether …": a view in minutes only with the clause it
        // introduces; "considered the report", "suggested a site visit" is the meeting's business.
        v.reportingActs = ["asked", "asks", "reported", "considered", "suggested", "questioned"]
        v.pluralPronouns = ["they"]
        v.bylineLeads = ["from", "by", "from my desk", "from the desk of", "from the blog of", "from the diary of",
                         // A re-shared post's author: "Shared from: X MP – …", "Original post from X MLA:".
                         "shared from", "original post from", "reposted from", "post from", "a word from", "a message from", "a letter from", "right of reply", "column by", "written by",
                         "a foreword from", "foreword from", "foreword by", "an introduction from"]
        v.columnNouns = ["column", "columns", "blog", "diary"]
        // "here is a quote from Cllr X to add to your story": a quotation offered in the member's name.
        v.attributionLeads = ["according to", "a quote from", "quote from", "quotes from", "a comment from", "text from", "a text from",
                              "message from", "text message from"]
        v.statementLeads = ["statement from", "statement by", "on behalf of"]
        v.statementNouns = ["statement"]
        v.viewNouns = ["view", "position", "opinion", "belief"]
        v.readerWords = ["your"]
        v.positionPhrases = ["hit back", "hits back", "hitting back", "hit out", "hits out", "fired back", "fires back", "spoke out",
                             "speaks out", "lashed out", "lashes out",
                             // "The local member, Cllr X, spoke against the application": opposing, a view.
                             "spoke against", "spoke in favour", "spoke in support", "speaking against", "speaks against",
                             // "X issued a joint statement backing …": a member's statement is their words.
                             "issued a statement", "issued a joint statement", "released a statement", "issued the following statement",
                             "unite against", "united against", "join forces against", "joined forces against",
                             // "has set out the timetable", "City Treasurer sets out levy timetable": a plan announced.
                             "sets out", "set out", "setting out",
                             // Minutes: "expressed concern about the cost" is the member's view of it.
                             "expressed concern", "expressed concerns", "expressed disappointment", "raised concerns", "raised concern",
                             // "has ruled out closing any libraries": a position stated.
                             "ruled out", "rules out", "ruling out",
                             // "He went on to say that the parks would open": more of the member's words.
                             "went on to say", "went on to add", "goes on to say"]
        v.postNouns = ["post", "posts", "tweet", "tweets", "message", "blog", "letter", "email", "e-mail", "newsletter", "leaflet",
                       "statement", "words", "comment", "comments", "reply", "update"]
        v.viewCopulas = ["is", "was", "remains"]
        // Not "calls", "brands", "labels": nouns as often as verbs ("parents' calls for a crossing").
        // "…, telling the Gazette: “…”" attributes the quotation; "Cllr X, telling the story of the mill, unveiled …" reports an act.
        // "appealed for calm": an appeal for something is a call for it, the member's stated position.
        v.namingVerbs = ["called", "calling", "branded", "branding", "dubbed", "labelled", "labeled", "accused", "accuses", "accusing", "telling",
                         "appealed", "appeals", "appealing"]
        v.singleOffices = [("mayor", "mayor"), ("provost", "provost"), ("leader", "leader"), ("chair", "chair"), ("chairman", "chair"),
                           ("convener", "convener"), ("deputy leader", "deputy leader"), ("deputy mayor", "deputy mayor"), ("lord mayor", "lord mayor"),
                           ("deputy lord mayor", "deputy lord mayor"), ("lord provost", "lord provost"), ("depute provost", "depute provost")]
        v.requestedWork = ["report", "survey", "update", "briefing", "breakdown", "figures", "details", "clarification", "information"]
        v.callPrepositions = ["for", "on"]  // "called for an inquiry", "has called on the coalition to publish …"
        v.procedureCalls = ["order", "silence", "a vote", "a recorded vote", "a named vote", "a show of hands", "a recess",
                            "an adjournment", "a minute's silence", "nominations", "questions", "a break"]
        v.passiveSpeechVerbs = ["condemned", "described", "dismissed", "branded", "labelled", "labeled", "called", "dubbed", "criticised",
                                "criticized", "denounced", "hailed", "slammed", "attacked"]
        v.passiveAgents = ["by"]
        v.pronouns = ["he", "she", "they"]
        v.articles = ["the", "a", "an", "our", "its", "their", "his", "her", "this", "your"]
        v.adverbs = ["also", "today", "yesterday", "has", "have", "had", "then", "further", "later", "recently", "previously",
                                  "earlier", "both", "jointly", "warmly", "last", "week", "this", "morning", "afternoon", "evening", "on", "at",
                                  "tonight", "proudly", "who", "is", "was"]
        // "her fellow Independent, Coun X": a colleague of the same group, so the word before names the party.
        v.partyCuesBefore = ["fellow"]
        v.partyCues = [
            "party", "parties", "group", "groups", "councillor", "councillors", "cllr", "cllrs", "candidate", "candidates", "member",
            "members", "administration", "administrations", "government", "leader", "leadership", "cabinet", "council", "led",
            "run", "controlled", "held", "mp", "mps", "msp", "msps", "mla", "mlas", "ms", "am", "peer", "peers", "activist",
            "activists", "campaigner", "campaigners", "campaign", "manifesto", "supporters", "supporter", "voters", "victory",
            "majority", "minority", "coalition", "gain", "seat", "seats", "spokesperson", "spokesman", "spokeswoman", "opposition",
            "whip", "minister", "ministers", "mayor", "mayoral", "branch", "association", "association's", "vote", "votes",
            "colleagues", "colleague", "partnership", "pcc", "commissioner",
            "commitment", "commitments", "pledge", "pledges", "promise", "promises", "policy", "policies", "amendment", "amendments",  // "a Scottish Green commitment"  // "Cllr X's Conservative colleagues", "the SNP-Labour partnership"
        ]
        v.nameStops = [
            "council", "borough", "county", "city", "district", "parish", "town", "community", "park", "street", "road", "lane",
            "centre", "center", "hall", "library", "school", "college", "university", "church", "house", "court", "square",
            "way", "avenue", "close", "ward", "committee", "cabinet", "service", "services", "department", "team", "day", "week",
            "the", "a", "an", "and", "of", "for", "in", "on", "at", "to", "with", "by", "this", "that", "our", "we", "it", "its",
            "residents", "police", "nhs", "trust", "association", "society", "club", "group", "party", "said", "says", "added",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december", "who", "which",
            "leader", "cabinet", "member", "mayor", "chair", "director", "head", "manager", "officer", "clerk", "executive",
        ]
        // "Councillor Surgeries", "Councillor's Blog": a heading's words after a title, not a surname.
        v.headingNouns = ["surgeries", "surgery", "blog", "column", "update", "updates", "newsletter", "diary", "corner", "briefing", "bulletin"]
        v.placeNouns = ["wynd", "court", "street", "road", "lane", "close", "place", "square", "house", "hall", "gardens", "park", "way",
                        "walk", "row", "terrace", "crescent", "drive", "avenue", "vennel", "brae", "loan", "gate", "grove", "mews", "yard",
                        "parade", "quay", "wharf", "centre", "buildings", "chambers", "pend", "wynds", "st", "rd", "ave", "pier", "parlour",
                        "trophy", "cup", "shield", "prize", "medal", "room", "suite", "gallery", "chamber", "library", "institute", "garden",
                        "primary", "school", "academy", "infants", "pavilion", "memorial", "quaich", "fields", "bridge",
                        "inn", "hotel", "arms", "tavern", "restaurant", "bench", "bandstand", "fountain", "clock"]
        v.streetNouns = ["way", "road", "close", "lane", "avenue", "drive", "crescent", "terrace", "square", "gardens", "mews", "wynd",
                         "vennel", "boulevard", "trophy", "cup", "shield", "prize", "medal", "room", "suite", "gallery",
                         "primary", "school", "academy", "infants", "pavilion", "centre", "memorial", "quaich", "fields", "bridge",
                         "inn", "hotel", "tavern", "restaurant", "bench", "bandstand", "fountain", "clock"]  // not "hall", "park": surnames too
        v.pastHolderWords = ["former", "late", "ex", "served", "next", "future", "first"]  // "served" only before "as": "who served as Mayor"
        v.officeNouns = ["office", "offices", "secretariat", "desk"]  // "From the Mayor's desk": the office
        v.capacityLeads = ["in the", "who as", "who, as", "who has been", "who is"]
        v.requestMarkers = ["to"]
        v.photoOfferWords = ["available"]
        v.letterCues = ["letters to the editor", "letter to the editor", "letters", "your letters", "readers' letters", "letters page",
                        "postbag", "sir", "dear editor", "dear sir", "dear sir or madam"]
        v.valedictions = ["yours faithfully", "yours sincerely", "yours truly", "kind regards", "best wishes", "best regards", "regards"]
        v.firstPersonWords = ["i", "my", "me", "we", "our", "us", "i'm", "i've"]
        v.businessAddressees = ["officers", "officer", "clerk", "staff", "committee", "panel", "cabinet", "council", "members",
                                "councillors", "meeting", "chair", "director", "him", "her", "them", "everyone", "residents"]
        v.mailHeaderFields = ["sent", "to", "subject", "date", "cc", "bcc", "reply-to"]
        v.speechNouns = ["speech", "remarks", "address", "keynote", "transcript", "clip"]
        v.officeDescriptionNouns = ["role", "duties", "responsibilities"]
        v.connectors = ["and", "of", "for", "the", "&"]
        v.memberBodies = ["council", "councils", "committee", "committees", "panel", "cabinet", "scrutiny", "authority",
                                      "assembly", "opposition", "administration", "group", "board", "executive", "senedd", "parliament",
                                      "forum", "commission", "sub"]
        v.particles = ["de", "van", "von", "ap", "ab", "le", "la", "du", "da", "di", "der", "den", "mac", "bin", "al", "el", "o"]
        // Roles: who holds them and how they extend ("Cabinet Member for Housing").
        v.roles = [
            // Leaders.
            ("leader of the council", RoleLexicon.member()), ("council leader", RoleLexicon.member()), ("deputy leader", RoleLexicon.member(extends: true)),
            ("deputy leader of the council", RoleLexicon.member()), ("deputy council leader", RoleLexicon.member()),
            ("leader", RoleLexicon.member(extends: true, conditional: true, capital: true)),
            ("leader of the opposition", RoleLexicon.member()), ("opposition leader", RoleLexicon.member()), ("group leader", RoleLexicon.member(extends: true)),
            // Cabinet and portfolio.
            ("cabinet member", RoleLexicon.member(extends: true)), ("cabinet members", RoleLexicon.member()), ("deputy cabinet member", RoleLexicon.member(extends: true)),
            ("executive member", RoleLexicon.member(extends: true)), ("lead member", RoleLexicon.member(extends: true)), ("lead councillor", RoleLexicon.member(extends: true)),
            ("portfolio holder", RoleLexicon.member(extends: true)), ("cabinet portfolio holder", RoleLexicon.member(extends: true)), ("cabinet lead", RoleLexicon.member(extends: true)),
            ("cabinet secretary", RoleLexicon.member(false, extends: true)), ("minister", RoleLexicon.member(false, extends: true)), ("first minister", RoleLexicon.member()),
            // A Secretary of State is a government minister: by title alone no member or candidate of a local poll.
            ("prime minister", RoleLexicon.member()), ("secretary of state", RoleLexicon.member(false, extends: true)),
            // Chairs.
            ("chair", RoleLexicon.member(extends: true, conditional: true, capital: true)), ("chairman", RoleLexicon.member(extends: true, conditional: true, capital: true)),
            ("chairwoman", RoleLexicon.member(extends: true, conditional: true, capital: true)), ("chairperson", RoleLexicon.member(extends: true, conditional: true, capital: true)),
            ("vice chair", RoleLexicon.member(extends: true, conditional: true)), ("vice chairman", RoleLexicon.member(extends: true, conditional: true)),
            ("deputy chair", RoleLexicon.member(extends: true, conditional: true)), ("committee chair", RoleLexicon.member()), ("committee chairman", RoleLexicon.member()),
            ("convener", RoleLexicon.member(extends: true, conditional: true)), ("convenor", RoleLexicon.member(extends: true, conditional: true)),
            ("depute convener", RoleLexicon.member(extends: true, conditional: true)),
            ("city treasurer", RoleLexicon.member()), ("parish chairman", RoleLexicon.member()), ("parish council chairman", RoleLexicon.member()), ("parish chair", RoleLexicon.member()),
            ("town council chairman", RoleLexicon.member()), ("chair of the council", RoleLexicon.member()), ("chairman of the council", RoleLexicon.member()), ("chair of council", RoleLexicon.member()),
            ("council chair", RoleLexicon.member()), ("council chairman", RoleLexicon.member()), ("council chairwoman", RoleLexicon.member()), ("council chairperson", RoleLexicon.member()),
            // Bodies called councils whose members are not councillors: a school's parent council, a youth council.
            ("parent council", RoleLexicon.other), ("parent council chair", RoleLexicon.other), ("youth council", RoleLexicon.other),
            ("youth mayor", RoleLexicon.other), ("young mayor", RoleLexicon.other),
            // A Scottish community council is a voluntary body, not the local authority: its chair is no councillor.
            ("community council chair", RoleLexicon.other),
            // A parish meeting (a parish without a council) has a chairman but no councillors.
            ("chairman of the parish meeting", RoleLexicon.other), ("chair of the parish meeting", RoleLexicon.other), ("community council chairman", RoleLexicon.other),
            ("community council convener", RoleLexicon.other), ("community council secretary", RoleLexicon.other),
            ("youth council chair", RoleLexicon.other), ("school council", RoleLexicon.other), ("pupil council", RoleLexicon.other),
            ("council vice chair", RoleLexicon.member()), ("council vice chairman", RoleLexicon.member()),
            // Mayors and provosts (civic and elected).
            ("mayor", RoleLexicon.member(extends: true)), ("lord mayor", RoleLexicon.member(extends: true)), ("deputy mayor", RoleLexicon.member(extends: true)),
            ("deputy lord mayor", RoleLexicon.member(extends: true)), ("town mayor", RoleLexicon.member(extends: true)), ("metro mayor", RoleLexicon.member(extends: true)),
            ("elected mayor", RoleLexicon.member(extends: true)), ("civic mayor", RoleLexicon.member(extends: true)), ("provost", RoleLexicon.member(extends: true)),
            ("lord provost", RoleLexicon.member(extends: true)), ("depute provost", RoleLexicon.member(extends: true)), ("deputy provost", RoleLexicon.member(extends: true)),
            // Commissioners and parliamentarians.
            ("police and crime commissioner", RoleLexicon.member(extends: true)), ("police fire and crime commissioner", RoleLexicon.member(extends: true)),
            ("deputy police and crime commissioner", RoleLexicon.member(extends: true)), ("pcc", RoleLexicon.member()),
            ("mp", RoleLexicon.member(extends: true)), ("msp", RoleLexicon.member(extends: true)), ("mla", RoleLexicon.member(extends: true)), ("mep", RoleLexicon.member(extends: true)),
            ("member of parliament", RoleLexicon.member(extends: true)), ("member of the scottish parliament", RoleLexicon.member(extends: true)),
            // Senedd and Assembly constituencies elect several members: the office alone names no one (a name still does).
            ("member of the senedd", RoleLexicon.member(false, extends: true)), ("senedd member", RoleLexicon.member(false, extends: true)),
            ("assembly member", RoleLexicon.member(false, extends: true)),
            ("member of the legislative assembly", RoleLexicon.member(extends: true)),
            // Councillors as a generic role (an attribution "said a ward councillor"; not a reference on its own).
            // "Councillor for Hill Ward and Cabinet Member for Transport": the ward and a second role belong to it.
            ("councillor", RoleLexicon.member(false, extends: true)), ("councillors", RoleLexicon.member(false)), ("alderman", RoleLexicon.member(false)), ("ward councillor", RoleLexicon.member(false)),
            ("ward councillors", RoleLexicon.member(false)), ("local councillor", RoleLexicon.member(false)), ("local councillors", RoleLexicon.member(false)),
            ("parish councillor", RoleLexicon.member(false)), ("town councillor", RoleLexicon.member(false)), ("county councillor", RoleLexicon.member(false)),
            ("borough councillor", RoleLexicon.member(false)), ("district councillor", RoleLexicon.member(false)), ("community councillor", RoleLexicon.member(false)),
            ("ward member", RoleLexicon.member(false)), ("elected member", RoleLexicon.member(false)), ("elected members", RoleLexicon.member(false)),
            // Candidates: people directly involved in the election (Code para 34); a reference once a name is attached.
            ("candidate", RoleLexicon.member(false, extends: true)), ("candidates", RoleLexicon.member(false)), ("prospective candidate", RoleLexicon.member(false, extends: true)),
            ("parliamentary candidate", RoleLexicon.member(false, extends: true)), ("mayoral candidate", RoleLexicon.member(false, extends: true)),
            // Officers.
            ("spokesperson", RoleLexicon.officer()), ("spokesman", RoleLexicon.officer()), ("spokeswoman", RoleLexicon.officer()), ("council spokesperson", RoleLexicon.officer()),
            ("clerk", RoleLexicon.officer(extends: true)), ("town clerk", RoleLexicon.officer()), ("parish clerk", RoleLexicon.officer()), ("chief executive", RoleLexicon.officer(extends: true)),
            ("deputy chief executive", RoleLexicon.officer()), ("managing director", RoleLexicon.officer()), ("director", RoleLexicon.officer(extends: true)),
            ("assistant director", RoleLexicon.officer(extends: true)), ("strategic director", RoleLexicon.officer(extends: true)),
            ("executive director", RoleLexicon.officer(extends: true)), ("corporate director", RoleLexicon.officer(extends: true)),
            ("service director", RoleLexicon.officer(extends: true)), ("head of", RoleLexicon.officer(extends: true)), ("head", RoleLexicon.officer(extends: true, capital: true)),
            ("manager", RoleLexicon.officer(extends: true)), ("officer", RoleLexicon.officer(extends: true)), ("team leader", RoleLexicon.officer(extends: true)),
            ("team manager", RoleLexicon.officer()), ("service lead", RoleLexicon.officer(extends: true)), ("lead officer", RoleLexicon.officer(extends: true)),
            ("coordinator", RoleLexicon.officer(extends: true)), ("co ordinator", RoleLexicon.officer(extends: true)), ("returning officer", RoleLexicon.officer()),
            ("electoral registration officer", RoleLexicon.officer()), ("monitoring officer", RoleLexicon.officer()), ("chief officer", RoleLexicon.officer(extends: true)),
            ("ranger", RoleLexicon.officer()), ("librarian", RoleLexicon.officer()), ("engineer", RoleLexicon.officer()), ("planner", RoleLexicon.officer()), ("surveyor", RoleLexicon.officer()),
            ("adviser", RoleLexicon.officer()), ("advisor", RoleLexicon.officer()), ("specialist", RoleLexicon.officer()), ("curator", RoleLexicon.officer()), ("warden", RoleLexicon.officer()),
            ("press office", RoleLexicon.officer()), ("press officer", RoleLexicon.officer()), ("proper officer", RoleLexicon.officer()),
            ("chief fire officer", RoleLexicon.officer()), ("station manager", RoleLexicon.officer()), ("group manager", RoleLexicon.officer()),
            // Police, NHS, schools and others: not members, fine to quote.
            ("inspector", RoleLexicon.other), ("chief inspector", RoleLexicon.other), ("sergeant", RoleLexicon.other), ("constable", RoleLexicon.other), ("superintendent", RoleLexicon.other),
            ("chief superintendent", RoleLexicon.other), ("chief constable", RoleLexicon.other), ("headteacher", RoleLexicon.other), ("head teacher", RoleLexicon.other),
            ("principal", RoleLexicon.other), ("consultant", RoleLexicon.other), ("matron", RoleLexicon.other), ("nurse", RoleLexicon.other), ("doctor", RoleLexicon.other), ("resident", RoleLexicon.other),
            ("volunteer", RoleLexicon.other), ("pupil", RoleLexicon.other), ("student", RoleLexicon.other), ("parent", RoleLexicon.other),
            ("tenant", RoleLexicon.other), ("campaigner", RoleLexicon.other),
            // People quoted in local news who are not members: their "She said" is theirs.
            ("owner", RoleLexicon.other), ("shop owner", RoleLexicon.other), ("business owner", RoleLexicon.other), ("shopkeeper", RoleLexicon.other),
            ("trader", RoleLexicon.other), ("parent", RoleLexicon.other), ("pupil", RoleLexicon.other), ("student", RoleLexicon.other), ("founder", RoleLexicon.other), ("trustee", RoleLexicon.other), ("chief executive of", RoleLexicon.officer(extends: true)),
        ]
        // Parties: UK registered parties, short forms and party groups (Electoral Commission registers).
        v.parties = [
            // Conservative.
            ("conservative and unionist party", PartyLexicon.e(PartyLexicon.con)), ("conservative party", PartyLexicon.e(PartyLexicon.con)), ("conservatives", PartyLexicon.e(PartyLexicon.con, .capitalised)),
            ("conservative", PartyLexicon.e(PartyLexicon.con, .capitalised, guards: ["estimate", "estimates", "estimated", "approach", "figure", "figures", "assumption",
                                                          "assumptions", "forecast", "forecasts", "view", "views", "side", "projection",
                                                          "projections", "treatment", "management", "choice", "amount", "reading", "dress"])),
            ("tory", PartyLexicon.e(PartyLexicon.con)), ("tories", PartyLexicon.e(PartyLexicon.con)), ("scottish conservatives", PartyLexicon.e("Scottish Conservatives")),
            // The singular as a group's or candidate's label: "SNP, Scottish Conservative and Independent members".
            ("scottish conservative", PartyLexicon.e("Scottish Conservatives")), ("welsh conservative", PartyLexicon.e("Welsh Conservatives")),
            ("welsh conservatives", PartyLexicon.e("Welsh Conservatives")), ("con", PartyLexicon.e(PartyLexicon.con, .label)),
            // Labour and Co-operative.
            ("labour party", PartyLexicon.e(PartyLexicon.lab)), ("labour and co operative", PartyLexicon.e("Labour and Co-operative")), ("labour co op", PartyLexicon.e("Labour and Co-operative")),
            ("labour", PartyLexicon.e(PartyLexicon.lab, .capitalised, guards: ["cost", "costs", "market", "markets", "shortage", "shortages", "force", "supply", "rates",
                                                    "intensive", "saving", "savings", "day", "ward", "pains", "hours", "relations", "law"])),
            ("co operative party", PartyLexicon.e("Co-operative Party")), ("scottish labour", PartyLexicon.e("Scottish Labour")), ("welsh labour", PartyLexicon.e("Welsh Labour")),
            ("lab", PartyLexicon.e(PartyLexicon.lab, .label)), ("co operative", PartyLexicon.e("Co-operative Party", .cue,
                guards: ["store", "stores", "shop", "shops", "bank", "funeral", "funeralcare", "group", "society", "food", "supermarket",
                         "academy", "academies", "trust", "college", "housing", "movement", "insurance", "travel"])),
            // Liberal Democrats.
            ("liberal democrats", PartyLexicon.e(PartyLexicon.ld)), ("liberal democrat", PartyLexicon.e(PartyLexicon.ld)), ("lib dem", PartyLexicon.e(PartyLexicon.ld)), ("lib dems", PartyLexicon.e(PartyLexicon.ld)), ("libdem", PartyLexicon.e(PartyLexicon.ld)),
            ("libdems", PartyLexicon.e(PartyLexicon.ld)), ("scottish liberal democrats", PartyLexicon.e("Scottish Liberal Democrats")), ("welsh liberal democrats", PartyLexicon.e("Welsh Liberal Democrats")),
            ("ld", PartyLexicon.e(PartyLexicon.ld, .label)), ("ldem", PartyLexicon.e(PartyLexicon.ld, .label)), ("lib", PartyLexicon.e(PartyLexicon.ld, .label)), ("sld", PartyLexicon.e("Scottish Liberal Democrats", .label)),
            ("liberal party", PartyLexicon.e("Liberal Party")), ("liberals", PartyLexicon.e("Liberal Party", .capitalised)), ("liberal", PartyLexicon.e("Liberal Party", .cue, guards: ["arts", "use", "amount", "amounts", "interpretation"])),
            // Greens.
            ("green party", PartyLexicon.e(PartyLexicon.grn)), ("green party of england and wales", PartyLexicon.e(PartyLexicon.grn)), ("green party northern ireland", PartyLexicon.e("Green Party Northern Ireland")),
            ("scottish greens", PartyLexicon.e("Scottish Greens")), ("scottish green party", PartyLexicon.e("Scottish Greens")), ("gpew", PartyLexicon.e(PartyLexicon.grn, .acronym)),
            ("greens", PartyLexicon.e(PartyLexicon.grn, .capitalised, guards: ["grocer", "grocers"])),
            ("green", PartyLexicon.e(PartyLexicon.grn, .capitalised, guards: ["space", "spaces", "flag", "flags", "belt", "infrastructure", "waste", "bin", "bins", "light",
                                                   "lights", "energy", "transport", "travel", "corridor", "corridors", "route", "routes", "homes",
                                                   "home", "deal", "bond", "bonds", "fund", "funds", "recovery", "roof", "roofs", "wall", "walls",
                                                   "agenda", "gym", "skills", "economy", "jobs", "technology", "investment", "week", "award",
                                                   "awards", "shoots", "credentials", "lane", "man", "areas", "area", "open", "burial", "burials",
                                                   "heat", "hydrogen", "finance", "tariff", "roofing", "verge", "verges", "buildings", "recycling",
                                                   "garden", "gardens", "champions", "champion", "future", "issues", "ideas", "initiative",
                                                   "initiatives", "cross", "card", "cards", "team", "impact"])),
            ("grn", PartyLexicon.e(PartyLexicon.grn, .label)), ("gp", PartyLexicon.e(PartyLexicon.grn, .label)),
            // Reform, UKIP, Brexit.
            ("reform uk", PartyLexicon.e("Reform UK")), ("reform", PartyLexicon.e("Reform UK", .capitalised, guards: ["of", "to", "the", "our", "its", "their", "and", "in",
                                                                                             "act", "bill", "programme", "plans", "plan", "agenda"])),
            ("ref", PartyLexicon.e("Reform UK", .label)), ("brexit party", PartyLexicon.e("Brexit Party")), ("ukip", PartyLexicon.e("UKIP", .acronym)),
            ("uk independence party", PartyLexicon.e("UKIP")),
            // Scotland and Wales.
            ("scottish national party", PartyLexicon.e("Scottish National Party")), ("snp", PartyLexicon.e("Scottish National Party", .acronym)),
            ("nats", PartyLexicon.e("Scottish National Party", .capitalised)), ("alba party", PartyLexicon.e("Alba Party")), ("alba", PartyLexicon.e("Alba Party", .cue)),
            ("scottish socialist party", PartyLexicon.e("Scottish Socialist Party")), ("ssp", PartyLexicon.e("Scottish Socialist Party", .label)),
            ("scottish family party", PartyLexicon.e("Scottish Family Party")), ("plaid cymru", PartyLexicon.e("Plaid Cymru")), ("plaid", PartyLexicon.e("Plaid Cymru", .capitalised)),
            ("party of wales", PartyLexicon.e("Plaid Cymru")), ("pc", PartyLexicon.e("Plaid Cymru", .label)), ("propel", PartyLexicon.e("Propel", .cue)),
            // Northern Ireland.
            ("democratic unionist party", PartyLexicon.e("Democratic Unionist Party")), ("democratic unionists", PartyLexicon.e("Democratic Unionist Party")),
            ("dup", PartyLexicon.e("Democratic Unionist Party", .acronym)), ("sinn fein", PartyLexicon.e("Sinn Féin")), ("shinners", PartyLexicon.e("Sinn Féin", .capitalised)), ("sf", PartyLexicon.e("Sinn Féin", .label)),
            ("social democratic and labour party", PartyLexicon.e("SDLP")), ("sdlp", PartyLexicon.e("SDLP", .acronym)), ("ulster unionist party", PartyLexicon.e("Ulster Unionist Party")),
            ("ulster unionists", PartyLexicon.e("Ulster Unionist Party")), ("uup", PartyLexicon.e("Ulster Unionist Party", .acronym)),
            ("alliance party", PartyLexicon.e("Alliance Party")), ("alliance party of northern ireland", PartyLexicon.e("Alliance Party")),
            ("apni", PartyLexicon.e("Alliance Party", .acronym)), ("alliance", PartyLexicon.e("Alliance Party", .cue, guards: ["of", "for", "between", "with"])),
            ("traditional unionist voice", PartyLexicon.e("Traditional Unionist Voice")), ("tuv", PartyLexicon.e("Traditional Unionist Voice", .acronym)),
            ("people before profit", PartyLexicon.e("People Before Profit")), ("pbp", PartyLexicon.e("People Before Profit", .acronym)), ("aontu", PartyLexicon.e("Aontú")),
            ("workers party", PartyLexicon.e("Workers' Party")), ("workers' party", PartyLexicon.e("Workers' Party")), ("workers party of britain", PartyLexicon.e("Workers Party of Britain")),
            ("progressive unionist party", PartyLexicon.e("Progressive Unionist Party")), ("pup", PartyLexicon.e("Progressive Unionist Party", .acronym)),
            ("cross community labour alternative", PartyLexicon.e("Cross-Community Labour Alternative")), ("unionist", PartyLexicon.e("a unionist party", .cue)),
            ("unionists", PartyLexicon.e("a unionist party", .cue)),
            // Others.
            ("yorkshire party", PartyLexicon.e("Yorkshire Party")), ("mebyon kernow", PartyLexicon.e("Mebyon Kernow")), ("social democratic party", PartyLexicon.e("Social Democratic Party")),
            ("sdp", PartyLexicon.e("Social Democratic Party", .acronym)), ("heritage party", PartyLexicon.e("Heritage Party")),
            ("christian peoples alliance", PartyLexicon.e("Christian Peoples Alliance")), ("official monster raving loony party", PartyLexicon.e("Official Monster Raving Loony Party")),
            ("monster raving loony party", PartyLexicon.e("Official Monster Raving Loony Party")), ("omrlp", PartyLexicon.e("Official Monster Raving Loony Party", .acronym)),
            ("trade unionist and socialist coalition", PartyLexicon.e("TUSC")), ("tusc", PartyLexicon.e("TUSC", .acronym)), ("your party", PartyLexicon.e("Your Party", .capitalised)),
            ("independent alliance", PartyLexicon.e("Independent Alliance")),
            ("independent", PartyLexicon.e("Independent", .cue, guards: ["review", "reviews", "inquiry", "investigation", "investigations", "panel", "living",
                                                             "school", "schools", "advocate", "advocates", "advocacy", "advice", "assessor",
                                                             "examiner", "person", "persons", "remuneration", "chair", "member", "members", "body",
                                                             "bodies", "report", "audit", "auditor", "auditors", "sector", "travel", "office",
                                                             "commission", "evaluation", "assessment", "expert", "experts", "charity", "retailer",
                                                             "retailers", "shop", "shops", "business", "businesses", "traders", "cinema", "bookshop",
                                                             "organisation", "organisations", "analysis", "study", "adviser", "advisers", "reviewer",
                                                             "monitoring", "facilitator", "provider", "providers", "living's", "mental", "police",
                                                             "scrutiny", "appeal", "appeals", "complaints", "of", "from"])),
            ("independents", PartyLexicon.e("Independent", .capitalised)), ("ind", PartyLexicon.e("Independent", .label)),
            // Party groups and party-led administrations (Code para 34: views identified with groups of members).
            ("ruling group", PartyLexicon.e(PartyLexicon.group)), ("ruling party", PartyLexicon.e(PartyLexicon.group)), ("ruling coalition", PartyLexicon.e(PartyLexicon.group)), ("ruling administration", PartyLexicon.e(PartyLexicon.group)),
            ("controlling group", PartyLexicon.e(PartyLexicon.group)), ("majority group", PartyLexicon.e(PartyLexicon.group)), ("opposition group", PartyLexicon.e(PartyLexicon.group)), ("opposition groups", PartyLexicon.e(PartyLexicon.group)),
            ("opposition councillors", PartyLexicon.e(PartyLexicon.group)), ("opposition councillor", PartyLexicon.e(PartyLexicon.group)),
            // "despite opposition protest", "opposition anger": the opposing groups' reaction, a grouping.
            ("opposition protest", PartyLexicon.e(PartyLexicon.group)), ("opposition protests", PartyLexicon.e(PartyLexicon.group)),
            ("opposition criticism", PartyLexicon.e(PartyLexicon.group)),
            // A headline's grouping speaking: "as opposition claims 'cash grab'", "opposition demands pause".
            ("opposition claims", PartyLexicon.e(PartyLexicon.group)), ("opposition demands", PartyLexicon.e(PartyLexicon.group)),
            ("opposition says", PartyLexicon.e(PartyLexicon.group)), ("opposition calls", PartyLexicon.e(PartyLexicon.group)),
            ("opposition slams", PartyLexicon.e(PartyLexicon.group)), ("opposition urges", PartyLexicon.e(PartyLexicon.group)),
            ("opposition warns", PartyLexicon.e(PartyLexicon.group)), ("opposition attacks", PartyLexicon.e(PartyLexicon.group)),
            // Northern Ireland's blocs: "the unionist parties and the nationalist parties both backed it".
            ("unionist parties", PartyLexicon.e(PartyLexicon.group)), ("nationalist parties", PartyLexicon.e(PartyLexicon.group)),
            ("unionist bloc", PartyLexicon.e(PartyLexicon.group)), ("nationalist bloc", PartyLexicon.e(PartyLexicon.group)),
            ("opposition pressure", PartyLexicon.e(PartyLexicon.group)), ("opposition amendment", PartyLexicon.e(PartyLexicon.group)), ("opposition members", PartyLexicon.e(PartyLexicon.group)), ("opposition parties", PartyLexicon.e(PartyLexicon.group)),
            ("opposition party", PartyLexicon.e(PartyLexicon.group)),
            ("the opposition", PartyLexicon.e(PartyLexicon.group, guards: ["to", "from", "by", "among", "in", "at", "was", "is"])),
            // A headline's "Opposition slams …": the party grouping before its deed.
            ("opposition", PartyLexicon.e(PartyLexicon.group, .capitalised, guards: ["to", "from", "by", "among", "in", "at", "was", "is"])), ("opposition benches", PartyLexicon.e(PartyLexicon.group)),
            ("leader of the opposition", PartyLexicon.e(PartyLexicon.group)), ("political group", PartyLexicon.e(PartyLexicon.group)), ("political groups", PartyLexicon.e(PartyLexicon.group)), ("party group", PartyLexicon.e(PartyLexicon.group)),
            ("party groups", PartyLexicon.e(PartyLexicon.group)), ("coalition administration", PartyLexicon.e(PartyLexicon.group)), ("rainbow coalition", PartyLexicon.e(PartyLexicon.group)),
            // Not "party political" or "party politics": they describe material or conduct, not a group ("do not
            // retweet – party political"), and name no party.
        ]
        v.partyTags = [
            ("labour", PartyLexicon.lab), ("conservative", PartyLexicon.con), ("tory", PartyLexicon.con), ("tories", PartyLexicon.con), ("libdem", PartyLexicon.ld), ("liberaldemocrat", PartyLexicon.ld),
            ("greenparty", PartyLexicon.grn), ("greens", PartyLexicon.grn), ("reformuk", "Reform UK"), ("snp", "Scottish National Party"), ("plaidcymru", "Plaid Cymru"),
            ("plaid", "Plaid Cymru"), ("sinnfein", "Sinn Féin"), ("duponline", "Democratic Unionist Party"), ("mydup", "Democratic Unionist Party"),
            ("sdlp", "SDLP"), ("uuponline", "Ulster Unionist Party"), ("allianceparty", "Alliance Party"), ("ukip", "UKIP"),
            ("brexitparty", "Brexit Party"), ("albaparty", "Alba Party"), ("scotgreens", "Scottish Greens"), ("tuv", "Traditional Unionist Voice"),
        ]
        // Electioneering: calls to vote, record and manifesto language, campaigning, imprints.
        v.electioneering = [
            ("re elect", .fixed(ElectioneeringPhrases.call)), ("reelect", .fixed(ElectioneeringPhrases.call)), ("re electing", .fixed(ElectioneeringPhrases.call)), ("if returned", .fixed(ElectioneeringPhrases.record)),
            ("if re elected", .fixed(ElectioneeringPhrases.record)), ("if we are re elected", .fixed(ElectioneeringPhrases.record)),
            ("if we are elected", .fixed(ElectioneeringPhrases.record)), ("if we are returned", .fixed(ElectioneeringPhrases.record)),
            ("if i am re elected", .fixed(ElectioneeringPhrases.record)), ("if i am elected", .fixed(ElectioneeringPhrases.record)),
            ("if i am returned", .fixed(ElectioneeringPhrases.record)), ("voted for change", .fixed(ElectioneeringPhrases.campaign)),
            ("delivered on", .deliveredOn), ("delivering on", .deliveredOn), ("deliver on", .deliveredOn), ("two horse race", .fixed(ElectioneeringPhrases.campaign)), ("wasted vote", .fixed(ElectioneeringPhrases.campaign)),
            ("tactical vote", .fixed(ElectioneeringPhrases.campaign)), ("tactical voting", .fixed(ElectioneeringPhrases.campaign)), ("vote tactically", .fixed(ElectioneeringPhrases.campaign)),
            ("can't win here", .fixed(ElectioneeringPhrases.campaign)), ("cannot win here", .fixed(ElectioneeringPhrases.campaign)), ("can't win in", .fixed(ElectioneeringPhrases.campaign)),
            ("delivering on our promise", .fixed(ElectioneeringPhrases.record)), ("delivering on our promises", .fixed(ElectioneeringPhrases.record)),
            ("delivered on our promise", .fixed(ElectioneeringPhrases.record)), ("delivered on our promises", .fixed(ElectioneeringPhrases.record)),
            ("deliver on our promise", .fixed(ElectioneeringPhrases.record)), ("deliver on our promises", .fixed(ElectioneeringPhrases.record)),
            ("delivering our manifesto", .fixed(ElectioneeringPhrases.record)), ("kept our promise", .fixed(ElectioneeringPhrases.record)), ("kept our promises", .fixed(ElectioneeringPhrases.record)),
            ("keeping our promise", .fixed(ElectioneeringPhrases.record)), ("keeping our promises", .fixed(ElectioneeringPhrases.record)), ("we promised", .fixed(ElectioneeringPhrases.record)),
            ("we have promised", .fixed(ElectioneeringPhrases.record)), ("we pledged", .fixed(ElectioneeringPhrases.record)), ("we have pledged", .fixed(ElectioneeringPhrases.record)),
            ("our pledge", .fixed(ElectioneeringPhrases.record)), ("our pledges", .fixed(ElectioneeringPhrases.record)), ("my pledge", .fixed(ElectioneeringPhrases.record)), ("i pledged", .fixed(ElectioneeringPhrases.record)),
            ("i promised", .fixed(ElectioneeringPhrases.record)), ("our promise", .fixed(ElectioneeringPhrases.record)), ("our promises", .fixed(ElectioneeringPhrases.record)), ("my promise", .fixed(ElectioneeringPhrases.record)),
            ("our manifesto", .fixed(ElectioneeringPhrases.record)), ("my manifesto", .fixed(ElectioneeringPhrases.record)), ("manifesto pledge", .fixed(ElectioneeringPhrases.record)),
            ("manifesto pledges", .fixed(ElectioneeringPhrases.record)), ("manifesto commitment", .fixed(ElectioneeringPhrases.record)), ("manifesto commitments", .fixed(ElectioneeringPhrases.record)),
            ("manifesto promise", .fixed(ElectioneeringPhrases.record)), ("manifesto promises", .fixed(ElectioneeringPhrases.record)), ("election pledge", .fixed(ElectioneeringPhrases.record)),
            ("election pledges", .fixed(ElectioneeringPhrases.record)), ("election promise", .fixed(ElectioneeringPhrases.record)), ("election promises", .fixed(ElectioneeringPhrases.record)),
            ("campaign pledge", .fixed(ElectioneeringPhrases.record)), ("campaign promise", .fixed(ElectioneeringPhrases.record)), ("our record", .fixed(ElectioneeringPhrases.record)),
            ("our track record", .fixed(ElectioneeringPhrases.record)), ("our proud record", .fixed(ElectioneeringPhrases.record)), ("since we took control", .fixed(ElectioneeringPhrases.record)),
            ("since taking control", .fixed(ElectioneeringPhrases.record)), ("took control of the council", .fixed(ElectioneeringPhrases.record)),
            ("under the previous administration", .fixed(ElectioneeringPhrases.record)), ("under the last administration", .fixed(ElectioneeringPhrases.record)),
("this administration", .fixed(ElectioneeringPhrases.record)),
            ("administration has delivered", .fixed(ElectioneeringPhrases.record)), ("hustings", .hustings), ("canvassing", .fixed(ElectioneeringPhrases.campaign)),
            ("canvass", .fixed(ElectioneeringPhrases.campaign)), ("canvassed", .fixed(ElectioneeringPhrases.campaign)), ("doorstep", .doorstep), ("doorsteps", .doorstep),
            ("vote for change", .fixed(ElectioneeringPhrases.call)), ("vote for us", .fixed(ElectioneeringPhrases.call)),
            ("vote for me", .fixed(ElectioneeringPhrases.call)), ("vote us", .fixed(ElectioneeringPhrases.call)), ("get out the vote", .fixed(ElectioneeringPhrases.campaign)),
            ("vote", .vote), ("votes", .vote), ("vote for", .voteFor), ("votes for", .voteFor), ("voting for", .voteFor),
            ("back", .back), ("backing", .back), ("support", .back), ("elect", .elect), ("keep", .keep), ("only", .only),
            ("re election", .reelection), ("reelection", .reelection), ("if elected", .ifElected),
            ("pledge", .pledge), ("pledged", .pledge), ("pledges", .pledge), ("promise", .pledge), ("promised", .pledge),
            ("promises", .pledge), ("vowed", .pledge), ("vow", .pledge), ("vows", .pledge),
            ("delivered", .delivered), ("delivering", .delivered), ("delivers", .delivered), ("has delivered", .delivered), ("deliver", .delivered),
            // A party's achievement in its own words: "The Liberal Democrat team has frozen car parking charges".
            ("frozen", .delivered), ("froze", .delivered), ("invested", .delivered), ("built", .delivered), ("saved", .delivered),
            ("manifesto", .manifesto), ("promoted by", .imprint),
            // Promises kept, time in control, the last administration by party, a party's "would", polling-day
            // appeals, campaign launches and a member's "if re-elected" (LGA short guide to publicity during the
            // pre-election period: no publicity for a party's or candidate's record or pledges).
            ("kept", .kept), ("keeping", .kept), ("took control", .tookControl), ("taken control", .tookControl),
            ("taking control", .tookControl), ("took over", .tookControl), ("taken over", .tookControl), ("took the reins", .tookControl), ("took charge", .tookControl), ("took the chair", .tookControl),
            ("became the largest party", .tookControl), ("gained control", .tookControl), ("won control", .tookControl),
            ("previous", .previous), ("former", .previous), ("would", .wouldDo), ("will", .wouldDo),
            ("let's", .letUs), ("let us", .letUs), ("launch", .launch), ("launched", .launch), ("launching", .launch), ("launches", .launch),
            ("if she is re elected", .fixed(ElectioneeringPhrases.record)), ("if he is re elected", .fixed(ElectioneeringPhrases.record)),
            ("if they are re elected", .fixed(ElectioneeringPhrases.record)), ("if she is elected", .fixed(ElectioneeringPhrases.record)),
            ("if he is elected", .fixed(ElectioneeringPhrases.record)), ("if they are elected", .fixed(ElectioneeringPhrases.record)),
            // A slogan beside polling day, a candidate's own request for votes, an imprint by name and address, and a
            // dig at opponents (LGA short guide: no material that seeks to influence voters).
            ("finish the job", .pollDayAppeal), ("finish what we started", .pollDayAppeal), ("remember me", .pollDayAppeal),
            // "I was the only councillor who fought for the school": a member's own record.
            ("i was the only councillor", .fixed(ElectioneeringPhrases.record)), ("the only councillor who fought", .fixed(ElectioneeringPhrases.record)),
            ("with your support", .pollDayAppeal), ("with your backing", .pollDayAppeal),
            ("give me your vote", .fixed(ElectioneeringPhrases.call)), ("give me your votes", .fixed(ElectioneeringPhrases.call)),
            ("lend me your vote", .fixed(ElectioneeringPhrases.call)), ("paid for by", .paidFor),
            ("more than can be said for", .dig), ("more than can be said of", .dig),
            // A time in office framed by since/when ("since I was elected in 2022", "since we came to power", "Since
            // Plaid Cymru took the lead on this council"), the record of a party administration, canvassing in a
            // member's own words, a call to give a vote to a party, and a party standing with a place (LGA short guide
            // to publicity during the pre-election period: no publicity for a party's or candidate's record).
            ("elected", .inOffice), ("came to power", .inOffice), ("came into power", .inOffice), ("came into office", .inOffice),
            ("took office", .inOffice), ("took the lead", .inOffice),
            ("record of", .recordOf), ("knocking on doors", .doors), ("knocked on", .doors), ("knocking on", .doors), ("knocked on doors", .doors), ("knock on doors", .doors),
            ("knocking doors", .doors), ("door knocking", .doors), ("give your vote to", .giveVote), ("give your votes to", .giveVote),
            // STV: "Give your first preference to the SDLP".
            ("give your first preference to", .giveVote), ("give us your first preference", .fixed(ElectioneeringPhrases.call)),
            ("give me your first preference", .fixed(ElectioneeringPhrases.call)),
            ("give us your vote", .fixed(ElectioneeringPhrases.call)), ("give us your votes", .fixed(ElectioneeringPhrases.call)),
            ("stood with", .stoodWith), ("stood up for", .stoodWith), ("stands with", .stoodWith), ("stands up for", .stoodWith),
            ("it was", .cleft), ("stood firm", .stoodWith), ("fought", .stoodWith),
            // "The Conservatives left us a financial mess": the last administration's record by party, set against this one.
            ("left us", .stoodWith),
            // A member's own fight in the first person: "I've fought to keep the library open", "I got the council to pause them".
            ("i've fought", .fixed(ElectioneeringPhrases.record)), ("i have fought", .fixed(ElectioneeringPhrases.record)),
            ("i fought", .fixed(ElectioneeringPhrases.record)), ("i've been fighting", .fixed(ElectioneeringPhrases.record)),
            ("i have been fighting", .fixed(ElectioneeringPhrases.record)), ("i got the council to", .fixed(ElectioneeringPhrases.record)),
            ("we have fought", .fixed(ElectioneeringPhrases.record)), ("we've fought", .fixed(ElectioneeringPhrases.record)),
            ("i have secured", .fixed(ElectioneeringPhrases.record)), ("i've secured", .fixed(ElectioneeringPhrases.record)),
            ("i secured", .fixed(ElectioneeringPhrases.record)), ("chapping doors", .doors), ("chapping on doors", .doors),
            // "Lib Dems got Heol Ddu resurfaced": a party's deed.
            ("got", .delivered),
            ("i have stood firm", .fixed(ElectioneeringPhrases.record)), ("i've stood firm", .fixed(ElectioneeringPhrases.record)),
            // "Green councillors secured £40,000 for new benches": a party group's achievement, as "delivered" is.
            ("secured", .delivered), ("ran", .inOffice), ("led", .inOffice), ("stands firm", .stoodWith),
            ("since my election", .fixed(ElectioneeringPhrases.record)), ("since our election", .fixed(ElectioneeringPhrases.record)),
            ("since being elected", .fixed(ElectioneeringPhrases.record)), ("since coming to power", .fixed(ElectioneeringPhrases.record)),
            ("since i became your councillor", .fixed(ElectioneeringPhrases.record)), ("won the election", .tookControl), ("won power", .tookControl),
            // "Since the Lib Dems won Orchard Park in 2023, we have …": a party's win framing a record claim.
            ("won", .tookControl),
            ("give", .giveVote),
            // "Printed and published by C. Quinn on behalf of …": the NI and older imprint wording (PPERA s143).
            ("printed and published by", .imprint), ("published and promoted by", .imprint),
            // STV: "transfer down the SDLP ticket"; a time in office in the first person: "under my watch".
            ("transfer down the", .fixed(ElectioneeringPhrases.call)), ("under my watch", .fixed(ElectioneeringPhrases.record)),
            ("under our watch", .fixed(ElectioneeringPhrases.record)),
            // A campaign's pledge card; "The last lot left a mess", "The Conservatives left a mess behind them".
            ("pledge card", .fixed(ElectioneeringPhrases.campaign)), ("pledge cards", .fixed(ElectioneeringPhrases.campaign)),
            ("the last lot left", .fixed(ElectioneeringPhrases.record)), ("left a mess", .stoodWith), ("left a financial mess", .stoodWith),
            // "this Liberal Democrat administration got it done": a party administration's deed.
            ("got it done", .delivered), ("got the job done", .delivered),
            // STV calls for a first preference in a candidate's words: "Give me your number one on 6 May".
            ("give me your number one", .fixed(ElectioneeringPhrases.call)), ("give me your number 1", .fixed(ElectioneeringPhrases.call)),
            ("give us your number one", .fixed(ElectioneeringPhrases.call)), ("give us your number 1", .fixed(ElectioneeringPhrases.call)),
            ("asking for your number one", .fixed(ElectioneeringPhrases.call)), ("asking for your number 1", .fixed(ElectioneeringPhrases.call)),
            ("asking for your first preference", .fixed(ElectioneeringPhrases.call)), ("asking for your vote", .fixed(ElectioneeringPhrases.call)),
            // A member's record in the first person, and a party leaflet's record heading.
            ("i've delivered for", .fixed(ElectioneeringPhrases.record)), ("i have delivered for", .fixed(ElectioneeringPhrases.record)),
            // (Phrases start with rarer words: every start word is looked up wherever it occurs, so "a record I am
            // proud to stand on" is matched from "record".)
            ("record i am proud to stand on", .fixed(ElectioneeringPhrases.record)), ("record i'm proud to stand on", .fixed(ElectioneeringPhrases.record)),
            ("record i am proud of", .fixed(ElectioneeringPhrases.record)), ("record i'm proud of", .fixed(ElectioneeringPhrases.record)),
            // Canvassing in campaigners' shorthand: "Great turnout on the doors in Ballyreagh tonight" (read from "doors").
            // Also "Thanks to everyone who opened the door to me last night!", read back from "door".
            ("doors", .onTheDoors), ("door", .onTheDoors),
            // A promise kept, in the first person: "We said we would, and we did"; "We were elected to get the buses moving".
            ("we said we would", .fixed(ElectioneeringPhrases.record)), ("we were elected to", .fixed(ElectioneeringPhrases.record)),
            ("household canvass", .registration), ("annual canvass", .registration),
            // "The Conservatives left this council with the lowest reserves": the last administration's record by party.
            ("left this council", .stoodWith), ("left the council with", .stoodWith),
            // "Since 2022 Plaid councillors have forced two extra meetings": a party's deeds counted from a year.
            ("since", .sinceYear),
        ]
        v.arrangingWords = ["host", "hosts", "hosting", "will", "shall", "invite", "invites", "invited", "book", "booking", "join"]
        v.promiseWords = ["promise", "promises", "pledge", "pledges", "commitment", "commitments", "manifesto", "word"]
        v.adminAfterVoteFor = ["up", "no", "not", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                             "a", "as", "each", "any", "your", "their", "the", "candidates", "candidate", "whoever", "whichever",
                                             "more", "fewer", "only", "someone", "them", "it", "this", "that", "which", "what", "who", "how",
                                             "in", "on", "at", "by", "all", "every", "each", "one's", "yourself", "themselves"]
        v.firstPerson = ["we", "i", "our", "my", "we've", "i've", "we'll", "i'll", "us"]
        v.meUs = ["me", "us", "our", "him", "her", "change"]
        v.gapWords = ["has", "have", "had", "will", "would", "also", "today", "proudly", "already", "once", "again", "now", "just", "always", "last",
                                    "repeatedly", "previously", "recently", "was", "were", "is", "are", "been", "clearly", "successfully"]
        v.seekWords = ["seek", "seeking", "seeks", "stand", "standing", "stands", "campaign", "campaigning", "bid", "run",
                                     "running", "for", "fight", "fighting"]
        v.honours = ["mbe", "obe", "cbe", "kbe", "dbe", "bem", "jp", "dl", "frs", "qc", "kc", "cb", "cvo", "lvo", "mvo"]
        v.extensionStarts = ["of", "for"]
        v.onBehalfOf = ["on behalf of"]
        v.voteTagPrefixes = ["vote", "back"]
        v.negations = ["non", "not", "no", "never", "nor"]
        v.photoCredits = ["photo credit", "picture credit", "image credit", "photograph credit", "photo by", "picture by", "credit",
                          "photography", "picture", "photo", "image"]
        v.captionStarts = [
            ("pictured", false), ("featuring", false), ("alt caption", true), ("picture shows", false), ("photo shows", false), ("photograph shows", false), ("image shows", false),
            ("photo", true), ("photograph", true), ("picture", true), ("pic", true), ("image", true), ("caption", true),
            ("photo caption", true), ("picture caption", true), ("image caption", true), ("left to right", true), ("l r", true),
            // A credit line naming the people in the picture: "Photo credit: Mayor X and Alderman Y with the winners – …".
            ("photo credit", true), ("picture credit", true), ("image credit", true),
            // "Photocall: …", and the word's class lets "a photocall with the Mayor" be found inside a line.
            ("photocall", true), ("photos", true), ("images", true), ("pictures", true), ("photo opportunity", true),
            ("from left", true), ("above", true), ("below", true), ("inset", true), ("main picture", true), ("main photo", true),
            // A social post's pictures and their alternative text: "Photo carousel – …", "Alt text: …".
            ("photo carousel", true), ("photo gallery", true), ("carousel", true), ("alt text", true), ("alt", true),
            // Photographs offered to the press: "Photographs of Cllr Ann Lee are available on request".
            ("photographs of", false), ("photos of", false), ("pictures of", false),
            // "Photos from the awards, including the Leader with all eleven winners, are on the intranet".
            ("photos from", false), ("photographs from", false), ("pictures from", false),
        ]
        v.leftToRight = ["l r", "left to right", "l to r", "from left", "left right"]
        v.noticeHeadings = [
            ("notice of election", "Notice of Election"),
            ("notice of election of parish councillors", "Notice of Election"),
            ("notice of election of town councillors", "Notice of Election"),
            ("notice of election of community councillors", "Notice of Election"),
            ("statement of persons nominated", "Statement of Persons Nominated"),
            ("statement as to persons nominated", "Statement of Persons Nominated"),
            ("notice of poll", "Notice of Poll"),
            ("notice of poll and situation of polling stations", "Notice of Poll"),
            ("situation of polling stations", "Notice of Situation of Polling Stations"),
            ("notice of situation of polling stations", "Notice of Situation of Polling Stations"),
            ("notice of uncontested election", "Notice of Uncontested Election"),
            ("declaration of result of poll", "Declaration of Result of Poll"),
            ("declaration of results of poll", "Declaration of Result of Poll"),
            ("notice of referendum", "Notice of Referendum"),
            
            
            
        ]
        v.candidateListWords = ["candidates", "candidate", "nominated"]
        v.noticeEnds = ["ends", "end", "notes to editors", "notes for editors", "note to editors", "editor's notes", "editors notes"]
        return v
    }()
}
