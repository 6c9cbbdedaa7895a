/// Every sentence the checker says to people, in one place, so the text, JSON and HTML reports (and any
/// translation) word findings, notes and summaries the same way.
public enum ReportWording {
    // MARK: Finding messages

    /// "Quotation attributed to Cllr Jane Doe and Cllr Raj Patel".
    public static func quotation(_ speakers: [String]) -> String { "Quotation attributed to " + speakers.joined(separator: " and ") }
    /// Added to a follow-up quotation's message.
    public static func followUp(line: Int) -> String { " (follow-up to the quotation on line \(line))" }
    /// Added when the speaker is a pronoun's antecedent.
    public static let namedEarlier = " (named earlier; the quote says \"he\", \"she\" or \"they\")"
    /// A quotation in a headline whose speaker the body names.
    public static let headline = " (a headline quotation; the next paragraph names the speaker)"
    /// A campaign hashtag.
    public static func campaignHashtag(_ tag: String) -> String { "Campaign hashtag: " + tag }
    /// A call to vote, a pledge, an imprint …
    public static func electioneering(kind: String, text: String) -> String { "Electioneering (\(kind)): “\(text)”" }
    /// A member in a photo caption.
    public static func photoCaption(_ who: String) -> String { "Photo caption names " + who }
    /// A councillor's or candidate's social-media handle.
    public static func handle(_ handle: String) -> String { "Social-media handle of a councillor or candidate: " + handle }
    /// Indirect speech.
    public static func reportedSpeech(_ who: String) -> String { "Reported speech attributed to " + who }
    /// Added to reported speech whose speaker is a pronoun's (or a dropped pronoun's) antecedent.
    public static let reportedFollowUp = " (named earlier; the sentence says \"he\", \"she\" or \"they\")"
    /// A column byline: the whole piece is the member's words.
    public static func byline(_ who: String) -> String { "Column byline: the piece is in the words of " + who }
    /// A letter to a paper signed by a member: the letter is the member's words.
    public static func letterSignature(_ who: String) -> String { "Letter signed by " + who + ": the letter is in the member's words" }
    /// A member referred to by a title alone.
    public static func byTitle(_ title: String) -> String { "Member referred to by title: " + title }
    /// A member or candidate named.
    public static func named(_ who: String) -> String { "Member or candidate named: " + who }
    /// A party hashtag or account.
    public static func partyTag(_ tag: String, party: String, hashtag: Bool) -> String {
        (hashtag ? "Party hashtag: " : "Party account: ") + tag + " (\(party))"
    }
    /// A party or party group named in words.
    public static func party(_ party: String, asWritten text: String, group: Bool) -> String {
        if group { return "Party-political group: “\(text)”" }
        return text.lowercased() == party.lowercased() ? "Party named: \(party)" : "Party named: \(party) (“\(text)”)"
    }
    /// A topic from the council's list.
    public static func topic(_ text: String, topic: String) -> String { "Controversial topic: “\(text)” (council list: \(topic))" }
    /// Another listed topic named on the same line as a topic finding.
    public static func alsoTopic(_ topic: String) -> String { "; also on this line: \(topic)" }

    // MARK: Report notes

    /// Shown once when the per-file cap on findings was reached.
    public static func hiddenFindings(_ count: Int) -> String {
        (count == 1 ? "1 more finding" : "\(count) more findings") + " not shown: fix these first, then check again"
    }

    /// A listed topic named where no member, party or campaigning is: published facts about a decision are allowed.
    public static func unframedTopic(_ topic: String) -> String {
        "mentions the council's topic '\(topic)' but names no member, party or campaign, so it is not a finding: factual information about a decision may be published; keep it free of anyone's views (Code of Recommended Practice on Local Authority Publicity 2011, para 34)"
    }

    /// Shown once when no councillors were given: a councillor quoted without a title cannot be recognised.
    public static let membersListMissing = "no councillors list given (--members or the config's checker.members): a councillor quoted or named without a title (no Cllr, Councillor or role) cannot be recognised"

    /// A statutory notice whose names and parties are exempt.
    public static func statutoryNotice(_ notice: StatutoryNotice) -> String {
        "\(notice.kind) (lines \(notice.firstLine)–\(notice.lastLine)): candidates' names and parties are not findings (Code of Recommended Practice on Local Authority Publicity 2011, para 34)"
    }

    /// "2 errors, 1 warning, 0 info in 3 files (1 suppressed)".
    /// `notApplied` counts suppressions that silence nothing (already among the warnings) and `notChecked`
    /// documents in a folder that could not be checked, so neither goes unmentioned.
    public static func summary(errors: Int, warnings: Int, info: Int, files: Int, suppressed: Int, hidden: Int = 0,
                               notApplied: Int = 0, notChecked: Int = 0) -> String {
        func plural(_ n: Int, _ word: String) -> String { n == 1 ? "1 \(word)" : "\(n) \(word)s" }
        var s = "\(plural(errors, "error")), \(plural(warnings, "warning")), \(info) info in \(plural(files, "file"))"
        var extras: [String] = []
        if suppressed > 0 { extras.append("\(suppressed) suppressed") }
        if notApplied > 0 { extras.append(notApplied == 1 ? "1 suppression not applied" : "\(notApplied) suppressions not applied") }
        if notChecked > 0 { extras.append(notChecked == 1 ? "1 document not checked" : "\(notChecked) documents not checked") }
        if !extras.isEmpty { s += " (" + extras.joined(separator: "; ") + ")" }
        if hidden > 0 { s += "; \(hidden) more not shown" }
        return s
    }
}
