import Foundation
import QualKit

/// The folder of reliability fixtures (published examples and random data).
let reliabilityFixtures = URL(fileURLWithPath: #filePath)
  .deletingLastPathComponent().deletingLastPathComponent()
  .appendingPathComponent("Fixtures").appendingPathComponent("Reliability")

/// Reads a fixture CSV as reliability data.
func loadReliabilityData(
  _ name: String, level: MeasurementLevel = .nominal, categories: [String]? = nil
) throws -> ReliabilityData {
  let bytes = try Data(contentsOf: reliabilityFixtures.appendingPathComponent(name))
  let table = try CSVReader().read(bytes)
  return try ReliabilityData(csv: table, level: level, categories: categories)
}

/// `value` rounded to `places` decimals, as papers print it.
func rounded(_ value: Double?, _ places: Int) -> Double? {
  guard let value else { return nil }
  let scale = pow(10, Double(places))
  return (value * scale).rounded() / scale
}
