import Foundation
import Testing

@testable import QualKit

@Suite struct QDPXRoundTripTests {
  /// The accepted codings of `codings` as the exchange carries them, one per
  /// code, coder and span (the first, as the export writes one).
  func carried(_ codings: [Coding], in project: Project) -> [CarriedCoding] {
    var seen: Set<String> = []
    return codings.filter { $0.status == .accepted }.map { CarriedCoding($0, in: project) }
      .filter {
        seen.insert("\($0.transcript)/\($0.start)/\($0.end)/\($0.code)/\($0.coder)").inserted
      }
  }

  /// Exports `original`, imports the archive into a new folder, loads it,
  /// and checks that everything came back; returns the copy and the export.
  @discardableResult
  func roundTrip(_ original: Project, options: QDPXExport.Options = .init()) throws -> (
    copy: Project, export: QDPXExport, imported: QDPXImport
  ) {
    let export = try QDPXExport(
      project: original, codings: policyCodings(original), options: options)
    let imported = try QDPXImport(bytes: export.archive)
    let folder = try writeImport(imported)
    defer { try? FileManager.default.removeItem(at: folder) }
    let copy = try loadProject(folder)
    #expect(!copy.diagnostics.hasErrors, "\(copy.diagnostics)")
    #expect(copy.codebook == original.codebook)
    #expect(copy.transcripts.map(\.id) == original.transcripts.map(\.id))
    for transcript in original.transcripts {
      let back = try #require(copy.catalog.byID[transcript.id])
      #expect(back.body == transcript.body, "\(transcript.id): text")
      #expect(
        back.turns.map { [$0.speaker, $0.role] } == transcript.turns.map { [$0.speaker, $0.role] },
        "\(transcript.id): speakers and roles")
    }
    let before = carried(policyCodings(original), in: original)
    let after = carried(policyCodings(copy), in: copy)
    #expect(after.count == before.count)
    #expect(Set(after) == Set(before))
    #expect(copy.participants?.attributes == original.participants?.attributes)
    let types = { (project: Project) in
      Dictionary(
        uniqueKeysWithValues: (project.participants?.columns ?? []).map { ($0.name, $0.type) })
    }
    #expect(types(copy) == types(original))
    #expect(imported.report.skipped.isEmpty, "\(imported.report.skipped)")
    return (copy, export, imported)
  }

  @Test(
    "The sample project comes back whole: codebook, texts, speakers, codings, memos, attributes")
  func sampleProject() throws {
    let original = try loadProject(sampleProjectRoot)
    let (copy, export, imported) = try roundTrip(original)
    #expect(
      export.report.lines(verb: "exported") == [
        "exported: 30 codes, 7 transcripts, 2 coders, 51 coded spans, 82 codings, 3 memos, 9 attributes, 7 cases"
      ])
    #expect(
      imported.report.lines(verb: "read") == [
        "read: 30 codes, 7 transcripts, 51 selections, 82 codings, 2 coders, 3 coding memos, 0 memo files"
      ])
    // Every memo of the sample is back on its coding.
    let memos = policyCodings(copy).compactMap(\.memo).sorted()
    #expect(memos == policyCodings(original).compactMap(\.memo).sorted())
    #expect(memos.count == 3)
  }

  @Test("Exporting an imported project gives the very bytes of the first export")
  func exportImportExport() throws {
    let original = try loadProject(sampleProjectRoot)
    let (copy, export, _) = try roundTrip(original)
    let again = try QDPXExport(project: copy, codings: policyCodings(copy))
    #expect(again.archive == export.archive)
    // And the same project always gives the same bytes.
    #expect(
      try QDPXExport(project: original, codings: policyCodings(original)).archive == export.archive)
  }

  @Test(
    "A generated project of 40 transcripts comes back under every position and line-end option",
    arguments: QDPXExport.PositionUnit.allCases.flatMap { unit in
      QDPXExport.LineEnding.allCases.map { (unit, $0) }
    })
  func generatedProject(unit: QDPXExport.PositionUnit, lineEnding: QDPXExport.LineEnding) throws {
    let folder = try GeneratedProject(seed: 21, transcripts: 40).write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let original = try loadProject(folder)
    #expect(!original.diagnostics.hasErrors)
    let options = QDPXExport.Options(positions: unit, lineEnding: lineEnding)
    let (_, export, imported) = try roundTrip(original, options: options)
    // Proposals: one accepted (its reviewer's coding), one rejected and one
    // not reviewed per transcript; only the accepted ones go.
    #expect(
      export.report.skipped.map(\.what) == [
        "40 proposals not yet reviewed", "40 rejected proposals",
      ])
    // The counting was found from the selections when it is not the standard's.
    let note = imported.report.notes.first { $0.hasPrefix("positions read as") }
    switch (unit, lineEnding) {
    case (.codePoints, _):
      #expect(note == nil || note?.hasPrefix("positions read as Unicode code points:") == true)
    case (.utf16, _):
      #expect(note?.hasPrefix("positions read as UTF-16 code units (NVivo's counting):") == true)
    }
  }

  @Test("UTF-16 and CRLF positions point at the coded words in the text file itself")
  func utf16PositionsInTheFile() throws {
    let folder = try GeneratedProject(seed: 7, transcripts: 5).write()
    defer { try? FileManager.default.removeItem(at: folder) }
    let project = try loadProject(folder)
    let export = try QDPXExport(
      project: project, codings: policyCodings(project),
      options: .init(positions: .utf16, lineEnding: .crlf))
    let archive = try ZipArchive(bytes: export.archive)
    let tree = try XMLTree(parsing: export.projectFile)
    var checked = 0
    for source in tree.root.firstElement(named: "Sources")?.elements(named: "TextSource") ?? [] {
      let plainTextPath = try #require(source.attribute("plainTextPath"))
      let path = plainTextPath.replacingOccurrences(of: "internal://", with: "sources/")
      let text = String(decoding: try archive.data(for: path), as: UTF8.self)
      #expect(!text.hasPrefix("\u{FEFF}"))
      #expect(
        text.contains("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
      let units = Array(text.utf16)
      let name = try #require(source.attribute("name"))
      let transcript = try #require(project.catalog.byID[name])
      for selection in source.elements(named: "PlainTextSelection") {
        let start = try #require(selection.attribute("startPosition").flatMap { Int($0) })
        let end = try #require(selection.attribute("endPosition").flatMap { Int($0) })
        let inFile = String(decoding: units[start..<end], as: UTF16.self)
        let coded = policyCodings(project).first {
          $0.transcript == transcript.id
            && QDPXExportBuilder.name(of: transcript.text(in: $0.span.range))
              == selection.attribute("name")
        }
        #expect(
          inFile
            == coded.map { transcript.text(in: $0.span.range) }?.replacingOccurrences(
              of: "\n", with: "\r\n"))
        checked += 1
      }
    }
    #expect(checked > 20)
  }
}
