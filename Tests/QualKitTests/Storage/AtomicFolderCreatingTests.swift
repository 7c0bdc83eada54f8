import Foundation
import Testing

@testable import QualKit

@Suite struct AtomicFolderCreatingTests {
  let base: URL

  init() throws {
    base = FileManager.default.temporaryDirectory.appendingPathComponent(
      "qualkit-create-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
  }

  func names(_ folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test("A new folder is made with every file in one step; an empty folder is taken over")
  func creates() throws {
    let out = base.appendingPathComponent("project")
    try AtomicFolder.create(
      out, displayPath: "project", files: [("a.txt", Array("one".utf8)), ("Sub/b.txt", [])])
    #expect(try names(out) == ["Sub", "a.txt"])
    #expect(try String(contentsOf: out.appendingPathComponent("a.txt"), encoding: .utf8) == "one")
    #expect(try names(base) == ["project"])
    let empty = base.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    try AtomicFolder.create(empty, displayPath: "empty", files: [("c.txt", [])])
    #expect(try names(empty) == ["c.txt"])
  }

  @Test("A folder with something in it, a file, or a bad path is refused, and nothing is written")
  func refuses() throws {
    let full = base.appendingPathComponent("full")
    try FileManager.default.createDirectory(at: full, withIntermediateDirectories: true)
    try Data("keep".utf8).write(to: full.appendingPathComponent("mine.txt"))
    #expect(throws: StorageError.self) {
      try AtomicFolder.create(full, displayPath: "full", files: [("a.txt", [])])
    }
    #expect(try names(full) == ["mine.txt"])
    let file = base.appendingPathComponent("file")
    try Data().write(to: file)
    #expect(throws: StorageError.self) {
      try AtomicFolder.create(file, displayPath: "file", files: [])
    }
    for bad in ["../x.txt", "/x.txt", "a//b.txt", "./x.txt"] {
      let error = #expect(throws: StorageError.self) {
        try AtomicFolder.create(
          base.appendingPathComponent("new"), displayPath: "new", files: [(bad, [])])
      }
      #expect(error?.description == "cannot write 'new': bad file name '\(bad)'")
    }
    #expect(try names(base) == ["file", "full"])
  }
}
