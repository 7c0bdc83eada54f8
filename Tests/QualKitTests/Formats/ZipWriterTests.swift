import Foundation
import Testing

@testable import QualKit

@Suite struct ZipWriterTests {
  /// The entries of the committed `writer.zip`, which `make_fixtures.py`
  /// checked with Python's `zipfile.testzip()` and zlib.
  static func referenceWriter() throws -> ZipWriter {
    var generator = SplitMix64(seed: 2026)
    var writer = ZipWriter()
    try writer.add(
      path: "mimetype", data: Array("application/x-qualkit-test".utf8), compression: .stored)
    try writer.add(path: "tekst/æøå.txt", data: ZipFixtures.bytes("danish.txt"))
    try writer.add(path: "data/mixed.bin", data: ZipFixtures.bytes("mixed.bin"))
    try writer.add(path: "data/random.bin", data: generator.bytes(5000))
    try writer.add(path: "empty.txt", data: [])
    try writer.add(path: "folder/", data: [])
    let xml = String(repeating: "<w:p><w:r><w:t>abc</w:t></w:r></w:p>\n", count: 2000)
    try writer.add(path: "folder/repeat.xml", data: Array(xml.utf8))
    return writer
  }

  @Test("The writer still produces the archive that Python's zipfile verified")
  func matchesVerifiedArchive() throws {
    let bytes = try Self.referenceWriter().finish()
    let url = ZipFixtures.directory.appendingPathComponent("writer.zip")
    if ProcessInfo.processInfo.environment["RECORD_FIXTURES"] == "1" {
      try Data(bytes).write(to: url)
      Issue.record("recorded writer.zip: run make_fixtures.py to verify it with Python")
      return
    }
    #expect(try ZipFixtures.bytes("writer.zip") == bytes)
  }

  @Test("Written entries read back with the expected methods and contents")
  func roundTrips() throws {
    let writer = try Self.referenceWriter()
    let archive = try ZipArchive(bytes: writer.finish())
    #expect(
      archive.entries.map(\.path) == [
        "mimetype", "tekst/æøå.txt", "data/mixed.bin", "data/random.bin", "empty.txt", "folder/",
        "folder/repeat.xml",
      ])
    #expect(
      archive.entries.map(\.method) == [
        .stored, .deflate, .deflate, .stored, .stored, .stored, .deflate,
      ])
    #expect(try archive.data(for: "tekst/æøå.txt") == ZipFixtures.bytes("danish.txt"))
    #expect(try archive.data(for: "data/mixed.bin") == ZipFixtures.bytes("mixed.bin"))
    var generator = SplitMix64(seed: 2026)
    #expect(try archive.data(for: "data/random.bin") == generator.bytes(5000))
    #expect(try archive.data(for: "empty.txt") == [])
    let xml = String(repeating: "<w:p><w:r><w:t>abc</w:t></w:r></w:p>\n", count: 2000)
    #expect(try archive.data(for: "folder/repeat.xml") == Array(xml.utf8))
    #expect(try #require(archive.entry(for: "folder/repeat.xml")).compressedSize < 1000)
    #expect(writer.count == 7)
  }

  @Test("Identical input gives byte-identical archives with fixed dates")
  func isDeterministic() throws {
    let first = try Self.referenceWriter().finish()
    let second = try Self.referenceWriter().finish()
    #expect(first == second)
    // Local header: time 00:00 and date 1980-01-01 at offsets 10 to 13.
    #expect(Array(first[10..<14]) == [0x00, 0x00, 0x21, 0x00])
  }

  @Test("Only non-ASCII paths get the UTF-8 flag")
  func flagsUTF8Paths() throws {
    let archive = try ZipArchive(bytes: Self.referenceWriter().finish())
    let flags = archive.entries.map { $0.flags & 0x800 != 0 }
    #expect(flags == [false, true, false, false, false, false, false])
  }

  @Test("An empty archive is a bare end record that reads as no entries")
  func writesEmptyArchive() throws {
    let bytes = ZipWriter().finish()
    #expect(bytes.count == 22)
    #expect(try ZipArchive(bytes: bytes).entries.isEmpty)
  }

  @Test("Finishing twice gives the same bytes, and more entries can follow")
  func finishesRepeatedly() throws {
    var writer = ZipWriter()
    try writer.add(path: "a.txt", data: [1])
    let first = writer.finish()
    #expect(writer.finish() == first)
    try writer.add(path: "b.txt", data: [2])
    let archive = try ZipArchive(bytes: writer.finish())
    #expect(archive.entries.map(\.path) == ["a.txt", "b.txt"])
    #expect(try archive.data(for: "b.txt") == [2])
  }

  @Test(
    "Invalid entries are refused",
    arguments: [
      ("", [], "entry path must have 1 to 65535 bytes"),
      ("a.txt", [], "entry 'a.txt' is added twice"),
      ("dir/", [1], "folder entry 'dir/' cannot have data"),
    ] as [(String, [UInt8], String)])
  func refusesInvalidEntries(path: String, data: [UInt8], message: String) throws {
    var writer = ZipWriter()
    try writer.add(path: "a.txt", data: [])
    let error = #expect(throws: ZipError.self) { try writer.add(path: path, data: data) }
    #expect(error == ZipError(.invalidEntry, message))
  }
}
