/// All the words and phrases of one language that the detectors read: titles, roles, speech verbs, parties,
/// electioneering phrases, caption openers and statutory-notice headings. A language is one vocabulary file
/// (`EnglishVocabulary.swift`, `WelshVocabulary.swift`) plus its tests; the detectors hold no word lists.
///
/// To add a phrase, add it to the right list of its language. To add a language, write a vocabulary like
/// `Vocabulary.welsh` and add it to `Vocabulary.all`: the word classes and phrase tables are built from every
/// vocabulary at once, so a bilingual release is checked in both languages in the same single scan.
struct Vocabulary: Sendable {
    /// The language's name, for tests and documentation.
    var language: String
    /// Titles before a name: "Cllr", "Councillor", "Cynghorydd" (and its mutations).
    var titles: [String] = []
    /// Plural titles before several names: "Cllrs", "Councillors".
    var pluralTitles: [String] = []
    /// Honorifics: "Mr", "Ms", "Dr" (a member only once known as one).
    var honorifics: [String] = []
    /// Post-nominals of elected politicians (upper case only): "MP", "MSP", "MS", "AS", "MLA".
    var postnominals: [String] = []
    /// Honours and offices after a name that do not make a politician: "MBE", "JP".
    var honours: [String] = []
    /// Ways releases attribute speech: "said", "added", "meddai", "dywedodd".
    var speechVerbs: [String] = []
    /// Speech verbs that on their own report an act ("welcomed the families", "praised the volunteers"): words
    /// attributed without quotation marks only when a "saying"/"said" follows in the sentence (Code para 34).
    var actionSpeechVerbs: [String] = []
    /// Words that join a second verb to the same subject, so a later "said" is still the subject's: "and", "but",
    /// Welsh "gan" ("gan ddweud", saying), "ond".
    var speechLinks: [String] = []
    /// Plural pronouns ("they", "nhw"): a group's words, not a follow-up of one member's.
    var pluralPronouns: [String] = []
    /// Words after a speech verb that open the reported words: "that", Welsh "fod", "bod" ("Dywedodd fod …").
    var reportThat: [String] = []
    /// Words after a verb that open a reported question or report: "asked whether …", "asked if …".
    var reportQuestion: [String] = []
    /// Action verbs that report words only when "that" or a question word follows ("asked whether", "reported that").
    var reportingActs: [String] = []
    /// Words that open a byline naming who wrote a column: "From the Leader:", "By Cllr X", "Gan yr Arweinydd:".
    var bylineLeads: [String] = []
    /// Nouns naming a column in a heading before a colon: "LEADER'S COLUMN: Cllr X", Welsh "Colofn yr Arweinydd: …".
    var columnNouns: [String] = []
    /// Phrases before a name that attribute the rest of the sentence to that person without a speech verb:
    /// "According to Cllr X, the changes are …", Welsh "Yn ôl y Cynghorydd X, …".
    var attributionLeads: [String] = []
    /// Phrases that hand a statement to the member named straight after them: "Statement from Cllr X, …",
    /// "issued on behalf of the Leader, Cllr X", Welsh "ar ran Arweinydd y Cyngor, y Cynghorydd X".
    var statementLeads: [String] = []
    /// Nouns for a published statement ("statement", Welsh "datganiad"): an "on behalf of" lead counts only beside one.
    var statementNouns: [String] = []
    /// Nouns for a stated opinion, before a copula and "that": "Cllr X's view is that …", Welsh "Barn y Cyng. X yw bod …".
    var viewNouns: [String] = []
    /// Words addressing the readers after a byline opener in a newsletter heading: "News from your councillors".
    var readerWords: [String] = []
    /// Phrasal verbs of a stated position, read after a member's name like a speech verb: "Cllr X hit back at …",
    /// "spoke out against …".
    var positionPhrases: [String] = []
    /// Nouns for something a person wrote or posted: after their possessive name, before a colon and a quotation
    /// ("Cllr X's post:", "the Leader's tweet:"), the quotation is that person's words.
    var postNouns: [String] = []
    /// Copulas joining a view noun to the reported words: "is", "was", Welsh "yw", "ydy".
    var viewCopulas: [String] = []
    /// Verbs of welcoming ("welcomed"): an act ("welcomed the families") unless what is welcomed is a decision or news.
    var welcomingVerbs: [String] = []
    /// Things welcomed as a view ("welcomed the decision", "welcomes the funding"): support stated, as a quotation would.
    var welcomedViews: [String] = []
    /// Verbs of announcing ("announced a £2m fund", Welsh "cyhoeddodd"): the council's news presented as the member's
    /// own, which para 34 of the Code of Recommended Practice on Local Authority Publicity 2011 warns against.
    var announcingVerbs: [String] = []
    /// Verbs of backing, opposing, launching or unveiling ("backed the delay", "opposes the closure", "launched a
    /// consultation"): a stated view or announcement when the object is a proposal, plan or fund (`welcomedViews`);
    /// "backed the fun run", "unveiled a plaque" are acts. Not speech verbs, so they never attribute a quotation
    /// ("launched the “Bag it, Bin it” campaign").
    var stanceVerbs: [String] = []
    /// A first-person plural subject opening a record claim inside a member's quotation: "we", "we've", Welsh
    /// "wnaethon ni", "rydyn ni wedi".
    var recordLeads: [String] = []
    /// Past deeds that, after `recordLeads` in a member's quotation, claim a record: "froze", "saved", Welsh "achub".
    var recordDeeds: [String] = []
    /// Words that make a deed in a member's quotation a record against time or rivals: "years", "term", "others", "again".
    var recordCues: [String] = []
    /// Offices held by several members at once: "cabinet member", "portfolio holder", Welsh "aelod cabinet". Bare (no
    /// portfolio, name or article) they identify no one.
    var sharedOffices: [String] = []
    /// Nouns that end a name after a title ("Councillor Surgeries" is a heading): "surgeries", "blog", Welsh "cymorthfeydd".
    var headingNouns: [String] = []
    /// Events and clubs whose committee's chair is no councillor: "gala", "regatta", "twinning", "allotment".
    var outsideCommittees: [String] = []
    /// What a member backs or opposes besides a proposal: "backed residents fighting the sale", "supports the petition".
    var stanceObjects: [String] = []
    /// Verbs of writing a letter ("has written to the minister"): an act, unless the sentence says what the letter asks.
    var letterVerbs: [String] = []
    /// Participles saying what a letter asks ("… asking for an audit", "… urging ministers to act"): with a letter
    /// verb, the member's request, which states a view as "called for" does.
    var requestParticiples: [String] = []
    /// Verbs that attribute words only when a quotation follows closely: "called the review “…”", "branded it “…”",
    /// Welsh "Galwodd … yr adolygiad yn “…”"; on their own ("called for a review") they report an act.
    var namingVerbs: [String] = []
    /// The preposition that makes a naming verb a call for something: "called for an inquiry", Welsh "galwodd … am
    /// ymchwiliad". A call for something is the member's stated position, presented as a quotation is (Code of
    /// Recommended Practice on Local Authority Publicity 2011, para 34).
    var callPrepositions: [String] = []
    /// What a chair calls for in running a meeting ("called for order", "called for a vote"): procedure, not a
    /// position on anything.
    var procedureCalls: [String] = []
    /// Past participles of a passive attribution with the speaker after "by": "condemned as “…” by the leader of …".
    var passiveSpeechVerbs: [String] = []
    /// The word that names the agent of a passive: "by", Welsh "gan".
    var passiveAgents: [String] = []
    /// Pronouns that stand for a speaker: "he", "she", "they", "hi", "ef".
    var pronouns: [String] = []
    /// Articles and determiners skipped between a verb and a role: "the", "y", "yr".
    var articles: [String] = []
    /// Words allowed between a speaker and the verb: "also", "today".
    var adverbs: [String] = []
    /// Words after a party word that make it a party: "party", "councillor", "-led".
    var partyCues: [String] = []
    /// Words before a party word that make it a party (Welsh word order: "grŵp Annibynnol").
    var partyCuesBefore: [String] = []
    /// Words that never belong to a person's name.
    var nameStops: [String] = []
    /// Street and building words: after a civic title they name a place, not a person ("Provost Wynd",
    /// "Bailie Court", "Mayor's Walk").
    var placeNouns: [String] = []
    /// Words that end a street or trophy named after a holder: "Mayor Idris Hopkin Way", "Alderman Pike Way",
    /// "the Provost Fraser Memorial Trophy".
    var streetNouns: [String] = []
    /// Words before a title that make its holder not the sitting one ("the former Mayor", "the late Provost", "the next
    /// Leader", Welsh "cyn-Faer"): no member is identified.
    var pastHolderWords: [String] = []
    /// Words before an office right after a member's name that say the member holds it ("(Cllr X) in the Chair",
    /// "Cllr X, who as Mayor would …"): the office describes that member, not another one.
    var capacityLeads: [String] = []
    /// Nouns heading a speech's transcript ("Speech by the Leader, Cllr X, to …", "Provost X: remarks at …"): the text
    /// below is the member's own words, as a column under a byline is.
    var speechNouns: [String] = []
    /// E-mail header fields other than the sender ("Sent:", "To:", "Subject:"): beside them, "From: Cllr X" is the
    /// sender of a pasted e-mail, who is named, not a column's byline.
    var mailHeaderFields: [String] = []
    /// The infinitive marker of a request after an asking verb and its object ("asked ministers to intervene"): the
    /// member urging something, a stated position as "urged" is.
    var requestMarkers: [String] = []
    /// Whom a member asks in the ordinary business of a meeting ("asked officers to report back"): a request of them
    /// is business, not a stated position.
    var businessAddressees: [String] = []
    /// Openings of a letters page or of a letter to a paper, at the start of a line ("Letters to the editor", "Sir,",
    /// "Dear Editor"): below them a member's name alone on a line after first-person prose signs a letter.
    var letterCues: [String] = []
    /// Verbs of a stance read in the passive, "defended by the cabinet member", "criticised by Cllr X": the member's view.
    var passiveViewVerbs: [String] = []
    /// A sender's request for words in their name ("a line from me", "dyfyniad gen i"): the noun asked for, and the
    /// words that close the request ("from me", "gen i").
    var quoteRequestNouns: [String] = []
    var quoteRequestEnds: [String] = []
    /// A letter's closing line before its signature ("Yours faithfully,", "Yn gywir,"): the next line signs it.
    var valedictions: [String] = []
    /// Words offering pictures to the press ("Photographs of Cllr X are available"; Welsh "ar gael"): the sentence
    /// says who is in the pictures, as a caption does.
    var photoOfferWords: [String] = []
    /// First-person words ("I", "my", "we"): a letter's prose is its writer's own.
    var firstPersonWords: [String] = []
    /// Words that join names in a list after a plural title, beyond "and" and "&": Welsh "a", "ac".
    var nameListJoins: [String] = []
    /// Street and building words that come first, before "y"/"yr" and a title (Welsh "Heol y Maer", Mayor's Road).
    var placeNounsBefore: [String] = []
    /// Capitalised words after a role's possessive that make it an office, not its holder: "the Mayor's Office".
    var officeNouns: [String] = []
    /// Words after a role's possessive, in any case, that describe the office in general: "the Mayor's role is ceremonial".
    var officeDescriptionNouns: [String] = []
    /// Words before a title that make it an office or a thing named after it, not its holder: Welsh "Swyddfa'r
    /// Cynghorydd" (the councillor's office), "Apêl y Maer" (the Mayor's Appeal).
    var officeNounsBefore: [String] = []
    /// Single-holder office words, as (word, the office's English word): a bilingual line naming "y Maer" and "the
    /// Mayor", or "the Provost" and "Provost Jo Bell", names one member, so it is one finding.
    var singleOffices: [(String, String)] = []
    /// Officers' work a member asks for as meeting business ("asked for a further report"), not a stated view as
    /// "asked for an emergency meeting" is.
    var requestedWork: [String] = []
    /// Words inside role extensions: "and", "of", "for".
    var connectors: [String] = []
    /// Words that start a role's extension: "of", "for", "dros".
    var extensionStarts: [String] = []
    /// Council bodies that make a chair a member's role: "committee", "pwyllgor".
    var memberBodies: [String] = []
    /// Particles inside names: "de", "van", "ap".
    var particles: [String] = []
    /// Roles and who holds them.
    var roles: [(String, RoleLexicon.Role)] = []
    /// Parties, short forms and party groups.
    var parties: [(String, PartyLexicon.Entry)] = []
    /// Party names inside hashtags and handles (folded letters only) and the party they name.
    var partyTags: [(String, String)] = []
    /// Electioneering trigger phrases and how each is confirmed.
    var electioneering: [(String, ElectioneeringPhrases.Pattern)] = []
    /// Words that show a hustings is being arranged or announced, not reported: "host", "will", "invited".
    var arrangingWords: [String] = []
    /// Hashtag prefixes that call to vote or re-elect when a party follows: "vote", "pleidleisiwch".
    var voteTagPrefixes: [String] = []
    /// After "vote for": the council's own instructions ("up to three candidates").
    var adminAfterVoteFor: [String] = []
    /// First-person words that make a pledge a party's or member's: "we", "our", "ein".
    var firstPerson: [String] = []
    /// Objects after "vote for" that make it a call: "me", "us".
    var meUs: [String] = []
    /// Words a record is measured against after "delivered on": "promises", "pledges", "manifesto".
    var promiseWords: [String] = []
    /// "can"/"will" in "only <party> can win" beyond English's: Welsh "all", "gall".
    var canWill: [String] = []
    /// Words skipped between a subject and "delivered"/"pledged".
    var gapWords: [String] = []
    /// Words before "re-election" that make it a campaign: "standing", "seeking".
    var seekWords: [String] = []
    /// "on behalf of", "ar ran": the second half of an imprint.
    var onBehalfOf: [String] = []
    /// Words that open a photo caption at the start of a line (`true`: only before ":", "(" or a dash).
    var captionStarts: [(String, Bool)] = []
    /// Photo-credit openers: the line is a caption, and so is a short line next to it.
    var photoCredits: [String] = []
    /// "left to right" in brackets anywhere on a line: "(l-r)", "(Ch–Dd)".
    var leftToRight: [String] = []
    /// Statutory notice headings and the notice each names.
    var noticeHeadings: [(String, String)] = []
    /// Lines that end a notice block: "ENDS", "Notes to editors", "Diwedd".
    var noticeEnds: [String] = []
    /// Words before a colon that open a list of candidates: "Candidates:", "Ymgeiswyr:", "Persons nominated:".
    var candidateListWords: [String] = []
    /// Words before a party phrase that negate it: "non" ("non-party-political"), "not".
    var negations: [String] = []

    /// Every language the checker reads; word classes and phrase tables are built from all of them.
    static let all: [Vocabulary] = [.english, .welsh]
}
