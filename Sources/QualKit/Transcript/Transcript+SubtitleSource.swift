import Foundation

extension Transcript {
  /// One cue's words as the transcript's text shows them, traced to the
  /// subtitle file.
  struct TracedCue {
    /// Where the words are in ``Transcript/text``.
    var rendered: Range<Int>
    /// The words.
    var words: [Unicode.Scalar]
    /// For each scalar of the words, the scalars of the file it is read
    /// from (one, or a whole character reference such as `&amp;`).
    var sources: [Range<Int>]
    /// For each scalar of the words, whether it is the space that joins
    /// two lines of the cue (the line break in the file).
    var isJoin: [Bool]
    /// What the cue's line shows before the words: its speaker label
    /// (`Anna: `, `[SPEAKER_00]: `), if any.
    var lead = ""
    /// Whether a WebVTT voice tag (`<v Name>`) names the cue's speaker, so
    /// that its words are never read as a speaker label.
    var hasVoice = false
  }

  /// The replacements of `edit`, at offsets of ``text``, moved to offsets
  /// of the subtitle file's decoded text `source`, their new text escaped
  /// as cue text.
  ///
  /// - Throws: ``TranscriptEditError`` when a replacement spans two cues or
  ///   a tag, would change a cue's speaker label or leave spaces at its
  ///   ends, or lies in a cue that cannot be traced to `source`.
  func subtitleEdit(for edit: TextEdit, source: [Unicode.Scalar]) throws(TranscriptEditError)
    -> TextEdit
  {
    var result = TextEdit()
    var traced: [Int: [TracedCue]] = [:]
    // The changes of each cue, by turn index and cue number.
    var edited: [[Int]: [(local: Range<Int>, text: String, range: Range<Int>)]] = [:]
    for replacement in edit.replacements {
      let range = replacement.range
      // What applying(_:) refuses is reported by it, in text order.
      guard let turn = turn(around: range.lowerBound) else { continue }
      let cues: [TracedCue]
      if let known = traced[turn.index] {
        cues = known
      } else if let found = tracedCues(of: turn, source: source) {
        cues = found
        traced[turn.index] = found
      } else {
        throw editError(
          .notRewritable, at: range,
          "the cue of replacement \(range.lowerBound)..<\(range.upperBound) cannot be traced to the file (is it the file the transcript was read from?)"
        )
      }
      guard
        let (number, cue) = cues.enumerated().first(where: {
          $0.element.rendered.lowerBound <= range.lowerBound
            && range.upperBound <= $0.element.rendered.upperBound
        })
      else {
        throw editError(
          .crossesCue, at: range,
          "replacement \(range.lowerBound)..<\(range.upperBound) spans two cues of the file, which share a line of the text"
        )
      }
      let local =
        (range.lowerBound - cue.rendered.lowerBound)..<(range.upperBound - cue.rendered.lowerBound)
      let target: Range<Int>
      if local.isEmpty {
        let at =
          local.lowerBound > 0
          ? cue.sources[local.lowerBound - 1].upperBound : cue.sources[0].lowerBound
        target = at..<at
      } else {
        target =
          cue.sources[local.lowerBound].lowerBound..<cue.sources[local.upperBound - 1].upperBound
        for index in local.dropLast() {
          let gap = source[cue.sources[index].upperBound..<cue.sources[index + 1].lowerBound]
          guard gap.allSatisfy({ $0.properties.isWhitespace }) else {
            throw editError(
              .crossesCue, at: range,
              "replacement \(range.lowerBound)..<\(range.upperBound) spans markup (a tag) in its cue; replace the words on either side of it apart"
            )
          }
        }
      }
      result.replace(target, with: Self.escapedCueText(replacement.text))
      edited[[turn.index, number], default: []].append((local, replacement.text, range))
    }
    for key in edited.keys.sorted(by: { $0.lexicographicallyPrecedes($1) }) {
      guard let cue = traced[key[0]]?[key[1]], let changes = edited[key] else { continue }
      try checkCue(cue, changes)
    }
    return result
  }

  /// Checks that a cue's words, changed by `changes` (at offsets into the
  /// words), still read as they did: no space at either end, and the same
  /// speaker label, if any, at their start.
  private func checkCue(
    _ cue: TracedCue, _ changes: [(local: Range<Int>, text: String, range: Range<Int>)]
  )
    throws(TranscriptEditError)
  {
    var words = Array(zip(cue.words, cue.isJoin))
    for change in changes.sorted(by: { $0.local.lowerBound > $1.local.lowerBound }) {
      words.replaceSubrange(change.local, with: change.text.unicodeScalars.map { ($0, false) })
    }
    let first = changes.min { $0.range.lowerBound < $1.range.lowerBound }?.range ?? cue.rendered
    func isSpace(_ index: Int) -> Bool {
      index >= 0 && index < words.count && (words[index].0 == " " || words[index].0 == "\t")
    }
    // The file's lines are read without their end spaces: none may stand
    // at the cue's ends or beside a line break in it.
    guard !words.isEmpty, !isSpace(0), !isSpace(words.count - 1),
      !words.indices.contains(where: { words[$0].1 && (isSpace($0 - 1) || isSpace($0 + 1)) })
    else {
      throw editError(
        .changesSpacing, at: first,
        "the edit would leave a cue's words empty, or put a space at a cue's end or beside a line break in it, which the file would not keep"
      )
    }
    // The label is read from the cue's line as shown, the label before the
    // words included; a voice tag's cue is never read for one (the reread
    // checks both).
    let old = SubtitleParser.speakerPrefix(
      in: cue.lead + String(String.UnicodeScalarView(cue.words)))
    let new = SubtitleParser.speakerPrefix(
      in: cue.lead + String(String.UnicodeScalarView(words.map(\.0))))
    guard cue.hasVoice || old?.name == new?.name else {
      throw editError(
        .changesLineShape, at: first,
        "the edit would change what the cue's first words read as: a speaker label ('Name:' or '[Name]') before its text"
      )
    }
  }

