import CivilTime
import Foundation

/// How a calendar's clock readings map to instants: UK time by rule, UTC, a fixed offset, an IANA zone from
/// the system's database (for the rare event abroad), or the file's own VTIMEZONE rules.
///
/// RFC 5545 §3.2.19 TZID names a VTIMEZONE; in practice councils' exports use IANA names (Google, CMSs)
/// or Windows names (Outlook: `GMT Standard Time`, `tzone://Microsoft/Custom`), which here mean Europe/London.
public enum TimeZoneRule: Sendable, Equatable {
    /// Europe/London, by `LondonTime`'s rule (never the machine's tzdata).
    case london
    /// UTC (`Z` times, `Etc/UTC`).
    case utc
    /// A fixed offset east of UTC, in seconds.
    case fixed(Int)
    /// Another IANA zone, read through Foundation.
    case system(TimeZone)
    /// A zone known only from the file's VTIMEZONE (RFC 5545 §3.6.5): its own onsets and offsets.
    case defined(Definition)

    /// The instant a clock reading in this zone means.
    public func utcSeconds(fromWall wall: Int) -> Int {
        switch self {
        case .london: return LondonTime.utcSeconds(fromWall: wall)
        case .utc: return wall
        case .fixed(let offset): return wall - offset
        case .system(let zone):
            let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall)))
            let refined = zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(wall - guess)))
            return wall - refined
        case .defined(let definition): return definition.utcSeconds(fromWall: wall)
        }
    }

    /// The clock reading in this zone at an instant.
    public func wallSeconds(fromUTC utc: Int) -> Int {
        switch self {
        case .london: return LondonTime.wallSeconds(fromUTC: utc)
        case .utc: return utc
        case .fixed(let offset): return utc + offset
        case .system(let zone): return utc + zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))
        case .defined(let definition): return utc + definition.offset(atUTC: utc)
        }
    }

    /// Result of resolving a TZID: the rule, and a warning when the name had to be guessed.
    public struct Resolution: Sendable, Equatable {
        /// The zone to read times in.
        public var rule: TimeZoneRule
        /// Set when the name was not recognised and UK time was assumed.
        public var warning: String?
    }

    /// A VTIMEZONE as the file defines it (RFC 5545 §3.6.5): its STANDARD and DAYLIGHT observances, so that
    /// a zone with a private name (`/Europe/CUSTOM`, `MyTimezone`) is read by its own rules.
    public struct Definition: Sendable, Equatable {
        /// One STANDARD or DAYLIGHT part: from its onsets on, clocks read `offsetTo`.
        public struct Observance: Sendable, Equatable {
            /// DTSTART as a local clock reading (wall seconds, on the clock before the onset).
            public var start: Int
            /// TZOFFSETFROM, seconds east of UTC.
            public var offsetFrom: Int
            /// TZOFFSETTO, seconds east of UTC.
            public var offsetTo: Int
            /// RRULE of later onsets, when given.
            public var rule: RecurrenceRule?
            /// RDATE onsets, local clock readings, ascending.
            public var dates: [Int]
            /// Creates an observance.
            public init(start: Int, offsetFrom: Int, offsetTo: Int, rule: RecurrenceRule? = nil, dates: [Int] = []) {
                self.start = start
                self.offsetFrom = offsetFrom
                self.offsetTo = offsetTo
                self.rule = rule
                self.dates = dates.sorted()
            }
        }

        /// The observances in file order.
        public var observances: [Observance] = []
        /// X-LIC-LOCATION: the IANA name libical-based exporters say the zone stands for.
        public var location: String?

        /// Creates a definition.
        public init(observances: [Observance] = [], location: String? = nil) {
            self.observances = observances
            self.location = location
        }

        /// The offset east of UTC at an instant: that of the observance with the latest onset at or before
        /// it; before every onset, the first observance's TZOFFSETFROM.
        public func offset(atUTC utc: Int) -> Int {
            var bestOnset = Int.min
            var best: Int?
            for observance in observances {
                if let onset = observance.lastOnset(atOrBefore: utc), onset >= bestOnset {
                    bestOnset = onset
                    best = observance.offsetTo
                }
            }
            if let best { return best }
            return observances.min(by: { $0.start < $1.start })?.offsetFrom ?? 0
        }

        /// The instant a clock reading means. RFC 5545 §3.3.5: a reading in a gap uses the offset before the
        /// gap; a reading that happens twice means the first.
        public func utcSeconds(fromWall wall: Int) -> Int {
            guard let lowest = observances.map({ min($0.offsetFrom, $0.offsetTo) }).min(),
                  let highest = observances.map({ max($0.offsetFrom, $0.offsetTo) }).max() else { return wall }
            // The offsets in force at the earliest and the latest instant the reading could mean; each is
            // right if it maps back to the reading. Both right: the reading happens twice, take the first.
            let early = offset(atUTC: wall &- highest)
            let late = offset(atUTC: wall &- lowest)
            if offset(atUTC: wall &- early) == early { return wall &- early }
            if offset(atUTC: wall &- late) == late { return wall &- late }
            return wall &- early  // in the gap: the offset before it
        }
    }

    /// Resolves a TZID parameter value. UK and UTC names first; then an exact IANA name; then the file's own
    /// VTIMEZONE (RFC 5545 §3.2.19: the TZID names it), so that a private name or an odd spelling is read by
    /// the rules the file gives; then Windows names, an IANA name in any case or after a vendor prefix
    /// (`/freeassociation.sourceforge.net/Europe/Berlin`), and X-LIC-LOCATION. Anything else is UK time with
    /// a warning.
    public static func resolve(_ tzid: String, definition: Definition?) -> Resolution {
        var name = tzid.trimmingSpaces()
        // RFC 5545 §3.8.3.1 globally unique ids start with '/', e.g. "/mozilla.org/20050126_1/Europe/London".
        while name.hasPrefix("/") { name.removeFirst() }
        let key = name.lowercased()
        if londonNames.contains(key) || key.contains("europe/london") || key.contains("london") {
            return Resolution(rule: .london, warning: nil)
        }
        if utcNames.contains(key) { return Resolution(rule: .utc, warning: nil) }
        if name.contains("/"), ianaIdentifiers[key] == name, let zone = TimeZone(identifier: name) {
            return Resolution(rule: .system(zone), warning: nil)
        }
        if let definition, !definition.observances.isEmpty {
            return Resolution(rule: ownRule(definition), warning: nil)
        }
        if key.hasPrefix("tzone://microsoft/custom") || key.hasPrefix("customized time zone") {
            return Resolution(rule: .london, warning: nil)
        }
        if let iana = windowsNames[key], let zone = TimeZone(identifier: iana) { return Resolution(rule: .system(zone), warning: nil) }
        if let rule = iana(name) { return Resolution(rule: rule, warning: nil) }
        // A vendor prefix before an IANA name: the longest suffix that is a zone.
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count > 2 {
            for first in 1..<(parts.count - 1) {
                if let rule = iana(parts[first...].joined(separator: "/")) { return Resolution(rule: rule, warning: nil) }
            }
        }
        if let location = definition?.location, let rule = iana(location.trimmingSpaces()) { return Resolution(rule: rule, warning: nil) }
        return Resolution(rule: .london, warning: "unknown time zone '\(tzid)' with no VTIMEZONE in the file; its times are read as UK time (Europe/London) — check them, or export the calendar with its time zones")
    }

    /// A file's VTIMEZONE as a rule: a zone with one offset is a fixed zone.
    static func ownRule(_ definition: Definition) -> TimeZoneRule {
        let offsets = Set(definition.observances.flatMap { [$0.offsetFrom, $0.offsetTo] })
        if offsets.count == 1, let only = offsets.first { return only == 0 ? .utc : .fixed(only) }
        return .defined(definition)
    }

    /// An IANA zone by name, without regard to case; Europe/London and its links are London's own rule.
    static func iana(_ name: String) -> TimeZoneRule? {
        guard name.contains("/") || name.count > 2 else { return nil }
        let key = name.lowercased()
        if londonNames.contains(key) { return .london }
        if utcNames.contains(key) { return .utc }
        guard let identifier = ianaIdentifiers[key], let zone = TimeZone(identifier: identifier) else { return nil }
        return .system(zone)
    }

    /// Every IANA identifier the system knows, by its lower-case form.
    static let ianaIdentifiers: [String: String] = {
        var map: [String: String] = [:]
        for id in TimeZone.knownTimeZoneIdentifiers { map[id.lowercased()] = map[id.lowercased()] ?? id }
        return map
    }()

    /// Names that mean UK time: IANA links and Windows/Outlook names.
    static let londonNames: Set<String> = [
        "europe/london", "gb", "gb-eire", "europe/belfast", "europe/jersey", "europe/guernsey", "europe/isle_of_man",
        "gmt standard time", "gmt daylight time", "british summer time", "greenwich mean time", "uk", "bst",
    ]

    /// Names that mean UTC (Windows "Greenwich Standard Time" is UTC+0 with no summer time).
    static let utcNames: Set<String> = [
        "utc", "etc/utc", "etc/gmt", "gmt", "z", "zulu", "etc/zulu", "universal", "etc/universal",
        "coordinated universal time", "greenwich standard time", "tzone://microsoft/utc", "utc+00:00", "gmt+00:00",
    ]

    /// Common Windows zone names (CLDR windowsZones.xml) for councils' occasional events abroad.
    static let windowsNames: [String: String] = [
        "w. europe standard time": "Europe/Berlin",
        "romance standard time": "Europe/Paris",
        "central europe standard time": "Europe/Budapest",
        "central european standard time": "Europe/Warsaw",
        "e. europe standard time": "Europe/Chisinau",
        "fle standard time": "Europe/Kiev",
        "gtb standard time": "Europe/Bucharest",
        "eastern standard time": "America/New_York",
        "central standard time": "America/Chicago",
        "mountain standard time": "America/Denver",
        "pacific standard time": "America/Los_Angeles",
        "aus eastern standard time": "Australia/Sydney",
        "india standard time": "Asia/Calcutta",
        "china standard time": "Asia/Shanghai",
        "tokyo standard time": "Asia/Tokyo",
        "western/central europe": "Europe/Berlin",
    ]
}

