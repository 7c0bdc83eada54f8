/// A quotation in a report: the words, whose they are and where they stand.
public struct ReportQuote: Hashable, Sendable {
  /// The quoted text on one line, trimmed at sentence boundaries, each cut
  /// marked `[…]` (see ``QuoteTrimmer``).
  public var text: String
  /// The transcript and lines.
  public var citation: Citation
  /// Who speaks, such as `citizen` (the participant's role), if known.
  public var speaker: String?
  /// The code the quotation was chosen for.
  public var code: String
  /// Whether a coder marked the coding as an exemplar.
  public var isExemplar: Bool

  /// Creates a quotation.
  public init(
    text: String, citation: Citation, speaker: String? = nil, code: String,
    isExemplar: Bool = false
  ) {
    self.text = text
    self.citation = citation
    self.speaker = speaker
    self.code = code
    self.isExemplar = isExemplar
  }

  /// The source as a paper cites it: `B03 (citizen), l. 112–118`.
  public var source: String { source(in: .english) }

  /// The source as a paper cites it, in `words`' language.
  public func source(in words: Vocabulary) -> String {
    let who = speaker.map { " (\($0))" } ?? ""
    return "\(citation.transcript)\(who), \(citation.lines(in: words))"
  }
}
