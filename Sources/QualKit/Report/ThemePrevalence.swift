/// How many segments each code has, and how many participants voiced it,
/// overall and per group of participants.
///
/// A participant is a transcript. A code's own figures count its own
/// segments; its sub-tree figures count those of every code below it too
/// (a participant once, however many of the codes they voiced).
public struct ThemePrevalence: Hashable, Sendable {
  /// A group of participants: those with one value of an attribute.
  public struct Group: Hashable, Sendable {
    /// The attribute, such as `role`.
    public var attribute: String
    /// The value, such as `citizen`; nil for participants without one.
    public var value: String?
    /// The participants in the group, sorted.
    public var participants: [String]
  }

  /// One code's figures.
  public struct Count: Hashable, Sendable {
    /// The number of segments.
    public var segments: Int = 0
    /// The participants with at least one segment.
    public var participants: Set<String> = []
  }

  /// Every participant, sorted.
  public var participants: [String]
  /// The groups: per attribute in the order given, its values sorted, the
  /// group without a value last.
  public var groups: [Group]
  /// Each code's own figures, by id.
  public var own: [String: Count]
  /// Each code's figures with every code below it, by id.
  public var subtree: [String: Count]

  /// Counts `segments` of `transcripts` for the codes of `index`.
  ///
  /// - Parameters:
  ///   - segments: The segments; those of transcripts not given are left out.
  ///   - index: The codebook; codes not in it are counted only on their own.
  ///   - transcripts: The participants.
  ///   - attributes: The attributes to group participants by.
  public init(
    segments: [Segment], index: CodebookIndex, transcripts: [Transcript],
    attributes: [String]
  ) {
    participants = transcripts.map(\.id).sorted()
    let known = Set(participants)
    var groups: [Group] = []
    for attribute in attributes {
      var byValue: [String: [String]] = [:]
      var without: [String] = []
      for transcript in transcripts {
        if let value = transcript.attributes[attribute]?.description {
          byValue[value, default: []].append(transcript.id)
        } else {
          without.append(transcript.id)
        }
      }
      for value in Self.sortedValues(Array(byValue.keys)) {
        groups.append(
          Group(
            attribute: attribute, value: value, participants: byValue[value, default: []].sorted()))
      }
      if !without.isEmpty {
        groups.append(Group(attribute: attribute, value: nil, participants: without.sorted()))
      }
    }
    self.groups = groups
    var own: [String: Count] = [:]
    for segment in segments where known.contains(segment.transcript) {
      own[segment.code, default: Count()].segments += 1
      own[segment.code, default: Count()].participants.insert(segment.transcript)
    }
    self.own = own
    var subtree: [String: Count] = [:]
    for entry in index.entries {
      var count = Count()
      for id in entry.subtree {
        guard let part = own[id] else { continue }
        count.segments += part.segments
        count.participants.formUnion(part.participants)
      }
      subtree[entry.code.id] = count
    }
    self.subtree = subtree
  }

  /// The figures of `code`, with the codes below it or on its own.
  public func count(of code: String, withSubtree: Bool = true) -> Count {
    (withSubtree ? subtree[code] : own[code]) ?? Count()
  }

  /// How many participants of `group` voiced `code` (with its sub-tree).
  public func participants(of code: String, in group: Group) -> Int {
    let voiced = count(of: code).participants
    return group.participants.reduce(0) { $0 + (voiced.contains($1) ? 1 : 0) }
  }

  /// Values in order: numbers by value when every value is a number, else
  /// text in code-point order.
  static func sortedValues(_ values: [String]) -> [String] {
    let numbers = values.compactMap(Double.init)
    if numbers.count == values.count {
      return values.sorted { (Double($0) ?? 0, $0) < (Double($1) ?? 0, $1) }
    }
    return values.sorted()
  }
}
