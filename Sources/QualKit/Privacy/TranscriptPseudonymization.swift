import Foundation

/// One transcript with its originals replaced: its new file, the map that
/// moves its codings, and every original replaced or left.
///
/// The words of the turns change through ``Transcript/applying(_:toFile:)``,
/// which keeps every line (so line numbers stay) and, for plain text,
/// WebVTT and SubRip, every other byte of the file. A plain-text
/// transcript's front matter values change too (not `id`, which codings
/// name the transcript by, nor `speakers`, which names its labels). A
/// transcript that cannot be rewritten in place (Word, JSON, HTML, CSV,
/// rolling captions) is written as a plain-text file of the same name with
/// `.txt` (``Transcript/plainTextFile()``), its attributes pseudonymised,
/// and a note says so. What cannot change is left and listed with the
/// reason: a name in a speaker label, a timestamp or header line, or a
/// replacement the transcript refuses.
public struct TranscriptPseudonymization: Sendable {
  /// The transcript's file.
  public var path: String
  /// Where the new file goes: ``path``, or the `.txt` beside it.
  public var newPath: String
  /// The new file; nil when nothing changed.
  public var bytes: [UInt8]?
  /// The change for ``CodingFile/realigned(to:)``; nil when nothing changed.
  public var change: CodingFile.TranscriptChange?
  /// Every original found, replaced (`reason` nil) or left, in text order.
  public var occurrences: [PseudonymOccurrence]
  /// What the user should know (the file written as `.txt`).
  public var notes: [Diagnostic] = []

  /// Pseudonymises `transcript`, read from `bytes` at `path`.
  ///
  /// - Parameters:
  ///   - path: The transcript's file.
  ///   - bytes: The file's bytes.
  ///   - transcript: The transcript read from them.
  ///   - participants: The participants table it was read with, to read
  ///     the new file the same way.
  ///   - pseudonymizer: What replaces the originals.
  public init(
    path: String, bytes: [UInt8], transcript: Transcript, participants: ParticipantTable?,
    pseudonymizer: Pseudonymizer
  ) {
    self.path = path
    newPath = path
    occurrences = []
    let found = pseudonymizer.replacements(in: transcript.text)
    guard !found.isEmpty else { return }
    var work = Work(
      transcript: transcript, bytes: bytes, path: path, participants: participants,
      pseudonymizer: pseudonymizer)
    work.classify(found)
    work.apply()
    newPath = work.newPath
    self.bytes = work.result?.bytes
    change = work.result.map {
      CodingFile.TranscriptChange(from: transcript, to: $0.transcript, map: $0.map)
    }
    notes = work.notes
    occurrences = found.map { replacement in
      let front = work.frontKey(of: replacement.range)
      return PseudonymOccurrence(
        file: path,
        position: PseudonymOccurrence.position(
          of: replacement.range.lowerBound, in: transcript.lines),
        found: replacement.found, pseudonym: replacement.pseudonym,
        category: replacement.category, place: front.map { .frontMatter($0) } ?? .text,
        reason: work.left[replacement.range])
    }
  }
}

/// The steps of one transcript's pseudonymisation.
private struct Work {
  let transcript: Transcript
  let bytes: [UInt8]
  let path: String
  let participants: ParticipantTable?
  let pseudonymizer: Pseudonymizer
  /// The replacements in the turns' words, and in front matter values.
  var inTurns: [Pseudonymizer.Replacement] = []
  var inFront: [Pseudonymizer.Replacement] = []
  /// The reason each replacement left was left, by its range.
  var left: [Range<Int>: String] = [:]
  var result: (transcript: Transcript, map: OffsetMap, bytes: [UInt8])?
  var newPath: String
  var notes: [Diagnostic] = []
  /// Each front matter line's key and value range, by line.
  let frontMatter: [Int: (key: String, value: Range<Int>)]

  init(
    transcript: Transcript, bytes: [UInt8], path: String, participants: ParticipantTable?,
    pseudonymizer: Pseudonymizer
  ) {
    self.transcript = transcript
    self.bytes = bytes
    self.path = path
    self.participants = participants
    self.pseudonymizer = pseudonymizer
    newPath = path
    frontMatter = transcript.format == .text ? Self.frontMatter(of: transcript) : [:]
  }

