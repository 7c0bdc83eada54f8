/// The segments of one code, for a retrieval grouped by code.
public struct SegmentGroup: Hashable, Sendable {
  /// The code's id.
  public var code: String
  /// The code's label (the id for a code the codebook does not have).
  public var label: String
  /// The code's depth in the tree (0 for a theme).
  public var depth: Int
  /// The labels of the codes above it, the theme first.
  public var parents: [String] = []
  /// The segments, by transcript and position.
  public var segments: [RetrievedSegment]

  /// Groups `segments` by code, in codebook order.
  ///
  /// Codes the codebook does not have come last, by id. Codes without
  /// segments are left out.
  public static func grouped(_ segments: [RetrievedSegment], index: CodebookIndex?)
    -> [SegmentGroup]
  {
    var byCode: [String: [RetrievedSegment]] = [:]
    for segment in segments { byCode[segment.coding.code, default: []].append(segment) }
    var groups: [SegmentGroup] = []
    for entry in index?.entries ?? [] {
      guard let found = byCode.removeValue(forKey: entry.code.id) else { continue }
      var parents: [String] = []
      var parent = entry.parent
      while let id = parent, let above = index?[id] {
        parents.insert(above.code.label, at: 0)
        parent = above.parent
      }
      groups.append(
        SegmentGroup(
          code: entry.code.id, label: entry.code.label, depth: entry.depth, parents: parents,
          segments: found))
    }
    for code in byCode.keys.sorted() {
      groups.append(SegmentGroup(code: code, label: code, depth: 0, segments: byCode[code] ?? []))
    }
    return groups
  }

  /// Every coded segment of a selection, whole, grouped by code: each
  /// segment once, with every coder who coded it.
  ///
  /// - Parameters:
  ///   - selection: The segments a filter selected (``CodedSegments``).
  ///   - project: The project they come from.
  ///   - filter: The same filter (statuses default to accepted, as in the selection).
  /// - Returns: The groups in codebook order.
  public static func segments(
    _ selection: CodedSegments, project: Project, filter: CodingFilter
  ) -> [SegmentGroup] {
    var coders: [Coding.SegmentKey: Set<String>] = [:]
    var filter = filter
    if filter.statuses.isEmpty { filter.statuses = selection.statuses }
    if let resolved = try? filter.resolved(
      index: project.index, codings: project.codings, catalog: project.catalog)
    {
      for coding in project.codings where resolved.matches(coding) {
        coders[Coding.SegmentKey(coding), default: []].insert(coding.coder)
      }
    }
    let segments = selection.segments.map { coding in
      RetrievedSegment(
        coding, coders: (coders[Coding.SegmentKey(coding)] ?? [coding.coder]).sorted(),
        catalog: project.catalog)
    }
    return grouped(segments, index: project.index)
  }

  /// Every memo of the codings `filter` selects (of every status unless
  /// it names some), each with its coding's whole text, grouped by code.
  ///
  /// - Throws: ``CodingFilterError`` for a filter that names nothing in the project.
  public static func memos(project: Project, filter: CodingFilter) throws(CodingFilterError)
    -> [SegmentGroup]
  {
    let resolved = try filter.resolved(
      index: project.index, codings: project.codings, catalog: project.catalog)
    let codings = project.codings.filter {
      resolved.matches($0) && !($0.memo ?? "").isEmpty
    }.sorted {
      ($0.transcript, $0.span.start, $0.span.end, $0.coder)
        < ($1.transcript, $1.span.start, $1.span.end, $1.coder)
    }
    return grouped(
      codings.map { RetrievedSegment($0, coders: [$0.coder], catalog: project.catalog) },
      index: project.index)
  }
}
