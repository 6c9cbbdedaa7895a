import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the files named on the command line (or standard input for `-`) and writes `--output`, turning every
/// failure into a `CLIError` that names the path and says how to fix it. Inputs are only ever read, never
/// modified; every read is bounded by `sizeLimit`, so a device that never ends (`/dev/zero`) is an error, not
/// a run that eats the machine's memory.
public enum FileInput {
    /// The most bytes read from one input (file, pipe, device or standard input): 128 MiB, far above any
    /// press release, Word document or council calendar.
    public static let sizeLimit = 128 * 1024 * 1024

    /// The size in bytes of the regular file at `path`; 0 for standard input, pipes, devices and anything that
    /// cannot be examined. Used only to decide which inputs to read one at a time, never to read them.
    public static func size(of path: String, context: RunContext) -> Int {
        guard path != "-" else { return 0 }
        var info = stat()
        guard stat(resolve(path, context: context), &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return 0 }
        return Int(info.st_size)
    }

    /// Resolves `path` against the run's working directory (absolute paths and `~` are kept).
    public static func resolve(_ path: String, context: RunContext) -> String {
        if path.hasPrefix("/") { return path }
        if path.hasPrefix("~/"), let home = context.environment["HOME"] { return home + path.dropFirst(1) }
        return context.currentDirectory + "/" + path
    }

    /// The bytes of `path`, or of standard input for `-`. Pipes, FIFOs and process substitutions are read
    /// like files; folders, disks and sockets are refused with a message that says which they are.
    public static func bytes(_ path: String, context: RunContext) throws(CLIError) -> [UInt8] {
        if path == "-" { return try context.readStandardInput() }
        let full = resolve(path, context: context)
        // Opened first and examined with fstat(2), so an ordinary file costs one path lookup, not two (a
        // folder of 2,000 releases). Opening never blocks: a FIFO without a writer is waited for below.
        let descriptor = open(full, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw openFailure(errno, full: full, at: path) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw CLIError("cannot be read (\(describe(errno)))", at: path, hint: "name a file instead") }
        try requireReadableKind(info, at: path)
        let kind = info.st_mode & S_IFMT
        if kind == S_IFIFO {
            try awaitWriter(descriptor, at: path)
        } else if kind != S_IFREG {
            // A device reads as it would have without O_NONBLOCK.
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        }
        return try read(descriptor: descriptor, location: path, known: info)
    }

    /// The error for a path that could not be opened, worded as before the open: a missing path, a folder
    /// without search permission or a socket is named by `stat(2)`, an unreadable file by the open's error.
    static func openFailure(_ code: Int32, full: String, at path: String) -> CLIError {
        var info = stat()
        guard stat(full, &info) == 0 else { return pathError(errno, at: path) }
        do throws(CLIError) { try requireReadableKind(info, at: path) } catch { return error }
        return openError(code, at: path)
    }

    /// How long a FIFO may stay without a writer before it is an input error rather than a hang.
    public static let fifoWriterWaitSeconds: Int32 = 5

    /// Waits until a program writes to (or opens and closes) the FIFO; until then a read would see end of file.
    static func awaitWriter(_ descriptor: Int32, at location: String) throws(CLIError) {
        var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        var ready: Int32 = -1
        repeat { ready = poll(&waiting, 1, fifoWriterWaitSeconds * 1000) } while ready < 0 && errno == EINTR
        guard ready > 0 else {
            throw CLIError("is a FIFO (named pipe) that no program is writing to (waited \(fifoWriterWaitSeconds) seconds)",
                           at: location, hint: "start the program that writes to it first, or name an ordinary file")
        }
    }

    /// Reads everything from an open descriptor in a bounded loop (no Foundation whole-handle read, which
    /// traps on a closed or unreadable descriptor): at most `limit` bytes, else an input error.
    public static func read(descriptor: Int32, location: String, limit: Int = sizeLimit) throws(CLIError) -> [UInt8] {
        try read(descriptor: descriptor, location: location, limit: limit, known: nil)
    }

