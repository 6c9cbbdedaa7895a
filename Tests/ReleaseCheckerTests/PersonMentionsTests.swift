import XCTest
import FileFormats
@testable import ReleaseChecker

/// Member references: names in their usual forms, titles, reported speech and social-media handles.
final class PersonMentionsTests: XCTestCase {
    func references(_ text: String, people: [String] = []) -> [Finding] {
        Fixture.findings(text, people: people).filter { $0.rule == .memberReference }
    }

    func testNameFormsFromTheList() {
        let people = ["Jane Mary Doe"]
        XCTAssertEqual(references("Jane Mary Doe opened it.", people: people).count, 1)
        XCTAssertEqual(references("Jane Doe opened it.", people: people).count, 1, "first and last name")
        XCTAssertEqual(references("Cllr Doe opened it.", people: people).first?.message, "Member or candidate named: Cllr Doe (candidate)")
        XCTAssertEqual(references("Councillor Jane Doe opened it.", people: people).count, 1)
        XCTAssertEqual(references("It was Jane Doe’s idea.", people: people).count, 1, "possessive")
        XCTAssertEqual(references("Jane Doe opened it.\nLater Doe left.", people: people).count, 2, "bare surname after a full mention")
        XCTAssertEqual(references("Jane Doe opened it. Later Doe left.", people: people).count, 1, "one finding per member per line")
        XCTAssertEqual(references("Doe opened it.", people: people).count, 0, "a bare surname alone is not enough")
    }

    func testTitlesAndRoles() {
        XCTAssertEqual(references("The Leader of the Council will attend.").first?.message, "Member referred to by title: the Leader of the Council")
        XCTAssertEqual(references("Councillors Ann Lee and Raj Patel attended.").count, 2)
        XCTAssertEqual(references("Cllrs Ann Lee, Raj Patel and Tom Ford attended.").count, 3)
        XCTAssertEqual(references("Jane Doe MP visited. Siân Jones MS and Ewan Gray MSP sent messages.").count, 3)
        XCTAssertEqual(references("The Police and Crime Commissioner has funded it.").count, 1)
        XCTAssertEqual(references("Provost Iain Buchanan will attend.").count, 1)
        XCTAssertEqual(references("The Chair of the Planning Committee will attend.").count, 1)
        XCTAssertEqual(references("The Chair of the Friends of Mill Park will attend.").count, 0)
    }

    func testSurnamesThatAreOrdinaryWordsAfterATitle() {
        // Found by trying the tool: "Hall", "Park", "Green" are surnames after a title.
        XCTAssertEqual(references("Cllr Rose Hall opened it.").first?.subject, "Cllr Rose Hall")
        XCTAssertEqual(references("Cllr Tom Green and Cllr Ann Park attended.").map(\.subject), ["Cllr Tom Green", "Cllr Ann Park"])
        XCTAssertEqual(Fixture.findings("Cllr Tom Green attended.").filter { $0.rule == .partyReference }.count, 0)
    }

    func testNameAndAppositiveRoleAreOneReference() {
        let f = references("The Leader of the Council, Cllr Martin Fell, will attend.")
        XCTAssertEqual(f.count, 1)
        XCTAssertEqual(f.first?.subject, "Cllr Martin Fell")
    }

    /// Reported speech presents the member's views as a quotation does (Code para 34): a member-quote, not a reference.
    func testReportedSpeechIsAQuoteNotAReference() {
        for text in ["Cllr Jane Doe said the council would act.", "The Mayor, Cllr Rose Hall, said the event was a success."] {
            XCTAssertEqual(references(text).count, 0, text)
        }
        XCTAssertEqual(Fixture.findings("The Mayor, Cllr Rose Hall, said the event was a success.").first?.message,
                       "Reported speech attributed to the Mayor, Cllr Rose Hall")
    }

    func testACandidateNamedWithTheirRole() {
        let f = references("The Green Party’s candidate for Mill ward, Helen Marsh, was also there.")
        XCTAssertEqual(f.map(\.subject), ["Helen Marsh"])
        XCTAssertEqual(references("A candidate must be 18 or over on the day of nomination.").count, 0, "election administration")
    }

    func testSocialMediaHandles() {
        XCTAssertEqual(references("Thanks to @CllrJaneDoe and @JaneDoeMP.").count, 2)
        XCTAssertEqual(references("Follow @PriyaShahMill.", people: ["Priya Shah"]).count, 1)
        XCTAssertEqual(references("Follow @ExamptonCouncil and @Champ_Cycles.").count, 0)
    }

    func testGenericAndNonMemberPeopleAreNotReferences() {
        XCTAssertEqual(references("The results will be reported to councillors. Ward councillors will be told.").count, 0)
        XCTAssertEqual(references("Dr Amir Khan and Jane Smith attended, with a community leader.").count, 0)
    }

    /// "Cllr Jane Doe, the borough council's cabinet member for parks, said …" is one person, one finding.
    func testAppositiveRoleAfterAPossessiveOrganisation() {
        let found = references("Cllr Jane Doe, the borough council's cabinet member for parks, will open a new play area in June.")
        XCTAssertEqual(found.count, 1)
        XCTAssertEqual(found.first?.column, 1)
    }

    /// A government minister named only by office is not a councillor or candidate.
    func testAMinisterByOfficeAloneIsNotAReference() {
        XCTAssertEqual(Fixture.summary("Cllr Jane Doe said she had written to the housing minister about the scheme."), ["member-quote@1"])
        XCTAssertEqual(references("Ms Doe raised it with the Infrastructure Minister last week.", people: ["Jane Doe"]).map(\.column), [1])
    }

