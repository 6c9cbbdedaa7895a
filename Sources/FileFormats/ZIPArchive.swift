import CZlib

/// A read-only ZIP archive (PKWARE APPNOTE.TXT 6.3.x), enough to open the .docx files councils write.
/// Hostile input is expected: every offset read from the file is checked, so a truncated or crafted
/// archive gives a `Failure`, never a trap, and `contents(of:)` refuses to inflate past a size cap.
public struct ZIPArchive: Sendable {
    /// One file in the archive, as its central directory header (APPNOTE §4.3.12) describes it.
    public struct Entry: Sendable, Equatable {
        /// The path inside the archive, e.g. `word/document.xml` (UTF-8 when flag bit 11 is set, else CP437).
        public var name: String
        /// Bytes of (possibly compressed) data stored in the archive.
        public var compressedSize: Int
        /// Bytes the data has once inflated; checked against what inflation really produces.
        public var uncompressedSize: Int
        /// Compression method (APPNOTE §4.4.5): 0 stored, 8 deflate; anything else is unsupported.
        public var method: UInt16
        /// General purpose bit flag (APPNOTE §4.4.4): bit 0 encrypted, bit 3 data descriptor, bit 11 UTF-8.
        public var flags: UInt16
        /// CRC-32 of the uncompressed data (APPNOTE §4.4.7).
        public var crc32: UInt32
        /// Offset of the entry's local file header from the start of the archive.
        public var localHeaderOffset: Int

        /// Bit 0 of the flags: traditional or strong encryption (APPNOTE §4.4.4); method 99 is WinZip AES.
        public var isEncrypted: Bool { flags & 1 != 0 || method == 99 }
        /// Directory entries are named with a trailing slash (APPNOTE §4.4.17.1).
        public var isDirectory: Bool { name.hasSuffix("/") }
    }

    /// Why an archive or one of its entries cannot be read.
    public enum Failure: Error, Equatable, Sendable {
        /// No End of Central Directory record and no local header signature: not a ZIP file at all.
        case notAZipFile
        /// The file looks like a ZIP file but ends before the data it declares.
        case truncated
        /// The entry uses a compression method other than stored (0) or deflate (8).
        case unsupportedMethod(UInt16, name: String)
        /// A structure is inconsistent (bad signature, sizes that disagree, deflate stream errors).
        case corrupt(String)
        /// The entry would inflate to more than the cap (`maximumEntrySize`): a zip-bomb guard.
        case entryTooLarge(name: String)
        /// The inflated data does not match the CRC-32 recorded in the central directory.
        case checksumMismatch(name: String)
        /// The entry is encrypted (flag bit 0, or AES method 99); we cannot and should not guess a password.
        case encrypted(name: String)
        /// No entry with that name exists in the archive.
        case missingEntry(String)
        /// A ZIP feature this reader deliberately does not handle, e.g. archives split over several disks.
        case unsupported(String)
    }

    /// The default cap on one entry's uncompressed size: 64 MiB is far beyond any press release's XML.
    public static let defaultMaximumEntrySize = 64 << 20

    /// The entries in central directory order.
    public var entries: [Entry]
    /// The cap `contents(of:)` enforces on an entry's declared and actual inflated size.
    public var maximumEntrySize: Int

    private let bytes: [UInt8]
    /// Added to every offset the archive records: non-zero when data was prepended (self-extractors).
    private let baseOffset: Int
    private var index: [String: Int]

    // APPNOTE §4.3.16, §4.3.15, §4.3.14, §4.3.12, §4.3.7.
    private static let eocdSignature: UInt32 = 0x0605_4b50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4b50
    private static let zip64EOCDSignature: UInt32 = 0x0606_4b50
    private static let centralSignature: UInt32 = 0x0201_4b50
    private static let localSignature: UInt32 = 0x0403_4b50

    /// Reads the End of Central Directory record (searched backwards from the end, past a comment of up
    /// to 65,535 bytes, APPNOTE §4.3.16), the ZIP64 records when present (§4.3.14–15), and the central directory.
    public init(_ bytes: [UInt8]) throws(Failure) {
        try self.init(bytes, maximumEntrySize: Self.defaultMaximumEntrySize)
    }

