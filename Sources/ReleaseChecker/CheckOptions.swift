import ElectionCalendar

/// Everything a check depends on besides the text, passed in so the library never reads files or the clock:
/// the intended publication date, the pre-election periods (from `ElectionCalendar`), the council's people
/// and topics, and per-rule severity overrides from its config.
public struct CheckOptions: Sendable {
    /// The day the release is meant to go out (the CLI's `--date`, default today).
    public var publicationDate: CivilDate
    /// Pre-election periods that apply to the council, merged and sorted.
    public var periods: [PreElectionPeriod]
    /// Councillors and candidates, so names without a title are recognised.
    public var people: PeopleList
    /// The council's controversial topics, one phrase each (`controversial-topic`; Code para 34: controversial issues).
    public var topics: [String] { didSet { topicList = TopicList(topics) } }
    /// The topics' matcher, built once when the topics are set (not once per release of a folder).
    private(set) var topicList: TopicList
    /// Per-rule severity overrides (config `checker.severity`): the severity inside a period; outside one a
    /// rule is never more severe than this.
    public var severityOverrides: [Rule: Severity]
    /// Rules switched off entirely (config value `off`).
    public var disabledRules: Set<Rule>
    /// A period starting within this many days after the publication date is announced (14 by default),
    /// because a release stays online.
    public var upcomingWindowDays: Int

    /// Creates options; only the publication date is required.
    public init(publicationDate: CivilDate, periods: [PreElectionPeriod] = [], people: PeopleList = PeopleList(),
                topics: [String] = [], severityOverrides: [Rule: Severity] = [:], disabledRules: Set<Rule> = [],
                upcomingWindowDays: Int = 14) {
        self.publicationDate = publicationDate
        self.periods = periods
        self.people = people
        self.topics = topics
        self.topicList = TopicList(topics)
        self.severityOverrides = severityOverrides
        self.disabledRules = disabledRules
        self.upcomingWindowDays = upcomingWindowDays
    }

    /// The periods containing the publication date.
    public var containingPeriods: [PreElectionPeriod] { periods.filter { $0.contains(publicationDate) } }

    /// The earliest period that starts after the publication date, within `upcomingWindowDays`.
    public var upcomingPeriod: PreElectionPeriod? {
        periods.filter { $0.start > publicationDate && publicationDate.days(to: $0.start) <= upcomingWindowDays }
            .min { $0.start < $1.start }
    }

    /// True when findings take a period's severity: the date is inside a period, or one starts within
    /// `upcomingWindowDays` after it (a release stays online into the period).
    public var gradedAsInPeriod: Bool { !containingPeriods.isEmpty || upcomingPeriod != nil }

    /// The severity of `rule` for this publication date.
    public func severity(of rule: Rule) -> Severity {
        let inPeriod = gradedAsInPeriod
        if let override = severityOverrides[rule] {
            return inPeriod ? override : min(override, rule.outsidePeriodSeverity)
        }
        return inPeriod ? rule.inPeriodSeverity : rule.outsidePeriodSeverity
    }
}
