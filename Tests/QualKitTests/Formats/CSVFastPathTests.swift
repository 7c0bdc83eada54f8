import Testing

@testable import QualKit

/// The CSV reader's quick paths (ASCII words skipped before validation,
/// field arrays sized by counting delimiters and line feeds) and the
/// reliability data's quick look-up of short cells, each checked against
/// the plain way on random input.
@Suite struct CSVFastPathTests {
  /// Pieces of well-formed and malformed UTF-8, and ASCII.
  private let pieces: [[UInt8]] = [
    Array("a".utf8), Array(",".utf8), Array("\n".utf8), Array("æ".utf8), Array("€".utf8),
    Array("😀".utf8), [0xFF], [0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xC0, 0xAF],
  ]

  @Test("The UTF-8 check agrees with the validator wherever non-ASCII bytes fall")
  func validityMatchesValidator() {
    var generator = SplitMix64(seed: 26)
    var invalid = 0
    for _ in 0..<3000 {
      var bytes: [UInt8] = []
      // Mostly ASCII, so that whole ASCII words come before, between and after the rest.
      for _ in 0..<generator.index(below: 30) {
        let piece =
          generator.index(below: 4) == 0 ? pieces[generator.index(below: pieces.count)] : [0x61]
        bytes += piece
      }
      let expected = UTF8Validation.isValid(bytes)
      if !expected { invalid += 1 }
      #expect(CSVReader.isValidUTF8(bytes) == expected, "\(bytes)")
    }
    #expect(invalid > 100)
  }

  @Test(
    "Empty fields, a delimiter at the end and separators in quotes give the same rows",
    arguments: [
      (",,,\n,,", [["", "", "", ""], ["", "", ""]]),
      ("a,b,", [["a", "b", ""]]),
      ("\"a,b\",\"c\nd\"\n\ne", [["a,b", "c\nd"], ["e"]]),
      ("\n\n\n", []),
      ("x\r\ny\r\n", [["x"], ["y"]]),
      ("\"q\"\"q\",r", [["q\"q", "r"]]),
    ])
  func edgeRows(text: String, rows: [[String]]) throws {
    let table = try CSVReader(delimiter: .comma).read(Array(text.utf8))
    #expect(table.rows == rows)
  }

  @Test("Blank lines kept: one empty field a line, within the counted bound")
  func blankLinesKept() throws {
    let table = try CSVReader(delimiter: .comma, skipsBlankLines: false).read(Array("\n\n".utf8))
    #expect(table.rows == [[""], [""]])
  }

  @Test("Short cells found by one load code the same as read one by one")
  func quickCellsMatch() throws {
    let values = [
      "", "a", "cat1", "cat2", " cat1", "cat2 ", "\t", "seven77", "eight888", "a,b", "ø",
      "lang værdi",
    ]
    var generator = SplitMix64(seed: 7)
    for _ in 0..<300 {
      var text = "unit,a,b,c\n"
      var units: [[String?]] = []
      for row in 0..<(1 + generator.index(below: 6)) {
        let cells = (0..<3).map { _ in values[generator.index(below: values.count)] }
        units.append(cells.map { $0 })
        text +=
          "u\(row)," + cells.map { $0.contains(",") ? "\"\($0)\"" : $0 }.joined(separator: ",")
        text += "\n"
      }
      if generator.index(below: 2) == 0 { text.removeLast() }
      let table = try CSVReader(delimiter: .comma).read(Array(text.utf8))
      let fromCSV = try? ReliabilityData(csv: table)
      let fromRows = try? ReliabilityData(coders: ["a", "b", "c"], units: units)
      #expect(fromCSV == fromRows, "\(text.debugDescription)")
    }
  }
}