    /// As `init(_:)`, with a different cap on the size of one entry's contents.
    public init(_ bytes: [UInt8], maximumEntrySize: Int) throws(Failure) {
        self.bytes = bytes
        self.maximumEntrySize = maximumEntrySize
        let reader = ByteReader(bytes)
        let looksLikeZip = reader.u32(0) == Self.localSignature || reader.u32(0) == Self.eocdSignature
        guard bytes.count >= 22 else { throw looksLikeZip ? .truncated : .notAZipFile }
        guard let eocd = Self.findEOCD(reader) else { throw looksLikeZip ? .truncated : .notAZipFile }

        // The fixed 22 bytes of the EOCD record are known to be in range (findEOCD checked).
        let diskNumber = Int(reader.u16(eocd + 4) ?? 0)
        let centralDisk = Int(reader.u16(eocd + 6) ?? 0)
        let entriesOnDisk = Int(reader.u16(eocd + 8) ?? 0)
        var totalEntries = Int(reader.u16(eocd + 10) ?? 0)
        var centralSize = Int(reader.u32(eocd + 12) ?? 0)
        var centralOffset = Int(reader.u32(eocd + 16) ?? 0)
        var centralEnd = eocd // where the central directory should end (the record after it starts here)

        let needsZip64 = totalEntries == 0xFFFF || entriesOnDisk == 0xFFFF || centralSize == 0xFFFF_FFFF
            || centralOffset == 0xFFFF_FFFF || diskNumber == 0xFFFF || centralDisk == 0xFFFF
        if eocd >= 20, reader.u32(eocd - 20) == Self.zip64LocatorSignature {
            // ZIP64 end of central directory locator (§4.3.15) and record (§4.3.14).
            guard let recordOffset64 = reader.u64(eocd - 20 + 8), let disks = reader.u32(eocd - 20 + 16) else { throw .truncated }
            guard disks <= 1 else { throw .unsupported("archives split over several disks") }
            guard recordOffset64 <= UInt64(Int.max) else { throw .corrupt("ZIP64 end of central directory offset out of range") }
            var record = Int(recordOffset64)
            if reader.u32(record) != Self.zip64EOCDSignature {
                // With prepended data the recorded offset is short by the prefix; the record sits just
                // before the locator when there is no extensible data (the usual case).
                guard eocd >= 20 + 56, reader.u32(eocd - 20 - 56) == Self.zip64EOCDSignature else {
                    throw .corrupt("ZIP64 end of central directory record not found")
                }
                record = eocd - 20 - 56
            }
            guard let entries64 = reader.u64(record + 32), let size64 = reader.u64(record + 40),
                  let offset64 = reader.u64(record + 48), let disk64 = reader.u32(record + 16),
                  let centralDisk64 = reader.u32(record + 20) else { throw .truncated }
            guard disk64 == 0, centralDisk64 == 0 else { throw .unsupported("archives split over several disks") }
            guard entries64 <= UInt64(bytes.count), size64 <= UInt64(bytes.count), offset64 <= UInt64(bytes.count) else {
                throw .corrupt("ZIP64 central directory larger than the file")
            }
            totalEntries = Int(entries64)
            centralSize = Int(size64)
            centralOffset = Int(offset64)
            centralEnd = record
        } else if needsZip64 {
            throw .corrupt("the end of central directory record needs ZIP64 but there is no ZIP64 locator")
        } else if diskNumber != 0 || centralDisk != 0 || entriesOnDisk != totalEntries {
            throw .unsupported("archives split over several disks")
        }

        // Where the central directory really starts: normally at the recorded offset; with data prepended
        // to the archive (self-extractors) it is at centralEnd - centralSize and every offset is shifted.
        guard centralSize <= centralEnd else { throw .corrupt("central directory larger than the file") }
        let actualStart = centralEnd - centralSize
        let base: Int
        if totalEntries == 0 {
            base = 0
        } else if reader.u32(centralOffset) == Self.centralSignature && centralOffset + centralSize <= centralEnd {
            base = 0
        } else if reader.u32(actualStart) == Self.centralSignature && actualStart > centralOffset {
            base = actualStart - centralOffset
        } else if centralOffset >= bytes.count || actualStart < centralOffset {
            throw .truncated
        } else {
            throw .corrupt("no central directory header at offset \(centralOffset)")
        }
        baseOffset = base
        // Every central header takes at least 46 bytes, so a declared count larger than that is a lie;
        // checking first keeps a hostile count from driving a huge allocation.
        guard totalEntries <= centralSize / 46 else { throw .corrupt("central directory declares \(totalEntries) entries but holds at most \(centralSize / 46)") }

        var list: [Entry] = []
        list.reserveCapacity(totalEntries)
        var position = centralOffset + base
        let limit = centralOffset + base + centralSize
        for number in 0..<totalEntries {
            guard position + 46 <= limit else { throw .corrupt("central directory ends inside entry \(number + 1)") }
            guard reader.u32(position) == Self.centralSignature else { throw .corrupt("bad central directory header signature for entry \(number + 1)") }
            guard let flags = reader.u16(position + 8), let method = reader.u16(position + 10),
                  let crc = reader.u32(position + 16), let compressed32 = reader.u32(position + 20),
                  let uncompressed32 = reader.u32(position + 24), let nameLength = reader.u16(position + 28),
                  let extraLength = reader.u16(position + 30), let commentLength = reader.u16(position + 32),
                  let diskStart = reader.u16(position + 34), let local32 = reader.u32(position + 42) else { throw .truncated }
            let nameStart = position + 46
            let extraStart = nameStart + Int(nameLength)
            let next = extraStart + Int(extraLength) + Int(commentLength)
            guard next <= limit else { throw .corrupt("central directory entry \(number + 1) runs past the directory") }
            let name = Self.decodeName(bytes[nameStart..<extraStart], utf8: flags & 0x0800 != 0)

            // ZIP64 extended information (§4.5.3): present fields follow the order below, each only
            // when the 32-bit header field is 0xFFFFFFFF (0xFFFF for the disk number).
            var compressed = UInt64(compressed32)
            var uncompressed = UInt64(uncompressed32)
            var local = UInt64(local32)
            var disk = UInt32(diskStart)
            if compressed32 == 0xFFFF_FFFF || uncompressed32 == 0xFFFF_FFFF || local32 == 0xFFFF_FFFF || diskStart == 0xFFFF {
                guard let field = Self.extraField(0x0001, in: reader, from: extraStart, to: extraStart + Int(extraLength)) else {
                    throw .corrupt("entry \(name) needs a ZIP64 extra field but has none")
                }
                var at = field.lowerBound
                func take64() throws(Failure) -> UInt64 {
                    guard at + 8 <= field.upperBound, let value = reader.u64(at) else { throw .corrupt("ZIP64 extra field of \(name) is too short") }
                    at += 8
                    return value
                }
                if uncompressed32 == 0xFFFF_FFFF { uncompressed = try take64() }
                if compressed32 == 0xFFFF_FFFF { compressed = try take64() }
                if local32 == 0xFFFF_FFFF { local = try take64() }
                if diskStart == 0xFFFF {
                    guard at + 4 <= field.upperBound, let value = reader.u32(at) else { throw .corrupt("ZIP64 extra field of \(name) is too short") }
                    disk = value
                }
            }
            guard disk == 0 else { throw .unsupported("archives split over several disks") }
            // Sizes beyond the file (compressed) or beyond Int (uncompressed) are kept representable;
            // contents(of:) rejects them with a precise failure.
            let fileSize = UInt64(bytes.count)
            list.append(Entry(
                name: name,
                compressedSize: Int(min(compressed, fileSize + 1)),
                uncompressedSize: Int(min(uncompressed, UInt64(Int.max))),
                method: method, flags: flags, crc32: crc,
                localHeaderOffset: Int(min(local, fileSize + 1))))
            position = next
        }
        entries = list
        var index: [String: Int] = [:]
        index.reserveCapacity(list.count)
        for (number, entry) in list.enumerated() where index[entry.name] == nil { index[entry.name] = number }
        self.index = index
    }

