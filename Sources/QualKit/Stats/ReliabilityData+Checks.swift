extension ReliabilityData {
  /// The bytes as a whole number of at most 18 digits, spaces and tabs
  /// around it ignored, without a leading zero ("01" is not 1, as ids);
  /// nil for anything else, an empty field included.
  @inline(__always)
  static func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var start = range.lowerBound
    var end = range.upperBound
    while start < end && (bytes[start] == 0x20 || bytes[start] == 0x09) { start += 1 }
    while end > start && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09) { end -= 1 }
    guard start < end, end - start <= 18, end - start == 1 || bytes[start] != 0x30 else {
      return nil
    }
    var value = 0
    for index in start..<end {
      let digit = Int(bytes[index]) &- 0x30
      guard digit >= 0 && digit <= 9 else { return nil }
      value = value &* 10 &+ digit
    }
    return value
  }

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
