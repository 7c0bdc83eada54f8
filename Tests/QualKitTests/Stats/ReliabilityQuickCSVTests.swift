import Dispatch
import QualKit
import Testing

@Suite struct ReliabilityQuickCSVTests {
  private func full(
    _ bytes: [UInt8], level: MeasurementLevel = .nominal, categories: [String]? = nil
  ) -> ReliabilityData? {
    guard let table = try? CSVReader().read(bytes) else { return nil }
    return try? ReliabilityData(csv: table, level: level, categories: categories)
  }

  @Test(
    "The usual files are read in one pass and give the same data as the full reader",
    arguments: [
      "unit,A,B,C\nu01,x,y,x\nu02,,y,y\nu03,y,y,\n",
      "A,B\n1,2\n2,2\n\n3,1\n",
      "Unit;A;B\r\n1;ja;nej\r\n2;nej;nej\r\n10;ja;ja\r\n",
      "unit,A,B\n\"u 1\",\"x\",\"y, z\"\n\"u 2\",x,\"y, z\"\n",
      " unit , Anna , Bo \n 7 , x , x \n 8 ,  , y\n",
      "A,B\nkategori-lang-1,kategori-lang-2\nkategori-lang-2,kategori-lang-2\n",
      "A,B\næ,ø\nå,æ\n",
      "A,B\n",
    ])
  func usualFiles(_ text: String) throws {
    let bytes = Array(text.utf8)
    let quick = try #require(ReliabilityData(quickCSV: bytes))
    #expect(quick == full(bytes))
  }

