extension CodingFile {
  /// What a coding file holds, declared in its header as `"kind"`.
  ///
  /// `qualkit tag` and `qualkit review` write `coder`, `qualkit autocode
  /// --out` writes `proposals` and `qualkit merge --out` writes `merge`, each
  /// into a file that declares no kind yet. A file without a declared kind
  /// (written before kinds existed, or by hand) has the kind its codings
  /// show (``inferredKind``): `merge` when a coding carries `"sources"`,
  /// `proposals` when every coding is a proposal (origin `keyword:…` or
  /// `imported:…`), else `coder`. `qualkit agree` and `qualkit merge` take
  /// only `coder` files unless asked for the others.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    /// One coder's own codings (`Codings/anna.jsonl`).
    case coder
    /// Auto-coding proposals and their review (`Codings/auto.jsonl`).
    case proposals
    /// The result of `qualkit merge` (codings with sources).
    case merge

    /// How notes name a file of this kind.
    public var phrase: String {
      switch self {
      case .coder: "a coder's codings"
      case .proposals: "auto-coding proposals"
      case .merge: "a merge of coders' files"
      }
    }
  }

  /// The kind the codings show, for a file that declares none.
  public var inferredKind: Kind {
    if codings.contains(where: { $0.sources != nil }) { return .merge }
    let allProposals =
      !codings.isEmpty
      && codings.allSatisfy(\.origin.isProposal)
    return allProposals ? .proposals : .coder
  }

  /// The declared kind, else the inferred one.
  public var effectiveKind: Kind { kind ?? inferredKind }

  /// Declares a kind when the file has none.
  ///
  /// The kind is `kind` for a file without codings (a new file), else the
  /// kind its codings show, so that a writer never relabels an older file.
  /// A file that keeps a kind this QualKit does not know keeps it.
  public mutating func declareKind(defaultingTo kind: Kind) {
    guard self.kind == nil, !headerExtraMembers.contains(where: { $0.key == "kind" }) else {
      return
    }
    self.kind = codings.isEmpty ? kind : inferredKind
  }

  /// A warning when the declared kind contradicts the codings: a coder's
  /// file or proposals holding a merged coding, or a merge none of whose
  /// codings has sources.
  func kindWarning() -> Diagnostic? {
    guard let kind else { return nil }
    switch kind {
    case .coder, .proposals:
      guard let index = codings.firstIndex(where: { $0.sources != nil }) else { return nil }
      return .warning(
        "the header says this file holds \(kind.phrase) (\"kind\": \"\(kind.rawValue)\"), but this coding was merged (it has \"sources\"); fix the header's kind or move the coding",
        at: SourcePosition(line: sourceLines.indices.contains(index) ? sourceLines[index] : 1))
    case .merge:
      guard !codings.isEmpty, codings.allSatisfy({ $0.sources == nil }) else { return nil }
      return .warning(
        "the header says this file is a merge (\"kind\": \"merge\"), but none of its codings has \"sources\"; fix the header's kind",
        at: SourcePosition(line: 1))
    }
  }
}
