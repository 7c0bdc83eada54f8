/// The units × coders table of one code: for every unit, whether each coder
/// applied the code to it (1) or not (0).
///
/// A coder's value for a unit is 1 when any of their codings of the code
/// overlaps the unit by at least one character. Units are the transcripts'
/// turns, the non-blank lines inside turns, or the characters of the turns'
/// text (see ``AgreementUnitKind``).
///
/// The table is stored as ``segments``, runs of units with the same values,
/// so that character units cost one entry per run, not one per character:
/// each transcript is swept once over the sorted boundaries of its turns and
/// of the coders' codings (interval arithmetic). Units no coder coded are
/// only counted (``uncodedUnitCount``) unless the table is built to keep
/// them, so that a table costs memory in proportion to what was coded.
public struct AgreementTable: Hashable, Sendable {
  /// The code's id.
  public var code: String
  /// What a unit is.
  public var unitKind: AgreementUnitKind
  /// The coders, one value column each.
  public var coders: [String]
  /// The runs of units, in transcript order (as given) and text order:
  /// those at least one coder coded, and the others too when the table
  /// was built keeping them.
  public var segments: [AgreementSegment]
  /// The number of units no coder coded that are not in ``segments``.
  public var uncodedUnitCount: Int

  /// Creates a table from its segments.
  public init(
    code: String, unitKind: AgreementUnitKind, coders: [String], segments: [AgreementSegment],
    uncodedUnitCount: Int = 0
  ) {
    self.code = code
    self.unitKind = unitKind
    self.coders = coders
    self.segments = segments
    self.uncodedUnitCount = uncodedUnitCount
  }

  /// The number of units.
  public var unitCount: Int { segments.reduce(uncodedUnitCount) { $0 + $1.unitCount } }

  /// The number of units at least one coder coded.
  public var codedUnitCount: Int {
    segments.reduce(0) { $0 + ($1.isCodedByAnyone ? $1.unitCount : 0) }
  }

  /// The segments on which the coders differ.
  public var disagreements: [AgreementSegment] { segments.filter(\.isDisagreement) }

  // MARK: - Building

