import Foundation

extension ProjectReader {
  /// Reads coding files for `agree` and `merge`: a file given twice is read
  /// once (with a warning), and, if asked, a coder name found in several
  /// files is warned about.
  ///
  /// - Throws: ``ProjectError`` when a file is missing or unreadable.
  public mutating func codingInputs(_ paths: [String], warnAboutSharedCoders: Bool = true)
    throws(ProjectError) -> CodingInputs
  {
    var files: [CodingStore.Loaded] = []
    var seen = Set<String>()
    for path in paths {
      guard seen.insert(folder.url(for: path).path).inserted else {
        diagnostics.append(.warning("file given twice; read once", file: path))
        continue
      }
      files.append(try codingFile(at: path))
    }
    let inputs = CodingInputs(files: files)
    if warnAboutSharedCoders { diagnostics += inputs.sharedCoderWarnings }
    return inputs
  }

  /// The coders' codings that `agree` and `merge` compare, by the one coder
  /// policy (``CoderPolicy``): the files given, or every coding file of the
  /// project, each coding counted for its coder (an answered proposal for
  /// its reviewer), merge files left out unless named in `mergedFiles` or
  /// by their coder, each file left out noted.
  ///
  /// - Parameters:
  ///   - paths: Coding files named on the command line (default: every file).
  ///   - coders: Only these coders.
  ///   - mergedFiles: Merge files to count instead of the coders they merged.
  ///   - allKinds: Whether every file counts as written, whatever its kind.
  ///   - warnAboutSharedCoders: Whether to warn about a coder found in several files.
  /// - Returns: The counted codings, file by file.
  /// - Throws: ``ProjectError``: invalid data for a coder with no codings
  ///   (with the nearest names), missing input for a file that cannot be read.
  public mutating func coderInputs(
    paths: [String], coders: [String], mergedFiles: [String] = [], allKinds: Bool,
    warnAboutSharedCoders: Bool = true
  ) throws(ProjectError) -> CodingInputs {
    var selected = paths.isEmpty ? try codingPaths() : paths
    for file in mergedFiles where !selected.contains(file) { selected.append(file) }
    let read = try codingInputs(selected, warnAboutSharedCoders: false)
    let policy = CoderPolicy(coders: coders, mergedFiles: mergedFiles, allKinds: allKinds)
    let selection = policy.select(read.files)
    diagnostics += selection.diagnostics
    if let unknown = selection.unknownCoders.first {
      let nearest = Suggestions.nearest(to: unknown, in: selection.knownCoders, limit: 3)
      let hint =
        nearest.isEmpty
        ? " (no coder has codings in '\(layout.codingsFolder)/')"
        : Suggestions.hint(nearest: nearest)
      throw ProjectError(.invalidData, "no codings by coder '\(unknown)'\(hint)")
    }
    for path in mergedFiles where !read.files.contains(where: { $0.path == path }) {
      throw ProjectError(.missingInput, "cannot read '\(path)': no such coding file")
    }
    let inputs = CodingInputs(files: selection.files)
    if warnAboutSharedCoders { diagnostics += inputs.sharedCoderWarnings }
    return inputs
  }
}