    /// A role is read within one line: a letterhead's last word does not join the next line's heading.
    func testARoleDoesNotRunAcrossALineBreak() {
        XCTAssertEqual(references("Exampleton Borough Council\nLeader's column for the summer magazine").map(\.line), [2])
    }

    /// A role in the possessive names a thing, not its holder: "the Candidate's Consent to Nomination".
    func testAPossessiveRoleTakesNoName() {
        XCTAssertEqual(references("Each paper must include the Candidate's Consent to Nomination, signed and witnessed.").count, 0)
    }

    /// "North Exampleton MSP Jane Doe": the words before the post-nominal are a constituency, not a person, and
    /// the place is not remembered as her surname.
    func testConstituencyBeforeAPostNominalAndAName() {
        let text = "North Exampleton MSP Jane Doe has written to Exampleton Council about the ferry.\n\nAn Exampleton Council spokesperson said the timetable was under review."
        XCTAssertEqual(references(text).map(\.line), [1])
        XCTAssertEqual(references(text).first?.subject.hasSuffix("Jane Doe"), true)
    }

    /// Sharing a surname with a listed councillor does not make someone her: "Dr Tom Doe" is not Cllr Jane Doe,
    /// but "Dr Doe" and "Dr J. Doe" may be.
    func testADifferentFirstNameIsADifferentPerson() {
        XCTAssertEqual(Fixture.findings("Dr Tom Doe, the practice's senior partner, said: “We have room for two more GPs.”", people: ["Jane Doe"]).count, 0)
        XCTAssertEqual(references("Dr Doe opened the clinic.", people: ["Jane Doe"]).count, 1)
        XCTAssertEqual(references("Dr J. Doe opened the clinic.", people: ["Jane Doe"]).count, 1)
        XCTAssertEqual(references("Dr Jane Doe opened the clinic.", people: ["Jane Doe"]).count, 1)
    }

    /// A civic title before a street or building word is the place's name ("Alderman Yard", "the Provost's
    /// Walk"), while an abbreviated title or a known surname is still a person.
    func testStreetsAndBuildingsNamedAfterCivicTitles() {
        XCTAssertEqual(references("Passes are sold at the kiosk on Provost Crescent and at Bailie Gardens library.").count, 0)
        XCTAssertEqual(references("The parade sets off from the Mayor's Walk at noon.").count, 0)
        XCTAssertEqual(references("Alderman Terrace will be closed for resurfacing.").count, 0)
        XCTAssertEqual(references("Cllr Hall opened the kiosk.").count, 1, "an abbreviated title is a person's")
        XCTAssertEqual(references("Bailie Rose Hall opened the kiosk. Later Bailie Hall cut the ribbon.").count, 2, "a surname already seen")
        XCTAssertEqual(references("Provost Ian Reid opened the kiosk.").count, 1)
    }

    /// In an all-caps heading "FOR", "OF" and "AND" are the heading's words, not a name after "COUNCILLORS".
    func testAllCapsHeadingWordsAreNoName() {
        XCTAssertEqual(references("ELECTION OF COUNCILLORS FOR BROOKSIDE WARD 7").count, 0)
        XCTAssertEqual(references("COUNCILLOR ANN ORR OPENS THE MARKET").count, 1)
    }

    /// "Cynghorydd Sir" is "county councillor", a role: "Sir" is not a name after the title.
    func testWelshCountyCouncillorIsARole() {
        XCTAssertEqual(references("Neges gan eich Cynghorydd Sir am y llwybrau newydd.").count, 0)
        XCTAssertEqual(Fixture.findings("Neges gan eich Cynghorydd Sir, y Cynghorydd Ffion Wyn.").map(\.subject), ["Cynghorydd Ffion Wyn"])
    }

    /// A Secretary of State is a government minister, not a member or candidate of the council's poll.
    func testSecretaryOfStateByTitleIsNoReference() {
        XCTAssertEqual(references("The appeal will be decided by the Secretary of State for Housing after an inquiry.").count, 0)
    }

    /// A listed person's post-nominal and an appositive role are the same person: one reference.
    func testPostNominalAfterAListedNameIsOneReference() {
        XCTAssertEqual(references("Owen Tate MS, the Member of the Senedd for the valley, opened the path.", people: ["Owen Tate"]).count, 1)
        XCTAssertEqual(references("Owen Tate MP visited the depot.", people: ["Owen Tate"]).first?.subject, "Owen Tate MP")
        XCTAssertEqual(references("Ruth Ames MBE JP, Councillor for Mill Ward, opened it.", people: ["Ruth Ames"]).count, 1)
    }

    /// "Cabinet member for leisure Cllr Tom Hale": a role, its portfolio in lower case and the titled name are one person.
    func testRoleWithLowerCasePortfolioAndNameIsOneReference() {
        XCTAssertEqual(references("Cabinet member for leisure Cllr Tom Hale opened the pool.").map(\.subject), ["Cllr Tom Hale"])
    }

    /// "Cllr Tom Hale, Green group leader,": the party before the role keeps its party reference, and the name
    /// and role are one member reference.
    func testPartyBeforeAnAppositiveRole() {
        let f = Fixture.findings("Cllr Tom Hale, Green group leader, opened the pool.")
        XCTAssertEqual(f.filter { $0.rule == .memberReference }.count, 1)
        XCTAssertEqual(f.filter { $0.rule == .partyReference }.count, 1)
    }

    /// A byline "From the Leader: Cllr Tom Hale" names one person: one finding (the column is in their words).
    func testBylineRoleAndNameAreOneReference() {
        XCTAssertEqual(Fixture.findings("From the Leader: Cllr Tom Hale\n\nThe pool reopens in June.").map(\.rule), [.memberQuote])
    }

