import XCTest
@testable import ReleaseChecker

/// Welsh and bilingual copy: every rule works on Welsh text as on English (titles with their mutations,
/// attribution verbs, parties, electioneering, captions, statutory notices), and the ordinary Welsh words that
/// look like parties stay quiet.
final class WelshVocabularyTests: XCTestCase {
    func rules(_ text: String) -> [String] { Fixture.summary(text) }
    func quotes(_ text: String) -> [Finding] { Fixture.findings(text).filter { $0.rule == .memberQuote } }

    func testTitlesAndTheirMutations() {
        for text in ["Dywedodd y Cynghorydd Elen Morgan: “Mae’r parc ar agor i bawb.”",
                     "Dywedodd Cyng. Elen Morgan: “Mae’r parc ar agor i bawb.”",
                     "“Mae’r parc ar agor i bawb,” meddai’r Cynghorydd Elen Morgan.",
                     "Diolch i’r Gynghorydd Elen Morgan, a ddywedodd: “Mae’r parc ar agor i bawb.”",
                     "“Mae’r parc ar agor i bawb,” meddai Elen Morgan AS.",
                     "Dywedodd Aelod Cabinet dros Dai, y Cynghorydd Elen Morgan: “Mae’r cartrefi’n barod.”",
                     "Dywedodd Arweinydd y Cyngor: “Mae’r cartrefi’n barod.”",
                     "“Mae’r cartrefi’n barod,” meddai’r Maer.",
                     "Ychwanegodd Cadeirydd y Cyngor: “Diolch i bawb.”",
                     "Dywedodd y Cynghorydd Elen Morgan, sy'n cynrychioli ward y Bont: “Mae hyn yn newyddion da.”",
                     "“Rydyn ni wrth ein bodd,” meddai arweinydd y cyngor, y Cynghorydd Huw Thomas."] {
            XCTAssertEqual(quotes(text).count, 1, text)
        }
        XCTAssertEqual(rules("Bydd ein Nghynghorydd Elen Morgan yn y digwyddiad."), ["member-reference@1"])
    }

    func testPronounFollowUpInWelsh() {
        let text = "Dywedodd y Cynghorydd Elen Morgan: “Mae’r parc ar agor.”\n\n“Dewch draw ddydd Sadwrn i weld y gwaith,” meddai hi."
        XCTAssertEqual(quotes(text).map(\.line), [1, 3])
        XCTAssertEqual(quotes("Meddai’r Cynghorydd Elen Morgan: ‘Bydd y ffordd ar agor erbyn yr haf.’\n\nMeddai hi: “Diolch i bawb.”").map(\.line), [1, 3])
    }

    func testWelshParties() {
        for text in ["Mae cynghorwyr Llafur wedi cefnogi’r cynllun.", "Pleidleisiodd y Ceidwadwyr yn erbyn.",
                     "Roedd y Democratiaid Rhyddfrydol yn absennol.", "Siaradodd cynrychiolydd o’r Blaid Werdd.",
                     "Mae Plaid Cymru yn rheoli’r cyngor.", "Safodd Reform UK ym mhob ward.",
                     "Mae’r grŵp Annibynnol wedi ymatal.", "Cyngor dan arweiniad Llafur yw hwn."] {
            XCTAssertEqual(Fixture.findings(text).filter { $0.rule == .partyReference }.count, 1, text)
        }
        for text in ["Mae’r cyngor yn cael ei arwain gan glymblaid Plaid Cymru ac Annibynnol.", "Cyngor dan arweiniad Llafur a’r Ceidwadwyr."] {
            XCTAssertEqual(Fixture.findings(text).filter { $0.rule == .partyReference }.count, 2, text)
        }
    }

    func testOfficersAreFineToQuote() {
        XCTAssertEqual(rules("Dywedodd Arweinydd Tîm Gwastraff, Rhys Jones: “Bydd y criwiau allan fel arfer.”"), [])
        XCTAssertEqual(rules("Dywedodd llefarydd ar ran y cyngor: “Byddwn yn ymateb maes o law.”"), [])
        XCTAssertEqual(rules("Dywedodd Ceidwad y Parc, Alun Davies: “Dewch draw i fwynhau’r traeth.”"), [])
        XCTAssertEqual(rules("Dywedodd Cadeirydd Cymdeithas y Trigolion, Mair Jones: “Rydyn ni’n falch.”"), [])
        XCTAssertEqual(rules("Dywedodd Cadeirydd Pwyllgor Cynllunio’r Cyngor: “Rydyn ni’n falch.”"), ["member-quote@1"])
    }

