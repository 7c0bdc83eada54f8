extension AgreementReport {
  /// Builds an ``AgreementReport`` from every coding at once and then one
  /// transcript at a time, so that a project's transcripts are never all in
  /// memory: only the coded ranges and, per transcript, the units someone
  /// coded and the disagreements' text are kept.
  ///
  /// ```swift
  /// var builder = AgreementReport.Builder(codings: codings, codebook: codebook)
  /// for transcript in transcripts { builder.add(transcript) }
  /// let report = builder.report()
  /// ```
  ///
  /// The report is the same whatever order the transcripts come in: they
  /// are compared in id order.
  public struct Builder: Sendable {
    /// The options used.
    public let options: AgreementOptions
    /// The coders, sorted.
    public let coders: [String]
    /// The codes reported, in row order.
    public let codes: [String]
    /// What the codings say of one transcript.
    private struct Coded: Sendable {
      /// Every coder with a coding of it, of any status.
      var coders: Set<String> = []
      /// The transcript hashes each coder's codings carry.
      var hashesByCoder: [String: Set<String>] = [:]
      /// The applied ranges by code index, then coder index.
      var ranges: [Int: [[Range<Int>]]] = [:]
    }
    /// What one transcript added.
    private struct Part: Sendable {
      var versionWarnings: [Diagnostic]
      var coderWarnings: [Diagnostic]
      /// One table per code, with this transcript's segments.
      var tables: [AgreementTable]
      /// Per code, the places where the coders differ.
      var disagreements: [[Disagreement]]
    }
    private var coded: [String: Coded] = [:]
    private var parts: [String: Part] = [:]
    private var codeWarnings: [Diagnostic] = []

    /// Takes every coder's codings, of any status.
    ///
    /// - Parameters:
    ///   - codings: The codings; only their ranges and a few facts are kept.
    ///   - codebook: The codebook, to warn about unknown codes and order the
    ///     rows; `nil` orders codes by id.
    ///   - options: What to compare and report.
    public init(
      codings: some Collection<Coding>, codebook: Codebook?,
      options: AgreementOptions = AgreementOptions()
    ) {
      self.options = options
      var coderSet = Set<String>()
      var codersByCode: [String: Set<String>] = [:]
      for coding in codings {
        coderSet.insert(coding.coder)
        codersByCode[coding.code, default: []].insert(coding.coder)
        var facts = coded[coding.transcript] ?? Coded()
        facts.coders.insert(coding.coder)
        if let hash = coding.transcriptHash {
          facts.hashesByCoder[coding.coder, default: []].insert(hash)
        }
        coded[coding.transcript] = facts
      }
      coders = coderSet.sorted()

      // Codes: as asked, or every code used, in codebook order.
      let used = Set(codersByCode.keys)
      if let known = codebook.map({ Set($0.allCodes.map(\.id)) }) {
        for code in used.subtracting(known).sorted() {
          let who = (codersByCode[code] ?? []).sorted().joined(separator: ", ")
          codeWarnings.append(.warning("code '\(code)' (used by \(who)) is not in the codebook"))
        }
        for code in (options.codes ?? []) where !known.contains(code) && !used.contains(code) {
          codeWarnings.append(
            .warning("code '\(code)' is neither in the codebook nor used by any coder"))
        }
      }
      if let asked = options.codes {
        codes = asked
      } else {
        let order = codebook?.allCodes.map(\.id) ?? []
        codes = order.filter(used.contains) + used.subtracting(order).sorted()
      }

      let codeIndex = Dictionary(
        codes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
      let coderIndex = Dictionary(uniqueKeysWithValues: coders.enumerated().map { ($1, $0) })
      let counted = Set(options.countedStatuses)
      for coding in codings where counted.contains(coding.status) {
        guard let code = codeIndex[coding.code], let coder = coderIndex[coding.coder],
          coding.span.start < coding.span.end
        else { continue }
        coded[coding.transcript]?.ranges[
          code, default: Array(repeating: [], count: coders.count)][coder]
          .append(coding.span.range)
      }
    }

    /// Compares the coders on `transcript`, if any coder coded it; a
    /// transcript whose id was added before is left out.
    public mutating func add(_ transcript: Transcript) {
      guard let facts = coded[transcript.id], parts[transcript.id] == nil else { return }
      let units = AgreementTable.units(
        of: transcript, kind: options.unitKind, roles: options.roleSet)
      var tables: [AgreementTable] = []
      var disagreements: [[Disagreement]] = []
      // The coder lists of a pattern of values, made once.
      var lists: [[Bool]: (codedBy: [String], notCodedBy: [String])] = [:]
      for (index, code) in codes.enumerated() {
        var table = AgreementTable(
          code: code, unitKind: options.unitKind, coders: coders, segments: [])
        table.add(
          transcript, units: units,
          coderRanges: facts.ranges[index] ?? Array(repeating: [], count: coders.count),
          keepingUncoded: false)
        var found: [Disagreement] = []
        for segment in options.listsDisagreements ? table.disagreements : [] {
          let list =
            lists[segment.coded]
            ?? (
              zip(coders, segment.coded).filter(\.1).map(\.0),
              zip(coders, segment.coded).filter { !$0.1 }.map(\.0)
            )
          lists[segment.coded] = list
          found.append(
            Disagreement(
              code: code, transcript: transcript.id, span: segment.span,
              text: transcript.text(in: segment.span.range), codedBy: list.codedBy,
              notCodedBy: list.notCodedBy))
        }
        disagreements.append(found)
        tables.append(table)
      }
      let coderWarnings = coders.filter { !facts.coders.contains($0) }.map { coder in
        Diagnostic.warning(
          "\(coder) has no codings in '\(transcript.id)'; its units count as not coded by \(coder)"
        )
      }
      parts[transcript.id] = Part(
        versionWarnings: Self.versionWarnings(
          facts.hashesByCoder, transcript: transcript.id, current: transcript.contentHash),
        coderWarnings: coderWarnings, tables: tables, disagreements: disagreements)
    }

    /// The report on the transcripts added.
    public consuming func report() -> AgreementReport {
      var diagnostics: [Diagnostic] = []
      for missing in Set(coded.keys).subtracting(parts.keys).sorted() {
        let who = (coded[missing]?.coders ?? []).sorted().joined(separator: ", ")
        diagnostics.append(
          .warning(
            "transcript '\(missing)' (coded by \(who)) is not in the project; "
              + "its codings are left out"))
      }
      let compared = parts.keys.sorted()
      let inOrder = compared.compactMap { parts[$0] }
      parts = [:]
      diagnostics += inOrder.flatMap(\.versionWarnings)
      diagnostics += inOrder.flatMap(\.coderWarnings)
      diagnostics += codeWarnings

      let tables = codes.indices.map { index in
        var table = AgreementTable(
          code: codes[index], unitKind: options.unitKind, coders: coders, segments: [])
        for part in inOrder {
          // The first part's segments are taken over, not copied.
          if table.segments.isEmpty {
            table.segments = part.tables[index].segments
          } else {
            table.segments += part.tables[index].segments
          }
          table.uncodedUnitCount += part.tables[index].uncodedUnitCount
        }
        return table
      }
      let statistics =
        options.statistics ?? [
          .percentAgreement, coders.count == 2 ? .cohenKappa : .fleissKappa, .krippendorffAlpha,
        ]
      func row(_ code: String?, _ tables: [AgreementTable]) -> Row {
        let data = AgreementTable.reliabilityData(tables, codedOnly: options.codedOnly)
        return Row(
          code: code, units: data.unitCount,
          codedUnits: tables.reduce(0) { $0 + $1.codedUnitCount },
          results: statistics.map { Reliability.compute($0, on: data) })
      }
      return AgreementReport(
        options: options, coders: coders, transcripts: compared, statistics: statistics,
        rows: tables.map { row($0.code, [$0]) }, pooled: row(nil, tables),
        disagreements: codes.indices.flatMap { index in
          inOrder.flatMap { $0.disagreements[index] }
        }, tables: tables, diagnostics: diagnostics)
    }

    /// Warnings for codings made on another version of a transcript than
    /// the current one, and for coders who coded different versions.
    private static func versionWarnings(
      _ hashesByCoder: [String: Set<String>], transcript: String, current: String
    ) -> [Diagnostic] {
      var warnings: [Diagnostic] = []
      for (coder, hashes) in hashesByCoder.sorted(by: { $0.key < $1.key }) {
        for hash in hashes.sorted() where hash != current {
          warnings.append(
            .warning(
              "\(coder) coded '\(transcript)' as it was before a change (hash \(hash), now "
                + "\(current)); spans may not match the current text"))
        }
      }
      let versions = Set(hashesByCoder.values.flatMap { $0 })
      if versions.count > 1 {
        let list = hashesByCoder.sorted(by: { $0.key < $1.key })
          .map { "\($0.key): \($0.value.sorted().joined(separator: ", "))" }
        warnings.append(
          .warning(
            "coders coded different versions of '\(transcript)' (\(list.joined(separator: "; ")))"
          ))
      }
      return warnings
    }
  }
}
