/// What a reviewer sees of one coding: the coded lines with their context,
/// where the segment lies in them, and where its keywords matched.
///
/// Built from a coding and the transcript it points into. The segment's
/// lines come with `contextLines` lines before and after (within the
/// transcript); each line carries the part that belongs to the segment and
/// the keyword hits inside the segment, as Unicode-scalar offsets into the
/// line's text. When the transcript is missing, or the span no longer fits
/// it, the coding's stored text is shown instead, without context.
///
/// ```swift
/// let item = ReviewItem(coding: coding, transcript: transcript, codebook: codebook)
/// for line in item.lines where line.segment != nil { print(line.number, line.text) }
/// ```
public struct ReviewItem: Hashable, Sendable {
  /// One displayed line.
  public struct Line: Hashable, Sendable {
    /// The 1-based line number in the transcript.
    public var number: Int
    /// The speaker of the turn the line belongs to, if any.
    public var speaker: String?
    /// The line's text, without its line break.
    public var text: String
    /// The Unicode-scalar offsets in ``text`` that belong to the coded
    /// segment, or nil for a context line.
    public var segment: Range<Int>?
    /// The keyword hits inside the segment, as Unicode-scalar offsets in
    /// ``text``, sorted and not overlapping.
    public var highlights: [Range<Int>]

    /// Creates a line.
    public init(
      number: Int, speaker: String? = nil, text: String, segment: Range<Int>? = nil,
      highlights: [Range<Int>] = []
    ) {
      self.number = number
      self.speaker = speaker
      self.text = text
      self.segment = segment
      self.highlights = highlights
    }
  }

  /// The coding under review.
  public var coding: Coding
  /// The segment's lines with their context lines, in order.
  public var lines: [Line]
  /// The keyword patterns whose hits are highlighted, as written.
  public var patterns: [String]
  /// Whether the lines come from the coding's stored text because the
  /// transcript is missing or too short for the span.
  public var isFromStoredText: Bool
  /// Whether the transcript's text changed since the coding was made (its
  /// hash differs from the one stored with the coding).
  public var isTranscriptChanged: Bool

  /// Builds the view of `coding`.
  ///
  /// - Parameters:
  ///   - coding: The coding to show.
  ///   - transcript: The transcript the coding belongs to, if it was found.
  ///   - codebook: The codebook, for the code's keywords (nil: only the
  ///     patterns named by a `keyword:` origin are highlighted).
  ///   - contextLines: How many lines to show before and after the segment.
  public init(coding: Coding, transcript: Transcript?, codebook: Codebook?, contextLines: Int = 2) {
    self.coding = coding
    let patterns = Self.highlightPatterns(for: coding, codebook: codebook)
    self.patterns = patterns.filter { !$0.isExclusion }.map(\.source)
    let matcher = KeywordMatcher(rules: patterns.map { KeywordRule(code: 0, pattern: $0) })
    if let transcript, coding.span.end <= transcript.lines.scalarCount {
      isFromStoredText = false
      isTranscriptChanged = coding.transcriptHash.map { $0 != transcript.contentHash } ?? false
      lines = Self.lines(
        of: coding.span.range, in: transcript, lineOffset: 0, contextLines: max(0, contextLines),
        matcher: matcher)
    } else {
      isFromStoredText = true
      isTranscriptChanged = transcript != nil
      let stored = Transcript(
        id: coding.transcript, format: .text, turns: [], text: coding.text ?? "")
      lines = Self.lines(
        of: 0..<stored.lines.scalarCount, in: stored, lineOffset: coding.span.firstLine - 1,
        contextLines: 0, matcher: matcher)
    }
  }

  /// The patterns whose hits mark a coding's keywords.
  ///
  /// For a `keyword:` origin these are the patterns it names (several are
  /// joined by ` | `); for a `model:` origin, the words of its reasons
  /// (``Coding/evidence``); otherwise, or when none of them parses, every
  /// keyword of the coding's code. The code's exclusions are added either way, so
  /// that highlighting agrees with auto-coding.
  public static func highlightPatterns(for coding: Coding, codebook: Codebook?) -> [KeywordPattern]
  {
    // A learned model's proposal: the words that weighed for it.
    if case .model = coding.origin, let evidence = coding.evidence {
      return evidence.reasons.compactMap { try? KeywordPattern(parsing: $0.words) }.filter {
        !$0.isExclusion
      }
    }
    let keywords = codebook?.code(withID: coding.code)?.keywords ?? []
    let codePatterns = keywords.compactMap { try? KeywordPattern(parsing: $0) }
    var named: [KeywordPattern] = []
    if case .keyword(let source) = coding.origin {
      if keywords.contains(source), let pattern = try? KeywordPattern(parsing: source) {
        named = [pattern]
      } else {
        let pieces = source.split(separator: " | ", omittingEmptySubsequences: true)
        named = pieces.compactMap { try? KeywordPattern(parsing: String($0)) }.filter {
          !$0.isExclusion
        }
      }
    }
    if named.isEmpty { return codePatterns }
    return named + codePatterns.filter(\.isExclusion)
  }

  /// The lines around `range` of `transcript`, with segment and hit offsets.
  private static func lines(
    of range: Range<Int>, in transcript: Transcript, lineOffset: Int, contextLines: Int,
    matcher: KeywordMatcher
  ) -> [Line] {
    let index = transcript.lines
    let firstSegmentLine = index.line(containingScalarOffset: range.lowerBound)
    let lastSegmentLine = index.line(
      containingScalarOffset: max(range.lowerBound, range.upperBound - 1))
    let first = max(1, firstSegmentLine - contextLines)
    let last = min(index.lineCount, lastSegmentLine + contextLines)
    let utf8Range =
      transcript.utf8Offset(
        ofScalar: range.lowerBound)..<transcript.utf8Offset(
        ofScalar: range.upperBound)
    let hits = utf8Range.isEmpty ? [] : matcher.hits(in: transcript.text, ranges: [utf8Range])
    var hitRanges: [Range<Int>] = []
    for hit in hits {
      // Hits of several patterns may overlap; merge them for display.
      let clamped =
        max(
          hit.scalarRange.lowerBound, range.lowerBound)..<min(
          hit.scalarRange.upperBound, range.upperBound)
      guard !clamped.isEmpty else { continue }
      if let previous = hitRanges.last, clamped.lowerBound <= previous.upperBound {
        hitRanges[hitRanges.count - 1] =
          previous.lowerBound..<max(previous.upperBound, clamped.upperBound)
      } else {
        hitRanges.append(clamped)
      }
    }
    var result: [Line] = []
    guard first <= last else { return result }
    for number in first...last {
      let lineRange = index.scalarRange(ofLine: number)
      let start = lineRange.lowerBound
      var segment: Range<Int>?
      if number >= firstSegmentLine && number <= lastSegmentLine {
        let lower = max(range.lowerBound, start)
        let upper = max(lower, min(range.upperBound, lineRange.upperBound))
        segment = (lower - start)..<(upper - start)
      }
      let highlights = hitRanges.compactMap { hit -> Range<Int>? in
        let lower = max(hit.lowerBound, start)
        let upper = min(hit.upperBound, lineRange.upperBound)
        return lower < upper ? (lower - start)..<(upper - start) : nil
      }
      let speaker = transcript.turns.first {
        $0.firstLine <= number && number <= max($0.firstLine, $0.lastLine)
      }?
      .speaker
      result.append(
        Line(
          number: number + lineOffset, speaker: speaker, text: transcript.text(in: lineRange),
          segment: segment, highlights: highlights))
    }
    return result
  }
}
