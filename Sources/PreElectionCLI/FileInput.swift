import Foundation

/// Reads the files named on the command line (or standard input for `-`), turning every failure into a
/// `CLIError` that names the path and says how to fix it. Inputs are only ever read, never modified.
public enum FileInput {
    /// Resolves `path` against the run's working directory (absolute paths and `~` are kept).
    public static func resolve(_ path: String, context: RunContext) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/"), let home = context.environment["HOME"] { return home + path.dropFirst(1) }
        return context.currentDirectory + "/" + path
    }

    /// The bytes of `path`, or of standard input for `-`.
    public static func bytes(_ path: String, context: RunContext) throws(CLIError) -> [UInt8] {
        if path == "-" { return context.readStandardInput() }
        let full = resolve(path, context: context)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else {
            throw CLIError("no such file", at: path, hint: "check the path and spelling")
        }
        if isDirectory.boolValue {
            throw CLIError("is a directory, not a file", at: path, hint: "name a file inside it")
        }
        guard let data = FileManager.default.contents(atPath: full) else {
            throw CLIError("cannot be read (permission denied?)", at: path, hint: "check the file's permissions")
        }
        return [UInt8](data)
    }

    /// Whether `path` names an existing file or folder.
    public static func exists(_ path: String, context: RunContext) -> Bool {
        FileManager.default.fileExists(atPath: resolve(path, context: context))
    }

    /// Whether `path` names a directory.
    public static func isDirectory(_ path: String, context: RunContext) -> Bool {
        var isDirectory: ObjCBool = false
        return path != "-" && FileManager.default.fileExists(atPath: resolve(path, context: context), isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Regular files directly or indirectly inside a directory, sorted, hidden files skipped.
    public static func files(inDirectory path: String, context: RunContext) -> [String] {
        let full = resolve(path, context: context)
        guard let enumerator = FileManager.default.enumerator(atPath: full) else { return [] }
        var found: [String] = []
        while let item = enumerator.nextObject() as? String {
            if item.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            var isDirectory: ObjCBool = false
            let itemPath = full + "/" + item
            if FileManager.default.fileExists(atPath: itemPath, isDirectory: &isDirectory), !isDirectory.boolValue {
                found.append(path.hasSuffix("/") ? path + item : path + "/" + item)
            }
        }
        return found.sorted()
    }

    /// Writes `text` to `path` atomically (a temporary file renamed into place), so a reader never sees half a file.
    public static func writeAtomically(_ text: String, to path: String, context: RunContext) throws(CLIError) {
        let url = URL(fileURLWithPath: resolve(path, context: context))
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw CLIError("cannot write the output file", at: path, hint: "check that its folder exists and is writable")
        }
    }
}