  /// Builds one table per code from coders' codings.
  ///
  /// Codings of transcripts not in `transcripts`, of codes not in `codes`
  /// and of coders not in `coders` are left out; the caller decides which
  /// statuses count by filtering `codings` first.
  ///
  /// - Parameters:
  ///   - codings: The codings that count as applied.
  ///   - transcripts: The transcripts whose units are compared, in report order.
  ///   - coders: The coders, in column order.
  ///   - codes: The codes, one table each, in this order.
  ///   - unitKind: What a unit is.
  ///   - roles: The speaker roles whose turns hold units (see
  ///     ``AutoCoder/includes(_:roles:)``), or nil for every turn.
  ///   - keepingUncoded: Whether ``segments`` holds the units no coder
  ///     coded too (as runs between the coded ones) instead of only
  ///     counting them.
  /// - Returns: One table per code, in the order of `codes`.
  /// - Complexity: O(*n* log *n*) for *n* codings, plus the number of units.
  public static func tables(
    codings: [Coding], transcripts: [Transcript], coders: [String], codes: [String],
    unitKind: AgreementUnitKind, roles: Set<String>? = nil, keepingUncoded: Bool = false
  ) -> [AgreementTable] {
    let coderIndex = Dictionary(
      coders.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let codeIndex = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let transcriptIDs = Set(transcripts.map(\.id))
    // ranges[code][transcript][coder]
    var ranges: [[String: [[Range<Int>]]]] = Array(repeating: [:], count: codes.count)
    for coding in codings {
      guard let code = codeIndex[coding.code], let coder = coderIndex[coding.coder],
        transcriptIDs.contains(coding.transcript), coding.span.start < coding.span.end
      else { continue }
      ranges[code][coding.transcript, default: Array(repeating: [], count: coders.count)][coder]
        .append(coding.span.range)
    }
    var tables = codes.map {
      AgreementTable(code: $0, unitKind: unitKind, coders: coders, segments: [])
    }
    for transcript in transcripts {
      let units = Self.units(of: transcript, kind: unitKind, roles: roles)
      for code in codes.indices {
        tables[code].add(
          transcript, units: units,
          coderRanges: ranges[code][transcript.id] ?? Array(repeating: [], count: coders.count),
          keepingUncoded: keepingUncoded)
      }
    }
    return tables
  }

  /// Adds the units of `transcript` to the table: `units` as
  /// ``units(of:kind:roles:)`` gives them, `coderRanges` the ranges each
  /// coder (in column order) applied the code to.
  mutating func add(
    _ transcript: Transcript, units: [Span], coderRanges: [[Range<Int>]], keepingUncoded: Bool
  ) {
    var uncoded = 0
    Self.sweep(
      transcript: transcript, units: units, coderRanges: coderRanges.map(Self.union),
      kind: unitKind
    ) { segment in
      if keepingUncoded || segment.isCodedByAnyone {
        segments.append(segment)
      } else {
        uncoded += segment.unitCount
      }
    }
    uncodedUnitCount += uncoded
    // Kept at their size: doubling leaves up to twice the room, per code.
    if segments.capacity > segments.count + segments.count / 8 {
      segments = segments.withUnsafeBufferPointer { Array($0) }
    }
  }

  /// The units of a transcript as spans, in text order: those of the
  /// turns with text (of `roles`, when given).
  public static func units(
    of transcript: Transcript, kind: AgreementUnitKind, roles: Set<String>? = nil
  ) -> [Span] {
    // Read in place: a filtered copy of the turns would cost as much as they do.
    let turns = transcript.turns.lazy.filter {
      !$0.textRange.isEmpty && AutoCoder.includes($0, roles: roles)
    }
    switch kind {
    case .turn, .char:
      var spans: [Span] = []
      spans.reserveCapacity(transcript.turns.count)
      for turn in turns {
        spans.append(
          Span(
            firstLine: turn.firstLine, lastLine: max(turn.firstLine, turn.lastLine),
            start: turn.textRange.lowerBound, end: turn.textRange.upperBound))
      }
      return spans
    case .line:
      // Turns come in text order, so a line is new when it is past the
      // last one seen.
      var next = 1
      var spans: [Span] = []
      spans.reserveCapacity(transcript.lines.lineCount)
      for turn in turns {
        let first = max(next, turn.firstLine)
        let last = min(max(turn.firstLine, turn.lastLine), transcript.lines.lineCount)
        guard first <= last else { continue }
        next = last + 1
        for line in first...last {
          let range = transcript.lines.scalarRange(ofLine: line)
          let isBlank = transcript.text(in: range).unicodeScalars.allSatisfy {
            $0.properties.isWhitespace
          }
          if !isBlank {
            spans.append(
              Span(firstLine: line, lastLine: line, start: range.lowerBound, end: range.upperBound))
          }
        }
      }
      spans.sort()
      return spans
    }
  }

  /// The union of ranges as sorted, disjoint, non-adjacent ranges.
  static func union(_ ranges: [Range<Int>]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    for range in ranges.sorted(by: {
      ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound)
    }) {
      if let last = result.last, range.lowerBound <= last.upperBound {
        result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
      } else {
        result.append(range)
      }
    }
    return result
  }

