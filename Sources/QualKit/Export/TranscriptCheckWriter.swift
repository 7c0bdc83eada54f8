/// Renders the report of `qualkit transcript check`: per file the layout
/// it was read as, its speakers with roles, and every finding.
public enum TranscriptCheckWriter {
  /// The report as text, one block per file and a summary line.
  ///
  /// ```text
  /// Transcripts/B07.txt: name and time headers (Otter, Teams); 5 turns, 63 words
  ///   speakers: Lars Kristensen (participant, 2 turns), Mette Sørensen (participant, 3 turns)
  ///   ! no speaker has the role interviewer (…)
  ///   - l. 1: lines 1–7 before the first turn read as attributes: keywords, speakerNames, title
  /// ```
  ///
  /// Lines marked `!` need attention; `-` lines are decisions to know about.
  public static func text(_ checks: [TranscriptCheck]) -> String {
    var output = ""
    for check in checks {
      guard let transcript = check.transcript else {
        output += "\(check.file): not read\n"
        for diagnostic in check.diagnostics where diagnostic.severity == .error {
          output += "  ! " + place(diagnostic.position?.line) + diagnostic.message + "\n"
        }
        continue
      }
      output +=
        "\(check.file): \(transcript.layout.rawValue); \(count(transcript.turns.count, "turn")), \(count(transcript.wordCount, "word"))\n"
      let speakers = check.speakers.map { "\($0.label) (\($0.role), \(count($0.turns, "turn")))" }
      output +=
        "  speakers: " + (speakers.isEmpty ? "none" : speakers.joined(separator: ", ")) + "\n"
      for diagnostic in check.diagnostics {
        output +=
          "  ! " + place(diagnostic.position?.line) + "\(diagnostic.severity.rawValue): "
          + diagnostic.message + "\n"
      }
      for finding in transcript.findings {
        output += (finding.needsAttention ? "  ! " : "  - ") + place(finding.line) + finding.message
        output += "\n"
      }
      if !check.needsAttention { output += "  ok\n" }
    }
    let attention = checks.filter(\.needsAttention).count
    output +=
      "\(count(checks.count, "transcript")) checked: \(checks.count - attention) ok, \(attention) to look at\n"
    return TerminalText.visible(output)
  }

  /// The report as JSON: one object per file.
  public static func json(_ checks: [TranscriptCheck]) -> JSONOutput {
    .array(
      checks.map { check in
        let transcript = check.transcript
        return .object([
          ("file", .string(check.file)),
          ("id", .string(transcript?.id)),
          ("format", .string(transcript?.format.rawValue)),
          ("layout", .string(transcript?.layout.rawValue)),
          ("turns", transcript.map { .int($0.turns.count) } ?? .null),
          ("words", transcript.map { .int($0.wordCount) } ?? .null),
          (
            "speakers",
            .array(
              check.speakers.map {
                .object([
                  ("label", .string($0.label)), ("role", .string($0.role)),
                  ("turns", .int($0.turns)),
                ])
              })
          ),
          ("attributes", TranscriptWriter.attributes(transcript?.attributes ?? [:])),
          (
            "findings",
            .array(
              (transcript?.findings ?? []).map {
                .object([
                  ("kind", .string($0.kind.rawValue)), ("line", $0.line.map { .int($0) } ?? .null),
                  ("message", .string($0.message)), ("needsAttention", .bool($0.needsAttention)),
                ])
              })
          ),
          (
            "diagnostics",
            .array(
              check.diagnostics.map {
                .object([
                  ("severity", .string($0.severity.rawValue)),
                  ("line", $0.position.map { .int($0.line) } ?? .null),
                  ("message", .string($0.message)),
                ])
              })
          ),
          ("needsAttention", .bool(check.needsAttention)),
        ])
      })
  }

  private static func place(_ line: Int?) -> String {
    line.map { "l. \($0): " } ?? ""
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
