import FileFormats

/// How `preelection check` gets text out of Word and HTML releases, with the FileFormats readers (no
/// third-party package): line numbers in the report refer to this extracted text.
extension CheckCommand {
    /// The text of a .docx release (`DOCXText`: one block per Word paragraph, picture descriptions as "Image: …").
    static func docxText(_ bytes: [UInt8], path: String) throws(CLIError) -> String {
        do {
            let text = try DOCXText.extract(bytes)
            if text.allSatisfy({ $0.isWhitespace }) {
                throw CLIError("the Word document has no text", at: path, hint: "check that this is the right file")
            }
            return text
        } catch let error as CLIError {
            throw error
        } catch let failure as DOCXText.Failure {
            throw CLIError(failure.description, at: path, hint: "open it in Word and save it again as a .docx (Word Document), or save it as plain text")
        } catch {
            throw CLIError("cannot be read as a Word document", at: path, hint: "save it again as a .docx, or as plain text")
        }
    }

    /// The text of an HTML release (`HTMLText`: what a browser shows; `<!-- preelection: … -->` comments kept).
    static func htmlText(_ html: String, path: String) throws(CLIError) -> String {
        let text = HTMLText.extract(html)
        if text.allSatisfy({ $0.isWhitespace }) {
            throw CLIError("the page has no visible text", at: path, hint: "check that this is the release's HTML and not an empty template")
        }
        return text
    }
}
