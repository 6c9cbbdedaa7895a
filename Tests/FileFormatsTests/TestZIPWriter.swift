import CZlib

/// A tiny ZIP writer used only by the tests (APPNOTE.TXT layout), so test archives are built from source
/// instead of binary blobs, and can be bent in the ways hostile files are (wrong CRC, lying sizes, …).
struct TestZIPWriter {
    struct File {
        var name: String
        var data: [UInt8]
        /// 0 stored, 8 deflate, anything else is written as-is (stored bytes) to test unsupported methods.
        var method: UInt16 = 8
        var flags: UInt16 = 0x0800
        /// Write sizes and CRC in a data descriptor after the data, zeros in the local header (flag bit 3).
        var dataDescriptor = false
        var crcOverride: UInt32?
        var uncompressedSizeOverride: UInt32?
    }

    var files: [File] = []
    var comment: [UInt8] = []
    /// Write ZIP64 extra fields and the ZIP64 end of central directory records (APPNOTE §4.3.14–4.3.15).
    var zip64 = false
    /// Bytes put before the archive without adjusting its offsets (as self-extractors do).
    var prefix: [UInt8] = []

    mutating func add(_ name: String, _ text: String, method: UInt16 = 8) {
        files.append(File(name: name, data: Array(text.utf8), method: method))
    }

    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for file in files {
            let offset = out.count
            let crc = file.crcOverride ?? Self.crc32(file.data)
            let payload = file.method == 8 ? Self.deflate(file.data) : file.data
            let size = file.uncompressedSizeOverride ?? UInt32(file.data.count)
            let flags = file.flags | (file.dataDescriptor ? 0x0008 : 0)
            let name = Array(file.name.utf8)
            // Local file header (§4.3.7).
            out.u32(0x0403_4b50); out.u16(zip64 ? 45 : 20); out.u16(flags); out.u16(file.method)
            out.u16(0x6000); out.u16(0x5CA7) // 12:00, 7 May 2026
            if file.dataDescriptor {
                out.u32(0); out.u32(0); out.u32(0)
            } else {
                out.u32(crc); out.u32(UInt32(payload.count)); out.u32(size)
            }
            out.u16(UInt16(name.count)); out.u16(0)
            out += name
            out += payload
            if file.dataDescriptor {
                out.u32(0x0807_4b50); out.u32(crc); out.u32(UInt32(payload.count)); out.u32(size)
            }
            // Central directory header (§4.3.12).
            var extra: [UInt8] = []
            if zip64 {
                extra.u16(0x0001); extra.u16(24)
                extra.u64(UInt64(size)); extra.u64(UInt64(payload.count)); extra.u64(UInt64(offset))
            }
            central.u32(0x0201_4b50); central.u16(0x031E); central.u16(zip64 ? 45 : 20); central.u16(flags); central.u16(file.method)
            central.u16(0x6000); central.u16(0x5CA7)
            central.u32(crc)
            central.u32(zip64 ? 0xFFFF_FFFF : UInt32(payload.count))
            central.u32(zip64 ? 0xFFFF_FFFF : size)
            central.u16(UInt16(name.count)); central.u16(UInt16(extra.count)); central.u16(0)
            central.u16(0); central.u16(0); central.u32(0)
            central.u32(zip64 ? 0xFFFF_FFFF : UInt32(offset))
            central += name
            central += extra
        }
        let centralOffset = out.count
        out += central
        if zip64 {
            let recordOffset = out.count
            out.u32(0x0606_4b50); out.u64(44); out.u16(45); out.u16(45); out.u32(0); out.u32(0)
            out.u64(UInt64(files.count)); out.u64(UInt64(files.count))
            out.u64(UInt64(central.count)); out.u64(UInt64(centralOffset))
            out.u32(0x0706_4b50); out.u32(0); out.u64(UInt64(recordOffset)); out.u32(1)
        }
        out.u32(0x0605_4b50); out.u16(0); out.u16(0)
        out.u16(zip64 ? 0xFFFF : UInt16(files.count)); out.u16(zip64 ? 0xFFFF : UInt16(files.count))
        out.u32(zip64 ? 0xFFFF_FFFF : UInt32(central.count)); out.u32(zip64 ? 0xFFFF_FFFF : UInt32(centralOffset))
        out.u16(UInt16(comment.count))
        out += comment
        return prefix + out
    }

    static func crc32(_ data: [UInt8]) -> UInt32 {
        data.withUnsafeBufferPointer { UInt32(truncatingIfNeeded: CZlib.crc32(0, $0.baseAddress, UInt32($0.count))) }
    }

    /// Raw deflate (no zlib header), as ZIP method 8 stores it.
    static func deflate(_ data: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return [] }
        defer { deflateEnd(&stream) }
        var input = data
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))) + 16)
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                stream.next_in = inBuffer.baseAddress
                stream.avail_in = UInt32(inBuffer.count)
                stream.next_out = outBuffer.baseAddress
                stream.avail_out = UInt32(outBuffer.count)
                _ = CZlib.deflate(&stream, Z_FINISH)
                return Int(stream.total_out)
            }
        }
        return Array(output.prefix(produced))
    }
}

extension Array where Element == UInt8 {
    mutating func u16(_ value: UInt16) { append(UInt8(value & 0xFF)); append(UInt8(value >> 8)) }
    mutating func u32(_ value: UInt32) { u16(UInt16(value & 0xFFFF)); u16(UInt16(value >> 16)) }
    mutating func u64(_ value: UInt64) { u32(UInt32(value & 0xFFFF_FFFF)); u32(UInt32(value >> 32)) }
}
