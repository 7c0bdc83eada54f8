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
    for segment in segments { byCode[segment.segment.code, default: []].append(segment) }
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
  /// segment once, with every coder who coded it and every coder's memo.
  ///
  /// - Parameters:
  ///   - selection: The segments a filter selected (``CodedSegments``).
  ///   - index: The codebook, for the order and the labels.
  /// - Returns: The groups in codebook order.
  public static func segments(_ selection: CodedSegments, index: CodebookIndex?) -> [SegmentGroup] {
    grouped(
      selection.segments.map {
        RetrievedSegment($0, transcript: selection.transcript($0.transcript))
      }, index: index)
  }

  /// Every segment with a memo among the codings `filter` selects (of
  /// every status unless it names some), each with every coder's memo and
  /// its whole text, grouped by code.
  ///
  /// - Throws: ``CodingFilterError`` for a filter that names nothing in the project.
  public static func memos(project: Project, filter: CodingFilter) throws(CodingFilterError)
    -> [SegmentGroup]
  {
    var filter = filter
    if filter.statuses.isEmpty { filter.statuses = Set(Coding.Status.allCases) }
    let selection = try CodedSegments(project: project, filter: filter)
    return grouped(
      selection.segments.filter { !$0.memos.isEmpty }.map {
        RetrievedSegment($0, transcript: selection.transcript($0.transcript))
      }, index: project.index)
  }
}
