import Foundation
import QualKit
import Testing

/// The review screen with text from files that a teammate or a tool wrote:
/// escape sequences are never drawn (F24), and tabs or wide characters never
/// push a row past the terminal's edge (F37).
@Suite struct ReviewScreenSafetyTests {
  /// An OSC 52 sequence (writes the clipboard), a C1 CSI and a BEL.
  static let payload = "\u{1B}]52;c;SGFja2Vk\u{07}\u{9B}31m\u{1B}[31;1;4mEVIL\n\tX"

  /// A one-turn transcript with `turn` as the participant's words.
  func item(turn: String, hostile: Bool) throws -> (ReviewItem, Code) {
    let text = "I: Hvordan går det?\n\nB: \(turn)\n\nI: Tak.\n"
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "L01", diagnostics: &diagnostics)
    let line = transcript.lines.scalarRange(ofLine: 3)
    var coding = Coding(
      transcript: "L01", code: "energy", coder: "auto",
      span: Span((line.lowerBound + 3)..<line.upperBound, in: transcript),
      origin: .keyword("overskud" + (hostile ? Self.payload : "")), status: .proposed)
    if hostile { coding.memo = "memo" + Self.payload }
    let code = Code(
      id: "energy", label: hostile ? "Energy" + Self.payload : "Energy",
      definition: hostile ? "Defined" + Self.payload : nil, keywords: ["overskud"])
    let codebook = Codebook(name: "T", codes: [code])
    return (ReviewItem(coding: coding, transcript: transcript, codebook: codebook), code)
  }

  @Test(
    "Labels, origins, memos and definitions with escape sequences are drawn neutralised (F24)",
    arguments: [false, true])
  func escapesNeutralised(color: Bool) throws {
    let (item, code) = try item(turn: "Jeg har mere overskud nu.", hostile: true)
    let other = ReviewItem(
      coding: item.coding, transcript: nil, codebook: Codebook(name: "T", codes: [code]))
    for group in [[item], [item, other]] {
      let info = ReviewItemWriter.ScreenInfo(
        current: 0, position: 1, total: 2, progress: "0 of 2 reviewed" + Self.payload,
        message: "accepted" + Self.payload)
      let screen = ReviewItemWriter.screen(
        group, codes: group.map { _ in code }, info: info, color: color, size: (80, 24), page: 0)
      let text = screen.text
      #expect(!text.contains("\u{1B}]"), "an OSC sequence reached the screen")
      #expect(!text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || $0 == "\u{07}" })
      #expect(!text.contains("\u{1B}[31;1;4m"))
      if !color { #expect(!text.contains("\u{1B}")) }
      #expect(text.contains("SGFja2Vk"), "the text itself is still shown")
      // The payload's line break and tab do not start a row of their own.
      #expect(!text.split(separator: "\n").contains { $0.hasPrefix("\tX") || $0.hasPrefix("X") })
    }
  }

  @Test("The code picker lists labels neutralised (F24)")
  func pickerNeutralised() throws {
    let codebook = Codebook(
      name: "T", codes: [Code(id: "energy", label: "Energy" + Self.payload)])
    var picker = ReviewCodePicker(codebook: codebook)
    _ = picker.handle(.character("e"))
    let drawn = picker.redraw(prompt: "code: ")
    #expect(drawn.contains("Energy"))
    #expect(!drawn.contains("\u{1B}]") && !drawn.contains("\u{07}"))
    #expect(!drawn.unicodeScalars.contains { (0x80...0x9F).contains($0.value) })
  }

  @Test(
    "A turn of tabs, CJK and emoji stays inside 80 columns, under its header (F37)",
    arguments: [
      String(repeating: "at\twork\t\t", count: 150),
      String(repeating: "我没有精力工作。", count: 60),
      String(repeating: "overskud 😀😀 ", count: 80),
      String(repeating: "e\u{301}\u{301}\u{301}", count: 400),
    ])
  func wideTextWraps(turn: String) throws {
    let (item, code) = try item(turn: turn, hostile: false)
    let info = ReviewItemWriter.ScreenInfo(
      current: 0, position: 1, total: 1, progress: "0 of 1 reviewed")
    let first = ReviewItemWriter.screen(
      [item], codes: [code], info: info, color: false, size: (80, 24), page: 0)
    for page in 0..<first.pageCount {
      let screen = ReviewItemWriter.screen(
        [item], codes: [code], info: info, color: false, size: (80, 24), page: page)
      let rows = screen.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      #expect(rows.count <= 21)
      #expect(!screen.text.contains("\t"))
      #expect(rows.first?.hasPrefix("[1/1] L01 l. 3  code: energy (Energy)") == true)
      for row in rows {
        #expect(cells(row) <= 80, "\(cells(row)) cells: \(row)")
      }
    }
  }

  @Test("A header wider than the terminal is cut by cells, not characters (F37)")
  func wideHeaderCut() throws {
    let (item, _) = try item(turn: "Jeg har mere overskud nu.", hostile: false)
    let wide = Code(id: "energy", label: String(repeating: "精力", count: 60), keywords: ["overskud"])
    let info = ReviewItemWriter.ScreenInfo(current: 0, position: 1, total: 1, progress: "p")
    let screen = ReviewItemWriter.screen(
      [item], codes: [wide], info: info, color: false, size: (80, 24), page: 0)
    let header = try #require(screen.text.split(separator: "\n").first)
    #expect(cells(header) <= 80)
    #expect(header.hasSuffix("…"))
  }
}

/// The terminal cells of `row`, counted independently of the library: CJK
/// ideographs and emoji take two, combining accents none.
private func cells(_ row: some StringProtocol) -> Int {
  row.unicodeScalars.reduce(0) { total, scalar in
    switch scalar.value {
    case 0x300...0x36F: total
    case 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF00...0xFF60, 0x1F300...0x1FAFF: total + 2
    default: total + 1
    }
  }
}
