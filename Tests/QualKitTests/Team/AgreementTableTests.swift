import Testing

@testable import QualKit

/// A small hand-checked transcript: four turns on five lines.
///
///     1  I: Hello there.
///     2  B: I feel safe now.
///     3  Really safe.
///     4  I: And work?
///     5  B: I start soon.
func smallTranscript() throws -> Transcript {
  let text = "I: Hello there.\nB: I feel safe now.\nReally safe.\nI: And work?\nB: I start soon.\n"
  var diagnostics: [Diagnostic] = []
  return try Transcript(
    parsing: Array(text.utf8), format: .text, fallbackID: "T1", diagnostics: &diagnostics)
}

/// A coding of the first occurrence of `phrase` in `transcript` (after `after`).
func coding(
  _ phrase: String, in transcript: Transcript, code: String = "x", coder: String,
  after: Int = 0, status: Coding.Status = .accepted
) throws -> Coding {
  let scalars = Array(transcript.text.unicodeScalars)
  let needle = Array(phrase.unicodeScalars)
  let start = try #require(
    (after...(scalars.count - needle.count)).first {
      Array(scalars[$0..<($0 + needle.count)]) == needle
    })
  let span = Span(start..<(start + needle.count), in: transcript)
  return Coding(
    transcript: transcript.id, code: code, coder: coder, span: span, status: status, text: phrase,
    transcriptHash: transcript.contentHash)
}

