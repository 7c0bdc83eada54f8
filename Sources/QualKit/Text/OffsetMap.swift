/// A map from offsets in one text (the source) to offsets in another (the
/// target) that was made from it by replacing some parts.
///
/// The two texts agree outside the replaced parts, offset for offset after a
/// shift; ``replacements`` lists the parts, in order. Offsets are counted in
/// whatever units the map was built for: Unicode scalars on both sides for
/// ``DecodedText``'s normalisation and ``TextEdit``, UTF-16 code units to
/// scalars for NVivo's positions (``SourceText/utf16Map``).
///
/// A range maps to the smallest range that holds the image of every unit in
/// it, where each unit of a replaced part stands for the whole replacement:
/// a range that starts or ends inside a replaced part grows to the
/// replacement's bounds, and a range that lies inside a part maps to the
/// whole replacement. A range that ends where a part starts, or starts where
/// it ends, does not include it; text inserted at a point (a part that is
/// empty in the source) belongs to neither side's range. A range inside a
/// part that was deleted maps to the empty range where it was.
///
/// ```swift
/// let edit = TextEdit([.init(6..<10, with: "B")])
/// let (text, map) = try edit.applied(to: "Hello Anna, hi")  // "Hello B, hi"
/// map.map(0..<5)    // 0..<5 "Hello"
/// map.map(6..<10)   // 6..<7 "B"
/// map.map(8..<12)   // 6..<9 "B, " (starts inside the replaced name)
/// ```
public struct OffsetMap: Hashable, Sendable {
  /// A part of the source and what the target has in its place.
  public struct Replacement: Hashable, Sendable {
    /// The part's offsets in the source.
    public var source: Range<Int>
    /// The offsets of what replaced it in the target.
    public var target: Range<Int>

    /// Creates a replacement of `source` by `target`.
    public init(source: Range<Int>, target: Range<Int>) {
      self.source = source
      self.target = target
    }
  }

  /// Which end of a range an offset is, which decides where an offset at
  /// the edge of a replaced part or inside it goes.
  public enum Bound: Hashable, Sendable {
    /// The offset starts a range: inside a part it goes to the start of the
    /// replacement; at a point of insertion, after the inserted text.
    case lower
    /// The offset ends a range: inside a part it goes to the end of the
    /// replacement; at a point of insertion, before the inserted text.
    case upper
  }

  /// The replaced parts, ordered and not overlapping, none replacing one
  /// unit by one unit (which maps like no replacement).
  public private(set) var replacements: [Replacement]
  /// How many units the source has.
  public private(set) var sourceCount: Int
  /// How many units the target has.
  public private(set) var targetCount: Int

  /// The map of a text of `count` units onto itself.
  public init(identity count: Int) {
    replacements = []
    sourceCount = count
    targetCount = count
  }

  /// Whether every offset maps to itself.
  public var isIdentity: Bool { replacements.isEmpty && sourceCount == targetCount }

  /// The map from the target back to the source.
  public var inverse: OffsetMap {
    var map = self
    map.replacements = replacements.map { Replacement(source: $0.target, target: $0.source) }
    map.sourceCount = targetCount
    map.targetCount = sourceCount
    return map
  }

  /// The target range of the source `range`, or nil when `range` is not
  /// within the source (negative or past ``sourceCount``).
  ///
  /// An empty range maps to an empty range, except inside a replaced part,
  /// where it maps to the whole replacement.
  public func map(_ range: Range<Int>) -> Range<Int>? {
    guard let lower = map(range.lowerBound, as: .lower),
      let upper = map(range.upperBound, as: .upper)
    else { return nil }
    // Only an empty range at a point of insertion has upper < lower.
    return min(lower, upper)..<upper
  }

  /// The target offset of the source `offset`, or nil when it is not within
  /// the source.
  ///
  /// - Complexity: O(log *n*) for *n* replacements.
  public func map(_ offset: Int, as bound: Bound) -> Int? {
    guard offset >= 0 && offset <= sourceCount else { return nil }
    switch bound {
    case .lower:
      // Every part that ends at or before the offset precedes its unit
      // (text inserted at the offset included).
      let before = partitionPoint { $0.source.upperBound > offset }
      if before < replacements.count, replacements[before].source.lowerBound < offset {
        return replacements[before].target.lowerBound
      }
      return offset + shift(after: before)
    case .upper:
      // Every part that starts before the offset precedes the unit before it.
      let before = partitionPoint { $0.source.lowerBound >= offset }
      if before > 0, replacements[before - 1].source.upperBound > offset {
        return replacements[before - 1].target.upperBound
      }
      return offset + shift(after: before)
    }
  }

  /// How far the target is ahead of the source after the first `count` parts.
  private func shift(after count: Int) -> Int {
    guard count > 0 else { return 0 }
    let last = replacements[count - 1]
    return last.target.upperBound - last.source.upperBound
  }

  /// The index of the first part that satisfies `isAfter`, which must be
  /// false for a prefix of the parts and true for the rest.
  private func partitionPoint(_ isAfter: (Replacement) -> Bool) -> Int {
    var low = 0
    var high = replacements.count
    while low < high {
      let middle = (low + high) / 2
      if isAfter(replacements[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}

extension OffsetMap {
  /// Builds a map from the start of both texts on: runs of units kept as
  /// they are, and parts replaced.
  struct Builder {
    private var map = OffsetMap(identity: 0)

    /// Adds `count` units that are the same in both texts.
    mutating func keep(_ count: Int) {
      map.sourceCount += count
      map.targetCount += count
    }

    /// Adds a part of `sourceCount` units replaced by `targetCount` units.
    ///
    /// A part of one unit replaced by one maps like kept units and is kept;
    /// text inserted where other text was inserted joins it.
    mutating func replace(_ sourceCount: Int, with targetCount: Int) {
      if sourceCount == targetCount && sourceCount <= 1 {
        keep(sourceCount)
        return
      }
      let source = map.sourceCount..<(map.sourceCount + sourceCount)
      let target = map.targetCount..<(map.targetCount + targetCount)
      map.sourceCount = source.upperBound
      map.targetCount = target.upperBound
      if let last = map.replacements.last, last.source.isEmpty, source.isEmpty,
        last.source.lowerBound == source.lowerBound
      {
        map.replacements[map.replacements.count - 1].target =
          last.target.lowerBound..<target.upperBound
        return
      }
      map.replacements.append(Replacement(source: source, target: target))
    }

    /// The map built so far.
    var result: OffsetMap { map }
  }
}