extension TimeZoneRule.Definition.Observance {
    /// The latest onset (UTC seconds) at or before `utc`, or nil when the observance has not begun by then.
    func lastOnset(atOrBefore utc: Int) -> Int? {
        let first = start &- offsetFrom
        var best: Int? = first <= utc ? first : nil
        // The last RDATE at or before `utc` (binary search: a zone may list many).
        var low = 0, high = dates.count
        while low < high {
            let mid = (low + high) / 2
            if dates[mid] &- offsetFrom <= utc { low = mid + 1 } else { high = mid }
        }
        if low > 0 { best = max(best ?? Int.min, dates[low - 1] &- offsetFrom) }
        guard let rule, first <= utc else { return best }
        let startDay = LondonTime.floorDivide(start, 86_400)
        let startSeconds = start - startDay * 86_400
        var limit = utc
        if let until = rule.until {
            let untilUTC = until.form == .utc ? until.wallSeconds : until.wallSeconds &- offsetFrom
            limit = min(limit, untilUTC)
        }
        let year = CivilDate(dayNumber: LondonTime.floorDivide(limit &+ offsetFrom, 86_400)).year
        let startYear = CivilDate(dayNumber: startDay).year
        for y in [year, year - 1] where y >= startYear {
            guard let day = onsetDay(rule, year: y, startDay: startDay, startSeconds: startSeconds) else { continue }
            let onset = day * 86_400 + startSeconds - offsetFrom
            if onset <= limit && onset >= first {
                if onset > (best ?? Int.min) { best = onset }
                break
            }
        }
        return best
    }

