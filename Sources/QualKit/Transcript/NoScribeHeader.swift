import Foundation

/// The header that noScribe writes above a transcript, read as attributes.
///
/// ```text
/// Interview with Anna
///
/// Transcribed with noScribe vers. 0.7
/// Audio file: ./interview.mp3
/// (Language: English (en) | Speaker detection: auto | Overlapping speech: 1 | …)
/// ```
///
/// gives `title`, `transcriber` (`noScribe vers. 0.7`), `audioFile` and one
/// attribute per setting, named in camelCase (`language`,
/// `speakerDetection`, `overlappingSpeech`, …).
enum NoScribeHeader {
  /// The words that start noScribe's credit line.
  static let credit = "Transcribed with noScribe"

  /// Whether `line` is noScribe's credit line.
  static func isCredit(_ line: some StringProtocol) -> Bool {
    line.hasPrefix(credit)
  }

  /// The attributes of a header whose lines (after the title) are
  /// `lines`; VTT's `NOTE` puts them on one line, which is read too.
  static func attributes(title: String?, lines: [String]) -> [(key: String, value: String)] {
    var attributes: [(key: String, value: String)] = []
    if let title, !title.isEmpty { attributes.append(("title", title)) }
    var text = lines.joined(separator: "\n")
    // The settings in parentheses: `(Language: English (en) | …)`.
    if let open = text.range(of: "(Language:"), let close = text.lastIndex(of: ")"),
      open.lowerBound < close
    {
      let settings = text[text.index(after: open.lowerBound)..<close]
      text.removeSubrange(open.lowerBound...close)
      for setting in settings.split(separator: "|") {
        guard let colon = setting.firstIndex(of: ":") else { continue }
        let key = camelCase(setting[..<colon])
        let value = setting[setting.index(after: colon)...].trimmingWhitespace()
        if !key.isEmpty { attributes.append((key, value)) }
      }
    }
    // `Audio file: …` runs to the line's end (or, on one line, to the settings).
    if let audio = text.range(of: "Audio file:") {
      let rest = text[audio.upperBound...]
      let value = rest.prefix { $0 != "\n" }.trimmingWhitespace()
      if !value.isEmpty { attributes.insert(("audioFile", value), at: min(1, attributes.count)) }
      text.removeSubrange(audio.lowerBound..<(rest.firstIndex(of: "\n") ?? text.endIndex))
    }
    if let credit = text.range(of: "Transcribed with ") {
      let value = text[credit.upperBound...].prefix { $0 != "\n" }.trimmingWhitespace()
      if !value.isEmpty {
        attributes.insert(("transcriber", value), at: min(title == nil ? 0 : 1, attributes.count))
      }
    }
    return attributes
  }

  /// The finding that `count` overlaps (`//S02: … //`) are kept inside
  /// turns, the first on `line`.
  static func overlapFinding(count: Int, line: Int?) -> TranscriptFinding {
    TranscriptFinding(
      .overlapsMarked,
      "\(count) overlapping utterance\(count == 1 ? " is" : "s are") kept inside the turn\(count == 1 ? "" : "s") they interrupt, written //S02: … //",
      line: line)
  }

  /// `Speaker detection` → `speakerDetection`.
  private static func camelCase(_ words: some StringProtocol) -> String {
    let parts = words.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
    guard let first = parts.first else { return "" }
    return first.lowercased()
      + parts.dropFirst().map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined()
  }

  /// noScribe's anchor name `ts_12140_22800_S01`: start and end in
  /// milliseconds and the speaker (empty for a pause, `//S02` for an
  /// overlap).
  static func anchor(_ name: String) -> (start: Int, end: Int, speaker: String)? {
    guard name.hasPrefix("ts_") else { return nil }
    let parts = name.dropFirst(3).split(
      separator: "_", maxSplits: 2, omittingEmptySubsequences: false)
    guard parts.count >= 2, let start = Int(parts[0]), let end = Int(parts[1]) else { return nil }
    return (start, end, parts.count > 2 ? String(parts[2]) : "")
  }

  /// `text` without noScribe's `[00:00:12]` timestamps; the first one's time.
  static func withoutTimestamps(_ text: String) -> (text: String, first: Timestamp?) {
    guard text.contains("[") else { return (text, nil) }
    var scalars = Array(text.unicodeScalars)
    var first: Timestamp?
    var index = 0
    while index < scalars.count {
      if scalars[index] == "[", let close = scalars[index...].prefix(14).firstIndex(of: "]") {
        var inside = ""
        inside.unicodeScalars.append(contentsOf: scalars[(index + 1)..<close])
        if inside.contains(":"), let time = Timestamp(parsing: Substring(inside)) {
          if first == nil { first = time }
          var end = close + 1
          while end < scalars.count && scalars[end] == " " { end += 1 }
          scalars.removeSubrange(index..<end)
          continue
        }
      }
      index += 1
    }
    var result = ""
    result.unicodeScalars.append(contentsOf: scalars)
    return (result.trimmingWhitespace(), first)
  }
}
