import Testing

@testable import QualKit

/// A transcript of six turns over eight lines for the per-unit votes.
private func votingTranscript() throws -> Transcript {
  let text = """
    I: How did it start?
    B: It started in the autumn. I was tired all the time.
    Then it got better.
    I: And the plan?
    B: The plan was mine. They asked me what I wanted.
    I: Anything else?
    B: No, not really. Only that the job centre called.
    Twice, in fact.

    """
  var diagnostics: [Diagnostic] = []
  return try Transcript(
    parsing: Array(text.utf8), format: .text, fallbackID: "T1", diagnostics: &diagnostics)
}

/// Random accepted, proposed and rejected codings of codes a, b and c by one
/// coder: spans inside a turn or across two, of any length.
private func randomCodings(coder: String, seed: UInt64, in transcript: Transcript) -> [Coding] {
  var random = SplitMix64(seed: seed)
  let turns = transcript.turns.filter { !$0.textRange.isEmpty }
  var codings: [Coding] = []
  var seen = Set<Coding.ApplicationKey>()
  for _ in 0..<Int.random(in: 0...10, using: &random) {
    let first = turns.randomElement(using: &random) ?? turns[0]
    let last = Bool.random(using: &random) ? first : turns.randomElement(using: &random) ?? first
    let lower = min(first.textRange.lowerBound, last.textRange.lowerBound)
    let upper = max(first.textRange.upperBound, last.textRange.upperBound)
    let start = Int.random(in: lower..<upper, using: &random)
    let end = Int.random(in: (start + 1)...upper, using: &random)
    let coding = Coding(
      transcript: transcript.id, code: ["a", "b", "c"].randomElement(using: &random) ?? "a",
      coder: coder, span: Span(start..<end, in: transcript),
      status: [Coding.Status.accepted, .accepted, .accepted, .proposed, .rejected].randomElement(
        using: &random) ?? .accepted,
      transcriptHash: transcript.contentHash)
    if seen.insert(coding.applicationKey).inserted { codings.append(coding) }
  }
  return codings
}

/// The (code, unit) pairs that accepted codings cover, as `agree` counts them.
private func covered(
  _ codings: [Coding], in transcript: Transcript, unit: AgreementUnitKind, coder: String? = nil
) -> Set<String> {
  let accepted = codings.filter { $0.status == .accepted }.map { coding -> Coding in
    var coding = coding
    coding.coder = coder ?? "one"
    return coding
  }
  let tables = AgreementTable.tables(
    codings: accepted, transcripts: [transcript], coders: ["one"], codes: ["a", "b", "c"],
    unitKind: unit, keepingUncoded: true)
  var pairs = Set<String>()
  for table in tables {
    var position = 0
    for segment in table.segments {
      if segment.coded[0] {
        for offset in 0..<segment.unitCount { pairs.insert("\(table.code) \(position + offset)") }
      }
      position += segment.unitCount
    }
  }
  return pairs
}

/// The (code, unit) pairs that at least `needed` of the coders applied.
private func appliedBy(
  atLeast needed: Int, _ files: [[Coding]], coders: [String], in transcript: Transcript,
  unit: AgreementUnitKind
) -> Set<String> {
  let tables = AgreementTable.tables(
    codings: files.flatMap { $0 }.filter { $0.status == .accepted }, transcripts: [transcript],
    coders: coders, codes: ["a", "b", "c"], unitKind: unit, keepingUncoded: true)
  var pairs = Set<String>()
  for table in tables {
    var position = 0
    for segment in table.segments {
      if segment.coded.filter({ $0 }).count >= needed {
        for offset in 0..<segment.unitCount { pairs.insert("\(table.code) \(position + offset)") }
      }
      position += segment.unitCount
    }
  }
  return pairs
}

@Suite struct CodingMergerUnitTests {
  static let units: [AgreementUnitKind] = [.turn, .line, .char]

