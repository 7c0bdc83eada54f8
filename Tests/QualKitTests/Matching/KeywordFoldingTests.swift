import Testing

@testable import QualKit

@Suite struct KeywordFoldingTests {
  /// Expected values from Unicode's CaseFolding.txt (status C and F), plus
  /// the Danish spellings.
  @Test(
    "Scalars fold as full Unicode case folding followed by æ, ø, å to ae, oe, aa",
    arguments: [
      ("A", "a"), ("z", "z"), ("1", "1"), ("-", "-"),
      ("ß", "ss"), ("ẞ", "ss"), ("ſ", "s"), ("\u{212A}", "k"), ("µ", "μ"),
      ("Σ", "σ"), ("ς", "σ"), ("ﬁ", "fi"), ("ŉ", "\u{2BC}n"), ("İ", "i\u{307}"),
      ("Ä", "ä"), ("É", "é"), ("Ł", "ł"), ("Ж", "ж"),
      ("Æ", "ae"), ("æ", "ae"), ("Ø", "oe"), ("ø", "oe"), ("Å", "aa"), ("å", "aa"),
      ("\u{212B}", "aa"), ("Ꭰ", "Ꭰ"), ("ꭰ", "Ꭰ"), ("ı", "ı"),
    ])
  func foldsScalars(scalar: Unicode.Scalar, folded: String) {
    let result = KeywordFolding.fold(scalar)
    #expect(String(String.UnicodeScalarView(result)) == folded)
  }

  @Test("Letters and decimal digits are word scalars; everything else is a boundary")
  func classifiesWordScalars() {
    for scalar in "aZ09æØåßπЖ中".unicodeScalars {
      #expect(KeywordFolding.isWordScalar(scalar), "\(scalar)")
    }
    for scalar in " -_.,'’“\n\u{A0}²½\u{301}😀".unicodeScalars {
      #expect(!KeywordFolding.isWordScalar(scalar), "\(scalar)")
    }
  }

  @Test("Every scalar's folded form fits the packed seven-byte table entry")
  func foldedFormsFitTable() {
    var longest = 0
    var checked = 0
    for value in UInt32(0x80)..<0x11_0000 {
      guard let scalar = Unicode.Scalar(value), scalar.properties.changesWhenCaseFolded else {
        continue
      }
      let bytes = KeywordFolding.fold(scalar).reduce(0) { $0 + UTF8.width($1) }
      longest = max(longest, bytes)
      checked += 1
    }
    #expect(checked > 1000)
    #expect(longest <= 7)
  }

  @Test("No scalar in the blocks the table skips has case or is whitespace")
  func caselessBlocksAreCaseless() {
    for block in FoldTable.caselessBlocks {
      for value in block {
        guard let scalar = Unicode.Scalar(value) else { continue }
        if scalar.properties.changesWhenCaseFolded || KeywordFolding.isWhitespace(scalar) {
          Issue.record("U+\(String(value, radix: 16)) changes under folding")
          return
        }
      }
    }
  }

  @Test("The byte table agrees with the scalar folding for every scalar")
  func tableAgreesWithFolding() {
    let table = FoldTable.shared
    for value in UInt32(0x80)..<0x11_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      var expected: [UInt8] = []
      if KeywordFolding.isWhitespace(scalar) {
        expected = [0x20]
      } else {
        for part in KeywordFolding.fold(scalar) { expected.append(contentsOf: String(part).utf8) }
      }
      let packed = table.entry(value)
      var actual: [UInt8] = Array(String(scalar).utf8)
      if packed != 0 {
        actual = (0..<Int(packed >> 56)).map { UInt8(truncatingIfNeeded: packed >> (8 * $0)) }
      }
      if actual != expected {
        Issue.record("U+\(String(value, radix: 16)): \(actual) != \(expected)")
        return
      }
    }
    for byte in UInt8(0)..<0x80 {
      let scalar = Unicode.Scalar(byte)
      let expected =
        KeywordFolding.isWhitespace(scalar) ? 0x20 : KeywordFolding.fold(scalar)[0].value
      #expect(UInt32(table.ascii[Int(byte)]) == expected)
    }
  }

  @Test("Keys fold every scalar and join words with one space")
  func foldsKeys() {
    #expect(
      KeywordFolding.foldedKey("Sammenhæng  SKAL\nfungere")
        == Array("sammenhaeng skal fungere".utf8))
    #expect(KeywordFolding.foldedKey("Straße") == Array("strasse".utf8))
  }
}
