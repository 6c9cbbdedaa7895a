import XCTest
@testable import FileFormats

final class ZIPArchiveTests: XCTestCase {
    private let release = "Anytown Borough Council will open the new Riverside Library on Monday 30 March 2026.\n"
    private let minutes = String(repeating: "Cabinet agreed the budget for 2026/27. ", count: 400)

    private func sampleArchive() -> TestZIPWriter {
        var writer = TestZIPWriter()
        writer.add("press/", "", method: 0)
        writer.add("press/release.txt", release, method: 0)
        writer.add("press/minutes.txt", minutes, method: 8)
        writer.add("press/Pressemitteilung – Bürgermeister.txt", "Grüße aus Zürich", method: 8)
        return writer
    }

    func testStoredAndDeflatedEntriesRoundTrip() throws {
        let archive = try ZIPArchive(sampleArchive().bytes())
        XCTAssertEqual(archive.entries.map(\.name), ["press/", "press/release.txt", "press/minutes.txt", "press/Pressemitteilung – Bürgermeister.txt"])
        XCTAssertTrue(archive.entries[0].isDirectory)
        XCTAssertEqual(archive.entries[1].method, 0)
        XCTAssertEqual(archive.entries[2].method, 8)
        XCTAssertEqual(archive.entries[2].uncompressedSize, minutes.utf8.count)
        XCTAssertLessThan(archive.entries[2].compressedSize, minutes.utf8.count / 10, "repetitive text deflates well")
        XCTAssertEqual(try archive.contents(of: "press/release.txt"), Array(release.utf8))
        XCTAssertEqual(try archive.contents(of: "press/minutes.txt"), Array(minutes.utf8))
        XCTAssertEqual(String(decoding: try archive.contents(of: "press/Pressemitteilung – Bürgermeister.txt"), as: UTF8.self), "Grüße aus Zürich")
        XCTAssertEqual(try archive.contents(of: "press/"), [])
    }

    func testMissingEntryIsNamed() throws {
        let archive = try ZIPArchive(sampleArchive().bytes())
        XCTAssertThrowsError(try archive.contents(of: "word/document.xml")) { error in
            XCTAssertEqual(error as? ZIPArchive.Failure, .missingEntry("word/document.xml"))
        }
    }

    func testDataDescriptorEntriesUseCentralDirectorySizes() throws {
        // Word and many streaming writers set bit 3 and leave zeros in the local header.
        var writer = TestZIPWriter()
        writer.files.append(.init(name: "word/document.xml", data: Array(minutes.utf8), method: 8, dataDescriptor: true))
        writer.files.append(.init(name: "notes.txt", data: Array(release.utf8), method: 0, dataDescriptor: true))
        let archive = try ZIPArchive(writer.bytes())
        XCTAssertEqual(archive.entries[0].flags & 0x0008, 0x0008)
        XCTAssertEqual(try archive.contents(of: "word/document.xml"), Array(minutes.utf8))
        XCTAssertEqual(try archive.contents(of: "notes.txt"), Array(release.utf8))
    }

    func testZip64RecordsAndExtraFieldsAreRead() throws {
        var writer = sampleArchive()
        writer.zip64 = true
        let bytes = writer.bytes()
        let archive = try ZIPArchive(bytes)
        XCTAssertEqual(archive.entries.count, 4)
        XCTAssertEqual(archive.entries[2].uncompressedSize, minutes.utf8.count)
        XCTAssertEqual(try archive.contents(of: "press/minutes.txt"), Array(minutes.utf8))
        XCTAssertEqual(try archive.contents(of: "press/release.txt"), Array(release.utf8))
    }

    func testLongCommentContainingASignatureStillFindsTheRealRecord() throws {
        var writer = sampleArchive()
        // 65,535 bytes (the maximum), with a fake EOCD signature inside that points nowhere.
        var comment = [UInt8](repeating: 0x2E, count: 0xFFFF)
        comment.replaceSubrange(1000..<1004, with: [0x50, 0x4B, 0x05, 0x06])
        writer.comment = comment
        let archive = try ZIPArchive(writer.bytes())
        XCTAssertEqual(archive.entries.count, 4)
        XCTAssertEqual(try archive.contents(of: "press/release.txt"), Array(release.utf8))
    }

