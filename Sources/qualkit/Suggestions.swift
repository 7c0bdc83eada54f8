/// Finds the nearest valid choice to a mistyped word, for "did you mean" hints.
enum Suggestions {
  /// The choices closest to `word` by edit distance, best first, at most `limit`.
  static func nearest(to word: String, in choices: some Collection<String>, limit: Int) -> [String]
  {
    let lowered = word.lowercased()
    let scored = choices.map { choice -> (Int, String) in
      (editDistance(lowered, choice.lowercased()), choice)
    }
    return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
  }

  /// The single nearest choice, if it is close enough to be a likely typo.
  static func nearest(to word: String, in choices: some Collection<String>) -> String? {
    guard let best = nearest(to: word, in: choices, limit: 1).first else { return nil }
    let distance = editDistance(word.lowercased(), best.lowercased())
    return distance <= max(2, word.count / 3) ? best : nil
  }

  /// The Levenshtein distance between two strings, in Unicode scalars.
  static func editDistance(_ a: String, _ b: String) -> Int {
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