    func testWelshTrapsAreNotParties() {
        XCTAssertEqual(rules("Mae costau llafur wedi codi 6% eleni, ac mae’r farchnad lafur yn dynn."), [])
        XCTAssertEqual(rules("Bydd adolygiad annibynnol yn adrodd ym mis Mehefin."), [])
        XCTAssertEqual(rules("Mae’r mannau gwyrdd ar agor drwy’r haf."), [])
        XCTAssertEqual(rules("Gwasanaeth Byw’n Annibynnol: ffoniwch 01632 960000."), [])
    }

    func testWelshElectioneeringTakesTheCallToVote() {
        XCTAssertEqual(rules("Pleidleisiwch dros Lafur ar 7 Mai."), ["electioneering@1"])
        XCTAssertEqual(rules("Pleidleisiwch i Blaid Cymru."), ["electioneering@1"])
        XCTAssertEqual(rules("Pleidleisiwch i mi ar 6 Mai."), ["electioneering@1"])
        XCTAssertEqual(rules("Cefnogwch Lafur ar 6 Mai."), ["electioneering@1"])
        XCTAssertEqual(rules("Ailetholwch y Cynghorydd Elen Morgan."), ["electioneering@1"])
        XCTAssertEqual(rules("Mae’r Cynghorydd Elen Morgan yn sefyll am ail-ethol.").filter { $0.hasPrefix("electioneering") }, ["electioneering@1"])
        XCTAssertEqual(rules("Rydym wedi cyflawni ein haddewid maniffesto.").filter { $0.hasPrefix("electioneering") }, ["electioneering@1"])
        // A party's manifesto or pledge is record language and still names the party (only a call to vote takes it).
        // Two record claims on one line are one message, one finding.
        XCTAssertEqual(rules("Mae’r cynllun yn rhan o faniffesto Llafur ac addewid Plaid Cymru."),
                       ["electioneering@1", "party-reference@1", "party-reference@1"])
        XCTAssertEqual(rules("Mae’r cyngor wedi gwneud addewid i drigolion."), [])
        XCTAssertEqual(rules("Hyrwyddwyd gan Siôn Jones ar ran Plaid Cymru, 1 Stryd Fawr, Llanfair."), ["electioneering@1"])
        XCTAssertEqual(Fixture.findings("Pleidleisiwch dros Lafur.").first?.guidance, Rule.electioneering.guidance(inPeriod: true))
    }

    func testWelshElectionAdministrationIsFine() {
        XCTAssertEqual(rules("Cofrestrwch i bleidleisio erbyn 20 Ebrill. Mae’r gorsafoedd pleidleisio ar agor 7am–10pm."), [])
        XCTAssertEqual(rules("Mae’r cyngor wedi addo £2m ar gyfer ffyrdd."), [])
    }

    func testWelshCaptions() {
        for text in ["Llun: Y Cynghorydd Elen Morgan gyda’r disgyblion.", "Yn y llun: Y Cynghorydd Elen Morgan yn agor y llyfrgell.",
                     "Y Cynghorydd Elen Morgan a Siôn Jones (Ch–Dd) yn y parc."] {
            XCTAssertEqual(Fixture.findings(text).filter { $0.rule == .memberPhoto }.count, 1, text)
        }
    }

    func testWelshStatutoryNoticesAreExempt() {
        for heading in ["HYSBYSIAD ETHOLIAD", "Datganiad o’r Personau a Enwebwyd", "Hysbysiad Pleidleisio"] {
            let text = "\(heading)\n\nWard y Bont\nElen Morgan, Plaid Cymru\nSiôn Jones, Llafur Cymru\n"
            let report = Fixture.report(text, people: ["Elen Morgan", "Siôn Jones"])
            XCTAssertEqual(report.findings.map(\.rule), [], heading)
            XCTAssertEqual(report.statutoryNotices.count, 1, heading)
        }
    }

