/// How often each line shape occurs in a file: what decides its layout and
/// which labels are taken.
struct LayoutCounts {
  /// The labels that start lines (`.label` shapes), and how many lines
  /// each starts, by the label's index.
  private var labels = InternTable<String>()
  private var labelCounts: [Int] = []
  /// How many `Name  0:13` (or time-only) headers the file has.
  var headers = 0
  /// How many `time --> time` lines the file has.
  var cueTimings = 0
  /// How many labels are followed by a time (`Name (00:00:03):`).
  var timedLabels = 0
  /// The lines of Otter's footer and of Teams' transcription events.
  var footerLines: [Int] = []
  var eventLines: [Int] = []

  mutating func count(_ shape: LineShape, line: Int) {
    switch shape {
    case .label(let start):
      let index = Int(labels.index(of: start.label))
      if index == labelCounts.count { labelCounts.append(0) }
      labelCounts[index] += 1
      if start.kind == .timed { timedLabels += 1 }
    case .header: headers += 1
    case .cueTiming: cueTimings += 1
    case .footer: footerLines.append(line)
    case .event: eventLines.append(line)
    }
  }

  /// How many lines start with `label`.
  func lines(startingWith label: String) -> Int {
    labels.existingIndex(of: label).map { labelCounts[Int($0)] } ?? 0
  }

  /// How many lines start with a label.
  var labelLines: Int { labelCounts.reduce(0, +) }
}

/// Which lines of a plain-text transcript start turns and which are left
/// out, what its preamble says, and what was decided on the way.
struct TurnPlan {
  /// What to do with a line.
  enum Action {
    /// Start a turn; its text starts `column` scalars (`byte` bytes) into
    /// the line, or on the next line when the rest of the line is blank.
    case start(
      speaker: String?, role: String?, start: Timestamp?, end: Timestamp?, column: Int,
      byte: Int, isBlank: Bool)
    /// Leave the line out of every turn (metadata, a footer, a name line).
    case skip
  }

  /// The actions by line, in line order; other lines continue the turn.
  private(set) var actions = Actions()

  /// Lets go of the actions below `position`, once the turns are built past them.
  mutating func releaseActions(below position: Int) {
    actions.release(below: position)
  }
  /// Attributes read from the preamble, in order.
  private(set) var attributes: [(key: String, value: String)] = []
  /// What was decided.
  private(set) var findings: [TranscriptFinding] = []
  /// The layout the file was read in.
  private(set) var layout: TranscriptLayout = .speakerLabels

  /// The most turns the plan makes: one per start, and one for text before
  /// the first.
  var turnCount: Int {
    1 + actions.startCount
  }

  /// Plans the turns of a file from the shapes of its lines.
  ///
  /// - Parameters:
  ///   - given: Every line that has a shape, in order; let go as they
  ///     are planned.
  ///   - counts: How often each shape occurs.
  ///   - bodyStart: The first line after the front matter.
  ///   - lineCount: The number of lines.
  ///   - isBlank: Whether a line is blank.
  ///   - lineText: A line without leading and trailing spaces.
  ///   - role: The role of a speaker label.
  init(
    shapes given: consuming ChunkedArray<(line: Int, shape: LineShape)>, counts: LayoutCounts,
    bodyStart: Int, lineCount: Int, isBlank: (Int) -> Bool, lineText: (Int) -> String,
    role: (String) -> String
  ) {
    var shapes = given
    var roles: [String: String] = [:]
    func roleOf(_ label: String?) -> String? {
      guard let label else { return nil }
      if let known = roles[label] { return known }
      let found = role(label)
      roles[label] = found
      return found
    }
    // Two headers (or cue blocks) make the layout, unless labels outnumber them.
    let labelLines = counts.labelLines
    let isCueBlocks = counts.cueTimings >= 2 && counts.cueTimings >= labelLines
    if isCueBlocks || (counts.headers >= 2 && counts.headers >= labelLines) {
      var byLine: [Int: Action] = [:]
      layout = isCueBlocks ? .teamsCueBlocks : .nameTimeHeaders
      let shapeLines = Set(shapes.map(\.line))
      for (line, shape) in shapes {
        switch shape {
        case .cueTiming(let start, let end) where layout == .teamsCueBlocks:
          // The name is the next line (Teams always writes one).
          var nameLine = line + 1
          while nameLine <= lineCount && isBlank(nameLine) { nameLine += 1 }
          var speaker: String?
          if nameLine <= lineCount, !shapeLines.contains(nameLine),
            LineShape.isHeaderName(lineText(nameLine))
          {
            speaker = lineText(nameLine)
            byLine[nameLine] = .skip
          }
          byLine[line] = .start(
            speaker: speaker, role: roleOf(speaker), start: start, end: end, column: 0, byte: 0,
            isBlank: true)
        case .header(let label, let time) where layout == .nameTimeHeaders:
          byLine[line] = .start(
            speaker: label, role: roleOf(label), start: time, end: nil, column: 0, byte: 0,
            isBlank: true)
        case .footer, .event:
          byLine[line] = .skip
        default:
          break
        }
      }
      let firstStart =
        byLine.filter { if case .start = $0.value { true } else { false } }.keys
        .min() ?? lineCount + 1
      readPreamble(
        lines: (bodyStart..<max(bodyStart, firstStart)).filter {
          !isBlank($0) && byLine[$0] == nil
        }, lineText: lineText, skipped: &byLine)
      for (line, action) in byLine.sorted(by: { $0.key < $1.key }) {
        actions.append((line, action))
      }
    } else {
      planLabels(shapes: &shapes, counts: counts, lineText: lineText, role: role)
    }
    // Footers are always left out; events only in the header layouts.
    noteDropped(
      footers: counts.footerLines, events: layout == .speakerLabels ? [] : counts.eventLines)
  }