  /// The front matter key whose value holds `range`, if any.
  func frontKey(of range: Range<Int>) -> String? {
    let line = transcript.lines.line(containingScalarOffset: range.lowerBound)
    guard let entry = frontMatter[line], entry.value.lowerBound <= range.lowerBound,
      range.upperBound <= entry.value.upperBound
    else { return nil }
    return entry.key
  }

  /// Sorts the replacements into those in the turns' words, those in
  /// front matter values, and those left (with why).
  mutating func classify(_ found: [Pseudonymizer.Replacement]) {
    for replacement in found {
      do {
        _ = try transcript.checkedLines(of: pseudonymizer.edit(of: [replacement]))
        inTurns.append(replacement)
      } catch {
        switch frontKey(of: replacement.range) {
        case "id"?:
          left[replacement.range] =
            "the transcript's id, which its codings name it by; rename the file and its id by hand"
        case "speakers"?:
          left[replacement.range] =
            "the speaker map, which names the speaker labels; rename the speaker in its labels and the map by hand"
        case .some:
          inFront.append(replacement)
        case nil:
          left[replacement.range] =
            error.kind == .outsideTurnText
            ? "outside the words of the turns (a speaker label, timestamp, header or metadata line); change it by hand"
            : error.message
        }
      }
    }
  }

  /// Applies the replacements: in place when the format allows, else as
  /// a plain-text file.
  mutating func apply() {
    guard !inTurns.isEmpty || !inFront.isEmpty else { return }
    switch transcript.format {
    case .text, .vtt, .srt:
      if let done = inPlace() {
        result = done
        return
      }
      // Nothing left to replace: every replacement was refused.
      guard !inTurns.isEmpty || !inFront.isEmpty else { return }
    default: break
    }
    result = asPlainText()
  }

  /// The transcript rewritten in its own file; nil when the file cannot be.
  private mutating func inPlace() -> (transcript: Transcript, map: OffsetMap, bytes: [UInt8])? {
    var edited: (transcript: Transcript, map: OffsetMap, file: [UInt8])
    while true {
      do {
        edited = try transcript.applying(pseudonymizer.edit(of: inTurns), toFile: bytes)
        break
      } catch {
        if let range = error.range, let index = inTurns.firstIndex(where: { $0.range == range }) {
          left[range] = error.message
          inTurns.remove(at: index)
        } else if error.kind == .notRewritable {
          return nil
        } else {
          for replacement in inTurns { left[replacement.range] = error.message }
          inTurns = []
        }
      }
    }
    guard !inFront.isEmpty else {
      return inTurns.isEmpty ? nil : (edited.transcript, edited.map, edited.file)
    }
    // Front matter comes before every turn, so its offsets are the same in
    // the edited text.
    let frontEdit = pseudonymizer.edit(of: inFront)
    guard let expected = try? frontEdit.applied(to: edited.transcript.text).text,
      let file = try? Transcript.rewritten(edited.file, frontEdit, expected: expected),
      let reread = reread(file, format: .text), reread.text == expected,
      Self.sameTurns(reread, edited.transcript)
    else {
      for replacement in inFront {
        left[replacement.range] = "the front matter cannot be rewritten here; change it by hand"
      }
      inFront = []
      return inTurns.isEmpty ? nil : (edited.transcript, edited.map, edited.file)
    }
    guard let map = combinedMap(expecting: reread.text, header: nil) else { return nil }
    return (reread, map, file)
  }