@Suite struct AgreementTableTests {
  @Test("The small transcript has the turns and lines the hand calculations assume")
  func smallTranscriptShape() throws {
    let transcript = try smallTranscript()
    #expect(
      transcript.turns.map(\.text) == [
        "Hello there.", "I feel safe now.\nReally safe.", "And work?", "I start soon.",
      ])
    #expect(transcript.turns.map(\.firstLine) == [1, 2, 4, 5])
  }

  /// Turn units, anna codes turns 2 and 4, bo turn 2 only.
  ///
  ///
  ///     unit  anna  bo
  ///     1     0     0
  ///     2     1     1
  ///     3     0     0
  ///     4     1     0
  ///
  /// Percent agreement 3/4. Cohen: p_o = 3/4, anna's share of 1s is 1/2 and
  /// bo's 1/4, so p_e = 1/2·1/4 + 1/2·3/4 = 1/2 and κ = (3/4 − 1/2)/(1/2) = 1/2.
  /// Alpha: n = 8 values, n₁ = 3, n₀ = 5; one disagreeing unit gives D_o
  /// (unscaled) = 2, D_e (unscaled) = 2·3·5 = 30, α = 1 − 7·2/30 = 8/15.
  @Test("Turn units: a unit coded by one coder only is a disagreement; kappa and alpha by hand")
  func turnUnits() throws {
    let transcript = try smallTranscript()
    let codings = [
      try coding("feel safe", in: transcript, coder: "anna"),
      try coding("start", in: transcript, coder: "anna"),
      try coding("Really", in: transcript, coder: "bo"),
    ]
    let tables = AgreementTable.tables(
      codings: codings, transcripts: [transcript], coders: ["anna", "bo"], codes: ["x"],
      unitKind: .turn, keepingUncoded: true)
    let table = try #require(tables.first)
    #expect(
      table.segments.map(\.coded) == [
        [false, false], [true, true], [false, false], [true, false],
      ])
    #expect(table.unitCount == 4)
    #expect(table.codedUnitCount == 2)
    #expect(table.disagreements.map(\.span.firstLine) == [5])
    let data = table.reliabilityData()
    #expect(Reliability.percentAgreement(data).value == 0.75)
    #expect(try #require(Reliability.cohenKappa(data).value).isClose(to: 0.5))
    #expect(try #require(Reliability.krippendorffAlpha(data).value).isClose(to: 8.0 / 15.0))
  }

  /// Line units with both coders coding line 2 only: five lines, all agree.
  ///
  /// p_o = 1, p_e = (1/5)² + (4/5)² = 17/25, κ = 1; alpha = 1.
  /// With coded units only, one unit where both say 1: only one category is
  /// in use, so kappa and alpha are undefined.
  @Test("Line units: full agreement gives kappa 1 and alpha 1; coded-only makes both undefined")
  func lineUnitsFullAgreement() throws {
    let transcript = try smallTranscript()
    let codings = [
      try coding("feel", in: transcript, coder: "anna"),
      try coding("safe now", in: transcript, coder: "bo"),
    ]
    let table = try #require(
      AgreementTable.tables(
        codings: codings, transcripts: [transcript], coders: ["anna", "bo"], codes: ["x"],
        unitKind: .line, keepingUncoded: true
      ).first)
    #expect(table.segments.map(\.span.firstLine) == [1, 2, 3, 4, 5])
    #expect(table.disagreements.isEmpty)
    let all = table.reliabilityData()
    #expect(try #require(Reliability.cohenKappa(all).value).isClose(to: 1))
    #expect(try #require(Reliability.krippendorffAlpha(all).value).isClose(to: 1))
    let coded = table.reliabilityData(codedOnly: true)
    #expect(coded.unitCount == 1)
    let kappa = Reliability.cohenKappa(coded)
    #expect(kappa.value == nil)
    #expect(kappa.explanation?.contains("only one category") == true)
    #expect(Reliability.krippendorffAlpha(coded).value == nil)
    #expect(Reliability.percentAgreement(coded).value == 1)
  }

  /// Character units: anna codes "feel safe" (9), bo "safe now" (8).
  ///
  /// They share "safe" (4). The turns' text has 12 + 29 + 9 + 13 = 63 characters, so the
  /// patterns are (1,1) 4, (1,0) 5, (0,1) 4 and (0,0) 50.
  /// Percent: 54/63. Cohen: p_e = (9·8 + 54·55)/63² = 3042/3969, so
  /// κ = (3402 − 3042)/(3969 − 3042) = 360/927. Alpha: n = 126, n₁ = 17,
  /// n₀ = 109, D_o = 2·9 = 18, D_e = 2·17·109 = 3706, α = 1 − 125·18/3706 = 1456/3706.
  @Test("Character units count characters per agreement pattern; kappa and alpha by hand")
  func charUnits() throws {
    let transcript = try smallTranscript()
    let codings = [
      try coding("feel safe", in: transcript, coder: "anna"),
      try coding("safe now", in: transcript, coder: "bo"),
    ]
    let table = try #require(
      AgreementTable.tables(
        codings: codings, transcripts: [transcript], coders: ["anna", "bo"], codes: ["x"],
        unitKind: .char
      ).first)
    #expect(table.unitCount == 63)
    #expect(table.codedUnitCount == 13)
    let texts = table.disagreements.map { transcript.text(in: $0.span.range) }
    #expect(texts == ["feel ", " now"])
    #expect(table.disagreements.map(\.coded) == [[true, false], [false, true]])
    let data = table.reliabilityData()
    #expect(data.unitCount == 63)
    #expect(try #require(Reliability.percentAgreement(data).value).isClose(to: 54.0 / 63.0))
    #expect(try #require(Reliability.cohenKappa(data).value).isClose(to: 360.0 / 927.0))
    #expect(try #require(Reliability.krippendorffAlpha(data).value).isClose(to: 1456.0 / 3706.0))
  }

  /// The obvious version: one value per character, from each coding's range.
  static func referenceCharPatterns(
    _ codings: [Coding], transcript: Transcript, coders: [String]
  ) -> [[Bool]] {
    var rows: [[Bool]] = []
    for turn in transcript.turns {
      for offset in turn.textRange {
        rows.append(
          coders.map { coder in
            codings.contains { $0.coder == coder && $0.span.range.contains(offset) }
          })
      }
    }
    return rows
  }

  @Test("Character segments match a per-character reference on random codings", arguments: 0..<20)
  func charSegmentsMatchReference(seed: Int) throws {
    let transcript = try smallTranscript()
    var random = SplitMix64(seed: UInt64(seed))
    let coders = ["a", "b", "c"]
    let length = transcript.lines.scalarCount
    var codings: [Coding] = []
    for _ in 0..<Int.random(in: 0...8, using: &random) {
      let start = Int.random(in: 0..<length, using: &random)
      let end = Int.random(in: start...min(length, start + 20), using: &random)
      codings.append(
        Coding(
          transcript: "T1", code: "x", coder: coders.randomElement(using: &random) ?? "a",
          span: Span(start..<end, in: transcript)))
    }
    let table = try #require(
      AgreementTable.tables(
        codings: codings, transcripts: [transcript], coders: coders, codes: ["x"], unitKind: .char,
        keepingUncoded: true
      ).first)
    var expanded: [[Bool]] = []
    for segment in table.segments {
      expanded += Array(repeating: segment.coded, count: segment.unitCount)
    }
    #expect(expanded == Self.referenceCharPatterns(codings, transcript: transcript, coders: coders))
    // Runs are maximal within a turn: neighbours in one turn differ.
    for (left, right) in zip(table.segments, table.segments.dropFirst())
    where left.span.end == right.span.start
      && transcript.turn(containingScalarOffset: left.span.start)
        == transcript.turn(containingScalarOffset: right.span.start)
    {
      #expect(left.coded != right.coded)
    }
  }

  @Test(
    "Tables that only count the uncoded units give the same figures as tables that keep them",
    arguments: AgreementUnitKind.allCases, 0..<10)
  func uncodedUnitsCounted(unit: AgreementUnitKind, seed: Int) throws {
    let transcript = try smallTranscript()
    var random = SplitMix64(seed: UInt64(seed))
    let length = transcript.lines.scalarCount
    var codings: [Coding] = []
    for _ in 0..<Int.random(in: 0...6, using: &random) {
      let start = Int.random(in: 0..<length, using: &random)
      codings.append(
        Coding(
          transcript: "T1", code: "x", coder: ["a", "b"].randomElement(using: &random) ?? "a",
          span: Span(start..<min(length, start + 15), in: transcript)))
    }
    func table(keeping: Bool) throws -> AgreementTable {
      try #require(
        AgreementTable.tables(
          codings: codings, transcripts: [transcript], coders: ["a", "b"], codes: ["x"],
          unitKind: unit, keepingUncoded: keeping
        ).first)
    }
    let kept = try table(keeping: true)
    let counted = try table(keeping: false)
    #expect(counted.segments == kept.segments.filter(\.isCodedByAnyone))
    #expect(kept.uncodedUnitCount == 0)
    #expect(
      counted.uncodedUnitCount
        == kept.segments.filter { !$0.isCodedByAnyone }.reduce(0) { $0 + $1.unitCount })
    #expect(counted.unitCount == kept.unitCount)
    #expect(counted.codedUnitCount == kept.codedUnitCount)
    #expect(counted.disagreements == kept.disagreements)
    for codedOnly in [false, true] {
      #expect(
        counted.reliabilityData(codedOnly: codedOnly) == kept.reliabilityData(codedOnly: codedOnly))
    }
  }

  @Test("Codings of other codes, coders and transcripts and empty spans are left out")
  func irrelevantCodingsIgnored() throws {
    let transcript = try smallTranscript()
    var other = try coding("Hello", in: transcript, coder: "anna")
    other.transcript = "T9"
    let codings = [
      try coding("Hello", in: transcript, code: "y", coder: "anna"),
      try coding("Hello", in: transcript, coder: "carl"),
      other,
      Coding(
        transcript: "T1", code: "x", coder: "bo",
        span: Span(firstLine: 1, lastLine: 1, start: 4, end: 4)),
    ]
    let table = try #require(
      AgreementTable.tables(
        codings: codings, transcripts: [transcript], coders: ["anna", "bo"], codes: ["x"],
        unitKind: .turn
      ).first)
    #expect(table.codedUnitCount == 0)
  }
}

extension Double {
  /// Whether the value is within 1e-9 of `other`.
  func isClose(to other: Double) -> Bool { abs(self - other) < 1e-9 }
}
