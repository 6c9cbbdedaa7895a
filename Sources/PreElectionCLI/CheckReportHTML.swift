import ReleaseChecker

/// The HTML report of `preelection check` (filled in below).
enum CheckReportHTML {
    static func render(_ files: [CheckCommand.CheckedFile], council: String?) -> String { "" }
}
