import Foundation

extension SubtitleParser {
  /// The parts of a cue's text that each start with a voice tag (`<v Name>` or
  /// `<v.class Name>`), with any text before the first tag as a part of its own.
  static func voiceSegments(_ text: String) -> [String] {
    var starts: [String.Index] = []
    var search = text.startIndex
    while let found = text.range(of: "<v", range: search..<text.endIndex) {
      let next = found.upperBound
      if next < text.endIndex, [" ", ".", "\t"].contains(text[next]) {
        starts.append(found.lowerBound)
      }
      search = next
    }
    guard starts.count > 1 || (starts.count == 1 && starts[0] != text.startIndex) else {
      return [text]
    }
    var segments: [String] = []
    var previous = text.startIndex
    for start in starts where start > previous {
      segments.append(String(text[previous..<start]))
      previous = start
    }
    segments.append(String(text[previous...]))
    return segments
  }

  /// The speaker of a Teams voice tag `<v Name>` and the text without it.
  static func voice(in text: String) -> (String?, String) {
    guard text.hasPrefix("<v"), let close = text.firstIndex(of: ">") else { return (nil, text) }
    let tag = text[text.index(text.startIndex, offsetBy: 2)..<close]
    guard let first = tag.first, first == " " || first == "." || first == "\t" else {
      return (nil, text)
    }
    var name = tag
    if first == "." {
      // <v.loud Name>: classes before the name.
      guard let space = tag.firstIndex(of: " ") else { return (nil, text) }
      name = tag[space...]
    }
    let speaker = decodeEntities(name.trimmingCharacters(in: " \t"))
    return (speaker.isEmpty ? nil : speaker, String(text[text.index(after: close)...]))
  }

  /// A speaker label before a cue's text: `[SPEAKER_00]: text`,
  /// `[SPEAKER_00 | 0.72]: text`, `[00:00:03] [SPEAKER_00]: text` or
  /// `Name: text`, with the text after it.
  ///
  /// A bracket label is certain when a colon follows it or it is written in
  /// capitals, digits and `_` (a diarization label); `[Music]` alone is no
  /// label. A name before a colon is one to four words of letters, digits,
  /// `_`, `-` and `.`, or a name-like label (``SpeakerLabel/isNameLike(_:)``);
  /// whether it is taken is decided for the whole file
  /// (``decideSpeakers(_:findings:)``).
  static func speakerPrefix(in text: String) -> (
    name: String, rest: String, isBracket: Bool, isCertain: Bool
  )? {
    var text = Substring(text)
    // `[00:00:03] [SPEAKER_00]:`: a time before the label.
    if text.hasPrefix("["), let close = text.firstIndex(of: "]"),
      Timestamp(parsing: text[text.index(after: text.startIndex)..<close]) != nil
    {
      let after = text[text.index(after: close)...].drop { $0 == " " || $0 == "\t" }
      if after.hasPrefix("[") { text = after }
    }
    if text.hasPrefix("["), let close = text.firstIndex(of: "]") {
      var name = text[text.index(after: text.startIndex)..<close].trimmingCharacters(in: " \t")
      if let bar = name.firstIndex(of: "|") {
        name = name[..<bar].trimmingCharacters(in: " \t")
      }
      var rest = text[text.index(after: close)...]
      let hasColon = rest.first == ":"
      if hasColon { rest = rest.dropFirst() }
      guard !name.isEmpty, !name.contains(":") else { return nil }
      let isDiarization = name.unicodeScalars.allSatisfy {
        $0.properties.isUppercase || ("0"..."9").contains($0) || $0 == "_" || $0 == " "
      }
      if !hasColon && !isDiarization && rest.trimmingCharacters(in: " \t").isEmpty { return nil }
      return (name, String(rest), true, hasColon || isDiarization)
    }
    guard let colon = text.firstIndex(of: ":") else { return nil }
    let name = text[..<colon]
    let after = text[text.index(after: colon)...]
    guard let next = after.first, next == " " else { return nil }
    let words = name.split(separator: " ")
    let isSimple =
      !name.isEmpty && name.count <= 40 && (1...4).contains(words.count)
      && name.first?.isLetter == true
      && name.allSatisfy({
        $0.isLetter || $0.isNumber || $0 == " " || $0 == "_" || $0 == "-" || $0 == "."
      })
    guard isSimple || SpeakerLabel.isNameLike(name) else { return nil }
    return (String(name), String(after), false, false)
  }

