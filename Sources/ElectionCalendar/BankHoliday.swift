/// One bank holiday: a day that is not a working day for election timetables in the nations that keep it
/// (Banking and Financial Dealings Act 1971, Sch 1, and royal proclamations under its s1(3)).
public struct BankHoliday: Hashable, Sendable {
    /// Where a holiday comes from, so output can say "computed by rule, not yet proclaimed".
    public enum Source: String, Sendable, Hashable {
        /// Listed in the GOV.UK `bank-holidays.json` data (`Calendars/bank-holidays.json` or `--calendars`).
        case data
        /// Computed from the statutory rules and the usual substitute-day practice, for years the data lacks.
        case rule
    }

    /// The holiday's date.
    public var date: CivilDate
    /// Its name as GOV.UK writes it, e.g. "Early May bank holiday".
    public var title: String
    /// True for a substitute day (the holiday fell on a weekend), as GOV.UK's `notes: "Substitute day"`.
    public var isSubstitute: Bool
    /// Data or rule.
    public var source: Source

    /// Creates a holiday.
    public init(date: CivilDate, title: String, isSubstitute: Bool = false, source: Source) {
        self.date = date
        self.title = title
        self.isSubstitute = isSubstitute
        self.source = source
    }
}
