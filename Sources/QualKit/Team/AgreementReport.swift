/// Inter-coder agreement of several coders' codings, code by code and pooled
/// over codes, with the places where the coders differ.
///
/// Each code gets an ``AgreementTable``: for every unit (turn, line or
/// character) whether each coder applied the code. The coefficients come
/// from ``Reliability`` with the values 0 and 1 as nominal categories. The
/// pooled figure puts every code × unit decision of every reported code into
/// one table and computes the same coefficients on it.
///
/// Coders are named by the codings' `coder` field. Transcripts compared are
/// those any coder coded; problems with the input (unknown transcripts or
/// codes, codings made on another version of a transcript, a coder who did
/// not code a transcript) become warnings in ``diagnostics``.
public struct AgreementReport: Hashable, Sendable {
  /// One code's (or the pooled) figures.
  public struct Row: Hashable, Sendable {
    /// The code's id, or `nil` for the pooled row.
    public var code: String?
    /// The number of units compared.
    public var units: Int
    /// The number of units at least one coder coded.
    public var codedUnits: Int
    /// The coefficients, in ``AgreementReport/statistics`` order.
    public var results: [ReliabilityResult]
  }

  /// A place where coders differ on a code.
  public struct Disagreement: Hashable, Sendable {
    /// The code's id.
    public var code: String
    /// The transcript's id.
    public var transcript: String
    /// The unit or run of characters.
    public var span: Span
    /// The transcript's text there.
    public var text: String
    /// The coders who applied the code there.
    public var codedBy: [String]
    /// The coders who did not.
    public var notCodedBy: [String]
  }

  /// The options used.
  public var options: AgreementOptions
  /// The coders, sorted.
  public var coders: [String]
  /// The ids of the transcripts compared, in the order given.
  public var transcripts: [String]
  /// The coefficients reported.
  public var statistics: [ReliabilityStatistic]
  /// One row per code.
  public var rows: [Row]
  /// Every code × unit decision pooled.
  public var pooled: Row
  /// Where the coders differ, by code, transcript and position.
  public var disagreements: [Disagreement]
  /// The tables the figures come from, one per code.
  public var tables: [AgreementTable]
  /// Warnings about the input.
  public var diagnostics: [Diagnostic]

  /// Compares coders' codings.
  ///
  /// - Parameters:
  ///   - codings: Every coder's codings, of any status.
  ///   - transcripts: The project's transcripts (current versions).
  ///   - codebook: The codebook, to warn about unknown codes and order the
  ///     rows; `nil` orders codes by id.
  ///   - options: What to compare and report.
  public init(
    codings: [Coding], transcripts: [Transcript], codebook: Codebook?,
    options: AgreementOptions = AgreementOptions()
  ) {
    self.options = options
    var diagnostics: [Diagnostic] = []
    let coders = Array(Set(codings.map(\.coder))).sorted()
    self.coders = coders
    let byID = Dictionary(transcripts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

    // Transcripts: those any coder coded, in the order given.
    let codedTranscripts = Set(codings.map(\.transcript))
    for missing in codedTranscripts.subtracting(byID.keys).sorted() {
      let who = Array(Set(codings.filter { $0.transcript == missing }.map(\.coder))).sorted()
      diagnostics.append(
        .warning(
          "transcript '\(missing)' (coded by \(who.joined(separator: ", "))) is not in the project; "
            + "its codings are left out"))
    }
    let compared = transcripts.filter { codedTranscripts.contains($0.id) }
    self.transcripts = compared.map(\.id)
    diagnostics += Self.versionWarnings(codings, transcripts: compared)
    for transcript in compared {
      let present = Set(codings.filter { $0.transcript == transcript.id }.map(\.coder))
      for coder in coders where !present.contains(coder) {
        diagnostics.append(
          .warning(
            "\(coder) has no codings in '\(transcript.id)'; its units count as not coded by \(coder)"
          ))
      }
    }

    // Codes: as asked, or every code used, in codebook order.
    let used = Set(codings.map(\.code))
    let known = codebook.map { Set($0.allCodes.map(\.id)) }
    if let known {
      for code in used.subtracting(known).sorted() {
        let who = Array(Set(codings.filter { $0.code == code }.map(\.coder))).sorted()
        diagnostics.append(
          .warning("code '\(code)' (used by \(who.joined(separator: ", "))) is not in the codebook")
        )
      }
      for code in (options.codes ?? []) where !known.contains(code) && !used.contains(code) {
        diagnostics.append(
          .warning("code '\(code)' is neither in the codebook nor used by any coder"))
      }
    }
    var codes = options.codes ?? []
    if options.codes == nil {
      let order = codebook?.allCodes.map(\.id) ?? []
      codes = order.filter(used.contains) + used.subtracting(order).sorted()
    }

    let counted = Set(options.countedStatuses)
    let applied = codings.filter { counted.contains($0.status) }
    let tables = AgreementTable.tables(
      codings: applied, transcripts: compared, coders: coders, codes: codes,
      unitKind: options.unitKind, roles: options.roleSet)
    self.tables = tables
    let statistics =
      options.statistics ?? [
        .percentAgreement, coders.count == 2 ? .cohenKappa : .fleissKappa, .krippendorffAlpha,
      ]
    self.statistics = statistics
    func row(_ code: String?, _ tables: [AgreementTable]) -> Row {
      let data = AgreementTable.reliabilityData(tables, codedOnly: options.codedOnly)
      let coded = tables.reduce(0) { $0 + $1.codedUnitCount }
      return Row(
        code: code, units: data.unitCount, codedUnits: coded,
        results: statistics.map { Reliability.compute($0, on: data) })
    }
    rows = tables.map { row($0.code, [$0]) }
    pooled = row(nil, tables)

    var disagreements: [Disagreement] = []
    for table in tables {
      for segment in table.disagreements {
        guard let transcript = byID[segment.transcript] else { continue }
        disagreements.append(
          Disagreement(
            code: table.code, transcript: segment.transcript, span: segment.span,
            text: transcript.text(in: segment.span.range),
            codedBy: zip(coders, segment.coded).filter(\.1).map(\.0),
            notCodedBy: zip(coders, segment.coded).filter { !$0.1 }.map(\.0)))
      }
    }
    self.disagreements = disagreements
    self.diagnostics = diagnostics
  }

  /// Warnings for codings made on another version of a transcript than the
  /// current one, and for coders who coded different versions.
  static func versionWarnings(_ codings: [Coding], transcripts: [Transcript]) -> [Diagnostic] {
    var warnings: [Diagnostic] = []
    for transcript in transcripts {
      let current = transcript.contentHash
      var hashesByCoder: [String: Set<String>] = [:]
      for coding in codings where coding.transcript == transcript.id {
        if let hash = coding.transcriptHash {
          hashesByCoder[coding.coder, default: []].insert(hash)
        }
      }
      for (coder, hashes) in hashesByCoder.sorted(by: { $0.key < $1.key }) {
        for hash in hashes.sorted() where hash != current {
          warnings.append(
            .warning(
              "\(coder) coded '\(transcript.id)' as it was before a change (hash \(hash), now "
                + "\(current)); spans may not match the current text"))
        }
      }
      let versions = Set(hashesByCoder.values.flatMap { $0 })
      if versions.count > 1 {
        let list = hashesByCoder.sorted(by: { $0.key < $1.key })
          .map { "\($0.key): \($0.value.sorted().joined(separator: ", "))" }
        warnings.append(
          .warning(
            "coders coded different versions of '\(transcript.id)' (\(list.joined(separator: "; ")))"
          ))
      }
    }
    return warnings
  }
}
