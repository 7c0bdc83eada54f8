import QualKit
import Testing

@Suite struct CSVReaderTests {
  private func read(_ text: String, delimiter: CSVDelimiter? = nil) throws -> CSVTable {
    try CSVReader(delimiter: delimiter).read(Array(text.utf8))
  }

  @Test(
    "RFC 4180 fields are split correctly",
    arguments: [
      ("a,b,c\n1,2,3\n", [["a", "b", "c"], ["1", "2", "3"]]),
      ("a,b\r\n1,2\r\n", [["a", "b"], ["1", "2"]]),
      ("a,b\n1,2", [["a", "b"], ["1", "2"]]),
      ("\"a,b\",c\n", [["a,b", "c"]]),
      ("\"say \"\"hi\"\"\",x\n", [["say \"hi\"", "x"]]),
      ("\"two\nlines\",x\n", [["two\nlines", "x"]]),
      ("\"crlf\r\ninside\",x\r\n", [["crlf\r\ninside", "x"]]),
      ("a,,c\n", [["a", "", "c"]]),
      ("a,b,\n", [["a", "b", ""]]),
      ("a,b,", [["a", "b", ""]]),
      ("\"\",x\n", [["", "x"]]),
      ("a\n\n\nb\n", [["a"], ["b"]]),
      ("ab\"c,d\n", [["ab\"c", "d"]]),
      ("æøå,€\n", [["æøå", "€"]]),
    ])
  func splitsFields(text: String, expected: [[String]]) throws {
    #expect(try read(text).rows == expected)
  }

  @Test("Each row knows its 1-based starting line, across quoted line breaks")
  func rowLines() throws {
    let table = try read("h1,h2\n\"a\nb\",c\n\nd,e\n")
    #expect(table.rowCount == 3)
    #expect((0..<3).map { table.line(ofRow: $0) } == [1, 2, 5])
  }

  @Test("Blank lines are kept when asked")
  func keepsBlankLines() throws {
    let table = try CSVReader(skipsBlankLines: false).read(Array("a\n\nb\n".utf8))
    #expect(table.rows == [["a"], [""], ["b"]])
  }

  @Test(
    "The delimiter is detected from the header line",
    arguments: [
      ("a,b,c\n1;2\n", CSVDelimiter.comma), ("a;b;c\n1,5;2\n", .semicolon),
      ("a\tb\n1\t2\n", .tab), ("\"x;y\",b\n", .comma), ("single\n", .comma),
    ])
  func detectsDelimiter(text: String, expected: CSVDelimiter) throws {
    #expect(try read(text).delimiter == expected)
  }

  @Test("Danish Excel files with semicolons and decimal commas split on semicolons")
  func danishExcel() throws {
    #expect(try read("kode;værdi\nA;1,5\n").rows == [["kode", "værdi"], ["A", "1,5"]])
  }

  @Test("An explicit delimiter overrides detection")
  func explicitDelimiter() throws {
    #expect(try read("a;b,c\n", delimiter: .comma).rows == [["a;b", "c"]])
  }

  @Test("A UTF-8 byte-order mark is skipped")
  func skipsBOM() throws {
    let table = try CSVReader().read([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8))
    #expect(table.rows == [["a", "b"]])
    #expect(table.diagnostics.isEmpty)
  }

  @Test("Bytes that are not UTF-8 are read as Windows-1252 with a warning")
  func windows1252() throws {
    // "Søren,€5" in Windows-1252.
    let bytes: [UInt8] = [0x53, 0xF8, 0x72, 0x65, 0x6E, 0x2C, 0x80, 0x35, 0x0A]
    let table = try CSVReader().read(bytes)
    #expect(table.rows == [["Søren", "€5"]])
    #expect(table.diagnostics.map(\.severity) == [.warning])
    #expect(table.diagnostics.first?.message.contains("Windows-1252") == true)
  }

  @Test(
    "Malformed UTF-8 is detected",
    arguments: [
      [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xE2, 0x82], [0x80],
    ] as [[UInt8]])
  func rejectsMalformedUTF8(bytes: [UInt8]) throws {
    let table = try CSVReader().read(Array("abcdefghij,".utf8) + bytes)
    #expect(table.diagnostics.count == 1)
  }

  @Test(
    "Syntax errors give their line and column",
    arguments: [
      ("a,b\n1,\"open\n", CSVError(.unterminatedQuote, at: SourcePosition(line: 2, column: 3))),
      ("a,\"b\"x\n", CSVError(.textAfterClosingQuote, at: SourcePosition(line: 1, column: 6))),
      ("ø,\"b\nc\"x\n", CSVError(.textAfterClosingQuote, at: SourcePosition(line: 2, column: 3))),
    ])
  func syntaxErrors(text: String, expected: CSVError) throws {
    let error = #expect(throws: CSVError.self) { try read(text) }
    #expect(error == expected)
  }

  @Test("Field positions count Unicode scalars and follow quoted line breaks")
  func fieldPositions() throws {
    let table = try read("æø,b\n\"x\ny\",z\n")
    #expect(table.position(ofField: 1, inRow: 0) == SourcePosition(line: 1, column: 4))
    #expect(table.position(ofField: 1, inRow: 1) == SourcePosition(line: 3, column: 4))
  }

  @Test("Quoted fields report the position of their opening quote")
  func quotedFieldPositions() throws {
    let table = try read("a,\"x\"\"y\",\"z\"\n\"q\",r\n")
    #expect(table.position(ofField: 1, inRow: 0) == SourcePosition(line: 1, column: 3))
    #expect(table.position(ofField: 2, inRow: 0) == SourcePosition(line: 1, column: 10))
    #expect(table.position(ofField: 0, inRow: 1) == SourcePosition(line: 2, column: 1))
    #expect(table.position(ofField: 1, inRow: 1) == SourcePosition(line: 2, column: 5))
  }

  @Test("Field bytes can be read without making strings")
  func fieldBytes() throws {
    let table = try read("a,\"b\"\"c\"\n")
    var seen: [[UInt8]] = []
    table.forEachRow { _, field in seen = [Array(field(0)), Array(field(1))] }
    #expect(seen == [Array("a".utf8), Array("b\"c".utf8)])
  }

  @Test(
    "UTF-16 with a byte order mark (Excel's \"Unicode text\") is read as such, either byte order")
  func utf16() throws {
    let text = "id\tKøn\nB01\tKvinde 😀\n"
    let units = Array(text.utf16)
    let little: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let big: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    for bytes in [little, big] {
      let table = try CSVReader().read(bytes)
      #expect(table.rows == [["id", "Køn"], ["B01", "Kvinde 😀"]])
      #expect(table.delimiter == .tab)
      #expect(
        table.diagnostics.map(\.message) == [
          "file is UTF-16; it was read as such (save it as UTF-8 CSV)"
        ])
    }
  }
}
