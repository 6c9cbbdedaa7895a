/// The user's choices where practice varies (where the law fixes no date, the safer, earlier default): the actual notice dates, the general-election
/// start preset and where the period ends. Defaults are the safer (earlier, longer) options.
public struct PeriodOptions: Sendable, Equatable {
    /// When a general election's period starts; councils have used all three (LGA guidance 2019 used dissolution, its 2024 FAQ the notice of election).
    public enum GeneralElectionStart: Sendable, Equatable {
        /// Dissolution of Parliament, 25 working days before the poll (the default: the earliest).
        case dissolution
        /// The latest notice of election, 22 working days before.
        case notice
        /// A date the user gives, e.g. the Cabinet Office's announced start.
        case date(CivilDate)
    }

    /// Where a period ends.
    public enum End: Sendable, Equatable {
        /// Polling day, at the close of poll (10pm) — the most common practice (§3.8).
        case poll
        /// Declaration day: the day after polling day, for counts that run overnight or on the Friday.
        case declaration
        /// A date the user gives (on or after polling day).
        case date(CivilDate)
    }

    /// The date each poll's notice of election was actually published, by election id; it beats the default.
    public var notices: [String: CivilDate]
    /// General-election start preset.
    public var generalElectionStart: GeneralElectionStart
    /// Period end.
    public var end: End

    /// Creates options; the defaults are latest-notice starts, dissolution for general elections, polling-day ends.
    public init(notices: [String: CivilDate] = [:], generalElectionStart: GeneralElectionStart = .dissolution, end: End = .poll) {
        self.notices = notices
        self.generalElectionStart = generalElectionStart
        self.end = end
    }
}
