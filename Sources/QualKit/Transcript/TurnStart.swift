/// A line that starts a turn with a label: an optional timestamp, the
/// label, and a colon (or a Rev/Trint time after the label).
struct TurnStart {
  /// How the label is written.
  enum Kind {
    /// `I: text`, `[00:12:31] B: text`.
    case plain
    /// `Anna Jensen (00:00:03): text` or `Speaker 1 [00:03]`.
    case timed
    /// `**Anna:** text`, `**Anna**: text`.
    case markdown
  }

  // Declared widest first, so that a shape takes fewer bytes (every line
  // of a large file has one).
  var label: String
  var contentScalarOffset: Int
  var contentUTF8Offset: Int
  var timestamp: Timestamp?
  var kind: Kind
  /// Whether the label is a speaker map's (or a Word table's), written as it is there.
  var isFromMap: Bool
  /// Whether the label is one word of letters, digits, `_`, `.` and `-`.
  var isOneWord: Bool
  /// Whether nothing but spaces follows the label on its line.
  var isBlank = false

  /// Creates a turn start from its parts.
  init(
    kind: Kind, timestamp: Timestamp?, label: String, isFromMap: Bool, isOneWord: Bool,
    contentScalarOffset: Int, contentUTF8Offset: Int, isBlank: Bool
  ) {
    self.kind = kind
    self.timestamp = timestamp
    self.label = label
    self.isFromMap = isFromMap
    self.isOneWord = isOneWord
    self.contentScalarOffset = contentScalarOffset
    self.contentUTF8Offset = contentUTF8Offset
    self.isBlank = isBlank
  }

  /// Reads a turn start from the first scalars of a line (without leading
  /// spaces), or returns nil.
  init?(parsing line: [Unicode.Scalar], mapLabels: Set<String>) {
    var index = 0
    let end = line.count
    func skipSpaces() {
      while index < end && (line[index] == " " || line[index] == "\t") { index += 1 }
    }
    /// Whether `**` or `__` is at `position`.
    func isBold(at position: Int) -> Bool {
      position >= 0 && position + 1 < end && line[position] == line[position + 1]
        && (line[position] == "*" || line[position] == "_")
    }
    var kind = Kind.plain
    if isBold(at: 0) {
      kind = .markdown
      index = 2
    }
    if index < end, line[index] == "[" || line[index] == "(",
      let (time, after) = Self.time(in: line, at: index)
    {
      timestamp = time
      index = after
      skipSpaces()
      // `[00:21:05] **Anna:** text` (Descript): the bold label after the time.
      if kind == .plain && isBold(at: index) {
        kind = .markdown
        index += 2
      }
    }
    let labelStart = index
    if kind == .markdown,
      let start = Self.boldName(in: line, from: labelStart, mapLabels: mapLabels)
    {
      let leadingTime = timestamp
      self = start
      if self.timestamp == nil { self.timestamp = leadingTime }
      return
    }
    // The label runs to a colon; a bracketed time inside it is a Rev/Trint time.
    var labelEnd: Int?
    var colon: Int?
    var cursor = labelStart
    while cursor < end, cursor - labelStart <= SpeakerLabel.maximumLength + 24 {
      let scalar = line[cursor]
      if scalar == ":" {
        colon = cursor
        break
      }
      if scalar == "(" || scalar == "[", cursor > labelStart, line[cursor - 1] == " ",
        let (time, after) = Self.time(in: line, at: cursor)
      {
        timestamp = timestamp ?? time
        kind = kind == .markdown ? .markdown : .timed
        labelEnd = cursor - 1
        cursor = after
        if cursor < end, line[cursor] == ":" { colon = cursor }
        break
      }
      cursor += 1
    }
    var contentStart: Int
    if let colon {
      labelEnd = labelEnd ?? colon
      contentStart = colon + 1
    } else if let labelEnd, kind == .timed {
      // `Speaker 1 [00:03]` alone on its line.
      contentStart = cursor
      _ = labelEnd
    } else {
      return nil
    }
    guard var stop = labelEnd, stop > labelStart else { return nil }
    // `Interviewer 2 : text` (French typography): the space is not the label's.
    if colon != nil, kind == .plain, stop - 1 > labelStart,
      line[stop - 1] == " " || line[stop - 1] == "\u{A0}" || line[stop - 1] == "\u{202F}",
      line[stop - 2] != " "
    {
      stop -= 1
    }
    if kind == .markdown {
      // `**Anna**: text` or `**Anna:** text`.
      if stop - labelStart > 2, isBold(at: stop - 2) {
        stop -= 2
      } else if isBold(at: contentStart) {
        contentStart += 2
      } else {
        return nil
      }
    }
    if contentStart < end, line[contentStart] != " ", line[contentStart] != "\t" { return nil }
    index = contentStart
    skipSpaces()
    if colon == nil && index < end { return nil }
    var label = ""
    label.unicodeScalars.append(contentsOf: line[labelStart..<stop])
    self.kind = kind
    self.label = label
    isFromMap = !mapLabels.isEmpty && mapLabels.contains(label.lowercased())
    isOneWord = Self.isOneWord(line[labelStart..<stop])
    guard
      isFromMap || isOneWord || SpeakerLabel.isNameLike(label)
        || SpeakerLabel.isMaskedPhoneNumber(label)
    else { return nil }
    contentScalarOffset = index
    contentUTF8Offset = line[..<index].reduce(0) { $0 + UTF8.width($1) }
  }