  @Test("Levels and declared categories are applied as by the full reader")
  func levelsAndCategories() throws {
    let numbers = Array("A,B\n1.5,2\n2,\"3,5\"\n4,4\n".utf8)
    let interval = try #require(ReliabilityData(quickCSV: numbers, level: .interval))
    #expect(interval == full(numbers, level: .interval))
    #expect(interval.numericValues == [1.5, 2, 3.5, 4])
    let declared = Array("A,B\nlow,high\nhigh,mid\n".utf8)
    let ordered = try #require(
      ReliabilityData(quickCSV: declared, categories: ["low", "mid", "high"]))
    #expect(ordered.categories == ["low", "mid", "high"])
    #expect(ordered == full(declared, categories: ["low", "mid", "high"]))
  }

  @Test(
    "Files with an error or an unusual form are left to the full reader",
    arguments: [
      ("", "empty file"),
      ("\u{FEFF}A,B\nx,y\n", "byte-order mark"),
      ("A,B\n\"x \"\"1\"\"\",y\n", "doubled quote"),
      ("A,B\nx,y,z\n", "row too long"),
      ("A,B\nx\n", "row too short"),
      ("unit,A,B\n2,x,y\n1,x,y\n", "units decrease"),
      ("unit,A,B\nu1,x,y\nu1,y,y\n", "unit named twice"),
      ("unit,A,B\n,x,y\n", "no unit id"),
      ("A\nx\n", "one coder"),
      ("A,A\nx,y\n", "coder named twice"),
      ("A,B\n\"x,y\n", "unterminated quote"),
      ("A,B\nx,y\n", "not a number at interval level"),
    ])
  func leftToFullReader(_ text: String, _ why: String) {
    let level: MeasurementLevel = why.contains("interval") ? .interval : .nominal
    #expect(ReliabilityData(quickCSV: Array(text.utf8), level: level) == nil, "\(why)")
  }

  @Test("Bytes that are not UTF-8, UTF-16 and undeclared values are left to the full reader")
  func encodingsAndUndeclared() {
    #expect(ReliabilityData(quickCSV: [0x41, 0x2C, 0x42, 0x0A, 0xE6, 0x2C, 0x78, 0x0A]) == nil)
    #expect(ReliabilityData(quickCSV: [0xFF, 0xFE, 0x41, 0x00, 0x2C, 0x00, 0x42, 0x00]) == nil)
    #expect(ReliabilityData(quickCSV: Array("A,B\nx,y\n".utf8), categories: ["x"]) == nil)
  }

  @Test("The published and random fixtures read the same both ways")
  func fixtures() throws {
    let names = [
      "anxiety", "cohen-sas", "fleiss-wikipedia", "fleiss1971", "krippendorff2011",
      "random-2coders", "random-5coders", "wikipedia-cohen-a", "wikipedia-cohen-b",
    ]
    for name in names {
      let bytes = try fixture("Reliability/\(name).csv")
      let expected = try #require(full(bytes), "\(name)")
      #expect(ReliabilityData(quickCSV: bytes) ?? expected == expected, "\(name)")
    }
  }

  @Test("On random files, whatever the quick reader reads equals the full reader's data")
  func randomFiles() {
    var random = SplitMix64(seed: 7)
    let cells = ["x", "y", " x", "", "\"y\"", "\"a\"\"b\"", "1", "10", "æ", "lang-kategori"]
    let ends = ["\n", "\r\n", "\n\n"]
    var quickCount = 0
    for _ in 0..<600 {
      let coders = Int.random(in: 1...4, using: &random)
      let unit = Bool.random(using: &random)
      var text = (unit ? ["unit"] : []) + (0..<coders).map { "C\($0)" }
      var lines = [text.joined(separator: ",")]
      var id = 0
      for _ in 0..<Int.random(in: 0...6, using: &random) {
        id += Int.random(in: 0...2, using: &random)
        let width = coders + (Int.random(in: 0..<20, using: &random) == 0 ? 1 : 0)
        text =
          (unit ? ["u\(id)"] : []) + (0..<width).map { _ in cells.randomElement(using: &random)! }
        lines.append(text.joined(separator: ","))
      }
      let bytes = Array(
        lines.map { $0 + ends.randomElement(using: &random)! }.joined().utf8)
      if let quick = ReliabilityData(quickCSV: bytes) {
        quickCount += 1
        #expect(quick == full(bytes), "\(String(decoding: bytes, as: UTF8.self))")
      }
    }
    #expect(quickCount > 100)
  }

  /// A file of `rows` units over 1 MB, so that the quick reader splits it:
  /// `unit` ids from `id(row)`, values cycling through `values`.
  private func large(
    rows: Int = 60_000, values: [String] = ["ja", "nej", "", "maaske"],
    id: (Int) -> String = { "u\($0 + 100_000)" }
  ) -> [UInt8] {
    var text = "unit,Anna,Bo,Cai\n"
    for row in 0..<rows {
      let cells = (0..<3).map { values[(row * 7 + $0 * 3 + row / 5) % values.count] }
      text += "\(id(row)),\(cells.joined(separator: ","))\n"
    }
    return Array(text.utf8)
  }

  @Test("A large file is read in halves, at once or in turn, with the full reader's data")
  func halves() throws {
    let bytes = large()
    #expect(bytes.count > 1 << 20)
    let expected = try #require(full(bytes))
    #expect(ReliabilityData(quickCSV: bytes) == expected)
    let concurrent: JobRunner = { count, job in
      DispatchQueue.concurrentPerform(iterations: count) { job($0) }
    }
    #expect(ReliabilityData(quickCSV: bytes, runner: concurrent) == expected)
    // Numbered ids, and a category first seen in the second half.
    var values = large(id: { "\($0 + 1)" })
    values += Array("60001,sjaelden,ja,ja\n".utf8)
    let numbered = try #require(ReliabilityData(quickCSV: values))
    #expect(numbered == full(values))
    #expect(numbered.categories.contains("sjaelden"))
  }

  @Test("Unit ids that go back or repeat across the halves are left to the full reader")
  func idsAcrossHalves() {
    // 70,000 rows of one length, so the split falls after row 35,000: the
    // ids increase within each half, but the second half starts again.
    let same = ["ja", "no"]
    let restart = { (row: Int) in 100_000 + (row <= 35_000 ? row : row - 35_001) }
    let again = large(rows: 70_000, values: same, id: { "u\(restart($0))" })
    #expect(ReliabilityData(quickCSV: again) == nil)
    #expect(full(again) == nil)
    let numbers = large(rows: 70_000, values: same, id: { "\(restart($0))" })
    #expect(ReliabilityData(quickCSV: numbers) == nil)
    #expect(full(numbers) == nil)
    // A ragged row far into the file.
    var ragged = large()
    ragged += Array("u999999,ja\n".utf8)
    #expect(ReliabilityData(quickCSV: ragged) == nil)
  }
}
