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
    var filter = CodingFilter()
    filter.roles = roles
    _ = try filter.resolved(index: nil, codings: [], catalog: catalog)
  }
}
