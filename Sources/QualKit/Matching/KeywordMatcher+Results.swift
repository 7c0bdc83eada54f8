// The searched ranges before the scan, and the hits after it: exclusions,
// de-duplication, order, and counting scalars.
extension KeywordMatcher {
  /// Ranges clamped, on scalar boundaries, sorted and without overlaps.
  static func normalised(_ ranges: [Range<Int>], in text: UnsafeBufferPointer<UInt8>)
    -> [Range<Int>]
  {
    func isBoundary(_ offset: Int) -> Bool {
      offset >= text.count || text[offset] & 0xC0 != 0x80
    }
    var result: [Range<Int>] = []
    // Turns come in order; only ranges out of order need sorting.
    let isInOrder = zip(ranges, ranges.dropFirst()).allSatisfy { $0.lowerBound <= $1.lowerBound }
    for range in isInOrder ? ranges : ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
      var lower = min(max(range.lowerBound, 0), text.count)
      var upper = min(max(range.upperBound, 0), text.count)
      while !isBoundary(lower) { lower += 1 }
      while !isBoundary(upper) { upper -= 1 }
      guard lower < upper else { continue }
      if let last = result.last, lower < last.upperBound {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, upper)
      } else {
        result.append(lower..<upper)
      }
    }
    return result
  }

  /// Applies exclusions to the sorted raw hits and removes duplicates.
  func finished(_ sorted: [RawHit]) -> [KeywordHit] {
    var result: [KeywordHit] = []
    result.reserveCapacity(sorted.count)
    var index = 0
    while index < sorted.count {
      let first = sorted[index]
      var groupEnd = index
      var rule: Int?
      var isExcluded = false
      while groupEnd < sorted.count, sorted[groupEnd].start == first.start,
        sorted[groupEnd].end == first.end, sorted[groupEnd].code == first.code
      {
        if ruleIsExclusion[sorted[groupEnd].rule] {
          isExcluded = true
        } else if rule == nil {
          rule = sorted[groupEnd].rule
        }
        groupEnd += 1
      }
      index = groupEnd
      guard let rule, !isExcluded else { continue }
      result.append(
        KeywordHit(
          code: first.code, rule: rule, utf8Range: first.start..<first.end,
          scalarRange: first.scalarStart..<first.scalarEnd))
    }
    return result
  }

  /// Sorts hits in place by start, end, code and rule.
  ///
  /// The automaton reports hits in order of their end, so they are nearly
  /// sorted by start already: an insertion sort finishes them in about
  /// linear time. If it has to move hits too far (many long hits, or
  /// regular-expression hits after the others), a full sort takes over.
  static func sort(_ hits: inout [RawHit]) {
    var moves = 0
    let budget = 8 * hits.count + 64
    for index in hits.indices.dropFirst() {
      let hit = hits[index]
      var slot = index
      while slot > 0, hit.precedes(hits[slot - 1]) {
        hits[slot] = hits[slot - 1]
        slot -= 1
      }
      hits[slot] = hit
      moves += index - slot
      if moves > budget {
        hits.sort { $0.precedes($1) }
        return
      }
    }
  }
}
