/// What a codebook edit changes in a project: the codebook file, every
/// coding file whose codings follow it, and the survey specs whose items
/// name a renamed code as their construct, computed from the files' bytes
/// without writing anything (the caller writes ``writes`` in one step, or
/// lists ``changes`` for a dry run).
public struct CodebookEditPlan: Sendable {
  /// One file the edit changes.
  public struct Change: Hashable, Sendable {
    /// The file, as the project names it.
    public var path: String
    /// What changes in it, in words (`3 codings recoded`).
    public var summary: String
    /// The file's new contents.
    public var bytes: [UInt8]
  }

  /// The edit.
  public var edit: CodebookEdit
  /// The edited codebook.
  public var codebook: Codebook
  /// The files that change, the codebook first, then the coding files and
  /// the survey specs in the order given; files that stay as they are are
  /// not listed.
  public var changes: [Change]
  /// Warnings of the files read.
  public var diagnostics: [Diagnostic]

  /// The number of codings recoded in all files.
  public var recodedCount: Int

  /// The files to write.
  public var writes: [(path: String, bytes: [UInt8])] { changes.map { ($0.path, $0.bytes) } }

  /// Plans `edit` on the codebook at `codebookPath` and the coding files.
  ///
  /// - Parameters:
  ///   - edit: The edit.
  ///   - codebookPath: The codebook file.
  ///   - codebookBytes: Its contents.
  ///   - codingFiles: Every coding file of the project with its contents.
  ///   - surveySpecs: Every survey spec of the project with its contents:
  ///     a rename sets the `construct` of their items that named the old
  ///     id to the new one (so the joint display keeps their link); a merge
  ///     leaves them and warns.
  /// - Throws: ``ProjectError`` (invalid data) for a codebook that is
  ///   invalid or has members QualKit would drop when it rewrites it, an
  ///   edit that cannot be made, or a coding file with malformed lines
  ///   (rewriting it would lose them); every such file is named at once.
  public init(
    _ edit: CodebookEdit, codebookPath: String, codebookBytes: [UInt8],
    codingFiles: [(path: String, bytes: [UInt8])],
    surveySpecs: [(path: String, bytes: [UInt8])] = []
  ) throws(ProjectError) {
    self.edit = edit
    var found: [Diagnostic] = []
    let original: Codebook
    do {
      original = try Codebook(parsing: codebookBytes, diagnostics: &found)
    } catch {
      throw ProjectError(error, file: codebookPath)
    }
    let warnings = found.filter { $0.severity == .warning }
    if !warnings.isEmpty {
      throw ProjectError(
        .invalidData,
        warnings.inFile(codebookPath) + [
          Diagnostic(
            .error,
            "not rewriting a codebook with warnings: its unknown members would be lost; fix them first",
            file: codebookPath)
        ])
    }
    do {
      codebook = try original.applying(edit)
    } catch {
      throw ProjectError(.invalidData, "cannot \(edit.summary): \(error)", file: codebookPath)
    }
    var diagnostics: [Diagnostic] = []
    var problems: [Diagnostic] = []
    var codingChanges: [Change] = []
    var recoded = 0
    for (path, bytes) in codingFiles {
      guard
        let file = CodingFile.forRewriting(
          bytes, path: path, diagnostics: &diagnostics, problems: &problems)
      else { continue }
      let (changed, count) = file.applying(edit)
      guard count > 0 else { continue }
      recoded += count
      codingChanges.append(
        Change(
          path: path, summary: "\(count) coding\(count == 1 ? "" : "s") recoded",
          bytes: changed.serializedBytes))
    }
    if !problems.isEmpty { throw ProjectError(.invalidData, problems) }
    let specChanges = Self.surveyChanges(edit, surveySpecs, diagnostics: &diagnostics)
    let text = Array(codebook.fileText.utf8)
    changes =
      (text == codebookBytes
        ? [] : [Change(path: codebookPath, summary: edit.summary, bytes: text)]) + codingChanges
      + specChanges
    self.diagnostics = diagnostics
    self.recodedCount = recoded
  }

  /// The survey specs a rename changes (the items' constructs that named
  /// the old id), and a warning for each spec whose constructs name a code
  /// merged into another.
  private static func surveyChanges(
    _ edit: CodebookEdit, _ specs: [(path: String, bytes: [UInt8])],
    diagnostics: inout [Diagnostic]
  ) -> [Change] {
    switch edit {
    case .renameCode(let from, let to):
      return specs.compactMap { path, bytes in
        guard let renamed = SurveySpec.renamingConstruct(from, to: to, inFile: bytes) else {
          return nil
        }
        let count = renamed.items.count
        return Change(
          path: path,
          summary: "construct of \(count) survey item\(count == 1 ? "" : "s") renamed",
          bytes: renamed.bytes)
      }
    case .merge(let from, let into):
      for (path, bytes) in specs {
        for code in from {
          guard let items = SurveySpec.items(constructing: code, inFile: bytes), !items.isEmpty
          else { continue }
          diagnostics.append(
            .warning(
              "the construct '\(code)' of \(items.count) survey item\(items.count == 1 ? "" : "s") (\(items.joined(separator: ", "))) names a code merged into '\(into)'; it is left as it is, so the joint display no longer links \(items.count == 1 ? "it" : "them") to a code: set it to '\(into)' to join \(items.count == 1 ? "it" : "them") to that code's construct",
              file: path))
        }
      }
      return []
    case .move, .add:
      return []
    }
  }
}