    func testDataPrependedToTheArchiveIsTolerated() throws {
        var writer = sampleArchive()
        writer.prefix = Array("#!/bin/sh\necho self-extracting stub\nexit 0\n".utf8)
        let archive = try ZIPArchive(writer.bytes())
        XCTAssertEqual(try archive.contents(of: "press/minutes.txt"), Array(minutes.utf8))
    }

    func testEmptyArchive() throws {
        let archive = try ZIPArchive(TestZIPWriter().bytes())
        XCTAssertEqual(archive.entries, [])
    }

    func testFilesThatAreNotZipArchives() {
        let cases: [(String, [UInt8])] = [
            ("empty", []),
            ("PDF", Array("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n".utf8) + [UInt8](repeating: 0x20, count: 200)),
            ("text", Array(release.utf8)),
        ]
        for (label, bytes) in cases {
            XCTAssertThrowsError(try ZIPArchive(bytes), label) { error in
                XCTAssertEqual(error as? ZIPArchive.Failure, .notAZipFile, label)
            }
        }
    }

    func testEveryTruncationFailsCleanly() {
        let bytes = sampleArchive().bytes()
        for length in 0..<bytes.count {
            XCTAssertThrowsError(try ZIPArchive(Array(bytes.prefix(length)))) { error in
                let expected: ZIPArchive.Failure = length >= 4 ? .truncated : .notAZipFile
                XCTAssertEqual(error as? ZIPArchive.Failure, expected, "cut to \(length) bytes")
            }
        }
    }

