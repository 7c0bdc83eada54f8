import Foundation
import QualKit
import Testing

@Suite struct ReviewItemWriterScreenTests {
  /// A transcript whose participant turn is `count` characters of words.
  func longTurn(_ count: Int) throws -> (Transcript, Coding) {
    let words = [
      "jeg", "har", "mere", "overskud", "nu", "og", "kan", "klare", "hverdagen", "bedre",
    ]
    var turn = ""
    var index = 0
    while turn.count < count {
      turn += (turn.isEmpty ? "" : " ") + words[index % words.count]
      index += 1
    }
    let text = "I: Hvordan går det?\n\nB: \(turn)\n\nI: Tak.\n"
    var diagnostics: [Diagnostic] = []
    let transcript = try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "L01", diagnostics: &diagnostics)
    let line = transcript.lines.scalarRange(ofLine: 3)
    let coding = Coding(
      transcript: "L01", code: "energy", coder: "auto",
      span: Span((line.lowerBound + 3)..<line.upperBound, in: transcript),
      origin: .keyword("overskud"), status: .proposed)
    return (transcript, coding)
  }

  @Test(
    "A 3,000-character turn on 80 × 24: wrapped at words, columns kept, the header on every page",
    arguments: [false, true])
  func longTurnPages(color: Bool) throws {
    let (transcript, coding) = try longTurn(3000)
    let codebook = Codebook(
      name: "T", codes: [Code(id: "energy", label: "Energy", keywords: ["overskud"])])
    let item = ReviewItem(coding: coding, transcript: transcript, codebook: codebook)
    let info = ReviewItemWriter.ScreenInfo(
      current: 0, position: 3, total: 190, progress: "12 of 190 reviewed in Codings/auto.jsonl")
    func page(_ number: Int) -> ReviewItemWriter.Screen {
      ReviewItemWriter.screen(
        [item], codes: [codebook.codes[0]], info: info, color: color, size: (80, 24), page: number)
    }
    let first = page(0)
    #expect(first.pageCount > 1)
    var words: [Substring] = []
    for number in 0..<first.pageCount {
      let rows = page(number).text.split(separator: "\n", omittingEmptySubsequences: false)
        .dropLast()
      #expect(rows.count <= 21, "page \(number + 1) has \(rows.count) rows")
      let plain = rows.map { withoutEscapes(String($0)) }
      #expect(plain.allSatisfy { $0.count <= 80 }, "\(plain.filter { $0.count > 80 })")
      #expect(plain[0].hasPrefix("[3/190] L01 l. 3  code: energy (Energy)"))
      #expect(
        plain[1]
          == "  12 of 190 reviewed in Codings/auto.jsonl  page \(number + 1)/\(first.pageCount)")
      #expect(plain.last == ReviewItemWriter.moreKeysLine)
      for row in plain where row.contains(" | ") {
        let bar = try #require(row.range(of: " | "))
        // The text column starts at the same place on every row.
        #expect(row.distance(from: row.startIndex, to: bar.lowerBound) == 8)
        words += row[bar.upperBound...].split(separator: " ")
      }
    }
    // Every word of the turn is shown whole, once, in order.
    let expected = transcript.text(in: transcript.lines.scalarRange(ofLine: 3)).split(
      separator: " ")
    let shown = words.filter { !["I:", "Tak.", "Hvordan", "går", "det?"].contains($0) }
      .map { $0.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "") }
    #expect(shown == expected.map(String.init))
  }

  @Test("Without a size, nothing is wrapped and everything is one page")
  func noSize() throws {
    let (transcript, coding) = try longTurn(500)
    let item = ReviewItem(coding: coding, transcript: transcript, codebook: nil)
    let info = ReviewItemWriter.ScreenInfo(current: 0, position: 1, total: 1, progress: "p")
    let screen = ReviewItemWriter.screen(
      [item], codes: [nil], info: info, color: false, size: nil, page: 0)
    #expect(screen.pageCount == 1)
    #expect(screen.text.split(separator: "\n").contains { $0.count > 500 })
  }
}

/// `text` without its ANSI escape sequences (`ESC [ … letter`).
private func withoutEscapes(_ text: String) -> String {
  var output = ""
  var inEscape = false
  for scalar in text.unicodeScalars {
    if scalar == "\u{1B}" {
      inEscape = true
    } else if inEscape {
      if scalar.properties.isAlphabetic { inEscape = false }
    } else {
      output.unicodeScalars.append(scalar)
    }
  }
  return output
}
