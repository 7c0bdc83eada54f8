/// Proposals made from the tags a transcript brought with it (an oral-history
/// CSV's `tags` column, ``Transcript/turnTags``): each tag that names a code
/// of the codebook becomes a proposed coding of the whole turn, to review
/// like a keyword proposal (origin `imported:tag:<tag>`).
///
/// A tag names a code when it is the code's id, its label, or one of its
/// labels in another language, compared without case and with runs of
/// spaces, `-` and `_` as one. Tags that name no code are counted and
/// returned with the nearest codes, never dropped silently.
public struct TagProposals: Hashable, Sendable {
  /// The proposed codings, in turn order.
  public var codings: [Coding]
  /// Each tag that names no codable code, with how often it occurs, sorted.
  public var unknownTags: [(tag: String, count: Int)]
  /// Tags that name a code that only groups others (not codable), sorted.
  public var groupingTags: [String]

  public static func == (lhs: TagProposals, rhs: TagProposals) -> Bool {
    lhs.codings == rhs.codings && lhs.unknownTags.map(\.tag) == rhs.unknownTags.map(\.tag)
      && lhs.unknownTags.map(\.count) == rhs.unknownTags.map(\.count)
      && lhs.groupingTags == rhs.groupingTags
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(codings)
    hasher.combine(groupingTags)
  }

  /// The proposals of `transcript`'s tags.
  ///
  /// - Parameters:
  ///   - transcript: A transcript with ``Transcript/turnTags``.
  ///   - index: The codebook.
  ///   - coder: The proposer's name, such as `tags`.
  public init(_ transcript: Transcript, index: CodebookIndex, coder: String) {
    var names: [String: Code] = [:]
    for entry in index.entries {
      let code = entry.code
      for name in [code.id, code.label] + code.labels.values.sorted() {
        let key = Self.key(name)
        if names[key] == nil { names[key] = code }
      }
    }
    var codings: [Coding] = []
    var unknown: [String: Int] = [:]
    var grouping: Set<String> = []
    let hash = transcript.contentHash
    for entry in transcript.turnTags {
      guard transcript.turns.indices.contains(entry.turn) else { continue }
      let turn = transcript.turns[entry.turn]
      let span = Span(turn.textRange, in: transcript)
      for tag in entry.tags {
        let trimmed = tag.trimmingCharacters(in: " \t")
        guard !trimmed.isEmpty else { continue }
        guard let code = names[Self.key(trimmed)] else {
          unknown[trimmed, default: 0] += 1
          continue
        }
        guard code.isCodable else {
          grouping.insert(trimmed)
          continue
        }
        let coding = Coding(
          transcript: transcript.id, code: code.id, coder: coder, span: span,
          origin: .imported("tag:\(trimmed)"), status: .proposed,
          text: transcript.text(in: span.range), transcriptHash: hash)
        if !codings.contains(where: { $0.isSameApplication(as: coding) }) {
          codings.append(coding)
        }
      }
    }
    self.codings = codings
    unknownTags = unknown.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    groupingTags = grouping.sorted()
  }

  /// A tag or name as compared: lowercased, spaces, `-` and `_` as one space.
  static func key(_ name: String) -> String {
    name.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" })
      .joined(separator: " ")
  }
}
