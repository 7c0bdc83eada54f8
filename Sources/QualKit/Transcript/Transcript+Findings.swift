extension Transcript {
  /// The length, in characters, above which a line of a transcript's text
  /// is too long to cite by line.
  static let longLineLength = 1000

  /// Adds the findings every layout shares (no interviewer, no speakers in
  /// subtitles, lines too long to cite) and orders all by line.
  mutating func addCommonFindings() {
    if (format == .vtt || format == .srt) && !turns.contains(where: { $0.speaker != nil }) {
      findings.append(
        TranscriptFinding(
          .noSpeakers, "no cue names a speaker: every turn is untitled, so roles cannot select it"))
    }
    // The speakers are listed only when no turn is the interviewer's.
    if turns.contains(where: { $0.speaker != nil })
      && !turns.contains(where: { $0.role == SpeakerMap.interviewerRole })
    {
      var seen = Set<String>()
      let roles = turns.compactMap { turn in
        turn.speaker.flatMap { seen.insert($0).inserted ? (label: $0, role: turn.role) : nil }
      }
      let names = roles.prefix(4).map { "'\($0.label)'" }.joined(separator: ", ")
      findings.append(
        TranscriptFinding(
          .noInterviewer,
          "no speaker has the role interviewer (speakers: \(names)\(roles.count > 4 ? ", …" : "")); name the interviewer in the speaker map, e.g. speakers: \"\(roles[0].label)\"=interviewer"
        ))
    }
    var long: [(line: Int, length: Int)] = []
    for line in 1...max(1, lines.lineCount) where line <= lines.lineCount {
      let length = lines.scalarRange(ofLine: line).count
      if length > Self.longLineLength { long.append((line, length)) }
    }
    if let first = long.first {
      let more = long.count - 1
      findings.append(
        TranscriptFinding(
          .longLine,
          "line \(first.line) holds \(first.length) characters\(more > 0 ? " (and \(more) more line\(more == 1 ? "" : "s") over \(Self.longLineLength))" : ""): a citation of it names minutes of speech; split it into paragraphs or cite by span",
          line: first.line))
    }
    // A stable sort: findings without a line (about the whole file) first.
    findings = findings.enumerated().sorted {
      ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
    }.map(\.element)
  }
}
