/// Finds the nearest valid choice to a mistyped word, for "did you mean" hints.
public enum Suggestions {
  /// How many cells of edit-distance tables one search may compute.
  ///
  /// About 20 ms. A search over thousands of long names (a survey export's
  /// full question texts) stops there with the nearest found so far.
  public static let cellBudget = 8_000_000

  /// The choices closest to `word` by edit distance (ignoring case), best
  /// first, ties by name, at most `limit`.
  ///
  /// Choices are tried in order of their difference in length (a lower
  /// bound of the distance), each against the worst distance kept so far,
  /// so that most are ruled out early; past ``cellBudget`` the nearest
  /// found so far are returned.
  public static func nearest(to word: String, in choices: some Collection<String>, limit: Int)
    -> [String]
  {
    nearest(to: word, in: choices, limit: limit, cellBudget: cellBudget)
  }

  /// ``nearest(to:in:limit:)`` with the budget given (for tests).
  static func nearest(
    to word: String, in choices: some Collection<String>, limit: Int, cellBudget: Int
  ) -> [String] {
    guard limit > 0 else { return [] }
    let target = Array(word.lowercased().unicodeScalars)
    let candidates = choices.map { choice in
      let scalars = Array(choice.lowercased().unicodeScalars)
      return (gap: abs(scalars.count - target.count), choice: choice, scalars: scalars)
    }.sorted { ($0.gap, $0.choice) < ($1.gap, $1.choice) }
    var best: [(distance: Int, choice: String)] = []
    var budget = cellBudget
    for candidate in candidates {
      let worst = best.count == limit ? best[best.count - 1].distance : Int.max
      // Every later candidate differs at least as much in length.
      if candidate.gap > worst || budget <= 0 { break }
      let (distance, cells) = EditDistance.between(target, candidate.scalars, atMost: worst)
      budget -= cells
      guard let distance else { continue }
      let entry = (distance: distance, choice: candidate.choice)
      let place = best.firstIndex { ($0.distance, $0.choice) > (distance, entry.choice) }
      best.insert(entry, at: place ?? best.count)
      if best.count > limit { best.removeLast() }
    }
    return best.map(\.choice)
  }

  /// The single nearest choice, if it is close enough to be a likely typo.
  public static func nearest(to word: String, in choices: some Collection<String>) -> String? {
    guard let best = nearest(to: word, in: choices, limit: 1).first else { return nil }
    let distance = EditDistance.between(word.lowercased(), best.lowercased())
    return distance <= max(2, word.count / 3) ? best : nil
  }

  /// ` (nearest: a, b, c)`, or nothing when there are no choices.
  public static func hint(nearest: [String]) -> String {
    nearest.isEmpty ? "" : " (nearest: \(nearest.joined(separator: ", ")))"
  }
}
