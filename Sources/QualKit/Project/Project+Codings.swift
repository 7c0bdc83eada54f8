extension Project {
  /// The codings a command counts: those of the coder policy's selection
  /// (see ``CoderPolicy``) that pass `filter`.
  public struct Counted: Sendable {
    /// The policy's selection, file by file (every status).
    public var selection: CoderPolicy.Selection
    /// The filter, checked against the project.
    public var resolved: CodingFilter.Resolved
    /// The codings of the selection that pass the filter, in file order.
    public var codings: [Coding]

    /// The segments of ``codings`` (see ``Segment``).
    public var segments: [Segment] { Segment.segments(of: codings) }
  }

  /// The codings of the project's coders that pass `filter`, under `policy`
  /// (whose coders default to the filter's).
  ///
  /// - Throws: ``CodingFilterError`` for a filter naming a coder, code,
  ///   transcript, role or attribute value that the project does not have
  ///   (with the nearest names).
  public func counted(_ filter: CodingFilter, policy: CoderPolicy = CoderPolicy())
    throws(CodingFilterError) -> Counted
  {
    var policy = policy
    if policy.coders.isEmpty { policy.coders = filter.coders }
    if filter.statuses.contains(.proposed) { policy.keepsProposals = true }
    let selection = policy.select(codingFiles)
    if let unknown = selection.unknownCoders.first {
      throw CodingFilterError(.unknownCoder, name: unknown, choices: selection.knownCoders)
    }
    let codings = selection.codings
    let resolved = try filter.resolved(index: index, codings: codings, catalog: catalog)
    return Counted(
      selection: selection, resolved: resolved, codings: codings.filter(resolved.matches))
  }

  /// The codings among `codings` whose transcript changed under them: the
  /// text at their span is no longer the text they stored (or the span is
  /// past the transcript's end), each with its file and line.
  public func staleCodings(among codings: some Sequence<Coding>) -> [StaleCoding] {
    let wanted = Set(codings.lazy.map(Segment.ID.init))
    return staleCodings.filter { wanted.contains(Segment.ID($0.coding)) }
  }
}

/// A coding whose transcript changed after it was coded, so that its
/// offsets no longer point at the words it coded (`qualkit reanchor` moves
/// such codings to where their text now stands).
public struct StaleCoding: Hashable, Sendable, CustomStringConvertible {
  /// The coding file.
  public var path: String
  /// The coding's line in the file.
  public var line: Int
  /// The coding as stored.
  public var coding: Coding

  /// Creates a record of a stale coding.
  public init(path: String, line: Int, coding: Coding) {
    self.path = path
    self.line = line
    self.coding = coding
  }

  /// `Codings/anna.jsonl:12: B01 l. 22 feeling-safe (anna)`.
  public var description: String {
    "\(path):\(line): \(coding.transcript) \(coding.span) \(coding.code) (\(coding.coder))"
  }

  /// The error a command that quotes reports for the coding, at its line.
  public var diagnostic: Diagnostic {
    Diagnostic.error(
      "\(coding.transcript) \(coding.span) \(coding.code) (\(coding.coder)): transcript "
        + "'\(coding.transcript)' changed after this was coded, and the coded words are no "
        + "longer at its place", at: SourcePosition(line: line)
    ).inFile(path)
  }

  /// Why a command refuses to quote `stale` codings, and what to do.
  public static func refusal(_ stale: [StaleCoding]) -> String {
    let transcripts = Array(Set(stale.map(\.coding.transcript))).sorted()
    return
      "\(stale.count) coding\(stale.count == 1 ? " stands" : "s stand") on text that changed "
      + "(\(transcripts.joined(separator: ", "))); run 'qualkit reanchor \(transcripts.joined(separator: " "))' "
      + "to move codings to where their words now are, or add --allow-stale to quote the "
      + "text they stored, marked as such"
  }

  /// Whether `coding` no longer stands on its words in `transcript`: its
  /// span runs past the text, or its stored text differs from the text at
  /// its span while the transcript's hash differs from the stored one.
  public static func isStale(_ coding: Coding, in transcript: Transcript, hash: String) -> Bool {
    guard coding.span.end <= transcript.lines.scalarCount, coding.span.start <= coding.span.end
    else { return true }
    if let stored = coding.transcriptHash, stored == hash { return false }
    guard let text = coding.text else { return false }
    return transcript.text(in: coding.span.range) != text
  }
}
