@testable import QualKit

/// The obvious model of realigning one coding through an edit: build the
/// new text scalar by scalar, each marked with where it came from, and
/// take as the coding's new words the scalars that come from its own
/// characters or from a replacement inside it.
enum ReferenceRealigner {
  /// What happens to a coding.
  enum Outcome: Equatable {
    /// Carried: its new offsets and the text it covers.
    case moved(Range<Int>, String)
    /// A replaced part (not an insertion) has the coding's start or end
    /// strictly inside it.
    case partlyReplaced
    /// Nothing is left of it.
    case emptied
    /// The covered scalars do not stand together (the rule would be wrong).
    case scattered
  }

  /// The outcome for the non-empty span `span` of `old`, edited by
  /// `replacements` (sorted, not overlapping).
  static func realign(
    _ span: Range<Int>, in old: [Unicode.Scalar], by replacements: [TextEdit.Replacement]
  ) -> Outcome {
    let (s, e) = (span.lowerBound, span.upperBound)
    for part in replacements where !part.range.isEmpty {
      let (a, b) = (part.range.lowerBound, part.range.upperBound)
      if (a < s && s < b) || (a < e && e < b) { return .partlyReplaced }
    }
    // The new text, each scalar with whether the coding covers it.
    var new: [(scalar: Unicode.Scalar, isCovered: Bool)] = []
    var offset = 0
    for part in replacements {
      while offset < part.range.lowerBound {
        new.append((old[offset], s <= offset && offset < e))
        offset += 1
      }
      let (a, b) = (part.range.lowerBound, part.range.upperBound)
      // A part inside the span is covered; text inserted at its ends is not.
      let isInside = part.range.isEmpty ? s < a && a < e : s <= a && b <= e
      new += part.text.unicodeScalars.map { ($0, isInside) }
      offset = b
    }
    while offset < old.count {
      new.append((old[offset], s <= offset && offset < e))
      offset += 1
    }
    guard let first = new.firstIndex(where: \.isCovered),
      let last = new.lastIndex(where: \.isCovered)
    else { return .emptied }
    guard new[first...last].allSatisfy(\.isCovered) else { return .scattered }
    let text = String(String.UnicodeScalarView(new[first...last].map(\.scalar)))
    return .moved(first..<(last + 1), text)
  }
}
