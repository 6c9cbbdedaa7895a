import Foundation

/// An inline suppression: a line `preelection: ignore RULE[,RULE] -- reason` (also inside `<!-- … -->`)
/// silences those rules in the next paragraph. The reason is required so that a reviewer can see
/// why a finding was accepted; a suppression without one, or naming an unknown rule, silences nothing and is
/// reported with its problem. Every suppression is listed in the output.
public struct Suppression: Sendable, Equatable {
    /// Rules it silences.
    public var rules: [Rule]
    /// Why (required); nil when missing.
    public var reason: String?
    /// 1-based line of the suppression.
    public var line: Int
    /// The directive as written (without comment markers).
    public var text: String
    /// What is wrong with it, or nil when it is valid.
    public var problem: String?
    /// 1-based first and last line of the paragraph it applies to; nil when nothing follows it.
    public var appliesTo: ClosedRange<Int>?
    /// The findings it silenced.
    public var silenced: [Finding] = []
    /// UTF-8 byte range of the paragraph it applies to.
    var byteRange: Range<Int>

    /// True when it has a reason and only known rules.
    public var isValid: Bool { problem == nil }

    /// Finds suppressions in `bytes` and returns them with a copy of the bytes in which the suppression lines
    /// and all HTML comments (which are never published) are blanked out, offsets and line breaks unchanged.
    static func extract(from bytes: [UInt8]) -> (suppressions: [Suppression], masked: [UInt8], lineStarts: [Int]) {
        var masked = bytes
        var found: [(line: Int, lastLine: Int, directive: [UInt8])] = []
        let lineStarts = TextScanner.lineStarts(bytes)
        let mayHaveComment = bytes.withUnsafeBufferPointer { p -> Bool in
            guard let base = p.baseAddress else { return false }
            var offset = 0
            while offset < p.count, let hit = memchr(base + offset, 0x3C, p.count - offset) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if at + 1 < p.count, p[at + 1] == 0x21 { return true }
                offset = at + 1
            }
            return false
        }
        func lineOf(_ offset: Int) -> Int {
            var lo = 0, hi = lineStarts.count - 1
            while lo < hi {
                let mid = (lo + hi + 1) / 2
                if lineStarts[mid] <= offset { lo = mid } else { hi = mid - 1 }
            }
            return lo
        }
        func blank(_ range: Range<Int>) {
            for k in range where masked[k] != 0x0A && masked[k] != 0x0D { masked[k] = 0x20 }
        }
        // 1. HTML comments.
        let open: [UInt8] = Array("<!--".utf8), close: [UInt8] = Array("-->".utf8)
        var i = 0
        let n = bytes.count
        while mayHaveComment, i + 4 <= n {
            if bytes[i] == 0x3C, bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D {
                var j = i + open.count
                var end = n
                while j + 3 <= n {
                    if bytes[j] == close[0], bytes[j + 1] == close[1], bytes[j + 2] == close[2] { end = j + 3; break }
                    j += 1
                }
                let contentEnd = end == n ? n : end - 3
                let content = Array(bytes[(i + 4)..<max(i + 4, contentEnd)])
                if let directive = directiveBody(content) {
                    found.append((lineOf(i), lineOf(max(i, end - 1)), directive))
                }
                blank(i..<end)
                i = end
                continue
            }
            i += 1
        }
        // 2. Plain lines.
        for l in lineStarts.indices {
            let start = lineStarts[l]
            var end = l + 1 < lineStarts.count ? lineStarts[l + 1] - 1 : n
            if end < start { end = start }
            // Cheap test first: the first non-blank byte must be "p" or "P".
            var f = start
            while f < end, masked[f] == 0x20 || masked[f] == 0x09 { f += 1 }
            guard f < end, masked[f] | 0x20 == 0x70 else { continue }
            if let directive = directiveBody(Array(masked[start..<end])) {
                found.append((l, l, directive))
                blank(start..<end)
            }
        }
        found.sort { $0.line < $1.line }

