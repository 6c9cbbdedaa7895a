import XCTest
import FileFormats
@testable import ReleaseChecker

/// Photo captions naming or showing members are `member-photo` (LGA short guide, 'should not' item 4).
final class PhotoCaptionTests: XCTestCase {
    func photos(_ text: String) -> [Finding] { Fixture.findings(text).filter { $0.rule == .memberPhoto } }

    func testCaptionForms() {
        for text in ["Pictured: Cllr Jane Doe at the opening.", "Photo: Cllr Jane Doe with pupils.", "Caption: the Mayor cuts the ribbon.",
                     "Left to right: Ann Lee, Cllr Jane Doe and Tom Ford.", "Cllr Jane Doe, Ann Lee and Tom Ford (l-r) at the opening.",
                     "[Photo: Cllr Jane Doe]", "Pictured are councillors and volunteers.", "![Cllr Jane Doe planting a tree](tree.jpg)",
                     "*Pictured (L–R):* Cllr Jane Doe and the Head of Parks."] {
            XCTAssertEqual(photos(text).count, 1, text)
        }
    }

    func testOnePerMemberInTheCaption() {
        XCTAssertEqual(photos("Pictured (l-r): Cllr Jane Doe, Ann Lee and Cllr Raj Patel.").count, 2)
    }

    func testCaptionsWithoutMembersAndOrdinaryUsesOfTheWords() {
        XCTAssertEqual(photos("Photo: the restored bandstand. Image credit: Exampleton Council").count, 0)
        XCTAssertEqual(Fixture.findings("Photo competition entries close on Friday, said Cllr Jane Doe.").filter { $0.rule == .memberPhoto }.count, 0)
    }

    /// Newspaper captions end with their credit on the same line: the words before the credit are the caption.
    func testCaptionEndingWithItsCredit() {
        for text in ["The opening drew a crowd.\n\nCllr Jane Doe with the new mobile library van. Photo: Exampleton Gazette",
                     "Tom Ford (right) and Cllr Jane Doe outside the depot. Picture credit: Sam Hill Photography",
                     "Cllr Jane Doe and pupils at the crossing (Image: Exampleton Echo)"] {
            XCTAssertEqual(Fixture.summary(text).filter { $0.hasPrefix("member-") }, ["member-photo@\(text.components(separatedBy: "\n").count)"], text)
        }
        // A sentence that merely mentions a photo is not a caption.
        XCTAssertEqual(photos("Cllr Jane Doe said the photo competition had drawn 300 entries. Photo entries close on Friday.").count, 0)
    }

    /// After a Markdown image, a plain paragraph across a blank line is the story, not the caption.
    func testStoryParagraphAfterAMarkdownImage() {
        let text = "![Cllr Tom Hale at the pool](pool.jpg)\n\nThe Mayor of Millbrook, Cllr Tom Hale, opened the pool on Friday."
        XCTAssertEqual(Fixture.summary(text).filter { $0.hasPrefix("member-") }, ["member-photo@1", "member-reference@3"])
        XCTAssertEqual(photos("![](pool.jpg)\n\n*Cllr Tom Hale at the pool*").count, 1, "an emphasised caption")
    }

    /// One member-photo per member shown, a post-nominal included in its name.
    func testEachMemberShownWithPostNominals() {
        let text = "Photo caption: Mayor Cllr Ann Lee, Alderman Sam Orr and Owen Tate MLA at the site."
        XCTAssertEqual(Fixture.findings(text, people: ["Owen Tate"]).filter { $0.rule == .memberPhoto }.count, 3)
        XCTAssertEqual(Fixture.findings("Pictured: Cllr Ann Lee with Owen Tate MP on the pier.", people: ["Owen Tate"])
            .filter { $0.rule == .memberPhoto }.count, 2)
    }

