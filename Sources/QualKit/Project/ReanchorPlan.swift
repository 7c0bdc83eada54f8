/// What `qualkit reanchor` changes in a project's coding files, computed
/// from their bytes without writing anything.
public struct ReanchorPlan: Sendable {
  /// One coding looked at, with its file.
  public struct Entry: Hashable, Sendable {
    /// The coding file.
    public var path: String
    /// What happened to the coding.
    public var reanchoring: CodingFile.Reanchoring
  }

  /// Every coding of a changed transcript, in file order.
  public var entries: [Entry]
  /// The coding files that change, with their new contents.
  public var writes: [(path: String, bytes: [UInt8])]
  /// Warnings of the files read.
  public var diagnostics: [Diagnostic]

  /// The codings that were left as they were.
  public var left: [Entry] { entries.filter(\.reanchoring.isLeft) }

  /// Plans re-anchoring the codings of `codingFiles` to `transcripts`.
  ///
  /// - Throws: ``ProjectError`` (invalid data) when a coding file has
  ///   malformed lines (rewriting it would lose them), every such file at once.
  public init(codingFiles: [(path: String, bytes: [UInt8])], transcripts: [String: Transcript])
    throws(ProjectError)
  {
    var entries: [Entry] = []
    var writes: [(path: String, bytes: [UInt8])] = []
    var diagnostics: [Diagnostic] = []
    var problems: [Diagnostic] = []
    for (path, bytes) in codingFiles {
      guard
        let file = CodingFile.forRewriting(
          bytes, path: path, diagnostics: &diagnostics, problems: &problems)
      else { continue }
      let (changed, results) = file.reanchored(to: transcripts)
      entries += results.map { Entry(path: path, reanchoring: $0) }
      if results.contains(where: { !$0.isLeft }) {
        writes.append((path, changed.serializedBytes))
      }
    }
    if !problems.isEmpty { throw ProjectError(.invalidData, problems) }
    self.entries = entries
    self.writes = writes
    self.diagnostics = diagnostics
  }
}
