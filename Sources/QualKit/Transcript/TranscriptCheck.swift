/// What `qualkit transcript check` reports about one transcript file: how
/// it was read, and what needs a look before it is coded.
///
/// ```swift
/// let check = TranscriptCheck(file: "Transcripts/B07.txt", transcript: transcript,
///                             diagnostics: warnings)
/// if check.needsAttention { … }
/// ```
public struct TranscriptCheck: Hashable, Sendable {
  /// The file as the user named it.
  public var file: String
  /// The transcript, or nil when the file could not be read.
  public var transcript: Transcript?
  /// The file's warnings and errors.
  public var diagnostics: [Diagnostic]

  /// Creates the check of one file.
  public init(file: String, transcript: Transcript?, diagnostics: [Diagnostic]) {
    self.file = file
    self.transcript = transcript
    self.diagnostics = diagnostics
  }

  /// One speaker: label, role and how many turns.
  public struct Speaker: Hashable, Sendable {
    /// The label as written.
    public var label: String
    /// The role (from the speaker map, or the default).
    public var role: String
    /// How many turns the speaker has.
    public var turns: Int
  }

  /// The speakers in order of first appearance.
  public var speakers: [Speaker] {
    guard let transcript else { return [] }
    var order: [String] = []
    var byLabel: [String: Speaker] = [:]
    for turn in transcript.turns {
      guard let label = turn.speaker else { continue }
      if byLabel[label] == nil {
        order.append(label)
        byLabel[label] = Speaker(
          label: label, role: turn.role ?? SpeakerMap.defaultRole, turns: 0)
      }
      byLabel[label]?.turns += 1
    }
    return order.compactMap { byLabel[$0] }
  }

  /// Whether the file could not be read.
  public var isUnreadable: Bool { transcript == nil }

  /// Whether something needs a look: the file is unreadable, has warnings,
  /// or a finding that needs attention.
  public var needsAttention: Bool {
    transcript == nil || !diagnostics.isEmpty
      || transcript?.findings.contains(where: \.needsAttention) == true
  }
}
