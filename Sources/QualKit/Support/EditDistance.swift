/// The Levenshtein distance between strings, for "did you mean" hints.
public enum EditDistance {
  /// The number of single-scalar insertions, deletions and substitutions that
  /// turn `a` into `b`.
  ///
  /// - Complexity: O(*m* × *n*) time and O(*n*) memory for strings of *m*
  ///   and *n* Unicode scalars.
  public static func between(_ a: String, _ b: String) -> Int {
    let a = Array(a.unicodeScalars)
    let b = Array(b.unicodeScalars)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }

  /// The distance between `a` and `b` if it is at most `bound`, and how
  /// many cells of the table were computed to find out.
  ///
  /// Only the band of cells within `bound` of the diagonal is computed, and
  /// the search stops at the first row whose every cell is over `bound`.
  ///
  /// - Complexity: O(*m* × min(*n*, 2 × `bound` + 1)) time at most.
  public static func between(
    _ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost bound: Int
  ) -> (distance: Int?, cells: Int) {
    let (m, n) = (a.count, b.count)
    guard bound >= 0, abs(m - n) <= bound else { return (nil, 0) }
    if m == 0 || n == 0 { return (max(m, n), 1) }
    let bound = min(bound, max(m, n))
    let infinity = Int.max / 2
    var previous = (0...n).map { $0 <= bound ? $0 : infinity }
    var current = [Int](repeating: infinity, count: n + 1)
    var cells = 0
    for i in 1...m {
      let low = max(1, i - bound)
      let high = min(n, i + bound)
      current[0] = i <= bound ? i : infinity
      if low > 1 { current[low - 1] = infinity }
      var rowMinimum = current[0]
      if low <= high {
        for j in low...high {
          let cost = a[i - 1] == b[j - 1] ? 0 : 1
          let value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
          current[j] = value
          rowMinimum = min(rowMinimum, value)
        }
        cells += high - low + 1
      }
      if high < n { current[high + 1] = infinity }
      if rowMinimum > bound { return (nil, cells) }
      swap(&previous, &current)
    }
    return (previous[n] <= bound ? previous[n] : nil, cells)
  }
}
