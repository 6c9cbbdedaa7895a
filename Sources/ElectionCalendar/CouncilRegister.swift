/// Every UK principal council by organisation slug (from `Calendars/council-nations.json`), so an id such as
/// `local.edinbrugh.2027-05-06` is caught as unknown — with a suggestion — instead of silently getting
/// English rules.
public struct CouncilRegister: Sendable {
    /// The councils, in file order.
    public private(set) var councils: [Council]
    /// Slug or alias → index in `councils`.
    private var index: [String: Int] = [:]

    /// Creates a register; a slug listed twice keeps its first council.
    public init(_ councils: [Council]) {
        self.councils = councils
        for (position, council) in councils.enumerated() {
            for slug in [council.slug] + council.aliases where index[slug] == nil { index[slug] = position }
        }
    }

    /// A register from the older `slug → nation` form (councils outside England only).
    public init(nations: [String: Nation]) {
        self.init(nations.sorted { $0.key < $1.key }.map { Council(slug: $0.key, name: $0.key, nation: $0.value) })
    }

    /// The council an organisation slug names (case-insensitive), or nil.
    public func council(slug: String) -> Council? {
        (index[slug] ?? index[slug.lowercased()]).map { councils[$0] }
    }

    /// The council a config's `"council"` names, matched loosely: "Camden", "London Borough of Camden",
    /// "Camden Council" and `camden` all find Camden.
    public func council(named name: String) -> Council? {
        let slug = CouncilRegister.slug(name)
        if let found = council(slug: slug) { return found }
        var words = slug
        for prefix in ["london-borough-of-", "royal-borough-of-", "city-and-county-of-", "city-of-", "borough-of-", "county-of-", "the-"] where words.hasPrefix(prefix) {
            words.removeFirst(prefix.count)
        }
        for suffix in ["-metropolitan-borough-council", "-borough-council", "-district-council", "-county-council", "-city-council",
                       "-county-borough-council", "-city-corporation", "-corporation", "-council", "-islands-council"] where words.hasSuffix(suffix) {
            words.removeLast(suffix.count)
        }
        return council(slug: words)
    }

    /// Slug → nation, the older view used by callers that need only the nation.
    public var nations: [String: Nation] {
        var map: [String: Nation] = [:]
        for (slug, position) in index { map[slug] = councils[position].nation }
        return map
    }

    /// The council `slug` names once "-council" and the like are dropped, else the known slug closest by edit distance (at most a third of its length, and at most 4),
    /// for "did you mean"; nil when nothing is close.
    public func suggestion(for slug: String) -> Council? {
        if let named = council(named: slug) { return named }
        let target = Array(slug.lowercased().utf8)
        let limit = min(4, max(1, target.count / 3))
        var best: (distance: Int, council: Council)?
        for (candidate, position) in index {
            let bytes = Array(candidate.utf8)
            guard abs(bytes.count - target.count) <= limit else { continue }
            let distance = CouncilRegister.editDistance(target, bytes, limit: limit)
            if distance <= limit, distance < (best?.distance ?? Int.max) || (distance == best?.distance && candidate == councils[position].slug) {
                best = (distance, councils[position])
            }
        }
        return best?.council
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit (so "edinbrugh" is 1 from
    /// "edinburgh"); stops early once every path exceeds `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var older = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, older[j - 2] + 1) }
                current[j] = value
                rowMin = min(rowMin, value)
            }
            if rowMin > limit { return rowMin }
            (older, previous, current) = (previous, current, older)
        }
        return previous[b.count]
    }

    /// A name in slug form: lower case ASCII letters and digits, runs of anything else as one hyphen,
    /// "&" as "and", apostrophes dropped ("King's Lynn" → `kings-lynn`).
    public static func slug(_ text: String) -> String {
        var out: [UInt8] = []
        var pendingHyphen = false
        for byte in text.utf8 {
            switch byte {
            case 0x27: continue
            case 0x26:
                if !out.isEmpty { out.append(0x2D) }
                out += Array("and".utf8)
                pendingHyphen = true
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39:
                if pendingHyphen && !out.isEmpty && out.last != 0x2D { out.append(0x2D) }
                pendingHyphen = false
                out.append(byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte)
            default:
                pendingHyphen = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
