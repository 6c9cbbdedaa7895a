import Foundation
import ElectionCalendar

/// Today's date, worked out at most once a minute (the time-zone calculation costs more than a 2 KB check).
final class MinuteCache: @unchecked Sendable {
    private let lock = NSLock()
    private var minute = -1
    private var date = CivilDate(dayNumber: 0)

    /// The cached date, or `compute()` when a new minute has begun.
    func value(_ compute: () -> CivilDate) -> CivilDate {
        let now = Int(time(nil) / 60)
        return lock.withLock {
            if now != minute {
                date = compute()
                minute = now
            }
            return date
        }
    }
}
