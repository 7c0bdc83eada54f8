/// A hierarchical codebook: themes, sub-themes and codes with definitions,
/// criteria and auto-coding keywords.
///
/// Codebooks are JSON files (see ``init(parsing:diagnostics:)`` for the
/// format) that researchers write and check by hand.
public struct Codebook: Hashable, Sendable {
  /// The newest format version this library reads.
  public static let currentVersion = 1
  /// The value of the `format` member that marks a QualKit codebook.
  public static let formatName = "qualkit-codebook"
  /// The most levels a code tree may have (themes are level 1) for the
  /// codebook file to stay within the JSON reader's nesting limit: a code
  /// on level L has its `children` array at depth 2 + 2L (root object,
  /// `codes` array, then a code object and a `children` array per level).
  public static let maximumDepth = (JSONParser.maximumDepth - 2) / 2

  /// The codebook's name.
  public var name: String
  /// A description of the codebook.
  public var description: String?
  /// The format version the file was written in.
  public var version: Int
  /// The top-level codes (themes) in order.
  public var codes: [Code]

  /// Creates a codebook.
  public init(
    name: String, description: String? = nil, version: Int = Codebook.currentVersion, codes: [Code]
  ) {
    self.name = name
    self.description = description
    self.version = version
    self.codes = codes
  }

  /// Every code in depth-first order with its depth (0 for themes) and parent id.
  public var flattened: [(code: Code, depth: Int, parent: String?)] {
    var result: [(code: Code, depth: Int, parent: String?)] = []
    func visit(_ code: Code, depth: Int, parent: String?) {
      result.append((code, depth, parent))
      for child in code.children { visit(child, depth: depth + 1, parent: code.id) }
    }
    for code in codes { visit(code, depth: 0, parent: nil) }
    return result
  }

  /// Every code in depth-first order.
  public var allCodes: [Code] { flattened.map(\.code) }

  /// The code with `id`, anywhere in the tree.
  public func code(withID id: String) -> Code? {
    allCodes.first { $0.id == id }
  }

  /// The ids of `id`'s code and all its descendants, in depth-first order.
  public func subtreeIDs(of id: String) -> [String] {
    guard let code = code(withID: id) else { return [] }
    var ids: [String] = []
    func visit(_ code: Code) {
      ids.append(code.id)
      code.children.forEach(visit)
    }
    visit(code)
    return ids
  }
}
