extension Codebook {
  /// The codebook as a REFI-QDA codebook file (`.qdc`), valid against the
  /// REFI-QDA 1.0 `Codebook.xsd`: the code tree with each code's label,
  /// GUID, colour and codability, and its definition, rules and example in
  /// its description (``CodeDescription``).
  ///
  /// Each code's GUID is its own `guid`, else one derived from its id in the
  /// namespace of the codebook's name (``StableIDs``), so that the same
  /// codebook gives the same GUIDs, and the same bytes, in every export.
  ///
  /// ```swift
  /// let (bytes, warnings) = try codebook.qdc(origin: "QualKit 0.1.0")
  /// ```
  ///
  /// - Parameter origin: The program that writes it (`CodeBook/@origin`).
  /// - Returns: The file's bytes, and a warning for each `guid` that could
  ///   not be used.
  /// - Throws: ``InterchangeError`` (`cannotExport`) for a codebook without
  ///   codes, which the schema does not allow.
  public func qdc(origin: String) throws(InterchangeError) -> (
    bytes: [UInt8], diagnostics: [Diagnostic]
  ) {
    guard !codes.isEmpty else {
      throw InterchangeError(
        .cannotExport, "the codebook has no codes, and a .qdc must have at least one")
    }
    let (codes, _, diagnostics) = CodebookExchange.codes(
      of: self, ids: StableIDs(projectName: name))
    let bytes = REFIWriter.codebook(REFIDocument(origin: origin, codes: codes))
    return (bytes, diagnostics)
  }

  /// Reads a REFI-QDA codebook file (`.qdc`), or the codebook of a project
  /// file (`.qde`), into a QualKit codebook.
  ///
  /// Each code's label is its name, its id the one its description gives
  /// (a `QualKit:` paragraph, see ``CodeDescription``) or one made of its
  /// name (`Oltás típusa` → `oltás-típusa`, made unique with `-2`); the
  /// description gives the definition, rules and example; a code keeps its
  /// GUID, so that exporting the codebook again gives the codes the same
  /// GUIDs. A codebook that fails the schema in ways real exports do (an
  /// empty `<Sets/>` from Taguette, no namespace) is read all the same.
  ///
  /// - Parameters:
  ///   - bytes: The file (UTF-8 or UTF-16, any byte order mark).
  ///   - name: The codebook's name.
  ///   - diagnostics: Receives warnings, each at its line.
  /// - Throws: ``InterchangeError`` for XML that is not well-formed, has a
  ///   DOCTYPE, or is not a codebook or project; a code tree too deep.
  public init(parsingQDC bytes: [UInt8], name: String, diagnostics: inout [Diagnostic])
    throws(InterchangeError)
  {
    let tree: XMLTree
    do {
      tree = try XMLTree(parsing: bytes)
    } catch {
      throw InterchangeError(.xml, error.message, at: error.position)
    }
    let reader = try REFIReader(root: tree.root)
    diagnostics += reader.diagnostics
    let sets = reader.document.sets.filter { !$0.codes.isEmpty }
    if !sets.isEmpty {
      diagnostics.append(
        .note(
          "\(sets.count) code set\(sets.count == 1 ? "" : "s") (\(sets.map { "'\($0.name)'" }.joined(separator: ", "))) left out: a QualKit codebook has no sets"
        ))
    }
    let (codebook, _, found) = try CodebookExchange.codebook(
      of: reader.document.codes, name: name, description: nil, ids: StableIDs(projectName: name))
    diagnostics += found
    self = codebook
  }
}
