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

  /// The most levels a scale may have: a survey stores each answer in one
  /// signed byte, its level index or a negative code for a missing answer.
  public static let maximumLevels = Int(Int8.max) + 1
  /// The largest magnitude a level's value read from a label file may have.
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
    let mirrored = low + high - value
    // Halved first where the sum of the ends overflows (values near ±1e308).
    return mirrored.isFinite ? mirrored : 2 * (low / 2 + high / 2 - value / 2)
  }
}
