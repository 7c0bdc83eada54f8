/// A codebook's codes by id, built once: each code with its parent, depth,
/// position in the tree and sub-tree.
///
/// ``Codebook/code(withID:)`` walks the whole tree on every call; commands
/// that look codes up per coding use this instead.
public struct CodebookIndex: Hashable, Sendable {
  /// One code's place in the tree.
  public struct Entry: Hashable, Sendable {
    /// The code.
    public var code: Code
    /// The id of the code it sits under, nil at the top.
    public var parent: String?
    /// 0 for a theme at the top, 1 below it, and so on.
    public var depth: Int
    /// The code's position in depth-first (codebook) order.
    public var order: Int
    /// The ids of the code and every code below it, in codebook order.
    public var subtree: [String]
  }

  /// The codebook the index is of.
  public let codebook: Codebook
  /// Every entry in codebook (depth-first) order.
  public let entries: [Entry]
  private let positions: [String: Int]

  /// Indexes `codebook` (ids are unique in a validated codebook; a repeated
  /// id keeps its first place).
  public init(_ codebook: Codebook) {
    self.codebook = codebook
    var entries: [Entry] = []
    var positions: [String: Int] = [:]
    func visit(_ code: Code, depth: Int, parent: String?) -> [String] {
      let index = entries.count
      entries.append(Entry(code: code, parent: parent, depth: depth, order: index, subtree: []))
      if positions[code.id] == nil { positions[code.id] = index }
      var subtree = [code.id]
      for child in code.children { subtree += visit(child, depth: depth + 1, parent: code.id) }
      entries[index].subtree = subtree
      return subtree
    }
    for code in codebook.codes { _ = visit(code, depth: 0, parent: nil) }
    self.entries = entries
    self.positions = positions
  }

  /// The entry of the code with `id`, if the codebook has one.
  public subscript(id: String) -> Entry? {
    positions[id].map { entries[$0] }
  }

  /// The code with `id`, if the codebook has one.
  public func code(_ id: String) -> Code? { self[id]?.code }

  /// Whether the codebook has a code with `id`.
  public func contains(_ id: String) -> Bool { positions[id] != nil }

  /// Every code id in codebook order.
  public var ids: [String] { entries.map(\.code.id) }

  /// The ids of `id` and every code below it; empty for an unknown id.
  public func subtree(of id: String) -> [String] { self[id]?.subtree ?? [] }
}
