import Foundation

extension Transcript {
  /// A line an edit changes: its number, and the scalar range of its
  /// turn's words on it (first to last character not a space or tab).
  struct EditedLine {
    var line: Int
    var words: Range<Int>
    /// The first replacement on the line, for the messages.
    var first: Range<Int>
  }

  /// The lines `edit` changes, each once in order, after checking that
  /// each replacement is in bounds, overlaps none other, and lies inside
  /// the words of one line of one turn, with new text that holds no line
  /// break or control character.
  func checkedLines(of edit: TextEdit) throws(TranscriptEditError) -> [EditedLine] {
    let sorted = edit.replacements.sorted {
      ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
    }
    var edited: [EditedLine] = []
    var previous: Range<Int>?
    for replacement in sorted {
      let range = replacement.range
      guard range.lowerBound >= 0, range.upperBound <= lines.scalarCount else {
        throw editError(.rangeOutOfBounds, at: range)
      }
      if let previous,
        range.lowerBound < previous.upperBound || (range == previous && range.isEmpty)
      {
        throw editError(.overlappingReplacements, at: range)
      }
      previous = range
      for scalar in replacement.text.unicodeScalars {
        if scalar == "\n" || scalar == "\r" {
          throw editError(
            .crossesLineBreak, at: range,
            "the new text of replacement \(range.lowerBound)..<\(range.upperBound) holds a line break; edits keep every line"
          )
        }
        if (scalar.value < 0x20 && scalar != "\t")
          || (scalar == "\u{FEFF}" && range.lowerBound == 0)
        {
          throw editError(
            .invalidCharacter, at: range,
            "the new text of replacement \(range.lowerBound)..<\(range.upperBound) holds the control character U+\(String(scalar.value, radix: 16, uppercase: true))"
          )
        }
      }
      let line = lines.line(containingScalarOffset: range.lowerBound)
      if range.upperBound > lines.scalarRange(ofLine: line).upperBound {
        throw editError(.crossesLineBreak, at: range)
      }
      guard let turn = turn(around: range.lowerBound), let words = words(onLine: line, of: turn),
        words.lowerBound <= range.lowerBound, range.upperBound <= words.upperBound
      else {
        throw editError(.outsideTurnText, at: range)
      }
      if edited.last?.line != line {
        edited.append(EditedLine(line: line, words: words, first: range))
      }
    }
    return edited
  }

  /// Checks the edited lines of this transcript, whose text is `before`'s
  /// with an edit applied through `map`: each still has words, starting
  /// and ending with a character other than a space or tab, is in NFC,
  /// and (in plain text) reads as the same kind of line as before.
  func checkEditedLines(_ edited: [EditedLine], map: OffsetMap, before: Transcript)
    throws(TranscriptEditError)
  {
    let labels = Set(before.speakers.map { $0.lowercased() })
    for line in edited {
      let lower = map.map(line.words.lowerBound, as: .upper) ?? 0
      let upper = map.map(line.words.upperBound, as: .lower) ?? 0
      let words = Array(text(in: lower..<upper).unicodeScalars)
      guard let first = words.first, let last = words.last,
        !Self.isSpaceOrTab(first), !Self.isSpaceOrTab(last)
      else {
        throw before.editError(
          .changesSpacing, at: line.first,
          words.isEmpty
            ? "the edit would leave the words of line \(line.line) empty, which would change its turn"
            : "the edit would make line \(line.line) start or end with a space or tab, which would move its turn's text"
        )
      }
      let newLine = text(in: lines.scalarRange(ofLine: line.line))
      guard
        newLine.unicodeScalars.elementsEqual(
          newLine.precomposedStringWithCanonicalMapping.unicodeScalars)
      else {
        throw before.editError(
          .notNormalized, at: line.first,
          "the edited line \(line.line) is not in Unicode NFC (a combining mark at a replacement's edge, or new text written decomposed); write the new text composed"
        )
      }
      guard format == .text else { continue }
      let oldLine = before.text(in: before.lines.scalarRange(ofLine: line.line))
      if Self.shape(of: oldLine, labels: labels) != Self.shape(of: newLine, labels: labels)
        || (layout == .teamsCueBlocks
          && LineShape.isHeaderName(oldLine.trimmingCharacters(in: " \t"))
            != LineShape.isHeaderName(newLine.trimmingCharacters(in: " \t")))
      {
        throw before.editError(
          .changesLineShape, at: line.first,
          "the edit would make line \(line.line) read as another kind of line (a speaker label, header or cue timing), which would change the turns"
        )
      }
    }
  }

  /// The turn whose text range holds `offset`, either end included.
  func turn(around offset: Int) -> Turn? {
    var low = 0
    var high = turns.count
    // The first turn whose text starts after the offset.
    while low < high {
      let middle = (low + high) / 2
      if turns[middle].textRange.lowerBound <= offset { low = middle + 1 } else { high = middle }
    }
    guard low > 0, turns[low - 1].textRange.upperBound >= offset else { return nil }
    return turns[low - 1]
  }

  /// The scalar range of `turn`'s words on `line`: the part of the line in
  /// the turn's text, without spaces and tabs at either end; nil when
  /// there is none.
  func words(onLine line: Int, of turn: Turn) -> Range<Int>? {
    let lineRange = lines.scalarRange(ofLine: line)
    var lower = max(lineRange.lowerBound, turn.textRange.lowerBound)
    var upper = min(lineRange.upperBound, turn.textRange.upperBound)
    guard lower < upper else { return nil }
    // Spaces and tabs are one byte each, so bytes and scalars step together.
    var lowerByte = utf8Offset(ofScalar: lower)
    var upperByte = utf8Offset(ofScalar: upper)
    let utf8 = text.utf8
    func isSpace(_ offset: Int) -> Bool {
      let byte = utf8[utf8.index(utf8.startIndex, offsetBy: offset)]
      return byte == 0x20 || byte == 0x09
    }
    while lowerByte < upperByte && isSpace(lowerByte) {
      lowerByte += 1
      lower += 1
    }
    while upperByte > lowerByte && isSpace(upperByte - 1) {
      upperByte -= 1
      upper -= 1
    }
    return lower < upper ? lower..<upper : nil
  }

  /// What a plain-text line reads as, comparable: nil for text.
  private static func shape(of line: String, labels: Set<String>) -> String? {
    var line = line
    return line.withUTF8 { bytes -> String? in
      guard let shape = LineShape(parsing: bytes[...], mapLabels: labels) else { return nil }
      switch shape {
      case .label(let start):
        return
          "label \(start.label) \(start.kind) \(start.timestamp.map { "\($0)" } ?? "-") \(start.contentScalarOffset) \(start.isFromMap) \(start.isOneWord) \(start.isBlank)"
      case .header(let label, let time): return "header \(label ?? "-") \(time)"
      case .cueTiming(let start, let end): return "timing \(start) \(end)"
      case .footer: return "footer"
      case .event: return "event"
      }
    }
  }

  private static func isSpaceOrTab(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t"
  }
}
