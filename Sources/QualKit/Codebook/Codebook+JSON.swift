extension Codebook {
  /// The codebook in its file format, members in a fixed order.
  public var json: JSONOutput {
    var members: [(String, JSONOutput)] = [
      ("format", .string(Codebook.formatName)), ("version", .int(version)), ("name", .string(name)),
    ]
    if let description { members.append(("description", .string(description))) }
    members.append(("codes", .array(codes.map(\.json))))
    return .object(members)
  }
}

extension Code {
  /// The code in the codebook file format, optional members only when set.
  public var json: JSONOutput {
    var members: [(String, JSONOutput)] = [("id", .string(id)), ("label", .string(label))]
    if !labels.isEmpty {
      members.append(
        ("labels", .object(labels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
    }
    for (key, value) in [
      ("definition", definition), ("include", include), ("exclude", exclude), ("example", example),
      ("color", color),
    ] {
      if let value { members.append((key, .string(value))) }
    }
    members.append(("codable", .bool(isCodable)))
    if !keywords.isEmpty { members.append(("keywords", .array(keywords.map { .string($0) }))) }
    if !surveyItems.isEmpty {
      members.append(("surveyItems", .array(surveyItems.map { .string($0) })))
    }
    if let guid { members.append(("guid", .string(guid))) }
    members.append(("children", .array(children.map(\.json))))
    return .object(members)
  }
}
