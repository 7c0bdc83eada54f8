/// Matches the bytes of a CSV field to an answer on one scale.
///
/// The fast path compares the trimmed bytes with each label's UTF-8 bytes;
/// only a field that matches none is decoded and compared ignoring case, or
/// read as a level's value.
struct AnswerMatcher: Sendable {
  let scale: LikertScale
  let decimalComma: Bool
  private let levels: [(bytes: [UInt8], index: Int)]
  private let dontKnow: [[UInt8]]
  private let missing: [[UInt8]]

  init(scale: LikertScale, decimalComma: Bool) {
    self.scale = scale
    self.decimalComma = decimalComma
    levels = scale.levels.enumerated().flatMap { index, level in
      ([level.label] + level.aliases).map { (Array($0.utf8), index) }
    }
    dontKnow = scale.dontKnow.map { Array($0.utf8) }
    missing = scale.missing.map { Array($0.utf8) }
  }

  /// The answer `field` holds, or `nil` when it is not on the scale.
  func match(_ field: UnsafeBufferPointer<UInt8>) -> SurveyAnswer? {
    var start = 0
    var end = field.count
    while start < end, field[start] == 0x20 || field[start] == 0x09 { start += 1 }
    while end > start, field[end - 1] == 0x20 || field[end - 1] == 0x09 { end -= 1 }
    if start == end { return .blank }
    let bytes = UnsafeBufferPointer(rebasing: field[start..<end])
    for (label, index) in levels where AnswerMatcher.equal(bytes, label) {
      return .level(index)
    }
    for label in dontKnow where AnswerMatcher.equal(bytes, label) { return .dontKnow }
    for label in missing where AnswerMatcher.equal(bytes, label) { return .missing }
    return slowMatch(String(decoding: bytes, as: UTF8.self))
  }

  /// Labels and aliases ignoring case and runs of spaces (a no-break space
  /// counts as one), then numbers that are a level's value.
  private func slowMatch(_ text: String) -> SurveyAnswer? {
    let folded = AnswerMatcher.folded(text)
    if let index = scale.levels.firstIndex(where: { level in
      AnswerMatcher.folded(level.label) == folded
        || level.aliases.contains { AnswerMatcher.folded($0) == folded }
    }) {
      return .level(index)
    }
    if scale.dontKnow.contains(where: { AnswerMatcher.folded($0) == folded }) { return .dontKnow }
    if scale.missing.contains(where: { AnswerMatcher.folded($0) == folded }) { return .missing }
    let number = decimalComma ? String(text.map { $0 == "," ? "." : $0 }) : text
    if let value = Double(number), value.isFinite,
      let index = scale.levels.firstIndex(where: { $0.value == value })
    {
      return .level(index)
    }
    return nil
  }

  /// `text` in lower case with no-break spaces as spaces, runs of spaces
  /// made one, and no spaces at either end: how answers are compared
  /// when their bytes differ.
  static func folded(_ text: String) -> String {
    var result = ""
    var pendingSpace = false
    for scalar in text.lowercased().unicodeScalars {
      if scalar == " " || scalar == "\u{A0}" || scalar == "\t" || scalar == "\u{202F}" {
        pendingSpace = !result.isEmpty
        continue
      }
      if pendingSpace { result.unicodeScalars.append(" ") }
      pendingSpace = false
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ label: [UInt8]) -> Bool {
    guard bytes.count == label.count else { return false }
    for index in 0..<label.count where bytes[index] != label[index] { return false }
    return true
  }
}

/// Every item's exact answer labels in one flat table, so that the reader's
/// loop over millions of cells compares bytes without copying a matcher.
struct AnswerTable {
  private struct Entry {
    var start: Int
    var count: Int
    var code: Int8
  }

  private var bytes: [UInt8] = []
  private var entries: [Entry] = []
  private var ranges: [Range<Int>] = []

  init(_ scales: [LikertScale]) {
    for scale in scales {
      let first = entries.count
      // A scale has at most `LikertScale.maximumLevels` levels, so every
      // level index fits a code (the reader refuses larger scales first).
      let labels =
        scale.levels.enumerated().flatMap { index, level in
          ([level.label] + level.aliases).map { ($0, Int8(clamping: index)) }
        }
        + scale.dontKnow.map { ($0, SurveyAnswer.dontKnow.code) }
        + scale.missing.map { ($0, SurveyAnswer.missing.code) }
      for (label, code) in labels where !label.isEmpty {
        entries.append(Entry(start: bytes.count, count: label.utf8.count, code: code))
        bytes += label.utf8
      }
      ranges.append(first..<entries.count)
    }
  }

  /// Calls `body` with a lookup of item `item`'s answer code for a field's bytes.
  func withLookup<Result>(
    _ body: ((_ item: Int, _ field: UnsafeBufferPointer<UInt8>) -> Int8?) throws -> Result
  ) rethrows -> Result {
    try bytes.withUnsafeBufferPointer { bytes in
      try entries.withUnsafeBufferPointer { entries in
        try ranges.withUnsafeBufferPointer { ranges in
          try body { item, field in
            var start = 0
            var end = field.count
            while start < end, field[start] == 0x20 || field[start] == 0x09 { start += 1 }
            while end > start, field[end - 1] == 0x20 || field[end - 1] == 0x09 { end -= 1 }
            if start == end { return SurveyAnswer.blank.code }
            let count = end - start
            search: for entry in entries[ranges[item]] where entry.count == count {
              for offset in 0..<count where bytes[entry.start + offset] != field[start + offset] {
                continue search
              }
              return entry.code
            }
            return nil
          }
        }
      }
    }
  }
}

extension AnswerTable {
  /// `bytes` without leading and trailing spaces and tabs, decoded as UTF-8.
  static func trimmedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    var start = 0
    var end = bytes.count
    while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
    while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
    return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
  }
}
