import Testing

@testable import QualKit

@Suite struct AutoCoderSentenceTests {
  static let codebook = Codebook(
    name: "T",
    codes: [
      Code(id: "mastery", label: "Mastery", keywords: ["mestr*", "overskud", "tage det roligt"]),
      Code(id: "stress", label: "Stress", keywords: ["stress*", "-stressfri", "pres"]),
      Code(id: "work", label: "Work", keywords: ["arbejde*", "job", "re:[0-9]+\\.[0-9]+"]),
    ])

  /// Pieces of random turn text: words (some keywords), sentence ends,
  /// abbreviations, whitespace of every kind the rules know, and scalars of
  /// one to four UTF-8 bytes.
  static let pieces = [
    "stress", "Stressede", "mestrer", "overskud", "tage det roligt", "arbejdet", "job", "pres",
    "stressfri", "og", "det", "på", "ærlig", "søvn", "café", "😀", "中文", "3.5", "bl.a.", "f.eks.",
    "z.B.", "Hr.", "nr.", "!", "?", ".", "…", "?!", "...", " ", " ", " ", " ", "  ", "\n", "\n\n",
    "\n\n\n", "\t", "\u{A0}", "\u{2028}", "\u{85}", "\u{1F}", "\u{0B}", "\r", ". ", "! ", "? ",
    "… ", ".\n", ",", "-", "(", ")", "\"",
  ]

  fileprivate static func randomText(_ generator: inout SplitMix64, pieces count: Int)
    -> String
  {
    var text = ""
    for _ in 0..<count {
      text += pieces[Int.random(in: 0..<pieces.count, using: &generator)]
    }
    return text
  }

  /// A transcript whose turns have exactly the given texts, each after a
  /// `B: ` label, so that their edges may be whitespace or blank lines.
  static func transcript(turns texts: [String]) -> Transcript {
    var text = ""
    var turns: [Turn] = []
    var scalar = 0
    var line = 1
    for (index, turnText) in texts.enumerated() {
      if index > 0 {
        text += "\n"
        scalar += 1
        line += 1
      }
      text += "B: "
      scalar += 3
      let utf8 = text.utf8.count
      let lines = turnText.unicodeScalars.filter { $0 == "\n" }.count
      turns.append(
        Turn(
          index: index, speaker: "B", role: "citizen", firstLine: line, lastLine: line + lines,
          textRange: scalar..<(scalar + turnText.unicodeScalars.count),
          utf8Range: utf8..<(utf8 + turnText.utf8.count), text: turnText))
      text += turnText
      scalar += turnText.unicodeScalars.count
      line += lines
    }
    return Transcript(id: "T", format: .text, turns: turns, text: text)
  }

  /// The widening of the code under test for a hit at scalar offsets `hit`.
  static func widened(_ hit: Range<Int>, in turn: Turn, of transcript: Transcript) -> Range<Int> {
    var text = transcript.text
    return text.withUTF8 { utf8 in
      let bounds = AutoCoder.SentenceBounds(turn: turn, text: utf8)
      let unit = bounds.sentence(
        from: .init(scalar: hit.lowerBound, utf8: transcript.utf8Offset(ofScalar: hit.lowerBound)),
        to: .init(scalar: hit.upperBound, utf8: transcript.utf8Offset(ofScalar: hit.upperBound)))
      let text = String(decoding: UnsafeBufferPointer(rebasing: utf8[unit.utf8]), as: UTF8.self)
      #expect(text == transcript.text(in: unit.scalars), "UTF-8 and scalar ranges differ")
      return unit.scalars
    }
  }

  @Test("Sentence widening agrees with the reference for every hit position in random turns")
  func randomHits() {
    var generator = SplitMix64(seed: 1)
    var compared = 0
    var inner = 0  // sentences with a sentence end on both sides
    for round in 0..<400 {
      let texts = (0..<Int.random(in: 1...3, using: &generator)).map { _ in
        Self.randomText(&generator, pieces: Int.random(in: 0...40, using: &generator))
      }
      let transcript = Self.transcript(turns: texts)
      for turn in transcript.turns where !turn.textRange.isEmpty {
        for _ in 0..<12 {
          let start = Int.random(in: turn.textRange, using: &generator)
          let length = Int.random(
            in: 1...min(8, turn.textRange.upperBound - start), using: &generator)
          let hit = start..<(start + length)
          let expected = ReferenceSentenceWidening.sentence(around: hit, in: turn)
          let actual = Self.widened(hit, in: turn, of: transcript)
          #expect(actual == expected, "round \(round), turn \(turn.index), hit \(hit)")
          if expected.lowerBound > turn.textRange.lowerBound
            && expected.upperBound < turn.textRange.upperBound
          {
            inner += 1
          }
          compared += 1
        }
      }
    }
    #expect(compared > 5000)
    #expect(inner > 1000)
  }

