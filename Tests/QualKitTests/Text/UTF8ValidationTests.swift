import Testing

@testable import QualKit

@Suite struct UTF8ValidationTests {
  private static let line = "abcdefghijklmnopqrstuvwxyzæøå"

  /// The line with `insert` placed before the scalar at `position`.
  private static func line(inserting insert: String, at position: Int) -> String {
    var scalars = Array(line.unicodeScalars)
    scalars.insert(contentsOf: insert.unicodeScalars, at: position)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  private static func scan(_ bytes: [UInt8]) -> UTF8Validation.Scan {
    bytes.withUnsafeBufferPointer { UTF8Validation.scan($0) }
  }

  /// The offset of the first invalid byte as the standard library's decoder
  /// finds it: the reference the validator is checked against.
  private static func referenceInvalidOffset(_ bytes: [UInt8]) -> Int? {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }

  /// Bytes that make every kind of UTF-8 edge case: leads of each length,
  /// overlong and surrogate leads, the bounds of the second byte's ranges,
  /// continuations, bytes never in UTF-8.
  private static let edgeBytes: [UInt8] = [
    0x41, 0x20, 0x0D, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xA6, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3,
    0xCC, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF,
  ]

  @Test("The validator agrees with the standard library on random edge-case bytes")
  func agreesWithStandardLibrary() {
    // A fixed linear congruential generator, so that every run tests the same bytes.
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var valid = 0
    var disagreements: [[UInt8]] = []
    for _ in 0..<200_000 {
      // Mostly two-byte scalars and ASCII, so that the eight-byte path runs.
      var bytes: [UInt8] = []
      for _ in 0..<next(30) {
        if next(3) == 0 {
          bytes.append(Self.edgeBytes[next(Self.edgeBytes.count)])
        } else {
          bytes += next(2) == 0 ? [0xC3, 0xB8] : [0x61]
        }
      }
      let expected = Self.referenceInvalidOffset(bytes)
      if expected == nil { valid += 1 }
      if UTF8Validation.firstInvalidOffset(in: bytes) != expected
        || (String(validating: bytes, as: UTF8.self) == nil) != (expected != nil)
      {
        disagreements.append(bytes)
      }
    }
    #expect(disagreements.isEmpty)
    #expect(valid > 10_000)
  }

  @Test(
    "The validator accepts scalars of one to four bytes at every offset", arguments: 0...16)
  func acceptsEveryLength(offset: Int) {
    let text =
      String(repeating: "a", count: offset)
      + "første – „møde“ ÆØÅ ß é € \u{D7FF}\u{E000}\u{800} 😀 \u{10000}\u{10FFFF} slut"
    #expect(Self.scan(Array(text.utf8)).isValid)
  }

  @Test(
    "The validator refuses malformed bytes at every offset and names the first",
    arguments: [
      [0x80], [0xC3], [0xC0, 0xAF], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
      [0xE2, 0x80], [0xC3, 0x41], [0xFF], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80],
      [0xF0, 0x9F, 0x98],
    ] as [[UInt8]])
  func refusesMalformed(bad: [UInt8]) {
    for offset in 0...16 {
      let prefix = Array(String(repeating: "ø", count: offset).utf8)
      let bytes = prefix + bad + Array("abcdefgh".utf8)
      #expect(Self.scan(bytes).firstInvalidOffset == prefix.count)
      let truncated = Array(String(repeating: "a", count: offset).utf8) + bad
      #expect(Self.scan(truncated).firstInvalidOffset == offset)
    }
  }

  @Test(
    "The scan finds a carriage return or a combining mark at every offset", arguments: 0...24)
  func scanFlags(position: Int) {
    let plain = Self.scan(Array(Self.line.utf8))
    #expect(plain.isValid && !plain.mayHaveCarriageReturn && !plain.mayHaveHighLead)
    let withReturn = Self.scan(Array(Self.line(inserting: "\r", at: position).utf8))
    #expect(withReturn.isValid && withReturn.mayHaveCarriageReturn)
    #expect(!withReturn.mayHaveHighLead)
    let withMark = Self.scan(Array(Self.line(inserting: "e\u{301}", at: position).utf8))
    #expect(withMark.isValid && withMark.mayHaveHighLead)
    #expect(!withMark.mayHaveCarriageReturn)
  }

  @Test("Windows-1252 maps its high bytes and keeps undefined ones as C1 controls")
  func windows1252() {
    #expect(Windows1252.decode([0x80, 0x8A, 0x93, 0x94, 0x96, 0x9F]) == "€Š“”–Ÿ")
    #expect(Windows1252.decode([0x81, 0x8D, 0x8F, 0x90, 0x9D]) == "\u{81}\u{8D}\u{8F}\u{90}\u{9D}")
    let latin1 = (0xA0...0xFF).map { UInt8($0) }
    #expect(Windows1252.decode(latin1).unicodeScalars.map(\.value) == (0xA0...0xFF).map { $0 })
    #expect(Windows1252.utf8(from: [0x41, 0xE6]) == [0x41, 0xC3, 0xA6])
  }
}