    func testMutatedAndAdjectivalWelshParties() {
        XCTAssertEqual(rules("Siaradodd y Cynghorydd Gwenno Rhys o Blaid Cymru yn y cyfarfod.").filter { $0.hasPrefix("party") }, ["party-reference@1"])
        XCTAssertEqual(rules("Roedd y weinyddiaeth Geidwadol yn erbyn y cynllun."), ["party-reference@1"])
        XCTAssertEqual(rules("Siaradodd arweinydd y Blaid Ryddfrydol."), ["party-reference@1"])
        XCTAssertEqual(rules("Mae dau gynghorydd Gwyrdd ar y pwyllgor."), ["party-reference@1"])
        XCTAssertEqual(rules("Cytunodd gyda Phlaid Cymru ar y pwynt."), ["party-reference@1"])
        XCTAssertEqual(rules("Roedd aelodau'r wrthblaid wedi gofyn am oedi."), ["party-reference@1"])
        XCTAssertEqual(rules("Enillodd y parc Wobr y Faner Werdd eto eleni."), [])
        XCTAssertEqual(rules("Enillodd Parc y Dderwen Wobr y Faner Werdd am y pumed tro."), [])
    }

    func testWelshRecordClaims() {
        XCTAssertEqual(rules("Rydym wedi cadw pob addewid i’r trigolion."), ["electioneering@1"])
        XCTAssertEqual(rules("Byddwn yn cadw ein haddewid."), ["electioneering@1"])
        XCTAssertEqual(rules("Ers i Lafur gymryd rheolaeth o’r cyngor yn 2021, rydym wedi cadw pob addewid.").sorted(),
                       ["electioneering@1", "party-reference@1"])
        XCTAssertEqual(rules("Gadawodd y weinyddiaeth Lafur flaenorol ddyled fawr.").sorted(), ["electioneering@1", "party-reference@1"])
        XCTAssertEqual(rules("Bydd y siop yn cadw’r addewid a wnaeth i’r pentref."), [])
        XCTAssertEqual(rules("Dywedodd hi: byddai cyngor Ceidwadol yn dileu’r cynllun.").sorted(), ["electioneering@1", "party-reference@1"])
        XCTAssertEqual(rules("Byddai’r cyngor yn dileu’r cynllun ym mis Mehefin."), [])
        XCTAssertEqual(rules("Gadewch i ni orffen y gwaith ar 7 Mai."), ["electioneering@1"])
        XCTAssertEqual(rules("Gadewch i ni ddathlu ar 4 Gorffennaf yn y parc."), [])
        XCTAssertEqual(Fixture.summary("Siaradodd y Cynghorydd Elen Morgan wrth lansio ei hymgyrch yn y dref.").filter { $0.hasPrefix("electioneering") },
                       ["electioneering@1"])
    }

    func testACallToVoteInWelshTakesThePartyItLists() {
        XCTAssertEqual(Fixture.summary("Ar 7 Mai, pleidleisiwch dros Elen Morgan a Llafur i gadw’r gwaith i fynd.", people: ["Elen Morgan"]),
                       ["electioneering@1"])
    }

    /// Welsh street names put the street word first: "Heol y Maer" (Mayor's Road) is a place, not the Mayor.
    func testStreetNamedAfterTheMayor() {
        let f = Fixture.findings("Mae'r swyddfa newydd ar Heol y Maer, ger y parc.").filter { $0.rule == .memberReference }
        XCTAssertEqual(f.count, 0)
        XCTAssertEqual(Fixture.findings("Agorodd y Maer y parc.").filter { $0.rule == .memberReference }.count, 1)
    }

    /// A Welsh plural title lists its names with "a"/"ac" (and): each is a member.
    func testPluralTitleWithWelshAnd() {
        XCTAssertEqual(Fixture.findings("Yn y llun: y Cynghorwyr Ann Lee a Sam Orr gyda'r plant.").filter { $0.rule == .memberPhoto }.count, 2)
        XCTAssertEqual(Fixture.findings("Mynychodd y Cynghorwyr Ifan Wyn ac Elin Roberts y cyfarfod.").filter { $0.rule == .memberReference }.count, 2)
    }

