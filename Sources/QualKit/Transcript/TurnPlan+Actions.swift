extension TurnPlan {
  /// The actions by line, packed: a turn start's speaker and role are kept
  /// once per distinct pair and its times once per timed start, so that a
  /// file of a million turns plans them in a few dozen bytes each.
  struct Actions: RandomAccessCollection {
    /// One action: its line, and where the rest of it is.
    private struct Packed {
      // 32 bits each: a transcript is at most 1 GiB.
      var line: Int32
      var column: Int32
      var byte: Int32
      /// The index in `voices`, or -1 for a skipped line.
      var voice: Int32
      /// The index in `times`, or -1 for neither.
      var times: Int32
      var isBlank: Bool
    }

    private var packed = ChunkedArray<Packed>()
    private var voices = InternTable<Turn.Voice>()
    private var times: [(start: Timestamp?, end: Timestamp?)] = []

    /// How many actions start a turn.
    private(set) var startCount = 0

    init() {}

    /// Lets go of the actions below `position` (read once, in order, by
    /// the parser), a chunk at a time.
    mutating func release(below position: Int) {
      packed.releaseChunks(below: position)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { packed.count }

    /// The line of the action at `position`.
    func line(at position: Int) -> Int { Int(packed[position].line) }

    subscript(position: Int) -> (line: Int, action: Action) {
      let item = packed[position]
      guard item.voice >= 0 else { return (Int(item.line), .skip) }
      let voice = voices.elements[Int(item.voice)]
      let time: (start: Timestamp?, end: Timestamp?) =
        item.times >= 0 ? times[Int(item.times)] : (nil, nil)
      return (
        Int(item.line),
        .start(
          speaker: voice.speaker, role: voice.role, start: time.start, end: time.end,
          column: Int(item.column), byte: Int(item.byte), isBlank: item.isBlank)
      )
    }

    /// Adds the action of `line` (lines in order).
    mutating func append(_ item: (line: Int, action: Action)) {
      switch item.action {
      case .skip:
        packed.append(
          Packed(line: Int32(item.line), column: 0, byte: 0, voice: -1, times: -1, isBlank: false))
      case .start(let speaker, let role, let start, let end, let column, let byte, let isBlank):
        startCount += 1
        let voice = voices.index(of: Turn.Voice(speaker: speaker, role: role))
        var timeIndex: Int32 = -1
        if start != nil || end != nil {
          timeIndex = Int32(times.count)
          times.append((start, end))
        }
        packed.append(
          Packed(
            line: Int32(item.line), column: Int32(column), byte: Int32(byte), voice: voice,
            times: timeIndex,
            isBlank: isBlank))
      }
    }
  }
}
