import Testing

@testable import QualKit

@Suite struct OffsetMapTests {
  @Test("The identity maps every range to itself and refuses ranges outside")
  func identity() {
    let map = OffsetMap(identity: 5)
    #expect(map.isIdentity)
    #expect(map.map(1..<4) == 1..<4)
    #expect(map.map(5..<5) == 5..<5)
    #expect(map.map(4..<6) == nil)
    #expect(map.map(-1, as: .lower) == nil)
    #expect(map.inverse == map)
  }

  @Test("Offsets at and inside a replaced part go to the replacement's bounds")
  func bounds() {
    var builder = OffsetMap.Builder()
    builder.keep(2)
    builder.replace(3, with: 1)  // 2..<5 → 2..<3
    builder.replace(0, with: 2)  // insertion at 5 → 3..<5
    builder.keep(2)
    let map = builder.result
    #expect(map.replacements.count == 2)
    #expect(map.map(3, as: .lower) == 2)
    #expect(map.map(3, as: .upper) == 3)
    #expect(map.map(5, as: .lower) == 5)  // after the inserted text
    #expect(map.map(5, as: .upper) == 3)  // before it
    #expect(map.map(5..<5) == 3..<3)
    #expect(map.map(3..<3) == 2..<3)
    #expect(map.map(0..<7) == 0..<7)
    #expect(map.inverse.map(3..<5) == 5..<5)
    #expect(map.inverse.map(2..<3) == 2..<5)
  }

  @Test("One unit replaced by one maps like a kept unit")
  func singleUnits() {
    var builder = OffsetMap.Builder()
    builder.replace(1, with: 1)
    builder.keep(1)
    #expect(builder.result == OffsetMap(identity: 2))
  }
}
