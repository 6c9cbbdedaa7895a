/// Where a year's bank holidays come from: the GOV.UK data for the years it covers, the statutory rules
/// (`BankHolidayRules`) for every other year. Holidays are sometimes added by proclamation, so data wins.
public struct HolidaySource: Sendable, Equatable {
    /// Holidays from the GOV.UK data, by nation (Wales shares England's list), sorted by date.
    public let data: [Nation: [BankHoliday]]
    /// The years the data covers for each nation (first to last year that has an entry).
    public let coverage: [Nation: ClosedRange<Int>]

    /// Creates a source from data-sourced holidays (any `source` on them is replaced by `.data`).
    public init(data: [Nation: [BankHoliday]]) {
        var byNation: [Nation: [BankHoliday]] = [:]
        var coverage: [Nation: ClosedRange<Int>] = [:]
        for (nation, list) in data {
            let key = nation == .wales ? Nation.england : nation
            let sorted = list.map { BankHoliday(date: $0.date, title: $0.title, isSubstitute: $0.isSubstitute, source: .data) }
                .sorted { $0.date < $1.date }
            byNation[key] = sorted
            if let first = sorted.first, let last = sorted.last { coverage[key] = first.date.year...last.date.year }
        }
        self.data = byNation
        self.coverage = coverage
    }

    /// The bank holidays of `nation` in `year`: from the data when it covers that year, else by rule.
    public func holidays(year: Int, nation: Nation) -> [BankHoliday] {
        let key = nation == .wales ? Nation.england : nation
        if let covered = coverage[key], covered.contains(year), let list = data[key] {
            return list.filter { $0.date.year == year }
        }
        return BankHolidayRules.holidays(year: year, nation: key)
    }

    /// True when `year`'s holidays for `nation` come from the published data rather than the rules.
    public func isCovered(year: Int, nation: Nation) -> Bool {
        coverage[nation == .wales ? .england : nation]?.contains(year) ?? false
    }
}