    /// A headline ending in a role ("… – MP") does not take the next line's newspaper as the holder's name.
    func testARoleDoesNotTakeANameFromTheNextLine() {
        let f = Fixture.findings("‘Potholes are a disgrace’ – MP\nMillbrook Gazette, 3 April 2026")
        XCTAssertFalse(f.contains { $0.message.contains("Gazette") }, f.map(\.message).joined(separator: "; "))
    }

    /// The same listed person named and quoted on one line is the quotation's finding, not also a reference.
    func testNameOnTheLineOfTheirOwnQuotationIsNoReference() {
        let text = "Cllr Tom Hale (Green) had tabled the motion, saying the charge was “far too high”.\nMr Hale added: “We will keep pushing.”"
        XCTAssertEqual(references(text, people: ["Tom Hale"]).map(\.line), [])
    }

    func testANameOrRoleEndsWithItsLine() {
        // A sign-off, an address line and a byline end where their lines end.
        let signOff = references("Please add the new surgery dates.\nCofion, Swyddfa'r Cynghorydd\nRegards, Councillor's office")
        XCTAssertEqual(signOff.map(\.subject), [], "an office signing off is no member")
        let header = references("From: Communications <news@brynmawr.example>\nTo: Mayor's Office\nSubject: Carnival road closures")
        XCTAssertEqual(header.map(\.subject), [], "the Mayor's Office is an office")
        XCTAssertEqual(references("The Leader's Office confirmed the date.").count, 0)
        XCTAssertEqual(references("Sent from the Cabinet Member's office").count, 1, "the member's own office stands for them")
        let byline = references("Harbour News – May\nA column by Cllr Owain Pryce, Cabinet Member for Harbours\nWhen we reopened the slipway last spring, the boats came back.",
                                people: ["Owain Pryce"])
        XCTAssertEqual(byline.count, 1)
        XCTAssertTrue(byline.first.map { $0.message.contains("Harbours") && !$0.message.contains("When") } ?? false, "the next line is not part of the role: \(byline.map(\.message))")
        let chair = Fixture.findings("Spring news from Cllr Mona Rees, Chair of Pentre Isaf Community Council\nWhat a busy spring it has been in the village.")
        XCTAssertEqual(chair.count, 1)
        XCTAssertFalse(chair.first?.message.contains("What") ?? true, "\(chair.map(\.message))")
    }

    func testHardWrappedProseStillCarriesANameAcrossTheBreak() {
        // Wrapped at about 60 characters: the name and the role run on over the break.
        let text = """
        The new footbridge over the Afon Lwyd opened on Monday morning
        after eleven weeks of work, and it was welcomed by the Leader
        of the Council, who thanked the contractors. Councillor Bethan
        Morgans, Cabinet Member for Transport, cut the ribbon at noon.
        """
        let found = references(text)
        XCTAssertTrue(found.contains { $0.subject.contains("Bethan Morgans") }, "\(found.map(\.subject))")
        XCTAssertTrue(found.contains { $0.message.contains("Leader of the Council") }, "\(found.map(\.message))")
    }

    func testATownsCivicTitleAndNameAreOneMention() {
        let found = references("Brynmawr's Lord Mayor, Cllr Jo Bellamy, has opened the winter fair.")
        XCTAssertEqual(found.count, 1)
        XCTAssertTrue(found.first?.message.contains("Lord Mayor, Cllr Jo Bellamy") ?? false, "\(found.map(\.message))")
    }

    func testABuildingNamedAfterATitleAndAName() {
        XCTAssertEqual(references("The portrait will hang in the Provost Alec Burns Hall until June.").count, 0)
        XCTAssertEqual(Fixture.findings("The Provost Alec Burns said the portrait would hang in the chamber.").count, 1, "a person before a speech verb")
        XCTAssertEqual(references("The portrait was unveiled by Provost Alec Hall on Monday.").count, 1, "no 'the': a person")
    }

    func testAnEmailAddressStandingForAListedMember() {
        let people = ["Cllr Carys Bevan"]
        XCTAssertEqual(references("E-bost: carys.bevan@cyngor.example | Ffôn: 01632 960000", people: people).count, 1)
        XCTAssertEqual(references("Email: carys_bevan@cyngor.example", people: people).count, 1, "underscore")
        XCTAssertEqual(references("Email: cllr-carys-bevan@cyngor.example.", people: people).count, 1, "hyphens and a title")
        XCTAssertEqual(references("Cllr Carys Bevan – carys.bevan@cyngor.example", people: people).count, 1, "named on the same line: one reference")
        XCTAssertEqual(references("Email: cbevan@cyngor.example or housing@cyngor.example", people: people).count, 0, "not first and last name")
        XCTAssertEqual(references("Email: carys.bevan@cyngor.example").count, 0, "not on the list")
    }

    /// A title, a name and a street word is a street named after a past holder, in any case; "Mayor Andy Street"
    /// style surnames that are not street-only words stay people.
    func testAStreetNamedAfterATitleAndAName() {
        XCTAssertEqual(references("The bins will be collected from Bailie Agnes Corr Avenue on Tuesday.").count, 0)
        XCTAssertEqual(references("The fair is held on Alderman Tolley Road each summer.").count, 0)
        XCTAssertEqual(references("SIGNS GO UP ON MAYOR BRONWEN TEGID CRESCENT").count, 0)
        XCTAssertEqual(references("The lamps on the Bailie's Pier will be replaced.").count, 0)
        XCTAssertEqual(references("Alderman Tolley opened the fair.").count, 1, "a person")
        XCTAssertEqual(references("Mayor Gwen Lane opened the fair.", people: ["Cllr Gwen Lane"]).count, 1, "a listed member")
    }