    /// Welsh reported speech, dropped pronouns and bylines (Code of Recommended Practice on Local Authority
    /// Publicity 2011, para 34: a member's words however attributed).
    func testWelshReportedSpeechAndDroppedPronouns() {
        // Verb first: "welcomed …, saying that he had …".
        XCTAssertEqual(rules("Croesawodd Cyng. Dafydd Prys, Aelod Cabinet dros Dai, y grant, gan ddweud ei fod wedi \"aros yn rhy hir\"."),
                       ["member-quote@1"])
        XCTAssertEqual(rules("Croesawodd y Cynghorydd Dafydd Prys y grant ond dywedodd fod y cynllun yn hwyr."), ["member-quote@1"])
        XCTAssertEqual(rules("Croesawodd y Cynghorydd Dafydd Prys chwe theulu i'r neuadd."), ["member-reference@1"])
        // "Ychwanegodd:" and "meddai." with the pronoun dropped follow the member quoted or named before.
        XCTAssertEqual(rules("Dywedodd y Cynghorydd Dafydd Prys: \"Mae'r bont ar agor.\"\nYchwanegodd: \"Diolch i bawb am aros.\""),
                       ["member-quote@1", "member-quote@2"])
        // The visit names the speaker of the quotation on the same line: one finding, the quotation.
        XCTAssertEqual(rules("Ymwelodd Cyng. Dafydd Prys â'r bont ddydd Llun. \"Mae'n wych gweld y bont ar agor eto,\" meddai."),
                       ["member-quote@1"])
        XCTAssertEqual(rules("Dywedodd y Cynghorydd Dafydd Prys fod y bont yn ddiogel.\nDywedodd fod y gwaith wedi costio llai."),
                       ["member-quote@1", "member-quote@2"])
        XCTAssertEqual(rules("Gan yr Arweinydd: y Cynghorydd Dafydd Prys\n\nBydd y bont yn agor ym mis Mehefin."), ["member-quote@1"])
    }

    func testAnOfficeNamedAfterATitleAndPhotoWords() {
        XCTAssertEqual(rules("Anfonwch eich sylwadau at Swyddfa'r Maer erbyn dydd Gwener."), [], "the Mayor's office is not the Mayor")
        XCTAssertEqual(rules("2) Instagram: Testun amgen: y Cynghorydd Elen Morgan yn plannu coed."), ["member-photo@1"])
    }

    /// Welsh attributions without "dywedodd": "Yn ôl y Cyng. X", "Barn y Cyng. X yw bod", "Galwodd … X … yn “…”",
    /// "wedi dweud bod" (has said that) and a column byline after a heading; "galwodd … am" (called for) too: a call
    /// for something is a stated position (Code of Recommended Practice on Local Authority Publicity 2011, para 34).
    func testWelshAttributionsWithoutDywedodd() {
        for text in ["Yn ôl y Cyng. Gwenno Prys, Aelod Cabinet dros Barciau, mae'r llwybrau newydd yn \"hen bryd\".",
                     "Barn y Cyng. Gwenno Prys yw bod y pwll yn rhy ddrud.",
                     "Galwodd aelod ward Glanrhyd, y Cyng. Gwenno Prys, y cynllun yn \"ffantasi\" mewn datganiad.",
                     "Mae'r Aelod Cabinet dros Barciau, y Cyng. Gwenno Prys, wedi dweud bod angen \"mwy o goed\".",
                     "O'r Cabinet: colofn gan y Cyng. Gwenno Prys, Aelod Cabinet dros Barciau\nMae'r pwll ar agor."] {
            XCTAssertEqual(rules(text), ["member-quote@1"], text)
        }
        XCTAssertEqual(rules("Galwodd y Cynghorydd Gwenno Prys am adolygiad o'r pwll."), ["member-quote@1"])
        XCTAssertEqual(rules("Galwodd cadeirydd y pwyllgor, y Cynghorydd Gwenno Prys, am adolygiad o'r pwll."), ["member-quote@1"])
    }

