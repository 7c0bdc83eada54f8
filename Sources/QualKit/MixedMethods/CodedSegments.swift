/// The coded segments a table, listing or report counts: the codings of
/// the project's coders (``CoderPolicy``) that pass a filter, as segments.
///
/// - Only accepted codings count unless the filter names statuses
///   (proposals are not findings until a coder accepts them).
/// - A segment coded with the same code on the same span by several coders
///   counts once (``Segment``); its coders are kept with it.
/// - The transcripts are those the filter's transcript and attribute
///   criteria select, with or without codings: they are the denominators
///   (N) of participant counts.
public struct CodedSegments: Sendable {
  /// The segments, in transcript, position and code order.
  public var segments: [Segment]
  /// The codings the segments were made of (``CoderPolicy`` applied: each
  /// coding's `coder` is whom it counts for).
  public var codings: [Coding]
  /// The coders whose codings were counted, sorted.
  public var coders: [String]
  /// The transcripts counted, in the project's order.
  public var transcripts: [Transcript]
  /// The statuses that were counted.
  public var statuses: Set<Coding.Status>
  /// The codes the filter named, with their sub-trees; nil for every code.
  ///
  /// Tables show only the codes whose sub-tree meets these.
  public var codeIDs: Set<String>?
  /// Notes of the coder policy: files left out and why.
  public var notes: [Diagnostic]
  /// Keyword proposals each coder accepted in review, counted as theirs.
  public var answeredProposals: [String: Int]
  /// The counted codings whose transcript changed under them.
  public var staleCodings: [StaleCoding]
  /// Every transcript of the project by id, for the segments' words.
  private var transcriptsByID: [String: Transcript]

  /// Selects the segments of `project` that pass `filter` under `policy`.
  ///
  /// - Throws: ``CodingFilterError`` for a filter that names nothing in the project.
  public init(project: Project, filter: CodingFilter, policy: CoderPolicy = CoderPolicy())
    throws(CodingFilterError)
  {
    var filter = filter
    if filter.statuses.isEmpty { filter.statuses = [.accepted] }
    statuses = filter.statuses
    let counted = try project.counted(filter, policy: policy)
    codeIDs = counted.resolved.codeIDs
    codings = counted.codings
    segments = Segment.segments(of: counted.codings)
    coders = Array(Set(counted.codings.map(\.coder))).sorted()
    transcripts = project.transcripts.filter(filter.selects)
    notes = counted.selection.diagnostics
    answeredProposals = counted.selection.answeredProposals
    staleCodings = project.staleCodings(among: counted.codings)
    transcriptsByID = project.catalog.byID
  }

  /// The words `segment` codes (see ``Segment/words(in:)``).
  public func words(of segment: Segment) -> Segment.Words {
    segment.words(in: transcriptsByID[segment.transcript])
  }

  /// The transcript with id `id`, if the project has it.
  public func transcript(_ id: String) -> Transcript? { transcriptsByID[id] }

  /// Whether a table shows the code of `entry`: every code without a code
  /// filter, else the codes whose sub-tree meets the filter's codes.
  public func shows(_ entry: CodebookIndex.Entry) -> Bool {
    guard let codeIDs else { return true }
    return entry.subtree.contains(where: codeIDs.contains)
  }

  /// A line for a table's preamble: what was counted, in English.
  public var summary: String { summary(in: .english) }

  /// A line for a table's preamble: what was counted, in `words`' language.
  public func summary(in words: Vocabulary) -> String {
    let statusNames = Coding.Status.allCases.filter(statuses.contains).map {
      words.status($0, count: segments.count)
    }
    let counted = words(
      segments.count == 1 ? .statusSegment : .statusSegments, segments.count,
      statusNames.joined(separator: "/"))
    let who =
      coders.isEmpty ? words[.noCoderYet] : words(.codersNamed, coders.joined(separator: ", "))
    return words(
      .segmentsSummary, counted, who,
      words.count(transcripts.count, .transcriptCount, .transcriptsCount))
  }
}