  /// Plans a file whose turns start with labels: which labels are taken,
  /// which preamble lines are metadata, which label-like lines are text.
  private mutating func planLabels(
    shapes: inout ChunkedArray<(line: Int, shape: LineShape)>, counts: LayoutCounts,
    lineText: (Int) -> String,
    role: (String) -> String
  ) {
    func isAccepted(_ start: TurnStart) -> Bool {
      if start.isFromMap { return true }
      let label = start.label
      // A participant who dialled in (Teams): `+12*******65`.
      if SpeakerLabel.isMaskedPhoneNumber(label) { return true }
      guard label.unicodeScalars.first?.properties.isUppercase == true else { return false }
      let count = counts.lines(startingWith: label)
      if start.kind == .timed && counts.timedLabels >= 2 { return true }
      if start.isOneWord {
        return SpeakerLabel.isDefaultInterviewer(label) || count >= 2
          || label.unicodeScalars.allSatisfy {
            $0.properties.isUppercase || ("0"..."9").contains($0) || $0 == "_"
          }
      }
      return SpeakerLabel.isNumbered(label) || count >= 2
    }
    func isMetadata(_ start: TurnStart) -> Bool {
      guard !start.isFromMap, !start.isBlank, start.kind != .timed,
        counts.lines(startingWith: start.label) == 1
      else { return false }
      let label = start.label
      let letters = label.unicodeScalars.filter { $0.properties.isAlphabetic }
      let isCapitals =
        letters.count >= 3
        && label.unicodeScalars.allSatisfy { $0.properties.isUppercase || $0 == " " }
      return isCapitals || SpeakerLabel.metadataKeys.contains(label.lowercased())
    }
    // Each distinct label is decided once: its role, or nil when it is not taken.
    var decidedLabels = InternTable<String>()
    var decisions: [String?] = []
    func decision(_ start: TurnStart) -> String? {
      let index = Int(decidedLabels.index(of: start.label))
      if index < decisions.count { return decisions[index] }
      let found = isAccepted(start) ? role(start.label) : nil
      decisions.append(found)
      return found
    }
    var inPreamble = true
    var metadataLines: [Int] = []
    var (plain, timed, markdown) = (0, 0, 0)
    for position in shapes.indices {
      let (line, shape) = shapes[position]
      // The shapes read are let go as the actions grow.
      shapes.releaseChunks(below: position)
      switch shape {
      case .label(let start):
        if inPreamble && isMetadata(start) {
          actions.append((line, .skip))
          let text = lineText(line)
          let value = text.firstIndex(of: ":").map {
            text[text.index(after: $0)...].trimmingCharacters(in: " \t*_")
          }
          attributes.append((SpeakerLabel.attributeKey(start.label), value ?? ""))
          metadataLines.append(line)
        } else if let speakerRole = start.kind == .timed
          ? (isAccepted(start) ? role(start.label) : nil) : decision(start)
        {
          inPreamble = false
          switch start.kind {
          case .plain: plain += 1
          case .timed: timed += 1
          case .markdown: markdown += 1
          }
          actions.append(
            (
              line,
              .start(
                speaker: start.label, role: speakerRole, start: start.timestamp, end: nil,
                column: start.contentScalarOffset, byte: start.contentUTF8Offset,
                isBlank: start.isBlank)
            ))
        } else if start.label.unicodeScalars.first?.properties.isUppercase == true {
          findings.append(
            TranscriptFinding(
              .labelNotTaken,
              "'\(start.label):' looks like a speaker label but starts no other turn; read as text (a speaker map entry makes it a speaker)",
              line: line))
        }
      case .footer:
        actions.append((line, .skip))
      case .header(let label, let time) where counts.headers >= 2:
        // Headers among labels (an Otter export partly edited into labels).
        inPreamble = false
        actions.append(
          (
            line,
            .start(
              speaker: label, role: label.map(role), start: time, end: nil, column: 0, byte: 0,
              isBlank: true)
          ))
      case .header, .cueTiming, .event:
        break
      }
    }
    if let first = metadataLines.first, let last = metadataLines.last {
      findings.insert(
        TranscriptFinding(
          .preamble,
          TranscriptFinding.lines(first, last) + (first == last ? " is" : " are")
            + " interview metadata, read as attributes: "
            + attributes.map(\.key).joined(separator: ", "), line: first), at: 0)
    }
    layout =
      timed > max(plain, markdown)
      ? .timedLabels : markdown > plain ? .markdownLabels : .speakerLabels
  }

