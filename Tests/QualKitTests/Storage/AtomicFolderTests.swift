import Foundation
import Testing

@testable import QualKit

@Suite struct AtomicFolderTests {
  let base: URL

  init() throws {
    base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "qualkit-folder-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
  }

  func contents(_ path: String) -> String? {
    (try? Data(contentsOf: base.appendingPathComponent(path))).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  @Test("A new folder is written with its files and the marker; a second write replaces it")
  func replaces() throws {
    let out = base.appendingPathComponent("report")
    try AtomicFolder.replace(
      out, displayPath: "report", files: [("a.txt", Array("one".utf8)), ("sub/b.txt", [])],
      marker: ".mark")
    #expect(contents("report/a.txt") == "one")
    #expect(contents("report/sub/b.txt") == "")
    #expect(contents("report/.mark") != nil)
    try AtomicFolder.replace(out, displayPath: "report", files: [("c.txt", [])], marker: ".mark")
    #expect(contents("report/a.txt") == nil)
    #expect(contents("report/c.txt") == "")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: base.path)
    #expect(leftovers == ["report"])
  }

  @Test("A failure while writing leaves the old folder as it was, and no temporary folder")
  func failureKeepsOld() throws {
    let out = base.appendingPathComponent("report")
    try AtomicFolder.replace(
      out, displayPath: "report", files: [("a.txt", Array("old".utf8))], marker: ".mark")
    #expect(throws: StorageError.self) {
      try AtomicFolder.replace(
        out, displayPath: "report", files: [("a.txt", Array("new".utf8)), ("../escape", [])],
        marker: ".mark")
    }
    #expect(contents("report/a.txt") == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: base.path) == ["report"])
  }

  @Test("A file in the way is not a folder; a folder of other files is not replaced")
  func refuses() throws {
    try Data("mine".utf8).write(to: base.appendingPathComponent("file"))
    let error = #expect(throws: StorageError.self) {
      try AtomicFolder.replace(
        base.appendingPathComponent("file"), displayPath: "file", files: [], marker: ".mark")
    }
    #expect(error?.kind == .notAFolder)
    try FileManager.default.createDirectory(
      at: base.appendingPathComponent("notes"), withIntermediateDirectories: true)
    try Data("keep".utf8).write(to: base.appendingPathComponent("notes/keep.txt"))
    let foreign = #expect(throws: StorageError.self) {
      try AtomicFolder.replace(
        base.appendingPathComponent("notes"), displayPath: "notes", files: [], marker: ".mark")
    }
    #expect(foreign?.kind == .cannotWrite)
    #expect(contents("notes/keep.txt") == "keep")
    #expect(contents("file") == "mine")
  }
}
