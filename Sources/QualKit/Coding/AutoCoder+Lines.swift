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
    // Every constant piece of a line goes into one buffer, appended by range,
    // so the loop below neither allocates nor retains.
    var pieces: [UInt8] = []
    func add(_ parts: [UInt8]...) -> Range<Int> {
      let start = pieces.count
      for part in parts { pieces += part }
      return start..<pieces.count
    }
    let head = add(Array(#"{"transcript":"#.utf8), Self.escaped(transcript.id), Array(#","code":"#.utf8))
    let coderPart = add(Array(#","coder":"#.utf8), Self.escaped(coder), Array(#","firstLine":"#.utf8))
    let tail = add(Array(#","hash":"#.utf8), Self.escaped(transcript.contentHash), Array("}\n".utf8))
    let lastLine = add(Array(#","lastLine":"#.utf8))
    let start = add(Array(#","start":"#.utf8))
    let end = add(Array(#","end":"#.utf8))
    let textKey = add(Array(#","text":"#.utf8))
    let codeBase = pieces.count
    pieces += lineFragments.bytes
    bytes.reserveCapacity(bytes.count + hits.count * (pieces.count / max(1, codeIDs.count) + 160))

    var text = transcript.text
    let lineStarts = transcript.lines.scalarStarts
    var line = 0  // 0-based index into lineStarts
    func lineIndex(of offset: Int, from: Int) -> Int {
      // Hits come sorted by start, so the line only moves forward.
      var index = from
      while index + 1 < lineStarts.count && lineStarts[index + 1] <= offset { index += 1 }
      return index
    }
    text.withUTF8 { utf8 in
      pieces.withUnsafeBufferPointer { pieces in
        func put(_ range: Range<Int>) {
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: pieces[range]))
        }
        for hit in hits {
          line = lineIndex(of: hit.scalarRange.lowerBound, from: line)
          let last = lineIndex(of: max(hit.scalarRange.lowerBound, hit.scalarRange.upperBound - 1), from: line)
          put(head)
          let code = lineFragments.codes[hit.code]
          put((codeBase + code.lowerBound)..<(codeBase + code.upperBound))
          put(coderPart)
          Self.appendInteger(line + 1, to: &bytes)
          put(lastLine)
          Self.appendInteger(last + 1, to: &bytes)
          put(start)
          Self.appendInteger(hit.scalarRange.lowerBound, to: &bytes)
          put(end)
          Self.appendInteger(hit.scalarRange.upperBound, to: &bytes)
          let rule = lineFragments.rules[hit.rule]
          put((codeBase + rule.lowerBound)..<(codeBase + rule.upperBound))
          put(textKey)
          JSONOutput.appendEscaped(UnsafeBufferPointer(rebasing: utf8[hit.utf8Range]), to: &bytes)
          put(tail)
        }
      }
    }
    return hits.count
  }

  /// The JSON string literal of `value`, as bytes.
  static func escaped(_ value: String) -> [UInt8] {
    var value = value
    var out: [UInt8] = []
    value.withUTF8 { JSONOutput.appendEscaped($0, to: &out) }
    return out
  }

  /// The constant parts of hit lines that depend on the code or the rule:
  /// a code's escaped id, and a rule's `,"origin":…,"memo":null` run.
  struct LineFragments: Sendable {
    var bytes: [UInt8] = []
    var codes: [Range<Int>] = []
    var rules: [Range<Int>] = []

    init(codeIDs: [String], rules: [KeywordRule]) {
      for id in codeIDs {
        let start = bytes.count
        bytes += AutoCoder.escaped(id)
        codes.append(start..<bytes.count)
      }
      for rule in rules {
        let start = bytes.count
        bytes += Array(#","origin":"#.utf8) + AutoCoder.escaped("keyword:" + rule.pattern.source)
        bytes += Array(#","status":"proposed","memo":null"#.utf8)
        self.rules.append(start..<bytes.count)
      }
    }
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
