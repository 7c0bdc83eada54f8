import Testing

@testable import QualKit

@Suite struct NumberFormatTests {
  @Test(
    "Rounding is half away from zero on the decimal value, never -0",
    arguments: [
      (0.8125, 3, "0.813"), (0.8124999, 3, "0.812"), (2.675, 2, "2.68"), (-2.675, 2, "-2.68"),
      (1.005, 2, "1.01"), (-0.0004, 3, "0.000"), (-0.0005, 3, "-0.001"), (0, 3, "0.000"),
      (-0.0, 1, "0.0"), (9.9996, 3, "10.000"), (0.5, 0, "1"), (-0.5, 0, "-1"), (1.5e-7, 3, "0.000"),
      (123_456.789, 1, "123456.8"), (1e21, 0, "1000000000000000000000"), (0.1, 1, "0.1"),
      (1, 3, "1.000"), (0.999_95, 4, "1.0000"), (-1.25, 1, "-1.3"),
    ])
  func fixed(value: Double, decimals: Int, expected: String) {
    #expect(NumberFormat.fixed(value, decimals: decimals) == expected)
  }

  @Test(
    "Percentages scale in decimal, so 0.0125 is 1.3% and 0.978 is 97.8%",
    arguments: [
      (0.0125, 1, "1.3%"), (0.978, 1, "97.8%"), (1, 1, "100.0%"), (0, 1, "0.0%"),
      (-0.000_01, 1, "0.0%"), (0.333_333, 2, "33.33%"),
    ])
  func percent(value: Double, decimals: Int, expected: String) {
    #expect(NumberFormat.percent(value, decimals: decimals) == expected)
  }

  @Test("Non-finite values are n/a, never nan or inf")
  func nonFinite() {
    #expect(NumberFormat.fixed(.nan, decimals: 3) == "n/a")
    #expect(NumberFormat.fixed(.infinity, decimals: 3) == "n/a")
    #expect(NumberFormat.fixed(-.infinity, decimals: 3) == "n/a")
    #expect(NumberFormat.percent(.infinity, decimals: 1) == "n/a")
  }

  @Test("Every cell writer formats a number the same way")
  func writersAgree() throws {
    let table = Table(
      id: "t", columns: [.init("value", isNumeric: true)],
      rows: [Table.Row([.number(0.8125, decimals: 3)])])
    #expect(TextTableWriter.render(table) == "value\n0.813\n")
    #expect(MarkdownTableWriter.render(table).hasSuffix("| 0.813 |\n"))
    #expect(CSVWriter.render(table) == "value\r\n0.813\r\n")
    #expect(JSONTableWriter.rows(table).rendered() == "[{\"value\":0.8125}]")
  }
}
