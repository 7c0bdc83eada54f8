/// A coded passage as a report counts it: one code on one span of one
/// transcript, however many coders coded it there.
public struct ReportSegment: Hashable, Sendable {
  /// The transcript's id.
  public var transcript: String
  /// The code's id.
  public var code: String
  /// The span.
  public var span: Span
  /// The coders who applied the code on exactly this span, sorted.
  public var coders: [String]
  /// Whether a coder marked it as an exemplar quote.
  public var isExemplar: Bool

  /// Creates a segment.
  public init(
    transcript: String, code: String, span: Span, coders: [String], isExemplar: Bool = false
  ) {
    self.transcript = transcript
    self.code = code
    self.span = span
    self.coders = coders
    self.isExemplar = isExemplar
  }

  /// The accepted codings of `codings` (as a union merge leaves them) as
  /// segments: codings of one code on one span of one transcript become one
  /// segment listing their coders, in transcript, span and code order.
  public static func segments(of codings: [Coding]) -> [ReportSegment] {
    struct Key: Hashable {
      var transcript: String
      var code: String
      var span: Span
    }
    var order: [Key] = []
    var coders: [Key: Set<String>] = [:]
    for coding in codings where coding.status == .accepted {
      let key = Key(transcript: coding.transcript, code: coding.code, span: coding.span)
      if coders[key] == nil { order.append(key) }
      let names = coding.sources.map { $0.map(\.coder) } ?? [coding.coder]
      coders[key, default: []].formUnion(names)
    }
    return order.map { key in
      ReportSegment(
        transcript: key.transcript, code: key.code, span: key.span,
        coders: (coders[key] ?? []).sorted())
    }.sorted { ($0.transcript, $0.span, $0.code) < ($1.transcript, $1.span, $1.code) }
  }
}
