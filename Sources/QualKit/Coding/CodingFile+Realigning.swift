extension CodingFile {
  /// A transcript before and after an edit (``Transcript/applying(_:)``).
  public struct TranscriptChange: Hashable, Sendable {
    /// The ``Transcript/contentHash`` of the transcript before the edit.
    public var previousHash: String
    /// The transcript after the edit.
    public var transcript: Transcript
    /// The map from the old text's offsets to the new one's.
    public var map: OffsetMap

    /// The change from `old` to `new` that `map` describes.
    public init(from old: Transcript, to new: Transcript, map: OffsetMap) {
      previousHash = old.contentHash
      transcript = new
      self.map = map
    }
  }

  /// A coding that realigning could not carry to the new text.
  public struct Unmoved: Hashable, Sendable {
    /// Why it was not carried.
    public enum Reason: Hashable, Sendable {
      /// The coding starts or ends inside a replaced part (its offsets in
      /// the old text given): part of its words were replaced, and which
      /// part of the new words they are is not known.
      case partlyReplaced(Range<Int>)
      /// Every coded character was replaced by nothing.
      case emptied
      /// The coding's hash is not the old transcript's: its offsets belong
      /// to another version of the text (re-anchor it first).
      case stale
      /// Its span lies outside the old text.
      case outOfRange
    }

    /// The coding, as it is in the file (unchanged).
    public var coding: Coding
    /// The line of the coding file it was read from, if known.
    public var line: Int?
    /// Why it was not carried.
    public var reason: Reason
  }

  /// The file with the codings of edited transcripts moved to where their
  /// words now stand, and the codings that could not be carried.
  ///
  /// Each coding of a transcript in `changes` is carried when no replaced
  /// part of the old text has an end strictly inside its span, that is
  /// when every replaced part lies wholly inside the span or wholly
  /// outside it. Its span then maps through the change's ``OffsetMap``: a
  /// replaced part inside it (a name the coded words contain) is replaced
  /// there and stays covered, text inserted strictly inside it is covered,
  /// text inserted at either end of it is not. Its lines are recomputed
  /// from the new transcript (an edit keeps lines, so they stay the same),
  /// and its ``Coding/text`` and ``Coding/transcriptHash``, where it stores
  /// them, are set from the new text. Every coded character outside the
  /// replaced parts is covered after the move, in the same order, and
  /// nothing else but the replacements inside the span.
  ///
  /// A coding is not carried, and is returned in `unmoved`, when a replaced
  /// part starts or ends strictly inside its span (it coded part of a
  /// replaced name, or a name replaced with its neighbouring words), when
  /// all its characters were replaced by nothing, when its stored hash is
  /// not that of the old transcript, or when its span is outside the old
  /// text. Such a coding stays in the file exactly as it was, its old hash
  /// marking it as not matching the new text, so that nothing is lost and
  /// re-anchoring can try it later. Codings of other transcripts are left
  /// alone; header, kind, order and unknown members are kept.
  ///
  /// - Parameter changes: The edited transcripts, by transcript id.
  /// - Returns: The new file and the codings not carried, in file order.
  /// - Complexity: O(*c* log *r* + *n*) for *c* codings, *r* replaced
  ///   parts and *n* characters of the edited transcripts (their hashes).
  public func realigned(to changes: [String: TranscriptChange]) -> (
    file: CodingFile, unmoved: [Unmoved]
  ) {
    var result = self
    var unmoved: [Unmoved] = []
    var hashes: [String: String] = [:]
    for (index, coding) in codings.enumerated() {
      guard let change = changes[coding.transcript] else { continue }
      let line = index < sourceLines.count ? sourceLines[index] : nil
      let newHash = hashes[coding.transcript] ?? change.transcript.contentHash
      hashes[coding.transcript] = newHash
      switch Self.realign(coding, through: change, newHash: newHash) {
      case .moved(let moved): result.codings[index] = moved
      case .unmoved(let reason): unmoved.append(Unmoved(coding: coding, line: line, reason: reason))
      }
    }
    return (result, unmoved)
  }

  /// What realigning does with one coding.
  enum Realignment {
    case moved(Coding)
    case unmoved(Unmoved.Reason)
  }

  /// `coding` carried through `change`, or why it cannot be.
  static func realign(_ coding: Coding, through change: TranscriptChange, newHash: String)
    -> Realignment
  {
    if let stored = coding.transcriptHash, stored != change.previousHash {
      return .unmoved(.stale)
    }
    let span = coding.span.range
    let map = change.map
    guard span.lowerBound >= 0, span.lowerBound <= span.upperBound,
      span.upperBound <= map.sourceCount
    else { return .unmoved(.outOfRange) }
    if let part = map.part(strictlyAround: span.lowerBound)
      ?? map.part(strictlyAround: span.upperBound)
    {
      return .unmoved(.partlyReplaced(part))
    }
    guard let lower = map.map(span.lowerBound, as: .lower),
      let upper = map.map(span.upperBound, as: .upper)
    else { return .unmoved(.outOfRange) }
    if upper <= lower && !span.isEmpty { return .unmoved(.emptied) }
    let range = lower..<max(lower, upper)
    var moved = coding
    moved.span = Span(range, in: change.transcript)
    if coding.text != nil { moved.text = change.transcript.text(in: range) }
    if coding.transcriptHash != nil { moved.transcriptHash = newHash }
    return .moved(moved)
  }
}

extension OffsetMap {
  /// The source range of the replaced part that holds `offset` strictly
  /// inside it (after its first unit, before its end), if any.
  ///
  /// A span is carried whole by the map exactly when neither of its ends is
  /// strictly inside a part: every part then lies wholly inside or wholly
  /// outside it.
  ///
  /// - Complexity: O(log *r*) for *r* replaced parts.
  func part(strictlyAround offset: Int) -> Range<Int>? {
    // The first part that ends after the offset.
    var low = 0
    var high = replacements.count
    while low < high {
      let middle = (low + high) / 2
      if replacements[middle].source.upperBound <= offset {
        low = middle + 1
      } else {
        high = middle
      }
    }
    guard low < replacements.count, replacements[low].source.lowerBound < offset else { return nil }
    return replacements[low].source
  }
}
