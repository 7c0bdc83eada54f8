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

  @Test("Text with four-byte scalars is read as UTF-8")
  func fourByteScalarsAreUTF8() throws {
    let text = "smil 😀 og æøå, " + String(repeating: "tekst ", count: 10)
    let decoded = try DecodedText(decoding: Array(text.utf8))
    #expect(decoded.text == text)
    #expect(!decoded.wasWindows1252)
  }

  @Test("Bytes that are not UTF-8 are read as Windows-1252, every byte one scalar")
  func windows1252() throws {
    let bytes: [UInt8] = Array("K".utf8) + [0xF8, 0x80, 0x81, 0x9F, 0xE6] + Array("\r\nx".utf8)
    let decoded = try DecodedText(decoding: bytes)
    #expect(decoded.wasWindows1252)
    #expect(decoded.text == "Kø€\u{81}Ÿæ\nx")
    #expect(decoded.diagnostics.count == 1)
  }

  @Test("Binary bytes are an error of kind binary with the old message")
  func binaryKind() {
    let error = #expect(throws: TextDecodingError.self) {
      try DecodedText(decoding: [0x41, 0x00, 0x42])
    }
    #expect(error?.kind == .binary)
    #expect(error?.message == "file looks binary (it contains a NUL or control byte), not text")
  }

  @Test("Decoding in the text's own storage gives what decoding a copy gives")
  func decodesInPlace() throws {
    let samples: [[UInt8]] = [
      DecodedText.byteOrderMark + Array("I: Hej\r\nB: Goddag\rslut".utf8),
      [0x49, 0x3A, 0x20, 0xE6, 0xF8, 0xE5, 0x0D, 0x0A],  // Windows-1252 "I: æøå"
      Array("B: Cafe\u{301}".utf8),
    ]
    for bytes in samples {
      let copied = try DecodedText(decoding: bytes)
      let inPlace = try DecodedText(capacity: bytes.count + 1) { buffer in
        buffer.initialize(from: bytes).1
      }
      #expect(inPlace == copied)
    }
    #expect(try DecodedText(capacity: 4) { _ in nil } == nil)
    #expect(try DecodedText(decoding: samples[0]).text == "I: Hej\nB: Goddag\nslut")
  }
}
