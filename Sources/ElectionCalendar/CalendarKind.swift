/// Which days an election's timetable does not count. Each UK election order lists Saturdays, Sundays,
/// Christmas Eve, Christmas Day, Good Friday, the bank holidays of a part of the UK and days of public
/// thanksgiving or mourning; the variants below say which bank holidays, and what is added on top.
public enum CalendarKind: String, Sendable, CaseIterable, Hashable {
    /// England and Wales bank holidays: Local Elections (Principal Areas) (England and Wales) Rules 2006
    /// (SI 2006/3304) Sch 2 r.2, and the mayoral, PCC, GLA and Senedd rules, which use the same list.
    case englandAndWales = "england-and-wales"
    /// Scottish bank holidays (2 January, first Monday of August, St Andrew's Day), for registration and
    /// absent-vote deadlines in Scotland.
    case scotland
    /// Scottish bank holidays plus Easter Monday, as Scottish Parliament and council timetables are counted in
    /// practice (Electoral Commission timetables; peer `EasterMondayRule`).
    case scotlandElections = "scotland-elections"
    /// Northern Ireland bank holidays (adds St Patrick's Day and 12 July): Electoral Law Act (NI) 1962 Sch 5.
    case northernIreland = "northern-ireland"
    /// A bank holiday in any part of the UK: UK Parliament general elections, Representation of the People
    /// Act 1983 Sch 1 r.2(2)(a).
    case unitedKingdom = "united-kingdom"
    /// England and Wales plus the City of London's "Easter break" (Thursday before to Tuesday after Easter)
    /// and "Christmas break" (last weekday before Christmas Day to the first weekday after it that is not a
    /// bank holiday): City of London (Ward Elections) Act 1949 as amended, as the peer implements it.
    case cityOfLondon = "city-of-london"

    /// The nations whose bank holidays this calendar disregards.
    public var nations: [Nation] {
        switch self {
        case .englandAndWales, .cityOfLondon: [.england]
        case .scotland, .scotlandElections: [.scotland]
        case .northernIreland: [.northernIreland]
        case .unitedKingdom: [.england, .scotland, .northernIreland]
        }
    }

    /// The ordinary calendar of a nation's elections.
    public static func standard(for nation: Nation) -> CalendarKind {
        switch nation {
        case .england, .wales: .englandAndWales
        case .scotland: .scotland
        case .northernIreland: .northernIreland
        }
    }

    /// Words for people, e.g. "England and Wales bank holidays".
    public var displayName: String {
        switch self {
        case .englandAndWales: "England and Wales bank holidays"
        case .scotland: "Scottish bank holidays"
        case .scotlandElections: "Scottish bank holidays and Easter Monday"
        case .northernIreland: "Northern Ireland bank holidays"
        case .unitedKingdom: "bank holidays in any part of the UK"
        case .cityOfLondon: "England and Wales bank holidays and the City of London Easter and Christmas breaks"
        }
    }
}
