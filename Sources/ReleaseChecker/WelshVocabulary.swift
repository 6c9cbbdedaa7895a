/// The Welsh vocabulary. Welsh councils publish bilingually (Welsh Language Standards), so every rule reads
/// Welsh as it reads English. Welsh words change their first letter after some words (mutation: "Cynghorydd"
/// becomes "Gynghorydd", "Nghynghorydd" or "Chynghorydd"; "Plaid" becomes "Blaid"; "Llafur" becomes
/// "Lafur"), so each word is listed in the forms a release uses. Circumflexes are folded ("grŵp" = "grwp").
extension Vocabulary {
    /// Welsh (Cymraeg).
    static let welsh: Vocabulary = {
        var v = Vocabulary(language: "Welsh")
        // Cynghorydd (councillor): radical, soft, nasal and aspirate mutations; Cyng. is the usual abbreviation.
        v.titles = ["cynghorydd", "gynghorydd", "nghynghorydd", "chynghorydd", "cyng"]
        v.pluralTitles = ["cynghorwyr", "gynghorwyr", "nghynghorwyr", "chynghorwyr"]
        // AS: Aelod o'r Senedd (Member of the Senedd); AoS is also seen.
        v.postnominals = ["as", "aos"]
        v.speechVerbs = ["meddai", "meddai'r", "medd", "dywedodd", "ddywedodd", "dywed", "ychwanegodd", "esboniodd", "eglurodd",
                         "pwysleisiodd", "nododd", "rhybuddiodd", "cyhoeddodd", "atebodd", "mynnodd", "croesawodd", "ysgrifennodd",
                         "dweud", "ddweud", "addawodd", "gofynnodd", "ofynnodd",
                         // Stated positions: defended, criticised, condemned.
                         "amddiffynnodd", "beirniadodd", "condemniodd", "croesawu", "groesawu", "croesawu'r", "groesawu'r",
                         "cadarnhau", "gadarnhau", "cadarnhaodd", "gadarnhaodd", "amddiffyn",
                         "adroddodd", "addo",
                         // "wedi datgelu cynllun" (has unveiled a plan), "yn cyhoeddi cronfa" (announces a fund), "wedi cefnogi'r
                         // cynllun" (has backed the plan), "yn gwrthwynebu'r uno" (opposes the merger), "yn gofyn a …" (asks whether).
                         "gofyn", "ofyn"]  // "Adroddodd y Cadeirydd fod …" (the Chair reported that), "wedi addo" (has promised)  // not "beirniadu": also "to judge" a competition  // "wedi cadarnhau y bydd …" (has confirmed that)
        // "wedi ysgrifennu at … yn gofyn am …" (has written to … asking for …): a letter's request.
        v.letterVerbs = ["ysgrifennu", "ysgrifennodd"]
        v.requestParticiples = ["gofyn", "annog"]
        v.actionSpeechVerbs = ["gofyn", "ofyn", "adroddodd", "croesawodd", "ysgrifennodd", "cyhoeddodd", "gofynnodd", "ofynnodd", "croesawu", "groesawu", "croesawu'r", "groesawu'r"]
        // "Arweinydd yn croesawu penderfyniad" (Leader welcomes decision): support stated for a decision.
        v.welcomingVerbs = ["croesawodd", "croesawu", "groesawu", "croesawu'r", "groesawu'r"]
        v.announcingVerbs = ["cyhoeddodd", "gyhoeddodd"]
        v.sharedOffices = ["aelod cabinet", "aelod o'r cabinet"]
        v.headingNouns = ["cymorthfeydd", "cymhorthfa", "blog", "colofn", "dyddiadur", "cylchlythyr"]
        // "cyhoeddi" is also "to publish" ("wedi cyhoeddi ei dyddiadur"), so like "datgelu" (reveal) it needs a plan or fund after it.
        v.stanceVerbs = ["cefnogi", "gefnogi", "cefnogi'r", "gefnogi'r", "gwrthwynebu", "wrthwynebu", "gwrthwynebu'r", "wrthwynebu'r", "lansio",
                         "cyhoeddi", "gyhoeddi", "datgelu", "ddatgelu",
                         // "wedi beirniadu cynnig i gau'r pwll" (criticised a proposal); with a competition it is judging.
                         "beirniadu", "feirniadu", "beirniadu'r", "feirniadu'r"]
        // "Fe wnaethon ni achub …" (we saved …), "rydyn ni wedi rhewi …" (we have frozen …).
        v.recordLeads = ["wnaethon ni", "gwnaethon ni", "wnaethom ni", "gwnaethom ni", "wnaethom", "rydyn ni", "rydym", "ryn ni", "dyn ni",
                         "rŷn ni", "ŷn ni", "rydw i", "rwyf", "rwy", "dw i", "wnes i", "gwnes i"]
        v.recordCues = ["blynedd", "mlynedd", "flynedd", "tymor", "nhymor", "eto", "eraill", "wrthblaid", "gwrthblaid", "flaenorol", "ers"]
        v.recordDeeds = ["achub", "arbed", "pleidleisio", "rhewi", "rewi", "torri", "dorri", "sicrhau", "diogelu", "ddiogelu", "adeiladu", "cyflawni", "gyflawni",
                         "ennill", "gorfodi", "orfodi", "atal", "buddsoddi", "haneru", "dyblu", "cadw", "gadw", "brwydro", "frwydro",
                         "rhwystro", "trwsio", "drwsio", "clirio", "glirio",
                         // With the article run on: "fe wnaethon ni rewi'r dreth" (we froze the tax).
                         "rewi'r", "rhewi'r", "dorri'r", "torri'r", "sicrhau'r", "diogelu'r", "ddiogelu'r", "adeiladu'r",
                         "cyflawni'r", "gyflawni'r", "cadw'r", "gadw'r", "glirio'r", "clirio'r"]
        v.welcomedViews = ["penderfyniad", "cyhoeddiad", "cynllun", "cynlluniau", "cyllid", "gyllideb", "cyllideb", "newyddion", "buddsoddiad",
                           "uno", "cynnig", "newid", "newidiadau", "cau", "toriadau", "ymgynghoriad", "cronfa", "gronfa", "strategaeth", "adolygiad",
                           "amserlen", "oedi", "adroddiad", "setliad", "grant", "treial", "prosiect", "gynllun"]
        // "Gofynnodd y Cynghorydd X a oedd y cyngor wedi …" (asked whether the council had …): the question follows
        // "a" and a form of "bod" or an auxiliary; "gofynnodd am" (asked for) is an act.
        v.reportingActs = ["gofynnodd", "ofynnodd", "adroddodd", "gofyn", "ofyn"]
        // With the article run on after a vowel: "a fyddai'r llyfrgell", "a yw'r cynllun".
        v.reportQuestion = ["a oedd", "a fyddai", "a fyddai'r", "a fydd", "a yw", "a yw'r", "a ydy", "a ydy'r", "a ydyw", "a oes",
                            "a allai", "a allai'r", "a all", "a ddylai", "a ddylai'r", "a ddylid", "a wnaeth", "a gafodd", "a fu",
                            "a ellid", "pam", "sut", "beth", "faint", "pryd", "ble", "pwy"]
        // "Gan yr Arweinydd:" (from the Leader), "Gair gan" (a word from), "Hawl i ymateb" (right of reply).
        // "a'r" (and the): "y Cynghorydd A a'r Cynghorydd B" joins two names as "a" does.
        v.speechLinks = ["gan", "ond", "ac", "a", "a'r", "tra"]
        v.reportThat = ["fod", "bod", "nad", "mai", "taw"]
        v.pluralPronouns = ["nhw"]
        v.bylineLeads = ["gan", "gair gan", "neges gan", "oddi wrth", "hawl i ymateb", "colofn gan", "o flog", "o ddyddiadur"]
        v.columnNouns = ["colofn", "golofn", "blog", "dyddiadur"]
        // "Yn ôl y Cynghorydd X" (according to Councillor X); "Barn y Cyng. X yw bod …" (Cllr X's view is that …),
        // "ei farn" (his view) after a soft mutation.
        // "dyma ddyfyniad gan y Cynghorydd X": a quotation offered in the member's name.
        v.attributionLeads = ["yn ôl", "dyfyniad gan", "ddyfyniad gan", "sylw gan", "neges destun gan", "neges gan"]
        v.statementLeads = ["datganiad gan", "ar ran"]
        v.statementNouns = ["datganiad"]
        v.viewNouns = ["barn", "farn"]
        v.readerWords = ["eich"]
        v.viewCopulas = ["yw", "ydy", "oedd"]
        // "Galwodd y Cynghorydd X yr adolygiad yn “…”" (called the review “…”); "galwodd … am" (called for) is a
        // stated position, as in English.
        v.singleOffices = [("maer", "mayor"), ("faer", "mayor"), ("arweinydd", "leader"), ("profost", "provost"), ("cadeirydd", "chair"),
                           ("gadeirydd", "chair"), ("dirprwy faer", "deputy mayor"), ("dirprwy arweinydd", "deputy leader"), ("dirprwy maer", "deputy mayor"), ("arglwydd faer", "lord mayor")]
        v.requestedWork = ["adroddiad", "arolwg", "diweddariad", "manylion", "ffigurau", "eglurhad", "gwybodaeth"]
        v.namingVerbs = ["galwodd", "alwodd", "galw", "alw"]  // "wedi galw am …" (has called for)
        v.callPrepositions = ["am", "ar"]  // "galw am …", "galw ar y cyngor i …"
        // "galwodd am drefn" (called for order), "am bleidlais" (for a vote), "am egwyl" (for a break).
        v.procedureCalls = ["drefn", "dawelwch", "bleidlais", "bleidlais gofnodedig", "egwyl", "enwebiadau", "gwestiynau", "funud o dawelwch"]
        v.pronouns = ["hi", "ef", "fe", "e", "nhw"]
        v.articles = ["y", "yr", "ein", "eu", "ei", "fy", "eich"]
        v.adverbs = ["hefyd", "heddiw", "ddoe", "a", "wedi", "yn"]  // "yn dweud" (is saying)  // "a ddywedodd": who said; "wedi dweud": has said
        v.partyCues = ["cymru", "cymreig"]
        // Welsh puts the adjective after the noun: "grŵp Annibynnol", "cynghorydd Annibynnol".
        v.partyCuesBefore = ["weinyddiaeth", "gweinyddiaeth", "grwp", "grwpiau", "cynghorydd", "cynghorwyr", "gynghorydd", "gynghorwyr", "ymgeisydd", "ymgeiswyr", "aelod",
                             "aelodau", "plaid", "blaid", "arweinydd", "arweiniad"]
        v.nameStops = ["cyngor", "sir", "ysgol", "heol", "stryd", "ffordd", "parc", "neuadd", "canolfan", "llyfrgell", "ward", "dydd",
                       "ddydd", "mae", "bydd", "roedd", "mai", "ebrill", "mehefin", "gorffennaf", "gwasanaeth", "pwyllgor", "tref", "pentref"]
        v.nameListJoins = ["a", "ac"]  // "y Cynghorwyr Ann Lee a Sam Orr"
        v.placeNounsBefore = ["heol", "stryd", "ffordd", "lon", "rhodfa", "cilgant", "teras", "sgwar", "plas", "neuadd", "ty", "maes", "parc",
                        "clos", "llys", "bryn", "cae", "pont", "tai", "porth"]
        // "Swyddfa'r Maer" (the Mayor's office), "Apêl y Maer" (the Mayor's Appeal), "Parlwr y Maer", "Tlws y Profost".
        // "o Barlwr y Maer" (from the Mayor's Parlour): "Parlwr" after its soft, nasal and aspirate mutations.
        v.officeNounsBefore = ["swyddfa'r", "swyddfa", "ystafell", "stafell", "siambr", "tŷ'r", "ty'r", "apêl", "apel", "parlwr", "barlwr", "mharlwr", "pharlwr", "tlws", "dlws", "thlws", "nhlws", "cwch", "gwch", "chwch", "gwis", "noson", "gwobr", "gwobrau", "cwis",
                               // Events named after the office: "Cwpan y Cadeirydd", "Cinio Elusen y Maer", "Ras Hwyl y Maer".
                               "cwpan", "cinio", "elusen", "hwyl", "ras", "taith", "te", "ffair", "cyngerdd", "dawns", "cronfa", "her",
                               "tarian", "darian", "blynyddol", "elusennol", "bandstand", "mainc", "fainc", "gwpan", "nghwpan", "chwpan",
                               // "rôl y Maer", "swydd y Maer": the office itself, not its holder.
                               "rôl", "rol", "swydd", "dyletswyddau",
                               // Mutated after "yng": "yng Ngwobrau'r Arweinydd", "yng Ngwobr yr Arweinydd".
                               "ngwobr", "ngwobrau", "wobr", "wobrau", "gwobrau'r", "ngwobrau'r", "wobrau'r", "gwobr'r"]
        // "Llythyrau" (letters), "Annwyl Olygydd" (dear editor); "rydw i", "fy", "ni", "ein": the writer's own words.
        v.letterCues = ["llythyrau", "llythyrau at y golygydd", "eich llythyrau", "annwyl olygydd", "annwyl syr"]
        // "Alli di ychwanegu dyfyniad gen i?" (could you add a quote from me?).
        v.quoteRequestNouns = ["dyfyniad", "gair", "geiriau", "llinell", "brawddeg"]
        v.quoteRequestEnds = ["gen i", "gennyf", "gennyf i", "gen fi"]
        v.valedictions = ["yn gywir", "yn ddiffuant", "cofion", "cofion gorau", "cofion cynnes"]
        v.firstPersonWords = ["i", "fy", "ni", "ein", "rydw", "rwy"]
        v.photoOfferWords = ["gael"]  // "ar gael" (available)
        v.mailHeaderFields = ["anfonwyd", "at", "pwnc", "dyddiad"]  // sent, to, subject, date
        v.speechNouns = ["araith", "sylwadau", "anerchiad", "trawsgrifiad"]  // speech, remarks, address, transcript
        v.capacityLeads = ["yn y", "a hithau'n", "ac yntau'n", "sydd wedi bod yn", "sy'n"]  // "yn y Gadair" (in the Chair); "ac yntau'n Faer" (he being Mayor)
        // "rôl Cadeirydd y Cyngor" (the Chair's role): the office in general.
        v.pastHolderWords = ["cyn", "gyn", "fu'n", "diweddar", "ddiweddar", "rôl", "rol", "swydd"]  // "cyn-Faer", "cyn-Gynghorydd": a former holder; "a fu'n Faer": who was Mayor
        v.connectors = ["a", "ac", "y", "yr", "o", "o'r", "dros", "ar", "i"]
        v.extensionStarts = ["dros", "y", "yr", "o", "o'r"]
        v.memberBodies = ["cyngor", "pwyllgor", "cabinet", "senedd", "bwrdd", "panel", "gyngor", "bwyllgor"]
        v.roles = [
            // Leaders, cabinet, chairs (with their mutations after "y", "i", "gan" …).
            ("arweinydd y cyngor", RoleLexicon.member()), ("arweinydd", RoleLexicon.member(extends: true, conditional: true, capital: true, genitive: true)),
            ("dirprwy arweinydd", RoleLexicon.member(extends: true)), ("dirprwy arweinydd y cyngor", RoleLexicon.member()),
            ("arweinydd yr wrthblaid", RoleLexicon.member()),
            ("aelod cabinet", RoleLexicon.member(extends: true)), ("aelod o'r cabinet", RoleLexicon.member(extends: true)),
            // Police and crime commissioner: "Comisiynydd Heddlu a Throseddu'r ardal, X".
            ("comisiynydd heddlu a throseddu", RoleLexicon.member(extends: true)), ("comisiynydd heddlu a throseddu'r", RoleLexicon.member(extends: true)),
            ("aelodau cabinet", RoleLexicon.member()), ("aelod arweiniol", RoleLexicon.member(extends: true)),
            ("cadeirydd", RoleLexicon.member(extends: true, conditional: true, capital: true, genitive: true)),
            ("gadeirydd", RoleLexicon.member(extends: true, conditional: true, capital: true, genitive: true)),
            ("nghadeirydd", RoleLexicon.member(extends: true, conditional: true, capital: true, genitive: true)),
            ("chadeirydd", RoleLexicon.member(extends: true, conditional: true, capital: true, genitive: true)),
            ("cadeirydd y cyngor", RoleLexicon.member()), ("is gadeirydd", RoleLexicon.member(extends: true, conditional: true)),
            // Mayors (Maer, soft Faer); "Maer Aberystwyth" is "the Mayor of Aberystwyth".
            ("maer", RoleLexicon.member(extends: true, genitive: true)), ("faer", RoleLexicon.member(extends: true, genitive: true)),
            ("dirprwy faer", RoleLexicon.member(extends: true, genitive: true)), ("dirprwy maer", RoleLexicon.member(extends: true, genitive: true)),
            ("maer y dref", RoleLexicon.member()), ("maer y ddinas", RoleLexicon.member()),
            // Members of the Senedd and Parliament, commissioners.
            // Several members per Senedd constituency: the office alone names no one.
            ("aelod o'r senedd", RoleLexicon.member(false, extends: true)), ("aelod lleol o'r senedd", RoleLexicon.member(false, extends: true)),
            ("aelod seneddol", RoleLexicon.member(extends: true)), ("aelod lleol", RoleLexicon.member(false)),
            ("comisiynydd heddlu a throseddu", RoleLexicon.member(extends: true)), ("prif weinidog", RoleLexicon.member()),
            // Councillors and candidates as generic roles.
            ("cynghorydd sir", RoleLexicon.member(false)), ("cynghorydd lleol", RoleLexicon.member(false)),
            ("cynghorwyr lleol", RoleLexicon.member(false)), ("cynghorydd tref", RoleLexicon.member(false)),
            ("cynghorydd cymuned", RoleLexicon.member(false)), ("aelodau etholedig", RoleLexicon.member(false)),
            ("ymgeisydd", RoleLexicon.member(false, extends: true)), ("ymgeiswyr", RoleLexicon.member(false)),
            // Officers: fine to quote.
            // Residents and traders quoted in the news: not members.
            ("siopwraig", RoleLexicon.other), ("siopwr", RoleLexicon.other), ("perchennog", RoleLexicon.other), ("preswylydd", RoleLexicon.other),
            ("masnachwr", RoleLexicon.other), ("rhiant", RoleLexicon.other), ("disgybl", RoleLexicon.other),
            ("llefarydd", RoleLexicon.officer()), ("llefarydd ar ran y cyngor", RoleLexicon.officer()), ("prif weithredwr", RoleLexicon.officer(extends: true)),
            ("cyfarwyddwr", RoleLexicon.officer(extends: true)), ("cyfarwyddwr corfforaethol", RoleLexicon.officer(extends: true)),
            ("pennaeth", RoleLexicon.officer(extends: true)), ("rheolwr", RoleLexicon.officer(extends: true)),
            ("swyddog", RoleLexicon.officer(extends: true)), ("swyddog canlyniadau", RoleLexicon.officer()), ("clerc", RoleLexicon.officer(extends: true)),
            ("arweinydd tim", RoleLexicon.officer(extends: true)), ("rheolwr tim", RoleLexicon.officer(extends: true)),
            ("arweinydd prosiect", RoleLexicon.officer(extends: true)), ("arweinydd gwasanaeth", RoleLexicon.officer(extends: true)),
            ("peiriannydd", RoleLexicon.officer()), ("ceidwad", RoleLexicon.officer()), ("llyfrgellydd", RoleLexicon.officer()),
            ("preswylydd", RoleLexicon.other), ("gwirfoddolwr", RoleLexicon.other), ("pennaeth yr ysgol", RoleLexicon.other),
            ("prifathro", RoleLexicon.other), ("prifathrawes", RoleLexicon.other),
        ]
        v.parties = [
            // Llafur (Labour) and its soft mutation Lafur; "costau llafur", "marchnad lafur" are labour costs and market.
            ("llafur", PartyLexicon.e(PartyLexicon.lab, .capitalised, guards: ["cymru"])), ("lafur", PartyLexicon.e(PartyLexicon.lab, .capitalised)),
            ("llafur cymru", PartyLexicon.e("Welsh Labour")), ("lafur cymru", PartyLexicon.e("Welsh Labour")),
            ("plaid lafur", PartyLexicon.e(PartyLexicon.lab)), ("blaid lafur", PartyLexicon.e(PartyLexicon.lab)),
            ("ceidwadwyr", PartyLexicon.e(PartyLexicon.con)), ("geidwadwyr", PartyLexicon.e(PartyLexicon.con)),
            ("torïaid", PartyLexicon.e(PartyLexicon.con)), ("toriaid", PartyLexicon.e(PartyLexicon.con)),
            ("ngheidwadwyr", PartyLexicon.e(PartyLexicon.con)), ("cheidwadwyr", PartyLexicon.e(PartyLexicon.con)),
            ("ceidwadwyr cymreig", PartyLexicon.e("Welsh Conservatives")), ("ceidwadol", PartyLexicon.e(PartyLexicon.con, .capitalised)),
            ("democratiaid rhyddfrydol", PartyLexicon.e(PartyLexicon.ld)), ("ddemocratiaid rhyddfrydol", PartyLexicon.e(PartyLexicon.ld)),
            ("democratiaid rhyddfrydol cymru", PartyLexicon.e("Welsh Liberal Democrats")),
            ("plaid werdd", PartyLexicon.e(PartyLexicon.grn)), ("blaid werdd", PartyLexicon.e(PartyLexicon.grn)),
            ("gwyrddion", PartyLexicon.e(PartyLexicon.grn, .capitalised)),
            ("blaid cymru", PartyLexicon.e("Plaid Cymru")), ("mhlaid cymru", PartyLexicon.e("Plaid Cymru")), ("phlaid cymru", PartyLexicon.e("Plaid Cymru")),
            // Adjectives after the noun, with their mutations: "y weinyddiaeth Geidwadol", "y Blaid Ryddfrydol",
            // "cynghorydd Gwyrdd"; "Gwyrdd"/"Werdd" only with a cue before it ("mannau gwyrdd", "y Faner Werdd").
            ("geidwadol", PartyLexicon.e(PartyLexicon.con, .capitalised)), ("ngheidwadol", PartyLexicon.e(PartyLexicon.con, .capitalised)),
            ("cheidwadol", PartyLexicon.e(PartyLexicon.con, .capitalised)),
            // "am" (for) after it is Welsh, not the English "AM" (Assembly Member) cue: "y Faner Werdd am y nawfed tro".
            ("rhyddfrydol", PartyLexicon.e(PartyLexicon.ld, .cue, guards: ["am"])), ("ryddfrydol", PartyLexicon.e(PartyLexicon.ld, .cue, guards: ["am"])),
            ("plaid ryddfrydol", PartyLexicon.e("Liberal Party")), ("blaid ryddfrydol", PartyLexicon.e("Liberal Party")),
            ("gwyrdd", PartyLexicon.e(PartyLexicon.grn, .cue, guards: ["am"])), ("werdd", PartyLexicon.e(PartyLexicon.grn, .cue, guards: ["am"])),
            ("wyrddion", PartyLexicon.e(PartyLexicon.grn, .capitalised)),
            ("aelodau'r wrthblaid", PartyLexicon.e(PartyLexicon.group)), ("yr wrthblaid", PartyLexicon.e(PartyLexicon.group)), ("wrthblaid", PartyLexicon.e(PartyLexicon.group)), ("cynghorwyr yr wrthblaid", PartyLexicon.e(PartyLexicon.group)),
            ("aelodau'r gwrthbleidiau", PartyLexicon.e(PartyLexicon.group)), ("grwp yr wrthblaid", PartyLexicon.e(PartyLexicon.group)),
            // "Annibynnol" (Independent) only with a cue before it: "grŵp Annibynnol", "cynghorydd Annibynnol".
            ("annibynnol", PartyLexicon.e("Independent", .cue)), ("annibynwyr", PartyLexicon.e("Independent", .capitalised)),
            ("grwp llafur", PartyLexicon.e(PartyLexicon.lab)), ("grwp sy'n rheoli", PartyLexicon.e(PartyLexicon.group)), ("gwrthblaid", PartyLexicon.e(PartyLexicon.group, .capitalised)),
        ]
        // "#PleidleisiwchDemRhydd": "Dem Rhydd", the Welsh short form of the Liberal Democrats.
        v.partyTags = [("llafur", PartyLexicon.lab), ("ceidwadwyr", PartyLexicon.con), ("plaidwerdd", PartyLexicon.grn), ("demrhydd", PartyLexicon.ld), ("geidwadol", PartyLexicon.con), ("ceidwadol", PartyLexicon.con)]
        v.electioneering = [
            // Pleidleisiwch dros/i … (vote for …), ailethol (re-elect), maniffesto and addewid (pledge) as a party's.
            ("pleidleisiwch dros", .voteFor), ("pleidleisiwch i", .voteFor), ("pleidleisiwch i'r", .voteFor), ("pleidleisiwch dros y", .voteFor), ("pleidleisiwch", .vote), ("pleidleisio dros", .voteFor),
            // "pleidleisiwch drosta i" (vote for me): the preposition inflected for the speaker.
            ("pleidleisiwch drosta i", .fixed(ElectioneeringPhrases.call)), ("pleidleisiwch drosof i", .fixed(ElectioneeringPhrases.call)),
            ("pleidleisiwch drosof", .fixed(ElectioneeringPhrases.call)), ("pleidleisiwch droson ni", .fixed(ElectioneeringPhrases.call)),
            ("pleidleisiwch drosom ni", .fixed(ElectioneeringPhrases.call)),
            // "Diolch i bawb a agorodd y drws i mi neithiwr!" (thanks to all who opened the door to me): canvassing.
            ("agorodd y drws i mi", .fixed(ElectioneeringPhrases.campaign)),
            ("ailetholwch", .fixed(ElectioneeringPhrases.call)), ("ail etholwch", .fixed(ElectioneeringPhrases.call)),
            ("ailethol", .fixed(ElectioneeringPhrases.call)), ("ail ethol", .fixed(ElectioneeringPhrases.call)),
            ("dim ond", .only), ("o'n maniffesto", .fixed(ElectioneeringPhrases.record)), ("o'n haddewidion", .fixed(ElectioneeringPhrases.record)),
            ("ein maniffesto", .fixed(ElectioneeringPhrases.record)), ("fy maniffesto", .fixed(ElectioneeringPhrases.record)),
            ("maniffesto etholiad", .fixed(ElectioneeringPhrases.record)), ("addewid maniffesto", .fixed(ElectioneeringPhrases.record)),
            ("addewidion maniffesto", .fixed(ElectioneeringPhrases.record)), ("ein haddewid", .fixed(ElectioneeringPhrases.record)),
            ("ein haddewidion", .fixed(ElectioneeringPhrases.record)), ("fy addewid", .fixed(ElectioneeringPhrases.record)),
            ("addewid etholiad", .fixed(ElectioneeringPhrases.record)), ("maniffesto", .manifesto), ("addewid", .manifesto),
            ("addewidion", .manifesto), ("faniffesto", .manifesto),
            ("ers i ni gymryd rheolaeth", .fixed(ElectioneeringPhrases.record)), ("ein record", .fixed(ElectioneeringPhrases.record)),
            ("hyrwyddwyd gan", .imprint), ("canfasio", .fixed(ElectioneeringPhrases.campaign)),
            // "ffurflen canfasio aelwydydd" (the household canvass form): electoral registration, not campaigning.
            ("canfasio aelwydydd", .registration), ("canfasio blynyddol", .registration), ("hystings", .hustings),
        ]
        // "mae tîm Plaid Cymru wedi rhewi taliadau'r farchnad" (Plaid Cymru's team has frozen market charges): a party's deed.
        v.electioneering += [("wedi rhewi", .delivered), ("wedi achub", .delivered), ("wedi sicrhau", .delivered), ("wedi cyflawni", .delivered)]
        v.electioneering += [("cefnogwch", .back), ("gadawodd", .leftMess), ("adawodd", .leftMess),
                             // "addewid wedi'i gadw" (a promise kept); "fe lansion ni ymgyrch …" (we launched … campaign).
                             ("addewid wedi'i gadw", .fixed(ElectioneeringPhrases.record)), ("addewid wedi ei gadw", .fixed(ElectioneeringPhrases.record)),
                             ("lansion", .launch), ("lansion ni", .launch)]  // "Cefnogwch Lafur", "Cefnogwch y Cynghorydd …"
        // Cadw addewid (keep a promise), cymryd rheolaeth (take control), y weinyddiaeth … flaenorol (the previous administration).
        v.electioneering += [("cadw", .kept), ("gadw", .kept), ("gymryd rheolaeth", .tookControl), ("cymryd rheolaeth", .tookControl),
                             ("gymryd yr awenau", .tookControl), ("cymryd yr awenau", .tookControl),
                             ("ennill rheolaeth", .tookControl), ("ennill", .tookControl), ("weinyddiaeth", .previous), ("gweinyddiaeth", .previous),
                             ("byddai", .wouldDo), ("fyddai", .wouldDo), ("gadewch i ni", .letUs), ("lansio", .launch),
                             ("lansiodd", .launch), ("lansiad", .launch)]
        // Gorffen y gwaith (finish the job) beside polling day; rhowch eich pleidlais i mi (give me your vote).
        v.electioneering += [("gorffen y gwaith", .pollDayAppeal), ("orffen y gwaith", .pollDayAppeal),
                             ("rhowch eich pleidlais i mi", .fixed(ElectioneeringPhrases.call)),
                             // "Gyda'ch cefnogaeth chi ar 6 Mai" (with your support on 6 May): an appeal beside polling day.
                             ("gyda'ch cefnogaeth", .pollDayAppeal),]
        // "fe wnaethon ni addo" (we promised), "popeth a addawyd gennym" (everything promised by us): a first-person
        // promise is a record claim, as English "we promised" is.
        v.electioneering += [("wnaethon ni addo", .fixed(ElectioneeringPhrases.record)), ("gwnaethon ni addo", .fixed(ElectioneeringPhrases.record)),
                             ("wnaethom ni addo", .fixed(ElectioneeringPhrases.record)), ("wnaethom addo", .fixed(ElectioneeringPhrases.record)),
                             ("addawon ni", .fixed(ElectioneeringPhrases.record)), ("addawson ni", .fixed(ElectioneeringPhrases.record)),
                             ("addawsom", .fixed(ElectioneeringPhrases.record)), ("addawyd gennym", .fixed(ElectioneeringPhrases.record)),
                             ("addawyd gennym ni", .fixed(ElectioneeringPhrases.record))]
        // Ers i mi gael fy ethol (since I was elected), pan ddaethon ni i rym (when we came to power), ers i Blaid Cymru
        // ddod i arwain (since Plaid Cymru took the lead); curo ar ddrysau (knocking on doors); rhowch eich pleidlais i
        // dîm … (give your vote to team …); "Dyma beth mae cyngor Llafur yn ei gyflawni" (what a Labour council
        // delivers); record y weinyddiaeth … (the record of the … administration).
        // "Mae Plaid Cymru wedi sefyll yn gadarn yn erbyn …" (has stood firm against): a party's record claim.
        // "addewais" (I promised); "Pan oedd Llafur yn rhedeg y sir" (when Labour ran the county).
        v.electioneering += [("addewais", .fixed(ElectioneeringPhrases.record)), ("rhedeg", .inOffice),
                             ("rwyf wedi sicrhau", .fixed(ElectioneeringPhrases.record)), ("rydw i wedi sicrhau", .fixed(ElectioneeringPhrases.record)),
                             ("rydw i wedi sefyll yn gadarn", .fixed(ElectioneeringPhrases.record)), ("rwyf wedi sefyll yn gadarn", .fixed(ElectioneeringPhrases.record))]
        v.electioneering += [("sefyll yn gadarn", .stoodWith), ("cofiwch fi", .pollDayAppeal),
                             ("fi oedd yr unig gynghorydd", .fixed(ElectioneeringPhrases.record)), ("fi oedd yr unig un", .fixed(ElectioneeringPhrases.record)),
                             ("rwyf wedi cadw pob addewid", .fixed(ElectioneeringPhrases.record)), ("rydw i wedi cadw pob addewid", .fixed(ElectioneeringPhrases.record))]
        // "rydw i wedi brwydro i gadw'r llyfrgell" (I have fought to keep the library): a member's own record.
        v.electioneering += [("rydyn ni wedi ymladd", .fixed(ElectioneeringPhrases.record)), ("rydyn ni wedi brwydro", .fixed(ElectioneeringPhrases.record)),
                             ("rydym wedi ymladd", .fixed(ElectioneeringPhrases.record)), ("rydym wedi brwydro", .fixed(ElectioneeringPhrases.record))]
        v.electioneering += [("rydw i wedi ymladd", .fixed(ElectioneeringPhrases.record)), ("rwyf wedi ymladd", .fixed(ElectioneeringPhrases.record)),
                             ("dw i wedi ymladd", .fixed(ElectioneeringPhrases.record)), ("rwy wedi ymladd", .fixed(ElectioneeringPhrases.record)),
                             ("rydw i wedi brwydro", .fixed(ElectioneeringPhrases.record)), ("rwyf i wedi brwydro", .fixed(ElectioneeringPhrases.record)),
                             ("rwy wedi brwydro", .fixed(ElectioneeringPhrases.record)), ("dw i wedi brwydro", .fixed(ElectioneeringPhrases.record))]
        // "Plaid Cymru a frwydrodd am yr arian hwn" (it was Plaid Cymru that fought for this money): fought, won,
        // secured, saved, delivered.
        // "Llafur wnaeth achub y pwll" (it was Labour that saved the pool), "… a ymgyrchodd am y cynllun" (campaigned for).
        v.electioneering += [("wnaeth", .welshCleft), ("ymgyrchodd", .welshCleft)]
        v.electioneering += [("frwydrodd", .welshCleft), ("enillodd", .welshCleft), ("sicrhaodd", .welshCleft),
                             ("achubodd", .welshCleft), ("gyflawnodd", .welshCleft)]
        v.electioneering += [("gael fy ethol", .inOffice), ("cael fy ethol", .inOffice), ("gael ein hethol", .inOffice),
                             ("cael ein hethol", .inOffice), ("ddod i rym", .inOffice), ("dod i rym", .inOffice),
                             ("ddaethon ni i rym", .inOffice), ("daethon ni i rym", .inOffice), ("ddaethom i rym", .inOffice),
                             ("daethom i rym", .inOffice), ("ddaethom ni i rym", .inOffice), ("ddod i arwain", .inOffice),
                             // "Ers i Blaid Cymru arwain y cyngor hwn" (since Plaid Cymru led this council).
                             ("dod i arwain", .inOffice), ("arwain", .inOffice), ("curo ar ddrysau", .doors), ("curo ar", .doors), ("guro ar ddrysau", .doors),
                             ("curo drysau", .doors), ("guro drysau", .doors), ("cnocio ar ddrysau", .doors), ("cnocio drysau", .doors),
                             ("rhowch eich pleidlais i", .giveVote), ("rhowch eich pleidleisiau i", .giveVote),
                             ("yn ei gyflawni", .delivered), ("yn ei chyflawni", .delivered), ("yn eu cyflawni", .delivered),
                             ("wedi cyflawni", .delivered), ("record", .recordOf),
                             // "ni fydd Llafur Cymru yn …" (Welsh Labour will not …): a party's pledge in a speaker's words.
                             ("bydd", .wouldDo), ("fydd", .wouldDo),
                             // "Allan ar garreg y drws" (out on the doorstep): canvassing, as English "on the doorstep".
                             // (Not bare "ar garreg y drws": "dweud un peth yn y siambr a pheth arall ar garreg y drws" is a jibe.)
                             ("allan ar garreg y drws", .fixed(ElectioneeringPhrases.campaign)), ("allan ar stepen y drws", .fixed(ElectioneeringPhrases.campaign)),
                             ("ar garreg y drws heno", .fixed(ElectioneeringPhrases.campaign)), ("ar garreg y drws heddiw", .fixed(ElectioneeringPhrases.campaign)),
                             // "Ers 2022 mae cynghorwyr Plaid wedi mynnu …" (since 2022 Plaid councillors have forced …).
                             ("ers", .sinceYear)]
        v.arrangingWords = ["cynnal", "gynnal", "bydd", "fydd", "gwahodd", "gwahoddir", "croeso"]
        // "Rydyn ni wedi cadw ein gair" (we have kept our word).
        v.promiseWords = ["addewid", "haddewid", "addewidion", "haddewidion", "maniffesto", "gair", "ngair"]
        v.canWill = ["all", "gall", "gallai"]  // "Dim ond Llafur all ennill" (only Labour can win)
        v.meUs = ["mi", "fi", "ni"]  // "Pleidleisiwch i mi"
        v.voteTagPrefixes = ["pleidleisiwch", "pleidleisiwchdros", "cefnogwch"]
        v.firstPerson = ["ni", "ein", "fy", "rydym", "rydyn", "daethom", "ddaethom"]
        v.gapWords = ["wedi", "hefyd", "eisoes", "yn"]
        v.seekWords = ["sefyll", "ceisio", "ymgyrchu"]
        v.adminAfterVoteFor = ["hyd", "un", "dau", "tri", "pedwar", "ymgeiswyr", "ymgeisydd", "eich",
                               // "pleidleisio dros Senedd Ieuenctid Cymru" (voting for the Youth Parliament): no party or candidate.
                               "senedd", "cyngor", "gyngor"]
        v.onBehalfOf = ["ar ran"]
        // Llun: (photo), Yn y llun: (pictured), Ch–Dd: chwith i dde (left to right).
        v.captionStarts = [("yn y llun", false), ("llun", true), ("lluniau", true), ("o'r chwith i'r dde", true), ("ch dd", true),
                           ("o'r chwith", true), ("chwith i'r dde", true), ("chwith i dde", true),  // "O'r chwith: …", "Chwith i'r dde: …"
                           ("testun amgen", true), ("lluniau o", false), ("lluniau o'r", false), ("ffotograffau o", false), ("ffotograffau o'r", false),
                           ("mae lluniau o", false), ("mae lluniau o'r", false), ("mae ffotograffau o", false), ("mae ffotograffau o'r", false),
                           // "Mae rhagor o luniau o'r Maer ar gael" (more photos of the Mayor are available): after "o", the soft mutation.
                           ("luniau o", false), ("luniau o'r", false), ("lun o", false), ("lun o'r", false)]
        v.photoCredits = ["llun gan", "hawlfraint llun", "llun"]
        v.leftToRight = ["ch dd", "o'r chwith i'r dde", "chwith i dde", "chwith i'r dde", "o'r chwith"]
        v.noticeHeadings = [
            ("hysbysiad etholiad", "Notice of Election"), ("hysbysiad o etholiad", "Notice of Election"),
            ("hysbysiad pleidlais", "Notice of Poll"), ("hysbysiad pleidleisio", "Notice of Poll"), ("hysbysiad o bleidlais", "Notice of Poll"),
            ("datganiad o'r personau a enwebwyd", "Statement of Persons Nominated"),
            ("datganiad am y personau a enwebwyd", "Statement of Persons Nominated"),
            ("datganiad ynghylch y personau a enwebwyd", "Statement of Persons Nominated"),
            ("datganiad o'r personau sydd wedi eu henwebu", "Statement of Persons Nominated"),
            ("hysbysiad o leoliad gorsafoedd pleidleisio", "Notice of Situation of Polling Stations"),
            ("datganiad o ganlyniad y bleidlais", "Declaration of Result of Poll"),
            ("hysbysiad etholiad heb wrthwynebiad", "Notice of Uncontested Election"),
        ]
        v.candidateListWords = ["ymgeiswyr", "ymgeisydd", "hymgeiswyr", "enwebwyd", "henwebu"]
        v.noticeEnds = ["diwedd", "nodiadau i olygyddion", "nodyn i olygyddion"]
        v.negations = ["nid", "dim", "nad", "heb"]
        return v
    }()
}
