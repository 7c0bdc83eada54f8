/// The order `qualkit review` shows proposals in.
public enum ReviewOrder: String, Hashable, Sendable, CaseIterable {
  /// File order: by transcript, then position (the default).
  case file
  /// The proposals a learned model was least sure of first: by how close
  /// their probability is to 0.5, so that each answer teaches the next model
  /// the most (uncertainty sampling). Proposals without a probability come
  /// last, in file order.
  case uncertainty

  /// `items` (in file order) in this order.
  ///
  /// The proposals of one span stay together (they share a screen): a span's
  /// place is that of its most uncertain proposal; ties keep file order.
  public func ordered(_ items: [Coding]) -> [Coding] {
    guard self == .uncertainty else { return items }
    var groups: [[Coding]] = []
    for item in items {
      if let last = groups.last?.last, last.transcript == item.transcript, last.span == item.span {
        groups[groups.count - 1].append(item)
      } else {
        groups.append([item])
      }
    }
    func distance(_ group: [Coding]) -> Double {
      group.compactMap { $0.evidence.map { abs($0.probability - 0.5) } }.min() ?? .infinity
    }
    let ranked = groups.enumerated().map { (position: $0.offset, distance: distance($0.element)) }
      .sorted { $0.distance != $1.distance ? $0.distance < $1.distance : $0.position < $1.position }
    return ranked.flatMap { groups[$0.position] }
  }
}
