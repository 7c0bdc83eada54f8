/// Where a quotation comes from, as a paper cites it.
///
/// A transcript and its lines: "B03, l. 112–118".
public struct Citation: Hashable, Sendable, CustomStringConvertible {
  /// The transcript's id.
  public var transcript: String
  /// The first line, 1-based.
  public var firstLine: Int
  /// The last line, inclusive.
  public var lastLine: Int
  /// Whether the quotation is the text its codings stored because the
  /// transcript changed under them (quoted only with `--allow-stale`).
  public var isStale: Bool

  /// Creates a citation of lines `firstLine...lastLine` of `transcript`.
  public init(transcript: String, firstLine: Int, lastLine: Int, isStale: Bool = false) {
    self.transcript = transcript
    self.firstLine = firstLine
    self.lastLine = lastLine
    self.isStale = isStale
  }

  /// The citation of `segment`'s lines.
  public init(_ segment: Segment, isStale: Bool = false) {
    self.init(
      transcript: segment.transcript, firstLine: segment.span.firstLine,
      lastLine: segment.span.lastLine, isStale: isStale)
  }

  /// `B03, l. 112` or `B03, l. 112–118`, and `(as coded; the transcript has
  /// changed)` after a stale quotation's.
  public var description: String { description(in: .english) }

  /// The citation in `vocabulary`'s language.
  public func description(in vocabulary: Vocabulary) -> String {
    "\(transcript), \(lines(in: vocabulary))" + (isStale ? " " + vocabulary[.asCoded] : "")
  }

  /// `l. 112` or `l. 112–118` in `vocabulary`'s language.
  public func lines(in vocabulary: Vocabulary) -> String {
    firstLine == lastLine
      ? vocabulary(.lineCitation, firstLine) : vocabulary(.linesCitation, firstLine, lastLine)
  }
}
