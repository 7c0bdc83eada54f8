import Testing

@testable import QualKit

@Suite struct CodingLineWriterTests {
  static let coding = Coding(
    transcript: "B\"01", code: "mastery", coder: "anna",
    span: Span(firstLine: 3, lastLine: 4, start: 10, end: 20), origin: .keyword("mestr*"),
    status: .proposed, memo: nil, text: "a\tb\u{2028}", transcriptHash: "xxh64:00")

  /// The JSON text of one field of `coding`, written the writer's way.
  static func value(_ field: CodingLineWriter.Field, of coding: Coding) -> [UInt8] {
    var bytes: [UInt8] = []
    switch field {
    case .transcript: CodingLineWriter.appendString(coding.transcript, to: &bytes)
    case .code: CodingLineWriter.appendString(coding.code, to: &bytes)
    case .coder: CodingLineWriter.appendString(coding.coder, to: &bytes)
    case .firstLine: AutoCoder.appendInteger(coding.span.firstLine, to: &bytes)
    case .lastLine: AutoCoder.appendInteger(coding.span.lastLine, to: &bytes)
    case .start: AutoCoder.appendInteger(coding.span.start, to: &bytes)
    case .end: AutoCoder.appendInteger(coding.span.end, to: &bytes)
    case .origin: CodingLineWriter.appendString(coding.origin.description, to: &bytes)
    case .status: CodingLineWriter.appendString(coding.status.rawValue, to: &bytes)
    case .memo: CodingLineWriter.appendString(coding.memo, to: &bytes)
    case .text: CodingLineWriter.appendString(coding.text, to: &bytes)
    case .hash: CodingLineWriter.appendString(coding.transcriptHash, to: &bytes)
    }
    return bytes
  }

  @Test(
    "A template filled in gives the bytes of the line writer",
    arguments: [
      [], [.text], [.code, .firstLine, .lastLine, .start, .end, .origin, .text],
      CodingLineWriter.Field.allCases,
    ] as [[CodingLineWriter.Field]])
  func templateMatchesLine(slots: [CodingLineWriter.Field]) {
    var fixed: [CodingLineWriter.Field: [UInt8]] = [:]
    for field in CodingLineWriter.Field.allCases where !slots.contains(field) {
      fixed[field] = Self.value(field, of: Self.coding)
    }
    let template = CodingLineWriter.Template(fixed: fixed, lineBreak: true)
    var filled: [UInt8] = []
    for segment in template.segments {
      switch segment {
      case .constant(let range): filled += template.constants[range]
      case .slot(let field): filled += Self.value(field, of: Self.coding)
      }
    }
    var expected: [UInt8] = []
    CodingLineWriter.appendLine(for: Self.coding, to: &expected)
    #expect(
      String(decoding: filled, as: UTF8.self) == String(decoding: expected, as: UTF8.self) + "\n")
    // Constants between slots are joined: one run before, between and after.
    #expect(template.segments.count == 2 * slots.count + 1)
  }

  @Test("Sources, then extra members, follow the fixed keys")
  func sourcesAndExtras() {
    var coding = Self.coding
    coding.sources = [CodingSource(coder: "bo", file: "Codings/bo.jsonl", line: 2)]
    coding.extraMembers = [JSONRawMember(key: "g\"uid", json: "[1, 2]")]
    #expect(
      CodingLineWriter.line(for: coding).hasSuffix(
        #""hash":"xxh64:00","sources":[{"coder":"bo","file":"Codings/bo.jsonl","line":2}],"g\"uid":[1, 2]}"#
      ))
  }
}

extension CodingLineWriter {
  /// One coding as a line, as a string (tests only).
  fileprivate static func line(for coding: Coding) -> String {
    var bytes: [UInt8] = []
    appendLine(for: coding, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }
}
