extension ReviewItemWriter {
  /// One screen of the review: the proposals of one turn (or span), the
  /// page of their lines that fits, and the keys.
  public struct Screen: Hashable, Sendable {
    /// The screen's text, each line ending with a line break.
    public var text: String
    /// How many pages the lines take (1 when they fit).
    public var pageCount: Int
  }

  /// What the screen shows besides the lines.
  public struct ScreenInfo: Hashable, Sendable {
    /// The proposal answered next: its 0-based place in the group.
    public var current: Int
    /// Its 1-based position among the proposals under review.
    public var position: Int
    /// How many proposals are under review.
    public var total: Int
    /// The file's progress, like `12 of 190 reviewed in Codings/auto.jsonl`.
    public var progress: String
    /// What the last action did.
    public var message: String?
    /// Whether to show what each key does.
    public var showsHelp: Bool

    /// Creates the information.
    public init(
      current: Int, position: Int, total: Int, progress: String, message: String? = nil,
      showsHelp: Bool = false
    ) {
      self.current = current
      self.position = position
      self.total = total
      self.progress = progress
      self.message = message
      self.showsHelp = showsHelp
    }
  }

  /// The keys of a screen with several proposals or pages.
  public static let moreKeysLine = "A accept all  R reject all  space next page  b previous page"

