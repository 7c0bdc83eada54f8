extension Transcript {
  /// ``applying(_:)`` to this transcript and to the file it was read from:
  /// the new transcript, the map, and the edited file in its own format.
  ///
  /// The file is changed only where the replacements are, so everything
  /// else stays byte for byte: a byte order mark, CRLF line ends, text that
  /// is not in NFC, a subtitle file's cue numbers, timings, voice tags and
  /// markup. A file read as Windows-1252 is written as UTF-8. Reading the
  /// new file back gives the new transcript (a test holds every format to
  /// this).
  ///
  /// - Plain text: each replacement goes where its text is in the file.
  /// - WebVTT and SubRip: each goes into the cue its words come from, its
  ///   new text written with `&amp;`, `&lt;` and `&gt;` where needed; the
  ///   turns' ``Turn/sourceRanges`` move with it. A replacement must stay
  ///   inside one cue and must not span markup (a tag), nor change what
  ///   reads as a cue's speaker label. Rolling captions (YouTube), whose
  ///   cues repeat each other, are not rewritten.
  /// - Word: not rewritten in place; ``plainTextFile()`` writes the edited
  ///   transcript as a plain-text file instead.
  ///
  /// - Parameters:
  ///   - edit: Replacements at Unicode-scalar offsets of ``text``.
  ///   - file: The bytes this transcript was read from.
  /// - Returns: The new transcript (its source ranges into the new file),
  ///   the map from ``text`` to its text, and the new file.
  /// - Throws: ``TranscriptEditError``: what ``applying(_:)`` refuses, and
  ///   ``TranscriptEditError/Kind/crossesCue``,
  ///   ``TranscriptEditError/Kind/changesLineShape`` or
  ///   ``TranscriptEditError/Kind/notRewritable`` for what the file cannot
  ///   take.
  public func applying(_ edit: TextEdit, toFile file: [UInt8]) throws(TranscriptEditError) -> (
    transcript: Transcript, map: OffsetMap, file: [UInt8]
  ) {
    switch format {
    case .docx, .json, .html, .csv:
      let kind =
        switch format {
        case .docx: "a Word transcript"
        case .json: "a JSON transcript (Whisper, WhisperX)"
        case .html: "an HTML transcript"
        default: "a CSV transcript"
        }
      throw TranscriptEditError(
        .notRewritable,
        "\(kind) is not rewritten in place; write the edited transcript as plain text (.txt)")
    case .text:
      let source = try Self.decoded(file)
      guard source.text == text else { throw Self.notThisFile }
      let result = try applying(edit)
      let bytes = try Self.rewritten(file, edit, expected: result.transcript.text)
      return (result.transcript, result.map, bytes)
    case .vtt, .srt:
      guard layout != .rollingCaptions else {
        throw TranscriptEditError(
          .notRewritable,
          "rolling captions repeat each cue's words in the next, so the file is not rewritten in place; write the edited transcript as plain text (.txt)"
        )
      }
      // The transcript's own checks come first, in text order.
      _ = try checkedLines(of: edit)
      let source = try Self.decoded(file).text
      let sourceEdit = try subtitleEdit(for: edit, source: Array(source.unicodeScalars))
      let sourceMap: OffsetMap
      let newSource: String
      do {
        (newSource, sourceMap) = try sourceEdit.applied(to: source)
      } catch {
        throw Self.notThisFile
      }
      let result = try applying(
        edit,
        sourceRanges: { range in
          // A cue's range grows by an insertion at either of its ends.
          let lower = sourceMap.map(range.lowerBound, as: .upper) ?? range.lowerBound
          let upper = sourceMap.map(range.upperBound, as: .lower) ?? range.upperBound
          return lower..<max(lower, upper)
        })
      try checkReread(newSource, against: result.transcript)
      let bytes = try Self.rewritten(file, sourceEdit, expected: newSource)
      return (result.transcript, result.map, bytes)
    }
  }

  private static let notThisFile = TranscriptEditError(
    .notRewritable, "the file's text is not this transcript's: is it the file it was read from?")

  /// The file's text, decoded and normalised as parsing does.
  private static func decoded(_ file: [UInt8]) throws(TranscriptEditError) -> DecodedText {
    do {
      return try DecodedText(decoding: file)
    } catch {
      throw TranscriptEditError(.notRewritable, "the file cannot be read as text: \(error.message)")
    }
  }

  /// The file with `edit`, at offsets of its decoded and normalised text,
  /// applied where those offsets stand in the file itself; checked to read
  /// back as `expected`.
  static func rewritten(_ file: [UInt8], _ edit: TextEdit, expected: String)
    throws(TranscriptEditError) -> [UInt8]
  {
    // Most files are their decoded text already (UTF-8, no mark, LF, NFC).
    if let text = try? DecodedText(decoding: file).text, text.utf8.elementsEqual(file) {
      guard let edited = try? edit.applied(to: text).text, edited == expected else {
        throw notThisFile
      }
      return Array(edited.utf8)
    }
    let source: SourceText
    do {
      source = try SourceText(decoding: file)
    } catch {
      throw TranscriptEditError(.notRewritable, "the file cannot be read as text: \(error.message)")
    }
    let inverse = source.scalarMap.inverse
    var raw = TextEdit()
    for replacement in edit.replacements {
      guard let range = inverse.map(replacement.range) else { throw notThisFile }
      raw.replace(range, with: replacement.text)
    }
    let bytes: [UInt8]
    do {
      bytes = Array(try raw.applied(to: source.text).text.utf8)
    } catch {
      throw notThisFile
    }
    guard (try? DecodedText(decoding: bytes))?.text == expected else {
      throw TranscriptEditError(
        .notRewritable,
        "the edit meets characters that Unicode normalisation changes in the file, so it cannot be written there exactly"
      )
    }
    return bytes
  }

  /// Checks that the new subtitle file reads as `expected`: the same text
  /// and turns (speakers, times, lines, ranges), its labels read with the
  /// transcript's speakers as the speaker map.
  private func checkReread(_ newSource: String, against expected: Transcript)
    throws(TranscriptEditError)
  {
    var parser = SubtitleParser(text: newSource, isWebVTT: format == .vtt)
    parser.mapLabels = Set(speakers.map { $0.lowercased() })
    var diagnostics: [Diagnostic] = []
    let reread = (try? parser.read(diagnostics: &diagnostics)).map {
      SubtitleParser.transcript(
        reading: $0, id: id, format: format, attributes: [:], speakerMap: SpeakerMap())
    }
    let isSame =
      reread.map { reread in
        reread.text == expected.text && reread.turns.count == expected.turns.count
          && zip(reread.turns, expected.turns).allSatisfy { new, old in
            new.speaker == old.speaker && new.start == old.start && new.end == old.end
              && new.firstLine == old.firstLine && new.lastLine == old.lastLine
              && new.textRange == old.textRange && new.sourceRanges == old.sourceRanges
          }
      } ?? false
    guard isSame else {
      throw TranscriptEditError(
        .notRewritable,
        "the edited file would not read back as the edited transcript (its cues or speakers would be read otherwise)"
      )
    }
  }
}
