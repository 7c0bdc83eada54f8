/// A coded segment as a retrieval shows it: the whole coded text, who said
/// it, where, when, and the coders who coded it.
public struct RetrievedSegment: Hashable, Sendable {
  /// The coding (the first one read, for a segment several coders coded).
  public var coding: Coding
  /// The coders who coded this code on this span, sorted.
  public var coders: [String]
  /// The whole coded text, as the transcript has it now.
  public var text: String
  /// The turn the segment starts in, if the transcript is known.
  public var turn: Turn?
  /// The transcript's attributes (participant attributes), sorted by name.
  public var attributes: [(key: String, value: String)]

  public static func == (lhs: RetrievedSegment, rhs: RetrievedSegment) -> Bool {
    lhs.coding == rhs.coding && lhs.coders == rhs.coders && lhs.text == rhs.text
      && lhs.turn == rhs.turn && lhs.attributes.map(\.key) == rhs.attributes.map(\.key)
      && lhs.attributes.map(\.value) == rhs.attributes.map(\.value)
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(coding)
    hasher.combine(coders)
  }

  /// The segment of `coding` in `catalog`'s transcripts.
  public init(_ coding: Coding, coders: [String], catalog: TranscriptCatalog) {
    self.coding = coding
    self.coders = coders
    text = CodingWriter.quote(coding, in: catalog)
    let transcript = catalog.byID[coding.transcript]
    turn = transcript?.turns.last { $0.textRange.lowerBound <= coding.span.start }
    attributes = (transcript?.attributes ?? [:]).map { ($0.key, $0.value.description) }
      .sorted { $0.key < $1.key }
  }
}
