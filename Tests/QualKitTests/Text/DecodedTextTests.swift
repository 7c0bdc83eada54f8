import Testing

@testable import QualKit

@Suite struct DecodedTextTests {
  private static let line = "abcdefghijklmnopqrstuvwxyzæøå"

  /// The line with `insert` placed before the scalar at `position`.
  private static func line(inserting insert: String, at position: Int) -> String {
    var scalars = Array(line.unicodeScalars)
    scalars.insert(contentsOf: insert.unicodeScalars, at: position)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  @Test("A carriage return anywhere becomes a line feed", arguments: 0...24)
  func carriageReturn(position: Int) throws {
    let text = Self.line(inserting: "\r", at: position)
    let decoded = try DecodedText(decoding: Array(text.utf8))
    #expect(decoded.text == Self.line(inserting: "\n", at: position))
  }

  @Test("A decomposed letter anywhere is composed (NFC)", arguments: 0...24)
  func normalisation(position: Int) throws {
    let text = Self.line(inserting: "e\u{301}", at: position)
    let decoded = try DecodedText(decoding: Array(text.utf8))
    #expect(decoded.text.utf8.elementsEqual(Self.line(inserting: "\u{E9}", at: position).utf8))
  }

  @Test("Text in NFC with dashes and quotes is kept byte for byte")
  func keepsComposedText() throws {
    let text = "Det var – sagde hun – „trygt“ … æøå ÆØÅ é"
    let decoded = try DecodedText(decoding: Array(text.utf8))
    #expect(Array(decoded.text.utf8) == Array(text.utf8))
    #expect(!decoded.wasWindows1252)
  }

  @Test("A NUL byte anywhere in the first lines is reported on its line", arguments: 0...24)
  func nulByte(position: Int) throws {
    let text = "første linje\nanden\n" + Self.line(inserting: "\u{0}", at: position)
    #expect(throws: TextDecodingError.self) { try DecodedText(decoding: Array(text.utf8)) }
    do {
      _ = try DecodedText(decoding: Array(text.utf8))
    } catch {
      #expect(error.position == SourcePosition(line: 3))
    }
  }

  @Test("Text with a few control bytes is read; with many it is binary")
  func controlBytes() throws {
    let line = String(repeating: "abcdefghi", count: 11) + "\n"  // 100 bytes
    let few = String(repeating: line, count: 9) + "x\u{1}y\n"
    #expect(try DecodedText(decoding: Array(few.utf8)).text == few)
    let many = line + String(repeating: "ab\u{1}\n", count: 40)
    #expect(throws: TextDecodingError.self) { try DecodedText(decoding: Array(many.utf8)) }
  }

  /// Bytes that make every kind of UTF-8 edge case: leads of each length,
  /// overlong and surrogate leads, continuations, bytes never in UTF-8.
  private static let edgeBytes: [UInt8] = [
    0x41, 0x20, 0x7F, 0x80, 0x9F, 0xA0, 0xA6, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xE2,
    0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
  ]

  @Test("The quick UTF-8 check never accepts what the standard library rejects")
  func quickCheckIsSound() {
    // A fixed linear congruential generator, so that every run tests the same bytes.
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var accepted = 0
    var unsound: [[UInt8]] = []
    for _ in 0..<200_000 {
      let bytes = (0..<next(26)).map { _ in Self.edgeBytes[next(Self.edgeBytes.count)] }
      let isValid = String(validating: bytes, as: UTF8.self) != nil
      guard bytes.withUnsafeBufferPointer({ DecodedText.isSurelyValidUTF8($0) }) else { continue }
      accepted += 1
      if !isValid { unsound.append(bytes) }
    }
    #expect(unsound.isEmpty)
    #expect(accepted > 1000)
  }

  @Test(
    "The quick UTF-8 check accepts ASCII, two- and three-byte scalars at every offset",
    arguments: 0...16)
  func quickCheckAcceptsCommonText(offset: Int) {
    let text =
      String(repeating: "a", count: offset) + "første – „møde“ ÆØÅ ß é € \u{D7FF}\u{E000}\u{800}"
    let bytes = Array(text.utf8)
    #expect(bytes.withUnsafeBufferPointer { DecodedText.isSurelyValidUTF8($0) })
  }

  @Test(
    "The quick UTF-8 check refuses malformed bytes at every offset",
    arguments: [
      [0x80], [0xC3], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
      [0xE2, 0x80], [0xC3, 0x41], [0xFF], [0xF0, 0x9F, 0x98, 0x80],
    ] as [[UInt8]])
  func quickCheckRefusesMalformed(bad: [UInt8]) {
    for offset in 0...16 {
      let bytes = Array(String(repeating: "ø", count: offset).utf8) + bad + Array("abcdefgh".utf8)
      #expect(!bytes.withUnsafeBufferPointer { DecodedText.isSurelyValidUTF8($0) })
      let truncated = Array(String(repeating: "a", count: offset).utf8) + bad
      #expect(!truncated.withUnsafeBufferPointer { DecodedText.isSurelyValidUTF8($0) })
    }
  }

  @Test("Text the quick check does not confirm is still read as UTF-8")
  func fourByteScalarsAreUTF8() throws {
    let text = "smil 😀 og æøå, " + String(repeating: "tekst ", count: 10)
    let decoded = try DecodedText(decoding: Array(text.utf8))
    #expect(decoded.text == text)
    #expect(!decoded.wasWindows1252)
  }

  @Test(
    "The quick scan finds a carriage return or a combining mark at every offset", arguments: 0...24)
  func quickScanFlags(position: Int) {
    func scan(_ text: String) -> DecodedText.QuickScan {
      Array(text.utf8).withUnsafeBufferPointer { DecodedText.quickScan($0) }
    }
    let plain = scan(Self.line)
    #expect(plain.isSurelyUTF8 && !plain.mayHaveCarriageReturn && !plain.mayHaveHighLead)
    let withReturn = scan(Self.line(inserting: "\r", at: position))
    #expect(withReturn.isSurelyUTF8 && withReturn.mayHaveCarriageReturn)
    #expect(!withReturn.mayHaveHighLead)
    let withMark = scan(Self.line(inserting: "e\u{301}", at: position))
    #expect(withMark.isSurelyUTF8 && withMark.mayHaveHighLead)
    #expect(!withMark.mayHaveCarriageReturn)
  }
}
