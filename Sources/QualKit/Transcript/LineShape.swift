/// What a line of a plain-text transcript (or a Word paragraph) is, when it
/// is more than text: a labelled turn start, a header whose text follows, a
/// cue timing line, or a line a tool writes that is not speech.
///
/// The shape is read from the line alone; whether a shape starts a turn is
/// decided by ``PlainTextParser`` from the whole file (a multi-word label is
/// taken when it starts several turns, a header layout when it has several
/// headers).
enum LineShape {
  /// `I: text`, `**Anna:** text`, `Speaker 1 (00:00:03): text`, `Speaker 1 [00:03]`.
  case label(TurnStart)
  /// `Anna Jensen  0:13` (Otter, Teams): the text is on the lines after it;
  /// `label` is nil for a time alone (Otter without speakers).
  case header(label: String?, time: Timestamp)
  /// `00:00:03.120 --> 00:00:05.600` of an older Teams text transcript.
  case cueTiming(start: Timestamp, end: Timestamp)
  /// `Transcribed by https://otter.ai`.
  case footer
  /// `Anna Jensen started transcription` (Teams).
  case event

  /// The bytes to look at for a label: a label, its timestamp and markup
  /// fit well within them.
  private static let labelWindow = 160

  /// Reads the shape of a line from its UTF-8 bytes, or returns nil for text.
  ///
  /// - Parameters:
  ///   - line: The line's bytes, without its line break.
  ///   - mapLabels: The speaker map's labels (and a Word table's speakers),
  ///     lowercased; they may be written like any text.
  init?(parsing line: PlainTextParser.Bytes, mapLabels: Set<String>) {
    var first = line.startIndex
    var last = line.endIndex
    while first < last, line[first] == 0x20 || line[first] == 0x09 { first += 1 }
    while last > first, line[last - 1] == 0x20 || line[last - 1] == 0x09 { last -= 1 }
    guard first < last else { return nil }
    // Every shape holds a colon early (in a label or a time) but an event line.
    let window = line[first..<min(last, first + Self.labelWindow)]
    guard
      window.contains(UInt8(ascii: ":"))
        || line[first..<last].reversed().starts(with: "transcription".utf8.reversed())
        || (last - first > 4 && line[first] == line[first + 1]
          && (line[first] == UInt8(ascii: "*") || line[first] == UInt8(ascii: "_")))
    else { return nil }
    let leading = first - line.startIndex
    // Most turn starts are `I: ` or `B03: `: read without decoding the line.
    if let start = Self.asciiWordLabel(line, from: first, mapLabels: mapLabels) {
      self = .label(start.isBlank ? start : Self.timeAfterLabel(start, in: line))
      return
    }
    if last - first <= 120, Self.mayBeShortShape(line[first..<last]) {
      let text = String(decoding: line[first..<last], as: UTF8.self)
      if let shape = Self.shortLine(text) {
        self = shape
        return
      }
    }
    guard
      var start = TurnStart(
        parsing: Array(String(decoding: window, as: UTF8.self).unicodeScalars),
        mapLabels: mapLabels)
    else { return nil }
    start.contentUTF8Offset += leading
    start.contentScalarOffset += leading
    start.isBlank = (line.startIndex + start.contentUTF8Offset..<line.endIndex).allSatisfy {
      line[$0] == 0x20 || line[$0] == 0x09
    }
    self = .label(start.isBlank ? start : Self.timeAfterLabel(start, in: line))
  }

