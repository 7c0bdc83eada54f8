/// Distinct values numbered in the order they first appear, so that records
/// of a million turns can name a few speakers by a 32-bit index.
struct InternTable<Element: Hashable> {
  /// The distinct values, by index.
  private(set) var elements: [Element] = []
  private var indices: [Element: Int32] = [:]

  init() {}

  /// Up to this many values are found by comparing them in turn, which
  /// costs less than hashing (a transcript has a few speakers, each looked
  /// up once a turn).
  private static var linearLimit: Int { 8 }

  /// The index of `element` when it is in the table.
  func existingIndex(of element: Element) -> Int32? {
    if elements.count <= Self.linearLimit {
      return elements.firstIndex(of: element).map { Int32($0) }
    }
    return indices[element]
  }

  /// The index of `element`, added if it is new.
  mutating func index(of element: Element) -> Int32 {
    if let known = existingIndex(of: element) { return known }
    // Never past Int32: 2^31 distinct values would not fit in memory.
    let index = Int32(elements.count)
    elements.append(element)
    indices[element] = index
    return index
  }
}