    /// A Welsh role with its adjective or lower-case portfolio after it and its holder in apposition is one member;
    /// a bilingual caption opener ("O'r chwith i'r dde / Left to right:") opens a caption.
    func testWelshAppositionAndBilingualCaptionOpener() {
        XCTAssertEqual(rules("Roedd yr Aelod o'r Senedd lleol, Dyfan Probert AS, a'r aelod cabinet dros ddiwylliant, y Cynghorydd Hywel Brython, yno."),
                       ["member-reference@1", "member-reference@1"])
        XCTAssertEqual(rules("O'r chwith i'r dde / Left to right: Eleri Watcyn, Dyfan Probert AS/MS, Cllr Hywel Brython."),
                       ["member-photo@1", "member-photo@1"])
    }

    /// "Gofynnodd y Cyng. X a oedd …" (asked whether …), as English "asked whether": the member's question is their
    /// words, even after their party between commas; "gofynnodd am" (asked for) is an act.
    func testWelshAskedWhether() {
        for text in ["Gofynnodd y Cynghorydd Gwenno Prys a fyddai'r llyfrgell yn aros ar agor ar ddydd Sadwrn.",
                     "Gofynnodd y Cyng. Gwenno Prys, o'r grŵp Annibynnol, a oedd y cyngor wedi ymgynghori â rhieni."] {
            XCTAssertTrue(rules(text).contains("member-quote@1"), text)
            XCTAssertFalse(rules(text).contains("member-reference@1"), text)
        }
        XCTAssertEqual(rules("Gofynnodd y Cynghorydd Gwenno Prys am adroddiad pellach."), ["member-reference@1"])
        // A follow-up with the subject dropped, and its English pronoun form.
        XCTAssertEqual(rules("Agorodd y Cynghorydd Gwenno Prys y drafodaeth.\nGofynnodd a oedd y cyngor wedi ymgynghori â rhieni."),
                       ["member-reference@1", "member-quote@2"])
        XCTAssertEqual(rules("Cllr Gwenno Price opened the debate.\nShe asked whether parents had been consulted."),
                       ["member-reference@1", "member-quote@2"])
    }

    /// "Colofn yr Arweinydd: y Cynghorydd X" (the Leader's column: Cllr X) is a byline, as in English.
    func testWelshColumnHeadingByline() {
        XCTAssertEqual(rules("COLOFN YR ARWEINYDD: Y Cynghorydd Gwenno Prys\n\nMae'r gwanwyn wedi cyrraedd."), ["member-quote@1"])
        XCTAssertEqual(rules("Colofn y Cabinet: y Cyng. Gwenno Prys, Aelod Cabinet dros Barciau\n\nMae'r gwanwyn wedi cyrraedd."), ["member-quote@1"])
    }

    /// A statement on behalf of an office, then "dywedodd" and the member who holds it, is one speaker's one
    /// sentence: one finding, not one for the office and one for the name.
    func testStatementOnBehalfOfAnOfficeIsOneSpeaker() {
        XCTAssertEqual(rules("Mewn datganiad ar ran Arweinydd y Cyngor, dywedodd y Cynghorydd Gwenno Prys:\n\"Mae'r pwll ar agor eto o'r diwedd.\""),
                       ["member-quote@1"])
        XCTAssertEqual(rules("Ar ran y Maer, dywedodd y Cynghorydd Gwenno Prys fod y ffair wedi codi £900."), ["member-quote@1"])
        XCTAssertEqual(rules("In a statement issued on behalf of the Leader, Cllr Gwenno Price said:\n\"The pool is open again at last.\""),
                       ["member-quote@1"])
    }