  @Test(
    "Per-unit merges: union keeps every coding, majority ⊆ union, unanimous ⊆ majority, and a code all coders applied in a unit survives every strategy",
    arguments: units, 0..<15)
  func properties(unit: AgreementUnitKind, seed: UInt64) throws {
    let transcript = try votingTranscript()
    let coders = ["anna", "bo", "cai"]
    let files = coders.enumerated().map {
      randomCodings(coder: $1, seed: seed * 31 + UInt64($0), in: transcript)
    }
    let inputs = zip(coders, files).map {
      CodingMerger.Input(path: "\($0).jsonl", file: CodingFile(codings: $1))
    }
    func merged(_ strategy: MergeStrategy) -> [Coding] {
      CodingMerger(strategy: strategy, unit: unit, transcripts: [transcript]).merge(inputs).codings
    }
    let union = merged(.union)
    let majority = merged(.majority)
    let unanimous = merged(.unanimous)
    // Union keeps every coding: each input line is a source of an output coding.
    for (coder, codings) in zip(coders, files) {
      for line in codings.indices {
        let source = CodingSource(coder: coder, file: "\(coder).jsonl", line: line + 1)
        #expect(union.contains { $0.sources?.contains(source) == true })
      }
    }
    let unionCovers = covered(union, in: transcript, unit: unit)
    let majorityCovers = covered(majority, in: transcript, unit: unit)
    let unanimousCovers = covered(unanimous, in: transcript, unit: unit)
    #expect(majorityCovers.isSubset(of: unionCovers))
    #expect(unanimousCovers.isSubset(of: majorityCovers))
    // Same footing as agree: the votes keep exactly the units enough coders applied.
    let byAll = appliedBy(atLeast: 3, files, coders: coders, in: transcript, unit: unit)
    #expect(
      majorityCovers == appliedBy(atLeast: 2, files, coders: coders, in: transcript, unit: unit))
    #expect(unanimousCovers == byAll)
    #expect(byAll.isSubset(of: unionCovers))
    // Every merged coding is accepted, sourced and quotes the current text.
    for coding in majority + unanimous {
      #expect(coding.status == .accepted && coding.sources?.isEmpty == false)
      #expect(coding.text == transcript.text(in: coding.span.range))
      #expect(coding.transcriptHash == transcript.contentHash)
    }
  }

  /// Two coders on one turn, anna on lines 2-3 and bo on line 2 only.
  static func overlapping(_ transcript: Transcript) throws -> [CodingMerger.Input] {
    let turn = transcript.turns[1]
    let line2 = transcript.lines.scalarRange(ofLine: 2)
    let anna = Coding(
      transcript: "T1", code: "a", coder: "anna", span: Span(turn.textRange, in: transcript))
    let bo = Coding(
      transcript: "T1", code: "a", coder: "bo",
      span: Span(turn.textRange.lowerBound..<line2.upperBound, in: transcript))
    return [
      CodingMerger.Input(path: "anna.jsonl", file: CodingFile(codings: [anna])),
      CodingMerger.Input(path: "bo.jsonl", file: CodingFile(codings: [bo])),
    ]
  }

  @Test("Coders who coded l. 2-3 and l. 2 of one turn agree by turn and the majority keeps it")
  func overlappingSpansAreKept() throws {
    let transcript = try votingTranscript()
    let inputs = try Self.overlapping(transcript)
    let byTurn = CodingMerger(strategy: .majority, transcripts: [transcript]).merge(inputs)
    #expect(byTurn.codings.map(\.span.firstLine) == [2])
    #expect(byTurn.codings.map(\.span.lastLine) == [3])
    #expect(byTurn.codings.first?.sources?.map(\.coder) == ["anna", "bo"])
    let byLine = CodingMerger(strategy: .majority, unit: .line, transcripts: [transcript])
      .merge(inputs)
    #expect(byLine.codings.map { "\($0.span.firstLine)-\($0.span.lastLine)" } == ["2-2"])
    #expect(byLine.codings.first?.text == "It started in the autumn. I was tired all the time.")
    // Without the transcript, the vote is on identical spans and keeps nothing.
    #expect(CodingMerger(strategy: .majority).merge(inputs).codings.isEmpty)
  }

  @Test("A transcript missing from the project is warned about and voted on by identical spans")
  func unknownTranscriptWarns() throws {
    let transcript = try votingTranscript()
    let span = Span(firstLine: 1, lastLine: 1, start: 0, end: 4)
    let inputs = ["anna", "bo"].map { coder in
      CodingMerger.Input(
        path: "\(coder).jsonl",
        file: CodingFile(codings: [Coding(transcript: "T9", code: "a", coder: coder, span: span)]))
    }
    let result = CodingMerger(strategy: .unanimous, transcripts: [transcript]).merge(inputs)
    #expect(result.codings.map(\.transcript) == ["T9"])
    #expect(
      result.diagnostics.map(\.message) == [
        "transcript 'T9' is not in the project; its codings vote on identical spans, not per turn"
      ])
  }
}
