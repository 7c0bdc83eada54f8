extension ReliabilityData {
  static func checkCoders(
    _ coders: [String], position: (Int) -> SourcePosition?
  ) throws(ReliabilityDataError) {
    guard coders.count >= 2 else {
      throw ReliabilityDataError(
        .tooFewCoders(found: coders.count), at: position(0).map { _ in SourcePosition(line: 1) })
    }
    var seen: Set<String> = []
    for (column, name) in coders.enumerated() {
      guard !name.isEmpty else {
        throw ReliabilityDataError(.unnamedCoder(column: column + 1), at: position(column))
      }
      guard seen.insert(name).inserted else {
        throw ReliabilityDataError(.duplicateCoder(name), at: position(column))
      }
    }
  }
}
