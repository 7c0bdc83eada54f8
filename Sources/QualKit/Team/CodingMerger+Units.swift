extension CodingMerger {
  /// The codings of a majority or unanimous merge: per unit where the
  /// transcript is known, per identical span where it is not.
  ///
  /// Per unit, the units and the overlap rule are those of
  /// ``AgreementTable`` (so of `qualkit agree`): a unit is kept when more
  /// than half of the coders (majority) or all of them (unanimous) have an
  /// accepted coding of the code that overlaps it. A code every coder
  /// applied in a unit is therefore kept by every strategy, and a code
  /// `agree` counts as agreed on is never dropped.
  ///
  /// The span of a merged coding: each run of kept units that follow one
  /// another (for characters, that touch) becomes one coding, from the
  /// earliest start to the latest end of the coders' codings that overlap
  /// the run, cut to the run. So it covers exactly the kept units (compared
  /// by `agree` with the same unit, it codes those units and no others),
  /// and inside them it keeps the coders' own bounds: two coders who coded
  /// l. 4-5 and l. 4 of one turn get l. 4-5 by turn and l. 4 by line. The
  /// merged coding lists every coding it was made from as a source, its
  /// text is the current transcript's text there, and its hash the current
  /// transcript's.
  func votedCodings(_ votes: [Vote], coders: [String], diagnostics: inout [Diagnostic])
    -> [Coding]
  {
    struct Group: Hashable {
      var transcript: String
      var code: String
    }
    var codings: [Coding] = []
    let known = votes.filter { transcripts[$0.key.transcript] != nil }
    let unknown = votes.filter { transcripts[$0.key.transcript] == nil }
    if !transcripts.isEmpty {
      for transcript in Set(unknown.map(\.key.transcript)).sorted() {
        diagnostics.append(
          .warning(
            "transcript '\(transcript)' is not in the project; its codings vote on identical spans, not per \(unit.singular)"
          ))
      }
    }
    codings += spanVotes(unknown, coders: coders)
    for (group, members) in Dictionary(
      grouping: known, by: { Group(transcript: $0.key.transcript, code: $0.key.code) })
    {
      guard let transcript = transcripts[group.transcript] else { continue }
      codings += unitVotes(members, code: group.code, in: transcript, coders: coders)
    }
    return codings
  }

  /// Whether `applied` of `coderCount` coders is enough to keep a code.
  private func isKept(applied: Int, coderCount: Int) -> Bool {
    applied > 0
      && (strategy == .majority ? 2 * applied > coderCount : applied == coderCount)
  }

  /// The origin of a merged coding: manual when a source is, else the first keyword.
  private static func origin(of votes: [Vote]) -> Coding.Origin {
    let origins = Set(votes.map(\.origin))
    return origins.contains(.manual) ? .manual : origins.min() ?? .manual
  }

  /// Votes on identical spans (transcript version, code and span).
  private func spanVotes(_ votes: [Vote], coders: [String]) -> [Coding] {
    Dictionary(grouping: votes, by: \.key).compactMap { key, group in
      let applied = Set(group.map(\.source.coder)).count
      guard isKept(applied: applied, coderCount: coders.count) else { return nil }
      return coding(key, origin: Self.origin(of: group), status: .accepted, group)
    }
  }

  /// Votes per unit on one code of one transcript.
  private func unitVotes(
    _ votes: [Vote], code: String, in transcript: Transcript, coders: [String]
  ) -> [Coding] {
    let applied = votes.map {
      Coding(transcript: transcript.id, code: code, coder: $0.source.coder, span: $0.key.span)
    }
    guard
      let table = AgreementTable.tables(
        codings: applied, transcripts: [transcript], coders: coders, codes: [code],
        unitKind: unit, keepingUncoded: true
      ).first
    else { return [] }
    // Runs of kept segments that follow one another.
    var runs: [[AgreementSegment]] = []
    var previousKept = false
    for segment in table.segments {
      let kept = isKept(applied: segment.coded.filter { $0 }.count, coderCount: coders.count)
      defer { previousKept = kept }
      guard kept else { continue }
      if previousKept, let last = runs.last?.last,
        unit != .char || last.span.end == segment.span.start
      {
        runs[runs.count - 1].append(segment)
      } else {
        runs.append([segment])
      }
    }
    return runs.compactMap { run in
      guard let first = run.first, let last = run.last else { return nil }
      let supporters = votes.filter { vote in
        run.contains { vote.key.span.start < $0.span.end && vote.key.span.end > $0.span.start }
      }
      guard let start = supporters.map(\.key.span.start).min(),
        let end = supporters.map(\.key.span.end).max()
      else { return nil }
      let range = max(first.span.start, start)..<min(last.span.end, end)
      let key = Key(
        transcript: transcript.id, hash: transcript.contentHash, code: code,
        span: Span(range, in: transcript))
      var merged = coding(key, origin: Self.origin(of: supporters), status: .accepted, supporters)
      merged.text = transcript.text(in: range)
      return merged
    }
  }
}
