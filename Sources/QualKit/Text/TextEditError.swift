/// A ``TextEdit`` that cannot be applied to a text.
public struct TextEditError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What is wrong with the edit.
  public enum Kind: Hashable, Sendable {
    /// A replacement's range lies outside the text.
    case rangeOutOfBounds
    /// Two replacements overlap, or insert at the same offset.
    case overlappingReplacements
  }

  /// What is wrong.
  public var kind: Kind
  /// The Unicode-scalar range of the offending replacement (for an overlap,
  /// the later one).
  public var range: Range<Int>

  /// Creates an error of `kind` about the replacement of `range`.
  public init(_ kind: Kind, range: Range<Int>) {
    self.kind = kind
    self.range = range
  }

  public var description: String {
    let bounds = "\(range.lowerBound)..<\(range.upperBound)"
    switch kind {
    case .rangeOutOfBounds: return "replacement range \(bounds) lies outside the text"
    case .overlappingReplacements: return "replacement range \(bounds) overlaps another replacement"
    }
  }
}
