import Foundation

/// The text a LanguageTool client sends, as checked and as the client counts it: `text=` as is, or `data=`
/// annotated text (markup skipped, `interpretAs` checked in its place, but markup still counted in offsets).
/// Offsets go back in UTF-16 code units, because LanguageTool's clients are Java and JavaScript.
struct AnnotatedText: Sendable {
    /// One run of the original document.
    struct Segment: Sendable {
        /// Start and length in the checked text, in UTF-8 bytes.
        var plainStart: Int
        var plainLength: Int
        /// Start and length in the original document, in UTF-16 code units.
        var originalStart: Int
        var originalLength: Int
        /// Text (offsets inside it map one to one) or markup (an `interpretAs` stand-in maps to its whole span).
        var isText: Bool
    }

    /// The text the checker reads.
    var plain: String
    /// Runs in order; markup with no `interpretAs` has `plainLength` 0.
    var segments: [Segment]
    /// UTF-8 bytes of `plain`, and UTF-16 units before every 4096th byte (so any offset maps in O(4096)).
    let bytes: [UInt8]
    let checkpoints: [Int]

    /// Plain text: one text run.
    init(text: String) {
        self.init(plain: text, segments: [])
        segments = [Segment(plainStart: 0, plainLength: bytes.count, originalStart: 0, originalLength: plainUnits(before: bytes.count), isText: true)]
    }

    init(plain: String, segments: [Segment]) {
        self.plain = plain
        self.segments = segments
        bytes = Array(plain.utf8)
        var marks: [Int] = [0]
        var units = 0
        for (i, b) in bytes.enumerated() {
            if i > 0 && i % 4096 == 0 { marks.append(units) }
            units += AnnotatedText.utf16Units(lead: b)
        }
        checkpoints = marks
    }

    /// Why a `data=` value could not be used.
    struct Failure: Error { var message: String }

    /// Parses LanguageTool's annotated-text JSON: `{"annotation":[{"text":…},{"markup":…,"interpretAs":…}]}`.
    static func parse(json: String) throws(Failure) -> AnnotatedText {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(json.utf8))
        } catch {
            throw Failure(message: "'data' is not valid JSON; send {\"annotation\":[{\"text\":\"…\"},{\"markup\":\"<b>\"}]}")
        }
        guard let root = object as? [String: Any], let items = root["annotation"] as? [Any] else {
            throw Failure(message: "'data' needs an \"annotation\" array of {\"text\"} and {\"markup\"} objects")
        }
        var plain = ""
        var plainBytes = 0
        var original = 0
        var segments: [Segment] = []
        for (index, item) in items.enumerated() {
            guard let entry = item as? [String: Any] else { throw Failure(message: "annotation item \(index) is not an object") }
            if let text = entry["text"] as? String {
                let n = text.utf8.count, u = text.utf16.count
                segments.append(Segment(plainStart: plainBytes, plainLength: n, originalStart: original, originalLength: u, isText: true))
                plain += text
                plainBytes += n
                original += u
            } else if let markup = entry["markup"] as? String {
                let stand = entry["interpretAs"] as? String ?? ""
                let u = markup.utf16.count
                segments.append(Segment(plainStart: plainBytes, plainLength: stand.utf8.count, originalStart: original, originalLength: u, isText: false))
                plain += stand
                plainBytes += stand.utf8.count
                original += u
            } else {
                throw Failure(message: "annotation item \(index) has neither \"text\" nor \"markup\"")
            }
        }
        return AnnotatedText(plain: plain, segments: segments)
    }

    /// UTF-16 units a UTF-8 byte starts: 1 for a 1–3 byte scalar's lead byte, 2 for a 4-byte one, 0 for continuations.
    static func utf16Units(lead b: UInt8) -> Int {
        if b < 0x80 { return 1 }
        if b < 0xC0 { return 0 }
        return b >= 0xF0 ? 2 : 1
    }

    /// UTF-16 units in `plain` before UTF-8 offset `p`.
    func plainUnits(before p: Int) -> Int {
        let p = max(0, min(p, bytes.count))
        let block = p / 4096
        var units = checkpoints[min(block, checkpoints.count - 1)]
        var i = min(block, checkpoints.count - 1) * 4096
        while i < p {
            units += AnnotatedText.utf16Units(lead: bytes[i])
            i += 1
        }
        return units
    }

    /// The original document's UTF-16 range for the checked text's UTF-8 range.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        let start = original(range.lowerBound, isEnd: false)
        let end = max(start, original(range.upperBound, isEnd: true))
        return start..<end
    }

    /// Maps one checked-text offset: starts prefer the run that begins there, ends the run that ends there;
    /// inside an `interpretAs` stand-in a start maps to the markup's start and an end to its end.
    func original(_ p: Int, isEnd: Bool) -> Int {
        // The last run starting before p (at or before p for a start), skipping markup with nothing checked.
        var lo = 0, hi = segments.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if isEnd ? segments[mid].plainStart < p : segments[mid].plainStart <= p { lo = mid + 1 } else { hi = mid }
        }
        var found = lo - 1
        while found >= 0 && segments[found].plainLength == 0 { found -= 1 }
        guard found >= 0 else { return isEnd ? 0 : segments.first?.originalStart ?? 0 }
        let s = segments[found]
        if p >= s.plainStart + s.plainLength { return s.originalStart + s.originalLength }
        if !s.isText { return isEnd ? s.originalStart + s.originalLength : s.originalStart }
        return s.originalStart + plainUnits(before: p) - plainUnits(before: s.plainStart)
    }
}
