/// Agreement on yes/no decisions (a unit coded or not), computed by the
/// same reliability code `qualkit agree` uses: the decisions become
/// reliability data with categories `0` and `1`, one weighted row per
/// pattern of decisions, as ``AgreementTable/reliabilityData(_:codedOnly:)``
/// builds them.
enum BinaryAgreement {
  /// The reliability data of the decision columns (one per coder, each a
  /// decision per unit, all of one length).
  static func data(_ columns: [[Bool]], coders: [String]) -> ReliabilityData {
    var counts: [[Bool]: Int] = [:]
    let count = columns.first?.count ?? 0
    var pattern = [Bool](repeating: false, count: columns.count)
    for unit in 0..<count {
      for coder in columns.indices { pattern[coder] = columns[coder][unit] }
      counts[pattern, default: 0] += 1
    }
    return AgreementTable.binaryData(counts, coders: coders)
  }

  /// Cohen's kappa between two decision columns (Fleiss' kappa for more),
  /// as `agree` reports it.
  static func kappa(_ columns: [[Bool]], coders: [String]) -> ReliabilityResult {
    Reliability.compute(
      columns.count == 2 ? .cohenKappa : .fleissKappa, on: data(columns, coders: coders))
  }
}
