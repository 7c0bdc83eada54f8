import Testing

@testable import QualKit

@Suite struct ZipArchiveTests {
  @Test("Stored, deflated and folder entries made by Python zipfile are listed and read")
  func readsBasicArchive() throws {
    let archive = try ZipArchive(bytes: ZipFixtures.bytes("basic.zip"))
    #expect(
      archive.entries.map(\.path) == [
        "stored.txt", "deflated.txt", "folder/", "folder/nested.xml",
      ])
    #expect(archive.entries.map(\.method) == [.stored, .deflate, .stored, .deflate])
    #expect(archive.entries.map(\.isDirectory) == [false, false, true, false])
    let danish = try ZipFixtures.bytes("danish.txt")
    let deflated = try #require(archive.entry(for: "deflated.txt"))
    #expect(deflated.uncompressedSize == danish.count)
    #expect(deflated.compressedSize < danish.count)
    #expect(deflated.crc32 == CRC32.checksum(danish))
    #expect(try archive.data(for: "stored.txt") == Array("Hello, stored world!\n".utf8))
    #expect(try archive.data(for: "deflated.txt") == danish)
    #expect(try archive.data(for: "folder/") == [])
    let xml = Array(String(repeating: "<a><b/></a>\n", count: 50).utf8)
    #expect(try archive.data(for: "folder/nested.xml") == xml)
  }

  @Test("Entries written with data descriptors take sizes and CRC from the central directory")
  func readsDataDescriptorEntries() throws {
    let archive = try ZipArchive(bytes: ZipFixtures.bytes("descriptor.zip"))
    #expect(archive.entries.map(\.path) == ["word/document.xml", "notes.txt"])
    #expect(archive.entries.allSatisfy { $0.flags & 0x08 != 0 })
    #expect(try archive.data(for: "word/document.xml") == ZipFixtures.bytes("danish.txt"))
    let notes = Array(String(repeating: "written through a stream\n", count: 20).utf8)
    #expect(try archive.data(for: "notes.txt") == notes)
  }

  @Test("The end record is found behind a comment that itself contains its signature")
  func readsArchiveWithComment() throws {
    let archive = try ZipArchive(bytes: ZipFixtures.bytes("comment.zip"))
    #expect(archive.comment.hasPrefix("QualKit test comment with PK"))
    #expect(try archive.data(for: "a.txt") == Array("comment test\n".utf8))
  }

  @Test("UTF-8 entry names with Danish letters are decoded")
  func readsDanishNames() throws {
    let archive = try ZipArchive(bytes: ZipFixtures.bytes("danish.zip"))
    #expect(archive.entries.map(\.path) == ["æbler/søster.txt", "Smørrebrød.txt"])
    #expect(try archive.data(for: "æbler/søster.txt") == Array("Blåbærgrød\n".utf8))
    #expect(try archive.data(for: "Smørrebrød.txt") == Array("Øl og ål\n".utf8))
  }

  @Test("Names without the UTF-8 flag are decoded as code page 437")
  func decodesCodePage437Names() throws {
    var writer = ZipWriter()
    try writer.add(path: "abc", data: [1, 2, 3], compression: .stored)
    var bytes = writer.finish()
    // The name follows the 30-byte local header and the 46-byte central header.
    let central = bytes.count - 22 - 46 - 3
    for start in [30, central + 46] { bytes[start..<start + 3] = [0x91, 0x92, 0x86] }
    let archive = try ZipArchive(bytes: bytes)
    #expect(archive.entries.map(\.path) == ["æÆå"])
    #expect(try archive.data(for: "æÆå") == [1, 2, 3])
    #expect(ZipArchive.codePage437High.unicodeScalars.count == 128)
  }

  @Test("Lookup is exact, with a case-insensitive fallback")
  func looksUpPaths() throws {
    let archive = try ZipArchive(bytes: ZipFixtures.bytes("basic.zip"))
    #expect(archive.entry(for: "FOLDER/nested.xml") == nil)
    #expect(archive.entry(forCaseInsensitive: "FOLDER/Nested.XML")?.path == "folder/nested.xml")
    #expect(archive.entry(forCaseInsensitive: "stored.txt")?.path == "stored.txt")
    #expect(archive.entry(forCaseInsensitive: "absent.txt") == nil)
    let error = #expect(throws: ZipError.self) { try archive.data(for: "Stored.txt") }
    #expect(error == ZipError(.missingEntry, "archive has no entry 'Stored.txt'"))
  }

  // MARK: - Bad input

  @Test(
    "Input without an end record is not an archive",
    arguments: [[], Array("PK not really a zip file".utf8), [UInt8](repeating: 0, count: 100)])
  func rejectsNonArchive(bytes: [UInt8]) {
    let error = #expect(throws: ZipError.self) { try ZipArchive(bytes: bytes) }
    #expect(
      error == ZipError(.notAnArchive, "not a ZIP archive (no end of central directory record)"))
  }

  @Test("An archive cut in the middle is rejected", arguments: [0.25, 0.5, 0.9, 0.99])
  func rejectsTruncatedArchive(fraction: Double) throws {
    let bytes = try ZipFixtures.bytes("basic.zip")
    let cut = Array(bytes.prefix(Int(Double(bytes.count) * fraction)))
    let error = #expect(throws: ZipError.self) { try ZipArchive(bytes: cut) }
    #expect(error?.kind == .notAnArchive)
  }

  @Test("Entry data that runs past the end of the archive is rejected when reading")
  func rejectsDataPastEnd() throws {
    var bytes = try ZipFixtures.bytes("comment.zip")
    let archive = try ZipArchive(bytes: bytes)
    let end = bytes.count - 22 - archive.comment.utf8.count
    let directory = Int(bytes[end + 16]) | Int(bytes[end + 17]) << 8
    bytes[directory + 22] = 0x10  // compressed size 1 MiB and more
    let damaged = try ZipArchive(bytes: bytes)
    let error = #expect(throws: ZipError.self) { try damaged.data(for: "a.txt") }
    #expect(
      error == ZipError(.malformedArchive, "entry 'a.txt' data runs past the end of the archive"))
  }

  @Test("A central directory outside the archive is rejected")
  func rejectsDirectoryOutsideArchive() throws {
    var bytes = try ZipFixtures.bytes("basic.zip")
    bytes[bytes.count - 22 + 19] = 0x7F  // directory offset far beyond the end
    let error = #expect(throws: ZipError.self) { try ZipArchive(bytes: bytes) }
    #expect(error?.kind == .malformedArchive)
    #expect(error?.message.hasPrefix("central directory at offset") == true)
  }

  @Test("A local header offset outside the archive is rejected when reading")
  func rejectsLocalHeaderOutsideArchive() throws {
    var bytes = try ZipFixtures.bytes("comment.zip")
    let archive = try ZipArchive(bytes: bytes)
    let end = bytes.count - 22 - archive.comment.utf8.count
    let directory = Int(bytes[end + 16]) | Int(bytes[end + 17]) << 8
    bytes[directory + 45] = 0x40
    let damaged = try ZipArchive(bytes: bytes)
    let error = #expect(throws: ZipError.self) { try damaged.data(for: "a.txt") }
    #expect(
      error == ZipError(.malformedArchive, "entry 'a.txt' has no local header at offset 1073741824")
    )
  }

  @Test("An entry declaring more than the entry limit is refused before inflating")
  func refusesHugeDeclaredSize() throws {
    let bytes = try ZipFixtures.bytes("huge.zip")
    let limits = ZipArchive.Limits(
      maxEntrySize: 256 << 20, maxTotalSize: Int.max, maxEntryCount: 10)
    let archive = try ZipArchive(bytes: bytes, limits: limits)
    #expect(archive.entries.first?.uncompressedSize == 3_000_000_000)
    let error = #expect(throws: ZipError.self) { try archive.data(for: "huge.bin") }
    #expect(
      error
        == ZipError(.limitExceeded, "entry 'huge.bin' would inflate to more than 268435456 bytes"))
  }

  @Test("An archive declaring more than the total limit is refused when opened")
  func refusesHugeTotalSize() throws {
    let error = #expect(throws: ZipError.self) {
      try ZipArchive(bytes: ZipFixtures.bytes("huge.zip"))
    }
    #expect(
      error
        == ZipError(.limitExceeded, "archive would inflate to more than 1073741824 bytes in total"))
  }

  @Test("Small limits apply per entry and to the entry count")
  func appliesCustomLimits() throws {
    let bytes = try ZipFixtures.bytes("basic.zip")
    let small = ZipArchive.Limits(maxEntrySize: 100, maxTotalSize: 1 << 20, maxEntryCount: 10)
    let archive = try ZipArchive(bytes: bytes, limits: small)
    #expect(try archive.data(for: "stored.txt").count == 21)
    let error = #expect(throws: ZipError.self) { try archive.data(for: "deflated.txt") }
    #expect(error?.kind == .limitExceeded)
    let few = ZipArchive.Limits(maxEntrySize: 1 << 20, maxTotalSize: 1 << 20, maxEntryCount: 3)
    let countError = #expect(throws: ZipError.self) { try ZipArchive(bytes: bytes, limits: few) }
    #expect(
      countError == ZipError(.limitExceeded, "archive has 4 entries, more than the limit of 3"))
  }

  @Test("An entry that inflates beyond its declared size stops with an error")
  func stopsSmallBomb() throws {
    let archive = try ZipArchive(bytes: ZipFixtures.bytes("bomb.zip"))
    #expect(archive.entries.first?.uncompressedSize == 1000)
    let error = #expect(throws: ZipError.self) { try archive.data(for: "bomb.bin") }
    #expect(
      error
        == ZipError(
          .limitExceeded, "entry 'bomb.bin' inflates to more than its declared size of 1000 bytes"))
  }

  @Test("A wrong CRC-32 is detected")
  func detectsBadChecksum() throws {
    let archive = try ZipArchive(bytes: ZipFixtures.bytes("badcrc.zip"))
    let error = #expect(throws: ZipError.self) { try archive.data(for: "text.txt") }
    #expect(error?.kind == .checksumMismatch)
    #expect(error?.message.hasPrefix("entry 'text.txt' fails its crc-32 check (stored 0x") == true)
  }

  @Test("An unsupported compression method is reported by number and name")
  func rejectsBzip2() throws {
    let archive = try ZipArchive(bytes: ZipFixtures.bytes("bzip2.zip"))
    #expect(archive.entries.first?.method.rawValue == 12)
    let error = #expect(throws: ZipError.self) { try archive.data(for: "packed.txt") }
    #expect(
      error
        == ZipError(
          .unsupported, "entry 'packed.txt' uses unsupported compression method 12 (bzip2)"))
  }

  @Test("An encrypted entry is refused")
  func rejectsEncryptedEntry() throws {
    var writer = ZipWriter()
    try writer.add(path: "secret.txt", data: Array("secret".utf8), compression: .stored)
    var bytes = writer.finish()
    let central = bytes.count - 22 - 46 - "secret.txt".utf8.count
    bytes[central + 8] |= 1
    let archive = try ZipArchive(bytes: bytes)
    #expect(archive.entries.first?.isEncrypted == true)
    let error = #expect(throws: ZipError.self) { try archive.data(for: "secret.txt") }
    #expect(
      error == ZipError(.unsupported, "entry 'secret.txt' is encrypted, which is not supported"))
  }

  @Test("A corrupt deflate stream in an entry names the entry")
  func reportsCorruptEntryStream() throws {
    var writer = ZipWriter()
    try writer.add(path: "x.txt", data: Array(String(repeating: "abc ", count: 100).utf8))
    var bytes = writer.finish()
    bytes[30 + "x.txt".utf8.count] = 0xFF
    let error = #expect(throws: ZipError.self) {
      try ZipArchive(bytes: bytes).data(for: "x.txt")
    }
    #expect(error == ZipError(.malformedDeflate, "entry 'x.txt': invalid deflate block type 3"))
  }

  @Test("ZIP64 archives are reported as unsupported")
  func rejectsZip64() throws {
    var bytes = ZipWriter().finish()
    bytes[8..<12] = [0xFF, 0xFF, 0xFF, 0xFF]  // entry counts
    let error = #expect(throws: ZipError.self) { try ZipArchive(bytes: bytes) }
    #expect(error == ZipError(.unsupported, "zip64 archives are not supported"))
  }

  @Test("Randomly damaged archives throw or read, but never trap")
  func survivesDamagedArchives() throws {
    let originals = try [
      ZipFixtures.bytes("basic.zip"), ZipFixtures.bytes("descriptor.zip"),
      ZipFixtures.bytes("danish.zip"),
    ]
    var generator = SplitMix64(seed: 437)
    var outcomes = 0
    for round in 0..<300 {
      var bytes = originals[round % originals.count]
      for _ in 0..<Int.random(in: 1...4, using: &generator) {
        // Damage the headers at the end more often than the data.
        let low = round % 2 == 0 ? max(0, bytes.count - 200) : 0
        let index = Int.random(in: low..<bytes.count, using: &generator)
        bytes[index] = UInt8.random(in: 0...255, using: &generator)
      }
      do {
        let archive = try ZipArchive(bytes: bytes)
        for entry in archive.entries {
          do {
            let data = try archive.data(for: entry)
            #expect(data.count == entry.uncompressedSize)
          } catch {}
        }
      } catch {}
      outcomes += 1
    }
    #expect(outcomes == 300)
  }
}
