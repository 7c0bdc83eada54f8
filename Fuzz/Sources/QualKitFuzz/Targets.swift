import Foundation
import QualKit

/// One fuzz target: a parser of QualKit run on arbitrary bytes.
///
/// A target must never crash, whatever the bytes: a thrown error is a
/// correct answer to bad input. Some targets also check that what QualKit
/// writes from a parsed value reads back as the same value; a broken round
/// trip stops the run like a crash, so that libFuzzer keeps the input.
struct FuzzTarget: Sendable {
  /// The name given to `Fuzz/run.sh` and `QUALKIT_FUZZ_TARGET`.
  var name: String
  /// Where the seeds come from, relative to the repository root.
  var seeds: [String]
  /// Runs the parser on one input.
  var run: @Sendable ([UInt8]) -> Void

  /// Every target.
  static let all: [FuzzTarget] = [
    transcript("text", .text, seeds: ["Transcripts/*.txt", "Tests/QualKitTests/Fixtures/Transcript/*.txt",
      "Tests/QualKitTests/Fixtures/Transcript/Layouts/*.txt", "Tests/QualKitTests/Fixtures/Transcript/Layouts/*.md"]),
    transcript("vtt", .vtt, seeds: ["Transcripts/*.vtt", "Tests/QualKitTests/Fixtures/Transcript/*.vtt",
      "Tests/QualKitTests/Fixtures/Transcript/Layouts/*.vtt", "Tests/QualKitTests/Fixtures/Transcript/Tools/*.vtt"]),
    transcript("srt", .srt, seeds: ["Transcripts/*.srt", "Tests/QualKitTests/Fixtures/Transcript/*.srt",
      "Tests/QualKitTests/Fixtures/Transcript/Layouts/*.srt"]),
    transcript("docx", .docx, seeds: ["Transcripts/*.docx", "Tests/QualKitTests/Fixtures/Transcript/*.docx",
      "Tests/QualKitTests/Fixtures/Transcript/Layouts/*.docx"]),
    transcript("whisper", .json, seeds: ["Tests/QualKitTests/Fixtures/Transcript/Tools/*.json"]),
    transcript("html", .html, seeds: ["Tests/QualKitTests/Fixtures/Transcript/Tools/*.htm*"]),
    transcript("oralcsv", .csv, seeds: ["Tests/QualKitTests/Fixtures/Transcript/Tools/*.csv"]),
    FuzzTarget(name: "zip", seeds: ["Tests/QualKitTests/Fixtures/Zip/*.zip", "Transcripts/*.docx"]) { bytes in
      let limits = ZipArchive.Limits(maxEntrySize: 1 << 20, maxTotalSize: 4 << 20, maxEntryCount: 256)
      guard let archive = try? ZipArchive(bytes: bytes, limits: limits) else { return }
      for entry in archive.entries { _ = try? archive.data(for: entry) }
    },
    FuzzTarget(name: "inflate", seeds: ["Tests/QualKitTests/Fixtures/Zip/*.deflate"]) { bytes in
      _ = try? Inflate.decompress(bytes, limit: 4 << 20)
    },
    FuzzTarget(name: "xml", seeds: ["Tests/QualKitTests/Fixtures/Transcript/Tools/*.htm*"]) { bytes in
      _ = try? XMLTree(parsing: bytes)
    },
    FuzzTarget(name: "json", seeds: ["Codebooks/*.json", "Surveys/*.json"]) { bytes in
      _ = try? JSONParser.parse(bytes)
    },
    FuzzTarget(name: "codebook", seeds: ["Codebooks/*.json"]) { bytes in
      var diagnostics: [Diagnostic] = []
      guard let codebook = try? Codebook(parsing: bytes, diagnostics: &diagnostics) else { return }
      // What an edit writes back must read back as the same codebook.
      var again: [Diagnostic] = []
      guard let reread = try? Codebook(parsing: Array(codebook.fileText.utf8), diagnostics: &again)
      else { fatalError("a codebook QualKit wrote does not read back") }
      precondition(reread.codes == codebook.codes, "a codebook's codes change in a round trip")
    },
    FuzzTarget(name: "codings", seeds: ["Codings/*.jsonl"]) { bytes in
      var diagnostics: [Diagnostic] = []
      let file = CodingFile(parsing: bytes, diagnostics: &diagnostics)
      guard file.malformedLines.isEmpty else { return }
      // A file without malformed lines is rewritten by every change: what is
      // written must read back with the same codings.
      var again: [Diagnostic] = []
      let reread = CodingFile(parsing: Array(file.serialized.utf8), diagnostics: &again)
      precondition(reread.malformedLines.isEmpty, "a coding file QualKit wrote has malformed lines")
      // A rewrite sorts the lines (`Coding.fileOrder`), so the codings are
      // compared in the order of their lines.
      func inLineOrder(_ codings: [Coding]) -> [Coding] {
        codings.map { (CodingFile.line(for: $0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
      }
      precondition(
        inLineOrder(reread.codings) == inLineOrder(file.codings), "codings change in a round trip")
    },
    FuzzTarget(name: "keyword", seeds: []) { bytes in
      let source = String(decoding: bytes.prefix(256), as: UTF8.self)
      guard let pattern = try? KeywordPattern(parsing: source) else { return }
      let matcher = KeywordMatcher(
        rules: [KeywordRule(code: 0, pattern: pattern)], regexTimeLimit: .milliseconds(20))
      _ = matcher.hits(in: keywordText)
    },
    FuzzTarget(name: "csv", seeds: ["Surveys/*.csv", "Transcripts/participants.csv",
      "Tests/QualKitTests/Fixtures/Reliability/*.csv"]) { bytes in
      guard let table = try? CSVReader().read(bytes) else { return }
      for row in 0..<table.rowCount { _ = table.row(row) }
    },
    FuzzTarget(name: "spec", seeds: ["Surveys/*.survey.json"]) { bytes in
      var diagnostics: [Diagnostic] = []
      guard let spec = try? SurveySpec(parsing: bytes, diagnostics: &diagnostics) else { return }
      // A spec that reads must read a survey without crashing (F23).
      _ = try? Survey(csv: sampleSurvey, spec: spec, lenient: true, diagnostics: &diagnostics)
    },
    FuzzTarget(name: "survey", seeds: ["Surveys/*.csv"]) { bytes in
      guard let spec = sampleSpec else { return }
      var diagnostics: [Diagnostic] = []
      _ = try? Survey(csv: bytes, spec: spec, lenient: false, diagnostics: &diagnostics)
    },
    FuzzTarget(name: "surveyimport", seeds: ["Tests/QualKitTests/Fixtures/SurveyImport/*/*.csv"]) { bytes in
      _ = try? SurveyImport(export: bytes, name: "export.csv")
    },
    FuzzTarget(name: "surveylabels", seeds: ["Tests/QualKitTests/Fixtures/SurveyImport/*/*.qsf",
      "Tests/QualKitTests/Fixtures/SurveyImport/*/*.R",
      "Tests/QualKitTests/Fixtures/SurveyImport/redcap/*dictionary.csv"]) { bytes in
      _ = try? SurveyLabels(parsing: bytes, name: "labels")
    },
    FuzzTarget(name: "codebookimport", seeds: ["Tests/QualKitTests/Fixtures/bad/import/*.csv"]) { bytes in
      guard let codebook = try? Codebook(importingCSV: bytes) else { return }
      // An import that succeeds writes a codebook every command reads (F33).
      var diagnostics: [Diagnostic] = []
      guard (try? Codebook(parsing: Array(codebook.fileText.utf8), diagnostics: &diagnostics)) != nil
      else { fatalError("an imported codebook does not read back") }
    },
    FuzzTarget(name: "reliability", seeds: ["Codings/reliability/*.csv",
      "Tests/QualKitTests/Fixtures/Reliability/*.csv"]) { bytes in
      // The one-pass reader reads only what the full one reads, the same way.
      let table = try? CSVReader().read(bytes)
      for level in [MeasurementLevel.nominal, .ordinal, .interval] {
        let full = table.flatMap { try? ReliabilityData(csv: $0, level: level) }
        if let quick = ReliabilityData(quickCSV: bytes, level: level), quick != full {
          fatalError("the one-pass reliability reader disagrees with the full one")
        }
      }
    },
    FuzzTarget(name: "qdpx", seeds: ["Tests/QualKitTests/Fixtures/REFI/*.qdpx",
      "Tests/QualKitTests/Fixtures/REFI/*.qde"]) { bytes in
      // A REFI-QDA project (archive or bare .qde) read into a new project.
      let limits = ZipArchive.Limits(maxEntrySize: 4 << 20, maxTotalSize: 16 << 20, maxEntryCount: 256)
      _ = try? QDPXImport(bytes: bytes, options: .init(archiveLimits: limits))
    },
    FuzzTarget(name: "qdc", seeds: ["Tests/QualKitTests/Fixtures/REFI/*.qdc"]) { bytes in
      var diagnostics: [Diagnostic] = []
      guard let codebook = try? Codebook(parsingQDC: bytes, name: "fuzz", diagnostics: &diagnostics)
      else { return }
      // An imported codebook is written as QualKit's own; it must read back.
      var again: [Diagnostic] = []
      guard (try? Codebook(parsing: Array(codebook.fileText.utf8), diagnostics: &again)) != nil
      else { fatalError("a codebook imported from REFI-QDA does not read back") }
    },
    FuzzTarget(name: "mergedriver", seeds: ["Codings/*.jsonl"]) { bytes in
      // Three versions cut from one input: base, ours and theirs.
      let third = bytes.count / 3
      _ = CodingFileMerge.merge(
        base: Array(bytes[0..<third]), ours: Array(bytes[third..<2 * third]),
        theirs: Array(bytes[(2 * third)...]))
    },
  ]

  /// A target reading bytes as a transcript of `format`.
  static func transcript(_ name: String, _ format: TranscriptFormat, seeds: [String]) -> FuzzTarget {
    FuzzTarget(name: name, seeds: seeds) { bytes in
      var diagnostics: [Diagnostic] = []
      guard
        let transcript = try? Transcript(
          parsing: bytes, format: format, fallbackID: "F", diagnostics: &diagnostics)
      else { return }
      // Every turn's range lies inside the text.
      let count = transcript.text.unicodeScalars.count
      for turn in transcript.turns {
        precondition(turn.textRange.upperBound <= count, "a turn ends after the text")
      }
    }
  }
}

/// The text keyword patterns are matched against.
private let keywordText = """
  I: Hvordan mestrer du hverdagen? Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!
  B: Jeg mestrer den bedre nu, og jeg har mere overskud. Stress, stress … 😀 Æble ø å.
  """

/// A survey with the sample project's spec.
private let sampleSurvey = Array(
  "id;arm;Q1;Q2\nr1;a;I høj grad;I nogen grad\nr2;b;Slet ikke;Ved ikke\n".utf8)

/// A spec for the `survey` target's inputs.
private let sampleSpec: SurveySpec? = {
  let text = """
    {"respondentId": "id", "groups": ["arm"],
     "items": [{"column": "Q1", "scale": "da4", "construct": "c"},
               {"column": "Q2", "scale": "da4", "construct": "c"}]}
    """
  var diagnostics: [Diagnostic] = []
  return try? SurveySpec(parsing: Array(text.utf8), diagnostics: &diagnostics)
}()
