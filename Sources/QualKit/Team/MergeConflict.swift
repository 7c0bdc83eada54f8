/// Codings that cannot be merged without guessing.
///
/// One coder gave the same code on the same span different statuses, such as
/// accepted in one file and rejected in another.
public struct MergeConflict: Hashable, Sendable, CustomStringConvertible {
  /// The coder.
  public var coder: String
  /// The transcript's id.
  public var transcript: String
  /// The code's id.
  public var code: String
  /// The span.
  public var span: Span
  /// Each status the coder gave, with where it was read.
  public var statuses: [Coding.Status: [CodingSource]]

  /// Creates a conflict.
  public init(
    coder: String, transcript: String, code: String, span: Span,
    statuses: [Coding.Status: [CodingSource]]
  ) {
    self.coder = coder
    self.transcript = transcript
    self.code = code
    self.span = span
    self.statuses = statuses
  }

  /// `anna gave 'mastery' on B01 l. 12 different statuses: accepted (a.jsonl:3), rejected (b.jsonl:9)`.
  public var description: String {
    let parts = statuses.keys.sorted().map { status in
      let places = (statuses[status] ?? []).sorted().map { "\($0.file):\($0.line)" }
      return "\(status.rawValue) (\(places.joined(separator: ", ")))"
    }
    return "\(coder) gave '\(code)' on \(transcript) \(span) different statuses: "
      + parts.joined(separator: ", ")
  }
}
