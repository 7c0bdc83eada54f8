/// One code applied by one coder to one span of one transcript.
///
/// Codings are what QualKit's coding files hold, one per line. A coding made
/// by hand has origin ``Origin/manual`` and status ``Status/accepted``; one
/// proposed by a keyword rule has origin ``Origin/keyword(_:)`` and starts as
/// ``Status/proposed`` until a coder reviews it.
public struct Coding: Hashable, Sendable {
  /// Where a coding came from.
  public enum Origin: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Applied by hand.
    case manual
    /// Proposed by the auto-coding keyword pattern given.
    case keyword(String)
    /// Proposed from a tag another tool or archive gave the passage
    /// (`imported:<source>`, such as `imported:tag:rehab` for an oral-history
    /// CSV's `tags` column).
    case imported(String)
    /// Proposed by the learned model in the file given (`model:<file>`, such
    /// as `model:Codings/models/model.json`; see `qualkit learn`), with the
    /// reasons in ``Coding/evidence``.
    case model(String)

    /// Parses `manual`, `keyword:<pattern>`, `imported:<source>` or `model:<file>`.
    public init?(_ text: String) {
      if text == "manual" {
        self = .manual
      } else if text.hasPrefix("keyword:") {
        self = .keyword(String(text.dropFirst("keyword:".count)))
      } else if text.hasPrefix("imported:") {
        self = .imported(String(text.dropFirst("imported:".count)))
      } else if text.hasPrefix("model:") {
        self = .model(String(text.dropFirst("model:".count)))
      } else {
        return nil
      }
    }

    /// `manual`, `keyword:<pattern>`, `imported:<source>` or `model:<file>`.
    public var description: String {
      switch self {
      case .manual: "manual"
      case .keyword(let pattern): "keyword:\(pattern)"
      case .imported(let source): "imported:\(source)"
      case .model(let file): "model:\(file)"
      }
    }

    /// Whether a coding of this origin is a proposal for a person to answer
    /// (a keyword hit, an imported tag or a learned model's proposal), not a
    /// coder's own.
    public var isProposal: Bool { self != .manual }

    public static func < (lhs: Origin, rhs: Origin) -> Bool { lhs.description < rhs.description }
  }

  /// Where a coding is in its review.
  public enum Status: String, Hashable, Sendable, CaseIterable, Comparable {
    /// Proposed by auto-coding and not yet reviewed.
    case proposed
    /// Applied by hand, or a proposal a coder accepted.
    case accepted
    /// A proposal a coder rejected (kept, so that re-running auto-coding does not propose it again).
    case rejected

    private var rank: Int {
      switch self {
      case .proposed: 0
      case .accepted: 1
      case .rejected: 2
      }
    }

    public static func < (lhs: Status, rhs: Status) -> Bool { lhs.rank < rhs.rank }
  }

  /// The transcript's id.
  public var transcript: String
  /// The code's id.
  public var code: String
  /// Who applied or proposed it.
  public var coder: String
  /// The coded span.
  public var span: Span
  /// How it was made.
  public var origin: Origin
  /// Where it is in review.
  public var status: Status
  /// A coder's note.
  public var memo: String?
  /// The coded text, as it was when the coding was made.
  public var text: String?
  /// A hash of the transcript's text when the coding was made (``Transcript/contentHash``).
  public var transcriptHash: String?
  /// Who decided on the coding in `qualkit review` (accepted or rejected
  /// it, or changed its code), when it was reviewed; `nil` otherwise.
  public var reviewer: String?
  /// Where a merged coding came from: the coders and coding-file lines it
  /// was merged from (see `qualkit merge`); `nil` for a coding made directly.
  public var sources: [CodingSource]?
  /// Whether a coder marked the segment as an exemplar quote of its code
  /// (`tag --exemplar`); joint displays and reports show exemplars first.
  public var isExemplar: Bool
  /// Why a learned model proposed the coding (origin ``Origin/model(_:)``):
  /// its probability and the terms that weighed most; nil otherwise.
  public var evidence: ModelEvidence?
  /// The members of the coding's line that this version of QualKit does not
  /// know (a later version's `guid`, say), in the order they were read.
  ///
  /// They are kept so that rewriting a file does not delete what a newer
  /// QualKit or another tool wrote: ``CodingLineWriter`` writes them after
  /// the known keys, in the same order, each value byte for byte as read.
  /// They are part of the coding's value (`==`, hashing), so two lines that
  /// differ only in them are not duplicates of each other; they are not part
  /// of its ``applicationKey``, so tag, review and auto-coding still see one
  /// application. A change through tag or review keeps them (the coding is
  /// edited in place); a merge makes new codings, which carry none (the
  /// merged coding's ``sources`` lead back to the lines that had them).
  public var extraMembers: [JSONRawMember]

  /// Creates a coding.
  public init(
    transcript: String, code: String, coder: String, span: Span, origin: Origin = .manual,
    status: Status = .accepted, memo: String? = nil, text: String? = nil,
    transcriptHash: String? = nil, reviewer: String? = nil, sources: [CodingSource]? = nil,
    isExemplar: Bool = false, evidence: ModelEvidence? = nil,
    extraMembers: [JSONRawMember] = []
  ) {
    self.reviewer = reviewer
    self.transcript = transcript
    self.code = code
    self.coder = coder
    self.span = span
    self.origin = origin
    self.status = status
    self.memo = memo
    self.text = text
    self.transcriptHash = transcriptHash
    self.sources = sources
    self.isExemplar = isExemplar
    self.evidence = evidence
    self.extraMembers = extraMembers
  }

  /// What makes a coding the same application of a code: transcript, code,
  /// coder, span and origin, leaving out status, memo, text, hash,
  /// reviewer, sources, evidence and extra members.
  public struct ApplicationKey: Hashable, Sendable {
    /// The transcript's id.
    public var transcript: String
    /// The code's id.
    public var code: String
    /// Who applied or proposed it.
    public var coder: String
    /// The coded span.
    public var span: Span
    /// How it was made.
    public var origin: Origin
  }

  /// The coding's identity as an application (see ``ApplicationKey``).
  public var applicationKey: ApplicationKey {
    ApplicationKey(transcript: transcript, code: code, coder: coder, span: span, origin: origin)
  }

  /// Whether two codings are the same application: same transcript, code,
  /// coder, span and origin (status and memo may differ).
  public func isSameApplication(as other: Coding) -> Bool {
    applicationKey == other.applicationKey
  }

  /// The order of coding files: transcript, start, end, code, then the rest,
  /// so that files diff and merge cleanly.
  public static func fileOrder(_ lhs: Coding, _ rhs: Coding) -> Bool {
    if lhs.transcript != rhs.transcript { return lhs.transcript < rhs.transcript }
    if lhs.span.start != rhs.span.start { return lhs.span.start < rhs.span.start }
    if lhs.span.end != rhs.span.end { return lhs.span.end < rhs.span.end }
    if lhs.code != rhs.code { return lhs.code < rhs.code }
    if lhs.coder != rhs.coder { return lhs.coder < rhs.coder }
    if lhs.origin != rhs.origin { return lhs.origin < rhs.origin }
    if lhs.status != rhs.status { return lhs.status < rhs.status }
    return (lhs.memo ?? "") < (rhs.memo ?? "")
  }
}
