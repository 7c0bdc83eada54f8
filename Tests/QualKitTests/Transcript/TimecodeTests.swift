import Testing

@testable import QualKit

/// Finding the timecodes written inside a text (``Timecode/all(in:lines:)``).
@Suite struct TimecodeTests {
  /// The timecodes of `text`, as (line, scalar range, time).
  func found(_ text: String) -> [String] {
    var text = text
    let lines = LineIndex(text)
    return text.withUTF8 { bytes in
      Timecode.all(in: bytes, lines: lines).map {
        "\($0.line) \($0.range.lowerBound)..<\($0.range.upperBound) \($0.time)"
      }
    }
  }

  @Test("Both kinds of bracket are found, in text order, with scalar offsets")
  func bothBrackets() {
    // A round one before a square one on a line, after non-ASCII text, and
    // brackets that open no timecode: text, a lone digit, the very end.
    let text = "Æble (00:01:02) og [00:03]\nfør [ja] (5 timer) [12:30.5]\n(x) [0:20] ["
    // Scalar offsets count from the start of the whole text.
    #expect(
      found(text) == [
        "1 5..<15 00:01:02.000", "1 19..<26 00:00:03.000", "2 46..<55 00:12:30.500",
        "3 60..<66 00:00:20.000",
      ])
  }

  @Test("A text without brackets, an empty text and a bracket at the end have none")
  func none() {
    #expect(found("").isEmpty)
    #expect(found("ingen tider her\n").isEmpty)
    #expect(found("slut [").isEmpty)
    #expect(found("slut (1").isEmpty)
  }
}
