/// How ``CodingMerger`` decides which codings a merged coding file keeps.
public enum MergeStrategy: String, Hashable, Sendable, CaseIterable {
  /// Every coding of every coder, each kept once with the coders who made it.
  case union
  /// A code on a span that more than half of the coders applied (accepted).
  case majority
  /// A code on a span that every coder applied (accepted).
  case unanimous
}
