/// Reads transcripts saved as HTML: Word's "Save as HTML", noScribe's
/// HTML, and pages of one paragraph a `<p>`.
///
/// The page is decoded in the charset its `<meta>` declares (Word writes
/// `windows-1252`; UTF-8 when none is declared) and its visible text read
/// block by block (``HTMLText``), so that markup and character references
/// never reach the text. A noScribe page (anchors named `ts_<start>_<end>_<speaker>`)
/// is read by its anchors (``NoScribeHTML``). Any other page is read like a
/// Word document: its paragraphs, one a line, as the lines of a plain-text
/// transcript; a paragraph that starts with bold text followed by a tab or
/// a colon (`<b>Interviewer:</b>`, `<b>INT</b><tab>`) starts a turn of that
/// speaker, and a table row of a short speaker cell and a text cell reads
/// as `Speaker: text`.
enum HTMLTranscriptReader {
  /// The charsets read as Windows-1252 (HTML reads Latin-1 and ASCII so too).
  private static let windows1252Names: Set<String> = [
    "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "l1",
    "iso-8859-15", "us-ascii", "ascii",
  ]

  /// What a page gives a transcript.
  struct Page {
    var html: HTMLText
    /// The paragraphs, labels written as `Speaker: text`.
    var paragraphs: [String]
    /// The labels read from bold starts and table rows.
    var knownLabels: [String]
    /// How many paragraphs start with a bold label.
    var boldLabels: Int
  }

