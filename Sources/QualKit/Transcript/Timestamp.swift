/// A time in a recording, to the millisecond.
public struct Timestamp: Hashable, Sendable, Comparable, CustomStringConvertible {
  /// Milliseconds from the start of the recording.
  public var milliseconds: Int

  /// Creates a timestamp from milliseconds.
  public init(milliseconds: Int) {
    self.milliseconds = milliseconds
  }

  public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
    lhs.milliseconds < rhs.milliseconds
  }

  /// The time as `HH:MM:SS.mmm`.
  public var description: String {
    let hours = milliseconds / 3_600_000
    let minutes = milliseconds / 60_000 % 60
    let seconds = milliseconds / 1000 % 60
    let millis = milliseconds % 1000
    return "\(pad(hours, 2)):\(pad(minutes, 2)):\(pad(seconds, 2)).\(pad(millis, 3))"
  }

  private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  /// Parses `HH:MM:SS`, `MM:SS`, with an optional `.mmm` or `,mmm` fraction.
  ///
  /// Minutes and seconds must be below 60. Returns nil for anything else.
  public init?(parsing text: Substring) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3 else { return nil }
    var fraction = 0
    var last = parts[parts.count - 1]
    if let separator = last.firstIndex(where: { $0 == "." || $0 == "," }) {
      let digits = last[last.index(after: separator)...]
      guard (1...3).contains(digits.count), digits.allSatisfy(\.isASCIIDigit),
        let value = Int(digits)
      else { return nil }
      fraction = value * [1, 100, 10, 1][digits.count]
      last = last[..<separator]
    }
    let fields = parts.dropLast().map { $0 } + [last]
    guard fields.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isASCIIDigit) })
    else {
      return nil
    }
    let numbers = fields.compactMap { Int($0) }
    guard numbers.count == fields.count else { return nil }
    let (hours, minutes, seconds) =
      numbers.count == 3 ? (numbers[0], numbers[1], numbers[2]) : (0, numbers[0], numbers[1])
    guard minutes < 60 || numbers.count == 2, seconds < 60 else { return nil }
    self.milliseconds = ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction
  }
}

extension Character {
  /// Whether the character is one of the ASCII digits 0–9.
  var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
