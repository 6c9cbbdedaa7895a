/// A tag or prefix name of up to 16 ASCII bytes packed into two integers, so the XML and HTML scanners
/// can look element names up in a dictionary without building a `String` for every tag they meet.
struct PackedName: Hashable, Sendable {
    var low: UInt64
    var high: UInt64

    /// The empty name (an unprefixed element's prefix).
    static let empty = PackedName(low: 0, high: 0)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The longest name that packs; longer names are never ones the readers act on.
    static let capacity = 16

    /// Packs `count` bytes at `start`; nil when the name is longer than `capacity` or not ASCII.
    /// `lowercased` folds A–Z to a–z (HTML tag names are ASCII case-insensitive, HTML §13.2.5.8).
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, count: Int, lowercased: Bool = false) {
        guard count <= Self.capacity, start >= 0, start + count <= bytes.count else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        var i = 0
        while i < count {
            var byte = bytes[start + i]
            if byte >= 0x80 { return nil }
            if lowercased && byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
            if i < 8 { low |= UInt64(byte) << (8 * UInt64(i)) } else { high |= UInt64(byte) << (8 * UInt64(i - 8)) }
            i += 1
        }
        self.low = low
        self.high = high
    }

    /// Packs a literal name (for building lookup tables); nil when it does not fit.
    init?(_ name: String) {
        let bytes = Array(name.utf8)
        let packed = bytes.withUnsafeBufferPointer { PackedName($0, from: 0, count: $0.count) }
        guard let packed else { return nil }
        self = packed
    }
}
