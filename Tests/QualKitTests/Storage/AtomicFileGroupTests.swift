import Foundation
import Testing

@testable import QualKit

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

  /// The names in the test folder, sorted.
  func names() throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test("Without hard links, a failed rename puts every old file back from a copy (F22)")
  func noHardLinks() throws {
    let anna = folder.appendingPathComponent("anna.jsonl")
    let bo = folder.appendingPathComponent("bo.jsonl")
    let new = folder.appendingPathComponent("new.jsonl")
    try Data("anna's codings\n".utf8).write(to: anna)
    try Data("bo's codings\n".utf8).write(to: bo)
    // As on exFAT: no link works; and the rename over bo's file fails.
    let error = #expect(throws: StorageError.self) {
      try AtomicFile.writeAll(
        [
          .init(url: new, bytes: Array("new\n".utf8), displayPath: "new.jsonl"),
          .init(url: anna, bytes: Array("renamed\n".utf8), displayPath: "anna.jsonl"),
          .init(url: bo, bytes: Array("renamed\n".utf8), displayPath: "bo.jsonl"),
        ],
        link: { _, _ in
          errno = EPERM
          return -1
        },
        rename: { from, to in
          if to.hasSuffix("/bo.jsonl") {
            errno = EPERM
            return -1
          }
          return rename(from, to)
        })
    }
    #expect(error?.path == "bo.jsonl")
    #expect(try String(contentsOf: anna, encoding: .utf8) == "anna's codings\n")
    #expect(try String(contentsOf: bo, encoding: .utf8) == "bo's codings\n")
    #expect(try names() == ["anna.jsonl", "bo.jsonl"])
  }

  @Test("An old version that can be neither linked nor copied stops the write before any change")
  func noBackupNoChange() throws {
    let anna = folder.appendingPathComponent("anna.jsonl")
    let sub = folder.appendingPathComponent("sub.jsonl")
    try Data("anna's codings\n".utf8).write(to: anna)
    // A folder where a file is expected: it can be neither linked nor read.
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    let error = #expect(throws: StorageError.self) {
      try AtomicFile.writeAll([
        .init(url: anna, bytes: Array("renamed\n".utf8), displayPath: "anna.jsonl"),
        .init(url: sub, bytes: Array("x\n".utf8), displayPath: "sub.jsonl"),
      ])
    }
    #expect(error?.path == "sub.jsonl")
    #expect(error?.description.contains("nothing was changed") == true)
    #expect(try String(contentsOf: anna, encoding: .utf8) == "anna's codings\n")
    #expect(try names() == ["anna.jsonl", "sub.jsonl"])
  }
}
