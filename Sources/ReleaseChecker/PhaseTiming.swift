import Foundation
/// TEMPORARY: phase timings for tuning (to be removed).
public enum PhaseTiming {
    public static func run(text: String, options: CheckOptions) -> [(String, Double)] {
        var out: [(String, Double)] = []
        func t<T>(_ name: String, _ body: () -> T) -> T {
            let s = DispatchTime.now().uptimeNanoseconds
            let r = body()
            out.append((name, Double(DispatchTime.now().uptimeNanoseconds - s) / 1e6))
            return r
        }
        let bytes = t("utf8") { Array(text.utf8) }
        let (_, masked, _) = t("suppress") { Suppression.extract(from: bytes) }
        let scanner = t("scan") { TextScanner(bytes: masked) }
        let classes = t("classify") { Lexicon.classify(scanner) }
        _ = t("notices") { StatutoryNotice.find(in: scanner) }
        let mentions = t("mentions") { PersonMentions.find(scanner, classes: classes, people: options.people) }
        _ = t("quotes") { QuoteFinder.find(scanner, classes: classes, mentions: mentions) }
        _ = t("captions") { PhotoCaption.find(scanner, classes: classes) }
        _ = t("total") { ReleaseChecker.check(text: text, options: options) }
        return out
    }
}
