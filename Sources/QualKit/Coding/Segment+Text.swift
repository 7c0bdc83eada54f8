extension Segment {
  /// The words a segment codes, and where they were taken from.
  public struct Words: Hashable, Sendable {
    /// The text.
    public var text: String
    /// Whether the transcript changed under the segment, so that the text
    /// is the one its codings stored, not the transcript's (quoted only
    /// when asked, `--allow-stale`, and then marked).
    public var isStale: Bool

    /// Creates the words of a segment.
    public init(text: String, isStale: Bool = false) {
      self.text = text
      self.isStale = isStale
    }
  }

  /// The words the segment codes.
  ///
  /// They are the transcript's text at its span, without the timecodes
  /// written inside it (``Transcript/citationText(in:)``); or, when the span runs
  /// past the transcript or the text there is no longer the text its
  /// codings stored (the transcript was edited and the coding not moved),
  /// the stored text, marked stale. Without the transcript, the stored text
  /// (stale when there is none).
  public func words(in transcript: Transcript?) -> Words {
    guard let transcript else { return Words(text: storedText ?? "", isStale: storedText == nil) }
    guard span.start <= span.end, span.end <= transcript.lines.scalarCount else {
      return Words(text: storedText ?? "", isStale: true)
    }
    let current = transcript.text(in: span.range)
    if let storedText, storedText != current { return Words(text: storedText, isStale: true) }
    // Timecodes written inside the text (`[00:19:00]`) are no part of a quote.
    return Words(text: transcript.citationText(in: span.range))
  }
}
