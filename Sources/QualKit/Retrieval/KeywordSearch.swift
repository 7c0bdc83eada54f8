/// A search of transcripts in the codebook's keyword language: words,
/// phrases, stems, `re:` expressions and exclusions, matched exactly as
/// ``AutoCoder`` matches a code's keywords (one ``KeywordMatcher``).
///
/// All patterns of one search act as the keywords of one code, so a search
/// for `stress*` and `-stressfri` finds what a code with those two keywords
/// would propose at scope `hit`.
///
/// ```swift
/// let search = try KeywordSearch(patterns: ["stress*"])
/// let hits = search.hits(in: transcript)
/// ```
public struct KeywordSearch: Sendable {
  /// The patterns as parsed, in the order given.
  public let patterns: [KeywordPattern]
  /// The matcher over the patterns (all of code 0).
  public let matcher: KeywordMatcher

  /// Parses the patterns.
  ///
  /// - Throws: ``KeywordPatternError`` for the first pattern the keyword
  ///   language rejects, or ``KeywordPatternError/Kind/empty`` when every
  ///   pattern is an exclusion (nothing to find).
  public init(patterns: [String]) throws(KeywordPatternError) {
    var parsed: [KeywordPattern] = []
    for source in patterns { parsed.append(try KeywordPattern(parsing: source)) }
    guard parsed.contains(where: { !$0.isExclusion }) else {
      throw KeywordPatternError(.empty, keyword: patterns.first ?? "")
    }
    self.patterns = parsed
    matcher = KeywordMatcher(rules: parsed.map { KeywordRule(code: 0, pattern: $0) })
  }

  /// Every hit in the text of the turns of `transcript` whose speaker has one
  /// of `roles` (nil: every turn), in text order.
  ///
  /// - Parameters:
  ///   - transcript: The transcript to search.
  ///   - roles: The speaker roles to search (see ``AutoCoder/includes(_:roles:)``).
  ///   - diagnostics: Receives a warning for each regular expression stopped
  ///     for taking too long.
  /// - Returns: The hits with their turns and lines.
  public func hits(
    in transcript: Transcript, roles: Set<String>? = nil, diagnostics: inout [Diagnostic]
  ) -> [SearchHit] {
    let turns = transcript.turns.filter {
      AutoCoder.includes($0, roles: roles) && !$0.utf8Range.isEmpty
    }
    var stalls: [KeywordStall] = []
    let found = matcher.hits(in: transcript.text, ranges: turns.map(\.utf8Range), stalls: &stalls)
    for stall in stalls {
      let line = transcript.lines.utf8Starts.lastIndex { $0 <= stall.utf8Offset } ?? 0
      let pattern = "pattern '\(matcher.rules[stall.rule].pattern.source)'"
      diagnostics.append(
        .warning(
          stall.dropsRule
            ? "\(pattern) took too long to match \(matcher.regexBudget.maximumStalls) times (or \(matcher.regexBudget.maximumSlowTime.components.seconds) s in all), here last; it is left out for the rest of this search"
            : "\(pattern) took too long to match and was stopped; its hits in the rest of this turn are left out",
          at: SourcePosition(line: line + 1)))
    }
    return found.compactMap { hit in
      guard let turn = transcript.turn(containingScalarOffset: hit.scalarRange.lowerBound) else {
        return nil
      }
      return SearchHit(
        transcript: transcript.id, span: Span(hit.scalarRange, in: transcript),
        pattern: matcher.rules[hit.rule].pattern.source, turn: turn,
        text: transcript.text(in: hit.scalarRange))
    }
  }

  /// Every hit in the transcripts of `catalog` that `filter` selects (its
  /// transcript, attribute and speaker-role criteria), by transcript id and
  /// then position.
  ///
  /// - Parameters:
  ///   - catalog: The project's transcripts.
  ///   - filter: The transcripts, attributes and roles to search.
  ///   - diagnostics: Receives warnings, each with its transcript's file.
  /// - Returns: The hits.
  /// - Throws: ``CodingFilterError`` for a transcript, role or attribute
  ///   that the project does not have.
  public func hits(
    in catalog: TranscriptCatalog, filter: CodingFilter, diagnostics: inout [Diagnostic]
  ) throws(CodingFilterError) -> [SearchHit] {
    _ = try filter.resolved(index: nil, codings: [], catalog: catalog)
    let roles = filter.roles.isEmpty ? nil : Set(filter.roles)
    var all: [SearchHit] = []
    for transcript in catalog.sorted where filter.selects(transcript) {
      var found: [Diagnostic] = []
      all += hits(in: transcript, roles: roles, diagnostics: &found)
      diagnostics += found.inFile(catalog.paths[transcript.id] ?? transcript.id)
    }
    return all
  }

  /// The hits as proposals of `code` by `coder`, one coding per hit with
  /// origin `keyword:<pattern>` and the hit's exact text, as `autocode
  /// --scope hit` makes them.
  public static func proposals(
    _ hits: [SearchHit], code: String, coder: String, catalog: TranscriptCatalog
  ) -> [Coding] {
    hits.map { hit in
      Coding(
        transcript: hit.transcript, code: code, coder: coder, span: hit.span,
        origin: .keyword(hit.pattern), status: .proposed, text: hit.text,
        transcriptHash: catalog.byID[hit.transcript]?.contentHash)
    }
  }
}

/// One place a search pattern occurs: where, in whose turn, and the text.
public struct SearchHit: Hashable, Sendable {
  /// The transcript's id.
  public var transcript: String
  /// The hit's span.
  public var span: Span
  /// The pattern that made the hit, as written.
  public var pattern: String
  /// The turn the hit is in.
  public var turn: Turn
  /// The hit's exact text.
  public var text: String

  /// Creates a hit.
  public init(transcript: String, span: Span, pattern: String, turn: Turn, text: String) {
    self.transcript = transcript
    self.span = span
    self.pattern = pattern
    self.turn = turn
    self.text = text
  }
}