  /// Reads the lines before the first header: a title, Otter's `SUMMARY
  /// KEYWORDS` and `SPEAKERS`, Teams' date and duration.
  private mutating func readPreamble(
    lines: [Int], lineText: (Int) -> String, skipped: inout [Int: Action]
  ) {
    var read: [Int] = []
    var index = 0
    func take(_ key: String, _ value: String, _ taken: Int...) {
      guard !attributes.contains(where: { $0.key == key }) else { return }
      attributes.append((key, value))
      for line in taken {
        skipped[line] = .skip
        read.append(line)
      }
    }
    while index < lines.count {
      let line = lines[index]
      let text = lineText(line)
      let lowered = text.lowercased()
      let next = index + 1 < lines.count ? lines[index + 1] : nil
      if lowered == "summary keywords" || lowered == "keywords", let next {
        take("keywords", lineText(next), line, next)
        index += 2
        continue
      }
      if lowered == "speakers", let next {
        take("speakerNames", lineText(next), line, next)
        index += 2
        continue
      }
      if Self.isDuration(text) {
        take("duration", text, line)
      } else if index == 0 {
        take("title", text, line)
      } else if Self.isDate(text) {
        take("date", text, line)
      }
      index += 1
    }
    if let first = read.min(), let last = read.max() {
      findings.append(
        TranscriptFinding(
          .preamble,
          TranscriptFinding.lines(first, last) + " before the first turn read as attributes: "
            + attributes.map(\.key).joined(separator: ", "), line: first))
    }
  }

  /// Notes the footers and events that were left out, on lines `footers`
  /// and `events`.
  private mutating func noteDropped(footers: [Int], events: [Int]) {
    if let first = footers.first {
      findings.append(
        TranscriptFinding(
          .droppedLines, "left out Otter's footer 'Transcribed by https://otter.ai'", line: first))
    }
    if let first = events.first {
      findings.append(
        TranscriptFinding(
          .droppedLines,
          "left out \(events.count) 'started/stopped transcription' line\(events.count == 1 ? "" : "s")",
          line: first))
    }
  }

  /// `27m 42s`, `1h 2m 3s`, `45s`.
  static func isDuration(_ text: String) -> Bool {
    let tokens = text.split(separator: " ")
    guard !tokens.isEmpty, tokens.count <= 3 else { return false }
    return tokens.allSatisfy { token in
      guard let unit = token.last, "hms".contains(unit) else { return false }
      let digits = token.dropLast()
      return !digits.isEmpty && digits.count <= 3 && digits.allSatisfy(\.isASCIIDigit)
    }
  }

  /// A short line that holds a year (`15 June 2026, 03:35am`, `2024-03-05`).
  static func isDate(_ text: String) -> Bool {
    guard text.count <= 60 else { return false }
    var digits = 0
    for character in text + " " {
      if character.isASCIIDigit {
        digits += 1
      } else {
        if digits == 4 { return true }
        digits = 0
      }
    }
    return false
  }
}