  @Test("Sentence and turn proposals equal the reference's on random transcripts")
  func randomTranscripts() throws {
    let coder = try AutoCoder(codebook: Self.codebook)
    var generator = SplitMix64(seed: 2)
    var codings = 0
    var merged = 0
    for round in 0..<150 {
      let texts = (0..<Int.random(in: 1...4, using: &generator)).map { _ in
        Self.randomText(&generator, pieces: Int.random(in: 0...120, using: &generator))
      }
      let transcript = Self.transcript(turns: texts)
      for scope in [AutoCoder.Scope.sentence, .turn] {
        let actual = coder.codings(for: transcript, coder: "auto", scope: scope)
        let expected = ReferenceSentenceWidening.codings(coder, for: transcript, scope: scope)
        #expect(actual == expected, "round \(round), scope \(scope)")
        codings += actual.count
        merged += actual.filter { "\($0.origin)".contains(" | ") }.count
      }
    }
    #expect(codings > 1000)
    #expect(merged > 50)
  }

  @Test("In a turn of 100,000 random pieces, sampled hits' sentences are the reference's")
  func longTurn() throws {
    var generator = SplitMix64(seed: 3)
    let transcript = Self.transcript(turns: [Self.randomText(&generator, pieces: 100_000)])
    let turn = try #require(transcript.turns.first)
    let coder = try AutoCoder(codebook: Self.codebook)
    let hits = coder.matcher.hits(in: transcript.text, ranges: [turn.utf8Range])
    let codings = coder.codings(for: transcript, coder: "auto", scope: .sentence)
    #expect(codings.count > 5_000)
    let units = Set(codings.map { "\($0.code) \($0.span.range)" })
    // The reference decodes the whole turn for each hit, so a sample of them.
    for index in stride(from: 0, to: hits.count, by: hits.count / 40 + 1) {
      let unit = ReferenceSentenceWidening.sentence(around: hits[index].scalarRange, in: turn)
      #expect(units.contains("\(coder.codeIDs[hits[index].code]) \(unit)"), "hit \(index)")
    }
  }

  /// The sentence-scope proposals of one participant turn, as `code:text`.
  static func sentences(_ turn: String) throws -> [String] {
    let coder = try AutoCoder(codebook: Self.codebook)
    let transcript = Self.transcript(turns: [turn])
    return coder.codings(for: transcript, coder: "auto", scope: .sentence).map {
      "\($0.code):\($0.text ?? "")"
    }
  }

  @Test("A hit at the start or the end of a turn takes the turn's first or last sentence")
  func turnEdges() throws {
    #expect(try Self.sentences("Stress. Det gik.") == ["stress:Stress."])
    #expect(try Self.sentences("Det gik. Men stress") == ["stress:Men stress"])
    #expect(try Self.sentences("Det gik! Men stress!") == ["stress:Men stress!"])
    #expect(try Self.sentences("  stress  ") == ["stress:stress"])
    #expect(try Self.sentences("stress") == ["stress:stress"])
  }

  @Test("Several hits in one sentence give one coding per code, listing every pattern")
  func severalHits() throws {
    let coder = try AutoCoder(codebook: Self.codebook)
    let transcript = Self.transcript(turns: [
      "Jeg mestrer pres og stress, og overskud har jeg. Arbejdet er stressende!"
    ])
    let codings = coder.codings(for: transcript, coder: "auto", scope: .sentence)
    #expect(
      codings.map { "\($0.code) \($0.origin) \($0.text ?? "")" } == [
        "mastery keyword:mestr* | overskud Jeg mestrer pres og stress, og overskud har jeg.",
        "stress keyword:pres | stress* Jeg mestrer pres og stress, og overskud har jeg.",
        "stress keyword:stress* Arbejdet er stressende!",
        "work keyword:arbejde* Arbejdet er stressende!",
      ])
  }

  @Test("Abbreviations end a sentence where a point is followed by whitespace, as the rules say")
  func abbreviations() throws {
    // `bl.a.` and `f.eks.` before a space end the sentence; inner points and
    // `3.5` do not.
    #expect(try Self.sentences("Vi talte bl.a. om stress.") == ["stress:om stress."])
    #expect(try Self.sentences("Fx f.eks.stress her. Ja.") == ["stress:Fx f.eks.stress her."])
    #expect(
      try Self.sentences("Det var 3.5 job. Nej.") == ["work:Det var 3.5 job."])
    #expect(try Self.sentences("Hvad?! Stress… Ja") == ["stress:Stress…"])
    #expect(try Self.sentences("Hvad?!Stress…Ja") == ["stress:Hvad?!Stress…Ja"])
  }

  @Test("Blank lines end sentences; a phrase over a sentence end takes both sentences")
  func blankLinesAndPhrases() throws {
    #expect(try Self.sentences("Første del\n\nstress her\nog her") == ["stress:stress her\nog her"])
    #expect(try Self.sentences("Vi skal tage. Det roligt nu.") == [])
    #expect(
      try Self.sentences("Nu. Vi skal tage\ndet roligt, ja. Slut.") == [
        "mastery:Vi skal tage\ndet roligt, ja."
      ])
    #expect(
      try Self.sentences("Jeg vil tage det\n\nroligt nu. Ja.") == [
        "mastery:Jeg vil tage det\n\nroligt nu."
      ])
  }
}
