import QualKit
import Testing

@Suite struct CSVWriterTests {
  @Test(
    "Text that a spreadsheet would run as a formula gets a leading quote",
    arguments: [
      ("=SUM(A1)", "'=SUM(A1)"), ("+nan", "'+nan"), ("-infinity", "'-infinity"),
      ("-0x1p3", "'-0x1p3"), ("@cmd", "'@cmd"), ("-1e5", "'-1e5"), ("\tx", "'\tx"),
      ("-12.5", "-12.5"), ("+3", "+3"), ("42", "42"), ("plain", "plain"), ("-", "'-"),
      ("a,b", "\"a,b\""), ("a;b", "\"a;b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("line\nbreak", "\"line\nbreak\""),
    ])
  func neutralises(value: String, expected: String) {
    #expect(CSVWriter.field(value) == expected)
  }

  @Test("Control characters are made visible, scalar for scalar")
  func controlCharacters() {
    #expect(CSVWriter.field("a\u{1B}[2Jb\u{9B}") == "a\u{FFFD}[2Jb\u{FFFD}")
  }
}
