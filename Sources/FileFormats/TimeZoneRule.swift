import Foundation

/// How a calendar's clock readings map to instants: UK time by rule, UTC, a fixed offset, or (for the rare
/// event abroad) an IANA zone from the system's database.
///
/// RFC 5545 §3.2.19 TZID names a VTIMEZONE; in practice councils' exports use IANA names (Google, CMSs)
/// or Windows names (Outlook: `GMT Standard Time`, `tzone://Microsoft/Custom`), which here mean Europe/London.
public enum TimeZoneRule: Sendable, Equatable {
    /// Europe/London, by `LondonTime`'s rule (never the machine's tzdata).
    case london
    /// UTC (`Z` times, `Etc/UTC`).
    case utc
    /// A fixed offset east of UTC, in seconds (a VTIMEZONE with no daylight part).
    case fixed(Int)
    /// Another IANA zone, read through Foundation.
    case system(TimeZone)

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
        }
    }

    /// The clock reading in this zone at an instant.
    public func wallSeconds(fromUTC utc: Int) -> Int {
        switch self {
        case .london: return LondonTime.wallSeconds(fromUTC: utc)
        case .utc: return utc
        case .fixed(let offset): return utc + offset
        case .system(let zone): return utc + zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))
        }
    }

    /// Result of resolving a TZID: the rule, and a warning when the name had to be guessed.
    public struct Resolution: Sendable, Equatable {
        /// The zone to read times in.
        public var rule: TimeZoneRule
        /// Set when the name was not recognised and UK time was assumed.
        public var warning: String?
    }

    /// A VTIMEZONE's offsets as the file defines them (RFC 5545 §3.6.5 STANDARD/DAYLIGHT TZOFFSETTO).
    public struct Definition: Sendable, Equatable {
        /// TZOFFSETTO of each STANDARD part, seconds east of UTC.
        public var standardOffsets: [Int] = []
        /// TZOFFSETTO of each DAYLIGHT part, seconds east of UTC.
        public var daylightOffsets: [Int] = []
        /// Creates a definition.
        public init(standardOffsets: [Int] = [], daylightOffsets: [Int] = []) {
            self.standardOffsets = standardOffsets
            self.daylightOffsets = daylightOffsets
        }
    }

    /// Resolves a TZID parameter value, using the file's own VTIMEZONE definition when the name is unknown.
    public static func resolve(_ tzid: String, definition: Definition?) -> Resolution {
        var name = tzid.trimmingSpaces()
        // RFC 5545 §3.8.3.1 globally unique ids start with '/', e.g. "/mozilla.org/20050126_1/Europe/London".
        while name.hasPrefix("/") { name.removeFirst() }
        let key = name.lowercased()
        if londonNames.contains(key) || key.contains("europe/london") || key.contains("london") || key.hasPrefix("tzone://microsoft/custom")
            || key.hasPrefix("customized time zone") {
            return Resolution(rule: .london, warning: nil)
        }
        if utcNames.contains(key) { return Resolution(rule: .utc, warning: nil) }
        if let iana = windowsNames[key], let zone = TimeZone(identifier: iana) { return Resolution(rule: .system(zone), warning: nil) }
        if name.contains("/"), let zone = TimeZone(identifier: name) { return Resolution(rule: .system(zone), warning: nil) }
        if let definition {
            let standard = definition.standardOffsets.first
            let daylight = definition.daylightOffsets.first
            if standard == 0 && (daylight == nil || daylight == 3600) {
                return Resolution(rule: daylight == nil ? .utc : .london, warning: nil)
            }
            if let standard, daylight == nil {
                return Resolution(rule: .fixed(standard), warning: nil)
            }
        }
        return Resolution(rule: .london, warning: "unknown time zone '\(tzid)'; its times are read as UK time (Europe/London)")
    }

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
    ]
}
