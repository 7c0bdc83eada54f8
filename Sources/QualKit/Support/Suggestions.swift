/// Finds the nearest valid choice to a mistyped word, for "did you mean" hints.
public enum Suggestions {
  /// The choices closest to `word` by edit distance, best first, at most `limit`.
  public static func nearest(to word: String, in choices: some Collection<String>, limit: Int)
    -> [String]
  {
    let lowered = word.lowercased()
    let scored = choices.map { choice -> (Int, String) in
      (EditDistance.between(lowered, choice.lowercased()), choice)
    }
    return scored.sorted { $0 < $1 }.prefix(limit).map(\.1)
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
