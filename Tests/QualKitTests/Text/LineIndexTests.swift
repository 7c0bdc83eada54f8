import Testing

@testable import QualKit

@Suite struct LineIndexTests {
  /// Line starts and lengths counted the plain way: split at LF, add up.
  fileprivate static func expected(_ text: String)
    -> (scalars: [Int], utf8: [Int], count: (Int, Int))
  {
    var scalars = [0]
    var utf8 = [0]
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      scalars.append(scalars[scalars.count - 1] + line.unicodeScalars.count + 1)
      utf8.append(utf8[utf8.count - 1] + line.utf8.count + 1)
    }
    return (scalars, utf8, (text.unicodeScalars.count, text.utf8.count))
  }

  /// Texts whose line breaks and multi-byte scalars fall at every position
  /// of the eight-byte words the index reads at once.
  private static let texts: [String] = {
    var texts = ["", "a", "\n", "\n\n", "æ\nø\nå", "abcdefgh\n", "abcdefg\næøå"]
    let line = "Jeg følte mig hørt – og så kom 🎉 bagefter"
    for position in 0...20 {
      var scalars = Array(line.unicodeScalars)
      scalars.insert("\n", at: min(position, scalars.count))
      var text = String.UnicodeScalarView()
      text.append(contentsOf: scalars)
      texts.append(String(text) + "\n" + line)
    }
    return texts
  }()

  @Test("Line starts and lengths match counting line by line", arguments: texts)
  func matchesPlainCount(text: String) {
    let index = LineIndex(text)
    let (scalars, utf8, count) = Self.expected(text)
    #expect(index.scalarStarts == scalars)
    #expect(index.utf8Starts == utf8)
    #expect(index.scalarCount == count.0)
    #expect(index.utf8Count == count.1)
  }
}

@Suite struct LineIndexRandomTests {
  /// Random texts of ASCII, two-, three- and four-byte scalars and line
  /// breaks, lines of every length from 0 to 40 bytes, so that line feeds
  /// and multi-byte scalars fall at every position of the eight-byte words.
  @Test("Random texts index as counting line by line does")
  func randomTexts() {
    let pieces: [String] = ["a", "Z", " ", "\n", "\n\n", "æ", "ø", "å", "–", "€", "🎉", "é"]
    var generator = SplitMix64(seed: 7)
    for _ in 0..<500 {
      var text = ""
      for _ in 0..<generator.index(below: 120) {
        text += pieces[generator.index(below: pieces.count)]
      }
      let index = LineIndex(text)
      let (scalars, utf8, count) = LineIndexTests.expected(text)
      #expect(index.scalarStarts == scalars, "\(text.debugDescription)")
      #expect(index.utf8Starts == utf8, "\(text.debugDescription)")
      #expect(index.scalarCount == count.0)
      #expect(index.utf8Count == count.1)
    }
  }
}
