/// The six things the release checker looks for (ids fixed: users write them in suppressions and configs), with the severity each has inside
/// and outside a pre-election period and the guidance a communications officer is given.
public enum Rule: String, Sendable, CaseIterable, Codable, Hashable {
    /// A direct quotation attributed to a councillor, candidate or other elected politician.
    case memberQuote = "member-quote"
    /// A member, candidate or politician named or referred to by title (not as a quote's speaker).
    case memberReference = "member-reference"
    /// A party, party group or party-led administration.
    case partyReference = "party-reference"
    /// Calls to vote for someone, manifesto and pledge language, campaign hashtags and imprints.
    case electioneering
    /// A photo caption naming or showing a member or candidate.
    case memberPhoto = "member-photo"
    /// A term from the council's own list of controversial topics.
    case controversialTopic = "controversial-topic"

    /// Parses a rule id as written in suppressions and config files.
    public init?(id: String) {
        self.init(rawValue: id.lowercased())
    }

    /// Position in `allCases`, for sorting without comparing strings.
    var order: Int {
        switch self {
        case .memberQuote: 0
        case .memberReference: 1
        case .partyReference: 2
        case .electioneering: 3
        case .memberPhoto: 4
        case .controversialTopic: 5
        }
    }

    /// Severity inside a pre-election period (severity follows the calendar).
    public var inPeriodSeverity: Severity {
        switch self {
        case .memberQuote, .memberPhoto, .partyReference, .electioneering: .error
        case .memberReference, .controversialTopic: .warning
        }
    }

    /// Severity outside every period: electioneering and party-political promotion stay errors because the
    /// Local Government Act 1986 s2 ban on party-political publicity applies at all times; the rest are info.
    /// (A party reference that does not promote the party — see `PartyPromotion` — is info.)
    public var outsidePeriodSeverity: Severity {
        switch self {
        case .electioneering, .partyReference: .error
        default: .info
        }
    }

    /// A short name for headings and legends, e.g. "Member quotation".
    public var title: String {
        switch self {
        case .memberQuote: "Member quotation"
        case .memberReference: "Member reference"
        case .partyReference: "Party reference"
        case .electioneering: "Electioneering"
        case .memberPhoto: "Member photo"
        case .controversialTopic: "Controversial topic"
        }
    }

    /// Code of Recommended Practice on Local Authority Publicity (England, 2011).
    static let code = "Code of Recommended Practice on Local Authority Publicity 2011"

    /// What to do instead, naming the Code/LGA/statute source (Code of Recommended Practice 2011, LGA short guide, Local Government Act 1986).
    public func guidance(inPeriod: Bool) -> String {
        let code = Rule.code
        switch self {
        case .memberQuote:
            return inPeriod
                ? "Quote an officer instead (e.g. the Head of Service or a council spokesperson), or remove the quote. \(code), para 34: do not present views or proposals so that they are identified with individual members; LGA short guide, 'should not' item 2. Only a genuine emergency justifies a member's comment."
                : "Fine outside a pre-election period, but releases stay online: if a period is near, quote an officer instead (\(code), para 34; LGA short guide, 'should not' item 2)."
        case .memberReference:
            return inPeriod
                ? "Refer to the council, the service or the decision-making body (e.g. 'the council's Cabinet') instead of the member, and do not tag or share politicians' accounts. LGA short guide, 'should not' item 2, and LGA social-media guidance; \(code), para 34."
                : "Fine outside a pre-election period; during one, refer to the council or the service rather than the member (LGA short guide, 'should not' item 2; \(code), para 34)."
        case .partyReference:
            return "Remove the party or group label and describe the decision as the council's. Local Government Act 1986 s2 (at all times): a council must not publish material that appears designed to affect support for a political party; \(code), para 34; LGA short guide, 'should not' item 2. Candidates' names, wards and parties may appear only in factual election information such as the statement of persons nominated."
        case .electioneering:
            return "Remove it: council publicity must never seek to influence voters or promote a party or candidate (Local Government Act 1986 s2; \(code), paras 34–35). Factual election information is fine: registration and postal-vote deadlines, polling-station hours, how to vote, voter ID."
        case .memberPhoto:
            return inPeriod
                ? "Use a photo without councillors or candidates, or drop the photo and caption. LGA short guide, 'should not' item 4 (photographs that include candidates); \(code), para 34."
                : "Fine outside a pre-election period; during one, do not issue photos that include candidates (LGA short guide, 'should not' item 4)."
        case .controversialTopic:
            return inPeriod
                ? "This is on the council's list of controversial topics: defer publicity on it until after the poll, or keep to a factual statement of a decision that names no members. \(code), para 34 (controversial issues); LGA short guide, 'should not' item 1."
                : "On the council's list of controversial topics: keep to facts and name no members, because a pre-election period makes this publicity risky (\(code), para 34; LGA short guide, 'should not' item 1)."
        }
    }
}