    /// The entry with this exact name (the first one, should a crafted archive repeat a name).
    public func entry(named name: String) -> Entry? {
        index[name].map { entries[$0] }
    }

    /// The uncompressed bytes of the named entry: stored, or raw deflate inflated with zlib
    /// (`inflateInit2` with -MAX_WBITS, APPNOTE §4.4.5), then checked against the CRC-32 and declared size.
    public func contents(of name: String) throws(Failure) -> [UInt8] {
        guard let entry = entry(named: name) else { throw .missingEntry(name) }
        return try contents(of: entry)
    }

    /// The uncompressed bytes of `entry` (which must come from `entries`), with the same checks as `contents(of:)`.
    public func contents(of entry: Entry) throws(Failure) -> [UInt8] {
        let name = entry.name
        if entry.isEncrypted { throw .encrypted(name: name) }
        guard entry.method == 0 || entry.method == 8 else { throw .unsupportedMethod(entry.method, name: name) }
        guard entry.uncompressedSize <= maximumEntrySize else { throw .entryTooLarge(name: name) }
        guard entry.compressedSize >= 0, entry.uncompressedSize >= 0, entry.localHeaderOffset >= 0 else {
            throw .corrupt("negative size or offset for \(name)")
        }

        // Local file header (§4.3.7): only its variable lengths are used; the sizes and CRC come from
        // the central directory because with a data descriptor (flag bit 3) the local copies are zero.
        let reader = ByteReader(bytes)
        let header = entry.localHeaderOffset + baseOffset
        guard header <= bytes.count - 30 else { throw .truncated }
        guard reader.u32(header) == Self.localSignature else { throw .corrupt("bad local header signature for \(name)") }
        guard let nameLength = reader.u16(header + 26), let extraLength = reader.u16(header + 28) else { throw .truncated }
        let dataStart = header + 30 + Int(nameLength) + Int(extraLength)
        guard entry.compressedSize <= bytes.count, dataStart <= bytes.count - entry.compressedSize else { throw .truncated }
        let data = bytes[dataStart..<(dataStart + entry.compressedSize)]

        let output: [UInt8]
        if entry.method == 0 {
            guard entry.compressedSize == entry.uncompressedSize else {
                throw .corrupt("stored entry \(name) has compressed size \(entry.compressedSize) but uncompressed size \(entry.uncompressedSize)")
            }
            output = Array(data)
        } else {
            output = try Self.inflate(data, expected: entry.uncompressedSize, name: name)
        }
        let crc = output.withUnsafeBufferPointer { buffer -> UInt32 in
            UInt32(truncatingIfNeeded: CZlib.crc32(0, buffer.baseAddress, UInt32(buffer.count)))
        }
        guard crc == entry.crc32 else { throw .checksumMismatch(name: name) }
        return output
    }

