/// Transcripts grouped by the value of one attribute (role, arm, …).
///
/// Values are sorted; transcripts without the attribute form the group
/// ``none``, listed last.
public struct AttributeGroups: Hashable, Sendable {
  /// The name of the group of transcripts without the attribute.
  public static let none = "(none)"

  /// The attribute, or nil for one group of every transcript.
  public var attribute: String?
  /// The group names, in order.
  public var names: [String]
  /// The transcript ids of each group.
  public var members: [String: Set<String>]

  /// Groups `transcripts` by `attribute`.
  public init(_ transcripts: [Transcript], by attribute: String?) {
    self.attribute = attribute
    var members: [String: Set<String>] = [:]
    for transcript in transcripts {
      let value = attribute.map { transcript.attributes[$0]?.description ?? AttributeGroups.none }
      members[value ?? "all", default: []].insert(transcript.id)
    }
    let present = members.keys.filter { $0 != AttributeGroups.none }.sorted()
    names = present + (members[AttributeGroups.none] == nil ? [] : [AttributeGroups.none])
    self.members = members
  }

  /// The group of transcript `id`.
  public func group(of id: String) -> String? {
    names.first { members[$0]?.contains(id) ?? false }
  }
}
