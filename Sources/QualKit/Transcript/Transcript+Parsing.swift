import Foundation

extension Transcript {
  /// Reads a transcript from a file's bytes.
  ///
  /// ```swift
  /// var diagnostics: [Diagnostic] = []
  /// let transcript = try Transcript(
  ///   parsing: bytes, format: .text, fallbackID: "B03", diagnostics: &diagnostics)
  /// ```
  ///
  /// - Parameters:
  ///   - bytes: The file's contents.
  ///   - format: The file's format, usually from its extension
  ///     (``TranscriptFormat/init(pathExtension:)``).
  ///   - fallbackID: The id to use when the file names none: the file name
  ///     without extension.
  ///   - participants: Attributes and speaker maps by transcript id; front
  ///     matter wins where both give a value.
  ///   - diagnostics: Receives warnings: encoding fallback, out-of-order cues,
  ///     a speaker map that names nobody in the file.
  /// - Throws: ``TranscriptError`` for an empty, binary or malformed file.
  public init(
    parsing bytes: consuming [UInt8], format: TranscriptFormat, fallbackID: String,
    participants: ParticipantTable? = nil, diagnostics: inout [Diagnostic]
  ) throws(TranscriptError) {
    if format == .docx {
      // Paragraphs are read like the lines of a plain-text transcript, then
      // the turns are rendered one a line, as for subtitles.
      let document = try DocxReader.document(in: bytes, diagnostics: &diagnostics)
      var parser = PlainTextParser(
        text: document.paragraphs.joined(separator: "\n"), fallbackID: fallbackID,
        participants: participants)
      parser.knownLabels = document.tableSpeakers
      let parsed = try parser.parse(format: .docx, diagnostics: &diagnostics)
      self = TurnRenderer.transcript(
        turns: parsed.turns.filter { $0.speaker != nil || !$0.hasNoText }.map {
          TurnRenderer.Item(
            speaker: $0.speaker, role: $0.role, start: $0.start, end: $0.end, pieces: [$0.text],
            sourceRanges: $0.sourceRanges)
        }, id: parsed.id, format: .docx, attributes: parsed.attributes, pieceName: "paragraph")
      layout = document.tableSpeakers.isEmpty ? parsed.layout : .wordTable
      findings = document.findings + parsed.findings + findings
      addCommonFindings()
      return
    }
    if format == .html {
      self = try HTMLTranscriptReader.transcript(
        bytes: bytes, id: fallbackID, participants: participants, diagnostics: &diagnostics)
      addCommonFindings()
      return
    }
    guard !bytes.isEmpty else { throw TranscriptError(.empty, "file is empty") }
    let decoded: DecodedText
    do {
      decoded = try DecodedText(decoding: bytes)
    } catch {
      throw TranscriptError(.binary, error.message, at: error.position)
    }
    // The file's bytes are let go before parsing: a large transcript is
    // then held once (as text), not twice.
    bytes = []
    try self.init(
      parsing: decoded, format: format, fallbackID: fallbackID, participants: participants,
      diagnostics: &diagnostics)
  }

  /// Reads a transcript that is not a Word file from its decoded text: what
  /// ``init(parsing:format:fallbackID:participants:diagnostics:)`` does
  /// once the bytes are decoded.
  init(
    parsing decoded: DecodedText, format: TranscriptFormat, fallbackID: String,
    participants: ParticipantTable? = nil, diagnostics: inout [Diagnostic]
  ) throws(TranscriptError) {
    diagnostics += decoded.diagnostics
    if let conflict = Self.mergeConflict(in: decoded.text) {
      throw TranscriptError(
        .mergeConflict,
        "unresolved merge conflict (lines \(conflict.lowerBound)-\(conflict.upperBound)): keep the version you want between '\(CodingFileMerge.oursMarker)' and '\(CodingFileMerge.theirsMarker)', then delete the other and the marker lines",
        at: SourcePosition(line: conflict.lowerBound))
    }
    switch format {
    case .text, .docx:
      self = try PlainTextParser(
        text: decoded.text, fallbackID: fallbackID, participants: participants
      )
      .parse(format: .text, diagnostics: &diagnostics)
    case .json:
      self = try WhisperJSONReader.transcript(
        text: decoded.text, id: fallbackID, participants: participants, diagnostics: &diagnostics)
    case .csv:
      self = try OralHistoryCSVReader.transcript(
        text: decoded.text, id: fallbackID, participants: participants, diagnostics: &diagnostics)
    case .html:
      self = try HTMLTranscriptReader.transcript(
        bytes: Array(decoded.text.utf8), isDecoded: true, id: fallbackID,
        participants: participants,
        diagnostics: &diagnostics)
    case .vtt, .srt:
      let record = participants?.record(for: fallbackID)
      var problems: [String] = []
      let map =
        record?["speakers"].map { SpeakerMap(parsing: $0, problems: &problems) } ?? SpeakerMap()
      let position = record.map { SourcePosition(line: $0.line) }
      for problem in problems {
        diagnostics.append(.warning("participants table: \(problem)", at: position))
      }
      var parser = SubtitleParser(text: decoded.text, isWebVTT: format == .vtt)
      parser.mapLabels = Set(map.labels.map { $0.lowercased() })
      let reading = try parser.read(diagnostics: &diagnostics)
      var attributes: [String: AttributeValue] = [:]
      for (key, value) in record?.attributes ?? [] where key != "speakers" && key != "id" {
        attributes[key] = AttributeValue(inferring: value)
      }
      self = SubtitleParser.transcript(
        reading: reading, id: fallbackID, format: format, attributes: attributes, speakerMap: map)
      if format == .vtt { readNoScribeNote(in: decoded.text) }
      let spoken = Set(speakers.map { $0.lowercased() })
      for label in map.labels where !spoken.contains(label.lowercased()) {
        diagnostics.append(
          .warning("speaker map names '\(label)', who never speaks in this transcript"))
      }
    }
    addCommonFindings()
  }

