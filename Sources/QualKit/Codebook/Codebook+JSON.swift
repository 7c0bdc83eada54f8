extension Codebook {
  /// The codebook in its file format, members in a fixed order.
  public var json: JSONOutput { json(omittingDefaults: false) }

  /// The text of a codebook file as QualKit writes it back after an edit:
  /// indented JSON ending with a line break, `codable` only when false and
  /// `children` only when there are any (as people write them by hand).
  public var fileText: String { json(omittingDefaults: true).rendered(pretty: true) + "\n" }

  /// The codebook in its file format; `omittingDefaults` leaves out
  /// `"codable": true` and empty `"children"`.
  public func json(omittingDefaults: Bool) -> JSONOutput {
    var members: [(String, JSONOutput)] = [
      ("format", .string(Codebook.formatName)), ("version", .int(version)), ("name", .string(name)),
    ]
    if let description { members.append(("description", .string(description))) }
    members.append(("codes", .array(codes.map { $0.json(omittingDefaults: omittingDefaults) })))
    return .object(members)
  }
}

extension Code {
  /// The code in the codebook file format, optional members only when set.
  public var json: JSONOutput { json(omittingDefaults: false) }

  /// The code in the file format; `omittingDefaults` leaves out
  /// `"codable": true` and empty `"children"`.
  public func json(omittingDefaults: Bool) -> JSONOutput {
    var members: [(String, JSONOutput)] = [("id", .string(id)), ("label", .string(label))]
    if !labels.isEmpty {
      members.append(
        ("labels", .object(labels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })))
    }
    if let definition { members.append(("definition", .string(definition))) }
    if !definitions.isEmpty {
      members.append(
        (
          "definitions",
          .object(definitions.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })
        ))
    }
    for (key, value) in [
      ("include", include), ("exclude", exclude), ("example", example), ("color", color),
    ] {
      if let value { members.append((key, .string(value))) }
    }
    if !omittingDefaults || !isCodable { members.append(("codable", .bool(isCodable))) }
    if !keywords.isEmpty { members.append(("keywords", .array(keywords.map { .string($0) }))) }
    if !surveyItems.isEmpty {
      members.append(("surveyItems", .array(surveyItems.map { .string($0) })))
    }
    if let guid { members.append(("guid", .string(guid))) }
    if !omittingDefaults || !children.isEmpty {
      members.append(
        ("children", .array(children.map { $0.json(omittingDefaults: omittingDefaults) })))
    }
    return .object(members)
  }
}
