/// One coder's coding that a merged coding was made from: who, and which
/// line of which coding file.
///
/// Stored in a merged coding file as
/// `"sources":[{"coder":"anna","file":"Codings/anna.jsonl","line":12}]`, with
/// `"memo"` after `"line"` when the coder's coding had one: the merged
/// coding's memo is its sources' memos joined, and a later merge reads them
/// from here, each whole, never split or reordered.
public struct CodingSource: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The coder who applied the coding.
  public var coder: String
  /// The coding file it was read from, as given on the command line.
  public var file: String
  /// The 1-based line of that file.
  public var line: Int
  /// The memo of the coder's coding, as they wrote it, if it had one.
  public var memo: String?

  /// Creates a source.
  public init(coder: String, file: String, line: Int, memo: String? = nil) {
    self.coder = coder
    self.file = file
    self.line = line
    self.memo = memo
  }

  /// `anna (Codings/anna.jsonl:12)`.
  public var description: String { "\(coder) (\(file):\(line))" }

  public static func < (lhs: CodingSource, rhs: CodingSource) -> Bool {
    (lhs.coder, lhs.file, lhs.line, lhs.memo == nil ? 0 : 1, lhs.memo ?? "")
      < (rhs.coder, rhs.file, rhs.line, rhs.memo == nil ? 0 : 1, rhs.memo ?? "")
  }
}
