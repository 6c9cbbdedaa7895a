import ElectionCalendar

/// The result of checking one release: findings in text order, every inline suppression (and what it
/// silenced), statutory-notice blocks that were exempt (Code para 34), and where the publication date sits
/// relative to the pre-election periods.
public struct Report: Sendable, Equatable {
    /// Active findings, in text order.
    public var findings: [Finding]
    /// Every `preelection: ignore …` line, valid or not, with the findings it silenced.
    public var suppressions: [Suppression]
    /// Statutory election notices found in the text; names and parties in them are not findings.
    public var statutoryNotices: [StatutoryNotice]
    /// True when the publication date is inside a period.
    public var inPeriod: Bool
    /// The periods containing the publication date.
    public var periods: [PreElectionPeriod]
    /// A period starting within the upcoming window (14 days) after the publication date, if any.
    public var upcomingPeriod: PreElectionPeriod?
    /// Days from the publication date to `upcomingPeriod`'s start.
    public var daysUntilUpcomingPeriod: Int?
    /// The publication date checked against.
    public var publicationDate: CivilDate
    /// Findings beyond the per-file cap (`ReleaseScanner.maximumFindings`), counted but not listed.
    public var hiddenFindings: Int
    /// True when the options named no councillors, so a councillor without a title cannot be recognised.
    public var membersListMissing: Bool
    /// The council's controversial topics the release mentions without any member, party or campaigning content:
    /// factual information about a decision may be published (Code of Recommended Practice on Local Authority
    /// Publicity 2011, para 34, is about views identified with members or groups), so these are notes, not findings.
    public var unframedTopics: [TopicMention] = []

    /// A topic from the council's list, where the release names it.
    public struct TopicMention: Sendable, Equatable {
        /// 1-based line and column of the mention.
        public var line: Int
        public var column: Int
        /// The topic as the council listed it.
        public var topic: String
    }

    /// Creates a report.
    public init(findings: [Finding], suppressions: [Suppression], statutoryNotices: [StatutoryNotice], inPeriod: Bool,
                periods: [PreElectionPeriod], upcomingPeriod: PreElectionPeriod?, daysUntilUpcomingPeriod: Int?,
                publicationDate: CivilDate, hiddenFindings: Int = 0, membersListMissing: Bool = false) {
        self.hiddenFindings = hiddenFindings
        self.membersListMissing = membersListMissing
        self.findings = findings
        self.suppressions = suppressions
        self.statutoryNotices = statutoryNotices
        self.inPeriod = inPeriod
        self.periods = periods
        self.upcomingPeriod = upcomingPeriod
        self.daysUntilUpcomingPeriod = daysUntilUpcomingPeriod
        self.publicationDate = publicationDate
    }

    /// Number of active findings of `severity`.
    public func count(_ severity: Severity) -> Int { findings.reduce(0) { $0 + ($1.severity == severity ? 1 : 0) } }

    /// Findings of one rule.
    public func findings(_ rule: Rule) -> [Finding] { findings.filter { $0.rule == rule } }
}
