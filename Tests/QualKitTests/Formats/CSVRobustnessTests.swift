import QualKit
import Testing

@Suite struct CSVRobustnessTests {
  /// Bytes that exercise every branch: quotes, delimiters, line ends, UTF-8 and invalid bytes.
  private let alphabet: [UInt8] = Array("\",;\t\n\r a1".utf8) + [0xC3, 0xA6, 0xFF, 0x80]

  @Test("Random bytes never crash the reader, the data builder or the coefficients")
  func randomBytes() {
    var generator = SplitMix64(seed: 2026)
    var parsed = 0
    for _ in 0..<2000 {
      let length = generator.index(below: 40)
      let bytes = (0..<length).map { _ in alphabet[generator.index(below: alphabet.count)] }
      guard let table = try? CSVReader().read(bytes) else { continue }
      parsed += 1
      for row in 0..<table.rowCount {
        #expect(table.line(ofRow: row) >= 1)
        for column in 0..<table.fieldCount(inRow: row) {
          _ = table.field(column, inRow: row)
          let position = table.position(ofField: column, inRow: row)
          #expect(position.line >= table.line(ofRow: row) && position.column >= 1)
        }
      }
      for level in MeasurementLevel.allCases {
        guard let data = try? ReliabilityData(csv: table, level: level) else { continue }
        for statistic in ReliabilityStatistic.allCases {
          let value = Reliability.compute(statistic, on: data, level: level).value
          #expect(value.map(\.isFinite) ?? true)
        }
      }
    }
    #expect(parsed > 1000)
  }
}
