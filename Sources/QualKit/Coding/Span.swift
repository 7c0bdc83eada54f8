/// A span of a transcript: 1-based first and last line, and Unicode-scalar
/// offsets into its text (end exclusive).
public struct Span: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// The 1-based line the span starts on.
  public var firstLine: Int
  /// The 1-based line the span ends on.
  public var lastLine: Int
  /// The Unicode-scalar offset of the first character.
  public var start: Int
  /// The Unicode-scalar offset after the last character.
  public var end: Int

  /// Creates a span.
  public init(firstLine: Int, lastLine: Int, start: Int, end: Int) {
    self.firstLine = firstLine
    self.lastLine = lastLine
    self.start = start
    self.end = end
  }

  /// Creates the span of scalar offsets `range` in `transcript`, with its lines.
  public init(_ range: Range<Int>, in transcript: Transcript) {
    self.start = range.lowerBound
    self.end = range.upperBound
    self.firstLine = transcript.lines.line(containingScalarOffset: range.lowerBound)
    self.lastLine = transcript.lines.line(
      containingScalarOffset: max(range.lowerBound, range.upperBound - 1))
  }

  /// The span's scalar offsets as a range.
  public var range: Range<Int> { start..<end }

  /// `l. 12` or `l. 12–14`.
  public var description: String {
    firstLine == lastLine ? "l. \(firstLine)" : "l. \(firstLine)–\(lastLine)"
  }

  /// Whether the two spans share at least one character.
  public func overlaps(_ other: Span) -> Bool {
    start < other.end && other.start < end
  }

  public static func < (lhs: Span, rhs: Span) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}