    /// Time in office, canvassing, a call to give a vote, a party's pledge and record, and a dig, in Welsh.
    func testWelshTimeInOfficeCallsAndDigs() {
        for text in ["Ers i mi gael fy ethol yn 2021 rydw i wedi sicrhau dwy groesfan newydd.",
                     "Ers i ni gael ein hethol, rydyn ni wedi rhewi ffioedd parcio.",
                     "Pan ddaethon ni i rym, roedd yr orsaf fysiau ar gau.",
                     "Ers i ni ddod i rym mae ailgylchu wedi codi bob blwyddyn.",
                     "Rydw i wedi bod yn curo ar ddrysau ym mhob stryd yn y ward."] {
            XCTAssertEqual(rules(text), ["electioneering@1"], text)
        }
        XCTAssertEqual(rules("Ers i’r Blaid Werdd ddod i arwain y cyngor yn 2019, rydyn ni wedi plannu coed.").sorted(),
                       ["electioneering@1", "party-reference@1"])
        XCTAssertEqual(rules("Felly ar 7 Mai, rhowch eich pleidlais i dîm Llafur y Bont."), ["electioneering@1"])
        XCTAssertEqual(rules("Gadewch i mi fod yn glir: ni fydd Llafur Cymru yn codi’r tâl yma.").sorted(), ["electioneering@1", "party-reference@1"])
        XCTAssertEqual(rules("Bydd Llafur Cymru yn cynnal cyfarfod ddydd Llun."), ["party-reference@1"])
        XCTAssertEqual(rules("Ni chafwyd ymateb eto. Bydd Llafur Cymru yn ymateb yfory."), ["party-reference@1"], "the negative particle is no speaker")
        XCTAssertEqual(rules("Mae’r weinyddiaeth Geidwadol hon wedi cadw pob addewid.").sorted(), ["electioneering@1", "party-reference@1"])
        XCTAssertEqual(rules("“Dyma beth mae cyngor Ceidwadol yn ei gyflawni,” meddai hi.").filter { $0.hasPrefix("electioneering") }, ["electioneering@1"])
        XCTAssertEqual(rules("Mae’r cyngor am gau’r pwll, a dim ond y Blaid Werdd sydd wedi sefyll yn ei erbyn.").sorted(),
                       ["electioneering@1", "party-reference@1"])
        XCTAssertEqual(rules("Bydd swyddogion yn curo ar ddrysau i rannu cadis bwyd newydd."), [])
    }

    /// A newsletter heading, a dash and a byline ("MAY NEWSLETTER – from your councillor, X"; Welsh "gan eich
    /// cynghorydd …, X"): the newsletter is the member's words, with a one-word opener after the dash.
    func testBylineAfterADashedHeading() {
        XCTAssertEqual(Fixture.summary("CYLCHLYTHYR MAI – gan eich cynghorydd Annibynnol, Gwenno Prys\nMae'r pwll ar agor.", people: ["Gwenno Prys"])
                        .filter { $0.hasPrefix("member") }, ["member-quote@1"])
        XCTAssertEqual(Fixture.summary("MAY NEWSLETTER – from your Independent councillor, Gwenno Prys\nThe pool is open.", people: ["Gwenno Prys"])
                        .filter { $0.hasPrefix("member") }, ["member-quote@1"])
    }

    /// "o Barlwr y Maer" (from the Mayor's Parlour) names a room, after "Parlwr" mutates, not the Mayor.
    func testMutatedParlourIsAPlace() {
        XCTAssertEqual(Fixture.summary("Cerddodd y grŵp o Barlwr y Maer i'r traeth."), [])
    }

    /// "@CyngorX" is a council's account ("Cyngor", council, begins like the councillor's "Cyng."); "@CyngX" is a
    /// councillor's.
    func testCouncilHandleIsNotACouncillors() {
        XCTAssertEqual(Fixture.summary("[X – @CyngorAberteg / @AbertegCouncil]"), [])
        XCTAssertEqual(Fixture.summary("Diolch @CyngElenMorgan!"), ["member-reference@1"])
    }

    /// "Gofynnodd … pam / sut …" reports a member's question as "a oedd" does, also after an office and the name
    /// in apposition between commas.
    func testAskedWhyInWelsh() {
        for text in ["Gofynnodd Arweinydd yr Wrthblaid, y Cynghorydd Bryn Tegid, pam nad oedd y cyngor wedi gwerthu'r depo.",
                     "Gofynnodd y Cynghorydd Bryn Tegid sut y byddai'r cyngor yn talu am y bont."] {
            XCTAssertEqual(Fixture.summary(text), ["member-quote@1"], text)
        }
    }

    /// A newsletter heading "… gan eich cynghorwyr …, y Cynghorydd A a'r Cynghorydd B" is a byline of each councillor.
    func testNewsletterBylineOfTwoCouncillorsInWelsh() {
        let s = Fixture.summary("Newyddion Ward Hillside gan eich cynghorwyr Gwyrdd, y Cynghorydd Ffion Rees a'r Cynghorydd Tomos Hart")
        XCTAssertEqual(s.filter { $0 == "member-quote@1" }.count, 2)
        XCTAssertFalse(s.contains("member-reference@1"))
    }

