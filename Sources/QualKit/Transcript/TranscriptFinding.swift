/// A decision the parser made on a heuristic that a researcher may want to
/// look at before coding: a label it did not take, a preamble it read as
/// attributes, a turn too long to cite by line.
///
/// Findings are not warnings: the other commands stay quiet about them, and
/// `qualkit transcript check` lists them (exit 1 when one
/// ``needsAttention``).
public struct TranscriptFinding: Hashable, Sendable {
  /// What was decided.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// A line looks like a speaker label but was read as text.
    case labelNotTaken
    /// No speaker has the role `interviewer`.
    case noInterviewer
    /// No cue of a subtitle file names a speaker (plain text and Word files
    /// warn instead).
    case noSpeakers
    /// Text before the first label became an untitled turn.
    case untitledText
    /// A line of the transcript's text is too long to cite usefully.
    case longLine
    /// A long turn is rendered one paragraph or cue a line.
    case longTurnSplit
    /// Lines before the first turn were read as attributes.
    case preamble
    /// Lines that are not speech were left out (a tool's footer, a "started
    /// transcription" event, a table's header row).
    case droppedLines
    /// Subtitle cues overlap (cross-talk).
    case overlappingCues
    /// Rolling captions were de-duplicated.
    case rollingCaptions
    /// A speaker named on a turn's first cue was carried over to the cues after it.
    case speakerCarriedOver
    /// Overlapping speech written inside a turn (noScribe's `//S02: … //`).
    case overlapsMarked
  }

  /// What was decided.
  public var kind: Kind
  /// What was decided, as a lowercase sentence fragment without a final period.
  public var message: String
  /// Where, as a line of the file (of the document's paragraphs, for Word).
  public var line: Int?

  /// Creates a finding.
  public init(_ kind: Kind, _ message: String, line: Int? = nil) {
    self.kind = kind
    self.message = message
    self.line = line
  }

  /// Whether the finding probably means the transcript is read wrong, or
  /// cannot be cited or filtered by role as it is.
  public var needsAttention: Bool {
    switch kind {
    case .labelNotTaken, .noInterviewer, .noSpeakers, .longLine: true
    case .untitledText, .longTurnSplit, .preamble, .droppedLines, .overlappingCues,
      .rollingCaptions, .speakerCarriedOver, .overlapsMarked:
      false
    }
  }

  /// `line 3` or `lines 3–7`.
  static func lines(_ first: Int, _ last: Int) -> String {
    first == last ? "line \(first)" : "lines \(first)–\(last)"
  }
}