    /// True when `onsetDay` computes the rule's onsets directly: a yearly rule in one month, as every real
    /// zone writes it. Other rules are expanded once, when the file is read (`expandedOnsets`).
    static func isDirect(_ rule: RecurrenceRule) -> Bool {
        guard rule.frequency == .yearly, rule.interval == 1, rule.count == nil, rule.bySetPos.isEmpty, rule.byMonth.count <= 1 else { return false }
        if rule.byDay.isEmpty { return rule.byMonthDay.count <= 1 }
        guard rule.byDay.count == 1 else { return false }
        return rule.byDay[0].ordinal != 0 ? rule.byMonthDay.isEmpty : !rule.byMonthDay.isEmpty
    }

    /// A rule `isDirect` cannot compute, as onset clock readings from 1970 to 2100 (at most 300), so that
    /// reading a time never expands a rule again.
    func expandedOnsets(_ rule: RecurrenceRule) -> [Int] {
        let startDay = LondonTime.floorDivide(start, 86_400)
        let startSeconds = start - startDay * 86_400
        var untilWall: Int?
        if let until = rule.until { untilWall = until.form == .utc ? until.wallSeconds &+ offsetFrom : until.wallSeconds }
        let expansion = RecurrenceExpander.expand(rule, startDay: startDay, startSeconds: startSeconds, untilWall: untilWall,
                                                  windowFirst: max(startDay, CivilDate.dayNumber(year: 1970, month: 1, day: 1)),
                                                  windowLast: CivilDate.dayNumber(year: 2100, month: 12, day: 31), cap: 300)
        return expansion.days.map { $0 * 86_400 + startSeconds }
    }

