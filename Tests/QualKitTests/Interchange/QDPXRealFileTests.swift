import Foundation
import Testing

@testable import QualKit

/// Real REFI-QDA exports of other programs (see `Fixtures/REFI/README.md`),
/// each with what a right import gives: its codes, sources, selections,
/// users and codings, and, checked by hand against the source text, the
/// words a few of its codings stand on.
@Suite struct QDPXRealFileTests {
  func importFixture(_ name: String) throws -> QDPXImport {
    try QDPXImport(bytes: fixture("REFI/" + name))
  }

  /// The label of the code a coding has.
  func label(_ coding: Coding, in codebook: Codebook) -> String? {
    codebook.code(withID: coding.code)?.label
  }

  func transcriptPaths(_ result: QDPXImport) -> [String] {
    result.files.map(\.path).filter { $0.hasPrefix("Transcripts/") }
  }

  @Test(
    "NVivo for Windows 12.6: 152 codes, 2 texts, 303 codings by Gergo, on NVivo's UTF-16 positions")
  func nvivoWindows() throws {
    let result = try importFixture("nvivo-win-12.6-hungarian-comments.qdpx")
    let codebook = result.codebook
    #expect(codebook.name == "Untitled")
    #expect(codebook.allCodes.count == 152)
    #expect(codebook.codes.count == 12)
    #expect(codebook.flattened.map(\.depth).max() == 3)
    #expect(codebook.allCodes.filter { !$0.isCodable }.map(\.label) == ["Attituderoots"])
    // NVivo's GUIDs stay, so that the codes are the same codes in NVivo again.
    let piros = try #require(codebook.allCodes.first { $0.label == "piros" })
    #expect(piros.guid == "e8811e5d-feb6-458a-b0dd-ae1dbfef84b8")
    #expect(
      transcriptPaths(result) == [
        "Transcripts/videos_selection.txt", "Transcripts/videos_10_selected.txt",
      ])
    // Two users; only Gergo coded. 303 selections on 188 spans, one coding each.
    #expect(result.codings.count == 303)
    #expect(Set(result.codings.map(\.coder)) == ["Gergo"])
    #expect(Set(result.codings.map(\.span)).count == 188)
    #expect(result.files.map(\.path).filter { $0.hasPrefix("Codings/") } == ["Codings/Gergo.jsonl"])
    #expect(
      result.report.lines(verb: "read").first
        == "read: 152 codes, 2 transcripts, 303 selections, 303 codings, 1 coder, 0 coding memos, 0 memo files"
    )
    #expect(result.report.skipped.isEmpty)
    // The text has 892 emoji before and among the codings: NVivo's UTF-16
    // positions were found from where the selections' ends fall.
    let note = try #require(result.report.notes.first)
    #expect(note.hasPrefix("positions read as UTF-16 code units (NVivo's counting): "))
    // The words NVivo coded (read by hand from the source as UTF-16 units
    // 3137–3284, 10148–10186 and 50648–50702).
    let first = try #require(
      result.codings.first { $0.text?.hasPrefix("Senkit nem lehet") == true })
    #expect(
      first.text
        == "Senkit nem lehet kötelezni oltásra, ilyet csak ostoba korlátolt agyi kapacitással rendelkező emberhulladék hozhat aki nem szaporodhat és nem élhet."
    )
    #expect(label(first, in: codebook) == "piros")
    let second = try #require(
      result.codings.first { $0.text == "tudatos hal äl reklám, hatalmas árulás" })
    #expect(label(second, in: codebook) == "piros")
    let emoji = result.codings.filter {
      $0.text == "@@szilagyitamas2823 És milyen igazad lett!☝️👌👍👍👍\n"
    }
    #expect(
      Set(emoji.compactMap { label($0, in: codebook) }) == [
        "csoportszintű fogékonyság", "kevés kockázat, bagatellizálás", "nem hatékony",
        "nyájimmunitás segít csak",
      ])
    // The transcript was written without the BOM and the CRs, and every
    // coding's span holds its text.
    let file = try #require(result.files.first { $0.path == "Transcripts/videos_10_selected.txt" })
    #expect(!file.bytes.starts(with: [0xEF, 0xBB, 0xBF]) && !file.bytes.contains(0x0D))
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: file.bytes, format: .text, fallbackID: "videos_10_selected",
      diagnostics: &diagnostics)
    #expect(result.codings.allSatisfy { transcript.text(in: $0.span.range) == $0.text })
  }

  @Test("Read as code points, NVivo's positions would miss its words: the counting matters")
  func nvivoCodePointsWouldMiss() throws {
    let archive = try REFIPackage(bytes: fixture("REFI/nvivo-win-12.6-hungarian-comments.qdpx"))
    let source = try #require(
      try archive.source(at: "internal://68bbdc14-c361-4432-b4dd-ae1dbfc12890.txt"))
    let positions = try SourcePositions(bytes: source.bytes)
    func text(_ counting: PositionCounting) -> String {
      let range = positions.range(3137, 3284, counting: counting) ?? 0..<0
      return String(String.UnicodeScalarView(positions.scalars[range]))
    }
    #expect(text(.utf16).hasPrefix("Senkit nem lehet"))
    #expect(text(.codePoints).hasPrefix("t nem lehet"))
  }

  @Test("qc 1.3.2: 262 codes with repeated names, 2 texts without internal://, 205 codings by cp")
  func qcDemo() throws {
    let result = try importFixture("qc-1.3.2-demo.qdpx")
    let ids = result.codebook.allCodes.map(\.id)
    #expect(ids.count == 262)
    #expect(Set(ids).count == 262)
    #expect(
      ids.filter { $0.hasPrefix("citizenship") } == [
        "citizenship", "citizenship-2", "citizenship-3",
      ])
    #expect(transcriptPaths(result) == ["Transcripts/board_2017.txt", "Transcripts/admin-1.txt"])
    #expect(result.codings.count == 205)
    #expect(Set(result.codings.map(\.coder)) == ["cp"])
    #expect(
      result.report.lines(verb: "read").first
        == "read: 262 codes, 2 transcripts, 158 selections, 205 codings, 1 coder, 0 coding memos, 0 memo files"
    )
    #expect(result.report.notes.filter { $0.contains("has no internal://") }.count == 2)
    // Selection 320–400 of board_2017.txt, coded fun by qc (read by hand).
    let fun = try #require(
      result.codings.first {
        $0.text
          == "This district goal is engage every student in joyful, purposeful learning that \n"
      })
    #expect(label(fun, in: result.codebook) == "fun")
    let equity = try #require(
      result.codings.first {
        $0.text?.hasPrefix("similar equity issues [inaudible 00:54:11]") == true
      })
    #expect(label(equity, in: result.codebook) == "equity")
  }

  @Test("NVivo for Mac 15: 262 codes with qc's GUIDs kept; its 1-byte texts are skipped as empty")
  func nvivoMac() throws {
    let result = try importFixture("nvivo-mac-15.0-codebook-only.qdpx")
    let qc = try importFixture("qc-1.3.2-demo.qdpx")
    #expect(result.codebook.allCodes.count == 262)
    #expect(
      Set(result.codebook.allCodes.compactMap(\.guid))
        == Set(qc.codebook.allCodes.compactMap(\.guid)))
    #expect(result.codings.isEmpty)
    #expect(result.report.skipped.map(\.reason) == ["its text is empty", "its text is empty"])
  }

  @Test("ATLAS.ti for Windows 23.2's layout: a blank project, and one code with two children")
  func atlasWindows() throws {
    let blank = try importFixture("atlasti-win-23.2-layout-blank.qdpx")
    #expect(blank.codebook.allCodes.isEmpty)
    #expect(blank.files.map(\.path) == ["Codebooks/blank-project.json"])
    #expect(blank.codebook.name == "blank-project")
    let nested = try importFixture("atlasti-win-23.2-layout-nested-codes.qdpx")
    #expect(nested.codebook.codes.map(\.label) == ["Coherence"])
    #expect(
      nested.codebook.codes.first?.children.map(\.label) == [
        "Tripartite meeting", "One plan",
      ])
    #expect(nested.codebook.codes.first?.guid == "7B9E4C21-0F3A-4D5B-8C6E-1A2B3C4D5E6F")
    #expect(nested.codings.isEmpty)
  }

  @Test(
    "ATLAS.ti 8.4's standard project (.qde alone): 14 codes, two reused GUIDs, every other part named"
  )
  func atlasMacStandardProject() throws {
    let result = try importFixture("atlasti-mac-8.4-standard-project.qde")
    #expect(result.projectEntry == nil)
    #expect(result.codebook.allCodes.count == 14)
    let coke = try #require(result.codebook.allCodes.first { $0.label == "Coke::full-fat Coke" })
    #expect(coke.id == "coke-full-fat-coke" && coke.definition == "aka regular")
    #expect(result.codebook.allCodes.contains { $0.label == "\"rushed\"" && $0.id == "rushed" })
    // ATLAS.ti gives two text selections the GUIDs of two PDF selections.
    let reused = result.diagnostics.filter { $0.message.contains("has the guid") }
    #expect(reused.map { $0.position?.line } == [131, 136])
    #expect(reused.allSatisfy { $0.severity == .warning })
    // The .qde has no source files: every source is named with its reason.
    let skipped = result.report.skipped
    #expect(skipped.filter { $0.what.hasPrefix("text source") }.count == 6)
    #expect(skipped.filter { $0.what.hasPrefix("picture") }.count == 1)
    #expect(skipped.filter { $0.what.hasPrefix("PDF") }.count == 2)
    #expect(skipped.filter { $0.what.hasPrefix("audio") }.count == 1)
    #expect(skipped.filter { $0.what.hasPrefix("video") }.count == 2)
    #expect(skipped.contains { $0.what == "1 link" } && skipped.contains { $0.what == "1 graph" })
    #expect(skipped.filter { $0.what.hasPrefix("code set") }.count == 4)
    #expect(
      skipped.first { $0.what == "picture 'cornflakes-n-milk.jpg'" }?.reason
        == "QualKit reads text sources only; its 1 selection with it")
    // Its two notes belong to no coding: they become memo files.
    #expect(
      result.files.map(\.path).filter { $0.hasPrefix("Memos/") } == [
        "Memos/Research Plan.md", "Memos/My favorite Coke ad.md",
      ])
    #expect(result.codings.isEmpty)
  }
}
