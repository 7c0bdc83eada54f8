/// The examples a model learns from: the units of the transcripts the
/// coders coded, each labelled, per code, with whether a coder coded it.
///
/// The rule, exactly:
/// - **Coders** are those of the coder policy (``CoderPolicy``): the
///   codings given are its selection, credited to whom they count for.
/// - **Transcripts** are those in which some counted coder has a coding of
///   any status (the transcripts `agree` compares), in id order.
/// - **Units** are the turns of those transcripts with text, or their
///   sentences (``LearningUnitKind``), of the speaker roles asked
///   (default `participant`: every role but `interviewer`, so the
///   interviewer's questions are units only if asked).
/// - A unit is **coded** with a code (a positive example) when an accepted
///   coding of exactly that code (not of a code below it) by a counted coder
///   overlaps it by at least one character; every other unit of those
///   transcripts is a negative example of the code. Proposed and rejected
///   codings label nothing.
/// - Codings whose transcript changed under them (``StaleCoding``) are left
///   out, with a warning: their offsets no longer point at their words.
public struct TrainingSet: Sendable {
  /// What the units are and which codes are learned.
  public struct Options: Hashable, Sendable {
    /// Turns or sentences.
    public var unitKind: LearningUnitKind
    /// The speaker roles whose turns are units; nil for every turn.
    public var roles: [String]?
    /// The codes to learn; nil for every codable code of the codebook.
    public var codes: [String]?

    /// Creates options; by default the units are the participants' turns
    /// and every codable code is learned.
    public init(
      unitKind: LearningUnitKind = .turn, roles: [String]? = ["participant"], codes: [String]? = nil
    ) {
      self.unitKind = unitKind
      self.roles = roles
      self.codes = codes
    }
  }

  /// The options used.
  public var options: Options
  /// The coders whose codings label the units, sorted.
  public var coders: [String]
  /// The codes learned, in codebook order.
  public var codes: [String]
  /// The transcripts the units come from, in id order, with their hashes.
  public var transcripts: [TrainingTranscript]
  /// The units, transcript after transcript, in text order.
  public var units: [LearningUnit]
  /// Per unit, its transcript's place in ``transcripts``.
  public var transcriptOfUnit: [Int]
  /// Per code, per unit: whether a counted coder coded the unit with it.
  public var labels: [[Bool]]
  /// Per coder, per code, per unit: whether that coder coded the unit with it.
  public var coderLabels: [[[Bool]]]
  /// Warnings and notes: stale codings left out, coded transcripts not found,
  /// codings in no unit.
  public var diagnostics: [Diagnostic]

  /// Collects the units and labels from `project`.
  ///
  /// - Parameters:
  ///   - project: The project (its codebook, transcripts and stale codings).
  ///   - codings: The codings of the coder policy's selection, every
  ///     status, each credited to whom it counts for.
  ///   - options: The units and codes.
  /// - Throws: ``LearningError`` for a code the codebook does not have or
  ///   that only groups others, or a project without a codebook.
  public init(project: Project, codings: [Coding], options: Options = Options())
    throws(LearningError)
  {
    guard let index = project.index else { throw LearningError(.noCodebook) }
    self.options = options
    var codes: [String] = []
    if let asked = options.codes {
      for code in asked {
        guard let entry = index[code] else {
          throw LearningError(
            .unknownCode(code, nearest: Suggestions.nearest(to: code, in: index.ids, limit: 3)))
        }
        guard entry.code.isCodable else { throw LearningError(.notCodable(code)) }
      }
      let wanted = Set(asked)
      codes = index.ids.filter(wanted.contains)
    } else {
      codes = index.entries.filter(\.code.isCodable).map(\.code.id)
    }
    self.codes = codes
    var diagnostics: [Diagnostic] = []

    let stale = Set(project.staleCodings(among: codings).map { Segment.ID($0.coding) })
    if !stale.isEmpty {
      let names = Set(codings.filter { stale.contains(Segment.ID($0)) }.map(\.transcript))
      diagnostics.append(
        .warning(
          "\(stale.count) coded segment\(stale.count == 1 ? " stands" : "s stand") on text that changed "
            + "(\(names.sorted().joined(separator: ", "))) and are left out of the training; run "
            + "'qualkit reanchor' to move them to where their words now are"))
    }
    coders = Set(codings.map(\.coder)).sorted()
    let coderIndex = Dictionary(uniqueKeysWithValues: coders.enumerated().map { ($1, $0) })
    let codeIndex = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
    // Per transcript, per code, per coder: the accepted ranges.
    var ranges: [String: [[[Range<Int>]]]] = [:]
    for coding in codings {
      if ranges[coding.transcript] == nil {
        ranges[coding.transcript] = Array(
          repeating: Array(repeating: [], count: coders.count), count: codes.count)
      }
      guard coding.status == .accepted, !stale.contains(Segment.ID(coding)),
        let code = codeIndex[coding.code], let coder = coderIndex[coding.coder],
        coding.span.start < coding.span.end
      else { continue }
      ranges[coding.transcript]?[code][coder].append(coding.span.range)
    }
    var transcripts: [TrainingTranscript] = []
    var units: [LearningUnit] = []
    var transcriptOfUnit: [Int] = []
    var labels = Array(repeating: [Bool](), count: codes.count)
    var coderLabels = Array(
      repeating: Array(repeating: [Bool](), count: codes.count), count: coders.count)
    let roleSet = options.roles.map(Set.init)
    var unplaced = 0
    for id in ranges.keys.sorted() {
      guard let transcript = project.catalog.transcript(id) else {
        diagnostics.append(
          .warning("coded transcript '\(id)' is not in '\(project.catalog.folder)/'; left out"))
        continue
      }
      let found = LearningUnit.units(of: transcript, kind: options.unitKind, roles: roleSet)
      transcripts.append(TrainingTranscript(id: id, hash: transcript.contentHash))
      let byCode = ranges[id] ?? []
      for code in codes.indices {
        var union: [Range<Int>] = []
        for coder in coders.indices {
          let merged = AgreementTable.union(byCode[code][coder])
          union += merged
          coderLabels[coder][code] += found.map {
            AgreementTable.overlaps(merged[...], $0.span.range)
          }
          unplaced +=
            merged.filter { range in
              !found.contains { $0.span.range.overlaps(range) }
            }.count
        }
        let merged = AgreementTable.union(union)
        labels[code] += found.map { AgreementTable.overlaps(merged[...], $0.span.range) }
      }
      transcriptOfUnit += Array(repeating: transcripts.count - 1, count: found.count)
      units += found
    }
    if unplaced > 0 {
      let roles = options.roles.map { " (units: turns of \($0.joined(separator: ", ")))" } ?? ""
      diagnostics.append(
        .note(
          "\(unplaced) coded passage\(unplaced == 1 ? " lies" : "s lie") in no unit\(roles) and "
            + "label\(unplaced == 1 ? "s" : "") nothing; add the role to --speakers to learn from them"
        ))
    }
    self.transcripts = transcripts
    self.units = units
    self.transcriptOfUnit = transcriptOfUnit
    self.labels = labels
    self.coderLabels = coderLabels
    self.diagnostics = diagnostics
  }
}

/// A transcript a model was trained on: its id and the hash of its text.
public struct TrainingTranscript: Hashable, Sendable {
  /// The transcript's id.
  public var id: String
  /// ``Transcript/contentHash`` when the model was trained.
  public var hash: String

  /// Creates a record.
  public init(id: String, hash: String) {
    self.id = id
    self.hash = hash
  }
}
