// Checking each match of the automaton: where it starts, word boundaries,
// stem ends, and decoding the scalars around it.
extension KeywordMatcher {
  /// What a match of one key needs checked.
  struct KeyInfo {
    /// The key's length in folded bytes.
    var length: Int
    /// Whether the key is free of spaces, so that where the text is ASCII a
    /// key of *n* bytes covers exactly *n* bytes of it.
    var hasNoSpace: Bool
    /// The key's rules are `keyRules[firstRule..<endRule]`.
    var firstRule: Int
    var endRule: Int
  }

  /// One rule of a key, with what a hit of it needs.
  struct KeyRule {
    var rule: Int
    var code: Int
    var isStem: Bool
  }

  /// Checks the keys ending at an output state and records their hits.
  ///
  /// Whether the match ends at a word boundary and where a stem's word ends
  /// depend only on where the match ends, so each is found at most once,
  /// when a key first needs it.
  func report(
    _ state: Int, _ match: MatchEnd, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    _ raw: inout [RawHit]
  ) {
    let output = automaton.outputIndex(of: state)
    let first = Int(automaton.outputStarts[output])
    let last = Int(automaton.outputStarts[output + 1])
    let scalarEnd = match.scalarEnd - match.continuations
    var endsAtBoundary: Bool?
    var stemEnd = (utf8: -1, scalar: -1)
    for slot in first..<last {
      let info = keyInfo[Int(automaton.outputKeys[slot])]
      guard let (start, inside) = matchStart(info, match, text, range) else { continue }
      if start > range.lowerBound, isWord(before: start, text, lower: range.lowerBound) {
        continue
      }
      let scalarStart = start - (match.continuations - inside)
      for index in info.firstRule..<info.endRule {
        let entry = keyRules[index]
        if entry.isStem {
          if stemEnd.utf8 < 0 {
            let (end, skipped) = wordEnd(from: match.scalarEnd, text, range)
            stemEnd = (end, scalarEnd + (end - match.scalarEnd) - skipped)
          }
          raw.append(
            RawHit(
              start: start, end: stemEnd.utf8, scalarStart: scalarStart, scalarEnd: stemEnd.scalar,
              code: entry.code, rule: entry.rule))
          continue
        }
        if endsAtBoundary == nil {
          endsAtBoundary =
            match.usedBytes == match.foldedLength
            && (match.scalarEnd >= range.upperBound
              || !isWord(at: match.scalarEnd, text, end: range.upperBound))
        }
        if endsAtBoundary == true {
          raw.append(
            RawHit(
              start: start, end: match.scalarEnd, scalarStart: scalarStart, scalarEnd: scalarEnd,
              code: entry.code, rule: entry.rule))
        }
      }
    }
  }

  /// The original byte offset where a key that ended at `match` starts, and
  /// the continuation bytes from there to the match's end; `nil` if the key
  /// starts inside the folded form of a scalar.
  ///
  /// The automaton has already compared the bytes, so this only walks back
  /// over as many scalars as the key's folded length covers, taking a run
  /// of whitespace as the one space it folds to.
  private func matchStart(
    _ info: KeyInfo, _ match: MatchEnd, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>
  ) -> (start: Int, continuations: Int)? {
    if info.hasNoSpace, match.scalarEnd - match.scalarStart == 1 {
      // Fast path: an all-ASCII stretch folds byte for byte.
      let start = match.scalarEnd - info.length
      if start >= range.lowerBound, Self.isASCII(text, start..<match.scalarEnd) {
        return (start, 0)
      }
    }
    var remaining = info.length - match.usedBytes
    var start = match.scalarStart
    while remaining > 0 {
      guard start > range.lowerBound else { return nil }
      let byte = text[start - 1]
      if byte < 0x80, fold.ascii[Int(byte)] != 0x20 {
        // ASCII other than whitespace folds to one byte.
        start -= 1
        remaining -= 1
        continue
      }
      let (value, length) = Self.decodeBackward(text, before: start, lower: range.lowerBound)
      start -= length
      if isWhitespace(value) {
        while start > range.lowerBound {
          let (previous, previousLength) = Self.decodeBackward(
            text, before: start, lower: range.lowerBound)
          if !isWhitespace(previous) { break }
          start -= previousLength
        }
        remaining -= 1
      } else {
        remaining -= foldedLength(value, utf8Length: length)
      }
    }
    guard remaining == 0 else { return nil }
    return (start, SWAR.continuationCount(text, start..<match.scalarEnd))
  }

