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

  func write(_ path: String, _ text: String) throws {
    let url = base.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  @Test("A link to a data folder holding a planted marker is refused, and nothing is deleted (F20)")
  func refusesLinkToDataFolder() throws {
    try write("Codings/anna.jsonl", "{}\n")
    try write("Codings/.mark", "")
    let codings = base.appendingPathComponent("Codings")
    try FileManager.default.createSymbolicLink(
      at: base.appendingPathComponent("report"), withDestinationURL: codings)
    let error = #expect(throws: StorageError.self) {
      try AtomicFolder.replace(
        base.appendingPathComponent("report"), displayPath: "report", files: [("a.txt", [])],
        marker: ".mark", protecting: [codings])
    }
    #expect(error?.kind == .cannotWrite)
    #expect(error?.description.contains("symbolic link") == true)
    #expect(contents("Codings/anna.jsonl") == "{}\n")
  }

  @Test("A data folder, or a folder holding one, is never the output, marker or not (F20)")
  func refusesDataFolder() throws {
    try write("Codings/anna.jsonl", "{}\n")
    try write("Codings/.mark", FolderManifest.legacyText)
    let codings = base.appendingPathComponent("Codings")
    for (target, phrase) in [(codings, "is, or lies inside,"), (base, "holds")] {
      let error = #expect(throws: StorageError.self) {
        try AtomicFolder.replace(
          target, displayPath: "out", files: [], marker: ".mark", protecting: [codings],
          isLegacyFile: { _ in true })
      }
      #expect(error?.description.contains(phrase) == true, "\(String(describing: error))")
    }
    #expect(contents("Codings/anna.jsonl") == "{}\n")
  }

  @Test("An empty or old marker beside files of another shape does not make them replaceable")
  func plantedMarker() throws {
    for marker in ["", FolderManifest.legacyText, "qualkit-folder 2\n"] {
      try write("elsewhere/notes.jsonl", "keep")
      try write("elsewhere/.mark", marker)
      #expect(throws: StorageError.self) {
        try AtomicFolder.replace(
          base.appendingPathComponent("elsewhere"), displayPath: "elsewhere", files: [],
          marker: ".mark", isLegacyFile: { $0.hasSuffix(".md") })
      }
      #expect(contents("elsewhere/notes.jsonl") == "keep")
    }
  }

  @Test(
    "Files added or edited after the last run are named and kept; the folder is not replaced (F28)")
  func refusesAddedAndEdited() throws {
    let out = base.appendingPathComponent("report")
    try AtomicFolder.replace(
      out, displayPath: "report", files: [("report.md", Array("old".utf8))], marker: ".mark")
    try write("report/notes.md", "my notes")
    try write("report/figures/fig1.png", "png")
    let added = #expect(throws: StorageError.self) {
      try AtomicFolder.replace(
        out, displayPath: "report", files: [("report.md", Array("new".utf8))], marker: ".mark")
    }
    #expect(
      added?.description
        == "cannot write 'report': qualkit did not write 'figures/fig1.png', 'notes.md'; "
        + "move those files out, or name another folder with --out")
    try FileManager.default.removeItem(at: out.appendingPathComponent("notes.md"))
    try FileManager.default.removeItem(at: out.appendingPathComponent("figures"))
    try write("report/report.md", "edited by hand")
    let edited = #expect(throws: StorageError.self) {
      try AtomicFolder.replace(
        out, displayPath: "report", files: [("report.md", Array("new".utf8))], marker: ".mark")
    }
    #expect(edited?.description.contains("'report.md' changed since qualkit wrote it") == true)
    #expect(contents("report/report.md") == "edited by hand")
  }

  @Test("A folder with an old marker and only report-shaped files is replaced")
  func legacyMarker() throws {
    try write("report/report.md", "old")
    try write("report/csv/a.csv", "old")
    try write("report/.mark", FolderManifest.legacyText)
    let out = base.appendingPathComponent("report")
    try AtomicFolder.replace(
      out, displayPath: "report", files: [("report.md", Array("new".utf8))], marker: ".mark",
      isLegacyFile: Report.isLegacyFile)
    #expect(contents("report/report.md") == "new")
    #expect(contents("report/csv/a.csv") == nil)
    let manifest = try #require(contents("report/.mark"))
    #expect(manifest == "qualkit-folder 2\n\(XXHash64.hex(of: Array("new".utf8))) report.md\n")
  }
}
