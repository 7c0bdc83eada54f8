extension CodingFile {
  /// Moves `proposals` into the file, leaving out those whose application
  /// (transcript, code, coder, span, origin) is there already or comes
  /// earlier among the proposals; returns how many were added.
  ///
  /// `proposals` is left empty, so that a large run holds its proposals once.
  public mutating func addNew(_ proposals: inout [Coding]) -> Int {
    var existing = Set(codings.map(\.applicationKey))
    let before = codings.count
    if codings.isEmpty {
      swap(&codings, &proposals)
    } else {
      codings.append(contentsOf: proposals)
      proposals = []
    }
    // Keeps the first of each application among the new ones, in order.
    var kept = before
    for index in before..<codings.count
    where existing.insert(codings[index].applicationKey).inserted {
      codings.swapAt(index, kept)
      kept += 1
    }
    codings.removeLast(codings.count - kept)
    return kept - before
  }
}
