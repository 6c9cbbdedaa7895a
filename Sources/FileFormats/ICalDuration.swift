/// A DURATION value (RFC 5545 §3.3.6), e.g. `PT1H30M`, `P1D`, `P2W`: weeks and days are nominal (calendar
/// days), hours, minutes and seconds exact; events may give one instead of DTEND (§3.8.2.5).
public struct ICalDuration: Hashable, Sendable {
    /// Nominal days (weeks count seven).
    public var days: Int
    /// Exact seconds.
    public var seconds: Int

    /// Creates a duration.
    public init(days: Int, seconds: Int) {
        self.days = days
        self.seconds = seconds
    }

    /// Parses `[+|-]P[nW][nD][T[nH][nM][nS]]`; nil when malformed (e.g. `P`, `PT`, `1H`).
    public static func parse(_ text: Substring) -> ICalDuration? {
        var bytes = Array(text.utf8)[...]
        var sign = 1
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            if first == UInt8(ascii: "-") { sign = -1 }
            bytes = bytes.dropFirst()
        }
        guard let p = bytes.first, p == UInt8(ascii: "P") || p == UInt8(ascii: "p") else { return nil }
        bytes = bytes.dropFirst()
        var days = 0, seconds = 0
        var inTime = false
        var number: Int?
        var sawPart = false
        for b in bytes {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                number = (number ?? 0) * 10 + Int(b - 48)
                if (number ?? 0) > 100_000_000 { return nil }
            case UInt8(ascii: "T"), UInt8(ascii: "t"):
                guard !inTime, number == nil else { return nil }
                inTime = true
            default:
                guard let n = number else { return nil }
                // Checked arithmetic: a file may repeat parts (`P99999999W99999999W...`) until an Int overflows.
                func add(_ total: inout Int, _ unit: Int) -> Bool {
                    let (product, o1) = n.multipliedReportingOverflow(by: unit)
                    let (sum, o2) = total.addingReportingOverflow(product)
                    total = sum
                    return !(o1 || o2) && sum <= 1_000_000_000_000
                }
                let ok: Bool
                switch (b | 0x20, inTime) {
                case (UInt8(ascii: "w"), false): ok = add(&days, 7)
                case (UInt8(ascii: "d"), false): ok = add(&days, 1)
                case (UInt8(ascii: "h"), true): ok = add(&seconds, 3600)
                case (UInt8(ascii: "m"), true): ok = add(&seconds, 60)
                case (UInt8(ascii: "s"), true): ok = add(&seconds, 1)
                default: return nil
                }
                if !ok { return nil }
                number = nil
                sawPart = true
            }
        }
        guard sawPart, number == nil else { return nil }
        return ICalDuration(days: sign * days, seconds: sign * seconds)
    }
}
