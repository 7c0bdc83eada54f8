extension CodingFilter {
  /// The ids of `codes` and the codes below them, checked against the
  /// codebook (nil when no codes are given).
  ///
  /// - Throws: ``CodingFilterError`` for a code the codebook does not have.
  public static func codeSubtrees(_ codes: [String], index: CodebookIndex?)
    throws(CodingFilterError) -> Set<String>?
  {
    guard !codes.isEmpty else { return nil }
    var filter = CodingFilter()
    filter.codes = codes
    return try filter.resolved(index: index, codings: [], catalog: TranscriptCatalog(folder: ""))
      .codeIDs
  }

  /// Checks speaker roles against the turns of the project's transcripts.
  ///
  /// - Throws: ``CodingFilterError`` for a role no turn has, with the nearest.
  public static func checkRoles(_ roles: [String], in catalog: TranscriptCatalog)
    throws(CodingFilterError)
  {
    try checkRoles(
      roles, turnRoles: Set(catalog.byID.values.flatMap { $0.turns.compactMap(\.role) }))
  }

  /// Checks speaker roles against `turnRoles`, the roles of the turns of
  /// the project's transcripts (for a command that reads the transcripts
  /// one at a time).
  ///
  /// - Throws: ``CodingFilterError`` for a role no turn has, with the nearest.
  public static func checkRoles(_ roles: [String], turnRoles: Set<String>)
    throws(CodingFilterError)
  {
    let known = turnRoles.union([SpeakerMap.defaultRole])
    for role in roles where !known.contains(role) {
      throw CodingFilterError(.unknownRole, name: role, choices: known)
    }
  }
}