  /// Whether the sorted disjoint `ranges` overlap `range`.
  static func overlaps(_ ranges: ArraySlice<Range<Int>>, _ range: Range<Int>) -> Bool {
    // The first range that ends after the unit starts.
    var low = ranges.startIndex
    var high = ranges.endIndex
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].upperBound <= range.lowerBound { low = middle + 1 } else { high = middle }
    }
    return low < ranges.endIndex && ranges[low].lowerBound < range.upperBound
  }

  /// Hands `body` the segments of one transcript, in text order.
  private static func sweep(
    transcript: Transcript, units: [Span], coderRanges: [[Range<Int>]], kind: AgreementUnitKind,
    _ body: (AgreementSegment) -> Void
  ) {
    // Segments with the same values share one array (a turn per segment
    // would otherwise allocate one each).
    var patterns: [[Bool]: [Bool]] = [:]
    func shared(_ pattern: [Bool]) -> [Bool] {
      if let known = patterns[pattern] { return known }
      patterns[pattern] = pattern
      return pattern
    }
    switch kind {
    case .turn, .line:
      for unit in units {
        body(
          AgreementSegment(
            transcript: transcript.id, span: unit, unitCount: 1,
            coded: shared(coderRanges.map { overlaps($0[...], unit.range) })))
      }
    case .char:
      var cursors = [Int](repeating: 0, count: coderRanges.count)
      for unit in units {
        // Every place inside the unit where some coder's coverage changes.
        var cuts = [unit.start, unit.end]
        for (coder, ranges) in coderRanges.enumerated() {
          while cursors[coder] < ranges.count && ranges[cursors[coder]].upperBound <= unit.start {
            cursors[coder] += 1
          }
          var index = cursors[coder]
          while index < ranges.count && ranges[index].lowerBound < unit.end {
            for bound in [ranges[index].lowerBound, ranges[index].upperBound]
            where bound > unit.start && bound < unit.end {
              cuts.append(bound)
            }
            index += 1
          }
        }
        cuts = Array(Set(cuts)).sorted()
        var runStart = cuts[0]
        var runPattern: [Bool]? = nil
        for (from, to) in zip(cuts, cuts.dropFirst()) {
          let pattern = coderRanges.enumerated().map { coder, ranges in
            overlaps(ranges[cursors[coder]...], from..<to)
          }
          if let current = runPattern, current != pattern {
            body(segment(transcript, runStart..<from, shared(current)))
            runStart = from
          }
          runPattern = pattern
        }
        if let runPattern {
          body(segment(transcript, runStart..<unit.end, shared(runPattern)))
        }
      }
    }
  }

  private static func segment(
    _ transcript: Transcript, _ range: Range<Int>, _ pattern: [Bool]
  ) -> AgreementSegment {
    AgreementSegment(
      transcript: transcript.id, span: Span(range, in: transcript), unitCount: range.count,
      coded: pattern)
  }

  // MARK: - Statistics

  /// The table as reliability data: one row per unit, values `0` and `1`.
  ///
  /// - Parameter codedOnly: Whether to keep only units at least one coder coded.
  /// - Returns: The data, with declared categories `0` and `1`.
  public func reliabilityData(codedOnly: Bool = false) -> ReliabilityData {
    Self.reliabilityData([self], codedOnly: codedOnly)
  }

  /// Several tables with the same coders pooled into one: every code × unit
  /// decision is one unit.
  ///
  /// Units with the same values are counted, not repeated: the data have one
  /// weighted row per pattern of values in use (at most 2 to the power of the
  /// number of coders), so a million characters cost no more than a dozen
  /// turns. Every coefficient gives the same value as on one row per unit.
  ///
  /// - Parameters:
  ///   - tables: The tables, all with the same coders.
  ///   - codedOnly: Whether to keep only units at least one coder coded.
  /// - Returns: The data, with declared categories `0` and `1`.
  public static func reliabilityData(_ tables: [AgreementTable], codedOnly: Bool = false)
    -> ReliabilityData
  {
    let coders = tables.first?.coders ?? []
    var counts: [[Bool]: Int] = [:]
    for table in tables {
      for segment in table.segments where !codedOnly || segment.isCodedByAnyone {
        counts[segment.coded, default: 0] += segment.unitCount
      }
      if !codedOnly && table.uncodedUnitCount > 0 {
        counts[Array(repeating: false, count: coders.count), default: 0] += table.uncodedUnitCount
      }
    }
    return binaryData(counts, coders: coders)
  }

  /// Reliability data with categories `0` and `1` from how many units have
  /// each pattern of decisions (one per coder): one weighted row per
  /// pattern, in a fixed order, so that the same counts give the same data.
  static func binaryData(_ counts: [[Bool]: Int], coders: [String]) -> ReliabilityData {
    let patterns = counts.keys.sorted { $0.lexicographicallyPrecedes($1) { !$0 && $1 } }
    var codes = ContiguousArray<Int32>()
    var weights = ContiguousArray<Int>()
    for pattern in patterns {
      codes.append(contentsOf: pattern.map { Int32($0 ? 1 : 0) })
      weights.append(counts[pattern] ?? 0)
    }
    return ReliabilityData(
      coders: coders, categories: ["0", "1"], numericValues: [], isOrdered: true,
      unitCount: 0, codes: codes, rowWeights: weights)
  }
}