  /// Decides which names before cue text are speakers, and carries a
  /// speaker over to the unlabelled cues after it when the file names
  /// speakers only on a turn's first cue; returns the file's layout.
  ///
  /// A name is taken when the speaker map names it, when it is a certain
  /// bracket label, when it labels two or more cues, or when it is
  /// name-like and at least half of the file's cues carry a name. A name
  /// not taken stays in the cue's text.
  func decideSpeakers(_ cues: inout [Cue], findings: inout [TranscriptFinding])
    -> TranscriptLayout
  {
    var counts: [String: Int] = [:]
    for cue in cues where cue.labelKind == .prefix || cue.labelKind == .bracket {
      if let speaker = cue.speaker { counts[speaker, default: 0] += 1 }
    }
    // The share of cues that carry a name: voices, certain labels, name-like names.
    let labelled = cues.filter { cue in
      cue.labelKind == .voice || cue.isCertainLabel
        || (cue.labelKind != .none && cue.speaker.map { SpeakerLabel.isNameLike($0) } == true)
    }.count
    var rejected: [String: Int] = [:]
    var kinds: [LabelKind: Int] = [:]
    for index in cues.indices {
      let cue = cues[index]
      guard let speaker = cue.speaker, cue.labelKind == .prefix || cue.labelKind == .bracket
      else {
        kinds[cue.labelKind, default: 0] += 1
        continue
      }
      let isTaken =
        mapLabels.contains(speaker.lowercased()) || cue.isCertainLabel
        || (counts[speaker] ?? 0) >= 2
        || (SpeakerLabel.isNameLike(speaker) && labelled * 2 >= cues.count)
      if isTaken {
        kinds[cue.labelKind, default: 0] += 1
      } else if let unlabelled = cue.unlabelled {
        cues[index].speaker = nil
        cues[index].text = unlabelled.text
        cues[index].sourceRange = unlabelled.range
        cues[index].labelKind = .none
        kinds[.none, default: 0] += 1
        if SpeakerLabel.isNameLike(speaker), rejected[speaker] == nil {
          rejected[speaker] = cue.line
          findings.append(
            TranscriptFinding(
              .labelNotTaken,
              "'\(speaker):' looks like a speaker's name but labels no other cue; read as text (a speaker map entry makes it a speaker)",
              line: cue.line))
        }
      }
    }
    let layout: TranscriptLayout
    let best = [LabelKind.voice, .bracket, .prefix].max { (kinds[$0] ?? 0) < (kinds[$1] ?? 0) }
    switch best.flatMap({ (kinds[$0] ?? 0) > 0 ? $0 : nil }) {
    case .voice: layout = .voiceTags
    case .bracket: layout = .bracketLabels
    case .prefix: layout = .namePrefixes
    default: layout = .unlabelledCues
    }
    if layout == .namePrefixes { carryOver(&cues, findings: &findings) }
    return layout
  }

  /// Gives unlabelled cues the speaker of the labelled cue before them
  /// when the file shows that habit: two or more speakers, some cues
  /// without a name, and no speaker named on two cues in a row.
  private func carryOver(_ cues: inout [Cue], findings: inout [TranscriptFinding]) {
    var speakers = Set<String>()
    var previous: String?
    var unlabelledAfterName = 0
    for cue in cues {
      if let speaker = cue.speaker {
        if speaker == previous { return }
        speakers.insert(speaker)
        previous = speaker
      } else if previous != nil {
        unlabelledAfterName += 1
        previous = nil
      }
    }
    guard speakers.count >= 2, unlabelledAfterName >= 2 else { return }
    var current: String?
    var carried = 0
    var first: Int?
    for index in cues.indices {
      if let speaker = cues[index].speaker {
        current = speaker
      } else if let current {
        cues[index].speaker = current
        carried += 1
        first = first ?? cues[index].line
      }
    }
    findings.append(
      TranscriptFinding(
        .speakerCarriedOver,
        "the file names a speaker only on a turn's first cue: \(carried) cue\(carried == 1 ? "" : "s") without a name kept the speaker before",
        line: first))
  }

  /// The text without markup: WebVTT and HTML tags (`<i>`, `<c.red>`,
  /// `<00:00:01.000>`), ASS/SSA override tags (`{\an8}`, `{\c&HFFF000&}`);
  /// character references decoded.
  static func stripTags(_ text: String) -> String {
    guard text.contains("<") || text.contains("&") || text.contains("{\\") else { return text }
    var output = String.UnicodeScalarView()
    output.append(contentsOf: visibleScalars(Array(text.unicodeScalars)).map(\.scalar))
    return String(output)
  }

  /// The scalars of cue text that are shown, each with the range of input
  /// scalars it comes from: tags and ASS/SSA override blocks left out,
  /// character references decoded (one scalar for the whole reference).
  static func visibleScalars(_ scalars: [Unicode.Scalar])
    -> [(scalar: Unicode.Scalar, range: Range<Int>)]
  {
    var visible: [(scalar: Unicode.Scalar, range: Range<Int>)] = []
    var index = 0
    var inTag = false
    var inOverride = false
    while index < scalars.count {
      let scalar = scalars[index]
      if inOverride {
        if scalar == "}" { inOverride = false }
      } else if scalar == "<" {
        inTag = true
      } else if scalar == ">" && inTag {
        inTag = false
      } else if !inTag {
        if scalar == "{", index + 1 < scalars.count, scalars[index + 1] == "\\" {
          inOverride = true
        } else if let (length, value) = CharacterReference.reference(in: scalars, at: index) {
          visible.append((value, index..<(index + length)))
          index += length
          continue
        } else {
          visible.append((scalar, index..<(index + 1)))
        }
      }
      index += 1
    }
    return visible
  }

  /// Decodes the character references of a voice name (``CharacterReference``).
  static func decodeEntities(_ text: String) -> String {
    CharacterReference.decoded(text)
  }
}
