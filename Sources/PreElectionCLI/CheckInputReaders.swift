import FileFormats

/// How `preelection check` gets text out of Word and HTML releases (the FileFormats readers).
extension CheckCommand {
    /// The text of a .docx release.
    static func docxText(_ bytes: [UInt8], path: String) throws(CLIError) -> String {
        throw CLIError("cannot read .docx yet", at: path, hint: "save the document as plain text (File › Save As › Plain Text) and check the .txt")
    }

    /// The text of an HTML release.
    static func htmlText(_ html: String, path: String) throws(CLIError) -> String {
        throw CLIError("cannot read .html yet", at: path, hint: "save the page as plain text and check the .txt")
    }
}