    /// A photo credit belongs to the caption before it; the story's next line is not a caption too.
    func testLineAfterACreditThatFollowsItsCaption() {
        let text = "Picture: Cllr Ann Lee at the fair.\nPhoto: Millbrook Studio\nThe fair is run by a committee of councillors and volunteers."
        XCTAssertEqual(photos(text).map(\.line), [1])
        // A credit above its caption still makes the line after it one.
        XCTAssertEqual(photos("The fair opened on Friday.\nPhoto: Millbrook Studio\nCllr Ann Lee at the fair.").map(\.line), [3])
    }

    func testPhotographsOfMembersOfferedToThePress() {
        let text = "Notes to editors\n1. The report is on the council website.\n2. Photographs of Cllr Jane Doe and Cllr Raj Patel at the depot are available on request."
        XCTAssertEqual(photos(text).map(\.line), [3, 3])
        XCTAssertEqual(Fixture.findings(text).filter { $0.rule == .memberReference }.count, 0, "not also a reference")
        // "Mae lluniau o'r Cyng. … ar gael" is Welsh for "Photographs of Cllr … are available": an offer of photos.
        XCTAssertEqual(photos("Mae lluniau o'r Cyng. Jane Doe ar gael.").count, 1)
        XCTAssertEqual(photos("Notes to editors: Photographs of Cllr Jane Doe are available. Cllr Raj Patel is available for interview.").count, 1)
        XCTAssertEqual(photos("Lluniau o'r Cyng. Jane Doe ar gael ar gais.").count, 1)
    }

    func testASocialPostsPhotoCarousel() {
        let text = "3) Facebook: Photo carousel – Cllr Jane Doe and Cllr Raj Patel with the choir. Alt text: two councillors with singers."
        XCTAssertEqual(photos(text).count, 2)
        XCTAssertEqual(photos("5) Instagram: Alt text: the town's new gritter in the snow.").count, 0)
        XCTAssertEqual(photos("5) Instagram: Alt text: councillors planting bulbs.").count, 1, "members shown, none named")
        XCTAssertEqual(photos("2) X: Great to see Cllr Jane Doe at the choir today.").count, 0, "a post without a photo")
    }

    /// A bilingual caption names a member twice ("AS" and "MS"): one finding per member per line.
    func testBilingualCaptionNamesEachMemberOnce() {
        let text = "![Dyfan Probert AS a'r Cynghorydd Hywel Brython | Dyfan Probert MS and Cllr Hywel Brython](rhuban.jpg)"
        XCTAssertEqual(Fixture.findings(text, people: ["Dyfan Probert", "Hywel Brython"]).filter { $0.rule == .memberPhoto }.count, 2)
    }

    /// "Photos from the awards, including the Leader …" offers pictures of a member.
    func testPhotosFromAnEventIncludingAMember() {
        XCTAssertEqual(photos("Photos from the awards, including the Leader with all eleven winners, are on the intranet.").count, 1)
        XCTAssertEqual(photos("Photos from the awards are on the intranet.").count, 0)
    }

    /// "a photo of Cllr X … is attached", "photos of the Provost, Cllr X, serving lunch", Welsh "llun o'r Cynghorydd X":
    /// a photo of a member offered anywhere on a line; a page's labelled field after an image is not its caption.
    func testPhotoOfAMemberAndLabelledFieldsAfterImages() {
        XCTAssertEqual(photos("We have photos of the Provost, Cllr Ann Falloon, serving lunch if you want one.").count, 1)
        XCTAssertEqual(photos("Mae llun o'r Cynghorydd Elen Morgan ynghlwm.").count, 1)
        XCTAssertEqual(photos("A photo of the new bridge is attached.").count, 0)
        let page = HTMLText.extract("<img src=\"a.jpg\" alt=\"The library\"><p>Surgeries: every Saturday, with Cllr Ann Falloon.</p>")
        XCTAssertEqual(photos(page).count, 0)
    }

    /// Welsh captions opening "O'r chwith:" and "Chwith i'r dde:".
    func testWelshFromLeftCaptions() {
        XCTAssertEqual(photos("O'r chwith: y Cynghorydd Elen Morgan a'r llyfrgellydd Siwan Llwyd.").count, 1)
        XCTAssertEqual(photos("Chwith i'r dde: Y Cynghorydd Elen Morgan a Nia Rowlands.").count, 1)
    }

