import Foundation
import QualKit
import Testing

@Suite struct AtomicFileGroupTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("qualkit-group-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  }

  @Test("Every file of a group is replaced, and no temporary or old version is left")
  func replacesAll() throws {
    let a = folder.appendingPathComponent("a.jsonl")
    let b = folder.appendingPathComponent("b.jsonl")
    try Data("old a\n".utf8).write(to: a)
    try AtomicFile.writeAll([
      .init(url: a, bytes: Array("new a\n".utf8), displayPath: "a.jsonl"),
      .init(url: b, bytes: Array("new b\n".utf8), displayPath: "b.jsonl"),
    ])
    #expect(try String(contentsOf: a, encoding: .utf8) == "new a\n")
    #expect(try String(contentsOf: b, encoding: .utf8) == "new b\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "a.jsonl", "b.jsonl",
      ])
  }

  @Test("When one file cannot be written, none is replaced")
  func failureReplacesNothing() throws {
    let a = folder.appendingPathComponent("a.jsonl")
    try Data("old a\n".utf8).write(to: a)
    // A file where the second target's folder should be: its folder cannot be made.
    try Data().write(to: folder.appendingPathComponent("blocker"))
    let error = #expect(throws: StorageError.self) {
      try AtomicFile.writeAll([
        .init(url: a, bytes: Array("new a\n".utf8), displayPath: "a.jsonl"),
        .init(
          url: folder.appendingPathComponent("blocker/b.jsonl"), bytes: [1],
          displayPath: "blocker/b.jsonl"),
      ])
    }
    #expect(error?.path == "blocker/b.jsonl")
    #expect(try String(contentsOf: a, encoding: .utf8) == "old a\n")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [
        "a.jsonl", "blocker",
      ])
  }
}
