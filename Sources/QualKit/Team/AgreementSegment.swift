/// A run of units of one transcript in which every coder's value for one code
/// is the same: one turn or line, or a run of characters.
public struct AgreementSegment: Hashable, Sendable {
  /// The transcript's id.
  public var transcript: String
  /// Where the units are: their lines and Unicode-scalar range.
  public var span: Span
  /// How many units the segment stands for: 1 for a turn or line, the number
  /// of characters for a run of characters.
  public var unitCount: Int
  /// Whether each coder (in the table's coder order) coded these units.
  public var coded: [Bool]

  /// Creates a segment.
  public init(transcript: String, span: Span, unitCount: Int, coded: [Bool]) {
    self.transcript = transcript
    self.span = span
    self.unitCount = unitCount
    self.coded = coded
  }

  /// Whether at least one coder coded the units.
  public var isCodedByAnyone: Bool { coded.contains(true) }

  /// Whether the coders differ on the units.
  public var isDisagreement: Bool { coded.contains(true) && coded.contains(false) }
}
