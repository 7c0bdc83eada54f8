extension SubtitleParser {
  /// A cue block: where it starts, its timing line and its text lines (as
  /// indices into the file's lines; lines holding only spaces left out).
  struct Block {
    var first: Int
    var timing: Int
    var textLines: [Int]
  }

  /// The cue blocks of a file, without WebVTT's header, `NOTE`, `STYLE` and
  /// `REGION` blocks.
  ///
  /// A WebVTT cue ends at an empty line, as the format says; a line of
  /// spaces ends it only when a new cue (a timing line, or an id and a
  /// timing line) or the end of the file follows, so that YouTube's cues,
  /// whose text often starts or ends with a line holding one space, stay
  /// whole. A SubRip cue ends at any blank line.
  ///
  /// - Throws: ``TranscriptError`` for a missing `WEBVTT` header or a block
  ///   without a timing line in its first two lines.
  static func blocks(of lines: [Substring], isWebVTT: Bool) throws(TranscriptError) -> [Block] {
    var index = 0
    if isWebVTT {
      guard let first = lines.first, first.hasPrefix("WEBVTT"),
        first.count == 6 || first.dropFirst(6).first == " " || first.dropFirst(6).first == "\t"
      else {
        throw TranscriptError(
          .missingHeader,
          "missing 'WEBVTT' header: a WebVTT file must start with the line 'WEBVTT'",
          at: SourcePosition(line: 1))
      }
      index = 1
      // The header block runs to the first blank line.
      while index < lines.count && !lines[index].isBlank { index += 1 }
    }
    func isTiming(_ line: Int) -> Bool { line < lines.count && lines[line].contains("-->") }
    func endsCue(at line: Int) -> Bool {
      if lines[line].isEmpty || !isWebVTT { return lines[line].isBlank }
      guard lines[line].isBlank else { return false }
      let next = line + 1
      return next >= lines.count || isTiming(next)
        || (!lines[next].isBlank && isTiming(next + 1))
    }
    var blocks: [Block] = []
    while index < lines.count {
      while index < lines.count && lines[index].isBlank { index += 1 }
      guard index < lines.count else { break }
      let blockStart = index
      while index < lines.count && !endsCue(at: index) { index += 1 }
      let block = lines[blockStart..<index]
      if isWebVTT, let first = block.first,
        first.hasPrefix("NOTE") || first.hasPrefix("STYLE") || first.hasPrefix("REGION")
      {
        continue
      }
      guard let timing = block.firstIndex(where: { $0.contains("-->") }),
        timing - blockStart <= 1
      else {
        throw TranscriptError(
          .malformedTiming,
          "expected a cue timing line like '00:00:01\(isWebVTT ? "." : ",")000 --> 00:00:04\(isWebVTT ? "." : ",")000'",
          at: SourcePosition(line: blockStart + 1))
      }
      blocks.append(
        Block(
          first: blockStart, timing: timing,
          textLines: ((timing + 1)..<index).filter { !lines[$0].isBlank }))
    }
    return blocks
  }

  /// For rolling captions (YouTube's auto-captions, where each cue repeats
  /// the line shown before it), how many leading text lines of each block
  /// repeat the block before; nil when the file does not roll.
  ///
  /// A file rolls when at least two cues of two or more lines, and at least
  /// a third of all cues, start with the previous cue's last line (markup
  /// removed; a cue with a voice tag does not roll).
  static func rollingRepeats(_ blocks: [Block], lines: [Substring]) -> [Int]? {
    let visible = blocks.map { block in
      block.textLines.map { stripTags(String(lines[$0])).trimmingCharacters(in: " \t") }
    }
    var starts = 0
    for (index, (previous, current)) in zip(visible, visible.dropFirst()).enumerated() {
      // A rolling cue shows the line before and a new one; a voice tag is Teams'.
      guard current.count >= 2, let last = previous.last, let first = current.first,
        !first.isEmpty, first == last,
        !lines[blocks[index + 1].textLines[0]].hasPrefix("<v")
      else { continue }
      starts += 1
    }
    guard starts >= 2, starts * 3 >= blocks.count else { return nil }
    var repeats = [0]
    for (previous, current) in zip(visible, visible.dropFirst()) {
      let shown = Set(previous)
      var count = 0
      while count < current.count && shown.contains(current[count]) { count += 1 }
      repeats.append(count)
    }
    return repeats
  }
}
