/// One coder's coding that a merged coding was made from: who, and which
/// line of which coding file.
///
/// Stored in a merged coding file as
/// `"sources":[{"coder":"anna","file":"Codings/anna.jsonl","line":12}]`.
public struct CodingSource: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The coder who applied the coding.
  public var coder: String
  /// The coding file it was read from, as given on the command line.
  public var file: String
  /// The 1-based line of that file.
  public var line: Int

  /// Creates a source.
  public init(coder: String, file: String, line: Int) {
    self.coder = coder
    self.file = file
    self.line = line
  }

  /// `anna (Codings/anna.jsonl:12)`.
  public var description: String { "\(coder) (\(file):\(line))" }

  public static func < (lhs: CodingSource, rhs: CodingSource) -> Bool {
    (lhs.coder, lhs.file, lhs.line) < (rhs.coder, rhs.file, rhs.line)
  }
}
