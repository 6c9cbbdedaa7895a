import ElectionCalendar

/// One occurrence of a council event, as the scheduler checks it: London dates (first and last day,
/// inclusive), a title to classify, and where it came from (`file:line`) so a clerk can find it.
///
/// A recurring meeting contributes one value per occurrence; a three-day show contributes one value whose
/// `end` is two days after its `start`.
public struct EventOccurrence: Sendable, Equatable {
    /// The calendar's UID, when it has one (every occurrence of a series shares it).
    public var uid: String?
    /// The title (SUMMARY, or the CSV `title` column).
    public var title: String
    /// Where it happens, when known.
    public var location: String?
    /// First day, in Europe/London.
    public var start: CivilDate
    /// Last day, inclusive, in Europe/London.
    public var end: CivilDate
    /// London clock time of the start, `HH:MM`; nil for all-day events or when not given.
    public var time: String?
    /// Where it was read from, e.g. `events.ics:42`.
    public var source: String

    /// Creates an occurrence; an `end` before `start` is treated as a one-day event.
    public init(uid: String? = nil, title: String, location: String? = nil, start: CivilDate, end: CivilDate? = nil,
                time: String? = nil, source: String) {
        self.uid = uid
        self.title = title
        self.location = location
        self.start = start
        self.end = max(start, end ?? start)
        self.time = time
        self.source = source
    }

    /// Number of days the occurrence spans (1 for a one-day event).
    public var lengthInDays: Int { start.days(to: end) + 1 }
}