    /// The day of `year`'s onset under a yearly rule in one month (`BYMONTH=3;BYDAY=-1SU`,
    /// `BYMONTH=3;BYMONTHDAY=8,...,14;BYDAY=SU`); nil for other rules, which `expandedOnsets` reads.
    func onsetDay(_ rule: RecurrenceRule, year: Int, startDay: Int, startSeconds: Int) -> Int? {
        let startDate = CivilDate(dayNumber: startDay)
        let month = rule.byMonth.count == 1 ? rule.byMonth[0] : (rule.byMonth.isEmpty ? startDate.month : 0)
        if Self.isDirect(rule), month > 0, year >= 1 {
            let dim = CivilDate.daysInMonth(year: year, month: month)
            let firstDay = CivilDate.dayNumber(year: year, month: month, day: 1)
            if rule.byDay.isEmpty && rule.byMonthDay.isEmpty {
                return startDate.day <= dim ? firstDay + startDate.day - 1 : nil
            }
            if rule.byDay.isEmpty && rule.byMonthDay.count == 1 {
                let d = rule.byMonthDay[0]
                let day = d > 0 ? d : dim + d + 1
                return day >= 1 && day <= dim ? firstDay + day - 1 : nil
            }
            if rule.byDay.count == 1 {
                let entry = rule.byDay[0]
                if rule.byMonthDay.isEmpty && entry.ordinal != 0 {
                    if entry.ordinal > 0 {
                        let first = firstDay + (entry.weekday - CivilDate.weekday(ofDayNumber: firstDay) + 7) % 7
                        let day = first + 7 * (entry.ordinal - 1)
                        return day < firstDay + dim ? day : nil
                    }
                    let lastDay = firstDay + dim - 1
                    let last = lastDay - (CivilDate.weekday(ofDayNumber: lastDay) - entry.weekday + 7) % 7
                    let day = last - 7 * (-entry.ordinal - 1)
                    return day >= firstDay ? day : nil
                }
                if entry.ordinal == 0 && !rule.byMonthDay.isEmpty {
                    for d in rule.byMonthDay.map({ $0 > 0 ? $0 : dim + $0 + 1 }).sorted() where d >= 1 && d <= dim {
                        if CivilDate.weekday(ofDayNumber: firstDay + d - 1) == entry.weekday { return firstDay + d - 1 }
                    }
                    return nil
                }
            }
        }
        return nil
    }
}
