extension Transcript {
  /// The transcript as a plain-text file (`.txt`, UTF-8, LF line ends):
  /// how an edited Word transcript is written, since
  /// ``applying(_:toFile:)`` does not rewrite a Word file.
  ///
  /// A plain-text transcript is its ``text``. Any other gets front matter
  /// (its `id`, its attributes sorted by key, each on one line, and a
  /// `speakers` map of every speaker's role, labels quoted), then its text:
  /// one turn a line as `Speaker: text`. Read back as plain text, it gives
  /// the same text after the front matter, and the same turns when every
  /// turn but a first untitled one has a speaker (a subtitle file's cues
  /// without a speaker would join the turn before them).
  public func plainTextFile() -> [UInt8] {
    guard format != .text else { return Array(text.utf8) }
    func oneLine(_ value: String) -> String {
      String(
        String.UnicodeScalarView(
          value.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : $0 }))
    }
    var header = "---\nid: \(oneLine(id))\n"
    for key in attributes.keys.sorted() where key != "id" && key != "speakers" {
      guard let value = attributes[key], !key.contains(":") else { continue }
      header += "\(oneLine(key)): \(oneLine(value.description))\n"
    }
    var seen = Set<String>()
    let entries = turns.compactMap { turn -> String? in
      guard let speaker = turn.speaker, seen.insert(speaker).inserted else { return nil }
      let label = speaker.replacingAll("\"", "'")
      return "\"\(oneLine(label))\"=\(oneLine(turn.role ?? SpeakerMap.defaultRole))"
    }
    if !entries.isEmpty { header += "speakers: " + entries.joined(separator: ", ") + "\n" }
    return Array((header + "---\n" + text).utf8)
  }
}
