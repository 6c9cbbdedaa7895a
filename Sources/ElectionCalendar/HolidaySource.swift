/// Where a year's bank holidays come from: the GOV.UK data for the years it lists in full, the statutory rules
/// (`BankHolidayRules`) for every other year. Holidays are sometimes added by proclamation, so data wins —
/// but only year by year: one stray or mistyped date (`2207-12-25`) must not stand in for the holidays of
/// every year up to it.
public struct HolidaySource: Sendable, Equatable {
    /// Holidays from the GOV.UK data, by nation (Wales shares England's list), sorted by date — only those
    /// of years the data lists in full.
    public let data: [Nation: [BankHoliday]]
    /// The years whose holidays the data lists in full, by nation (each division's list read year by year).
    public let coveredYears: [Nation: Set<Int>]
    /// The first to the last year listed in full, by nation (there may be gaps; see `coveredYears`).
    public let coverage: [Nation: ClosedRange<Int>]
    /// Data entries in years the data does not list in full (a stray or mistyped date, or a year only begun):
    /// not used, so that the rules give those years' holidays; callers warn about them.
    public let ignored: [Nation: [BankHoliday]]

    /// Creates a source from data-sourced holidays (any `source` on them is replaced by `.data`). A year counts as
    /// listed in full when the data has at least as many holidays as the regular statutory ones for that year
    /// (Banking and Financial Dealings Act 1971 Sch 1 and the annual proclamations: 8 in England and Wales,
    /// 9 in Scotland, 10 in Northern Ireland, before one-off days).
    public init(data: [Nation: [BankHoliday]]) {
        var byNation: [Nation: [BankHoliday]] = [:]
        var covered: [Nation: Set<Int>] = [:]
        var coverage: [Nation: ClosedRange<Int>] = [:]
        var ignored: [Nation: [BankHoliday]] = [:]
        for (nation, list) in data {
            let key = nation == .wales ? Nation.england : nation
            let sorted = list.map { BankHoliday(date: $0.date, title: $0.title, isSubstitute: $0.isSubstitute, source: .data) }
                .sorted { $0.date < $1.date }
            var perYear: [Int: Int] = [:]
            for holiday in sorted { perYear[holiday.date.year, default: 0] += 1 }
            let full = Set(perYear.filter { year, count in
                count >= BankHolidayRules.holidays(year: year, nation: key, includingOneOffs: false).count
            }.keys)
            byNation[key] = sorted.filter { full.contains($0.date.year) }
            ignored[key] = sorted.filter { !full.contains($0.date.year) }
            covered[key] = full
            if let first = full.min(), let last = full.max() { coverage[key] = first...last }
        }
        self.data = byNation
        self.coveredYears = covered
        self.coverage = coverage
        self.ignored = ignored
    }

    /// The bank holidays of `nation` in `year`: from the data when it lists that year in full, else by rule.
    public func holidays(year: Int, nation: Nation) -> [BankHoliday] {
        let key = nation == .wales ? Nation.england : nation
        if isCovered(year: year, nation: key), let list = data[key] {
            return list.filter { $0.date.year == year }
        }
        return BankHolidayRules.holidays(year: year, nation: key)
    }

    /// True when `year`'s holidays for `nation` come from the published data rather than the rules.
    public func isCovered(year: Int, nation: Nation) -> Bool {
        coveredYears[nation == .wales ? .england : nation]?.contains(year) ?? false
    }
}
