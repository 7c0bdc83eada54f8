extension AutoCoder {
  /// Appends the hit-scope proposals for one transcript as coding-file lines,
  /// each ending with a line break, and returns how many were written.
  ///
  /// The bytes are exactly those of ``CodingLineWriter/appendLine(for:to:)`` for
  /// each coding of ``codings(for:coder:scope:roles:)`` with scope `.hit`, in
  /// the same order; this path exists because a large corpus gives millions
  /// of hits, and it writes them without building a ``Coding`` for each.
  public func appendHitLines(
    for transcript: Transcript, coder: String, roles: Set<String>? = nil, to bytes: inout [UInt8]
  ) -> Int {
    var diagnostics: [Diagnostic] = []
    return appendHitLines(
      for: transcript, turns: transcript.turns.indices, coder: coder, roles: roles,
      transcriptHash: transcript.contentHash, diagnostics: &diagnostics, to: &bytes)
  }

  /// Appends the hit-scope proposals of the turns `turns` of a transcript as
  /// coding-file lines (see ``appendHitLines(for:coder:roles:to:)``), so that
  /// a large transcript can be coded and written a part at a time.
  ///
  /// - Parameters:
  ///   - transcript: The transcript to search.
  ///   - turns: The indices of the turns to search.
  ///   - coder: The coder name the proposals carry.
  ///   - roles: The speaker roles to search (nil: every turn).
  ///   - transcriptHash: The transcript's ``Transcript/contentHash``,
  ///     computed once for all its parts.
  ///   - diagnostics: Receives a warning for each regular-expression keyword
  ///     stopped for taking too long (see ``KeywordMatcher/regexTimeLimit``).
  ///   - bytes: Receives the lines.
  /// - Returns: How many lines were written.
  public func appendHitLines(
    for transcript: Transcript, turns: Range<Int>, coder: String, roles: Set<String>?,
    transcriptHash: String, diagnostics: inout [Diagnostic], to bytes: inout [UInt8]
  ) -> Int {
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(turns.count)
    for index in turns {
      let range = transcript.turns[index].utf8Range
      if !range.isEmpty && Self.includes(transcript.turns[index], roles: roles) {
        ranges.append(range)
      }
    }
    var stalls: [KeywordStall] = []
    let hits = matcher.hits(
      in: transcript.text, ranges: ranges, stalls: &stalls,
      knownOffset: Self.lineStart(before: ranges.first?.lowerBound ?? 0, in: transcript))
    diagnostics += warnings(for: stalls, in: transcript)
    guard !hits.isEmpty else { return 0 }
    // The line layout is the writer's; the values that are the same in
    // every line are fixed in it, pre-escaped, and the loop below fills the
    // slots, copying each constant run by range, so it neither allocates
    // nor retains.
    let template = CodingLineWriter.Template(
      fixed: [
        .transcript: Self.escaped(transcript.id), .coder: Self.escaped(coder),
        .status: Self.escaped(Coding.Status.proposed.rawValue), .memo: Array("null".utf8),
        .hash: Self.escaped(transcriptHash),
      ], lineBreak: true)
    // The template as runs and slots: runs[0], slot 0, runs[1], slot 1, …
    // (the template never has two slots side by side, nor two runs).
    var runs: [Range<Int>] = []
    var slotList: [HitSlot] = []
    var run = 0..<0
    for segment in template.segments {
      switch segment {
      case .constant(let range): run = range
      case .slot(let field):
        runs.append(run)
        run = 0..<0
        switch field {
        case .code: slotList.append(.code)
        case .firstLine: slotList.append(.firstLine)
        case .lastLine: slotList.append(.lastLine)
        case .start: slotList.append(.start)
        case .end: slotList.append(.end)
        case .origin: slotList.append(.origin)
        case .text: slotList.append(.text)
        default: preconditionFailure("no value for the slot \(field)")
        }
      }
    }
    runs.append(run)
    let slots = slotList
    // The writer's slot order today; the loop below has an unrolled copy
    // for it, and falls back to following `slots` for any other.
    let isUsualLayout =
      slots == [.code, .firstLine, .lastLine, .start, .end, .origin, .text]
    // Every constant goes into one buffer, appended by range. A code's or a
    // rule's value is joined with the runs before and after its slot, so
    // that a line takes two copies fewer for each.
    let constants = template.constants
    let fragments = lineFragments.bytes
    var pieces = constants
    // Run for every code and rule of each part: a plain loop over local
    // arrays (a `map` closure that appended to `pieces` made a runtime
    // exclusive-access check for each of them).
    func fused(_ values: [Range<Int>], slot: HitSlot) -> [Range<Int>] {
      guard let index = slots.firstIndex(of: slot) else { return [] }
      let (before, after) = (runs[index], runs[index + 1])
      (runs[index], runs[index + 1]) = (0..<0, 0..<0)
      var fusedRanges: [Range<Int>] = []
      fusedRanges.reserveCapacity(values.count)
      var total = 0
      for value in values { total += before.count + value.count + after.count }
      pieces.reserveCapacity(pieces.count + total)
      for value in values {
        let start = pieces.count
        pieces.append(contentsOf: constants[before])
        pieces.append(contentsOf: fragments[value])
        pieces.append(contentsOf: constants[after])
        fusedRanges.append(start..<pieces.count)
      }
      return fusedRanges
    }
    let codes = fused(lineFragments.codes, slot: .code)
    let rules = fused(lineFragments.rules, slot: .origin)
    // Loops, not `map(\.count)`: a key path here is read through the
    // runtime for each of the hundreds of codes and rules of every part.
    var longestCode = 0
    for code in codes { longestCode = max(longestCode, code.count) }
    var longestRule = 0
    for rule in rules { longestRule = max(longestRule, rule.count) }
    // One table of ranges into `pieces`: the runs, then the codes, then the rules.
    let codeBase = runs.count
    let ruleBase = codeBase + codes.count
    let table = (runs + codes + rules).map { Piece(start: $0.lowerBound, count: $0.count) }
    pieces += repeatElement(0, count: Self.copySlack)
    // Four numbers of at most 20 digits, and a text that escaping makes at
    // most six times as long, plus its quotes.
    var capacity = Self.copySlack
    for hit in hits {
      capacity +=
        template.constantCount + longestCode + longestRule + 4 * 20 + 2 + 6 * hit.utf8Range.count
    }

    var text = transcript.text
    let lineStarts = transcript.lines.scalarStarts
    // 0-based index into lineStarts, from the line of the first hit.
    var line = max(
      0, transcript.lines.line(containingScalarOffset: hits[0].scalarRange.lowerBound) - 1)
    func lineIndex(of offset: Int, from: Int) -> Int {
      // Hits come sorted by start, so the line only moves forward.
      var index = from
      while index + 1 < lineStarts.count && lineStarts[index + 1] <= offset { index += 1 }
      return index
    }
    var escapedText: [UInt8] = []
    // Lines are written into one buffer sized for the longest possible
    // lines, so the loop below neither allocates nor checks capacity.
    let lines = text.withUTF8 { utf8 in
      pieces.withUnsafeBufferPointer { pieces in
        table.withUnsafeBufferPointer { table in
          slots.withUnsafeBufferPointer { slots in
            Self.digitPairs.withUnsafeBufferPointer { digitPairs in
              [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                guard let out = buffer.baseAddress, let piecesBase = pieces.baseAddress,
                  let utf8Base = utf8.baseAddress, let pairs = digitPairs.baseAddress
                else { return }
                var position = 0
                func put(_ piece: Piece) {
                  Self.copyWithSlack(out + position, piecesBase + piece.start, piece.count)
                  position &+= piece.count
                }
                func putInteger(_ value: Int) {
                  var rest = max(0, value)
                  let digits = Self.digitCount(rest)
                  position += digits
                  var cursor = position
                  // Two digits per division, from the table of "00" to "99".
                  while rest >= 10 {
                    let pair = 2 &* (rest % 100)
                    rest /= 100
                    cursor -= 2
                    out[cursor] = pairs[pair]
                    out[cursor + 1] = pairs[pair + 1]
                  }
                  if cursor > position - digits {
                    out[cursor - 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest)
                  }
                }
                func putText(_ hit: KeywordHit) {
                  let hitText = UnsafeBufferPointer(rebasing: utf8[hit.utf8Range])
                  if Self.mayNeedEscaping(hitText, in: utf8) {
                    escapedText.removeAll(keepingCapacity: true)
                    JSONOutput.appendEscaped(hitText, to: &escapedText)
                    escapedText.withUnsafeBufferPointer { escaped in
                      if let escapedBase = escaped.baseAddress {
                        (out + position).update(from: escapedBase, count: escaped.count)
                      }
                      position += escaped.count
                    }
                  } else {
                    out[position] = UInt8(ascii: "\"")
                    if hit.utf8Range.upperBound + Self.copySlack <= utf8.count {
                      Self.copyWithSlack(
                        out + position + 1, utf8Base + hit.utf8Range.lowerBound, hitText.count)
                    } else {
                      (out + position + 1).update(
                        from: utf8Base + hit.utf8Range.lowerBound, count: hitText.count)
                    }
                    position += hitText.count + 2
                    out[position - 1] = UInt8(ascii: "\"")
                  }
                }
                func putRun(_ index: Int) {
                  let run = table[index]
                  if run.count > 0 { put(run) }
                }
                for hit in hits {
                  line = lineIndex(of: hit.scalarRange.lowerBound, from: line)
                  let last = lineIndex(
                    of: max(hit.scalarRange.lowerBound, hit.scalarRange.upperBound - 1), from: line)
                  putRun(0)
                  if isUsualLayout {
                    // The same as the loop below, unrolled for the writer's
                    // current slot order (checked above).
                    put(table[codeBase + hit.code])
                    putRun(1)
                    putInteger(line + 1)
                    putRun(2)
                    putInteger(last + 1)
                    putRun(3)
                    putInteger(hit.scalarRange.lowerBound)
                    putRun(4)
                    putInteger(hit.scalarRange.upperBound)
                    putRun(5)
                    put(table[ruleBase + hit.rule])
                    putRun(6)
                    putText(hit)
                    putRun(7)
                    continue
                  }
                  var index = 0
                  while index < slots.count {
                    switch slots[index] {
                    case .code: put(table[codeBase + hit.code])
                    case .firstLine: putInteger(line + 1)
                    case .lastLine: putInteger(last + 1)
                    case .start: putInteger(hit.scalarRange.lowerBound)
                    case .end: putInteger(hit.scalarRange.upperBound)
                    case .origin: put(table[ruleBase + hit.rule])
                    case .text: putText(hit)
                    }
                    index &+= 1
                    putRun(index)
                  }
                }
                count = position
              }
            }
          }
        }
      }
    }
    if bytes.isEmpty {
      bytes = lines
    } else {
      bytes += lines
    }
    return hits.count
  }

  /// A run of constant bytes of hit lines, by offset and length.
  private struct Piece {
    var start: Int
    var count: Int
  }

  /// A value of a hit line that differs from line to line.
  private enum HitSlot: UInt8 {
    case code, firstLine, lastLine, start, end, origin, text
  }

  /// The values of hit lines that depend on the code or the rule, as JSON
  /// strings: a code's escaped id, and a rule's escaped origin.
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
        bytes += AutoCoder.escaped(Coding.Origin.keyword(rule.pattern.source).description)
        self.rules.append(start..<bytes.count)
      }
    }
  }
}
