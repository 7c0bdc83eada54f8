import Testing

@testable import QualKit

@Suite struct InternTableTests {
  @Test("Indices follow first appearance, below and above the size where lookups start hashing")
  func indices() {
    var table = InternTable<String>()
    let names = (0..<20).map { "speaker \($0 % 13)" }
    var seen: [String] = []
    for name in names + names.reversed() {
      let expected = seen.firstIndex(of: name) ?? seen.count
      if expected == seen.count { seen.append(name) }
      #expect(table.index(of: name) == Int32(expected), "\(name)")
      #expect(table.existingIndex(of: name) == Int32(expected))
      #expect(table.elements == seen)
    }
    #expect(table.existingIndex(of: "nobody") == nil)
    #expect(table.elements.count == 13)
  }
}
