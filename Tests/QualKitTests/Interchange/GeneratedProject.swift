import Foundation

@testable import QualKit

/// A larger project made from a seed, written as files the way people and
/// `qualkit tag` write them: a nested codebook whose ids are not all made of
/// their labels, transcripts with front matter of every attribute type and
/// text with emoji, Danish and Chinese, three coders' overlapping codings
/// with memos full of XML's special characters, and keyword proposals
/// (accepted, rejected and not yet reviewed).
struct GeneratedProject {
  /// A seeded generator (SplitMix64), so that the project is the same in every run.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func int(_ range: Range<Int>) -> Int {
      range.lowerBound + Int(next() % UInt64(range.count))
    }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0..<items.count)] }
  }

  static let words = [
    "jeg", "følte", "mig", "hørt", "og", "det", "var", "trygt", "😀", "👍🏽", "møde", "plan",
    "jobcentret", "fysioterapeuten", "sammenhæng", "今天", "很好", "🇩🇰", "ærligt", "åbent", "—",
    "\"citat\"", "a&b", "<tag>", "x>y", "café", "naïve", "🙂", "über", "Øresund",
  ]

  static let codebook = """
    {
      "format": "qualkit-codebook",
      "version": 1,
      "name": "Generated study",
      "description": "A codebook made by the tests.",
      "codes": [
        { "id": "theme-a", "label": "Theme A & more", "codable": false, "color": "#112233",
          "definition": "A theme.\\n\\nInclude: a paragraph that looks like a rule", "children": [
          { "id": "a1", "label": "Coherence", "labels": { "da": "Sammenhæng" },
            "include": "  spaces at the ends  ", "keywords": ["sammen*", "re:a;b"],
            "children": [ { "id": "a1x", "label": "Other", "example": "Example: nested" } ] },
          { "id": "other", "label": "Other", "surveyItems": ["Q1 Trivsel"] } ] },
        { "id": "b", "label": "B", "definition": "Line one\\nline two", "exclude": "x < y", "color": "#ABCDEF",
          "children": [ { "id": "b-2", "label": "B", "guid": "{0A0B0C0D-1111-2222-3333-444455556666}" } ] },
        { "id": "auto-only", "label": "Proposed by keywords" }
      ]
    }
    """

  /// The project's files (path and text).
  var files: [(path: String, text: String)] = []

  /// Makes a project of `transcripts` transcripts from `seed`.
  init(seed: UInt64, transcripts: Int) {
    var random = Random(state: seed)
    files.append(("Codebooks/generated.json", Self.codebook))
    let manual = ["a1", "a1x", "other", "b", "b-2"]
    var codings: [String: [Coding]] = ["anna": [], "bo": [], "carl-øst": []]
    var proposals: [Coding] = []
    for number in 1...transcripts {
      let id = String(format: "T%03d", number)
      var header =
        "---\nid: \(id)\nage: \(random.int(18..<90))\nscore: \(random.int(0..<10)).\(random.int(0..<10))\n"
      header += "date: 2026-0\(random.int(1..<10))-1\(random.int(0..<10))\n"
      header += "group: \(random.pick(["TKI2", "sædvanlig praksis", "控制组"]))\n"
      if number % 3 == 0 { header += "note: \"  quoted, with spaces  \"\n" }
      header += "speakers: I=interviewer, B=citizen, \"Dr. X, MD\"=physician\n---\n"
      var body = ""
      for turn in 0..<random.int(6..<14) {
        let speaker = turn % 2 == 0 ? "I" : random.pick(["B", "Dr. X, MD"])
        let sentence = (0..<random.int(5..<30)).map { _ in random.pick(Self.words) }
          .joined(separator: " ")
        body += "\(speaker): \(sentence).\n\n"
      }
      let text = header + body
      files.append(("Transcripts/\(id).txt", text))
      var diagnostics: [Diagnostic] = []
      guard
        let transcript = try? Transcript(
          parsing: Array(text.utf8), format: .text, fallbackID: id, diagnostics: &diagnostics)
      else { continue }
      let start = transcript.bodyStart
      let count = transcript.lines.scalarCount
      for _ in 0..<random.int(4..<12) {
        let lower = random.int(start..<count - 1)
        let upper = min(count, lower + random.int(1..<200))
        let span = Span(lower..<upper, in: transcript)
        let coders = ["anna", "bo", "carl-øst"].filter { _ in random.int(0..<3) > 0 }
        let code = random.pick(manual)
        for coder in coders {
          let memo: String? =
            random.int(0..<4) == 0
            ? random.pick([
              "a & b < c > d \"e\" 'f'", "two\nlines\n", "  padded  ", "😀 memo\r\nwith CRLF",
            ])
            : nil
          codings[coder]?.append(
            Coding(
              transcript: id, code: random.int(0..<5) == 0 ? random.pick(manual) : code,
              coder: coder, span: span, memo: memo, text: transcript.text(in: span.range),
              transcriptHash: transcript.contentHash))
        }
      }
      for index in 0..<3 {
        let lower = random.int(start..<count - 1)
        let span = Span(lower..<min(count, lower + 20), in: transcript)
        let status: Coding.Status = [.proposed, .accepted, .rejected][index]
        proposals.append(
          Coding(
            transcript: id, code: "auto-only", coder: "auto", span: span,
            origin: .keyword("plan"), status: status, text: transcript.text(in: span.range),
            transcriptHash: transcript.contentHash,
            reviewer: status == .proposed ? nil : random.pick(["anna", "bo"])))
      }
    }
    for (coder, list) in codings {
      files.append(("Codings/\(coder).jsonl", CodingFile(codings: list, kind: .coder).serialized))
    }
    files.append(
      ("Codings/auto.jsonl", CodingFile(codings: proposals, kind: .proposals).serialized))
  }

  /// Writes the files into a new temporary folder and returns it.
  func write() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("qualkit-generated-\(UUID().uuidString)")
    for (path, text) in files {
      let url = folder.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
    }
    return folder
  }
}