  /// A one-word ASCII label at `first` (`I: `, `SPEAKER_00: `), read from
  /// the bytes: a letter, then letters, digits, `_`, `.` or `-` (at most 30,
  /// not ending in `.` or `-`), a colon, then a space, a tab or the line's end.
  private static func asciiWordLabel(
    _ line: PlainTextParser.Bytes, from first: Int, mapLabels: Set<String>
  ) -> TurnStart? {
    let end = line.endIndex
    guard first < end, (line[first] | 0x20) >= UInt8(ascii: "a"),
      (line[first] | 0x20) <= UInt8(ascii: "z")
    else { return nil }
    var cursor = first + 1
    while cursor < end, cursor - first <= 30 {
      let byte = line[cursor]
      let lower = byte | 0x20
      guard
        (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z"))
          || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
          || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
      else { break }
      cursor += 1
    }
    let wordEnd = cursor
    // French typography: `Interviewer1 : text`, the space often a no-break one.
    if cursor < end, line[cursor] != UInt8(ascii: ":") {
      cursor += frenchSpaceLength(line, at: cursor)
    }
    guard cursor < end, wordEnd - first <= 30, line[cursor] == UInt8(ascii: ":"),
      line[wordEnd - 1] != UInt8(ascii: "."), line[wordEnd - 1] != UInt8(ascii: "-")
    else { return nil }
    var content = cursor + 1
    guard content == end || line[content] == 0x20 || line[content] == 0x09 else { return nil }
    while content < end && (line[content] == 0x20 || line[content] == 0x09) { content += 1 }
    let label = String(decoding: line[first..<wordEnd], as: UTF8.self)
    let offset = content - line.startIndex
    return TurnStart(
      kind: .plain, timestamp: nil, label: label,
      isFromMap: !mapLabels.isEmpty && mapLabels.contains(label.lowercased()), isOneWord: true,
      contentScalarOffset: offset, contentUTF8Offset: offset, isBlank: content == end)
  }

  /// The length of a space before a French colon at `index`: a space, a
  /// no-break space (U+00A0) or a narrow no-break space (U+202F), or 0.
  static func frenchSpaceLength(_ line: PlainTextParser.Bytes, at index: Int) -> Int {
    let end = line.endIndex
    if index < end, line[index] == 0x20 { return 1 }
    if index + 1 < end, line[index] == 0xC2, line[index + 1] == 0xA0 { return 2 }
    if index + 2 < end, line[index] == 0xE2, line[index + 1] == 0x80, line[index + 2] == 0xAF {
      return 3
    }
    return 0
  }

  /// A time in brackets or parentheses right after a label (`S01: [00:00:12]
  /// text`, noScribe): the time and the start moved past it.
  private static func timeAfterLabel(_ start: TurnStart, in line: PlainTextParser.Bytes)
    -> TurnStart
  {
    var start = start
    let at = line.startIndex + start.contentUTF8Offset
    guard at < line.endIndex, line[at] == UInt8(ascii: "[") || line[at] == UInt8(ascii: "("),
      let (time, length) = Timecode.time(in: line, at: at)
    else { return start }
    var after = at + length
    while after < line.endIndex, line[after] == 0x20 || line[after] == 0x09 { after += 1 }
    if start.timestamp == nil { start.timestamp = time }
    let moved = after - at
    // The time and the spaces are ASCII: as many scalars as bytes.
    start.contentUTF8Offset += moved
    start.contentScalarOffset += moved
    start.isBlank = after == line.endIndex
    return start
  }

  /// Whether a short line may be a header, a cue timing, a footer or an
  /// event: it holds `-->`, ends in a digit, starts with `T` or ends in
  /// `transcription`.
  private static func mayBeShortShape(_ line: PlainTextParser.Bytes) -> Bool {
    guard let first = line.first, let last = line.last else { return false }
    if last >= UInt8(ascii: "0") && last <= UInt8(ascii: "9") { return true }
    if first | 0x20 == UInt8(ascii: "t") || last == UInt8(ascii: "n") { return true }
    var dashes = 0
    for byte in line {
      if byte == UInt8(ascii: "-") {
        dashes += 1
      } else if byte == UInt8(ascii: ">") && dashes >= 2 {
        return true
      } else {
        dashes = 0
      }
    }
    return false
  }

  /// The shapes that fill a short line: a header, a cue timing, a footer or an event.
  private static func shortLine(_ text: String) -> LineShape? {
    if text.contains("-->") {
      let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
      if parts.count >= 3, parts[1] == "-->", let start = Timestamp(parsing: parts[0]),
        let end = Timestamp(parsing: parts[2])
      {
        return .cueTiming(start: start, end: end)
      }
      return nil
    }
    let lowered = text.lowercased()
    if lowered.hasPrefix("transcribed by http"), lowered.hasSuffix("otter.ai") {
      return .footer
    }
    if lowered.hasSuffix(" started transcription") || lowered.hasSuffix(" stopped transcription") {
      return .event
    }
    // `Name  0:13`: the name, two or more spaces (or a tab), a time.
    guard let last = text.unicodeScalars.last, ("0"..."9").contains(last) else { return nil }
    let scalars = Array(text.unicodeScalars)
    var timeStart = scalars.count
    while timeStart > 0,
      ("0"..."9").contains(scalars[timeStart - 1]) || scalars[timeStart - 1] == ":"
    {
      timeStart -= 1
    }
    var timeText = ""
    timeText.unicodeScalars.append(contentsOf: scalars[timeStart...])
    guard timeText.contains(":"), timeText.split(separator: ":").allSatisfy({ $0.count <= 2 }),
      let time = Timestamp(parsing: Substring(timeText))
    else { return nil }
    if timeStart == 0 { return .header(label: nil, time: time) }
    var nameEnd = timeStart
    while nameEnd > 0, scalars[nameEnd - 1] == " " || scalars[nameEnd - 1] == "\t" {
      nameEnd -= 1
    }
    let gap = scalars[nameEnd..<timeStart]
    guard !gap.isEmpty, nameEnd > 0 else { return nil }
    var name = ""
    name.unicodeScalars.append(contentsOf: scalars[..<nameEnd])
    // `**Emma**  0:00`: Otter's layout with the names made bold.
    for bold in ["**", "__"] where name.count > 4 && name.hasPrefix(bold) && name.hasSuffix(bold) {
      name = String(name.dropFirst(2).dropLast(2))
    }
    // One space is enough after a name-like name (an export edited by hand).
    guard isHeaderName(name), gap.count >= 2 || gap.contains("\t") || SpeakerLabel.isNameLike(name)
    else { return nil }
    return .header(label: name, time: time)
  }

  /// Whether a header's name can be a display name: up to six words and
  /// 60 characters, starting with a letter, without a colon.
  static func isHeaderName(_ name: String) -> Bool {
    if SpeakerLabel.isMaskedPhoneNumber(name) { return true }
    guard let first = name.unicodeScalars.first, first.properties.isAlphabetic,
      name.unicodeScalars.count <= SpeakerLabel.maximumLength, !name.contains(":"),
      name.split(separator: " ").count <= SpeakerLabel.maximumWords
    else { return false }
    return true
  }
}
