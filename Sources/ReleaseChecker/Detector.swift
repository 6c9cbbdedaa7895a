/// One rule's detector: reads the shared scan, returns its findings (token ranges and words; positions,
/// severity and guidance are added once for all rules), and records what later rules must not report again.
///
/// To add a rule: add its case to `Rule`, write a detector type in its own file, and put it in
/// `ReleaseScanner.detectors` after the rules whose findings it must defer to.
protocol Detector: SendableMetatype {
    /// The rule whose findings this detector produces.
    static var rule: Rule { get }
    /// Findings in `context`; `handOffs` carries what earlier detectors claimed and receives this one's claims.
    static func detect(_ context: ScanContext, _ handOffs: inout HandOffs) -> [Finding.Draft]
}
