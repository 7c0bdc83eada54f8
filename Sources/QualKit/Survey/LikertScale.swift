/// An ordinal answer scale: ordered levels with values, and the answers
/// that count as missing.
///
/// Levels are listed as the questionnaire lists them (the built-in Danish
/// scale from "I meget høj grad" down to "Slet ikke"); statistics use their
/// values, so the order of the list does not matter to them.
public struct LikertScale: Hashable, Sendable {
  /// One answer level.
  public struct Level: Hashable, Sendable {
    /// The answer as the questionnaire shows it.
    public var label: String
    /// Its score (4 for "I meget høj grad" on `da4`).
    public var value: Double
    /// Other answers that mean this level: another wording ("Delvis enig"
    /// for "Delvist enig") or the code a tool exports for it (`A5`).
    public var aliases: [String]

    /// Creates a level.
    public init(label: String, value: Double, aliases: [String] = []) {
      self.label = label
      self.value = value
      self.aliases = aliases
    }
  }

  /// The most levels a scale may have (answers are stored in one byte each).
  public static let maximumLevels = 100
  /// The largest magnitude a level's value may have, so that sums and
  /// squares over millions of answers stay finite.
  public static let maximumValueMagnitude = 1_000_000.0

  /// A short name for the scale, such as `da4`.
  public var id: String
  /// A description of the scale.
  public var label: String
  /// The levels, in questionnaire order.
  public var levels: [Level]
  /// Answers that are missing values (a blank cell is always missing).
  public var missing: [String]
  /// Answers that mean "don't know" (missing, but counted apart from blanks).
  public var dontKnow: [String]

  /// Creates a scale.
  public init(
    id: String, label: String, levels: [Level], missing: [String] = [""],
    dontKnow: [String] = []
  ) {
    self.id = id
    self.label = label
    self.levels = levels
    self.missing = missing
    self.dontKnow = dontKnow
  }

  /// Why the scale cannot be used to read answers (too many levels, or a
  /// value too large or not finite), or `nil` when it can.
  public var unusableReason: String? {
    if levels.count > LikertScale.maximumLevels {
      return
        "scale '\(id)' has \(levels.count) levels; at most \(LikertScale.maximumLevels) are allowed"
    }
    if let level = levels.first(where: {
      !$0.value.isFinite || abs($0.value) > LikertScale.maximumValueMagnitude
    }) {
      return
        "level '\(level.label)' of scale '\(id)' has the value \(level.value); values must lie between -1000000 and 1000000"
    }
    return nil
  }

  /// The level values, lowest first, and the indices of the levels in that order.
  public var ascendingLevels: [Int] {
    levels.indices.sorted { levels[$0].value < levels[$1].value }
  }

  /// The indices of the two levels with the highest values (for top-two-box).
  public var topTwoLevels: Set<Int> { Set(ascendingLevels.suffix(2)) }

  /// The value a reverse-scored answer gets: the scale mirrored around its
  /// midpoint (lowest + highest − value).
  public func reversed(_ value: Double) -> Double {
    guard let low = levels.map(\.value).min(), let high = levels.map(\.value).max() else {
      return value
    }
    return low + high - value
  }
}