  /// Decodes a page's bytes in the charset it declares.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - isDecoded: Whether `bytes` are UTF-8 already decoded from the
  ///     file, whose declared charset then no longer applies.
  ///   - diagnostics: Receives a warning for a charset QualKit does not read.
  /// - Returns: The decoded, normalised text.
  /// - Throws: ``TranscriptError`` for an empty or binary file.
  static func decode(
    _ bytes: [UInt8], isDecoded: Bool = false, diagnostics: inout [Diagnostic]
  ) throws(TranscriptError) -> String {
    guard !bytes.isEmpty else { throw TranscriptError(.empty, "file is empty") }
    var input = bytes
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      // "Unicode" HTML from Word: UTF-16 with a byte order mark.
      let isLittle = bytes[0] == 0xFF
      var units: [UInt16] = []
      units.reserveCapacity(bytes.count / 2)
      var index = 2
      while index + 1 < bytes.count {
        let pair = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
        units.append(isLittle ? pair.0 | pair.1 << 8 : pair.0 << 8 | pair.1)
        index += 2
      }
      input = Array(String(decoding: units, as: UTF16.self).utf8)
    } else if !isDecoded, let charset = HTMLText.declaredCharset(in: bytes) {
      if windows1252Names.contains(charset) {
        input = Windows1252.utf8(from: bytes)
      } else if charset != "utf-8" && charset != "utf8" && charset != "unicode" {
        diagnostics.append(
          .warning(
            "the page declares charset '\(charset)', which QualKit does not read; read it as UTF-8 (save the page as UTF-8 to be sure of its text)",
            at: SourcePosition(line: 1)))
      }
    }
    do {
      let decoded = try DecodedText(decoding: input)
      diagnostics += decoded.diagnostics
      return decoded.text
    } catch {
      throw TranscriptError(.binary, error.message, at: error.position)
    }
  }

  /// The page in `bytes`, its paragraphs and labels.
  static func page(
    _ bytes: [UInt8], isDecoded: Bool = false, diagnostics: inout [Diagnostic]
  ) throws(TranscriptError) -> Page {
    let text = try decode(bytes, isDecoded: isDecoded, diagnostics: &diagnostics)
    let html = HTMLText(parsing: text)
    for warning in html.warnings {
      diagnostics.append(.warning(warning.message, at: warning.position))
    }
    var paragraphs: [String] = []
    var labels: [String] = []
    var boldLabels = 0
    var index = 0
    let blocks = html.blocks
    while index < blocks.count {
      let block = blocks[index]
      // A table row of a speaker cell and a text cell.
      if block.cell == 0, index + 1 < blocks.count, blocks[index + 1].cell == 1,
        blocks[index + 1].row == block.row,
        index + 2 >= blocks.count || blocks[index + 2].row != block.row,
        let label = speakerCell(block.text)
      {
        paragraphs.append("\(label): \(blocks[index + 1].text)")
        labels.append(label)
        index += 2
        continue
      }
      if block.boldPrefix > 0, let (label, rest) = boldLabel(block) {
        paragraphs.append(rest.isEmpty ? "\(label):" : "\(label): \(rest)")
        labels.append(label)
        boldLabels += 1
      } else {
        paragraphs.append(block.text)
      }
      index += 1
    }
    var seen = Set<String>()
    return Page(
      html: html, paragraphs: paragraphs, knownLabels: labels.filter { seen.insert($0).inserted },
      boldLabels: boldLabels)
  }

  /// Reads the transcript in `bytes`.
  static func transcript(
    bytes: [UInt8], isDecoded: Bool = false, id: String, participants: ParticipantTable?,
    diagnostics: inout [Diagnostic]
  ) throws(TranscriptError) -> Transcript {
    let page = try page(bytes, isDecoded: isDecoded, diagnostics: &diagnostics)
    if NoScribeHTML.isNoScribe(page.html) {
      return try NoScribeHTML.transcript(
        page: page, id: id, participants: participants, diagnostics: &diagnostics)
    }
    guard !page.paragraphs.isEmpty else {
      throw TranscriptError(.noText, "the page has no text")
    }
    var parser = PlainTextParser(
      text: page.paragraphs.joined(separator: "\n"), fallbackID: id, participants: participants)
    parser.knownLabels = page.knownLabels
    let parsed = try parser.parse(format: .html, diagnostics: &diagnostics)
    var transcript = TurnRenderer.transcript(
      turns: parsed.turns.filter { $0.speaker != nil || !$0.hasNoText }.map {
        TurnRenderer.Item(
          speaker: $0.speaker, role: $0.role, start: $0.start, end: $0.end, pieces: [$0.text],
          sourceRanges: $0.sourceRanges)
      }, id: parsed.id, format: .html, attributes: parsed.attributes, pieceName: "paragraph")
    if transcript.attributes["title"] == nil, let title = page.html.title, !title.isEmpty {
      transcript.attributes["title"] = .text(title)
    }
    transcript.layout = page.boldLabels >= 2 ? .htmlBoldLabels : parsed.layout
    transcript.findings = parsed.findings + transcript.findings
    return transcript
  }

  /// The text that the turns' source ranges refer to: the paragraphs one a line.
  static func sourceText(of bytes: [UInt8]) throws(TranscriptError) -> String {
    var diagnostics: [Diagnostic] = []
    let page = try page(bytes, diagnostics: &diagnostics)
    if NoScribeHTML.isNoScribe(page.html) {
      return page.html.blocks.map(\.text).joined(separator: "\n")
    }
    return page.paragraphs.joined(separator: "\n")
  }

  /// The label of a block that starts with bold text followed by a tab or
  /// a colon, and the rest of the block.
  private static func boldLabel(_ block: HTMLText.Block) -> (String, String)? {
    let scalars = Array(block.text.unicodeScalars)
    var bold = ""
    bold.unicodeScalars.append(contentsOf: scalars[..<block.boldPrefix])
    var rest = ""
    rest.unicodeScalars.append(contentsOf: scalars[block.boldPrefix...])
    rest = rest.trimmingWhitespace()
    var label = bold.trimmingWhitespace()
    var hasColon = false
    if label.hasSuffix(":") {
      label = String(label.dropLast()).trimmingWhitespace()
      hasColon = true
    } else if rest.hasPrefix(":") {
      rest = String(rest.dropFirst()).trimmingWhitespace()
      hasColon = true
    }
    guard hasColon || block.isTabAfterBold, !label.isEmpty, !label.contains(":"),
      label.unicodeScalars.count <= SpeakerLabel.maximumLength,
      SpeakerLabel.isNameLike(label) || SpeakerLabel.isMaskedPhoneNumber(label)
        || label.split(separator: " ").count == 1
    else { return nil }
    return (label, rest)
  }

  /// The label in a table's speaker cell, if the cell holds one: a short
  /// name-like text, optionally ending in a colon.
  private static func speakerCell(_ text: String) -> String? {
    var label = text.trimmingWhitespace()
    if label.hasSuffix(":") { label = String(label.dropLast()).trimmingWhitespace() }
    guard !label.isEmpty, label.unicodeScalars.count <= 40,
      SpeakerLabel.isNameLike(label) || SpeakerLabel.isMaskedPhoneNumber(label)
    else { return nil }
    return label
  }
}
