import Foundation
import Testing

@testable import QualKit

/// A coding file is never written larger than the files QualKit reads.
///
/// F36: `autocode --out` on a 200 MB transcript wrote 2.54 GB, and every
/// command then said "larger than the 1 GiB limit". Scaled down: a 4 KiB limit.
@Suite struct CodingStoreSizeLimitTests {
  let folder: ProjectFolder

  init() throws {
    let url = try makeTemporaryFolder()
    try FileManager.default.createDirectory(
      at: url.appendingPathComponent("Codings"), withIntermediateDirectories: true)
    folder = ProjectFolder(base: url, maximumFileSize: 4096)
  }

  /// `count` codings of one transcript.
  func codings(_ count: Int) -> [Coding] {
    (0..<count).map { index in
      Coding(
        transcript: "T", code: "c\(index)", coder: "auto",
        span: Span(
          firstLine: index + 1, lastLine: index + 1, start: index * 10, end: index * 10 + 5),
        origin: .keyword("stress"), status: .proposed, text: "stress")
    }
  }

  @Test("What the store writes can always be read back; a larger file is refused, the old one kept")
  func writesOnlyWhatReadsBack() throws {
    let store = CodingStore(folder: folder)
    try store.update("Codings/auto.jsonl") { (loaded: inout CodingStore.Loaded) in
      loaded.file.codings = codings(5)
    }
    let before = try folder.read("Codings/auto.jsonl")
    #expect(throws: (any Error).self) {
      try store.update("Codings/auto.jsonl") { (loaded: inout CodingStore.Loaded) in
        loaded.file.codings = codings(500)
      }
    }
    // Whatever happened, every file there reads, and the old one is whole.
    #expect(try folder.read("Codings/auto.jsonl") == before)
    #expect(try store.read("Codings/auto.jsonl").file.codings.count == 5)
  }

  @Test("A refused file, written in pieces, names its whole size and leaves no temporary file")
  func refusalNamesWholeSize() throws {
    let store = CodingStore(folder: folder)
    let size = CodingFile(codings: codings(500)).serializedBytes.count
    let error = #expect(throws: CodingStore.UpdateError<Never>.self) {
      try store.update("Codings/auto.jsonl") { (loaded: inout CodingStore.Loaded) in
        loaded.file.codings = codings(500)
      }
    }
    guard case .storage(let storage) = error else {
      Issue.record("expected a storage error, got \(String(describing: error))")
      return
    }
    #expect(storage.description.contains("it would be \(size) bytes"), "\(storage)")
    let left = try FileManager.default.contentsOfDirectory(
      atPath: folder.url(for: "Codings").path)
    #expect(left.allSatisfy { !$0.contains(".tmp-") }, "\(left)")
  }

  @Test("A group write larger than the limit writes nothing")
  func groupWriteRefused() throws {
    let store = CodingStore(folder: folder)
    let big = Array(CodingFile(codings: codings(500)).serialized.utf8)
    #expect(throws: (any Error).self) {
      try store.updateAll(
        listing: { ["Codings/a.jsonl", "Codings/b.jsonl"] },
        change: { _ in
          (
            writes: [("Codings/a.jsonl", [UInt8]("x\n".utf8)), ("Codings/b.jsonl", big)], result: ()
          )
        })
    }
    #expect(!folder.exists("Codings/a.jsonl"))
    #expect(!folder.exists("Codings/b.jsonl"))
  }
}
