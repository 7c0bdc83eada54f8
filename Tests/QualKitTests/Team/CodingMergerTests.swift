import Testing

@testable import QualKit

/// Random coding files for property tests: one coder each, no coder
/// contradicting themselves.
private func randomInput(coder: String, seed: UInt64) -> CodingMerger.Input {
  var random = SplitMix64(seed: seed)
  let spans = [
    Span(firstLine: 1, lastLine: 1, start: 0, end: 10),
    Span(firstLine: 1, lastLine: 2, start: 5, end: 30),
    Span(firstLine: 3, lastLine: 3, start: 40, end: 52),
  ]
  var codings: [Coding] = []
  var seen = Set<String>()
  for _ in 0..<Int.random(in: 0...12, using: &random) {
    let transcript = ["T1", "T2"].randomElement(using: &random) ?? "T1"
    let code = ["a", "b", "c"].randomElement(using: &random) ?? "a"
    let span = spans.randomElement(using: &random) ?? spans[0]
    let origin: Coding.Origin = Bool.random(using: &random) ? .manual : .keyword("k*")
    let identity = "\(transcript) \(code) \(span.start) \(origin)"
    guard seen.insert(identity).inserted else { continue }
    let status = [Coding.Status.accepted, .accepted, .proposed, .rejected].randomElement(
      using: &random)
    codings.append(
      Coding(
        transcript: transcript, code: code, coder: coder, span: span, origin: origin,
        status: status ?? .accepted,
        memo: [nil, "why", "note \(coder)"].randomElement(using: &random) ?? nil,
        text: "text \(span.start)", transcriptHash: "xxh64:\(transcript)"))
  }
  return CodingMerger.Input(path: "\(coder).jsonl", file: CodingFile(codings: codings))
}

/// A merge result read back as an input, as `qualkit merge` would read its own output.
private func asInput(_ result: CodingMerger.Result, path: String) throws -> CodingMerger.Input {
  var diagnostics: [Diagnostic] = []
  let text = CodingFile(codings: result.codings).serialized
  let file = CodingFile(parsing: Array(text.utf8), diagnostics: &diagnostics)
  #expect(diagnostics.isEmpty)
  return CodingMerger.Input(path: path, file: file)
}

@Suite struct CodingMergerTests {
  @Test("Merging is commutative for every strategy", arguments: MergeStrategy.allCases, 0..<10)
  func commutative(strategy: MergeStrategy, seed: UInt64) {
    let a = randomInput(coder: "anna", seed: seed)
    let b = randomInput(coder: "bo", seed: seed + 100)
    let c = randomInput(coder: "cai", seed: seed + 200)
    let merger = CodingMerger(strategy: strategy)
    let forward = merger.merge([a, b, c])
    #expect(merger.merge([c, a, b]).codings == forward.codings)
    #expect(merger.merge([b, c, a]) == forward)
  }

  @Test("Union merging is associative, also through merged files", arguments: 0..<10)
  func associative(seed: UInt64) throws {
    let a = randomInput(coder: "anna", seed: seed)
    let b = randomInput(coder: "bo", seed: seed + 100)
    let c = randomInput(coder: "cai", seed: seed + 200)
    let merger = CodingMerger()
    let flat = merger.merge([a, b, c]).codings
    let left = merger.merge([try asInput(merger.merge([a, b]), path: "ab.jsonl"), c]).codings
    let right = merger.merge([a, try asInput(merger.merge([b, c]), path: "bc.jsonl")]).codings
    #expect(left == flat)
    #expect(right == flat)
  }

  @Test("Merging is idempotent", arguments: MergeStrategy.allCases, 0..<10)
  func idempotent(strategy: MergeStrategy, seed: UInt64) throws {
    let a = randomInput(coder: "anna", seed: seed)
    let b = randomInput(coder: "bo", seed: seed + 100)
    let merger = CodingMerger(strategy: strategy)
    let once = merger.merge([a, b])
    #expect(merger.merge([a, b, a, b]).codings == once.codings)
    if strategy == .union {
      #expect(merger.merge([try asInput(once, path: "m.jsonl")]).codings == once.codings)
      #expect(merger.merge([try asInput(once, path: "m.jsonl"), a]).codings == once.codings)
    }
  }

