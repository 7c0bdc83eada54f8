import Foundation

@testable import QualKit

/// Small made-up projects for the learning tests: interviews whose
/// participant turns talk about sleep or about plans, coded by hand.
enum LearningFixtures {
  /// The sample project at the repository root.
  static let sampleProject = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static let codebook = Codebook(
    name: "Test",
    codes: [
      Code(
        id: "health", label: "Health", isCodable: false,
        children: [
          Code(id: "sleep", label: "Sleep"), Code(id: "plan", label: "Plan"),
          Code(id: "rare", label: "Rare"),
        ])
    ])

  static let sleepTurns = [
    "Jeg sover dårligt og er træt hele tiden.",
    "Søvnen er blevet bedre, men jeg vågner tidligt og er træt.",
    "Om natten ligger jeg vågen, og så er jeg træt om morgenen.",
  ]
  static let planTurns = [
    "Vi lavede en plan sammen med jobkonsulenten.",
    "Planen blev skrevet ned, og mine mål kom med i planen.",
    "Jobkonsulenten justerede planen, når det var nødvendigt.",
  ]

  /// Interview `index`: an interviewer question before each of six
  /// participant turns (three about sleep, three about plans, varied by `index`).
  static func transcript(_ index: Int) throws -> Transcript {
    var lines: [String] = []
    let turns = sleepTurns + planTurns
    for offset in turns.indices {
      lines.append("I: Hvordan går det med det, nummer \(offset)?")
      lines.append("B: " + turns[(offset + index) % 3 + (offset < 3 ? 0 : 3)])
    }
    lines.append("B: Vejret har været fint, og vi har haft gæster.")
    var diagnostics: [Diagnostic] = []
    return try Transcript(
      parsing: Array(lines.joined(separator: "\n").utf8), format: .text,
      fallbackID: String(format: "T%02d", index), diagnostics: &diagnostics)
  }

  /// A coding of turn `turn` of `transcript`.
  static func coding(
    _ transcript: Transcript, turn: Int, code: String, coder: String,
    status: Coding.Status = .accepted
  ) -> Coding {
    let span = Span(transcript.turns[turn].textRange, in: transcript)
    return Coding(
      transcript: transcript.id, code: code, coder: coder, span: span, status: status,
      text: transcript.text(in: span.range), transcriptHash: transcript.contentHash)
  }

  /// A project of `count` interviews; anna codes every sleep and plan turn,
  /// bo the same but misses the first plan turn of each, and nobody codes
  /// the interviews from `uncoded` on.
  static func project(count: Int = 6, uncoded: Int? = nil) throws -> Project {
    var transcripts: [Transcript] = []
    var anna: [Coding] = []
    var bo: [Coding] = []
    for index in 0..<count {
      let transcript = try Self.transcript(index)
      transcripts.append(transcript)
      if let uncoded, index >= uncoded { continue }
      for offset in 0..<6 {
        let turn = offset * 2 + 1
        let code = offset < 3 ? "sleep" : "plan"
        anna.append(coding(transcript, turn: turn, code: code, coder: "anna"))
        if offset != 3 { bo.append(coding(transcript, turn: turn, code: code, coder: "bo")) }
      }
    }
    func file(_ path: String, _ codings: [Coding]) -> CodingStore.Loaded {
      var file = CodingFile(codings: codings, kind: .coder)
      file.sourceLines = codings.indices.map { $0 + 2 }
      return CodingStore.Loaded(path: path, file: file, diagnostics: [])
    }
    return Project(
      codebook: codebook, transcripts: transcripts,
      codingFiles: [file("Codings/anna.jsonl", anna), file("Codings/bo.jsonl", bo)])
  }

  /// The sample project, loaded.
  static func sample() throws -> Project {
    var reader = ProjectReader(folder: ProjectFolder(base: sampleProject))
    return try reader.project()
  }
}
