/// What one example of assisted coding is: a speaker turn, or a sentence.
public enum LearningUnitKind: String, Hashable, Sendable, CaseIterable {
  /// A speaker turn (the default; the unit `agree` compares by default).
  case turn
  /// A sentence inside a turn, by the rule of auto-coding's sentence scope
  /// (``SentenceRule``); a sentence never leaves its turn.
  case sentence
}

/// One unit of text a model learns from or proposes a code for: a turn or
/// a sentence of a transcript.
public struct LearningUnit: Hashable, Sendable {
  /// The transcript's id.
  public var transcript: String
  /// The 0-based index of the turn the unit is (or lies in).
  public var turn: Int
  /// Where the unit is: its lines and Unicode-scalar offsets.
  public var span: Span
  /// The unit's text.
  public var text: String

  /// Creates a unit.
  public init(transcript: String, turn: Int, span: Span, text: String) {
    self.transcript = transcript
    self.turn = turn
    self.span = span
    self.text = text
  }

  /// The units of `transcript`, in text order: its turns with text, or
  /// their sentences.
  ///
  /// - Parameters:
  ///   - transcript: The transcript.
  ///   - kind: Turns or sentences.
  ///   - roles: Only turns of these roles (`participant` stands for every
  ///     role but `interviewer`, as in `agree --speakers`); nil for every
  ///     turn.
  /// - Returns: The units, with their spans and text.
  public static func units(
    of transcript: Transcript, kind: LearningUnitKind, roles: Set<String>?
  ) -> [LearningUnit] {
    var units: [LearningUnit] = []
    var text = transcript.text
    text.withUTF8 { bytes in
      for turn in transcript.turns
      where !turn.textRange.isEmpty && AutoCoder.includes(turn, roles: roles) {
        switch kind {
        case .turn:
          let span = Span(
            firstLine: turn.firstLine, lastLine: max(turn.firstLine, turn.lastLine),
            start: turn.textRange.lowerBound, end: turn.textRange.upperBound)
          units.append(
            LearningUnit(
              transcript: transcript.id, turn: turn.index, span: span,
              text: transcript.text(in: turn.textRange)))
        case .sentence:
          let bounds = AutoCoder.SentenceBounds(turn: turn, text: bytes)
          for range in bounds.sentences {
            units.append(
              LearningUnit(
                transcript: transcript.id, turn: turn.index, span: Span(range, in: transcript),
                text: transcript.text(in: range)))
          }
        }
      }
    }
    return units
  }
}
