/// An ordinary polling day the law fixes in advance (e.g. the first Thursday in May), with the polls due on
/// it in one nation, so `preelection periods --year 2027` answers with no configuration at all.
/// Listed in `Calendars/scheduled-polls.json`; update it when a poll is moved or abolished.
public struct ScheduledPoll: Sendable, Equatable {
    /// Polling day.
    public var date: CivilDate
    /// The nation the polls are held in.
    public var nation: Nation
    /// Democracy Club ids of the polls (group ids such as `local.2027-05-06`).
    public var elections: [String]
    /// What is being elected, in words (e.g. "English district, unitary and parish councils").
    public var description: String
    /// True when the poll is not in the data but expected by its statutory cycle (`PollProjection`).
    public var isProjected: Bool

    /// Creates an entry.
    public init(date: CivilDate, nation: Nation, elections: [String], description: String, isProjected: Bool = false) {
        self.date = date
        self.nation = nation
        self.elections = elections
        self.description = description
        self.isProjected = isProjected
    }
}
