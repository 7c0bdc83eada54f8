/// A coded segment as a retrieval shows it: the whole coded text, who said
/// it, where, when, and the coders who coded it.
public struct RetrievedSegment: Hashable, Sendable {
  /// The segment (its coders and every coder's memo).
  public var segment: Segment
  /// The whole coded text, as the transcript has it now (or as the codings
  /// stored it, when the transcript changed under them: ``isStale``).
  public var text: String
  /// Whether ``text`` is the stored text of a segment whose transcript changed.
  public var isStale: Bool
  /// The turn the segment starts in, if the transcript is known.
  public var turn: Turn?
  /// The transcript's attributes (participant attributes), sorted by name.
  public var attributes: [(key: String, value: String)]

  public static func == (lhs: RetrievedSegment, rhs: RetrievedSegment) -> Bool {
    lhs.segment == rhs.segment && lhs.text == rhs.text && lhs.isStale == rhs.isStale
      && lhs.turn == rhs.turn && lhs.attributes.map(\.key) == rhs.attributes.map(\.key)
      && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(segment)
    hasher.combine(text)
  }

  /// The segment in its transcript.
  public init(_ segment: Segment, transcript: Transcript?) {
    self.segment = segment
    let words = segment.words(in: transcript)
    text = words.text
    isStale = words.isStale
    turn = transcript?.turn(startingAtOrBefore: segment.span.start)
    attributes = (transcript?.attributes ?? [:]).map { ($0.key, $0.value.description) }
      .sorted { $0.key < $1.key }
  }
}
