/// "Did you mean …?" for a rule id mistyped in a suppression (`preelection: ignore member-qoute -- …`), so the
/// writer can fix it at once instead of reading the list of rules.
extension Rule {
    /// The rule whose id is nearest to `id` (at most a third of its letters different), or nil.
    public static func closest(to id: String) -> Rule? {
        let wanted = Array(id.lowercased().utf8)
        var best: (rule: Rule, distance: Int)?
        for rule in Rule.allCases {
            let candidate = Array(rule.rawValue.utf8)
            // A known id's start ("member", "party") or a form without its hyphen ("memberquote") counts as close.
            if candidate.starts(with: wanted), wanted.count >= 5 { return rule }
            let d = candidate.filter({ $0 != 0x2D }) == wanted ? 0 : editDistance(wanted, candidate)
            if d <= max(2, candidate.count / 3), d < (best?.distance ?? Int.max) { best = (rule, d) }
        }
        return best?.rule
    }

    /// Levenshtein distance between two byte strings (two rows, linear memory).
    static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
