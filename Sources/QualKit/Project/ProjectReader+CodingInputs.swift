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
}
