import QualKit
import Testing

@Suite struct ReliabilityDataTests {
  private func data(
    _ text: String, level: MeasurementLevel = .nominal, categories: [String]? = nil
  ) throws -> ReliabilityData {
    try ReliabilityData(
      csv: try CSVReader().read(Array(text.utf8)), level: level, categories: categories)
  }

  private func error(
    _ text: String, level: MeasurementLevel = .nominal, categories: [String]? = nil
  ) -> ReliabilityDataError? {
    #expect(throws: ReliabilityDataError.self) {
      try data(text, level: level, categories: categories)
    }
  }

  @Test("A unit column is recognised and not counted as a coder")
  func unitColumn() throws {
    let table = try data("Unit,A,B\nu1,x,y\nu2,,x\n")
    #expect(table.coders == ["A", "B"])
    #expect(table.unitCount == 2)
    #expect(table.value(unit: 1, coder: 0) == nil)
    #expect(table.value(unit: 1, coder: 1).map { table.categories[$0] } == "x")
  }

  @Test(
    "A unit named twice is refused at its second row; spaces do not hide it; blanks are not units")
  func duplicateUnit() throws {
    let twice = error("unit,A,B\nu1,x,y\nu2,x,x\n u1 ,y,y\n")
    #expect(twice?.kind == .duplicateUnit("u1", firstLine: 2))
    #expect(twice?.position == SourcePosition(line: 4, column: 1))
    #expect(
      twice?.message
        == "unit 'u1' has a second row (first on line 2); "
        + "each unit is one row, its coders' values side by side"
    )
    // Empty unit cells and units that share a prefix are not duplicates.
    let table = try data("unit,A,B\n,x,y\n,x,x\nu1,y,y\nu10,y,x\nu1x,x,x\n")
    #expect(table.unitCount == 5)
    // Numbers in order pass in one pass; "01" and "1" are different ids;
    // numbers out of order are still checked.
    #expect(try data("unit,A,B\n1,x,y\n2,x,x\n10,y,y\n").unitCount == 3)
    #expect(try data("unit,A,B\n1,x,y\n2,x,x\n01,y,y\n").unitCount == 3)
    #expect(
      error("unit,A,B\n3,x,y\n1,x,x\n2,y,y\n3,y,x\n")?.kind == .duplicateUnit("3", firstLine: 2))
    // Many units (past the table's first growth) with one repeat at the end.
    let many = (1...5_000).map { "u\($0),x,y" }.joined(separator: "\n")
    #expect(try data("unit,A,B\n" + many + "\n").unitCount == 5_000)
    #expect(
      error("unit,A,B\n" + many + "\nu4999,x,x\n")?.kind
        == .duplicateUnit("u4999", firstLine: 5_000))
  }

  @Test("Numbers are ordered numerically, text by scalars, declared categories as given")
  func categoryOrder() throws {
    #expect(try data("A,B\n10,9\n2,1.5\n").categories == ["1.5", "2", "9", "10"])
    #expect(try data("A,B\nb,a\nB,c\n").categories == ["B", "a", "b", "c"])
    #expect(try data("A,B\nb,a\n", categories: ["c", "b", "a"]).categories == ["c", "b", "a"])
    #expect(try data("A,B\nb,a\n").isOrdered == false)
  }

  @Test("Cells are trimmed and blank cells are missing")
  func trimming() throws {
    let table = try data("A,B\n x ,  \n")
    #expect(table.categories == ["x"])
    #expect(table.value(unit: 0, coder: 1) == nil)
  }

  @Test("Decimal commas are read as numbers at interval level")
  func decimalComma() throws {
    let table = try data("A;B\n1,5;2\n", level: .interval)
    #expect(table.numericValues == [1.5, 2])
  }

  @Test("More than 16 distinct values are interned correctly")
  func manyValues() throws {
    let rows = (0..<40).map { "v\($0),v\($0 % 20)" }.joined(separator: "\n")
    let table = try data("A,B\n" + rows)
    #expect(table.categories.count == 40)
    for unit in 0..<40 {
      #expect(table.value(unit: unit, coder: 0).map { table.categories[$0] } == "v\(unit)")
      #expect(table.value(unit: unit, coder: 1).map { table.categories[$0] } == "v\(unit % 20)")
    }
  }

  @Test(
    "Bad input is rejected with a message and a position",
    arguments: [
      (
        "", MeasurementLevel.nominal, nil, "1:1", "empty file: expected a header row of coder names"
      ),
      ("A,B\n1,2\n3\n", .nominal, nil, "3:1", "row has 1 field, but the header has 2"),
      ("A,B\n1,2,3\n", .nominal, nil, "2:1", "row has 3 fields, but the header has 2"),
      ("A,B\n1,x\n", .interval, nil, "2:3", "value 'x' is not a number (needed at interval level)"),
      (
        "A,B\n1,-2\n", .ratio, nil, "2:3",
        "value '-2' is negative (ratio level needs values of at least 0)"
      ),
      (
        "unit,A\n1,2\n", .nominal, nil, "1:1",
        "reliability data needs at least 2 coder columns, found 1"
      ),
      ("A,B,A\n1,2,3\n", .nominal, nil, "1:5", "duplicate coder name 'A'"),
      ("A,,C\n1,2,3\n", .nominal, nil, "1:3", "coder column 2 has no name"),
      (
        "A,B\na,z\n", .nominal, ["a", "b"], "2:3", "value 'z' is not one of the declared categories"
      ),
    ] as [(String, MeasurementLevel, [String]?, String, String)])
  func rejects(
    text: String, level: MeasurementLevel, categories: [String]?, position: String,
    message: String
  ) {
    let found = error(text, level: level, categories: categories)
    #expect(found?.message == message)
    if text.isEmpty {
      #expect(found?.position == nil)
    } else {
      #expect(found?.position.map(\.description) == position)
    }
  }
}
