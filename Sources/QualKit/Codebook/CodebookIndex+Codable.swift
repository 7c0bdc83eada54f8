extension CodebookIndex {
  /// What looking up a code to apply found.
  public enum CodableLookup: Hashable, Sendable {
    /// A codable code.
    case code(Code)
    /// No code has the id; the nearest codable ids, best first (at most 3).
    case unknown(nearest: [String])
    /// The code only groups others; its first codable children (at most 5).
    case notCodable(children: [String])
  }

  /// The code with `id` if it can be applied to a segment, else why not,
  /// with the choices to offer instead (for `tag` and for changing a code
  /// in `review`).
  public func codable(_ id: String) -> CodableLookup {
    guard let code = code(id) else {
      let codable = entries.map(\.code).filter(\.isCodable).map(\.id)
      return .unknown(nearest: Suggestions.nearest(to: id, in: codable, limit: 3))
    }
    guard code.isCodable else {
      return .notCodable(children: Array(code.children.filter(\.isCodable).map(\.id).prefix(5)))
    }
    return .code(code)
  }
}
