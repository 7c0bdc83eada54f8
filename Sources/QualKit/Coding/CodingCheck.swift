/// Checks codings against the codebook and the transcripts they refer to.
public enum CodingCheck {
  /// Warnings for codings whose code or transcript is unknown, and for
  /// codings of a transcript that changed after it was coded.
  ///
  /// A coding stores a hash of its transcript's text (``Coding/transcriptHash``).
  /// When the hash differs from the transcript's current one, each coding whose
  /// stored text no longer equals the text at its span is named; codings whose
  /// text still matches are fine.
  ///
  /// - Parameters:
  ///   - codings: The codings to check.
  ///   - lines: The 1-based file line of each coding (parallel to `codings`), or empty.
  ///   - codebook: The codebook, or nil to skip the code check.
  ///   - transcripts: The transcripts by id, or nil to skip those checks.
  /// - Returns: Warnings, each at its coding's line when `lines` is given.
  public static func warnings(
    for codings: [Coding], lines: [Int] = [], codebook: Codebook?,
    transcripts: [String: Transcript]?
  ) -> [Diagnostic] {
    warnings(
      for: codings, lines: lines, codebook: codebook, transcripts: transcripts,
      hash: \.contentHash)
  }

  /// ``warnings(for:lines:codebook:transcripts:)`` with the hash function
  /// given, so that tests can count how often a transcript is hashed.
  static func warnings(
    for codings: [Coding], lines: [Int], codebook: Codebook?,
    transcripts: [String: Transcript]?, hash: (Transcript) -> String
  ) -> [Diagnostic] {
    let codeIDs = codebook.map { Set($0.allCodes.map(\.id)) }
    var diagnostics: [Diagnostic] = []
    // Hashing a transcript reads all its text: once per transcript, not per coding.
    var hashes: [String: String] = [:]
    for (index, coding) in codings.enumerated() {
      let position = index < lines.count ? SourcePosition(line: lines[index]) : nil
      let label = "\(coding.transcript) \(coding.span) \(coding.code) (\(coding.coder))"
      if let codeIDs, !codeIDs.contains(coding.code) {
        diagnostics.append(
          .warning("unknown code '\(coding.code)' (not in the codebook): \(label)", at: position))
      }
      guard let transcripts else { continue }
      guard let transcript = transcripts[coding.transcript] else {
        diagnostics.append(
          .warning("unknown transcript '\(coding.transcript)': \(label)", at: position))
        continue
      }
      if coding.span.end > transcript.lines.scalarCount
        || coding.span.lastLine > transcript.lines.lineCount
      {
        diagnostics.append(
          .warning(
            "span is outside transcript '\(coding.transcript)' (it has \(transcript.lines.lineCount) lines): \(label)",
            at: position))
        continue
      }
      let currentHash = hashes[transcript.id] ?? hash(transcript)
      hashes[transcript.id] = currentHash
      if let hash = coding.transcriptHash, hash != currentHash {
        let current = transcript.text(in: coding.span.range)
        if let stored = coding.text, stored != current {
          diagnostics.append(
            .warning(
              "transcript '\(coding.transcript)' changed after it was coded; the text at \(label) no longer matches what was coded",
              at: position))
        }
      }
    }
    return diagnostics
  }
}
