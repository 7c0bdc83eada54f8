/// Draws review items as text: header, code definition, numbered lines
/// with the segment marked and its keyword hits highlighted, and the keys
/// (see ``screen(_:codes:info:color:size:page:)``).
///
/// With colour, context is dim and hits are bold reverse video; without it
/// (not a terminal, or `NO_COLOR`), hits are put in `[brackets]` and a
/// segment that starts or ends inside a line is put in `«…»`. Lines of the
/// segment are marked `>` either way.
public enum ReviewItemWriter {
  /// The line that lists the keys.
  public static let keyLine =
    "a accept  r reject  s skip  c change code  m memo  u undo last  q quit  ? help"

  /// What each key does, shown for `?`.
  public static let helpText = """
    a  accept the proposed coding
    r  reject it (it stays in the file as rejected, so auto-coding will not
       propose it again)
    s  skip it for now (it stays proposed)
    A  accept every code of the screen not answered yet (R rejects them)
    c  change its code: the proposal is kept as rejected, and a manual coding
       of the same span with the new code is added as accepted (type the
       start of an id or label; Tab completes, arrow keys choose)
    m  write its memo (an empty line keeps the memo, '-' removes it; arrow
       keys, Home, End and Backspace edit the line)
    space, b  the next and the previous page of a long turn
    u  undo the last answer and go back to it
    q  quit (Ctrl-C and Ctrl-D too); every answer is saved as it is given

    """

  /// A line's text with its segment and hits marked.
  public static func marked(_ line: ReviewItem.Line, color: Bool) -> String {
    let scalars = Array(TerminalText.visible(line.text).unicodeScalars)
    return marked(
      scalars, in: 0..<scalars.count, segment: line.segment, highlights: line.highlights,
      color: color, showsBounds: line.segment.map { !color && isPartial($0, of: scalars) } ?? false)
  }

  /// The part `range` of a line's scalars with the line's segment and hits
  /// marked (offsets are the line's); a part of a wrapped line.
  static func marked(
    _ scalars: [Unicode.Scalar], in range: Range<Int>, segment: Range<Int>?,
    highlights: [Range<Int>], color: Bool, showsBounds: Bool
  ) -> String {
    func text(_ part: Range<Int>) -> String {
      var run = ""
      run.unicodeScalars.append(contentsOf: scalars[part])
      return run
    }
    guard let segment else {
      return color ? dim(text(range)) : text(range)
    }
    // 0: outside the segment, 1: in the segment, 2: a hit.
    func kind(_ offset: Int) -> Int {
      if highlights.contains(where: { $0.contains(offset) }) { return 2 }
      return segment.contains(offset) ? 1 : 0
    }
    var output = ""
    var start = range.lowerBound
    while start <= range.upperBound {
      if showsBounds && start == segment.lowerBound && start < range.upperBound { output += "«" }
      if showsBounds && start == segment.upperBound && start > segment.lowerBound
        && start > range.lowerBound
      {
        output += "»"
      }
      guard start < range.upperBound else { break }
      let startKind = kind(start)
      var end = start + 1
      while end < range.upperBound && kind(end) == startKind && end != segment.lowerBound
        && end != segment.upperBound
      {
        end += 1
      }
      let run = text(start..<end)
      switch (startKind, color) {
      case (0, true): output += dim(run)
      case (2, true): output += "\u{1B}[1;7m" + run + "\u{1B}[0m"
      case (2, false): output += "[" + run + "]"
      default: output += run
      }
      start = end
    }
    return output
  }

  /// Whether the segment leaves out words of its line other than a speaker label.
  static func isPartial(_ segment: Range<Int>, of scalars: [Unicode.Scalar]) -> Bool {
    var before = ""
    before.unicodeScalars.append(contentsOf: scalars[0..<min(segment.lowerBound, scalars.count)])
    var after = ""
    after.unicodeScalars.append(contentsOf: scalars[min(segment.upperBound, scalars.count)...])
    let prefix = before.trimmingWhitespace()
    let isLabel =
      prefix.hasSuffix(":") && !prefix.unicodeScalars.contains { $0.properties.isWhitespace }
    return !(prefix.isEmpty || isLabel) || !after.trimmingWhitespace().isEmpty
  }

  /// `text` on one line, cut at `limit` characters with an ellipsis.
  public static func oneLine(_ text: String, limit: Int) -> String {
    let flat = TerminalText.visible(text).split(whereSeparator: { $0 == "\n" || $0 == "\t" })
      .joined(separator: " ")
    return flat.count <= limit ? flat : flat.prefix(limit - 1) + "…"
  }

  public static func bold(_ text: String) -> String { "\u{1B}[1m" + text + "\u{1B}[0m" }

  public static func dim(_ text: String) -> String { "\u{1B}[2m" + text + "\u{1B}[0m" }
}
