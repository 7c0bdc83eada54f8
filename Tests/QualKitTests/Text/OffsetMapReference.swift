@testable import QualKit

/// The obvious model of an ``OffsetMap``, built unit by unit while the new
/// text is built character by character: what each source unit becomes, and
/// where each source offset between units lands.
struct OffsetMapReference {
  /// The target range each source unit maps to (a unit of a replaced part
  /// maps to the whole replacement; a deleted unit to an empty range).
  var images: [Range<Int>] = []
  /// Units with the same number belong to one replaced part.
  var groups: [Int] = []
  /// Where each source offset lands, before any text inserted there.
  var points: [Int] = []
  /// How many target units there are so far.
  var targetCount = 0
  private var nextGroup = 0
  /// Where the current offset landed before text was inserted there.
  private var insertionStart: Int?

  /// Adds a unit kept as it is.
  mutating func keep() {
    points.append(insertionStart ?? targetCount)
    insertionStart = nil
    images.append(targetCount..<(targetCount + 1))
    groups.append(nextGroup)
    nextGroup += 1
    targetCount += 1
  }

  /// Adds `count` source units replaced by `replacement` target units.
  mutating func replace(_ count: Int, with replacement: Int) {
    let image = targetCount..<(targetCount + replacement)
    if count == 0 {
      insertionStart = insertionStart ?? targetCount
      targetCount += replacement
      return
    }
    for _ in 0..<count {
      points.append(insertionStart ?? targetCount)
      insertionStart = nil
      images.append(image)
      groups.append(nextGroup)
    }
    nextGroup += 1
    targetCount += replacement
  }

  /// The range `range` maps to: the hull of its units' images; for an empty
  /// range, its point, or the whole replacement inside a replaced part.
  func map(_ range: Range<Int>) -> Range<Int> {
    let count = images.count
    if range.isEmpty {
      let point = range.lowerBound
      if point > 0 && point < count && groups[point - 1] == groups[point] { return images[point] }
      let landing = point < count ? points[point] : endPoint
      return landing..<landing
    }
    let lower = images[range].map(\.lowerBound).min() ?? 0
    let upper = images[range].map(\.upperBound).max() ?? 0
    return lower..<upper
  }

  /// Where the end of the source lands, before text inserted there.
  var endPoint: Int = 0

  /// Marks the end of the source.
  mutating func finishSource() { endPoint = insertionStart ?? targetCount }
}

/// A fixed linear congruential generator, so that every run tests the same inputs.
struct ScalarGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  /// A number in `0..<bound`.
  mutating func next(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }
}