    /// A live blog's time and dash before an entry do not hide the verb that opens its sentence.
    func testVerbFirstAfterALiveBlogTime() {
        for text in ["09:40 – Dywedodd y Cynghorydd Elis fod \"y parc yn bwysig i bawb\".",
                     "11:05 – Dywedodd y Cynghorydd Mererid Huws, o'r Blaid Lafur, ei bod yn croesawu'r adroddiad.",
                     "16:52 – Atebodd yr aelod cabinet dros dai, y Cynghorydd Iestyn Wyn (Plaid Cymru), nad oedd arian ar ôl."] {
            let s = Fixture.summary(text)
            XCTAssertEqual(s.filter { $0 == "member-quote@1" }.count, 1, text)
            XCTAssertFalse(s.contains("member-reference@1"), text)
        }
    }

    /// "…, a dywedodd ei bod yn …": the speech verb's dropped subject is the member named before, not a group asking her.
    func testDroppedSubjectAfterAQuestionIsTheMember() {
        let text = "Ymwelodd y Cynghorydd Heledd Rhys â'r llyfrgell ddydd Iau. Holodd y disgyblion hi am y bysiau, a dywedodd ei bod yn \"cefnogi'r gwasanaeth newydd\"."
        let s = Fixture.summary(text)
        XCTAssertEqual(s.filter { $0 == "member-quote@1" }.count, 1)
        XCTAssertFalse(s.contains("member-reference@1"))
        XCTAssertEqual(Fixture.summary("Dywedodd y Cynghorydd Heledd Rhys ei fod yn bwysig.").filter { $0 == "member-quote@1" }.count, 1)
    }

    /// A bilingual heading naming the office in Welsh and in English names one member.
    func testBilingualOfficeIsOneMember() {
        XCTAssertEqual(Fixture.summary("Y Maer yn agor y llyfrgell / Mayor opens the library").filter { $0 == "member-reference@1" }.count, 1)
    }

    /// A quotation in Welsh and its English translation on one line, by the same office, is one finding.
    func testBilingualQuotationIsOneFinding() {
        XCTAssertEqual(Fixture.summary("Meddai'r Maer: \"Mae'r llyfrgell ar agor.\" / The Mayor said: \"The library is open.\""), ["member-quote@1"])
    }

    /// A question put in Welsh with the member's party in brackets before it: "Gofynnodd y Cynghorydd X (Plaid) a fyddai …".
    func testWelshQuestionAfterABracketedParty() {
        XCTAssertEqual(rules("Gofynnodd y Cynghorydd Elen Morgan (Plaid Cymru) a fyddai'r ysgol yn aros ar agor."),
                       ["member-quote@1", "party-reference@1"])
    }

    /// "Mae Plaid Cymru wedi sefyll yn gadarn yn erbyn …" in a member's own post: a party's record claim.
    func testWelshStoodFirmIsARecordClaim() {
        let text = "Rydw i'n falch iawn. Mae Plaid Cymru wedi sefyll yn gadarn yn erbyn cau'r ysgol."
        XCTAssertTrue(rules(text).contains("electioneering@1"))
    }

    /// "yr wrthblaid" (the opposition, mutated after "gan") is a party grouping.
    func testMutatedOppositionIsAGroup() {
        XCTAssertTrue(rules("Cwestiwn gan yr wrthblaid am y premiwm.").contains("party-reference@1"))
    }

    /// "Adroddodd y Cadeirydd fod …" (the Chair reported that), a Welsh letter's request ("wedi ysgrifennu at … yn
    /// gofyn am …") and "wedi addo" (has promised) are the member's words.
    func testWelshReportedLettersAndPromises() {
        XCTAssertEqual(rules("2. Adroddodd y Cadeirydd fod trigolion yn pryderu am yr arogleuon."), ["member-quote@1"])
        XCTAssertEqual(rules("Mae Elin Morgan AS wedi ysgrifennu at y Gweinidog yn gofyn am brofion.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(rules("Mae Elin Morgan AS wedi ysgrifennu at y Gweinidog.").filter { $0.hasPrefix("member-") }, ["member-reference@1"])
        XCTAssertEqual(rules("Mae'r Cynghorydd Owain Rhys wedi addo i ni na fydd y cartref yn cau.").filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }
}
