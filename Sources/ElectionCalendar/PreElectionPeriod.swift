/// A span of days in which council publicity must take special care, with the polls that cause it.
///
/// Both ends are inclusive: `start` is the first restricted day (the notice of election, by default the
/// latest date the law allows) and `end` the last (polling day, or declaration day on request).
/// Code of Recommended Practice on Local Authority Publicity 2011, para 34.
public struct PreElectionPeriod: Hashable, Sendable {
    /// First restricted day.
    public var start: CivilDate
    /// Last restricted day (inclusive).
    public var end: CivilDate
    /// Democracy Club ids of every poll this period covers, e.g. `local.2027-05-06`.
    public var elections: [String]
    /// Which rule produced the start (and end), in words a clerk can check against the law.
    public var basis: String
    /// The nation whose polls these are (nil when the polls are UK-wide or of several nations).
    public var nation: Nation?
    /// The kind of each poll, in the order of `elections` (empty when built by hand).
    public var kinds: [PollKind]

    /// Creates a period; `start` after `end` is the caller's mistake and is normalised by swapping.
    public init(start: CivilDate, end: CivilDate, elections: [String], basis: String, nation: Nation? = nil, kinds: [PollKind] = []) {
        self.start = min(start, end)
        self.end = max(start, end)
        self.elections = elections
        self.basis = basis
        self.nation = nation
        self.kinds = kinds
    }

    /// True when `date` is a restricted day of this period.
    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }

    /// True when the inclusive span `from...to` shares at least one day with this period.
    public func overlaps(from: CivilDate, to: CivilDate) -> Bool { from <= end && start <= to }

    /// Number of restricted days.
    public var length: Int { start.days(to: end) + 1 }
}
