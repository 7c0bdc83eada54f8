import Foundation

/// Compiling and running the `re:` patterns with Foundation's
/// `NSRegularExpression`, case-insensitively.
enum KeywordRegex {
  /// Compiles an expression case-insensitively, or returns `nil` if it is
  /// invalid.
  static func compile(_ expression: String) -> NSRegularExpression? {
    try? NSRegularExpression(pattern: expression, options: [.caseInsensitive])
  }

  /// Why an expression does not compile, or `nil` if it does.
  ///
  /// Foundation's own error only says "the value is invalid", so the reason
  /// comes from the standard library's regex parser when it rejects the
  /// expression too.
  static func compilationError(_ expression: String) -> String? {
    if compile(expression) != nil { return nil }
    do {
      _ = try Regex(expression)
    } catch {
      return String(describing: error)
    }
    return "not a valid ICU regular expression"
  }

  /// Every non-empty match of `regex` in `text[range]`, as UTF-8 byte
  /// ranges into `text`.
  ///
  /// - Parameters:
  ///   - regex: The compiled expression.
  ///   - text: The UTF-8 bytes of the whole text.
  ///   - range: The byte range to search, on scalar boundaries.
  /// - Returns: The matches in the order the expression finds them.
  static func matches(
    of regex: NSRegularExpression, in text: UnsafeBufferPointer<UInt8>, range: Range<Int>
  ) -> [Range<Int>] {
    matches(of: regex, in: text, range: range, timeLimit: nil).ranges
  }

  /// Every non-empty match of `regex` in `text[range]`, as UTF-8 byte
  /// ranges into `text`, searching at most `timeLimit` for each match.
  ///
  /// - Returns: The matches found, and whether the search was stopped because
  ///   one match took longer than `timeLimit` (catastrophic backtracking,
  ///   as in `(a+)+b` on a run of `a`s); the matches after that place are
  ///   then not searched.
  static func matches(
    of regex: NSRegularExpression, in text: UnsafeBufferPointer<UInt8>, range: Range<Int>,
    timeLimit: Duration?
  ) -> (ranges: [Range<Int>], stalled: Bool) {
    let piece = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
    // utf8Offsets[k] is the UTF-8 offset of UTF-16 offset k in the piece.
    var utf8Offsets: [Int] = []
    utf8Offsets.reserveCapacity(piece.utf16.count + 1)
    var utf8Offset = 0
    for scalar in piece.unicodeScalars {
      let length16 = UTF16.width(scalar)
      for _ in 0..<length16 { utf8Offsets.append(utf8Offset) }
      utf8Offset += UTF8.width(scalar)
    }
    utf8Offsets.append(utf8Offset)
    let whole = NSRange(location: 0, length: utf8Offsets.count - 1)
    var result: [Range<Int>] = []
    var stalled = false
    let clock = ContinuousClock()
    var lastMatch = clock.now
    var calls = 0
    // With `.reportProgress` the block is also called, without a match,
    // while the engine works; the clock is read on every 64th such call.
    let options: NSRegularExpression.MatchingOptions = timeLimit == nil ? [] : [.reportProgress]
    regex.enumerateMatches(in: piece, options: options, range: whole) { match, _, stop in
      guard let match else {
        calls &+= 1
        if let timeLimit, calls & 63 == 0, clock.now - lastMatch > timeLimit {
          stalled = true
          stop.pointee = true
        }
        return
      }
      if timeLimit != nil { lastMatch = clock.now }
      let found = match.range
      guard found.location != NSNotFound, found.length > 0,
        found.location + found.length < utf8Offsets.count
      else { return }
      let lower = utf8Offsets[found.location]
      let upper = utf8Offsets[found.location + found.length]
      if lower < upper { result.append((range.lowerBound + lower)..<(range.lowerBound + upper)) }
    }
    return (result, stalled)
  }
}
