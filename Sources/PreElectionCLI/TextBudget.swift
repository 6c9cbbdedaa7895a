import Foundation

/// How much release text one `check` run may hold, shared by the parallel readers. Every file's text stays in
/// memory until the report is written (excerpts, the HTML report), so without a budget a folder of Word files
/// that each inflate to tens of megabytes would exhaust the machine instead of failing with a message.
final class TextBudget: @unchecked Sendable {
    /// The most text one release may have: 16 MiB, over ten times a 300-page document's text.
    static let perFile = 16 << 20
    /// The most text one run may hold in all: 256 MiB; a larger folder is checked in parts.
    static let perRun = 256 << 20
    /// The largest web page read: 32 MiB of HTML, far above any council's news page (its text is laid out with a map
    /// back to the page, about 16 bytes per byte of HTML).
    static let perWebPage = 32 << 20

    private let lock = NSLock()
    private var remaining: Int
    private var refused = false

    /// A budget of `total` bytes of text (the run's limit unless a test gives another).
    init(total: Int = TextBudget.perRun) { remaining = total }

    /// Takes `bytes` from the budget, or returns false (taking nothing) when they would exceed it.
    func take(_ bytes: Int) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard bytes <= remaining else { refused = true; return false }
        remaining -= bytes
        return true
    }

    /// Whether a file has already been refused, so the readers can stop reading the rest.
    var isSpent: Bool {
        lock.lock()
        defer { lock.unlock() }
        return refused
    }

    /// The error for a release with more text than one file may have.
    static func tooLongError(_ bytes: Int, path: String) -> CLIError {
        CLIError("holds \(bytes >> 20) MB of text, more than the \(perFile >> 20) MB a release can have", at: path,
                 hint: "split it into smaller files, or check only the part that will be published")
    }

    /// The error for a web page larger than one page may be.
    static func pageTooLargeError(_ bytes: Int, path: String) -> CLIError {
        CLIError("is a web page of \(bytes >> 20) MB, more than the \(perWebPage >> 20) MB of HTML a release page can have", at: path,
                 hint: "save the page's text (or copy the release into a .txt file) and check that instead")
    }

    /// The error for a run whose files hold more text in all than the run may.
    static func runTooLargeError(at path: String) -> CLIError {
        CLIError("the files checked hold more than \(perRun >> 20) MB of text in all (reached at this file)", at: path,
                 hint: "check the folder in smaller parts")
    }
}
