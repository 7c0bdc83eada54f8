/// The coded segments a mixed-methods table counts: the project's codings
/// that pass a filter, each segment once.
///
/// - Only accepted codings count unless the filter names statuses
///   (proposals are not findings until a coder accepts them).
/// - A segment coded with the same code on the same span by several coders
///   (or found in both a coder's file and a merged file) counts once; its
///   coders are kept in ``coders``.
/// - The transcripts are those the filter's transcript and attribute
///   criteria select, with or without codings: they are the denominators
///   (N) of participant counts.
public struct CodedSegments: Sendable {
  /// The segments, in transcript, position and code order.
  public var segments: [Coding]
  /// The coders whose codings were counted, sorted.
  public var coders: [String]
  /// The transcripts counted, sorted by id.
  public var transcripts: [Transcript]
  /// The statuses that were counted.
  public var statuses: Set<Coding.Status>
  /// The codes the filter named, with their sub-trees; nil for every code.
  ///
  /// Tables show only the codes whose sub-tree meets these.
  public var codeIDs: Set<String>?

  /// Selects the segments of `project` that pass `filter`.
  ///
  /// - Throws: ``CodingFilterError`` for a filter that names nothing in the project.
  public init(project: Project, filter: CodingFilter) throws(CodingFilterError) {
    var filter = filter
    if filter.statuses.isEmpty { filter.statuses = [.accepted] }
    statuses = filter.statuses
    let resolved = try filter.resolved(
      index: project.index, codings: project.codings, catalog: project.catalog)
    codeIDs = resolved.codeIDs
    var seen: Set<Coding.SegmentKey> = []
    var coders: Set<String> = []
    var segments: [Coding] = []
    for coding in project.codings where resolved.matches(coding) {
      coders.insert(coding.coder)
      if seen.insert(Coding.SegmentKey(coding)).inserted { segments.append(coding) }
    }
    self.segments = segments.sorted {
      ($0.transcript, $0.span.start, $0.span.end, $0.code)
        < ($1.transcript, $1.span.start, $1.span.end, $1.code)
    }
    self.coders = coders.sorted()
    transcripts = project.catalog.sorted.filter(filter.selects)
  }

  /// Whether a table shows the code of `entry`: every code without a code
  /// filter, else the codes whose sub-tree meets the filter's codes.
  public func shows(_ entry: CodebookIndex.Entry) -> Bool {
    guard let codeIDs else { return true }
    return entry.subtree.contains(where: codeIDs.contains)
  }

  /// A line for a table's preamble: what was counted.
  public var summary: String {
    let statusNames = Coding.Status.allCases.filter(statuses.contains).map(\.rawValue)
    let who = coders.isEmpty ? "no coder yet" : "coders \(coders.joined(separator: ", "))"
    return
      "\(segments.count) \(statusNames.joined(separator: "/")) segment\(segments.count == 1 ? "" : "s") of \(who) in \(transcripts.count) transcript\(transcripts.count == 1 ? "" : "s"); a segment coded by several coders counts once"
  }
}
