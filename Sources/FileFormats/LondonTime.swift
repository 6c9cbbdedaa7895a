import CivilTime

/// UK civil time (GMT in winter, BST in summer) computed by rule, so that an event's date never depends on
/// the machine's time-zone database.
///
/// Summer Time Act 1972 as amended by the Summer Time Order 2002 (SI 2002/262, EU Directive 2000/84/EC):
/// British Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
/// October. The rule has held since 1996, which covers every calendar a council exports.
/// Times here are whole seconds: "UTC seconds" since 1970-01-01T00:00Z, and "wall seconds" — the clock
/// reading in London counted the same way.
public enum LondonTime {
    /// One hour, the BST offset.
    static let hour = 3600
    /// Seconds in a day.
    static let day = 86_400

    /// Day number of the last Sunday of `month` in `year` (March and October are the changeover months).
    public static func lastSunday(year: Int, month: Int) -> Int {
        let last = CivilDate.dayNumber(year: year, month: month, day: CivilDate.daysInMonth(year: year, month: month))
        let weekday = CivilDate.weekday(ofDayNumber: last)  // 7 = Sunday
        return last - (weekday % 7)
    }

    /// UTC seconds at which BST starts and ends in `year` (both 01:00 UTC).
    static func summerTime(year: Int) -> (start: Int, end: Int) {
        (lastSunday(year: year, month: 3) * day + hour, lastSunday(year: year, month: 10) * day + hour)
    }

    /// The offset from UTC in seconds (0 or 3600) at an instant.
    public static func offset(utcSeconds: Int) -> Int {
        let year = CivilDate(dayNumber: floorDivide(utcSeconds, day)).year
        let bst = summerTime(year: year)
        return utcSeconds >= bst.start && utcSeconds < bst.end ? hour : 0
    }

    /// The London clock reading at an instant.
    public static func wallSeconds(fromUTC utc: Int) -> Int { utc + offset(utcSeconds: utc) }

    /// The instant a London clock reading means. RFC 5545 §3.3.5: a time in the spring-forward gap is read
    /// with the offset before the gap (GMT); a time that occurs twice in autumn means the first (BST).
    public static func utcSeconds(fromWall wall: Int) -> Int {
        let year = CivilDate(dayNumber: floorDivide(wall, day)).year
        let bst = summerTime(year: year)
        // Clock readings: BST begins at 02:00 local in March and ends at 02:00 local (BST) in October.
        let startWall = bst.start + hour
        let endWall = bst.end + hour
        return wall >= startWall && wall < endWall ? wall - hour : wall
    }

    /// The London date of an instant: 23:30 UTC on the last Sunday of March is already Monday in London.
    public static func date(ofUTC utc: Int) -> CivilDate {
        CivilDate(dayNumber: floorDivide(wallSeconds(fromUTC: utc), day))
    }

    /// Integer division rounding towards minus infinity (times before 1970 stay on the right day).
    public static func floorDivide(_ a: Int, _ b: Int) -> Int {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }
}
