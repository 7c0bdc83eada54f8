extension AutoCoder {
  /// Appends the hit-scope proposals for one transcript as coding-file lines,
  /// each ending with a line break, and returns how many were written.
  ///
  /// The bytes are exactly those of ``CodingFile/appendLine(for:to:)`` for
  /// each coding of ``codings(for:coder:scope:roles:)`` with scope `.hit`, in
  /// the same order; this path exists because a large corpus gives millions
  /// of hits, and it writes them without building a ``Coding`` for each.
  public func appendHitLines(
    for transcript: Transcript, coder: String, roles: Set<String>? = nil, to bytes: inout [UInt8]
  ) -> Int {
    let turns = transcript.turns.filter { Self.includes($0, roles: roles) && !$0.utf8Range.isEmpty }
    let hits = matcher.hits(in: transcript.text, ranges: turns.map(\.utf8Range))
    guard !hits.isEmpty else { return 0 }
    func escaped(_ value: String) -> [UInt8] {
      var value = value
      var out: [UInt8] = []
      value.withUTF8 { JSONOutput.appendEscaped($0, to: &out) }
      return out
    }
    let head = Array(#"{"transcript":"#.utf8) + escaped(transcript.id) + Array(#","code":"#.utf8)
    let coderPart = Array(#","coder":"#.utf8) + escaped(coder) + Array(#","firstLine":"#.utf8)
    var codeParts: [[UInt8]?] = Array(repeating: nil, count: codeIDs.count)
    var ruleParts: [[UInt8]?] = Array(repeating: nil, count: matcher.rules.count)
    let tail = Array(#","hash":"#.utf8) + escaped(transcript.contentHash) + Array("}\n".utf8)
    let lastLine = Array(#","lastLine":"#.utf8)
    let start = Array(#","start":"#.utf8)
    let end = Array(#","end":"#.utf8)
    let textKey = Array(#","text":"#.utf8)
    bytes.reserveCapacity(bytes.count + hits.count * (head.count + coderPart.count + tail.count + 120))

    var text = transcript.text
    let lineStarts = transcript.lines.scalarStarts
    var line = 0  // 0-based index into lineStarts
    func lineIndex(of offset: Int) -> Int {
      // Hits come sorted by start, so the line only moves forward; a hit's
      // end is searched forward from its start's line.
      var index = line
      while index + 1 < lineStarts.count && lineStarts[index + 1] <= offset { index += 1 }
      return index
    }
    text.withUTF8 { utf8 in
      for hit in hits {
        line = lineIndex(of: hit.scalarRange.lowerBound)
        let first = line + 1
        let saved = line
        let last = lineIndex(of: max(hit.scalarRange.lowerBound, hit.scalarRange.upperBound - 1)) + 1
        line = saved
        bytes.append(contentsOf: head)
        if codeParts[hit.code] == nil { codeParts[hit.code] = escaped(codeIDs[hit.code]) }
        bytes.append(contentsOf: codeParts[hit.code] ?? [])
        bytes.append(contentsOf: coderPart)
        Self.appendInteger(first, to: &bytes)
        bytes.append(contentsOf: lastLine)
        Self.appendInteger(last, to: &bytes)
        bytes.append(contentsOf: start)
        Self.appendInteger(hit.scalarRange.lowerBound, to: &bytes)
        bytes.append(contentsOf: end)
        Self.appendInteger(hit.scalarRange.upperBound, to: &bytes)
        if ruleParts[hit.rule] == nil {
          ruleParts[hit.rule] =
            Array(#","origin":"#.utf8) + escaped("keyword:" + matcher.rules[hit.rule].pattern.source)
            + Array(#","status":"proposed","memo":null"#.utf8)
        }
        bytes.append(contentsOf: ruleParts[hit.rule] ?? [])
        bytes.append(contentsOf: textKey)
        JSONOutput.appendEscaped(UnsafeBufferPointer(rebasing: utf8[hit.utf8Range]), to: &bytes)
        bytes.append(contentsOf: tail)
      }
    }
    return hits.count
  }

  /// Appends a non-negative whole number in decimal.
  static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
    if value < 10 {
      bytes.append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: max(0, value)))
      return
    }
    var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
      (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      while rest > 0 {
        buffer[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest % 10)
        rest /= 10
        count += 1
      }
      while count > 0 {
        count -= 1
        bytes.append(buffer[count])
      }
    }
  }
}
