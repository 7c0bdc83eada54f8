/// Proposes codings by applying a codebook's keyword patterns to transcripts.
///
/// Build one auto-coder per codebook and share it across threads: it is
/// immutable, and its one ``KeywordMatcher`` searches all patterns of all
/// codes in a single pass. Only codable codes' keywords are used, and only
/// the text of turns is searched (not front matter, not speaker labels).
///
/// ```swift
/// let coder = try AutoCoder(codebook: codebook)
/// let proposals = coder.codings(for: transcript, coder: "auto", scope: .turn)
/// ```
public struct AutoCoder: Sendable {
  /// How far a keyword hit is widened into a coded segment.
  public enum Scope: String, Hashable, Sendable, CaseIterable {
    /// The hit itself, with the matched text.
    case hit
    /// The sentence around the hit, within its turn.
    case sentence
    /// The whole turn.
    case turn
  }

  /// The matcher over every codable code's keywords.
  public let matcher: KeywordMatcher
  /// The code id of each code index used in the matcher's rules.
  public let codeIDs: [String]
  /// Pre-rendered parts of hit lines (see ``appendHitLines(for:coder:roles:to:)``).
  let lineFragments: LineFragments

  /// Compiles the keywords of every codable code in `codebook`.
  ///
  /// - Throws: ``KeywordPatternError`` for a malformed keyword (a validated
  ///   codebook has none).
  public init(codebook: Codebook) throws(KeywordPatternError) {
    var rules: [KeywordRule] = []
    var codeIDs: [String] = []
    for code in codebook.allCodes where code.isCodable && !code.keywords.isEmpty {
      let index = codeIDs.count
      codeIDs.append(code.id)
      for keyword in code.keywords {
        rules.append(KeywordRule(code: index, pattern: try KeywordPattern(parsing: keyword)))
      }
    }
    self.matcher = KeywordMatcher(rules: rules)
    self.codeIDs = codeIDs
    self.lineFragments = LineFragments(codeIDs: codeIDs, rules: rules)
  }

  /// Whether a turn's speaker is searched, given role names to keep.
  ///
  /// `participant` stands for every role except `interviewer`, including
  /// turns without a speaker; other names must equal the turn's role.
  public static func includes(_ turn: Turn, roles: Set<String>?) -> Bool {
    guard let roles, !roles.isEmpty else { return true }
    if let role = turn.role, roles.contains(role) { return true }
    return roles.contains(SpeakerMap.defaultRole) && turn.role != SpeakerMap.interviewerRole
  }

  /// The proposed codings for one transcript, in coding-file order.
  ///
  /// - Parameters:
  ///   - transcript: The transcript to search.
  ///   - coder: The coder name the proposals carry.
  ///   - scope: How hits widen: each hit, its sentence, or its turn. For
  ///     sentences and turns, hits of one code inside one unit become one
  ///     coding whose origin lists the patterns that hit, in order.
  ///   - roles: The speaker roles to search (nil: every turn).
  /// - Returns: The proposals, status ``Coding/Status/proposed``, in file order.
  public func codings(
    for transcript: Transcript, coder: String, scope: Scope, roles: Set<String>? = nil
  ) -> [Coding] {
    let turns = transcript.turns.filter { Self.includes($0, roles: roles) && !$0.utf8Range.isEmpty }
    let hits = matcher.hits(in: transcript.text, ranges: turns.map(\.utf8Range))
    let hash = transcript.contentHash
    var codings: [Coding] = []
    switch scope {
    case .hit:
      codings.reserveCapacity(hits.count)
      for hit in hits {
        let source = matcher.rules[hit.rule].pattern.source
        codings.append(
          Coding(
            transcript: transcript.id, code: codeIDs[hit.code], coder: coder,
            span: Span(hit.scalarRange, in: transcript), origin: .keyword(source),
            status: .proposed,
            text: String(
              decoding: transcript.text.utf8.dropFirst(hit.utf8Range.lowerBound).prefix(
                hit.utf8Range.count), as: UTF8.self),
            transcriptHash: hash))
      }
    case .sentence, .turn:
      // Group hits by (code, unit), keeping the patterns in hit order.
      var groups: [UnitKey: [String]] = [:]
      var order: [UnitKey] = []
      for hit in hits {
        guard let turn = transcript.turn(containingScalarOffset: hit.scalarRange.lowerBound) else {
          continue
        }
        let unit =
          scope == .turn
          ? turn.textRange
          : Self.sentence(around: hit.scalarRange, in: turn, transcript: transcript)
        let key = UnitKey(code: hit.code, start: unit.lowerBound, end: unit.upperBound)
        let source = matcher.rules[hit.rule].pattern.source
        if groups[key] == nil { order.append(key) }
        if !(groups[key]?.contains(source) ?? false) { groups[key, default: []].append(source) }
      }
      for key in order {
        let range = key.start..<key.end
        codings.append(
          Coding(
            transcript: transcript.id, code: codeIDs[key.code], coder: coder,
            span: Span(range, in: transcript),
            origin: .keyword(groups[key, default: []].joined(separator: " | ")), status: .proposed,
            text: transcript.text(in: range), transcriptHash: hash))
      }
    }
    codings.sort(by: Coding.fileOrder)
    return codings
  }

  private struct UnitKey: Hashable {
    var code: Int
    var start: Int
    var end: Int
  }

  /// The sentence of `turn` that contains `hit`, in scalar offsets.
  ///
  /// A sentence ends after `.`, `!`, `?` or `…` followed by whitespace, or at
  /// a blank line; it never leaves its turn. A hit that crosses a sentence end
  /// (a phrase over two sentences) takes both sentences.
  static func sentence(around hit: Range<Int>, in turn: Turn, transcript: Transcript) -> Range<Int>
  {
    let scalars = Array(turn.text.unicodeScalars)
    let base = turn.textRange.lowerBound
    let hitStart = max(0, hit.lowerBound - base)
    let hitEnd = min(scalars.count, hit.upperBound - base)
    func isEnd(_ index: Int) -> Bool {
      // Whether a sentence ends right after scalars[index].
      let scalar = scalars[index]
      if scalar == "\n", index + 1 < scalars.count, scalars[index + 1] == "\n" { return true }
      guard scalar == "." || scalar == "!" || scalar == "?" || scalar == "…" else { return false }
      return index + 1 >= scalars.count || scalars[index + 1].properties.isWhitespace
    }
    var start = hitStart
    while start > 0 && !isEnd(start - 1) { start -= 1 }
    while start < hitStart && scalars[start].properties.isWhitespace { start += 1 }
    var end = max(hitEnd, hitStart)
    while end < scalars.count && !(end > 0 && isEnd(end - 1)) { end += 1 }
    while end > hitEnd && scalars[end - 1].properties.isWhitespace { end -= 1 }
    return (base + start)..<(base + end)
  }
}