    /// A former or late holder of a title is not a sitting member.
    func testAFormerHolderIsNotAMember() {
        XCTAssertEqual(references("The lane is named after the former Mayor of Penhallow, a keen cyclist.").count, 0)
        XCTAssertEqual(references("Mae'r ffordd wedi'i henwi ar ôl cyn-Faer Penhallow.").count, 0)
        XCTAssertEqual(references("She was the daughter of Tom Reese, who served as Provost of the old burgh.").count, 0)
        XCTAssertEqual(references("The Mayor of Penhallow opened the lane.").count, 1, "a sitting holder")
        XCTAssertEqual(references("The late Alderman Pike was a keen gardener.").count, 0, "a titled past holder")
        XCTAssertEqual(references("The late Councillor Harry Doherty served for 30 years.").count, 0)
        XCTAssertEqual(references("The former Cllr Jo Bell opened the fete.", people: ["Jo Bell"]).count, 1, "a listed candidate stays")
    }

    /// An office described in general, or its next holder, identifies no sitting member; the sitting holder by office does.
    func testAnOfficeInGeneralIsNotAMember() {
        XCTAssertEqual(references("The Mayor's role is largely ceremonial.").count, 0)
        XCTAssertEqual(references("The next Leader will be chosen at the annual meeting.").count, 0)
        XCTAssertEqual(references("Awards will be presented by the Provost.").count, 1, "the sitting holder")
        XCTAssertEqual(references("The Mayor's charity walk raised £2,000.").count, 1, "the sitting holder's appeal")
    }

    /// A lower-case role with its portfolio, a comma and the titled name is one person, after a party's possessive too.
    func testALowerCasePortfolioAndACommaBeforeTheName() {
        let found = references("The Greens' cabinet member for libraries, Cllr Moss Adeyemi (Grn, Eastfold), opened the branch.")
        XCTAssertEqual(found.count, 1, "\(found.map(\.message))")
    }

    /// A contact line giving a member's first name and phone number, after the member was named in full.
    func testAFirstNameAndPhoneNumberOnAContactLine() {
        let people = ["Cllr Ffion Pryce", "Cllr Dewi Lloyd"]
        let text = "From your councillors, Ffion Pryce and Dewi Lloyd\n\nSurgeries monthly.   Ffion: 01632 960111  /  Dewi: 01632 960222"
        // The first line is the newsletter's byline (a member-quote per member); the contact line names both again.
        XCTAssertEqual(references(text, people: people).filter { $0.line == 3 }.count, 2)
        XCTAssertEqual(references("Ffion: 01632 960111", people: people).count, 0, "not named in full before")
    }

    /// An event, fund or trophy named after an office, and a past holder ("who was Mayor"), identify no sitting member;
    /// the holder doing something for the event still does, once per line.
    func testThingsNamedAfterAnOffice() {
        XCTAssertEqual(references("Friday 16 April – Mayor's Charity Quiz").count, 0)
        XCTAssertEqual(references("MAYOR'S CHARITY BALL RAISES £18,000").count, 0)
        XCTAssertEqual(references("Gellir noddi'r Maer drwy dudalen Apêl y Maer.").count, 1)
        XCTAssertEqual(references("The Mayor will host a quiz for the Mayor's Appeal.").count, 1)
        XCTAssertEqual(references("Pupils won the Provost Fraser Memorial Trophy last year.").count, 0)
        XCTAssertEqual(references("It is named after the late Alderman Tom Maddocks, who was Mayor of Llanhyfryd three times.").count, 0)
        XCTAssertEqual(references("ar ôl y diweddar Henadur Tom Maddocks, a fu'n Faer Llanhyfryd dair gwaith.").count, 0)
        XCTAssertEqual(references("Mae'r Cynghorydd Tegwyn ar gael. / Cllr Tegwyn is available.", people: ["Catrin Tegwyn"]).count, 1)
    }

    /// A council's own handle is not a councillor's ("@CyngorGlynteg": cyngor, council); a room named after a
    /// Provost is a place; an e-mail signature's name and role are one member; "the Town Mayor's Easter walk" is
    /// the holder's walk, "the Mayor's Civic Awards" an event.
    func testHandlesRoomsSignaturesAndTheHoldersOwnEvents() {
        XCTAssertEqual(references("[X – @CyngorGlynteg / @GlyntegCouncil]").count, 0)
        XCTAssertEqual(references("The Provost Drummond Room can be booked by community groups.").count, 0)
        XCTAssertEqual(references("Cllr Jo Bell | Leader of the Council | Abbeyfields ward").count, 1)
        XCTAssertEqual(references("Town Mayor's Easter walk raises £3,200").count, 1)
        XCTAssertEqual(references("The Mayor's Civic Awards 2027 – Programme").count, 0)
        XCTAssertEqual(references("Arweiniodd y Maer 60 o gerddwyr o Barlwr y Maer i'r traeth.").count, 1)
    }

    /// A bracketed party and ward label between a name and its appositive role: one member, one reference, and the
    /// party still a party reference.
    func testBracketedLabelBeforeAnAppositiveRole() {
        let text = "The budget was moved by Cllr Priya Nandra (Lab, Eastgate), the deputy leader, and seconded by Cllr Tom Orme (Lab, Weir)."
        XCTAssertEqual(references(text).map(\.message), ["Member or candidate named: Cllr Priya Nandra (Lab, Eastgate), the deputy leader",
                                                         "Member or candidate named: Cllr Tom Orme"])
        XCTAssertTrue(Fixture.summary(text).contains("party-reference@1"))
    }

