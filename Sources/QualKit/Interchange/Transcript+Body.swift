extension Transcript {
  /// The Unicode-scalar offset where the transcript's own text starts: after
  /// the front matter of a plain-text transcript (the `---` lines and what
  /// is between them), 0 for any other.
  ///
  /// It is what a REFI-QDA source holds: the front matter's attributes go
  /// to the case's variables instead. The front matter is found as the
  /// plain-text reader finds it: line 1 is `---`, and it closes at the next
  /// line that is `---` or `...` (spaces and tabs around them ignored).
  var bodyStart: Int {
    guard format == .text, lines.lineCount >= 2 else { return 0 }
    func isMarker(_ line: Int, _ markers: [String]) -> Bool {
      let text = self.text(in: lines.scalarRange(ofLine: line))
      return markers.contains(text.trimmingCharacters(in: " \t"))
    }
    guard isMarker(1, ["---"]) else { return 0 }
    for line in 2...lines.lineCount where isMarker(line, ["---", "..."]) {
      return line < lines.scalarStarts.count ? lines.scalarStarts[line] : lines.scalarCount
    }
    return 0
  }

  /// The transcript's own text (see ``bodyStart``).
  var body: String {
    text(in: bodyStart..<lines.scalarCount)
  }
}
