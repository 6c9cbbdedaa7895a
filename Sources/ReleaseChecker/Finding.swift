/// One thing in a release that needs attention: which rule, where (1-based line and column, and the UTF-8
/// byte range for highlighting), what was found and what to do instead (one finding per occurrence,
/// with line and column).
public struct Finding: Sendable, Equatable, Hashable {
    /// The rule that found it.
    public var rule: Rule
    /// How urgent it is, given the publication date and the periods.
    public var severity: Severity
    /// 1-based line of the finding's first character.
    public var line: Int
    /// 1-based column, in characters as an editor shows them.
    public var column: Int
    /// UTF-8 byte range in the checked text (for highlighting in place).
    public var range: Range<Int>
    /// The surrounding text on that line, for people.
    public var excerpt: String
    /// Who or what was found: "Cllr Jane Doe", "Labour", "vote for".
    public var subject: String
    /// What was found, e.g. "Quotation attributed to Cllr Jane Doe, Leader of the Council".
    public var message: String
    /// What to do instead, naming the Code, LGA guide or statute.
    public var guidance: String
    /// Text that can replace `range` when the fix is mechanical ("Labour-led administration" → "council"; a
    /// campaign hashtag → ""), for editors and tools; empty when the fix needs a person's judgement.
    public var replacements: [String]

    /// Creates a finding.
    public init(rule: Rule, severity: Severity, line: Int, column: Int, range: Range<Int>, excerpt: String,
                subject: String, message: String, guidance: String, replacements: [String] = []) {
        self.replacements = replacements
        self.rule = rule
        self.severity = severity
        self.line = line
        self.column = column
        self.range = range
        self.excerpt = excerpt
        self.subject = subject
        self.message = message
        self.guidance = guidance
    }

    /// A finding before positions, severity and guidance are filled in: token range and words only.
    struct Draft: Sendable {
        var rule: Rule
        /// Inclusive token range.
        var first: Int
        var last: Int
        var subject: String
        var message: String
        /// Mechanical fixes for the finding's text, if any.
        var replacements: [String] = []

        /// A draft whose words are only built when `detailed`: a text with hundreds of thousands of findings
        /// keeps the words of the first few thousand of each rule (all that can be listed), so memory stays
        /// proportional to the text rather than to its findings.
        init(rule: Rule, first: Int, last: Int, subject: @autoclosure () -> String, message: @autoclosure () -> String,
             replacements: [String] = [], detailed: Bool = true) {
            self.rule = rule
            self.first = first
            self.last = last
            self.subject = detailed ? subject() : ""
            self.message = detailed ? message() : ""
            self.replacements = replacements
        }
    }
}
