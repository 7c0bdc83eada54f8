import Foundation
import QualKit
import Testing

@testable import qualkit

/// The review screen for real turns: line editing, grouped codes, the
/// picker, progress over the file and paging, driven by scripted keys.
extension ReviewCommandTests {
  @Test("Arrow keys typed in a memo move the cursor; no escape code is saved")
  func memoLineEditing() throws {
    let keys = ScriptedKeys([
      .key("m"), .bytes(Array("æøå\u{1B}[D\u{1B}[DZ\u{1B}[H>\u{1B}[F\u{7F}!\r".utf8)), .key("q"),
    ])
    let result = review(["--coder", "auto", "--reviewer", "auto"], keys: keys)
    #expect(result.status == .success)
    #expect(try codings().first?.memo == ">æZø!")
    let file = try project.read("Codings/auto.jsonl")
    #expect(!file.contains("\\u001b") && !file.contains("\u{1B}"))
  }

  @Test("The codes proposed for one span are on one screen; A accepts those not yet answered")
  func groupAnsweredTogether() throws {
    let result = review(["--coder", "auto", "--reviewer", "auto"], keys: ScriptedKeys(keys: "sAq"))
    #expect(result.status == .success)
    #expect(
      try states().prefix(3) == [
        "A01:mastery@6=proposed", "A01:energy@7=accepted", "A01:mastery@7=accepted",
      ])
    #expect(result.output.contains("accepted A01 l. 7–8 energy\naccepted A01 l. 7–8 mastery\n"))
    #expect(result.output.contains(ReviewItemWriter.moreKeysLine))
  }

  @Test("The progress counts the whole file, across reviews")
  func progressOverTheFile() throws {
    #expect(
      review(["--coder", "auto", "--reviewer", "auto"], keys: ScriptedKeys(keys: "aq")).status
        == .success)
    let again = review(["--coder", "auto", "--reviewer", "auto"], keys: ScriptedKeys(keys: "q"))
    #expect(again.output.contains("[1/6] A01 l. 7–8  2 proposed codes:\n"))
    #expect(again.output.contains("  1 of 7 reviewed in Codings/auto.jsonl\n"))
  }

  @Test("c opens a picker: Tab completes a prefix, arrow keys choose among the matches")
  func codePicker() throws {
    let tab = review(
      ["--coder", "auto", "--reviewer", "auto"],
      keys: ScriptedKeys([.key("c"), .bytes(Array("rea\t\r".utf8)), .key("q")]))
    #expect(tab.output.contains("changed A01 l. 6 mastery to readiness"))
    #expect(tab.output.contains("    readiness  Readiness"))
    let arrows = review(
      ["--coder", "auto", "--reviewer", "auto", "--transcript", "A02"],
      keys: ScriptedKeys([.key("c"), .bytes(Array("\u{1B}[B\u{1B}[B\r".utf8)), .key("q")]))
    #expect(arrows.output.contains("changed A02 l. 1 meeting to energy"))
    #expect(arrows.output.contains("  > energy  Energy"))
  }

  @Test("A 3,000-character turn on 80 × 24 pages under a header that stays on screen")
  func longTurnPaging() throws {
    let turn = String(
      repeating: "Jeg har mere overskud nu, og jeg mestrer hverdagen bedre. ", count: 52)
    try project.write(
      "Transcripts/A03.txt", "I: Hvordan går det?\n\nB: \(turn)\n\nI: Tak.\n")
    #expect(
      project.run("autocode", "Transcripts/A03.txt", "--out", "Codings/auto.jsonl").status
        == .success)
    let keys = ScriptedKeys(keys: "  bq")
    keys.screenSize = (80, 24)
    let result = review(
      ["--coder", "auto", "--reviewer", "auto", "--transcript", "A03"], keys: keys)
    #expect(result.status == .success)
    let screens = result.output.components(separatedBy: "[1/2] A03 l. 3  2 proposed codes:\n")
      .dropFirst()
    #expect(screens.count == 4)
    var pages: [String] = []
    for screen in screens {
      let rows = ("header\n" + screen).split(separator: "\n", omittingEmptySubsequences: false)
      let shown = rows.prefix { !$0.hasPrefix("accepted 0, rejected 0") }
      #expect(shown.count <= 24)
      #expect(shown.allSatisfy { $0.count <= 80 })
      pages += rows.compactMap { row in
        row.contains("reviewed in Codings/auto.jsonl  page ") ? String(row.suffix(3)) : nil
      }
    }
    #expect(pages == ["1/5", "2/5", "3/5", "2/5"])
    // Wrapped at words; continuation rows keep the number and speaker columns blank.
    #expect(
      result.output.contains(
        ">   3  B | B: Jeg har mere [overskud] nu, og jeg mestrer hverdagen bedre. Jeg\n"
          + "         | har mere [overskud] nu, og jeg mestrer hverdagen bedre. Jeg har\n"))
  }
}