    /// An office right after a member's name that says they hold it ("in the Chair", "who as Mayor") names no
    /// second member.
    func testOfficeHeldByTheMemberJustNamed() {
        XCTAssertEqual(references("Present: The Provost (Cllr Rhona Tait) in the Chair.").count, 1)
        XCTAssertEqual(references("Cllr Rhona Tait, who as Provost would normally chair the board, stepped aside.").count, 1)
        XCTAssertEqual(references("Cllr Rhona Tait thanked the Provost.").count, 2)
    }

    /// A photography note saying who will be in the pictures offered ("pictures of … with the Mayor") shows that
    /// member, as a caption does; a note that offers no pictures shows no one.
    func testPhotographyNoteOfferingPicturesWithAMember() {
        XCTAssertEqual(Fixture.summary("Photography: our photographer will take pictures of every prize winner with the Provost."),
                       ["member-photo@1"])
        XCTAssertEqual(Fixture.summary("Photography: our photographer will be at the door. The Provost will present the prizes."),
                       ["member-reference@1"])
    }

    /// A signature block's bar joins the name and the office: one member, one reference.
    func testSignatureBarJoinsNameAndOffice() {
        XCTAssertEqual(references("Cheers\nCllr Tomos Reed | Deputy Leader of the Council").count, 1)
    }

    /// Photographs offered in a notes line ("Notes to editors: Photographs of Cllr X are available") show the member,
    /// in English and Welsh, and once per line.
    func testPhotographsOfferedInANotesLine() {
        XCTAssertEqual(Fixture.summary("Nodiadau / Notes: Mae ffotograffau o'r Cynghorydd Reed ar gael. Photographs of Cllr Reed are available.",
                                       people: ["Tomos Reed"]), ["member-photo@1"])
        XCTAssertEqual(Fixture.summary("Notes: Cllr Tomos Reed opened the market. Photographs are on our website."), ["member-reference@1"])
    }

    /// A room named after a past holder at a sentence's start ("The Provost Lindsay Room can be booked") is a place.
    func testRoomNamedAfterAPastHolderAtASentenceStart() {
        XCTAssertEqual(references("Tea is served at four. The Provost Lindsay Room can be booked by local groups.").count, 0)
        XCTAssertEqual(references("The Provost Lindsay Reid opened the room.").count, 1)
    }

    /// Schools and pavilions named after a past holder, a term in brackets, someone commemorated and a Welsh quiz
    /// night named after the office identify no sitting member.
    func testPlacesTermsAndCommemorations() {
        XCTAssertEqual(references("We are consulting on bringing Alderman Whitcombe Primary and Saltley Infants together.").count, 0)
        XCTAssertEqual(references("The polling station moves to the Alderman Reid Pavilion in Lismoyle Park.").count, 0)
        XCTAssertEqual(references("Penrose Row is named after the town's first woman mayor (1951–52).").count, 0)
        XCTAssertEqual(references("A new stop at the park named after the town's post-war Provost, James Lindsay.").count, 0)
        XCTAssertEqual(references("Noson Gwis y Maer | Mayor's Quiz Night").count, 0)
    }

    /// A building after a place preposition ("in Provost Gillespie Hall") is a place, while "by Provost Alec Hall" is
    /// a person; a councillor whose death is reported is no sitting member, but one speaking after a death is.
    func testBuildingsAfterPlacePrepositionsAndDeaths() {
        XCTAssertEqual(references("Long service awards in **Provost Gillespie Hall** on Thursday.").count, 0)
        XCTAssertEqual(references("A new stop at Provost Lindsay Park opens in May.").count, 0)
        XCTAssertEqual(references("The portrait was unveiled by Provost Alec Hall on Monday.").count, 1)
        XCTAssertEqual(references("A by-election follows the death of long-serving councillor Eric Haydock.").count, 0)
        XCTAssertEqual(references("After the death of her husband, Cllr Jo Bell thanked the nurses.").count, 1)
    }

    /// E-mail addresses and handles that spell a listed person's name with a hyphen removed or the first name
    /// shortened; a Senedd office alone; memorial halls, quaichs and a holder reported as having died.
    func testContactsOfficesWithSeveralHoldersAndMemorials() {
        let people = ["Elin Mared-Thomas", "Dominic Ashworth-Lowe"]
        XCTAssertEqual(references("Phone 01970 000 4412 · elin.mared-thomas@senedd.example", people: people).count, 1)
        XCTAssertEqual(references("Email dominic.ashworthlowe.mp@parliament.example or call.", people: people).count, 1)
        XCTAssertEqual(references("Follow @DomAshworthLowe for updates", people: people).count, 1)
        XCTAssertEqual(references("Aelod o'r Senedd dros Ddyffryn Teifion / Member of the Senedd for Dyffryn Teifion").count, 0)
        XCTAssertEqual(references("The station moves to the Alderman Jim Cassidy Memorial Hall. Alderman Cassidy, a former Mayor, died in 2019.").count, 0)
        XCTAssertEqual(references("Curlers compete for the Provost Doig Quaich").count, 0)
    }

    /// Past and future holders described by their term: "the late former Mayor" in Welsh ("y diweddar gyn-Faer"),
    /// "was twice Mayor", Welsh "Roedd … yn Faer", and "the Town Mayor for 2027/28 will be elected".
    func testPastAndFutureHoldersByTheirTerm() {
        XCTAssertEqual(references("Enwi ffordd newydd ar ôl y diweddar gyn-Faer Gwilym Rees").count, 0)
        XCTAssertEqual(references("Roedd Mr Rees, a fu farw yn 2019, yn Faer y dref ddwywaith.").count, 0)
        XCTAssertEqual(references("Mr Rees, who died in 2019, was twice Mayor of the town.").count, 0)
        XCTAssertEqual(references("The Annual Meeting, when the Town Mayor for 2027/28 will be elected.").count, 0)
        XCTAssertEqual(references("Mae'r Maer yn agor y ffair.").count, 1, "the sitting holder")
    }