  /// The transcript written as a plain-text file (`.txt`).
  private mutating func asPlainText() -> (transcript: Transcript, map: OffsetMap, bytes: [UInt8])? {
    var edited: Transcript
    while true {
      do {
        edited = try transcript.applying(pseudonymizer.edit(of: inTurns)).transcript
        break
      } catch {
        if let range = error.range, let index = inTurns.firstIndex(where: { $0.range == range }) {
          left[range] = error.message
          inTurns.remove(at: index)
        } else {
          for replacement in inTurns { left[replacement.range] = error.message }
          return nil
        }
      }
    }
    let isText = transcript.format == .text
    let file: [UInt8]
    var header: String?
    if isText {
      guard let text = try? pseudonymizer.edit(of: inTurns + inFront).applied(to: transcript.text)
      else { return nil }
      file = Array(text.text.utf8)
    } else {
      for (key, value) in edited.attributes where key != "id" && key != "speakers" {
        if case .text(let text) = value {
          edited.attributes[key] = .text(pseudonymizer.applied(to: text))
        }
      }
      file = edited.plainTextFile()
      let whole = String(decoding: file, as: UTF8.self)
      guard whole.hasSuffix(edited.text) else { return nil }
      header = String(
        String.UnicodeScalarView(whole.unicodeScalars.dropLast(edited.text.unicodeScalars.count)))
      newPath = ProjectLayout.replacingExtension(of: path, with: ".txt")
    }
    guard let reread = reread(file, format: .text), Self.sameTurns(reread, edited),
      let map = combinedMap(expecting: reread.text, header: header)
    else {
      for replacement in inTurns + inFront {
        left[replacement.range] = "the edited transcript would not read back the same as plain text"
      }
      return nil
    }
    if !isText {
      notes.append(
        .note(
          "\(Self.formatName(transcript)) is not rewritten in place: it becomes \(newPath) (plain text, its front matter from the attributes)",
          file: path))
    }
    return (reread, map, file)
  }

  /// What the transcript is, for the note: `a Word transcript`.
  private static func formatName(_ transcript: Transcript) -> String {
    switch transcript.format {
    case .docx: "a Word transcript"
    case .json: "a JSON transcript"
    case .html: "an HTML transcript"
    case .csv: "a CSV transcript"
    default:
      transcript.layout == .rollingCaptions
        ? "a rolling-caption transcript" : "this transcript"
    }
  }

  /// The map of every replacement applied (and `header` inserted at the
  /// start), checked to give `expected`.
  private func combinedMap(expecting expected: String, header: String?) -> OffsetMap? {
    var edit = pseudonymizer.edit(of: inTurns + inFront)
    if let header { edit.replace(0..<0, with: header) }
    guard let applied = try? edit.applied(to: transcript.text), applied.text == expected else {
      return nil
    }
    return applied.map
  }

  /// `file` read as a transcript of `format`, as the project reads it.
  private func reread(_ file: [UInt8], format: TranscriptFormat) -> Transcript? {
    var diagnostics: [Diagnostic] = []
    return try? Transcript(
      parsing: file, format: format,
      fallbackID: ProjectLayout.splitExtension(path).stem, participants: participants,
      diagnostics: &diagnostics)
  }

  /// Whether two transcripts have the same turns: speakers, roles, times
  /// and lines.
  static func sameTurns(_ lhs: Transcript, _ rhs: Transcript) -> Bool {
    lhs.id == rhs.id && lhs.turns.count == rhs.turns.count
      && zip(lhs.turns, rhs.turns).allSatisfy { left, right in
        left.speaker == right.speaker && left.role == right.role && left.start == right.start
          && left.end == right.end
          && left.lastLine - left.firstLine
            == right.lastLine - right.firstLine
      }
  }

  /// Each front matter line of a plain-text transcript (between `---` and
  /// `---` or `...` at the top): its key and the range of its value.
  private static func frontMatter(of transcript: Transcript) -> [Int: (
    key: String, value: Range<Int>
  )] {
    let lines = transcript.lines
    func text(_ line: Int) -> String { transcript.text(in: lines.scalarRange(ofLine: line)) }
    guard lines.lineCount >= 2, text(1).trimmingCharacters(in: " \t") == "---" else { return [:] }
    var result: [Int: (key: String, value: Range<Int>)] = [:]
    for line in 2...lines.lineCount {
      let content = text(line)
      let trimmed = content.trimmingCharacters(in: " \t")
      if trimmed == "---" || trimmed == "..." { return result }
      guard !trimmed.hasPrefix("#"), let colon = content.unicodeScalars.firstIndex(of: ":") else {
        continue
      }
      let key = String(content.unicodeScalars[..<colon]).trimmingCharacters(in: " \t")
      let start = lines.scalarRange(ofLine: line).lowerBound
      let valueStart =
        content.unicodeScalars.distance(
          from: content.unicodeScalars.startIndex, to: colon) + 1
      result[line] = (key, (start + valueStart)..<lines.scalarRange(ofLine: line).upperBound)
    }
    return [:]
  }
}
