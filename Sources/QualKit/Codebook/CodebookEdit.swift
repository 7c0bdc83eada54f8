/// A change to a codebook's tree that the coding files follow: a code
/// renamed, moved, merged into another, or added.
///
/// ``Codebook/applying(_:)`` changes the codebook;
/// ``CodingFile/applying(_:)`` changes a coder's codings to match, so that
/// both can be written in one step (`qualkit codebook rename` and friends).
public enum CodebookEdit: Hashable, Sendable {
  /// The code `from` gets the id `to` (its label, place and children stay).
  case renameCode(from: String, to: String)
  /// The code moves, with its children, to the end of `parent`'s children
  /// (or to the top level when `parent` is nil).
  case move(code: String, under: String?)
  /// The codes `from` are removed and their codings recoded to `into`;
  /// their children move under `into`.
  case merge(from: [String], into: String)
  /// A new code, at the end of `parent`'s children (or of the top level).
  case add(Code, under: String?)

  /// The edit in words: `rename code 'a' to 'b'`.
  public var summary: String {
    switch self {
    case .renameCode(let from, let to): "rename code '\(from)' to '\(to)'"
    case .move(let code, let parent):
      "move code '\(code)' " + (parent.map { "under '\($0)'" } ?? "to the top level")
    case .merge(let from, let into):
      "merge code\(from.count == 1 ? "" : "s") \(from.map { "'\($0)'" }.joined(separator: ", ")) into '\(into)'"
    case .add(let code, let parent):
      "add code '\(code.id)' (\(code.label))" + (parent.map { " under '\($0)'" } ?? "")
    }
  }

  /// The note a merge adds to a recoded coding's memo.
  public static func mergeNote(from code: String) -> String { "merged from code '\(code)'" }
}

extension Codebook {
  /// The codebook with `edit` made.
  ///
  /// - Throws: ``CodebookEditError``: an unknown code (with the nearest
  ///   ids), an id that exists already, a code moved or merged into itself
  ///   or one of its own descendants, an empty id or label.
  public func applying(_ edit: CodebookEdit) throws(CodebookEditError) -> Codebook {
    let index = CodebookIndex(self)
    func require(_ id: String) throws(CodebookEditError) {
      guard index.contains(id) else {
        throw CodebookEditError(
          .unknownCode, "unknown code '\(id)'",
          nearest: Suggestions.nearest(to: id, in: index.ids, limit: 3))
      }
    }
    func requireNew(_ id: String) throws(CodebookEditError) {
      if let problem = Code.idProblem(id) { throw CodebookEditError(.invalidID, problem) }
      guard !index.contains(id) else {
        throw CodebookEditError(.existingID, "the codebook already has a code '\(id)'")
      }
    }
    var result = self
    switch edit {
    case .renameCode(let from, let to):
      try require(from)
      try requireNew(to)
      result.codes = Self.mapTree(codes) { code in
        var code = code
        if code.id == from { code.id = to }
        return code
      }
    case .move(let id, let parent):
      try require(id)
      if let parent {
        try require(parent)
        guard !index.subtree(of: id).contains(parent) else {
          throw CodebookEditError(
            .intoOwnSubtree,
            parent == id
              ? "a code cannot go under itself" : "'\(parent)' is one of its own sub-codes")
        }
      }
      guard let moved = index.code(id) else { return self }
      var codes = Self.removing([id], from: codes)
      Self.insert(moved, under: parent, into: &codes)
      result.codes = codes
    case .merge(let from, let into):
      try require(into)
      for id in from { try require(id) }
      for id in from {
        guard id != into else {
          throw CodebookEditError(.intoOwnSubtree, "a code cannot be merged into itself")
        }
        guard !index.subtree(of: id).contains(into) else {
          throw CodebookEditError(
            .intoOwnSubtree, "'\(into)' is one of the sub-codes of '\(id)'")
        }
      }
      // The merged codes' children (those not merged themselves) move under `into`.
      let merged = Set(from)
      var orphans: [Code] = []
      for id in from {
        for child in index.code(id)?.children ?? [] where !merged.contains(child.id) {
          orphans.append(child)
        }
      }
      var codes = Self.removing(merged, from: codes)
      for orphan in orphans {
        codes = Self.removing([orphan.id], from: codes)
        Self.insert(Self.removingTree(merged, from: orphan), under: into, into: &codes)
      }
      result.codes = codes
    case .add(let code, let parent):
      try requireNew(code.id)
      guard !code.label.trimmingCharacters(in: " \t").isEmpty else {
        throw CodebookEditError(.invalidID, "the code '\(code.id)' needs a label")
      }
      if let parent { try require(parent) }
      Self.insert(code, under: parent, into: &result.codes)
    }
    return result
  }

  /// `codes` with `transform` applied to every code, depth first.
  private static func mapTree(_ codes: [Code], _ transform: (Code) -> Code) -> [Code] {
    codes.map { code in
      var changed = transform(code)
      changed.children = mapTree(code.children, transform)
      return changed
    }
  }

  /// `codes` without the codes whose id is in `ids` (and their children).
  private static func removing(_ ids: Set<String>, from codes: [Code]) -> [Code] {
    codes.filter { !ids.contains($0.id) }.map { removingTree(ids, from: $0) }
  }

  /// `code` without the descendants whose id is in `ids`.
  private static func removingTree(_ ids: Set<String>, from code: Code) -> Code {
    var code = code
    code.children = removing(ids, from: code.children)
    return code
  }

  /// Appends `code` to `parent`'s children, or to the top level.
  private static func insert(_ code: Code, under parent: String?, into codes: inout [Code]) {
    guard let parent else {
      codes.append(code)
      return
    }
    for position in codes.indices {
      if codes[position].id == parent {
        codes[position].children.append(code)
        return
      }
      insert(code, under: parent, into: &codes[position].children)
    }
  }
}