    /// `read(descriptor:location:limit:)` with the descriptor's `fstat` already done when `known` is given.
    static func read(descriptor: Int32, location: String, limit: Int = sizeLimit, known: stat?) throws(CLIError) -> [UInt8] {
        var info = known ?? stat()
        if known == nil {
            guard fstat(descriptor, &info) == 0 else {
                if errno == EBADF {
                    throw CLIError("is closed", at: location, hint: "give the text on standard input (e.g. '< release.txt') or name a file")
                }
                throw CLIError("cannot be read (\(describe(errno)))", at: location, hint: "name a file instead")
            }
            try requireReadableKind(info, at: location)
        }
        let isRegular = info.st_mode & S_IFMT == S_IFREG
        if isRegular, Int(info.st_size) > limit { throw tooLarge(at: location, limit: limit, device: false) }
        var bytes: [UInt8] = []
        if isRegular {
            // An ordinary file is read straight into the array, asking for one byte more than its size: getting
            // exactly its size back is its end, so a small release costs one read(2) and no bounce buffer.
            let size = Int(info.st_size)
            var complete = false
            bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
                count = 0
                guard let base = buffer.baseAddress else { return }
                while count < buffer.count {
                    let got = systemRead(descriptor, base + count, buffer.count - count)
                    if got < 0 && errno == EINTR { continue }
                    if got <= 0 { complete = got == 0; return }  // an error is met again, and reported, below
                    count += got
                    if count == size { complete = true; return }
                }
            }
            if complete { return bytes }
            if bytes.count > limit { throw tooLarge(at: location, limit: limit, device: false) }
        }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, chunk) }
            if count == 0 { break }
            if count < 0 {
                let code = errno
                if code == EINTR { continue }
                if code == EAGAIN || code == EWOULDBLOCK {
                    var waiting = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                    _ = poll(&waiting, 1, -1)
                    continue
                }
                if code == EISDIR { throw CLIError("is a folder, not a file", at: location, hint: "name a file inside it") }
                throw CLIError("cannot be read (\(describe(code)))", at: location, hint: "check that it is a readable file")
            }
            if bytes.count + count > limit {
                throw tooLarge(at: location, limit: limit, device: info.st_mode & S_IFMT == S_IFCHR)
            }
            bytes.append(contentsOf: buffer[0..<count])
        }
        return bytes
    }

    /// Whether `path` names an existing file or folder.
    public static func exists(_ path: String, context: RunContext) -> Bool {
        var info = stat()
        return stat(resolve(path, context: context), &info) == 0
    }

    /// Whether `path` names a directory.
    public static func isDirectory(_ path: String, context: RunContext) -> Bool {
        var info = stat()
        return path != "-" && stat(resolve(path, context: context), &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// Regular files directly or indirectly inside a directory, sorted, hidden files skipped. A subfolder that
    /// cannot be read is an input error: skipping it would report "no findings" for files never checked.
    public static func files(inDirectory path: String, context: RunContext) throws(CLIError) -> [String] {
        var found: [String] = []
        let shown = path.hasSuffix("/") ? String(path.dropLast()) : path
        try walk(resolve(path, context: context), shown: shown, into: &found, depth: 0)
        return found.sorted()
    }

    static func walk(_ full: String, shown: String, into found: inout [String], depth: Int) throws(CLIError) {
        guard depth < 64 else {
            throw CLIError("folders are nested more than 64 deep", at: shown, hint: "name a folder nearer the files")
        }
        guard let directory = opendir(full) else {
            let code = errno
            throw CLIError("folder cannot be read (\(describe(code)))", at: shown,
                           hint: code == EACCES ? "check its permissions (ls -ld), or leave it out of the folder you check" : "check the folder")
        }
        defer { closedir(directory) }
        var entries: [(name: String, type: UInt8)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }
            entries.append((name, entry.pointee.d_type))
        }
        entries.sort { $0.name < $1.name }
        for (name, type) in entries {
            let childShown = shown + "/" + name
            // The full path is only needed to look further than readdir(3) did.
            var childFull: String { full + "/" + name }
            // The entry's type from readdir(3) spares an lstat(2) per file; file systems that do not give
            // it (DT_UNKNOWN) are asked.
            let mode: mode_t
            switch Int32(type) {
            case Int32(DT_REG): mode = S_IFREG
            case Int32(DT_DIR): mode = S_IFDIR
            case Int32(DT_LNK): mode = S_IFLNK
            default:
                var info = stat()
                guard lstat(childFull, &info) == 0 else { continue }
                mode = info.st_mode & S_IFMT
            }
            var info = stat()
            switch mode {
            case S_IFDIR:
                try walk(childFull, shown: childShown, into: &found, depth: depth + 1)
            case S_IFREG:
                found.append(childShown)
            case S_IFLNK:
                // A link to a file is read; a link to a folder is not followed (it could loop).
                if stat(childFull, &info) == 0, info.st_mode & S_IFMT == S_IFREG { found.append(childShown) }
            default:
                continue  // Pipes, devices and sockets inside a folder are not releases.
            }
        }
    }

    /// Writes `text` to `--output`. A device, pipe or FIFO is written into (never replaced); a regular file
    /// (or the file a symbolic link points to) is replaced atomically — a temporary file in the same folder,
    /// given the old file's permissions, renamed over it — so a reader never sees half a report. An output
    /// that is one of the run's `inputs` is refused: the report must never overwrite the draft it reports on.
    public static func writeOutput(_ text: String, to path: String, inputs: [String] = [], context: RunContext) throws(CLIError) {
        let full = resolve(path, context: context)
        var info = stat()
        let exists = stat(full, &info) == 0
        if exists {
            for input in inputs where input != "-" {
                var inputInfo = stat()
                if stat(resolve(input, context: context), &inputInfo) == 0, inputInfo.st_dev == info.st_dev, inputInfo.st_ino == info.st_ino {
                    throw CLIError("is also an input; writing the report there would destroy it", at: path,
                                   hint: "choose another --output file, e.g. report.\(path.hasSuffix(".html") ? "html" : "txt") in another folder")
                }
            }
        }
        if exists && info.st_mode & S_IFMT != S_IFREG {
            guard info.st_mode & S_IFMT != S_IFDIR else {
                throw CLIError("is a folder", at: path, hint: "name a file to write the report to, e.g. \(path.hasSuffix("/") ? path : path + "/")report.txt")
            }
            let descriptor = open(full, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw writeError(errno, at: path) }
            defer { close(descriptor) }
            try writeAll(text, to: descriptor, location: path)
            return
        }
        // Replace the file itself, not a symbolic link to it (a link to a file not yet made: make that file).
        let target = exists ? (realPath(full) ?? full) : (linkTarget(full) ?? full)
        let folder = target.lastIndex(of: "/").map { String(target[..<$0]) } ?? "."
        let name = target.lastIndex(of: "/").map { String(target[target.index(after: $0)...]) } ?? target
        let prefix = folder.isEmpty ? "/" : folder + "/"
        var template = Array((prefix + ".\(name).preelection-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }  // safe: the buffer is never empty
        guard descriptor >= 0 else {
            throw CLIError("cannot write the output file (\(describe(errno)))", at: path, hint: "check that its folder exists and is writable")
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var keep = false
        defer {
            close(descriptor)
            if !keep { unlink(temporary) }
        }
        let mode: mode_t
        if exists {
            mode = info.st_mode & 0o7777
        } else {
            let mask = umask(0o022)
            umask(mask)
            mode = 0o666 & ~mask
        }
        fchmod(descriptor, mode)
        try writeAll(text, to: descriptor, location: path)
        guard fsync(descriptor) == 0 || errno == EINVAL else { throw writeError(errno, at: path) }
        guard rename(temporary, target) == 0 else { throw writeError(errno, at: path) }
        keep = true
    }

    /// Writes every byte to `descriptor`, retrying short writes; a failure (disk full, closed pipe) is an input error.
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32, location: String) throws(CLIError) {
        let code: Int32? = bytes.withUnsafeBytes { writeAll($0, to: descriptor) }
        if let code { throw writeError(code, at: location) }
    }

    /// Writes a string straight from its UTF-8 storage (a large report is not copied again on its way out).
    public static func writeAll(_ text: String, to descriptor: Int32, location: String) throws(CLIError) {
        var text = text
        let code: Int32? = text.withUTF8 { writeAll(UnsafeRawBufferPointer($0), to: descriptor) }
        if let code { throw writeError(code, at: location) }
    }

    /// The error number of a failed write, or nil when every byte was written.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard let base = buffer.baseAddress else { return nil }
        var offset = 0
        while offset < buffer.count {
            let written = write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    /// Where a dangling symbolic link points (resolved against the link's folder), or nil when `path` is no link.
    static func linkTarget(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if text.hasPrefix("/") { return text }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        return folder + "/" + text
    }

    /// The canonical path with every symbolic link resolved, or nil when it cannot be resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Folders, disks and sockets are not text to read.
    static func requireReadableKind(_ info: stat, at location: String) throws(CLIError) {
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw CLIError("is a folder, not a file", at: location, hint: location == "standard input" ? "redirect a file, not a folder, into preelection" : "name a file inside it")
        case S_IFBLK: throw CLIError("is a disk device, not a file", at: location, hint: "name a file")
        case S_IFSOCK: throw CLIError("is a socket, not a file", at: location, hint: "name a file, or pipe the text into standard input")
        default: return
        }
    }

    static func tooLarge(at location: String, limit: Int, device: Bool) -> CLIError {
        CLIError(device ? "is a device that gave more than \(limit / 1_048_576) MB without ending" : "is larger than \(limit / 1_048_576) MB, the most preelection reads from one input",
                 at: location, hint: device ? "name a file, not a device" : "split it into smaller files")
    }

    static func pathError(_ code: Int32, at path: String) -> CLIError {
        switch code {
        case ENOENT: return CLIError("no such file", at: path, hint: "check the path and spelling")
        case ENOTDIR: return CLIError("no such file (part of the path is not a folder)", at: path, hint: "check the path")
        case EACCES: return CLIError("cannot be reached (permission denied on a folder in its path)", at: path, hint: "check the folders' permissions")
        case ELOOP: return CLIError("is a loop of symbolic links", at: path, hint: "name the file itself")
        default: return CLIError("cannot be opened (\(describe(code)))", at: path, hint: "check the path")
        }
    }

    static func openError(_ code: Int32, at path: String) -> CLIError {
        switch code {
        case EACCES, EPERM: return CLIError("cannot be read: permission denied", at: path, hint: "check the file's permissions (ls -l)")
        case ENXIO: return CLIError("is a device or socket with nothing behind it", at: path, hint: "name a file")
        default: return CLIError("cannot be opened (\(describe(code)))", at: path, hint: "check that it is a readable file")
        }
    }

    static func writeError(_ code: Int32, at location: String) -> CLIError {
        switch code {
        case ENOSPC: return CLIError("cannot be written: no space left on the device", at: location, hint: "free some space or write somewhere else")
        case EACCES, EPERM, EROFS: return CLIError("cannot be written: permission denied", at: location, hint: "write the report to a folder you can write to")
        default: return CLIError("cannot be written (\(describe(code)))", at: location, hint: "check that its folder exists and is writable")
        }
    }

    /// The system's words for an error number, e.g. "No space left on device".
    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// The C library's `read(2)` (inside `FileInput` the name `read` is its own function).
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