        // The paragraph after each suppression, in the masked text.
        func isBlankLine(_ l: Int) -> Bool {
            let start = lineStarts[l]
            let end = l + 1 < lineStarts.count ? lineStarts[l + 1] : n
            return masked[start..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        }
        var result: [Suppression] = []
        for f in found {
            var l = f.lastLine + 1
            while l < lineStarts.count, isBlankLine(l) { l += 1 }
            var appliesTo: ClosedRange<Int>?
            var range = 0..<0
            if l < lineStarts.count {
                var last = l
                while last + 1 < lineStarts.count, !isBlankLine(last + 1) { last += 1 }
                appliesTo = (l + 1)...(last + 1)
                let endByte = last + 1 < lineStarts.count ? lineStarts[last + 1] : n
                range = lineStarts[l]..<endByte
            }
            var s = parse(f.directive)
            s.line = f.line + 1
            s.appliesTo = appliesTo
            s.byteRange = range
            if s.problem == nil, appliesTo == nil { s.problem = "nothing follows it: a suppression silences the paragraph after it" }
            result.append(s)
        }
        return (result, masked, lineStarts)
    }

    /// The text after `preelection:` when `line` (trimmed) starts with it, else nil.
    static func directiveBody(_ line: [UInt8]) -> [UInt8]? {
        var a = 0, b = line.count
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A }
        while a < b, isSpace(line[a]) { a += 1 }
        while b > a, isSpace(line[b - 1]) { b -= 1 }
        let marker = Array("preelection:".utf8)
        guard b - a >= marker.count else { return nil }
        for k in 0..<marker.count {
            let c = line[a + k]
            let lower = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            if lower != marker[k] { return nil }
        }
        return Array(line[(a + marker.count)..<b])
    }

    /// Parses `ignore RULE[,RULE] -- reason`.
    static func parse(_ body: [UInt8]) -> Suppression {
        let text = String(decoding: body, as: UTF8.self).trimmingWhitespace()
        var s = Suppression(rules: [], reason: nil, line: 0, text: "preelection: " + text, problem: nil, appliesTo: nil, byteRange: 0..<0)
        var bytes = Array(text.utf8)
        let ignore = Array("ignore".utf8)
        guard bytes.count >= ignore.count, zip(bytes.prefix(ignore.count), ignore).allSatisfy({ ($0 | 0x20) == $1 }) else {
            s.problem = "unknown directive: write 'preelection: ignore RULE -- reason'"
            return s
        }
        bytes.removeFirst(ignore.count)
        // Split the rule list from the reason at "--", "—" (E2 80 94) or "–" (E2 80 93).
        var split = bytes.count
        var after = bytes.count
        var k = 0
        while k < bytes.count {
            if bytes[k] == 0x2D, k + 1 < bytes.count, bytes[k + 1] == 0x2D { split = k; after = k + 2; break }
            if bytes[k] == 0xE2, k + 2 < bytes.count, bytes[k + 1] == 0x80, bytes[k + 2] == 0x94 || bytes[k + 2] == 0x93 {
                split = k; after = k + 3; break
            }
            k += 1
        }
        let ruleText = String(decoding: bytes[..<split], as: UTF8.self)
        let reasonText = String(decoding: bytes[after...], as: UTF8.self)
        let ids = ruleText.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
        if ids.isEmpty {
            s.problem = "no rule named: write e.g. 'preelection: ignore member-quote -- reason'"
            return s
        }
        for id in ids {
            guard let rule = Rule(id: id) else {
                let known = Rule.allCases.map(\.rawValue).joined(separator: ", ")
                s.problem = "unknown rule '\(id)' (rules: \(known))"
                return s
            }
            s.rules.append(rule)
        }
        let reason = String(reasonText).trimmingWhitespace()
        if reason.isEmpty {
            s.problem = "no reason given: write 'preelection: ignore \(ids.joined(separator: ",")) -- why this is acceptable'; the findings stay until it has one"
        } else {
            s.reason = reason
        }
        return s
    }
}

extension String {
    /// Without leading and trailing white space.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
