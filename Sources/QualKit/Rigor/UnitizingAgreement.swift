/// Krippendorff's unitizing alpha (``UnitizingAlpha``) of coders' codings,
/// per code and pooled over codes, from the codings' character spans.
///
/// The transcripts compared, end to end in the order given, form one
/// continuum of Unicode scalars (the offsets codings store); for each code,
/// a coder's codings of it are that coder's units and the rest of the
/// continuum their gaps. Overlapping codings of one code by one coder are
/// merged into one unit.
public struct UnitizingAgreement: Hashable, Sendable {
  /// One code's (or the pooled) figures.
  public struct Row: Hashable, Sendable {
    /// The code's id, or `nil` for the pooled row.
    public var code: String?
    /// The units of every coder (merged codings).
    public var segments: Int
    /// D_o and D_e (the pooled row sums them).
    public var disagreement: UnitizingAlpha.Disagreement
    /// uα, or `nil` when D_e is 0.
    public var alpha: Double? { disagreement.alpha }
  }

  /// The coders, in column order.
  public var coders: [String]
  /// The transcripts, in continuum order.
  public var transcripts: [String]
  /// The continuum's length in characters.
  public var length: Int
  /// One row per code.
  public var rows: [Row]
  /// Every code pooled: 1 − ΣD_o / ΣD_e.
  public var pooled: Row

  /// Computes uα.
  ///
  /// - Parameters:
  ///   - codings: The codings; those of other coders, codes, transcripts or
  ///     statuses are left out.
  ///   - coders: The coders compared.
  ///   - codes: The codes, one row each, in this order.
  ///   - transcripts: Each transcript's id and length in scalars, in order.
  ///   - statuses: The statuses that count as coded.
  public init(
    codings: some Sequence<Coding>, coders: [String], codes: [String],
    transcripts: [(id: String, length: Int)], statuses: Set<Coding.Status> = [.accepted]
  ) {
    self.coders = coders
    self.transcripts = transcripts.map(\.id)
    var offsets: [String: (start: Int, length: Int)] = [:]
    var total = 0
    for transcript in transcripts where offsets[transcript.id] == nil {
      offsets[transcript.id] = (total, transcript.length)
      total += transcript.length
    }
    length = total
    let coderIndex = Dictionary(
      coders.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let codeIndex = Dictionary(codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    var units = [[[Range<Int>]]](
      repeating: [[Range<Int>]](repeating: [], count: coders.count), count: codes.count)
    for coding in codings where statuses.contains(coding.status) {
      guard let code = codeIndex[coding.code], let coder = coderIndex[coding.coder],
        let place = offsets[coding.transcript]
      else { continue }
      let start = min(max(0, coding.span.start), place.length)
      let end = min(max(start, coding.span.end), place.length)
      guard start < end else { continue }
      units[code][coder].append((place.start + start)..<(place.start + end))
    }
    rows = codes.indices.map { index in
      let disagreement = UnitizingAlpha.disagreement(units: units[index], length: total)
      return Row(code: codes[index], segments: disagreement.units, disagreement: disagreement)
    }
    let observed = rows.reduce(0) { $0 + $1.disagreement.observed }
    let expected = rows.reduce(0) { $0 + $1.disagreement.expected }
    pooled = Row(
      code: nil, segments: rows.reduce(0) { $0 + $1.segments },
      disagreement: .init(
        observed: observed, expected: expected, units: rows.reduce(0) { $0 + $1.segments }))
  }

  /// uα of `code` (nil for the pooled value), as a cell of `table`: a
  /// number, or undefined with the reason.
  public func cell(_ code: String?, table: inout Table) -> Cell {
    let words = table.vocabulary
    guard let row = code.map({ code in rows.first { $0.code == code } }) ?? pooled else {
      return .undefined(note: table.note(words[.noSegmentsOfCode]))
    }
    if let alpha = row.alpha { return .number(alpha, decimals: 3) }
    let reason = row.segments == 0 ? words[.noSegmentsOfCode] : words[.noExpectedDisagreement]
    return .undefined(note: table.note(words(.isUndefinedBecause, words[.unitizingAlpha], reason)))
  }

  /// The table: segments and uα per code, then pooled.
  public func table(_ words: Vocabulary = .english, index: CodebookIndex? = nil) -> Table {
    var table = Table(
      id: "unitizing", caption: words[.unitizingCaption],
      columns: [
        .init("code", title: words[.codeColumn]),
        .init("segments", title: words[.segmentsColumn], isNumeric: true),
        .init("unitizingAlpha", title: words[.unitizingAlpha], isNumeric: true),
      ],
      language: words.language)
    for row in rows + [pooled] {
      let name: Cell =
        row.code.map { code in
          index?.code(code).map { .code(id: code, label: $0.label(in: words.language.rawValue)) }
            ?? .text(code)
        } ?? .text(words[.pooled])
      table.rows.append(
        Table.Row(
          [name, .integer(row.segments), cell(row.code, table: &table)], isSummary: row.code == nil)
      )
    }
    table.notes.append(words(.unitizingNote, length))
    return table
  }
}
