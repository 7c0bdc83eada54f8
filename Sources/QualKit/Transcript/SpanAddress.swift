/// How a manual coding names its span: lines, a turn or scalar offsets.
///
/// `tag` and `untag` take these on the command line; ``span(in:allowsFrontMatter:)``
/// turns one into the ``Span`` it names in a transcript.
public enum SpanAddress: Hashable, Sendable {
  /// `112` or `112-118` (1-based, inclusive).
  case lines(ClosedRange<Int>)
  /// A turn by its 0-based index.
  case turn(Int)
  /// Exact Unicode-scalar offsets, end exclusive.
  case offsets(Range<Int>)

  /// Parses `112`, `112-118` or `112–118`.
  public static func parseRange(_ text: String) -> ClosedRange<Int>? {
    let parts = text.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "–" })
    guard (1...2).contains(parts.count), let first = Int(parts[0]),
      let last = Int(parts[parts.count - 1]),
      first >= 0, first <= last
    else { return nil }
    return first...last
  }

  /// The span this address names in `transcript`.
  ///
  /// Lines are narrowed to text: a span starting on a turn's first line starts
  /// after the speaker label, leading and trailing blanks are left out.
  ///
  /// - Parameters:
  ///   - transcript: The transcript the address is in.
  ///   - allowsFrontMatter: Whether the span may start before the first turn
  ///     (for removing codings made there before `tag` refused it).
  /// - Returns: The span, narrowed to text.
  /// - Throws: ``SpanAddressError`` when the address is outside the transcript, names only
  ///   blank lines, or starts in the front matter (unless allowed).
  public func span(in transcript: Transcript, allowsFrontMatter: Bool = false)
    throws(SpanAddressError) -> Span
  {
    let lineCount = transcript.lines.lineCount
    switch self {
    case .lines(let range):
      guard range.lowerBound >= 1, range.upperBound <= lineCount else {
        throw SpanAddressError(
          .outside,
          "line \(range.lowerBound < 1 ? range.lowerBound : range.upperBound) is outside transcript '\(transcript.id)' (lines 1-\(lineCount))"
        )
      }
      if !allowsFrontMatter, let firstTurn = transcript.turns.first,
        range.lowerBound < firstTurn.firstLine
      {
        // Lines before the first turn are front matter (or blank): not interview text.
        throw SpanAddressError(
          .frontMatter,
          "line \(range.lowerBound) of transcript '\(transcript.id)' is before the first turn (line \(firstTurn.firstLine)); front matter cannot be coded"
        )
      }
      var start = transcript.lines.scalarRange(ofLine: range.lowerBound).lowerBound
      if let turn = transcript.turns.first(where: { $0.firstLine == range.lowerBound }),
        turn.textRange.lowerBound > start
      {
        start = turn.textRange.lowerBound
      }
      var end = transcript.lines.scalarRange(ofLine: range.upperBound).upperBound
      let text = Array(transcript.text(in: start..<end).unicodeScalars)
      var head = 0
      while head < text.count && text[head].properties.isWhitespace { head += 1 }
      var tail = text.count
      while tail > head && text[tail - 1].properties.isWhitespace { tail -= 1 }
      guard head < tail else {
        throw SpanAddressError(
          .blank,
          "\(range.count == 1 ? "line \(range.lowerBound) is" : "lines \(range.lowerBound)-\(range.upperBound) are") blank in transcript '\(transcript.id)'"
        )
      }
      end = start + tail
      start += head
      return Span(start..<end, in: transcript)
    case .turn(let index):
      guard index >= 0, index < transcript.turns.count else {
        throw SpanAddressError(
          .outside,
          "turn \(index) is outside transcript '\(transcript.id)' (turns 0-\(transcript.turns.count - 1))"
        )
      }
      let turn = transcript.turns[index]
      guard !turn.textRange.isEmpty else {
        throw SpanAddressError(.blank, "turn \(index) of transcript '\(transcript.id)' has no text")
      }
      return Span(turn.textRange, in: transcript)
    case .offsets(let range):
      guard range.upperBound <= transcript.lines.scalarCount, !range.isEmpty else {
        throw SpanAddressError(
          .outside,
          "span \(range.lowerBound)-\(range.upperBound) is empty or outside transcript '\(transcript.id)' (offsets 0-\(transcript.lines.scalarCount))"
        )
      }
      if !allowsFrontMatter, let firstTurn = transcript.turns.first {
        let turnsStart = transcript.lines.scalarRange(ofLine: firstTurn.firstLine).lowerBound
        guard range.lowerBound >= turnsStart else {
          throw SpanAddressError(
            .frontMatter,
            "span \(range.lowerBound)-\(range.upperBound) of transcript '\(transcript.id)' starts before the first turn (offset \(turnsStart)); front matter cannot be coded"
          )
        }
      }
      return Span(range, in: transcript)
    }
  }
}
