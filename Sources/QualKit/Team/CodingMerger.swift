/// Merges several coders' coding files into one, keeping provenance.
///
/// Every input coding is first traced to its sources: the coder and the
/// `file:line` it was read from, or, for a coding that is itself the result of
/// a merge, the ``Coding/sources`` it carries. Merged codings get the merged
/// coder name and list their sources, so nothing is anonymous.
///
/// - ``MergeStrategy/union`` keeps one coding per transcript version, code,
///   span, origin and status, listing every source. Union merging is
///   commutative, associative and idempotent, and every input coding is
///   traceable in the output through its source.
/// - ``MergeStrategy/majority`` and ``MergeStrategy/unanimous`` vote per
///   unit of ``unit`` (a turn, line or character, as `qualkit agree` counts
///   them) and code: a coder votes for a unit with an accepted coding that
///   overlaps it by a character. The coders are every coder in the inputs.
///   See `CodingMerger+Units.swift` for the span a merged coding gets.
///   Codings of a transcript not in ``transcripts`` vote on identical spans.
///   These votes are commutative and idempotent, but a vote over votes is
///   not a vote over the coders, so they are not associative.
///
/// A coder who gives the same code on the same span different statuses is a
/// ``MergeConflict``: those codings are left out of the result and reported.
public struct CodingMerger: Hashable, Sendable {
  /// One coding file to merge.
  public struct Input: Hashable, Sendable {
    /// The file's path, as it should appear in sources.
    public var path: String
    /// Its codings.
    public var codings: [Coding]
    /// The 1-based line of each coding (1, 2, 3, … when not known).
    public var lines: [Int]
    /// Whether the file holds keyword proposals credited to their reviewers
    /// (``CoderPolicy``), whose coders appear in other files by design.
    public var holdsProposals: Bool = false

    /// Creates an input from a file read from `path`.
    public init(path: String, file: CodingFile) {
      self.path = path
      self.holdsProposals = file.effectiveKind == .proposals
      self.codings = file.codings
      self.lines =
        file.sourceLines.count == file.codings.count
        ? file.sourceLines : file.codings.indices.map { $0 + 1 }
    }
  }

  /// What a merge produced.
  public struct Result: Hashable, Sendable {
    /// The merged codings, in file order.
    public var codings: [Coding]
    /// The coders found in the inputs, sorted.
    public var coders: [String]
    /// Codings that were left out because a coder contradicted themselves.
    public var conflicts: [MergeConflict]
    /// Warnings: a coder in several files, codings of different transcript versions.
    public var diagnostics: [Diagnostic]
  }

  /// The strategy.
  public var strategy: MergeStrategy
  /// The coder name merged codings get.
  public var coder: String
  /// What a vote of majority and unanimous merges is about.
  public var unit: AgreementUnitKind
  /// The transcripts (current versions) whose units majority and unanimous
  /// merges vote on, by id.
  public var transcripts: [String: Transcript]

