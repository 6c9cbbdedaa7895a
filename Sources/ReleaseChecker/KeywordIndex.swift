/// An open-addressing hash table from folded word keys (`TextScanner.Token.key`) to small integers.
///
/// The checker looks up every word of a release here once, so it must cost a few nanoseconds: no
/// `Dictionary` hashing, just a power-of-two table probed linearly. Key 0 is never produced by the scanner
/// and marks an empty slot.
struct KeywordIndex: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private var mask: Int
    private(set) var count = 0

    /// An empty table sized for about `capacity` keys.
    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 + 16 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [UInt32](repeating: 0, count: size)
        mask = size - 1
    }

    /// Sets `value` for `key`; with `merge`, ORs it into an existing value (for bit-set classes).
    mutating func insert(_ key: UInt64, _ value: UInt32, merge: Bool = false) {
        guard key != 0 else { return }
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            if keys[i] == key {
                values[i] = merge ? values[i] | value : value
                return
            }
            if keys[i] == 0 {
                keys[i] = key
                values[i] = value
                count += 1
                return
            }
            i = (i + 1) & mask
        }
    }

    /// The value for `key`, or `missing`.
    @inline(__always)
    func lookup(_ key: UInt64, missing: UInt32 = 0) -> UInt32 {
        var i = Int(truncatingIfNeeded: key ^ (key >> 29)) & mask
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return missing }
            i = (i + 1) & mask
        }
    }

    /// True when `key` is present.
    @inline(__always) func contains(_ key: UInt64) -> Bool { lookup(key, missing: UInt32.max) != UInt32.max }

    /// A set of keys (every value 1).
    init(keys: [UInt64]) {
        self.init(capacity: keys.count)
        for k in keys { insert(k, 1) }
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [UInt32](repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != 0 { insert(k, v) }
    }
}