    func testSingleByteDamageNeverCrashesAndNeverYieldsWrongContent() {
        // Every byte of the archive is changed in turn; reading must either fail with a Failure or give
        // back exactly the original content (CRC-32 catches every single-byte change in the data).
        let writer = sampleArchive()
        let bytes = writer.bytes()
        // (A damaged name is not covered by the CRC, so entries are compared by position.)
        let originals = writer.files.map(\.data)
        var failures = 0
        for offset in 0..<bytes.count {
            for replacement: UInt8 in [0x00, 0xFF, bytes[offset] ^ 0x01] where replacement != bytes[offset] {
                var damaged = bytes
                damaged[offset] = replacement
                guard let archive = try? ZIPArchive(damaged) else { failures += 1; continue }
                for (number, entry) in archive.entries.enumerated() {
                    do {
                        let data = try archive.contents(of: entry)
                        XCTAssertEqual(data, number < originals.count ? originals[number] : nil, "byte \(offset) set to \(replacement) changed \(entry.name)")
                    } catch {
                        failures += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(failures, 0)
    }

    func testWrongCRCIsReported() throws {
        var writer = TestZIPWriter()
        writer.files.append(.init(name: "word/document.xml", data: Array(minutes.utf8), crcOverride: 0xDEAD_BEEF))
        let archive = try ZIPArchive(writer.bytes())
        XCTAssertThrowsError(try archive.contents(of: "word/document.xml")) { error in
            XCTAssertEqual(error as? ZIPArchive.Failure, .checksumMismatch(name: "word/document.xml"))
        }
    }

    func testHugeDeclaredSizeIsRefusedBeforeInflating() throws {
        var writer = TestZIPWriter()
        writer.files.append(.init(name: "word/document.xml", data: Array(minutes.utf8), uncompressedSizeOverride: 0xFFFF_FFF0))
        let archive = try ZIPArchive(writer.bytes())
        XCTAssertThrowsError(try archive.contents(of: "word/document.xml")) { error in
            XCTAssertEqual(error as? ZIPArchive.Failure, .entryTooLarge(name: "word/document.xml"))
        }
    }

    func testZipBombThatLiesAboutItsSizeStopsAtTheDeclaredSize() throws {
        // 8 MiB of zeros deflates to about 8 KB; it claims to be 1,000 bytes.
        var writer = TestZIPWriter()
        writer.files.append(.init(name: "word/document.xml", data: [UInt8](repeating: 0, count: 8 << 20), uncompressedSizeOverride: 1000))
        let archive = try ZIPArchive(writer.bytes())
        XCTAssertLessThan(archive.entries[0].compressedSize, 64 << 10)
        XCTAssertThrowsError(try archive.contents(of: "word/document.xml")) { error in
            guard case .corrupt(let message)? = error as? ZIPArchive.Failure else { return XCTFail("\(error)") }
            XCTAssertTrue(message.contains("more than its declared 1000 bytes"), message)
        }
    }

    func testHonestEntryOverTheCapIsRefused() throws {
        var writer = TestZIPWriter()
        writer.files.append(.init(name: "word/document.xml", data: [UInt8](repeating: 0x41, count: 2 << 20)))
        let archive = try ZIPArchive(writer.bytes(), maximumEntrySize: 1 << 20)
        XCTAssertThrowsError(try archive.contents(of: "word/document.xml")) { error in
            XCTAssertEqual(error as? ZIPArchive.Failure, .entryTooLarge(name: "word/document.xml"))
        }
        XCTAssertEqual(try ZIPArchive(writer.bytes()).contents(of: "word/document.xml").count, 2 << 20, "the default cap is 64 MiB")
    }

    func testEncryptedAndUnsupportedEntries() throws {
        var writer = TestZIPWriter()
        writer.files.append(.init(name: "secret.xml", data: Array(release.utf8), method: 0, flags: 0x0801))
        writer.files.append(.init(name: "bzip2.xml", data: Array(release.utf8), method: 12))
        let archive = try ZIPArchive(writer.bytes())
        XCTAssertTrue(archive.entries[0].isEncrypted)
        XCTAssertThrowsError(try archive.contents(of: "secret.xml")) { error in
            XCTAssertEqual(error as? ZIPArchive.Failure, .encrypted(name: "secret.xml"))
        }
        XCTAssertThrowsError(try archive.contents(of: "bzip2.xml")) { error in
            XCTAssertEqual(error as? ZIPArchive.Failure, .unsupportedMethod(12, name: "bzip2.xml"))
        }
    }

    func testLyingEntryCountIsCorruptNotAHugeAllocation() {
        var bytes = sampleArchive().bytes()
        let eocd = bytes.count - 22
        bytes[eocd + 8] = 0xFE; bytes[eocd + 9] = 0xFF
        bytes[eocd + 10] = 0xFE; bytes[eocd + 11] = 0xFF
        XCTAssertThrowsError(try ZIPArchive(bytes)) { error in
            guard case .corrupt? = error as? ZIPArchive.Failure else { return XCTFail("\(error)") }
        }
    }

    func testMultiDiskArchivesAreUnsupported() {
        var bytes = sampleArchive().bytes()
        bytes[bytes.count - 22 + 4] = 1 // this is disk 1
        bytes[bytes.count - 22 + 6] = 1
        XCTAssertThrowsError(try ZIPArchive(bytes)) { error in
            guard case .unsupported? = error as? ZIPArchive.Failure else { return XCTFail("\(error)") }
        }
    }

    func testCodePage437NamesWithoutTheUTF8Flag() {
        // APPNOTE Appendix D: without bit 11 names are CP437; 0x81 is ü, 0xE1 ß, 0x9C £.
        XCTAssertEqual(ZIPArchive.decodeName([0x4D, 0x81, 0x6E, 0x7A, 0x9C, 0xE1], utf8: false), "Münz£ß")
        let all = ZIPArchive.decodeName(ArraySlice((0x80...0xFF).map { UInt8($0) }), utf8: false)
        XCTAssertEqual(all.unicodeScalars.count, 128)
        XCTAssertFalse(all.unicodeScalars.contains("\u{FFFD}"), "every high byte has a CP437 character")
        XCTAssertEqual(all.unicodeScalars.last, "\u{00A0}")
        // Valid UTF-8 without the flag (common from Windows tools) is read as UTF-8.
        XCTAssertEqual(ZIPArchive.decodeName(ArraySlice("Bürger.xml".utf8), utf8: false), "Bürger.xml")
    }

    func testFailureDescriptionsArePlainWords() {
        XCTAssertEqual(ZIPArchive.Failure.encrypted(name: "word/document.xml").description,
                       "word/document.xml is encrypted (password-protected); save an unprotected copy")
        XCTAssertTrue(ZIPArchive.Failure.truncated.description.contains("cut short"))
    }
}
