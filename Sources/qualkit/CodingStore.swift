import Foundation
import QualKit

/// Reads and updates coders' coding files (`Codings/<coder>.jsonl`).
enum CodingStore {
  /// The default codings folder.
  static let folder = "Codings"

  /// The path of `coder`'s coding file.
  static func path(forCoder coder: String) -> String {
    InputFiles.join(folder, "\(coder).jsonl")
  }

  /// Checks that a coder name is usable as a file name.
  static func validateCoder(_ coder: String, usage: String) throws(CLIError) {
    let allowed = coder.unicodeScalars.allSatisfy {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" || $0 == "."
    }
    guard !coder.isEmpty, allowed, !coder.hasPrefix(".") else {
      throw .usage(
        "coder name '\(coder)' must be letters, digits, '-', '_' or '.' (it names the file Codings/<coder>.jsonl)",
        usage: usage)
    }
  }

  /// Reads the coding file at `path`, printing its diagnostics.
  ///
  /// - Parameters:
  ///   - path: The coding file, relative to the working folder.
  ///   - missingIsEmpty: Whether a missing file reads as empty (for a
  ///     coder's first tag) rather than as an error.
  ///   - context: Where diagnostics are printed.
  /// - Returns: The file's codings, malformed lines noted.
  /// - Throws: exit 66 when the file is missing (unless `missingIsEmpty`) or unreadable.
  static func read(_ path: String, missingIsEmpty: Bool = false, context: inout ToolContext)
    throws(CLIError) -> CodingFile
  {
    if missingIsEmpty && !InputFiles.exists(path, context: context) {
      return CodingFile(codings: [])
    }
    let bytes = try InputFiles.read(path, context: context)
    var diagnostics: [Diagnostic] = []
    let file = CodingFile(parsing: bytes, diagnostics: &diagnostics)
    InputFiles.report(diagnostics, path: path, context: &context)
    return file
  }

  /// The paths of every coding file in `Codings/`, sorted.
  static func allPaths(context: ToolContext) throws(CLIError) -> [String] {
    guard InputFiles.exists(folder, context: context) else { return [] }
    return try InputFiles.list(folder, context: context).filter { $0.hasSuffix(".jsonl") }
      .map { InputFiles.join(folder, $0) }
  }

  /// Reads, changes and rewrites a coding file under its lock.
  ///
  /// A file with malformed lines is not rewritten (that would drop them):
  /// the command stops with exit 65 and asks for the lines to be fixed.
  ///
  /// - Parameters:
  ///   - path: The coding file, relative to the working folder.
  ///   - context: Where diagnostics are printed.
  ///   - change: Changes the codings; returns a value for the caller.
  /// - Returns: What `change` returned.
  /// - Throws: What `change` throws; exit 65 for a file with malformed lines;
  ///   exit 1 when the file cannot be locked or written.
  static func update<Result>(
    _ path: String, context: inout ToolContext,
    _ change: (inout [Coding]) throws(CLIError) -> Result
  ) throws(CLIError) -> Result {
    let url = context.url(for: path)
    return try AtomicFile.withLock(on: url, displayPath: path) { () throws(CLIError) -> Result in
      var file = try read(path, missingIsEmpty: true, context: &context)
      if !file.malformedLines.isEmpty {
        let lines = file.malformedLines.map(String.init).joined(separator: ", ")
        throw .dataError(
          "\(path): error: not changing a file with malformed lines (\(lines)); fix them first so that nothing is lost"
        )
      }
      let result = try change(&file.codings)
      try AtomicFile.write(Array(file.serialized.utf8), to: url, displayPath: path)
      return result
    }
  }
}
