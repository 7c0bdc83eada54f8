import Testing

@testable import QualKit

/// Seeded random and mutated inputs through every parser: each must return a
/// value or throw its error, never trap or hang.
@Suite struct ParserRobustnessTests {
  /// Bytes that look like the formats (labels, cue timings, JSON, quotes), mutated at random.
  static func inputs(seed: UInt64, count: Int) -> [[UInt8]] {
    var random = SplitMix64(seed: seed)
    let seeds = [
      "---\nid: X\nspeakers: I=interviewer\n---\nI: Hej.\n[00:01:02] B: Svar, æøå.\n\n  fortsat\n",
      "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.500\n<v Anna>Hej &amp; farvel</v>\n\n00:00:03.000 --> 00:00:04.000\nZoom Navn: tekst\n",
      "1\n00:00:01,000 --> 00:00:02,000\n[SPEAKER_00]: Hej\n\n2\n00:00:02,000 --> 00:00:03,000\nUden taler\n",
      #"{"version": 1, "codes": [{"id": "a", "label": "A", "keywords": ["mestr*", "-x", "re:a+"], "children": []}]}"#,
      #"{"transcript":"B01","code":"a","coder":"x","firstLine":1,"lastLine":2,"start":0,"end":5,"origin":"manual","status":"accepted"}"#,
      "unit,A,B\n1,\"a,b\",c\n2,,\"x\"\"y\"\n",
    ].map { Array($0.utf8) }
    var result: [[UInt8]] = []
    for index in 0..<count {
      var bytes = seeds[index % seeds.count]
      for _ in 0..<(1 + random.index(below: 8)) {
        guard !bytes.isEmpty else { break }
        let position = random.index(below: bytes.count)
        switch random.index(below: 4) {
        case 0: bytes[position] = UInt8(truncatingIfNeeded: random.next())
        case 1: bytes.remove(at: position)
        case 2:
          bytes.insert(
            [0x0A, 0x3A, 0x22, 0x5B, 0x2D, 0xC3, 0xE2, 0x00][random.index(below: 8)], at: position)
        default: bytes = Array(bytes[..<position])
        }
      }
      result.append(bytes)
    }
    return result
  }

  @Test("Transcript parsers never trap on mutated input", arguments: 0..<4)
  func transcripts(seed: UInt64) {
    for bytes in Self.inputs(seed: seed, count: 400) {
      for format in TranscriptFormat.allCases {
        var diagnostics: [Diagnostic] = []
        if let transcript = try? Transcript(
          parsing: bytes, format: format, fallbackID: "X", diagnostics: &diagnostics)
        {
          // Every turn's ranges stay inside the text.
          #expect(
            transcript.turns.allSatisfy { $0.textRange.upperBound <= transcript.lines.scalarCount })
          #expect(transcript.turns.allSatisfy { $0.firstLine <= $0.lastLine })
        }
      }
    }
  }

  @Test("Codebook, coding-file, JSON and CSV readers never trap on mutated input", arguments: 0..<4)
  func dataFiles(seed: UInt64) {
    for bytes in Self.inputs(seed: seed, count: 400) {
      var diagnostics: [Diagnostic] = []
      _ = try? Codebook(parsing: bytes, diagnostics: &diagnostics)
      _ = CodingFile(parsing: bytes, diagnostics: &diagnostics)
      _ = try? JSONParser.parse(bytes)
      _ = try? CSVReader().read(bytes)
    }
  }
}