  /// Whether every byte in `range` is ASCII, tested eight bytes at a time.
  ///
  /// A range of at most eight bytes that ends eight or more bytes into the
  /// text is tested with one load of the eight bytes that end where it
  /// ends, the bytes before it masked off.
  static func isASCII(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    guard let base = text.baseAddress else { return true }
    let highBits: UInt64 = 0x8080_8080_8080_8080
    var end = range.upperBound
    while end - range.lowerBound >= 8 {
      let word = UnsafeRawPointer(base + end - 8).loadUnaligned(as: UInt64.self)
      if word & highBits != 0 { return false }
      end -= 8
    }
    let rest = end - range.lowerBound
    guard rest > 0 else { return true }
    if end >= 8 {
      // Read as little-endian, the range's last `rest` bytes are the top ones.
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base + end - 8).loadUnaligned(as: UInt64.self))
      return word & highBits & ~(UInt64.max >> UInt64(8 * rest)) == 0
    }
    var bits: UInt8 = 0
    for index in range.lowerBound..<end { bits |= text[index] }
    return bits < 0x80
  }

  /// The end of the run of letters and digits that starts at `offset`, and
  /// the continuation bytes in it.
  private func wordEnd(from offset: Int, _ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> (end: Int, continuations: Int)
  {
    var end = offset
    var skipped = 0
    while end < range.upperBound {
      let byte = text[end]
      if byte < 0x80 {
        if !fold.asciiWord[Int(byte)] { break }
        end += 1
        continue
      }
      let (value, length) = Self.decode(text, at: end, end: range.upperBound)
      if !isWord(value) { break }
      end += length
      skipped += length - 1
    }
    return (end, skipped)
  }

  private func isWhitespace(_ value: UInt32) -> Bool {
    value < 0x80 ? fold.ascii[Int(value)] == 0x20 : fold.entry(value) == FoldTable.space
  }

  /// Whether the scalar that starts at `offset` (before `end`) is a letter
  /// or digit; an ASCII byte is looked up without decoding.
  private func isWord(at offset: Int, _ text: UnsafeBufferPointer<UInt8>, end: Int) -> Bool {
    let byte = text[offset]
    if byte < 0x80 { return fold.asciiWord[Int(byte)] }
    return isWord(Self.decode(text, at: offset, end: end).value)
  }

  /// Whether the scalar that ends at `offset` (after `lower`) is a letter or
  /// digit; an ASCII byte is looked up without decoding.
  private func isWord(before offset: Int, _ text: UnsafeBufferPointer<UInt8>, lower: Int) -> Bool {
    let byte = text[offset - 1]
    if byte < 0x80 { return fold.asciiWord[Int(byte)] }
    return isWord(Self.decodeBackward(text, before: offset, lower: lower).value)
  }

  // Not inlined: the Unicode property look-up needs type metadata, which
  // callers such as `report` would otherwise fetch on every call, even when
  // every neighbour is ASCII.
  @inline(never)
  private func isWord(_ value: UInt32) -> Bool {
    if value < 0x80 { return fold.asciiWord[Int(value)] }
    guard let scalar = Unicode.Scalar(value) else { return false }
    return KeywordFolding.isWordScalar(scalar)
  }

  private func foldedLength(_ value: UInt32, utf8Length: Int) -> Int {
    if value < 0x80 { return 1 }
    let packed = fold.entry(value)
    return packed == 0 ? utf8Length : Int(packed >> 56)
  }

  /// The scalar value and byte length at `offset`; a malformed byte reads as
  /// a one-byte U+FFFD.
  static func decode(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, end: Int)
    -> (value: UInt32, length: Int)
  {
    let lead = UInt32(text[offset])
    if lead < 0x80 { return (lead, 1) }
    if lead & 0xE0 == 0xC0, offset + 2 <= end {
      // Two bytes, such as æ, ø and å: the common case, without the loop.
      return ((lead & 0x1F) << 6 | UInt32(text[offset + 1] & 0x3F), 2)
    }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
    guard length > 1, offset + length <= end else { return (0xFFFD, 1) }
    var value = lead & (0x7F >> UInt32(length))
    for index in (offset + 1)..<(offset + length) {
      value = value << 6 | UInt32(text[index] & 0x3F)
    }
    return (value, length)
  }

  /// The scalar value and byte length of the scalar that ends at `offset`.
  static func decodeBackward(
    _ text: UnsafeBufferPointer<UInt8>, before offset: Int, lower: Int
  ) -> (value: UInt32, length: Int) {
    var start = offset - 1
    while start > lower, offset - start < 4, text[start] & 0xC0 == 0x80 { start -= 1 }
    let (value, length) = decode(text, at: start, end: offset)
    return start + length == offset ? (value, length) : (0xFFFD, 1)
  }
}