    /// Inflates raw deflate data into exactly `expected` bytes; a stream that would produce more is refused
    /// (the declared size is what the zip-bomb cap was checked against), one that produces less is corrupt.
    private static func inflate(_ data: ArraySlice<UInt8>, expected: Int, name: String) throws(Failure) -> [UInt8] {
        guard data.count < Int(UInt32.max), expected < Int(UInt32.max) else { throw .entryTooLarge(name: name) }
        // One spare byte shows whether the stream holds more than it declared.
        var output = [UInt8](repeating: 0, count: expected + 1)
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corrupt("zlib could not start inflating \(name)")
        }
        defer { inflateEnd(&stream) }
        let status: Int32 = data.withUnsafeBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                // zlib never writes through next_in; the mutable pointer is only what its C type asks for.
                stream.next_in = UnsafeMutablePointer(mutating: inBuffer.baseAddress)
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                return CZlib.inflate(&stream, Z_FINISH)
            }
        }
        let produced = Int(stream.total_out)
        switch status {
        case Z_STREAM_END:
            guard produced == expected else {
                throw produced > expected
                    ? .corrupt("\(name) inflates to more than its declared \(expected) bytes")
                    : .corrupt("\(name) inflates to \(produced) bytes but declares \(expected)")
            }
        case Z_OK, Z_BUF_ERROR:
            throw stream.avail_out == 0
                ? .corrupt("\(name) inflates to more than its declared \(expected) bytes")
                : .corrupt("the deflate data of \(name) ends early")
        case Z_MEM_ERROR:
            throw .corrupt("not enough memory to inflate \(name)")
        default:
            throw .corrupt("the deflate data of \(name) is damaged (zlib status \(status))")
        }
        output.removeLast() // safe: count is expected + 1 >= 1
        return output
    }

    /// Searches backwards for the EOCD signature; prefers a record whose comment ends exactly at the end
    /// of the file (a comment may itself contain the signature bytes), else the last plausible one.
    private static func findEOCD(_ reader: ByteReader) -> Int? {
        let count = reader.bytes.count
        let lowest = max(0, count - 22 - 0xFFFF)
        var fallback: Int?
        var at = count - 22
        while at >= lowest {
            if reader.bytes[at] == 0x50, reader.u32(at) == eocdSignature, let comment = reader.u16(at + 20) {
                let end = at + 22 + Int(comment)
                if end == count { return at }
                if end <= count && fallback == nil { fallback = at }
            }
            at -= 1
        }
        return fallback
    }

    /// The data of the extra field with `id` (§4.5.1: a sequence of id, size, data) in `start..<end`.
    private static func extraField(_ id: UInt16, in reader: ByteReader, from start: Int, to end: Int) -> Range<Int>? {
        var at = start
        while at + 4 <= end, let fieldID = reader.u16(at), let size = reader.u16(at + 2) {
            let dataEnd = at + 4 + Int(size)
            guard dataEnd <= end else { return nil }
            if fieldID == id { return (at + 4)..<dataEnd }
            at = dataEnd
        }
        return nil
    }

    /// File names are UTF-8 when bit 11 is set (Appendix D.2), else IBM code page 437 (Appendix D.1) —
    /// but many tools write UTF-8 without the flag, so valid UTF-8 is read as UTF-8 either way.
    static func decodeName(_ raw: ArraySlice<UInt8>, utf8: Bool) -> String {
        if raw.allSatisfy({ $0 < 0x80 }) || utf8 { return String(decoding: raw, as: UTF8.self) }
        if let text = String(validating: raw, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        for byte in raw {
            let high = Int(byte) - 0x80
            scalars.append(high < 0 ? Unicode.Scalar(byte) : high < cp437High.count ? cp437High[high] : "\u{FFFD}")
        }
        return String(scalars)
    }

    /// IBM code page 437, bytes 0x80–0xFF.
    private static let cp437High: [Unicode.Scalar] = Array(
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{00A0}".unicodeScalars)
}

/// Little-endian reads that return nil instead of trapping when the bytes are not there.
private struct ByteReader {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func u16(_ at: Int) -> UInt16? {
        guard at >= 0, at <= bytes.count - 2 else { return nil }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    func u32(_ at: Int) -> UInt32? {
        guard at >= 0, at <= bytes.count - 4 else { return nil }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }

    func u64(_ at: Int) -> UInt64? {
        guard let low = u32(at), let high = u32(at + 4) else { return nil }
        return UInt64(low) | UInt64(high) << 32
    }
}

extension ZIPArchive.Failure: CustomStringConvertible {
    /// A plain sentence for a person, e.g. for the CLI's one-line error.
    public var description: String {
        switch self {
        case .notAZipFile: return "not a ZIP archive"
        case .truncated: return "the ZIP archive is cut short (an incomplete download or copy?)"
        case .unsupportedMethod(let method, let name): return "\(name) uses ZIP compression method \(method); only stored and deflate are supported"
        case .corrupt(let what): return "the ZIP archive is damaged: \(what)"
        case .entryTooLarge(let name): return "\(name) is too large to unpack safely"
        case .checksumMismatch(let name): return "\(name) fails its CRC-32 check: the archive is damaged"
        case .encrypted(let name): return "\(name) is encrypted (password-protected); save an unprotected copy"
        case .missingEntry(let name): return "the archive has no \(name)"
        case .unsupported(let what): return "unsupported ZIP feature: \(what)"
        }
    }
}