  /// Decodes a file that `read` reads into the text's own storage (see
  /// ``DecodedText/init(capacity:filling:)``), with the errors of
  /// ``init(parsing:format:fallbackID:participants:diagnostics:)``.
  ///
  /// - Returns: nil when `read` returned nil.
  static func decodedText(
    size: Int, reading read: (UnsafeMutableBufferPointer<UInt8>) -> Int?
  ) -> Result<DecodedText, TranscriptError>? {
    var count = 0
    do {
      // One byte more than the size, so that a file that grew shows.
      guard
        let decoded = try DecodedText(
          capacity: size + 1,
          filling: {
            let read = read($0)
            count = read ?? 0
            return read
          })
      else { return nil }
      return count == 0 ? .failure(TranscriptError(.empty, "file is empty")) : .success(decoded)
    } catch {
      return .failure(TranscriptError(.binary, error.message, at: error.position))
    }
  }

  /// The text that the turns' ``Turn/sourceRanges`` refer to.
  ///
  /// For plain text and subtitles it is the file decoded and normalised
  /// (``DecodedText``); for a Word file, the document's paragraphs one a line,
  /// as they were read for the turns.
  ///
  /// - Throws: ``TranscriptError`` for an empty or binary file, or a Word file
  ///   that cannot be read.
  public static func sourceText(of bytes: [UInt8], format: TranscriptFormat) throws(TranscriptError)
    -> String
  {
    if format == .docx {
      return try DocxReader.paragraphs(in: bytes).joined(separator: "\n")
    }
    if format == .html {
      return try HTMLTranscriptReader.sourceText(of: bytes)
    }
    guard !bytes.isEmpty else { throw TranscriptError(.empty, "file is empty") }
    do {
      return try DecodedText(decoding: bytes).text
    } catch {
      throw TranscriptError(.binary, error.message, at: error.position)
    }
  }

  /// Reads noScribe's WebVTT header (`WEBVTT <title>` and a `NOTE`
  /// naming noScribe) as attributes, and notes its overlaps.
  private mutating func readNoScribeNote(in file: String) {
    guard file.hasPrefix("WEBVTT"), let note = file.range(of: "\nNOTE"),
      file.distance(from: file.startIndex, to: note.lowerBound) < 4096
    else { return }
    let noteText = file[note.upperBound...].drop { $0 == "\n" || $0 == " " }
      .prefix { $0 != "\n" }
    guard NoScribeHeader.isCredit(noteText) else { return }
    let firstLine = file.prefix { $0 != "\n" }.dropFirst("WEBVTT".count).trimmingWhitespace()
    for (key, value) in NoScribeHeader.attributes(
      title: firstLine.isEmpty ? nil : firstLine, lines: [String(noteText)])
    where attributes[key] == nil {
      attributes[key] = AttributeValue(inferring: value)
    }
    layout = .noScribe
    var bytes = text
    let overlaps = bytes.withUTF8 { PlainTextParser.overlapLines(in: $0, lines: lines) }
    if let first = overlaps.first {
      findings.append(NoScribeHeader.overlapFinding(count: overlaps.count, line: first))
    }
  }

  /// The lines of the first unresolved merge conflict in `text`.
  ///
  /// A conflict is a line starting `<<<<<<<`, then `=======` and a later
  /// `>>>>>>>`, each at a line's start; `nil` when there is none. One pass
  /// over the bytes.
  static func mergeConflict(in text: String) -> ClosedRange<Int>? {
    var text = text
    return text.withUTF8 { bytes -> ClosedRange<Int>? in
      var line = 1
      var opening: Int?
      var middle = false
      var index = 0
      func runOf(_ byte: UInt8, at start: Int) -> Bool {
        guard start + 7 <= bytes.count else { return false }
        for offset in 0..<7 where bytes[start + offset] != byte { return false }
        return start + 7 == bytes.count || bytes[start + 7] != byte
      }
      while index < bytes.count {
        if opening == nil {
          if bytes[index] == 0x3C, runOf(0x3C, at: index) { opening = line }
        } else if !middle {
          if bytes[index] == 0x3D, runOf(0x3D, at: index) { middle = true }
        } else if bytes[index] == 0x3E, runOf(0x3E, at: index), let opening {
          return opening...line
        }
        // On to the next line (`memchr` scans many bytes at a time).
        guard let base = bytes.baseAddress,
          let lineFeed = memchr(base + index, 0x0A, bytes.count - index)
        else { return nil }
        index = base.distance(to: lineFeed.assumingMemoryBound(to: UInt8.self)) + 1
        line += 1
      }
      return nil
    }
  }
}
