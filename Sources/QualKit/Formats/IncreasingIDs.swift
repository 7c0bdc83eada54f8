/// Ids read one after another, and whether each is greater than the one before.
///
/// Ids are non-empty, trimmed byte ranges of one buffer, compared as whole
/// numbers without leading zeros, or as bytes. Ids that increase either way
/// are distinct, with no table of the ids seen.
struct IncreasingIDs {
  private(set) var asNumbers = true
  private(set) var asBytes = true
  private var firstNumber = -1
  private var lastNumber = -1
  private var first: Range<Int>?
  private var last: Range<Int>?

  /// Whether the ids so far increase, as numbers or as bytes.
  var isIncreasing: Bool { asNumbers || asBytes }

  /// Takes the next id, `bytes[range]`.
  mutating func admit(_ range: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) {
    if asNumbers {
      if let number = CSVTable.wholeNumber(bytes, range), number > lastNumber {
        if first == nil { firstNumber = number }
        lastNumber = number
      } else {
        asNumbers = false
      }
    }
    if asBytes {
      if let last { asBytes = CSVTable.precedes(last, range, in: bytes) }
      last = range
    }
    if first == nil { first = range }
  }

  /// The same ids, read from a buffer that starts `offset` bytes later.
  func shifted(by offset: Int) -> IncreasingIDs {
    var moved = self
    moved.first = first.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
    moved.last = last.map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
    return moved
  }

  /// Whether `later`'s ids, read after these, keep them all increasing the
  /// same way; true when either has none.
  func continues(into later: IncreasingIDs, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let last, let next = later.first else { return true }
    let numbers = asNumbers && later.asNumbers && lastNumber < later.firstNumber
    let ordered = asBytes && later.asBytes && CSVTable.precedes(last, next, in: bytes)
    return numbers || ordered
  }
}
