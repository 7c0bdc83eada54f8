/// A small seeded random number generator (SplitMix64) whose output is the
/// same on every platform, for reproducible bootstrap intervals.
///
/// Reference: Steele, G. L., Lea, D. & Flood, C. H. (2014). Fast splittable
/// pseudorandom number generators. *OOPSLA 2014*.
public struct SplitMix64: RandomNumberGenerator, Hashable, Sendable {
  private var state: UInt64

  /// Creates a generator from a seed.
  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `0..<bound` by multiply-and-shift (Lemire), the same on every platform.
  public mutating func index(below bound: Int) -> Int {
    Int(truncatingIfNeeded: UInt64(bound).multipliedFullWidth(by: next()).high)
  }
}
