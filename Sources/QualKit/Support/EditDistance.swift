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
}