  @Test("A union merge never loses a coding: every input coding is traceable", arguments: 0..<20)
  func unionLosesNothing(seed: UInt64) {
    let inputs = ["anna", "bo", "cai"].enumerated().map {
      randomInput(coder: $1, seed: seed * 7 + UInt64($0))
    }
    let result = CodingMerger(coder: "team").merge(inputs)
    #expect(result.conflicts.isEmpty)
    for input in inputs {
      for (coding, line) in zip(input.codings, input.lines) {
        let source = CodingSource(
          coder: coding.coder, file: input.path, line: line, memo: coding.memo)
        let traced = result.codings.filter { $0.sources?.contains(source) == true }
        #expect(traced.count == 1)
        guard let merged = traced.first else { continue }
        #expect(merged.transcript == coding.transcript && merged.code == coding.code)
        #expect(merged.span == coding.span && merged.origin == coding.origin)
        #expect(merged.status == coding.status && merged.transcriptHash == coding.transcriptHash)
        #expect(merged.coder == "team")
        if let memo = coding.memo { #expect(merged.memo?.contains(memo) == true) }
      }
    }
    let sourceCount = result.codings.reduce(0) { $0 + ($1.sources?.count ?? 0) }
    #expect(sourceCount == inputs.reduce(0) { $0 + $1.codings.count })
  }

  /// Three coders; span 1 coded by all, span 2 by two, span 3 by one, span 4
  /// by one accepted and two rejected.
  static func votingInputs() -> [CodingMerger.Input] {
    func span(_ n: Int) -> Span { Span(firstLine: n, lastLine: n, start: n * 10, end: n * 10 + 5) }
    func input(_ coder: String, _ entries: [(Int, Coding.Status)]) -> CodingMerger.Input {
      CodingMerger.Input(
        path: "\(coder).jsonl",
        file: CodingFile(
          codings: entries.map {
            Coding(transcript: "T1", code: "x", coder: coder, span: span($0.0), status: $0.1)
          }))
    }
    return [
      input("anna", [(1, .accepted), (2, .accepted), (3, .accepted), (4, .accepted)]),
      input("bo", [(1, .accepted), (2, .accepted), (4, .rejected)]),
      input("cai", [(1, .accepted), (4, .rejected)]),
    ]
  }

  @Test(
    "Majority and unanimous keep spans enough coders accepted",
    arguments: [(MergeStrategy.majority, [1, 2]), (.unanimous, [1]), (.union, [1, 2, 3, 4, 4])])
  func thresholds(strategy: MergeStrategy, lines: [Int]) {
    let result = CodingMerger(strategy: strategy).merge(Self.votingInputs())
    #expect(result.coders == ["anna", "bo", "cai"])
    #expect(result.codings.map(\.span.firstLine) == lines)
    if strategy != .union {
      #expect(result.codings.allSatisfy { $0.status == .accepted && $0.coder == "merged" })
      #expect(result.codings.first?.sources?.map(\.coder) == ["anna", "bo", "cai"])
    }
  }

  @Test("With two coders a majority needs both")
  func majorityOfTwo() {
    let inputs = Array(Self.votingInputs().prefix(2))
    let result = CodingMerger(strategy: .majority).merge(inputs)
    #expect(result.codings.map(\.span.firstLine) == [1, 2])
  }

  @Test("A coder contradicting themselves is a conflict, reported and left out")
  func conflicts() {
    let span = Span(firstLine: 2, lastLine: 2, start: 10, end: 20)
    let accepted = Coding(transcript: "T1", code: "x", coder: "anna", span: span, status: .accepted)
    var rejected = accepted
    rejected.status = .rejected
    let other = Coding(transcript: "T1", code: "x", coder: "bo", span: span, status: .rejected)
    let result = CodingMerger().merge([
      CodingMerger.Input(path: "a.jsonl", file: CodingFile(codings: [accepted])),
      CodingMerger.Input(path: "b.jsonl", file: CodingFile(codings: [rejected, other])),
    ])
    #expect(result.conflicts.count == 1)
    let conflict = result.conflicts[0]
    #expect(conflict.coder == "anna")
    #expect(
      conflict.description
        == "anna gave 'x' on T1 l. 2 different statuses: accepted (a.jsonl:1), rejected (b.jsonl:1)"
    )
    #expect(result.codings.map { $0.sources?.map(\.coder) } == [["bo"]])
    #expect(
      result.diagnostics.map(\.message)
        == ["coder 'anna' appears in several files (a.jsonl, b.jsonl); counted as one coder"])
  }

  @Test("Codings of different transcript versions are kept apart and warned about")
  func versions() {
    let span = Span(firstLine: 1, lastLine: 1, start: 0, end: 5)
    let old = Coding(
      transcript: "T1", code: "x", coder: "anna", span: span, transcriptHash: "xxh64:old")
    let new = Coding(
      transcript: "T1", code: "x", coder: "bo", span: span, transcriptHash: "xxh64:new")
    let result = CodingMerger().merge([
      CodingMerger.Input(path: "a.jsonl", file: CodingFile(codings: [old])),
      CodingMerger.Input(path: "b.jsonl", file: CodingFile(codings: [new])),
    ])
    #expect(result.codings.count == 2)
    #expect(
      result.diagnostics.map(\.message) == [
        "codings of 'T1' were made on different versions of it (xxh64:new, xxh64:old); "
          + "they are not merged with each other"
      ])
  }

  @Test("Same code on the same span by two coders becomes one coding listing both, memos joined")
  func unionJoinsCoders() {
    let span = Span(firstLine: 1, lastLine: 1, start: 0, end: 5)
    let a = Coding(transcript: "T1", code: "x", coder: "anna", span: span, memo: "first")
    let b = Coding(transcript: "T1", code: "x", coder: "bo", span: span, memo: "second")
    let result = CodingMerger(coder: "team").merge([
      CodingMerger.Input(path: "a.jsonl", file: CodingFile(codings: [a])),
      CodingMerger.Input(path: "b.jsonl", file: CodingFile(codings: [b])),
    ])
    #expect(result.codings.count == 1)
    #expect(result.codings[0].memo == "first\n---\nsecond")
    #expect(
      result.codings[0].sources == [
        CodingSource(coder: "anna", file: "a.jsonl", line: 1, memo: "first"),
        CodingSource(coder: "bo", file: "b.jsonl", line: 1, memo: "second"),
      ])
  }
}