  /// What the cue line holding `offset` of `source` shows before it (a
  /// label such as `Anna: `), and whether the line starts with a voice tag
  /// that names a speaker (`<v Anna>`, `<v.loud Anna>`; not noScribe's
  /// overlap voice `<v //S02>`).
  static func lead(before offset: Int, in source: [Unicode.Scalar]) -> (
    text: String, hasVoice: Bool
  ) {
    var start = offset
    while start > 0 && source[start - 1] != "\n" && source[start - 1] != "\r" { start -= 1 }
    var index = start
    while index < offset && (source[index] == " " || source[index] == "\t") { index += 1 }
    var line = String.UnicodeScalarView()
    line.append(contentsOf: source[index..<offset])
    let (speaker, rest) = SubtitleParser.voice(in: String(line))
    let hasVoice = speaker.map { !$0.hasPrefix("//") } ?? false
    return (SubtitleParser.stripTags(rest), hasVoice)
  }

  /// The cues of `turn`, traced to `source`: nil when the turn's text is
  /// not its cues' visible words joined by spaces (or line breaks).
  func tracedCues(of turn: Turn, source: [Unicode.Scalar]) -> [TracedCue]? {
    let rendered = Array(text(in: turn.textRange).unicodeScalars)
    var cues: [TracedCue] = []
    var local = 0
    for (number, range) in turn.sourceRanges.enumerated() {
      guard range.lowerBound >= 0, range.upperBound <= source.count, !range.isEmpty else {
        return nil
      }
      let visible = Self.visibleWords(of: source, in: range)
      let lead = Self.lead(before: range.lowerBound, in: source)
      let end = local + visible.count
      guard end <= rendered.count, rendered[local..<end].elementsEqual(visible.lazy.map(\.scalar))
      else { return nil }
      let start = turn.textRange.lowerBound + local
      cues.append(
        TracedCue(
          rendered: start..<(start + visible.count), words: visible.map(\.scalar),
          sources: visible.map(\.source),
          isJoin: visible.map { source[$0.source.lowerBound] == "\n" },
          lead: lead.text, hasVoice: format == .vtt && lead.hasVoice))
      local = end
      if number < turn.sourceRanges.count - 1 {
        guard local < rendered.count, rendered[local] == " " || rendered[local] == "\n" else {
          return nil
        }
        local += 1
      }
    }
    return local == rendered.count && !cues.isEmpty ? cues : nil
  }

  /// The words the subtitle parser reads from `range` of a cue's text,
  /// each with the range of `source` it comes from.
  ///
  /// The parser's own steps, in its order: lines that are not blank,
  /// without their end spaces, joined by a space
  /// (``SubtitleParser/sourceOffsets(of:lines:lineStarts:)``), then markup
  /// removed and character references decoded
  /// (``SubtitleParser/visibleScalars(_:)``).
  private static func visibleWords(of source: [Unicode.Scalar], in range: Range<Int>)
    -> [(scalar: Unicode.Scalar, source: Range<Int>)]
  {
    let slice = String(String.UnicodeScalarView(source[range]))
    let lines = slice.split(separator: "\n", omittingEmptySubsequences: false)
    let starts = SubtitleParser.scalarStarts(of: lines)
    let kept = lines.indices.filter { !lines[$0].isBlank }
    let textLines = kept.map { lines[$0] }[...]
    let joined = textLines.map { $0.trimmingCharacters(in: " \t") }.joined(separator: " ")
    guard
      let offsets = SubtitleParser.sourceOffsets(
        of: joined, lines: textLines, lineStarts: kept.map { starts[$0] + range.lowerBound }[...])
    else { return [] }
    return SubtitleParser.visibleScalars(Array(joined.unicodeScalars)).map { item in
      (item.scalar, offsets[item.range.lowerBound]..<(offsets[item.range.upperBound - 1] + 1))
    }
  }

  /// Text as it must stand in a cue to be read back as it is: `&`, `<`
  /// and `>` as references, and `{` before `\` too (it would start an
  /// ASS/SSA override block).
  static func escapedCueText(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { "&<>{".unicodeScalars.contains($0) }) else {
      return text
    }
    var result = String.UnicodeScalarView()
    let scalars = Array(text.unicodeScalars)
    for (index, scalar) in scalars.enumerated() {
      switch scalar {
      case "&": result.append(contentsOf: "&amp;".unicodeScalars)
      case "<": result.append(contentsOf: "&lt;".unicodeScalars)
      case ">": result.append(contentsOf: "&gt;".unicodeScalars)
      case "{" where index + 1 < scalars.count && scalars[index + 1] == "\\":
        result.append(contentsOf: "&#123;".unicodeScalars)
      default: result.append(scalar)
      }
    }
    return String(result)
  }
}
