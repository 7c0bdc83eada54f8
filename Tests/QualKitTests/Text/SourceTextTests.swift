import Testing

@testable import QualKit

@Suite struct SourceTextTests {
  /// One grapheme cluster of a file and what normalisation makes of it.
  private struct Token {
    var source: String
    var normalized: String

    init(_ source: String, _ normalized: String? = nil) {
      self.source = source
      self.normalized = normalized ?? source
    }
  }

  private static let tokens: [Token] = [
    Token("a"), Token("Z"), Token(" "), Token("æ"), Token("\n"), Token("\r\n", "\n"),
    Token("\r", "\n"), Token("e\u{301}", "\u{E9}"), Token("a\u{30A}", "\u{E5}"),
    Token("o\u{308}\u{301}", "\u{F6}\u{301}"), Token("a\u{301}\u{316}", "\u{E1}\u{316}"),
    Token("\u{958}", "\u{915}\u{93C}"), Token("😀"), Token("\u{1F1E9}\u{1F1F0}"),
    Token("\u{1D15E}", "\u{1D157}\u{1D165}"), Token("„"), Token("–"),
  ]

  /// A random file: an optional byte order mark, then tokens (never a CR
  /// before an LF, which would join them into one cluster).
  private static func randomTokens(_ random: inout ScalarGenerator) -> (Bool, [Token]) {
    var chosen: [Token] = []
    for _ in 0..<random.next(14) {
      var token = tokens[random.next(tokens.count)]
      while chosen.last?.source == "\r" && token.source.hasPrefix("\n")
        || chosen.last?.source == "\r" && token.source.hasPrefix("\r\n")
      {
        token = tokens[random.next(tokens.count)]
      }
      chosen.append(token)
    }
    return (random.next(3) == 0, chosen)
  }

  @Test("The scalar and UTF-16 maps agree with a naive re-index on random files")
  func agreesWithReference() throws {
    var random = ScalarGenerator(seed: 3)
    for _ in 0..<1_500 {
      let (hasMark, tokens) = Self.randomTokens(&random)
      let sourceText = (hasMark ? "\u{FEFF}" : "") + tokens.map(\.source).joined()
      let source = try SourceText(decoding: Array(sourceText.utf8))
      // Strings compare by canonical equivalence; their scalars must be equal.
      #expect(source.text.unicodeScalars.elementsEqual(sourceText.unicodeScalars))
      #expect(
        source.decoded.text.unicodeScalars.elementsEqual(
          tokens.map(\.normalized).joined().unicodeScalars))
      // Build both references unit by unit.
      var scalars = OffsetMapReference()
      var utf16 = OffsetMapReference()
      if hasMark {
        scalars.replace(1, with: 0)
        utf16.replace(1, with: 0)
      }
      for token in tokens {
        let units = token.source.unicodeScalars
        if token.source == "\r\n" {
          scalars.replace(1, with: 0)
          utf16.replace(1, with: 0)
          scalars.keep()
          utf16.keep()
        } else if token.source.unicodeScalars.elementsEqual(token.normalized.unicodeScalars)
          || token.source == "\r"
        {
          for scalar in units {
            scalars.keep()
            if scalar.utf16.count == 2 { utf16.replace(2, with: 1) } else { utf16.keep() }
          }
        } else {
          let count = token.normalized.unicodeScalars.count
          scalars.replace(units.count, with: count)
          utf16.replace(token.source.utf16.count, with: count)
        }
      }
      scalars.finishSource()
      utf16.finishSource()
      for (map, reference, count) in [
        (source.scalarMap, scalars, sourceText.unicodeScalars.count),
        (source.utf16Map, utf16, sourceText.utf16.count),
      ] {
        #expect(map.sourceCount == count)
        #expect(map.targetCount == source.decoded.text.unicodeScalars.count)
        for lower in 0...count {
          for upper in lower...count where map.map(lower..<upper) != reference.map(lower..<upper) {
            Issue.record("\(sourceText.debugDescription) \(lower)..<\(upper)")
            return
          }
        }
      }
    }
  }

  @Test("A Windows-1252 file with a byte order mark drops its three scalars")
  func windows1252() throws {
    let bytes: [UInt8] = DecodedText.byteOrderMark + [0x41, 0xF8, 0x0D, 0x0A, 0x42]
    let source = try SourceText(decoding: bytes)
    #expect(source.decoded.wasWindows1252)
    #expect(source.text == "ï»¿Aø\r\nB")
    #expect(source.decoded.text == "Aø\nB")
    #expect(source.scalarMap.map(3..<5) == 0..<2)
    #expect(source.scalarMap.map(7..<8) == 3..<4)
    #expect(source.scalarMap.inverse.map(3..<4) == 7..<8)
  }

  @Test("Plain ASCII text maps onto itself")
  func identity() throws {
    let source = try SourceText(decoding: Array("I: Hej\nB: Hej hej\n".utf8))
    #expect(source.scalarMap.isIdentity)
    #expect(source.utf16Map.isIdentity)
  }
}
