/// A coded segment: one code on one span of one transcript, however many
/// coders coded it there.
///
/// Every table, listing and quotation counts segments, not codings: two
/// coders who coded the same words with the same code make one segment with
/// two coders. A segment keeps every coder's memo (in coder order) and is
/// an exemplar when any of its coders marked it, so that the result never
/// depends on the order the coding files were read in.
///
/// ```swift
/// let segments = Segment.segments(of: codings)   // sorted by transcript, start, end, code
/// segments[0].id.description                     // "B01:mastery:830-1012"
/// ```
public struct Segment: Hashable, Sendable {
  /// What makes codings one segment: transcript, code and offsets.
  public struct ID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The transcript's id.
    public var transcript: String
    /// The code's id.
    public var code: String
    /// The first Unicode-scalar offset.
    public var start: Int
    /// The offset after the last scalar.
    public var end: Int

    /// The id of `coding`'s segment.
    public init(_ coding: Coding) {
      transcript = coding.transcript
      code = coding.code
      start = coding.span.start
      end = coding.span.end
    }

    /// `B01:mastery:830-1012`.
    public var description: String { "\(transcript):\(code):\(start)-\(end)" }

    /// Transcript, then start, end and code: reading order.
    public static func < (lhs: ID, rhs: ID) -> Bool {
      (lhs.transcript, lhs.start, lhs.end, lhs.code) < (
        rhs.transcript, rhs.start, rhs.end, rhs.code
      )
    }
  }

  /// One coder's memo on the segment.
  public struct Memo: Hashable, Sendable {
    /// Who wrote it.
    public var coder: String
    /// The memo.
    public var text: String

    /// Creates a memo.
    public init(coder: String, text: String) {
      self.coder = coder
      self.text = text
    }
  }

  /// The segment's id.
  public var id: ID
  /// The span, with its lines.
  public var span: Span
  /// The coders who coded it, sorted.
  public var coders: [String]
  /// Each coder's memo, in coder order (a coder's several memos in text order).
  public var memos: [Memo]
  /// Whether any coder marked it as an exemplar quote.
  public var isExemplar: Bool
  /// The furthest status its codings reached: accepted when any coder
  /// accepted it, else proposed when any proposal is open, else rejected.
  public var status: Coding.Status
  /// The text its codings stored when they were made (the first coder's
  /// that has one), for telling when the transcript changed under it.
  public var storedText: String?

  /// The transcript's id.
  public var transcript: String { id.transcript }
  /// The code's id.
  public var code: String { id.code }

  /// Creates a segment.
  public init(
    id: ID, span: Span, coders: [String], memos: [Memo] = [], isExemplar: Bool = false,
    status: Coding.Status = .accepted, storedText: String? = nil
  ) {
    self.id = id
    self.span = span
    self.coders = coders
    self.memos = memos
    self.isExemplar = isExemplar
    self.status = status
    self.storedText = storedText
  }

  /// The segments of `codings`, in reading order (``ID``'s order).
  ///
  /// Codings with one ``ID`` become one segment; a merged coding stands for
  /// the coders of its ``Coding/sources``. The result depends only on the
  /// set of codings, never on their order.
  public static func segments(of codings: some Sequence<Coding>) -> [Segment] {
    var byID: [ID: Segment] = [:]
    var coderSets: [ID: Set<String>] = [:]
    var storedBy: [ID: String] = [:]
    for coding in codings {
      let id = ID(coding)
      let names = coding.sources.map { Set($0.map(\.coder)) } ?? [coding.coder]
      coderSets[id, default: []].formUnion(names)
      var segment =
        byID[id]
        ?? Segment(id: id, span: coding.span, coders: [], status: coding.status)
      if let memo = coding.memo, !memo.isEmpty {
        segment.memos.append(Memo(coder: coding.coder, text: memo))
      }
      segment.isExemplar = segment.isExemplar || coding.isExemplar
      segment.status = furthest(segment.status, coding.status)
      if let text = coding.text,
        storedBy[id].map({ (coding.coder, text) < ($0, segment.storedText ?? "") }) ?? true
      {
        segment.storedText = text
        storedBy[id] = coding.coder
      }
      // The lines of one span are the same for every coding of it, unless a
      // file is stale; the smallest keeps the result independent of order.
      if (coding.span.firstLine, coding.span.lastLine)
        < (segment.span.firstLine, segment.span.lastLine)
      {
        segment.span = coding.span
      }
      byID[id] = segment
    }
    return byID.keys.sorted().compactMap { id in
      guard var segment = byID[id] else { return nil }
      segment.coders = (coderSets[id] ?? []).sorted()
      segment.memos.sort { ($0.coder, $0.text) < ($1.coder, $1.text) }
      return segment
    }
  }

  /// Accepted before proposed before rejected.
  private static func furthest(_ a: Coding.Status, _ b: Coding.Status) -> Coding.Status {
    func rank(_ status: Coding.Status) -> Int {
      switch status {
      case .accepted: 0
      case .proposed: 1
      case .rejected: 2
      }
    }
    return rank(a) <= rank(b) ? a : b
  }
}
