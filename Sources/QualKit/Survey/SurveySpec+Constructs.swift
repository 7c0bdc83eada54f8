extension SurveySpec {
  /// The items of a spec file whose `construct` is `code`, by column, or
  /// nil when the bytes are not a JSON object with an `items` array (a
  /// spec the survey commands will reject on their own).
  public static func items(constructing code: String, inFile bytes: [UInt8]) -> [String]? {
    constructNodes(code, in: bytes).map { $0.map(\.column) }
  }

  /// A spec file's bytes with every item's `construct` that is `old` set to
  /// `new`, everything else byte for byte as it was (the order of members,
  /// spacing, unknown members); nil when no item names `old`.
  ///
  /// Renaming a code renames the construct of the survey items that the
  /// joint display links to it, in the same step.
  ///
  /// - Returns: The new bytes and the items changed, by column.
  public static func renamingConstruct(_ old: String, to new: String, inFile bytes: [UInt8])
    -> (bytes: [UInt8], items: [String])?
  {
    guard let nodes = constructNodes(old, in: bytes), !nodes.isEmpty else { return nil }
    var result = bytes
    let literal = Array(JSONOutput.string(new).rendered().utf8)
    for node in nodes.reversed() {
      result.replaceSubrange(node.value.offset..<node.value.endOffset, with: literal)
    }
    return (result, nodes.map(\.column))
  }

  /// The `construct` values equal to `code`, in file order, with their item's column.
  private static func constructNodes(_ code: String, in bytes: [UInt8])
    -> [(column: String, value: JSONNode)]?
  {
    guard let root = try? JSONParser.parse(bytes), let items = root["items"]?.elements else {
      return nil
    }
    return items.compactMap { item in
      guard let construct = item["construct"], construct.stringValue == code else { return nil }
      return (item["column"]?.stringValue ?? "?", construct)
    }
  }
}
