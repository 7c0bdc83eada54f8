/// Which coding files count as coders, and as whom: the one rule every
/// command that counts, lists or quotes codings follows (`agree`, `merge`,
/// `report`, `matrix`, `joint`, `segments`, `memos`, `cooccurrence`,
/// `quantitize`, `codings`, `learn`).
///
/// By the kind each file declares or shows (``CodingFile/Kind``):
/// - **coder** files count as they are, each coding as its `coder`'s.
/// - **proposals** (keyword auto-coding) count only where a person answered
///   them: a proposal accepted or rejected in `qualkit review` is the
///   reviewer's coding (``Coding/reviewer``), and a code changed in review
///   (a manual coding the review added) is its coder's. A proposal nobody
///   answered counts for no coder (unless ``keepsProposals``), and so does
///   one answered without a reviewer other than the proposer itself, with a
///   note saying how many.
/// - A **proposer** (the coder a proposals file's codings name: `auto` for
///   keyword rules, `model` for a learned model, `tags` for imported tags)
///   counts as a coder only when it is named in ``coders``
///   (`--coders anna,model`): then every proposal it made counts as its own
///   accepted coding, whatever a reviewer answered (an answered proposal
///   still counts for its reviewer too), so that the proposer is scored like
///   any coder. Never otherwise; and not when ``keepsProposals`` lists
///   proposals as they stand.
/// - **merge** files (`qualkit merge`) are left out, since their coders
///   count already; a merge file counts, *instead of* the coders it merged,
///   when it is named in ``mergedFiles``, or when its coder is named in
///   ``coders`` (`--coders team`).
///
/// With ``allKinds`` every file counts as written, each coding as its
/// `coder`'s (`--all-kinds`). Statuses are not filtered here: a command
/// counts the accepted codings of the selection unless asked otherwise.
public struct CoderPolicy: Hashable, Sendable {
  /// Only these coders; empty for every coder.
  ///
  /// Proposals are credited to their reviewers first; naming a merge
  /// file's coder counts that file.
  public var coders: [String]
  /// Paths of merge files to count instead of the coders they merged.
  public var mergedFiles: [String]
  /// Whether every file counts as written, whatever its kind.
  public var allKinds: Bool
  /// Whether proposals nobody answered yet stay in, as their proposer's (for
  /// listings such as `codings --status proposed`).
  public var keepsProposals: Bool

  /// The default policy: coders' files and answered proposals.
  public init(
    coders: [String] = [], mergedFiles: [String] = [], allKinds: Bool = false,
    keepsProposals: Bool = false
  ) {
    self.coders = coders
    self.mergedFiles = mergedFiles
    self.allKinds = allKinds
    self.keepsProposals = keepsProposals
  }

  /// The codings a policy counts, file by file.
  public struct Selection: Sendable {
    /// The files that count, in the order given, each holding only the
    /// codings that count, their `coder` being whom each counts for
    /// (``CodingFile/sourceLines`` stay parallel, so messages name the
    /// line each came from).
    public var files: [CodingStore.Loaded]
    /// The coders the counted codings name, sorted.
    public var coders: [String]
    /// The coders of ``CoderPolicy/coders`` that no counted coding names.
    public var unknownCoders: [String]
    /// Every coder name the files could count for, for suggestions.
    public var knownCoders: [String]
    /// Keyword proposals credited to their reviewers, per reviewer.
    public var answeredProposals: [String: Int]
    /// Notes on files left out and proposals that count for nobody.
    public var diagnostics: [Diagnostic]

    /// Every counted coding, file after file.
    public var codings: [Coding] { files.flatMap(\.file.codings) }
  }

