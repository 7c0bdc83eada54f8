/// Saturation of a project's coded interviews, overall and per group, in
/// the project's interview order, with the spread over random orders.
///
/// Interviews are the transcripts with at least one of the segments given
/// (accepted codings of the counted coders, as the report counts them);
/// transcripts without any are left out and named in ``uncoded``.
public struct SaturationReport: Hashable, Sendable {
  /// One group's (or every interview's) result.
  public struct Group: Hashable, Sendable {
    /// The group's value, or `nil` for every interview.
    public var value: String?
    /// The coded interviews of the group, in order.
    public var interviews: [String]
    /// The curve and assessment.
    public var saturation: Saturation
    /// The spread over random orders.
    public var spread: Saturation.Spread
  }

  /// The order of the interviews.
  public var order: TranscriptOrder
  /// The attribute the groups are values of, if any.
  public var groupAttribute: String?
  /// Every coded interview.
  public var all: Group
  /// One group per value of ``groupAttribute``, in order of first appearance.
  public var groups: [Group]
  /// Transcripts left out because they have no segment, in order.
  public var uncoded: [String]

  /// The order used when none is asked for: by `date` when every
  /// transcript has one written `YYYY-MM-DD`, else by file name.
  public static func defaultOrder(_ transcripts: [Transcript]) -> TranscriptOrder {
    // A plain loop: a `??` inside a closure has crashed the 6.3 optimizer.
    guard !transcripts.isEmpty else { return .file }
    for transcript in transcripts {
      guard let date = transcript.attributes["date"], Participants.isDate(date.description)
      else { return .file }
    }
    return .attribute("date")
  }

  /// Assesses saturation.
  ///
  /// - Parameters:
  ///   - transcripts: The transcripts, already in `order`.
  ///   - segments: The segments that count.
  ///   - order: The order `transcripts` are in (for the captions, and
  ///     to name interviews without the attribute).
  ///   - groupAttribute: The attribute to compare groups by, or `nil`.
  ///   - options: Base, run and threshold.
  ///   - resamples: Random orders per group.
  ///   - seed: The generator's seed.
  /// - Throws: ``SaturationError`` when coded interviews lack the order
  ///   attribute, or the order is `date` and a date is not `YYYY-MM-DD`.
  public init(
    transcripts: [Transcript], segments: [Segment], order: TranscriptOrder,
    groupAttribute: String? = nil, options: Saturation.Options = .init(),
    resamples: Int = 1000, seed: UInt64 = 1
  ) throws(SaturationError) {
    var codes: [String: Set<String>] = [:]
    for segment in segments { codes[segment.transcript, default: []].insert(segment.code) }
    let coded = transcripts.filter { codes[$0.id] != nil }
    if case .attribute(let name) = order {
      let missing = coded.filter { $0.attributes[name] == nil }.map(\.id)
      if !missing.isEmpty {
        throw SaturationError(.missingOrderAttribute, attribute: name, missing)
      }
      if name == "date" {
        // Dates sort as written, so only YYYY-MM-DD sorts by time.
        var undated: [String] = []
        for transcript in coded {
          let value = transcript.attributes[name]?.description ?? ""
          if !Participants.isDate(value) { undated.append("\(transcript.id) '\(value)'") }
        }
        if !undated.isEmpty { throw SaturationError(.notADate, attribute: name, undated) }
      }
    }
    self.order = order
    self.groupAttribute = groupAttribute
    uncoded = transcripts.filter { codes[$0.id] == nil }.map(\.id)
    func group(_ value: String?, _ members: [Transcript]) -> Group {
      let interviews = members.map { (id: $0.id, codes: codes[$0.id] ?? []) }
      return Group(
        value: value, interviews: members.map(\.id),
        saturation: Saturation(interviews: interviews, options: options),
        spread: Saturation.spread(
          of: interviews.map(\.codes), options: options, resamples: resamples, seed: seed))
    }
    all = group(nil, coded)
    var groups: [Group] = []
    if let groupAttribute {
      var values: [String] = []
      for transcript in coded {
        let value = transcript.attributes[groupAttribute]?.description ?? AttributeGroups.none
        if !values.contains(value) { values.append(value) }
      }
      for value in values {
        groups.append(
          group(
            value,
            coded.filter {
              ($0.attributes[groupAttribute]?.description ?? AttributeGroups.none) == value
            }))
      }
    }
    self.groups = groups
  }
}

/// Why saturation cannot be assessed as asked.
public struct SaturationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// What went wrong.
  public enum Kind: Hashable, Sendable {
    /// Coded interviews have no value of the attribute to order by.
    case missingOrderAttribute
    /// Coded interviews have a `date` not written `YYYY-MM-DD`.
    case notADate
  }

  /// The kind.
  public var kind: Kind
  /// The attribute concerned.
  public var attribute: String
  /// The interviews concerned.
  public var interviews: [String]

  /// Creates an error.
  public init(_ kind: Kind, attribute: String, _ interviews: [String]) {
    self.kind = kind
    self.attribute = attribute
    self.interviews = interviews
  }

  public var description: String {
    let count = interviews.count
    if kind == .notADate {
      return
        "\(count) coded interview\(count == 1 ? " has a" : "s have") '\(attribute)' not written"
        + " YYYY-MM-DD, which cannot be put in date order: " + interviews.joined(separator: ", ")
        + " (write it as 2026-03-12, or choose another --order)"
    }
    return
      "\(count) coded interview\(count == 1 ? " has" : "s have") no '\(attribute)' to order by: "
      + interviews.joined(separator: ", ")
      + " (give it in front matter or participants.csv, or choose another --order)"
  }
}
