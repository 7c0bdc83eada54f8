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

  /// Creates a citation of lines `firstLine...lastLine` of `transcript`.
  public init(transcript: String, firstLine: Int, lastLine: Int) {
    self.transcript = transcript
    self.firstLine = firstLine
    self.lastLine = lastLine
  }

  /// `B03, l. 112` or `B03, l. 112–118`.
  public var description: String {
    firstLine == lastLine
      ? "\(transcript), l. \(firstLine)" : "\(transcript), l. \(firstLine)–\(lastLine)"
  }
}
