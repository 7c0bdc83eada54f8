import Foundation
import QualKit
import Testing

@Suite struct AtomicFileTests {
  let folder: URL

  init() throws {
    folder = try makeTemporaryFolder()
  }

  @Test("A write replaces the whole file and leaves no temporary file behind")
  func replaces() throws {
    let url = folder.appendingPathComponent("a.jsonl")
    try AtomicFile.write(Array("first\n".utf8), to: url, displayPath: "a.jsonl")
    try AtomicFile.write(Array("second\n".utf8), to: url, displayPath: "a.jsonl")
    #expect(try String(contentsOf: url, encoding: .utf8) == "second\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.jsonl"])
  }

  @Test(
    "A key file gets exactly the mode asked for, whatever the umask", arguments: [0o600, 0o644])
  func permissions(mode: Int) throws {
    let url = folder.appendingPathComponent("key-\(mode)")
    try AtomicFile.write([1, 2, 3], to: url, displayPath: "key", permissions: UInt16(mode))
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    #expect((attributes[.posixPermissions] as? Int) == mode)
  }

  @Test("A symbolic link is written through: the file it points to changes, the link stays")
  func followsLinks() throws {
    let target = folder.appendingPathComponent("real.jsonl")
    let link = folder.appendingPathComponent("link.jsonl")
    try Data("old\n".utf8).write(to: target)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    try AtomicFile.write(Array("new\n".utf8), to: link, displayPath: "link.jsonl")
    #expect(try String(contentsOf: target, encoding: .utf8) == "new\n")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
  }

  @Test("A folder that cannot be written is an error naming the path as given")
  func unwritable() throws {
    let blocker = folder.appendingPathComponent("file")
    try Data().write(to: blocker)
    let error = #expect(throws: StorageError.self) {
      try AtomicFile.write([1], to: blocker.appendingPathComponent("x"), displayPath: "file/x")
    }
    #expect(error?.kind == .cannotWrite)
    #expect(error?.description.hasPrefix("cannot write 'file/x'") == true)
  }

  @Test("A streamed write is the pieces in order; one that throws keeps the old file whole")
  func streamed() throws {
    let url = folder.appendingPathComponent("s.jsonl")
    try AtomicFile.write(Array("old\n".utf8), to: url, displayPath: "s.jsonl")
    try AtomicFile.write(to: url, displayPath: "s.jsonl") { stream throws(StorageError) in
      for piece in ["a\n", "", "bc\n", "d\n"] { try stream.write(Array(piece.utf8)) }
      #expect(stream.count == 7)
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "a\nbc\nd\n")
    #expect(throws: StorageError.self) {
      try AtomicFile.write(to: url, displayPath: "s.jsonl") { stream throws(StorageError) in
        try stream.write(Array("half".utf8))
        throw StorageError(.cannotWrite, path: "s.jsonl", reason: "stopped")
      }
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "a\nbc\nd\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["s.jsonl"])
  }

  @Test("Coding-store updates see each other's changes under the lock")
  func storeUpdatesSerialise() throws {
    let store = CodingStore(folder: ProjectFolder(base: folder))
    let span = Span(firstLine: 1, lastLine: 1, start: 0, end: 1)
    DispatchQueue.concurrentPerform(iterations: 16) { index in
      _ = try? store.update("c.jsonl") { loaded in
        loaded.file.codings.append(
          Coding(transcript: "T\(index)", code: "x", coder: "c", span: span))
      }
    }
    let loaded = try store.read("c.jsonl")
    #expect(Set(loaded.file.codings.map(\.transcript)).count == 16)
  }
}
