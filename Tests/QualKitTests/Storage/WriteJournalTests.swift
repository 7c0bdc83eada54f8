import Foundation
import Testing

@testable import QualKit

/// A group write stopped between its renames, as a kill leaves it, is undone
/// by the next command that reads or writes there (F25).
@Suite struct WriteJournalTests {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("qualkit-journal-\(UUID().uuidString)")
    for sub in ["Codebooks", "Codings"] {
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
  }

  /// Writes `text` to `path` in the test folder.
  func write(_ path: String, _ text: String) throws {
    try Data(text.utf8).write(to: folder.appendingPathComponent(path))
  }

  /// The text of `path` in the test folder.
  func read(_ path: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
  }

  /// The hidden files left in `sub`.
  func hidden(_ sub: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(sub).path)
      .filter { $0.hasPrefix(".") }.sorted()
  }

  /// A rename of a code over the codebook, three coding files and a new file,
  /// stopped after `renames` renames.
  func stoppedEdit(after renames: Int) throws {
    try write("Codebooks/codebook.json", "energy\n")
    for coder in ["a", "b", "c"] { try write("Codings/\(coder).jsonl", "\(coder) energy\n") }
    var files: [AtomicFile.Replacement] = [
      .init(
        url: folder.appendingPathComponent("Codebooks/codebook.json"),
        bytes: Array("vitality\n".utf8), displayPath: "Codebooks/codebook.json")
    ]
    for coder in ["a", "b", "c", "new"] {
      files.append(
        .init(
          url: folder.appendingPathComponent("Codings/\(coder).jsonl"),
          bytes: Array("\(coder) vitality\n".utf8), displayPath: "Codings/\(coder).jsonl"))
    }
    try AtomicFile.writeAll(
      files, link: { link($0, $1) }, rename: { rename($0, $1) }, stopsAfterRenames: renames)
  }

  /// Whether the edit's files are all as before it.
  func expectAllOld() throws {
    #expect(try read("Codebooks/codebook.json") == "energy\n")
    for coder in ["a", "b", "c"] {
      #expect(try read("Codings/\(coder).jsonl") == "\(coder) energy\n")
    }
    #expect(
      !FileManager.default.fileExists(
        atPath: folder.appendingPathComponent("Codings/new.jsonl").path))
    #expect(try hidden("Codebooks") == [])
    #expect(try hidden("Codings") == [])
  }

  @Test("A reader undoes a group write stopped midway, and says so", arguments: [0, 1, 2, 4, 5])
  func readerUndoes(renames: Int) throws {
    try stoppedEdit(after: renames)
    if (1...3).contains(renames) {
      // As the kill left it: the codebook renamed, some coding files not.
      #expect(try read("Codebooks/codebook.json") == "vitality\n")
      #expect(try read("Codings/c.jsonl") == "c energy\n")
    } else if renames >= 4 {
      // Every old file replaced; the new one too after the fifth rename.
      #expect(try read("Codings/c.jsonl") == "c vitality\n")
      #expect(
        FileManager.default.fileExists(
          atPath: folder.appendingPathComponent("Codings/new.jsonl").path)
          == (renames == 5))
    }
    #expect(try hidden("Codings").contains { $0.hasPrefix(".qualkit-journal-") })
    let reader = ProjectReader(folder: ProjectFolder(base: folder))
    try expectAllOld()
    #expect(reader.diagnostics.count == 1)
    let message = try #require(reader.diagnostics.first?.description)
    #expect(
      message.hasPrefix(
        "warning: a command was stopped while it replaced 5 files (Codebooks/codebook.json, Codings/a.jsonl, Codings/b.jsonl and 2 more); every one was put back"
      ),
      "\(message)")
    // Once undone, it is gone: the next reader says nothing.
    #expect(ProjectReader(folder: ProjectFolder(base: folder)).diagnostics.isEmpty)
  }

  @Test(
    "A write of one file of the group undoes the group first and keeps its old versions until then")
  func singleWriteUndoesFirst() throws {
    try stoppedEdit(after: 2)
    // Stale temporaries of a dead writer are removed by the next write of
    // their file, but not those a journal needs: the group is undone first.
    try AtomicFile.write(
      Array("c tagged\n".utf8), to: folder.appendingPathComponent("Codings/c.jsonl"),
      displayPath: "Codings/c.jsonl")
    #expect(try read("Codebooks/codebook.json") == "energy\n")
    #expect(try read("Codings/a.jsonl") == "a energy\n")
    #expect(try read("Codings/c.jsonl") == "c tagged\n")
    #expect(try hidden("Codings") == [])
    #expect(try hidden("Codebooks") == [])
  }

  @Test("A write in the codebook's folder alone undoes the coding files too")
  func otherFolderUndoes() throws {
    try stoppedEdit(after: 3)
    try AtomicFile.write(
      Array("x\n".utf8), to: folder.appendingPathComponent("Codebooks/other.json"),
      displayPath: "Codebooks/other.json")
    try FileManager.default.removeItem(at: folder.appendingPathComponent("Codebooks/other.json"))
    try expectAllOld()
  }

  @Test("A reader removes the temporaries of killed writers, but not those of a live one")
  func readerRemovesStaleTemporaries() throws {
    try write("Codings/a.jsonl", "a energy\n")
    // A writer killed after its last rename, before it removed the old
    // version's link; and one still at work (this process).
    let dead = ".a.jsonl.tmp-\(Int32.max - 1)-old-12345"
    let live = ".a.jsonl.tmp-\(getpid())-99"
    try write("Codings/" + dead, "a energy\n")
    try write("Codings/" + live, "a vitality\n")
    try write("Codings/.notes.txt", "kept\n")
    _ = ProjectReader(folder: ProjectFolder(base: folder))
    #expect(try hidden("Codings") == [".notes.txt", live].sorted())
    #expect(try read("Codings/a.jsonl") == "a energy\n")
  }

  @Test("A reader of one file among a command's many leaves the folders to the command's reader")
  func perFileReaderLeavesFolders() throws {
    try write("Codings/a.jsonl", "a energy\n")
    let dead = ".a.jsonl.tmp-\(Int32.max - 1)-old-12345"
    try write("Codings/" + dead, "a energy\n")
    _ = ProjectReader(alreadyRecovered: ProjectFolder(base: folder))
    #expect(try hidden("Codings") == [dead])
    _ = ProjectReader(folder: ProjectFolder(base: folder))
    #expect(try hidden("Codings") == [])
  }

  @Test("Paths with tabs, line breaks and percent signs survive the journal")
  func oddNames() throws {
    let entries = [
      WriteJournal.Entry(
        target: folder.appendingPathComponent("Codings/a\tb%0A\n.jsonl"), temporary: ".t\t%",
        backup: nil),
      WriteJournal.Entry(
        target: folder.appendingPathComponent("Codebooks/c.json"), temporary: ".t2", backup: ".o"),
    ]
    let from = folder.appendingPathComponent("Codings")
    let text = WriteJournal.text(of: entries, from: from)
    #expect(text.contains("../Codebooks/c.json"))
    #expect(WriteJournal.entries(in: Array(text.utf8), from: from) == entries)
  }
}
