import Foundation

/// A timecode written inside a transcript's text: `[00:19:00]`,
/// `(00:19:00)`, `[0:20]`, as Descript writes one about once a minute
/// and noScribe after a label.
///
/// A timecode sets the time of the line it stands on
/// (``Transcript/timecodes``), starts no turn, and is left out of a
/// citation's text (``Transcript/citationText(in:)``).
public struct Timecode: Hashable, Sendable {
  /// The 1-based line it stands on.
  public var line: Int
  /// Its Unicode-scalar range in the transcript's text, brackets included.
  public var range: Range<Int>
  /// The time it gives.
  public var time: Timestamp

  /// Creates a timecode.
  public init(line: Int, range: Range<Int>, time: Timestamp) {
    self.line = line
    self.range = range
    self.time = time
  }

  /// The time of a bracketed timecode at `index` of `bytes` (a `[` or
  /// `(`) and its length in bytes: 1 or 2 digits, then `:dd`, optionally
  /// `:dd` again and a fraction of up to 3 digits, then the closing bracket.
  static func time(in bytes: PlainTextParser.Bytes, at index: Int) -> (Timestamp, Int)? {
    let open = bytes[index]
    let close = open == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
    var cursor = index + 1
    let limit = min(bytes.endIndex, index + 16)
    while cursor < limit, bytes[cursor] != close {
      let byte = bytes[cursor]
      guard
        (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ":")
          || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
      else { return nil }
      cursor += 1
    }
    guard cursor < limit, cursor - index >= 5 else { return nil }
    let inside = Substring(String(decoding: bytes[(index + 1)..<cursor], as: UTF8.self))
    guard inside.contains(":"), let time = Timestamp(parsing: inside) else { return nil }
    return (time, cursor + 1 - index)
  }

  /// Every timecode in `bytes` (a whole text).
  ///
  /// Each opening bracket is found with `memchr`, many bytes at a time: in
  /// text with few brackets that costs a fraction of what a test of every
  /// eight bytes for either did (4 % of `autocode`'s instructions).
  static func all(in bytes: UnsafeBufferPointer<UInt8>, lines: LineIndex) -> [Timecode] {
    guard let base = bytes.baseAddress else { return [] }
    var found: [(offset: Int, length: Int, time: Timestamp)] = []
    let whole = bytes[...]
    for opener in [UInt8(ascii: "["), UInt8(ascii: "(")] {
      var cursor = 0
      while let hit = memchr(base + cursor, Int32(opener), bytes.count - cursor) {
        let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        cursor = offset + 1
        guard offset + 1 < bytes.count, base[offset + 1] >= 0x30, base[offset + 1] <= 0x39,
          let (time, length) = time(in: whole, at: offset)
        else { continue }
        found.append((offset, length, time))
      }
    }
    found.sort { $0.offset < $1.offset }
    guard !found.isEmpty else { return [] }
    // Byte offsets to lines and scalar offsets; the timecode itself is ASCII.
    var result: [Timecode] = []
    var line = 1
    for item in found {
      while line < lines.lineCount && lines.utf8Starts[line] <= item.offset { line += 1 }
      var scalar = lines.scalarStarts[line - 1]
      var cursor = lines.utf8Starts[line - 1]
      while cursor < item.offset {
        if base[cursor] & 0xC0 != 0x80 { scalar += 1 }
        cursor += 1
      }
      result.append(Timecode(line: line, range: scalar..<(scalar + item.length), time: item.time))
    }
    return result
  }
}