    /// With a people list given, "Chair" before a name not on it, and no council body named, chairs something else.
    func testChairOfAnotherBodyIsNotAMember() {
        let text = "The Save Penrose Fields group said it would appeal. Chair Demelza Rowe said: \"We are not done.\""
        XCTAssertEqual(Fixture.summary(text, people: ["Owen Tarrant"]).filter { $0.hasPrefix("member-") }, [])
        XCTAssertEqual(Fixture.summary(text, people: ["Demelza Rowe"]).filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// "Cynghorydd Sir" and a place not on the list: the county councillor for that place, whose name is no surname later.
    func testCountyCouncillorOfAPlace() {
        let text = "Elen Morgan – Cynghorydd Sir Cwm Rhydian\nDiolch i bawb.\n\nMae'r parc yn Cwm Rhydian yn agor eto."
        // Line 1 is the post's author line (a byline); the place after it is no name on line 4.
        XCTAssertEqual(Fixture.summary(text, people: ["Elen Morgan"]).filter { $0.hasPrefix("member-") }, ["member-quote@1"])
    }

    /// A surname named in full earlier, then "later"/"also" and a speech verb, is that person speaking.
    func testSurnameWithAnAdverbBeforeItsSpeechVerb() {
        let text = "Candidate Jory Hendra spoke first.\n\nHendra later added that the depot should stay open."
        XCTAssertTrue(Fixture.summary(text, people: ["Jory Hendra"]).contains("member-quote@3"))
    }

    /// An all-caps heading's prepositions are not a name after an office.
    func testAllCapsHeadingPrepositionIsNoName() {
        let f = references("STATEMENT FROM THE LEADER OF THE COUNCIL ON THE HARBOUR WALL")
        XCTAssertEqual(f.map(\.message), ["Member referred to by title: the LEADER OF THE COUNCIL"])
    }

    /// "your MP" and the MP named on the same line are one member: one reference.
    func testBareSeatAndItsNamedHolderAreOneReference() {
        XCTAssertEqual(references("Meet your MP: an advice surgery with Tamsin Kitto MP at the library.").count, 1)
        XCTAssertEqual(references("Meet your MP at the library on Friday.").count, 1)
    }

    /// Places and events named after an office or a past holder are not members: a bridge or playing fields after a
    /// named holder, a holder commemorated by "named after", Welsh events "Cwpan y Cadeirydd", "Ras Hwyl y Maer".
    func testPlacesAndEventsNamedAfterOfficesOrPastHolders() {
        XCTAssertEqual(references("Provost Kinnear Bridge to close for six weeks").count, 0)
        XCTAssertEqual(references("The match is at Alderman Quigg Playing Fields on Saturday.").count, 0)
        XCTAssertEqual(references("The hall is named after Morag Kinnear, Provost of Glenbrae from 1961 to 1967.").count, 0)
        XCTAssertEqual(references("Bydd Cwpan y Cadeirydd yn dychwelyd eleni.").count, 0)
        XCTAssertEqual(references("Bydd Cinio Elusen y Maer ym mis Medi.").count, 0)
        XCTAssertEqual(references("Come along to the Mayor's Fun Run on Sunday.").count, 0)
        XCTAssertEqual(references("Provost Kinnear opened the bridge.").count, 1, "the sitting Provost by name")
    }

    /// "The Mayor, UUP Alderman X," is one member: the party between the office and the name is theirs.
    func testOfficeThenPartyAndNameIsOneMember() {
        XCTAssertEqual(references("The Mayor, DUP Alderman Ruth Kilpatrick, chaired the meeting.").count, 1)
    }

    /// A surname named earlier, at a sentence's start before a verb in the past tense, is that member.
    func testSurnameBeforeAPastTenseVerb() {
        let text = "Cllr Ann Falloon proposed the scheme.\n\nFalloon declined to comment after the meeting."
        XCTAssertEqual(references(text).map(\.line), [1, 3])
    }

    /// Awards and events named after an office, in English and Welsh, and a past holder "was Mayor", are not a sitting member.
    func testMoreEventsAndPastHoldersByTheirOffice() {
        XCTAssertEqual(references("Nominations for the Chair of the Council's Award for Young Carers close on Friday.").count, 0)
        XCTAssertEqual(references("Cyflwynwyd Tarian y Maer i'r clwb bowlio.").count, 0)
        XCTAssertEqual(references("Cynhelir Cwis Elusen blynyddol y Maer nos Wener.").count, 0)
        XCTAssertEqual(references("The late Idris Pugh was Mayor of the town twice.").count, 0)
        XCTAssertEqual(references("The Mayor was at the library on Friday.").count, 1)
    }

    /// A member named with their office in a relative clause ("who has been Mayor since 2025", Welsh "sydd wedi bod yn
    /// Gadeirydd") is one member; "the Town Mayor" and "Mayor's", "Faer y Dref" and "y Maer" on one line are one office.
    func testSameOfficeWrittenTwoWaysOnALine() {
        XCTAssertEqual(references("Meddai'r Cynghorydd Aled Pugh, sydd wedi bod yn Gadeirydd ers 2024, fod y gwaith ar ben.").count, 0)
        XCTAssertEqual(references("Mayor's diary: a busy month for the Town Mayor").count, 1)
        XCTAssertEqual(references("Dyddiadur y Maer: mis prysur i Faer y Dref").count, 1)
    }

    /// A table row read from a web page keeps its cells apart: a name does not run into the next cell's party.
    func testTableCellsEndNames() {
        let row = HTMLText.extract("<table><tr><th>Councillor</th><th>Party</th></tr><tr><td>Cllr Ann Falloon</td><td>Independent</td></tr></table>")
        let found = Fixture.findings(row)
        let members = found.filter { $0.rule == .memberReference }
        XCTAssertEqual(members.map(\.subject), ["Cllr Ann Falloon"], "not 'Councillor Party', nor the name run into 'Independent'")
        XCTAssertEqual(found.filter { $0.rule == .partyReference }.map(\.line), members.map(\.line))
    }

    /// A plural role is no one's appositive; a charity's chair ("Cadeirydd yr elusen") is not a member; Welsh awards
    /// after the office in mutated form; "o Blaid Cymru" after a name is the party, not the rest of the name.
    func testPluralRolesCharityChairsMutatedAwardsAndWelshOf() {
        XCTAssertEqual(references("MEET THE CANDIDATES – Pentre Uchaf ward").count, 0)
        XCTAssertEqual(Fixture.summary("Meddai Cadeirydd yr elusen, Nia Rowlands: \"Diolch.\"").filter { $0.hasPrefix("member-") }, [])
        XCTAssertEqual(references("Dathlu yng Ngwobrau'r Arweinydd eleni.").count, 0)
        let text = "Mae'r Cynghorydd Dafydd Hafod o Blaid Cymru yma.\nBydd Llywodraeth Cymru yn talu."
        XCTAssertEqual(references(text).map(\.line), [1])
    }

    /// "Transport convener Cllr X … The convener said …": the lower-case office named earlier with its holder.
    func testLowerCaseOfficeNamedEarlier() {
        let text = "Transport convener Cllr Jo Bell (SNP) spoke first.\n\nThe convener said the exemptions were \"already in the scheme\"."
        XCTAssertTrue(Fixture.summary(text).contains("member-quote@3"))
        XCTAssertFalse(Fixture.summary("The convener said the gala was a success.").contains("member-quote@1"))
    }

    /// "the Provost's Quaich", Welsh "Dawns Elusennol y Maer": named after the office; a headline's office word on the
    /// next line is not part of the line before ("… dros elusen" ⏎ "Mayor swims …").
    func testQuaichCharityDanceAndLineBreaks() {
        XCTAssertEqual(references("Nominations open for the Provost's Quaich").count, 0)
        XCTAssertEqual(references("Tocynnau ar gyfer Dawns Elusennol y Maer").count, 0)
        XCTAssertEqual(references("Y Maer yn nofio dros elusen\nMayor swims for charity").map(\.line), [1, 2])
    }

    /// An inn named after a title and a name, "rôl y Maer" (the office itself), a short heading's lower-case event
    /// after an office, a surname before "is"/"has", and the Welsh and English deputy leader on one line.
    func testInnsRolesHeadingsAuxiliariesAndDeputyLeaders() {
        XCTAssertEqual(references("The Bailie Nicol Jarvie Inn is holding a reopening night.").count, 0)
        XCTAssertEqual(references("Bydd rôl y Maer ar gyfer 2027/28 yn cael ei dewis.").count, 0)
        XCTAssertEqual(references("Chairman's charity ball").count, 0)
        XCTAssertEqual(references("Cllr Amir Qureshi spoke.\n\nQureshi is standing again in Mill ward.").map(\.line), [1, 3])
        XCTAssertEqual(references("Dirprwy Arweinydd yn agor canolfan / Deputy Leader opens centre").count, 1)
    }

    /// Benches and bandstands named after an Alderman (in Welsh order too), the Mayor's chain, an office inside an
    /// image's web address, and a parish meeting's chairman (a parish meeting has no councillors).
    func testBenchesChainsAddressesAndParishMeetings() {
        XCTAssertEqual(references("5. Alderman Robinson Jubilee Bench – repairs").count, 0)
        XCTAssertEqual(references("Pleidleisiodd trigolion dros Bandstand Alderman Evans fel eu hoff le.").count, 0)
        XCTAssertEqual(references("- The Mayor's Chain will be cleaned before the regatta.").count, 0)
        XCTAssertEqual(references("![The harbour at dawn](/img/news/town-mayor-harbour.jpg)").count, 0)
        XCTAssertEqual(references("Chairman of the parish meeting Frank Sowerby took a show of hands.").count, 0)
    }

    /// A newspaper named "… Leader", an agenda's "Chairman's welcome", "Gwpan y Maer" (the Mayor's Cup, mutated), and
    /// "the education convener" named earlier with the office.
    func testMastheadsAgendasMutatedCupsAndPortfolioConveners() {
        XCTAssertEqual(references("Mourneview Leader\n\nThe road will close on Monday.").count, 0)
        XCTAssertEqual(references("Agenda\n1. Chairman's welcome\n2. Minutes").count, 0)
        XCTAssertEqual(references("Enillodd y grŵp Gwpan y Maer y llynedd.").count, 0)
        let text = "Education convener Cllr Ailsa Brodie (SNP) spoke.\n\nThe education convener said prices had risen."
        XCTAssertTrue(Fixture.summary(text).contains("member-quote@3"))
    }

    /// A role before a title is the following name's ("Anke Voss, the Lord Mayor Cllr Gwen Harrower"), and a street named
    /// like a member is a place ("Harrower Street Primary School").
    func testRolesBeforeTitlesAndStreetsNamedLikeMembers() {
        let caption = "Pictured (l–r): Bürgermeisterin Anke Voss, the Lord Mayor Cllr Gwen Harrower and guests."
        XCTAssertEqual(Fixture.findings(caption).filter { $0.rule == .memberPhoto }.map(\.subject), ["Cllr Gwen Harrower"])
        XCTAssertEqual(references("Cllr Gwen Harrower spoke.\n\nPupils at Harrower Street Primary School sang.").map(\.line), [1])
    }

    /// With a people list given, a title and a name ending in a place word not on the list is the place ("Alderman
    /// Magee Park remains closed"); a listed member named so is still the member.
    func testPlacesNamedAfterAldermenWithAList() {
        XCTAssertEqual(references("Alderman Magee Park remains closed.", people: ["Ruth Kilpatrick"]).count, 0)
        XCTAssertEqual(references("Alderman Jo Park opened the bridge.", people: ["Jo Park"]).count, 1)
    }
    /// A civic head's account ("@MayorOfCeriw", "@MaerTrefCeriw") is the present holder's; the mayor's appeal's is not.
    func testCivicHeadHandles() {
        let refs = { (text: String) in Fixture.findings(text).filter { $0.rule == .memberReference }.count }
        XCTAssertEqual(refs("Come along! @MayorOfCeriw will be there."), 1)
        XCTAssertEqual(refs("Dewch draw! Bydd @MaerTrefCeriw yno."), 1)
        XCTAssertEqual(refs("Donate via @MayorsAppealCeriw today."), 0)
    }
    /// Places, buildings and trophies named after an office are not its holder: the Welsh genitive puts the thing first
    /// ("Parc Coffa'r Maer", "Neuadd Chwaraeon y Maer", "a Thlws Bowlio'r Maer"), the English possessive before a
    /// building word ("the Mayor's Sports Hall"), and a past holder's memorial garden. The holder's own event stays his.
    func testPlacesNamedAfterAnOfficeInWelshAndEnglish() {
        let refs = { (text: String) in Fixture.findings(text).filter { $0.rule == .memberReference }.count }
        XCTAssertEqual(refs("Parc Coffa'r Maer, Llanelwyn | Mayor's Memorial Park, Llanelwyn"), 0)
        XCTAssertEqual(refs("Bydd y pleidleisiau'n cael eu cyfrif yn Neuadd Chwaraeon y Maer ddydd Gwener."), 0)
        XCTAssertEqual(refs("Bydd y gadwyn swydd, a wnaed yn 1898, a Thlws Bowlio'r Maer i'w gweld."), 0)
        XCTAssertEqual(refs("Mae Parc Glanyrafon, Gerddi'r Maer a Pharc Coffa wedi ennill Gwobr y Faner Werdd."), 0)
        XCTAssertEqual(refs("Votes will be counted at the Mayor's Sports Hall, Workers' Road, on Friday."), 0)
        XCTAssertEqual(refs("A spokesperson said the Provost Lyall Memorial Garden would stay open."), 0)
        // The holder: a verb opening the sentence, a feast after a lower-case word, the Mayor doing something.
        XCTAssertEqual(refs("Taith gerdded Pasg y Maer yn codi £3,200 i'r bad achub."), 1)
        XCTAssertEqual(refs("Agorodd y Maer y parc newydd ddydd Llun."), 1)
        XCTAssertEqual(refs("The Mayor will open the sports hall on Friday."), 1)
    }
    /// A street named after a title stays a street when the next line opens with a capital ("… and Mayor Street" ⏎
    /// "Drivers …"), so "Street" is never taken for a surname; a page about electing an office never naming its
    /// holder describes the office ("What does the Mayor do?"), but the office speaking is its holder.
    func testTitleStreetsAndOfficesUpForElection() {
        let refs = { (text: String) in Fixture.findings(text).filter { $0.rule == .memberReference }.count }
        XCTAssertEqual(refs("Three weeks of roadworks for Harbour Road and Mayor Street\n\nDrivers face disruption while a sewer is repaired under Mayor Street.\n\nAccess is from Quay Street."), 0)
        let qna = "# Mayor and Police and Crime Commissioner elections: your questions answered\n\nOn 6 May voters will elect the Mayor of Ravensmoor.\n\n"
            + "## What does the Mayor do?\n\nThe Mayor chairs the combined authority."
        XCTAssertEqual(refs(qna), 0)
        XCTAssertEqual(Fixture.summary("PCC defends police station sale days before election\n\nElmshire's PCC election takes place on 6 May.").filter { $0.hasPrefix("member-") },
                       ["member-quote@1"])
        XCTAssertEqual(refs("The Mayor opened the bridge on Monday.\n\nThe election of councillors is on 6 May."), 1)
    }
    /// A Welsh seat and its place before a listed member's name ("y Cynghorydd Sir dros Faes-glas, Huw Trefor") is one
    /// member, so the verb before it reports their words; a result's bar "Lib Dems 1,402 / Con 1,150 / Lab 412" names
    /// three parties.
    func testWelshSeatBeforeAListedNameAndAResultBar() {
        XCTAssertEqual(Fixture.summary("Dywedodd y Cynghorydd Sir dros Faes-glas, Huw Trefor, wrth y cyfarfod fod y cyngor wedi troi ei gefn.",
                                       people: ["Huw Trefor"]).filter { $0.hasPrefix("member-") }, ["member-quote@1"])
        XCTAssertEqual(Fixture.findings("Lib Dems 1,402 / Con 1,150 / Lab 412 (2023 result)").filter { $0.rule == .partyReference }.count, 3)
        XCTAssertEqual(Fixture.findings("Lab 2 is closed for cleaning; use Lab 3.").filter { $0.rule == .partyReference }.count, 0)
    }
}