  /// Draws the proposals `group` (codings of one span, each with its code)
  /// on a screen of `width` × `height` characters, showing page `page`.
  ///
  /// The header (position, the file's progress, the codes with their
  /// status, the current code's definition and memo) and the keys are on
  /// every page; the lines between them are word-wrapped, continuation
  /// rows keeping the line-number and speaker columns blank, and split into
  /// pages. Without a size, nothing is wrapped and everything is one page.
  ///
  /// - Parameters:
  ///   - group: The items of the proposals shown (at least one), the
  ///     coding of each as it is now.
  ///   - codes: Each item's code from the codebook, if known.
  ///   - info: Positions, progress and message.
  ///   - color: Whether to use ANSI colours.
  ///   - size: The terminal's width and height, if known.
  ///   - page: The 0-based page (clamped to the last).
  /// - Returns: The screen's text and how many pages the lines take.
  public static func screen(
    _ group: [ReviewItem], codes: [Code?], info: ScreenInfo, color: Bool,
    size: (width: Int, height: Int)?, page: Int
  ) -> Screen {
    guard let item = group[safe: info.current] ?? group.first else {
      return Screen(text: "", pageCount: 1)
    }
    let width = size.map { max(40, $0.width) }
    // Every field comes from a file (labels, origins, ids, memos): each row
    // is made visible and flat, and cut by terminal cells, not characters.
    func cut(_ line: String) -> String {
      let flat = TerminalText.flat(line)
      guard let width else { return flat }
      return TerminalText.prefix(flat, columns: width)
    }
    let coding = item.coding
    let code = codes[safe: info.current] ?? nil
    var header: [String] = []
    if group.count == 1 {
      let label = code.map { " (\($0.label))" } ?? " (not in the codebook)"
      header.append(
        "[\(info.position)/\(info.total)] \(coding.transcript) \(coding.span)  code: \(coding.code)\(label)  origin: \(coding.origin)"
      )
    } else {
      header.append(
        "[\(info.position)/\(info.total)] \(coding.transcript) \(coding.span)  \(group.count) proposed codes:"
      )
      for (offset, member) in group.enumerated() {
        let label = (codes[safe: offset] ?? nil).map { " (\($0.label))" } ?? ""
        let mark = offset == info.current ? "> " : "  "
        let probability =
          member.coding.evidence.map { "  p = " + NumberFormat.fixed($0.probability, decimals: 2) }
          ?? ""
        header.append(
          "\(mark)\(offset + 1). \(member.coding.code)\(label)  origin: \(member.coding.origin)\(probability)  [\(member.coding.status.rawValue)]"
        )
      }
    }
    var progressLine = "  " + info.progress
    if let definition = code?.definition, !definition.isEmpty {
      header.append("  " + oneLine(definition, limit: (width ?? 112) - 2))
    }
    if let memo = coding.memo {
      header.append("  memo: " + oneLine(memo, limit: (width ?? 112) - 8))
    }
    if let evidence = coding.evidence {
      header.append("  model: " + oneLine(evidence.summary, limit: (width ?? 112) - 9))
    }
    if item.isFromStoredText {
      let reason =
        item.isTranscriptChanged ? "no longer fits the transcript" : "transcript not found"
      header.append("  note: \(reason); showing the text stored with the coding")
    } else if item.isTranscriptChanged {
      header.append("  note: the transcript changed since this was coded; the span may be off")
    }

    var body: [String] =
      info.showsHelp
      ? helpText.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(
        String.init)
      : bodyRows(item, color: color, width: width)
    var footer = [keyLine]
    if group.count > 1 { footer.append(moreKeysLine) }
    if let message = info.message {
      footer += message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    // The header's lines, a progress line, a blank, the body, a blank, the
    // footer; the last three rows stay free for a memo prompt and the cursor.
    var pageCount = 1
    var page = max(0, page)
    if let size {
      let fixed = header.count + 2 + 1 + footer.count + (footer.contains(moreKeysLine) ? 0 : 1)
      let rows = max(3, size.height - 3 - fixed)
      pageCount = max(1, (body.count + rows - 1) / rows)
      page = min(page, pageCount - 1)
      body = Array(body.dropFirst(page * rows).prefix(rows))
      if pageCount > 1 {
        if !footer.contains(moreKeysLine) { footer.insert(moreKeysLine, at: 1) }
        progressLine += "  page \(page + 1)/\(pageCount)"
      }
    }
    header.insert(progressLine, at: group.count == 1 ? 1 : 1 + group.count)
    var text = ""
    for (offset, line) in header.enumerated() {
      let shown = cut(line)
      text += (offset == 0 && color ? bold(shown) : shown) + "\n"
    }
    text += "\n"
    for row in body { text += row + "\n" }
    text += "\n"
    for line in footer { text += cut(line) + "\n" }
    return Screen(text: text, pageCount: pageCount)
  }

  /// The rows of an item's lines: numbered, with the speaker, word-wrapped
  /// to `width` terminal cells (continuation rows with the columns blank).
  ///
  /// Tabs are expanded to spaces (to every fourth column of the text), so
  /// that the terminal's own tab stops cannot push a row past the edge.
  static func bodyRows(_ item: ReviewItem, color: Bool, width: Int?) -> [String] {
    let lastNumber = item.lines.last?.number ?? 1
    let numberWidth = max(3, String(lastNumber).count)
    let speakers = item.lines.map { TerminalText.flat($0.speaker ?? "") }
    let speakerWidth = max(1, min(12, speakers.map { TerminalText.columns(of: $0) }.max() ?? 1))
    let prefixWidth = 2 + numberWidth + 2 + speakerWidth + 3
    let continuation =
      "  " + String(repeating: " ", count: numberWidth + 2 + speakerWidth) + " | "
    let textWidth = width.map { max(10, $0 - prefixWidth) }
    var rows: [String] = []
    for (line, speakerName) in zip(item.lines, speakers) {
      let number = String(line.number)
      let speaker = TerminalText.prefix(speakerName, columns: speakerWidth)
      var row = line.segment == nil ? "  " : "> "
      row += String(repeating: " ", count: numberWidth - number.count) + number + "  "
      row +=
        speaker
        + String(repeating: " ", count: max(0, speakerWidth - TerminalText.columns(of: speaker)))
        + " | "
      let (scalars, place) = expandingTabs(TerminalText.visible(line.text))
      let segment = line.segment.map { place($0.lowerBound)..<place($0.upperBound) }
      let highlights = line.highlights.map { place($0.lowerBound)..<place($0.upperBound) }
      let showsBounds = segment.map { !color && isPartial($0, of: scalars) } ?? false
      var markers = highlights.flatMap { [$0.lowerBound, $0.upperBound] }
      if showsBounds, let segment { markers += [segment.lowerBound, segment.upperBound] }
      let pieces =
        textWidth.map { wrap(scalars, width: $0, markers: color ? [] : markers) }
        ?? [0..<scalars.count]
      for (offset, piece) in pieces.enumerated() {
        rows.append(
          (offset == 0 ? row : continuation)
            + marked(
              scalars, in: piece, segment: segment, highlights: highlights, color: color,
              showsBounds: showsBounds))
      }
    }
    return rows
  }

  /// `text`'s scalars with each tab replaced by the spaces up to the next
  /// multiple of 4 columns, and a function mapping a scalar offset of
  /// `text` to its offset in the result.
  static func expandingTabs(_ text: String) -> ([Unicode.Scalar], (Int) -> Int) {
    let scalars = Array(text.unicodeScalars)
    guard scalars.contains("\t") else { return (scalars, { $0 }) }
    var expanded: [Unicode.Scalar] = []
    var places: [Int] = []
    var column = 0
    for scalar in scalars {
      places.append(expanded.count)
      if scalar == "\t" {
        let spaces = 4 - column % 4
        expanded += repeatElement(" ", count: spaces)
        column += spaces
      } else {
        expanded.append(scalar)
        column += TerminalText.columns(of: scalar)
      }
    }
    places.append(expanded.count)
    return (expanded, { places[min(max(0, $0), places.count - 1)] })
  }

  /// Splits `scalars` into rows of at most `width` terminal cells (a wide
  /// character takes two, a combining mark none).
  ///
  /// Rows break at spaces where possible (a word longer than a row is cut);
  /// the space a row is broken at is left out. Each of `markers` takes a
  /// column too.
  static func wrap(_ scalars: [Unicode.Scalar], width: Int, markers: [Int] = []) -> [Range<Int>] {
    guard !scalars.isEmpty else { return [0..<0] }
    var marks = [Int](repeating: 0, count: scalars.count + 1)
    for position in markers where position >= 0 && position <= scalars.count {
      marks[position] += 1
    }
    var rows: [Range<Int>] = []
    var start = 0
    while start < scalars.count {
      var used = 0
      var end = start
      var lastSpace: Int?
      while end < scalars.count {
        // A hit cut by the row's end gets a bracket on each side of the cut.
        let cells = TerminalText.columns(of: scalars[end])
        let cost = cells + marks[end] + (markers.isEmpty ? 0 : 1)
        if used + cost > width && end > start { break }
        used += cells + marks[end]
        if scalars[end].properties.isWhitespace { lastSpace = end }
        end += 1
      }
      if end < scalars.count, let space = lastSpace, space > start {
        rows.append(start..<space)
        start = space + 1
      } else {
        rows.append(start..<end)
        start = end
      }
    }
    return rows
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
