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

  /// The coders' files that `agree` and `merge` compare: the files given
  /// and those of the coders named (`Codings/NAME.jsonl`), or, when neither
  /// is given, every coding file of the project; of those, only files of
  /// kind ``CodingFile/Kind/coder`` unless `allKinds`, each file left out
  /// noted.
  ///
  /// - Parameters:
  ///   - paths: Coding files named on the command line.
  ///   - coders: Coder names whose files to take.
  ///   - allKinds: Whether proposals and merged files count as coders too.
  ///   - warnAboutSharedCoders: Whether to warn about a coder found in several files.
  /// - Returns: The coders' files, read.
  /// - Throws: ``ProjectError``: invalid data for a coder without a file
  ///   (with the nearest names), missing input for a file that cannot be read.
  public mutating func coderInputs(
    paths: [String], coders: [String], allKinds: Bool, warnAboutSharedCoders: Bool = true
  ) throws(ProjectError) -> CodingInputs {
    var selected = paths
    if !coders.isEmpty {
      let available = try codingPaths()
      for coder in coders {
        let path = layout.codingFile(forCoder: coder)
        guard folder.exists(path) else {
          let names = available.map { ProjectLayout.splitExtension($0).stem }
          let nearest = Suggestions.nearest(to: coder, in: names, limit: 3)
          let hint =
            nearest.isEmpty
            ? "no coding files in '\(layout.codingsFolder)/'"
            : "nearest: \(nearest.joined(separator: ", "))"
          throw ProjectError(
            .invalidData, "coder '\(coder)' has no coding file '\(path)' (\(hint))")
        }
        selected.append(path)
      }
    }
    if paths.isEmpty && coders.isEmpty { selected = try codingPaths() }
    var inputs = try codingInputs(selected, warnAboutSharedCoders: false)
    if !allKinds {
      inputs.files = inputs.files.filter { loaded in
        let kind = loaded.file.effectiveKind
        guard kind != .coder else { return true }
        let how = loaded.file.kind == nil ? "as its codings show" : "as its header says"
        diagnostics.append(
          .note(
            "left out: it holds \(kind.phrase), not a coder's codings (\(how)); add --all-kinds to count it as a coder",
            file: loaded.path))
        return false
      }
    }
    if warnAboutSharedCoders { diagnostics += inputs.sharedCoderWarnings }
    return inputs
  }
}