    /// "A photocall with the Deputy Mayor will take place …": the member will be photographed.
    func testPhotocallWithAMember() {
        XCTAssertEqual(photos("A photocall with the Deputy Mayor will take place at 11am on Friday.").count, 1)
    }

    /// A Welsh office with the holder's listed name ("Dirprwy Faer Osian Pugh") and the bare office on the same caption
    /// line are one member; a photo-credit line naming people is a caption.
    func testBilingualOfficeInCaptionsAndCreditsNamingPeople() {
        let caption = "(l–r) Cllr Ann Falloon, Deputy Mayor Osian Pugh / (o'r chwith) y Cynghorydd Ann Falloon, y Dirprwy Faer"
        XCTAssertEqual(Fixture.findings(caption, people: ["Osian Pugh", "Ann Falloon"]).filter { $0.rule == .memberPhoto }.count, 2)
        XCTAssertEqual(photos("Photo credit: Mayor Dympna Rooney with the winners – Pentre Council").count, 1)
        XCTAssertEqual(photos("Photo credit: Pentre Studios").count, 0)
    }

    /// "Photo opportunity: the Provost will be at the slipway": the member will be photographed.
    func testPhotoOpportunity() {
        XCTAssertEqual(photos("Photo opportunity: the Provost will be at the slipway at 10am.").count, 1)
    }
    /// A live blog's entry "20:01 PHOTO: Coun A and Coun B after the vote" is a caption after its time.
    func testCaptionAfterALiveBlogTime() {
        let rules = Fixture.findings("20:01 PHOTO: Coun Neville Ashdown and Coun Keith Marwood talking after the vote (Bugle)").map(\.rule)
        XCTAssertEqual(rules, [.memberPhoto, .memberPhoto])
    }
    /// A credit line that names who is pictured is a caption: "Photos by Dev Mistry. Featuring Cllr A and Cllr B."
    func testCreditLineNamingMembers() {
        let rules = Fixture.findings("The bandstand reopened on Sunday.\n\nPhotos by Dev Mistry. Featuring Cllr Harpreet Sandhu and Cllr Amara Nwosu.").map(\.rule)
        XCTAssertEqual(rules, [.memberPhoto, .memberPhoto])
    }
    /// A numbered figure's caption ("Figure 4. The bandstand, reopened by Cllr X. Photo: …") is a caption.
    func testNumberedFigureCaption() {
        let rules = Fixture.findings("Figure 4. The restored bandstand at Ridley Park, reopened by Cllr Amara Nwosu. Photo: Dev Mistry for the city council.").map(\.rule)
        XCTAssertEqual(rules, [.memberPhoto])
    }
    /// A civic head's account beside the named holder in a caption is the same member; alone it is still the member.
    func testCivicHandleBesideItsHolder() {
        XCTAssertEqual(Fixture.findings("Photo: The Mayor, Cllr Aled Tomos, with pupils planting trees. @MayorCaerwern").map(\.rule), [.memberPhoto])
        XCTAssertEqual(Fixture.findings("Caption: The boathouse is back! @MayorOfHexley").count, 1)
    }
    /// A caption sheet's file name heads its caption ("IMG_4452.jpg" ⏎ "The Mayor, Cllr X, with pupils"); "will be
    /// available for photographs" offers the member; "Alt caption:" opens a caption.
    func testCaptionSheetsPhotoOffersAndAltCaptions() {
        XCTAssertEqual(Fixture.findings("IMG_4452.jpg\nThe Mayor, Cllr Mererid Hopcyn, with pupils from Llanfeuno Primary.").map(\.rule), [.memberPhoto])
        XCTAssertEqual(Fixture.findings("For the editor: The Town Mayor will be available for photographs at the ribbon-cutting.").map(\.rule), [.memberPhoto])
        XCTAssertEqual(Fixture.findings("Alt caption: Cllr Ann Lee tries out the new glass bank.").map(\.rule), [.memberPhoto])
    }
    /// Numbered captions ("Photo 2:", "Llun 3:"), "File: x.jpg – caption", and an "Alt:" cell in a social calendar row.
    func testNumberedFileAndTableCellCaptions() {
        XCTAssertEqual(Fixture.findings("Llun 2: Y Cynghorydd Gwenllian Tudor yn torri'r rhuban.").map(\.rule), [.memberPhoto])
        XCTAssertEqual(Fixture.findings("File: springclean_03.jpg – Cllr Ann Lee with pupils from St Anne's Primary.").map(\.rule), [.memberPhoto])
        XCTAssertEqual(Fixture.findings("Thu 8 Apr | Instagram | Men's Shed visit | Alt: \"The Mayor with members of the Men's Shed\"").map(\.rule), [.memberPhoto])
    }
    /// A caption sheet's tab-separated row (file name, then the caption); "Photo:" / "Llun:" after a full stop inside a
    /// line; "No councillors pictured" shows no one; an HTML figcaption is a caption wherever it sits in its figure.
    func testCaptionSheetRowsMidLineOpenersAndFigcaptions() {
        XCTAssertEqual(Fixture.findings("KHW_002.jpg\tProvost Jean Carmichael cuts the ribbon with harbour master Gregor Sim.").map(\.rule), [.memberPhoto])
        XCTAssertEqual(Fixture.findings("The full interview is on our website. Photo: Cllr Meinir Tudur on Mynydd Garthen.").map(\.rule), [.memberPhoto])
        XCTAssertEqual(Fixture.findings("Mae'r cyfweliad llawn ar ein gwefan. Llun: y Cynghorydd Meinir Tudur ar Fynydd Garthen.").map(\.rule), [.memberPhoto])
        XCTAssertEqual(Fixture.findings("PE_04.jpg – Volunteers planting the wildflower bed. No councillors pictured.").map(\.rule), [])
        let page = "<p>The hub opened on Monday.</p><figure><figcaption>The cabinet member for planning, Cllr Nia Esyllt, at the first session.</figcaption>"
            + "<img src=\"hub.jpg\" alt=\"\"></figure>"
        let text = HTMLText.extract(page)
        XCTAssertEqual(Fixture.findings(text).filter { $0.rule.rawValue.hasPrefix("member-") }.map(\.rule), [.memberPhoto])
    }
    /// Welsh photos offered after the soft mutation ("rhagor o luniau o'r Maer ar gael"); a trophy after the aspirate
    /// mutation ("gyda Thlws y Maer") and "the Mayor's Boat" are things, not the holder.
    func testWelshMutatedPhotoOffersAndNamedThings() {
        XCTAssertEqual(Fixture.findings("Mae rhagor o luniau o'r Maer ar gael gan Swyddfa'r Maer.").map(\.rule), [.memberPhoto])
        XCTAssertEqual(Fixture.findings("Llun: Disgyblion Ysgol Glan Ewyn gyda Thlws y Maer am y llusern orau.").map(\.rule), [])
        XCTAssertEqual(Fixture.findings("The Mayor's Boat, the old lifeboat, will be on the Quay.").map(\.rule), [])
    }
    /// A post's picture marked by a camera ("📸 Cllr X and Cllr Y litter-picking …"), not the post's own exclamation
    /// ("📸 Great to welcome X MS today!"); a caption sheet's row named by a camera file number ("IMG_4401 – …").
    func testCameraMarkedPicturesAndCameraFileRows() {
        XCTAssertEqual(Fixture.findings("Instagram | Tue 13 Apr | 📸 Cllr Mark Tilsley and Cllr Ruth Callender litter-picking at Fenn Meadow").map(\.rule),
                       [.memberPhoto, .memberPhoto])
        XCTAssertEqual(Fixture.findings("📸 Great to welcome Cllr Carwyn Ellis to the new health hub today!").map(\.rule), [.memberReference])
        XCTAssertEqual(Fixture.findings("IMG_4401 – The Provost, Councillor Moira Dunbar, cuts the ribbon with volunteer Senga Watt.").map(\.rule), [.memberPhoto])
    }
}
