/// A set of replacements of parts of a text, applied at once, with the map
/// of offsets from the old text to the new one.
///
/// Ranges are Unicode-scalar offsets into the old text. Replacements must not
/// overlap (two insertions at one offset count as overlapping, their order
/// being unclear); they may touch. The new text is the old one with each
/// part replaced, nothing else changed and nothing normalised again.
/// Offsets of the old text move to the new one through the returned
/// ``OffsetMap``: a range that starts or ends inside a replaced part grows
/// to the replacement's bounds, a range that ends where a part starts (or
/// starts where it ends) leaves the part out (see ``OffsetMap``).
///
/// ```swift
/// var edit = TextEdit()
/// edit.replace(3..<7, with: "B01")
/// let (text, map) = try edit.applied(to: "I: Anna siger ja")  // "I: B01 siger ja"
/// map.map(8..<13)  // 7..<12, "siger"
/// ```
public struct TextEdit: Hashable, Sendable {
  /// One part of the old text and what replaces it.
  public struct Replacement: Hashable, Sendable {
    /// The part's Unicode-scalar offsets in the old text; empty to insert.
    public var range: Range<Int>
    /// The text that takes its place; empty to delete.
    public var text: String

    /// Creates a replacement of `range` by `text`.
    public init(_ range: Range<Int>, with text: String) {
      self.range = range
      self.text = text
    }
  }

  /// The replacements, in any order.
  public var replacements: [Replacement]

  /// Creates an edit of `replacements`, in any order.
  public init(_ replacements: [Replacement] = []) {
    self.replacements = replacements
  }

  /// Adds the replacement of `range` by `text`.
  public mutating func replace(_ range: Range<Int>, with text: String) {
    replacements.append(Replacement(range, with: text))
  }

  /// The new text and the map from the old text's scalar offsets to the
  /// new one's.
  ///
  /// - Throws: ``TextEditError`` when a range lies outside `text` or two
  ///   replacements overlap.
  /// - Complexity: O(*n* + *r* log *r*) for a text of *n* scalars and *r*
  ///   replacements.
  public func applied(to text: String) throws(TextEditError) -> (text: String, map: OffsetMap) {
    let sorted = replacements.sorted {
      ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
    }
    let scalars = text.unicodeScalars
    let count = scalars.count
    var previous: Replacement?
    for replacement in sorted {
      guard replacement.range.lowerBound >= 0, replacement.range.upperBound <= count else {
        throw TextEditError(.rangeOutOfBounds, range: replacement.range)
      }
      if let previous,
        replacement.range.lowerBound < previous.range.upperBound
          || replacement.range == previous.range && replacement.range.isEmpty
      {
        throw TextEditError(.overlappingReplacements, range: replacement.range)
      }
      previous = replacement
    }
    var result = String.UnicodeScalarView()
    var builder = OffsetMap.Builder()
    var index = scalars.startIndex
    var offset = 0
    for replacement in sorted {
      let start = scalars.index(index, offsetBy: replacement.range.lowerBound - offset)
      result.append(contentsOf: scalars[index..<start])
      builder.keep(replacement.range.lowerBound - offset)
      let new = replacement.text.unicodeScalars
      result.append(contentsOf: new)
      builder.replace(replacement.range.count, with: new.count)
      index = scalars.index(start, offsetBy: replacement.range.count)
      offset = replacement.range.upperBound
    }
    result.append(contentsOf: scalars[index...])
    builder.keep(count - offset)
    return (String(result), builder.result)
  }
}