  /// A time in brackets or parentheses at `index` (`[0:20]`, `(00:00:03)`,
  /// `[0:20 ]`): the time and the index after the closing bracket.
  private static func time(in line: [Unicode.Scalar], at index: Int) -> (Timestamp, Int)? {
    let close: Unicode.Scalar = line[index] == "[" ? "]" : ")"
    guard let closeIndex = line[index..<min(line.count, index + 20)].firstIndex(of: close) else {
      return nil
    }
    var inside = ""
    inside.unicodeScalars.append(contentsOf: line[(index + 1)..<closeIndex])
    guard let time = Timestamp(parsing: Substring(inside.trimmingCharacters(in: " "))) else {
      return nil
    }
    return (time, closeIndex + 1)
  }

  /// A bold name without a colon (`**Emma** [0:00] text`, `**Emma** [0:00]`
  /// alone, `**(Kelly)** text`), the name's parentheses dropped; nil when
  /// the bold holds or is followed by a colon (read as a colon label).
  private static func boldName(
    in line: [Unicode.Scalar], from labelStart: Int, mapLabels: Set<String>
  ) -> TurnStart? {
    let end = line.count
    var close = labelStart
    while close + 1 < end, close - labelStart <= SpeakerLabel.maximumLength + 2,
      !(line[close] == line[labelStart - 1] && line[close + 1] == line[labelStart - 1])
    {
      if line[close] == ":" { return nil }
      close += 1
    }
    guard close + 1 < end, close > labelStart,
      line[close] == line[labelStart - 1], line[close + 1] == line[labelStart - 1]
    else { return nil }
    var index = close + 2
    guard index == end || line[index] == " " || line[index] == "\t" else { return nil }
    func skipSpaces() {
      while index < end && (line[index] == " " || line[index] == "\t") { index += 1 }
    }
    skipSpaces()
    var timestamp: Timestamp?
    if index < end, line[index] == "[" || line[index] == "(",
      let (time, after) = Self.time(in: line, at: index)
    {
      timestamp = time
      index = after
      guard index == end || line[index] == " " || line[index] == "\t" else { return nil }
      skipSpaces()
    }
    var name = Array(line[labelStart..<close])
    if name.first == "(" && name.last == ")" { name = Array(name.dropFirst().dropLast()) }
    var label = ""
    label.unicodeScalars.append(contentsOf: name)
    let isOneWord = Self.isOneWord(name[...])
    let isFromMap = !mapLabels.isEmpty && mapLabels.contains(label.lowercased())
    guard !label.isEmpty, isFromMap || isOneWord || SpeakerLabel.isNameLike(label) else {
      return nil
    }
    return TurnStart(
      kind: .markdown, timestamp: timestamp, label: label, isFromMap: isFromMap,
      isOneWord: isOneWord, contentScalarOffset: index,
      contentUTF8Offset: line[..<index].reduce(0) { $0 + UTF8.width($1) }, isBlank: false)
  }

  /// Whether a label is one word: a letter, then letters, digits, `_`, `.`
  /// or `-`, at most 30 scalars, not ending in `.` or `-` (the labels read
  /// without a speaker map before multi-word labels were).
  private static func isOneWord(_ label: ArraySlice<Unicode.Scalar>) -> Bool {
    guard let first = label.first, first.properties.isAlphabetic, label.count <= 30,
      let last = label.last, last != ".", last != "-"
    else { return false }
    return label.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "." || $0 == "-"
    }
  }
}