  /// Applies the policy to coding files as read.
  ///
  /// - Parameter files: The coding files, in the order read.
  /// - Returns: What counts, and notes on what does not.
  public func select(_ files: [CodingStore.Loaded]) -> Selection {
    var kept: [CodingStore.Loaded] = []
    var notes: [Diagnostic] = []
    var answered: [String: Int] = [:]
    var known: Set<String> = []
    let wanted = Set(coders)
    let named = Set(mergedFiles)
    // Coders that a merge file counted instead of them stands for.
    var replaced: Set<String> = []
    for loaded in files where !allKinds && loaded.file.effectiveKind == .merge {
      let mergeCoders = Set(loaded.file.codings.map(\.coder))
      known.formUnion(mergeCoders)
      if named.contains(loaded.path) {
        for coding in loaded.file.codings {
          replaced.formUnion((coding.sources ?? []).map(\.coder))
        }
      }
    }
    for loaded in files {
      let file = loaded.file
      let kind = allKinds ? CodingFile.Kind.coder : file.effectiveKind
      switch kind {
      case .coder:
        known.formUnion(file.codings.map(\.coder))
        kept.append(loaded)
      case .merge:
        let mergeCoders = Set(file.codings.map(\.coder))
        if named.contains(loaded.path) || !wanted.isDisjoint(with: mergeCoders) {
          kept.append(loaded)
        } else if !file.codings.isEmpty {
          let how = file.kind == nil ? "as its codings show" : "as its header says"
          let name = mergeCoders.sorted().first ?? "merged"
          notes.append(
            .note(
              "left out: it holds \(kind.phrase) (\(how)), whose coders count already; "
                + "name its coder (--coders \(name)) to count it instead of them",
              file: loaded.path))
        }
      case .proposals:
        var credited = loaded
        credited.file.codings = []
        credited.file.sourceLines = []
        var unanswered = 0
        var unreviewed = 0
        for (index, coding) in file.codings.enumerated() {
          var coding = coding
          if coding.origin.isProposal, wanted.contains(coding.coder), !keepsProposals {
            // The proposer, named, counts as a coder: what it proposed it applied.
            known.insert(coding.coder)
            var own = coding
            own.status = .accepted
            own.reviewer = nil
            credited.file.codings.append(own)
            if file.sourceLines.indices.contains(index) {
              credited.file.sourceLines.append(file.sourceLines[index])
            }
            if coding.status == .proposed || coding.reviewer == nil
              || coding.reviewer == coding.coder
            {
              continue
            }
          }
          if coding.status == .proposed {
            guard keepsProposals else {
              unanswered += 1
              continue
            }
          } else if coding.origin.isProposal {
            guard let reviewer = coding.reviewer, reviewer != coding.coder else {
              unreviewed += 1
              continue
            }
            coding.coder = reviewer
            if coding.status == .accepted { answered[reviewer, default: 0] += 1 }
          }
          known.insert(coding.coder)
          credited.file.codings.append(coding)
          if file.sourceLines.indices.contains(index) {
            credited.file.sourceLines.append(file.sourceLines[index])
          }
        }
        if unreviewed > 0 {
          notes.append(
            .note(
              "\(unreviewed) answered proposal\(unreviewed == 1 ? "" : "s") with no reviewer "
                + "count\(unreviewed == 1 ? "s" : "") for no coder; an answered proposal is "
                + "its reviewer's coding (review with --reviewer NAME)",
              file: loaded.path))
        }
        if unanswered > 0 {
          let proposer = file.codings.first { $0.status == .proposed }?.coder ?? "auto"
          notes.append(
            .note(
              "\(unanswered) proposal\(unanswered == 1 ? "" : "s") not yet reviewed "
                + "count\(unanswered == 1 ? "s" : "") for no coder (qualkit review --coder "
                + "\(proposer) --reviewer NAME)", file: loaded.path))
        }
        kept.append(credited)
      }
    }
    if !replaced.isEmpty {
      for index in kept.indices where !named.contains(kept[index].path) {
        let before = kept[index].file.codings.count
        kept[index].file.keep { !replaced.contains($0.coder) }
        if kept[index].file.codings.count < before {
          notes.append(
            .note(
              "left out: its codings by \(replaced.sorted().joined(separator: ", ")) count "
                + "through the merge file instead", file: kept[index].path))
        }
      }
    }
    if !wanted.isEmpty {
      for index in kept.indices { kept[index].file.keep { wanted.contains($0.coder) } }
    }
    let counted = Set(kept.lazy.flatMap { $0.file.codings.lazy.map(\.coder) })
    return Selection(
      files: kept, coders: counted.sorted(),
      unknownCoders: coders.filter { !counted.contains($0) },
      knownCoders: known.sorted(), answeredProposals: answered, diagnostics: notes)
  }
}

extension CodingFile {
  /// Keeps the codings for which `isIncluded` holds, their source lines with them.
  mutating func keep(where isIncluded: (Coding) -> Bool) {
    guard !codings.allSatisfy(isIncluded) else { return }
    var keptCodings: [Coding] = []
    var keptLines: [Int] = []
    for (index, coding) in codings.enumerated() where isIncluded(coding) {
      keptCodings.append(coding)
      if sourceLines.indices.contains(index) { keptLines.append(sourceLines[index]) }
    }
    codings = keptCodings
    sourceLines = keptLines
  }
}
