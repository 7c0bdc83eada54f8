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
  /// - Parameters:
  ///   - codebook: The codebook.
  ///   - regexTimeLimit: The longest a `re:` keyword may search one turn
  ///     (``KeywordMatcher/regexTimeLimit``).
  ///   - regexBudget: What each `re:` keyword may cost over the run. Tests
  ///     that compare runs raise both, so that a slow machine cannot stop or
  ///     drop a keyword in one run only.
  /// - Throws: ``KeywordPatternError`` for a malformed keyword (a validated
  ///   codebook has none).
  public init(
    codebook: Codebook, regexTimeLimit: Duration = KeywordMatcher.defaultRegexTimeLimit,
    regexBudget: KeywordRegexBudget = KeywordRegexBudget()
  ) throws(KeywordPatternError) {
    var rules: [KeywordRule] = []
    var codeIDs: [String] = []
    for code in codebook.allCodes where code.isCodable && !code.keywords.isEmpty {
      let index = codeIDs.count
      codeIDs.append(code.id)
      for keyword in code.keywords {
        rules.append(KeywordRule(code: index, pattern: try KeywordPattern(parsing: keyword)))
      }
    }
    self.matcher = KeywordMatcher(
      rules: rules, regexTimeLimit: regexTimeLimit, regexBudget: regexBudget)
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
    var diagnostics: [Diagnostic] = []
    return codings(
      for: transcript, turns: transcript.turns.indices, coder: coder, scope: scope, roles: roles,
      transcriptHash: transcript.contentHash, diagnostics: &diagnostics)
  }

  /// The proposed codings for the turns `turns` of a transcript, in
  /// coding-file order: a part of ``codings(for:coder:scope:roles:)``, so
  /// that a large transcript can be coded and written a part at a time (the
  /// parts' codings, one after the other, are the whole's).
  ///
  /// - Parameters:
  ///   - transcript: The transcript to search.
  ///   - turns: The indices of the turns to search.
  ///   - coder: The coder name the proposals carry.
  ///   - scope: How hits widen (see ``codings(for:coder:scope:roles:)``).
  ///   - roles: The speaker roles to search (nil: every turn).
  ///   - transcriptHash: The transcript's ``Transcript/contentHash``,
  ///     computed once for all its parts.
  ///   - diagnostics: Receives a warning for each regular-expression keyword
  ///     stopped for taking too long (see ``KeywordMatcher/regexTimeLimit``).
  /// - Returns: The proposals of those turns, in file order.
  public func codings(
    for transcript: Transcript, turns: Range<Int>, coder: String, scope: Scope,
    roles: Set<String>?, transcriptHash: String, diagnostics: inout [Diagnostic]
  ) -> [Coding] {
    let turns = transcript.turns[turns].filter {
      Self.includes($0, roles: roles) && !$0.utf8Range.isEmpty
    }
    var stalls: [KeywordStall] = []
    let ranges = turns.map(\.utf8Range)
    let hits = matcher.hits(
      in: transcript.text, ranges: ranges, stalls: &stalls,
      knownOffset: Self.lineStart(before: ranges.first?.lowerBound ?? 0, in: transcript))
    diagnostics += warnings(for: stalls, in: transcript)
    let hash = transcriptHash
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
      // Group hits by (code, unit), keeping the patterns in hit order. Hits
      // come sorted by start, so their turns come in order, and each turn's
      // sentences are found once, in one pass, when its first hit comes.
      var groups: [UnitKey: UnitGroup] = [:]
      var order: [UnitKey] = []
      var text = transcript.text
      text.withUTF8 { utf8 in
        var sentences: (turn: Int, bounds: SentenceBounds)?
        for hit in hits {
          guard let turn = transcript.turn(containingScalarOffset: hit.scalarRange.lowerBound)
          else { continue }
          let unit: (scalars: Range<Int>, utf8: Range<Int>)
          if scope == .turn {
            unit = (turn.textRange, turn.utf8Range)
          } else {
            let bounds: SentenceBounds
            if let cached = sentences, cached.turn == turn.index {
              bounds = cached.bounds
            } else {
              bounds = SentenceBounds(turn: turn, text: utf8)
              sentences = (turn.index, bounds)
            }
            unit = bounds.sentence(
              from: .init(scalar: hit.scalarRange.lowerBound, utf8: hit.utf8Range.lowerBound),
              to: .init(scalar: hit.scalarRange.upperBound, utf8: hit.utf8Range.upperBound))
          }
          let key = UnitKey(
            code: hit.code, start: unit.scalars.lowerBound, end: unit.scalars.upperBound)
          let source = matcher.rules[hit.rule].pattern.source
          if groups[key] == nil {
            order.append(key)
            groups[key] = UnitGroup(utf8: unit.utf8)
          }
          if groups[key]?.sources.contains(source) == false { groups[key]?.sources.append(source) }
        }
      }
      // The codes of one unit share its text: one string, not one a code
      // (a large run holds hundreds of thousands of them).
      var texts: [Range<Int>: String] = [:]
      for key in order {
        guard let group = groups[key] else { continue }
        let text =
          texts[group.utf8]
          ?? String(
            decoding: transcript.text.utf8.dropFirst(group.utf8.lowerBound).prefix(
              group.utf8.count), as: UTF8.self)
        texts[group.utf8] = text
        codings.append(
          Coding(
            transcript: transcript.id, code: codeIDs[key.code], coder: coder,
            span: Span(key.start..<key.end, in: transcript),
            origin: .keyword(group.sources.joined(separator: " | ")), status: .proposed,
            text: text, transcriptHash: hash))
      }
    }
    codings.sort(by: Coding.fileOrder)
    return codings
  }

  /// The start of the line that holds UTF-8 offset `offset`, as a UTF-8 and
  /// a scalar offset: where the matcher counts scalar offsets from, so that
  /// a part of a long transcript costs no count from its start.
  static func lineStart(before offset: Int, in transcript: Transcript) -> (utf8: Int, scalar: Int) {
    let lines = transcript.lines
    let starts = lines.utf8Starts
    guard !starts.isEmpty, starts.count == lines.scalarStarts.count,
      lines.utf8Count == transcript.text.utf8.count
    else { return (0, 0) }
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return (starts[low], lines.scalarStarts[low])
  }

  /// A warning naming the keyword for each regular expression stopped for
  /// taking too long, at the line of the turn it was stopped in.
  func warnings(for stalls: [KeywordStall], in transcript: Transcript) -> [Diagnostic] {
    let limit = matcher.regexTimeLimit.components
    let seconds = Double(limit.seconds) + Double(limit.attoseconds) / 1e18
    return stalls.map { stall in
      let rule = matcher.rules[stall.rule]
      let starts = transcript.lines.utf8Starts
      var low = 0
      var high = starts.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if starts[middle] <= stall.utf8Offset { low = middle } else { high = middle - 1 }
      }
      let keyword = "keyword '\(rule.pattern.source)' of code '\(codeIDs[rule.code])'"
      if stall.dropsRule {
        let budget = matcher.regexBudget
        return .warning(
          "\(keyword) took too long to match \(budget.maximumStalls) times (or \(budget.maximumSlowTime.components.seconds) s in all), here last; it is left out for the rest of this run: fix or remove it",
          at: SourcePosition(line: low + 1))
      }
      return .warning(
        "\(keyword) took longer than \(NumberFormat.fixed(seconds, decimals: 2)) s to match and was stopped; its hits in the rest of this turn are left out",
        at: SourcePosition(line: low + 1))
    }
  }

  /// A code in a sentence or turn, by its scalar offsets.
  private struct UnitKey: Hashable {
    var code: Int
    var start: Int
    var end: Int
  }

  /// What one code's hits in one unit become: the unit's UTF-8 range and the
  /// patterns that hit, in order.
  private struct UnitGroup {
    var utf8: Range<Int>
    var sources: [String] = []
  }
}