  /// Creates a merger.
  public init(
    strategy: MergeStrategy = .union, coder: String = "merged", unit: AgreementUnitKind = .turn,
    transcripts: [Transcript] = []
  ) {
    self.strategy = strategy
    self.coder = coder
    self.unit = unit
    self.transcripts = Dictionary(
      transcripts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The separator between the memos of merged codings.
  public static let memoSeparator = "\n---\n"

  /// What identifies an application of a code, regardless of coder.
  struct Key: Hashable {
    var transcript: String
    var hash: String?
    var code: String
    var span: Span
  }

  /// One source's vote.
  struct Vote: Hashable {
    var key: Key
    var origin: Coding.Origin
    var status: Coding.Status
    var text: String?
    var source: CodingSource
    /// Whether the coding was marked as an exemplar (kept if any vote marks it).
    var isExemplar = false
  }

  /// Merges the inputs.
  public func merge(_ inputs: [Input]) -> Result {
    var votes: [Vote] = []
    var filesByCoder: [String: Set<String>] = [:]
    for input in inputs {
      for (coding, line) in zip(input.codings, input.lines) {
        let key = Key(
          transcript: coding.transcript, hash: coding.transcriptHash, code: coding.code,
          span: coding.span)
        for source in Self.sources(of: coding, path: input.path, line: line) {
          if !input.holdsProposals {
            filesByCoder[source.coder, default: []].insert(source.file)
          }
          votes.append(
            Vote(
              key: key, origin: coding.origin, status: coding.status, text: coding.text,
              source: source, isExemplar: coding.isExemplar))
        }
      }
    }
    var diagnostics: [Diagnostic] = []
    for (name, files) in filesByCoder.sorted(by: { $0.key < $1.key }) where files.count > 1 {
      diagnostics.append(
        .warning(
          "coder '\(name)' appears in several files (\(files.sorted().joined(separator: ", "))); "
            + "counted as one coder"))
    }
    var hashes: [String: Set<String>] = [:]
    for vote in votes {
      if let hash = vote.key.hash { hashes[vote.key.transcript, default: []].insert(hash) }
    }
    for (transcript, set) in hashes.sorted(by: { $0.key < $1.key }) where set.count > 1 {
      diagnostics.append(
        .warning(
          "codings of '\(transcript)' were made on different versions of it "
            + "(\(set.sorted().joined(separator: ", "))); "
            + (strategy == .union || transcripts[transcript] == nil
              ? "they are not merged with each other"
              : "they vote on the current version's units")))
    }

    // Conflicts: one coder, one application, several statuses.
    struct CoderKey: Hashable {
      var key: Key
      var origin: Coding.Origin
      var coder: String
    }
    var statusesByCoder: [CoderKey: [Coding.Status: [CodingSource]]] = [:]
    for vote in votes {
      statusesByCoder[
        CoderKey(key: vote.key, origin: vote.origin, coder: vote.source.coder), default: [:]][
          vote.status, default: []
        ].append(vote.source)
    }
    var conflicts: [MergeConflict] = []
    var conflicting = Set<CoderKey>()
    for (coderKey, statuses) in statusesByCoder where statuses.count > 1 {
      conflicting.insert(coderKey)
      conflicts.append(
        MergeConflict(
          coder: coderKey.coder, transcript: coderKey.key.transcript, code: coderKey.key.code,
          span: coderKey.key.span, statuses: statuses.mapValues { Array(Set($0)).sorted() }))
    }
    conflicts.sort {
      ($0.transcript, $0.span, $0.code, $0.coder) < ($1.transcript, $1.span, $1.code, $1.coder)
    }
    let kept = votes.filter {
      !conflicting.contains(CoderKey(key: $0.key, origin: $0.origin, coder: $0.source.coder))
    }
    let coders = Array(Set(votes.map(\.source.coder))).sorted()

    var codings: [Coding] = []
    switch strategy {
    case .union:
      struct UnionKey: Hashable {
        var key: Key
        var origin: Coding.Origin
        var status: Coding.Status
      }
      let groups = Dictionary(grouping: kept) {
        UnionKey(key: $0.key, origin: $0.origin, status: $0.status)
      }
      for (unionKey, group) in groups {
        codings.append(
          coding(unionKey.key, origin: unionKey.origin, status: unionKey.status, group))
      }
    case .majority, .unanimous:
      codings = votedCodings(
        kept.filter { $0.status == .accepted }, coders: coders, diagnostics: &diagnostics)
    }
    codings.sort(by: Self.order)
    return Result(codings: codings, coders: coders, conflicts: conflicts, diagnostics: diagnostics)
  }

  func coding(_ key: Key, origin: Coding.Origin, status: Coding.Status, _ group: [Vote])
    -> Coding
  {
    let sources = Array(Set(group.map(\.source))).sorted()
    return Coding(
      transcript: key.transcript, code: key.code, coder: coder, span: key.span, origin: origin,
      status: status, memo: Self.joinedMemo(of: sources), text: group.compactMap(\.text).min(),
      transcriptHash: key.hash, sources: sources, isExemplar: group.contains(where: \.isExemplar))
  }

  /// The sources a coding votes with: its own coder, file and line (with its
  /// memo), or, for a merged coding, the sources it lists.
  ///
  /// An empty `sources` list counts as none (the coding is its own source),
  /// so that it is not dropped with zero votes. A merged coding written
  /// before sources kept their memos gives its whole memo to each source.
  static func sources(of coding: Coding, path: String, line: Int) -> [CodingSource] {
    guard let sources = coding.sources, !sources.isEmpty else {
      return [CodingSource(coder: coding.coder, file: path, line: line, memo: coding.memo)]
    }
    guard let memo = coding.memo, !sources.contains(where: { $0.memo != nil }) else {
      return sources
    }
    return sources.map { CodingSource(coder: $0.coder, file: $0.file, line: $0.line, memo: memo) }
  }

  /// The memo of a merged coding: its sources' distinct memos, each whole
  /// and as written, in the order of the sources, joined by
  /// ``memoSeparator``; nil when no source has one.
  public static func joinedMemo(of sources: [CodingSource]) -> String? {
    var seen = Set<String>()
    let memos = sources.compactMap(\.memo).filter { seen.insert($0).inserted }
    return memos.isEmpty ? nil : memos.joined(separator: memoSeparator)
  }

  /// File order, then the fields it leaves out, so that the order is total.
  static func order(_ lhs: Coding, _ rhs: Coding) -> Bool {
    if Coding.fileOrder(lhs, rhs) { return true }
    if Coding.fileOrder(rhs, lhs) { return false }
    if lhs.span != rhs.span {
      return (lhs.span.firstLine, lhs.span.lastLine) < (rhs.span.firstLine, rhs.span.lastLine)
    }
    if lhs.transcriptHash != rhs.transcriptHash {
      return (lhs.transcriptHash ?? "") < (rhs.transcriptHash ?? "")
    }
    if lhs.text != rhs.text { return (lhs.text ?? "") < (rhs.text ?? "") }
    return (lhs.sources ?? []).lexicographicallyPrecedes(rhs.sources ?? [])
  }
}
