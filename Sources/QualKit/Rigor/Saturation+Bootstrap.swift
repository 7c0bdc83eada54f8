extension Saturation {
  /// How the saturation point varies over random orders of the interviews.
  public struct Spread: Hashable, Sendable {
    /// The number of random orders drawn.
    public var resamples: Int
    /// The seed of the generator.
    public var seed: UInt64
    /// The saturation point of each order that reached saturation, sorted.
    public var points: [Int]

    /// How many orders reached saturation.
    public var reached: Int { points.count }
    /// The share of orders that reached saturation.
    public var reachedShare: Double { resamples > 0 ? Double(points.count) / Double(resamples) : 0 }
    /// The median saturation point of the orders that reached it (type 7).
    public var median: Double? { quantile(0.5) }
    /// The 2.5 % quantile of those points.
    public var lower: Double? { quantile(0.025) }
    /// The 97.5 % quantile of those points.
    public var upper: Double? { quantile(0.975) }

    private func quantile(_ p: Double) -> Double? {
      points.isEmpty ? nil : Reliability.quantile(points.map(Double.init), p)
    }
  }

  /// The saturation point over `resamples` random orders of `interviews`.
  ///
  /// The orders are Fisher–Yates shuffles from a seeded ``SplitMix64``, so
  /// the same seed gives the same spread on every run and platform, as
  /// Guest, Namey & Chen (2020) bootstrap interview orders.
  ///
  /// - Complexity: O(resamples × interviews² × codes) at most.
  public static func spread(
    of interviews: [Set<String>], options: Options, resamples: Int = 1000, seed: UInt64 = 1
  ) -> Spread {
    var generator = SplitMix64(seed: seed)
    var points: [Int] = []
    var order = interviews
    for _ in 0..<max(0, resamples) {
      order = interviews
      var index = order.count - 1
      while index > 0 {
        let other = generator.index(below: index + 1)
        order.swapAt(index, other)
        index -= 1
      }
      if let point = assess(order, options: options).point { points.append(point) }
    }
    points.sort()
    return Spread(resamples: max(0, resamples), seed: seed, points: points)
  }
}
