/// Coders' coding files read together, for `agree` and `merge`.
public struct CodingInputs: Sendable {
  /// Each file as read, in the order given.
  public var files: [CodingStore.Loaded]

  /// Creates inputs from files already read.
  public init(files: [CodingStore.Loaded]) {
    self.files = files
  }

  /// Whether some file had malformed lines.
  public var hadErrors: Bool { files.contains { !$0.file.malformedLines.isEmpty } }

  /// Every coding of every file.
  public var all: [Coding] { files.flatMap(\.file.codings) }

  /// The coders named in the files, sorted.
  public var coders: [String] {
    // Read in place: a joined copy of every coding would double the memory.
    Array(Set(files.lazy.flatMap { $0.file.codings.lazy.map(\.coder) })).sorted()
  }

  /// Why the files cannot be compared, or nil when they name at least
  /// `minimum` coders: how many were found, who, and which files hold no
  /// codings at all.
  public func coderShortage(minimum: Int = 2) -> String? {
    let coders = self.coders
    guard coders.count < minimum else { return nil }
    let found = coders.isEmpty ? "none" : coders.joined(separator: ", ")
    let empty = files.filter { $0.file.codings.isEmpty }.map(\.path)
    let emptyNote =
      empty.isEmpty
      ? "" : "; no codings in \(empty.map { "'\($0)'" }.joined(separator: ", "))"
    return
      "agreement needs codings from at least \(minimum) coders; found \(coders.count) (\(found))\(emptyNote)"
  }

  /// A warning for each coder name found in more than one file (their
  /// codings then count as one coder's); proposals files, whose answered
  /// proposals count as their reviewers' by design, are not counted.
  public var sharedCoderWarnings: [Diagnostic] {
    var filesByCoder: [String: [String]] = [:]
    for loaded in files where loaded.file.effectiveKind != .proposals {
      for coder in Set(loaded.file.codings.map(\.coder)) {
        filesByCoder[coder, default: []].append(loaded.path)
      }
    }
    return filesByCoder.sorted { $0.key < $1.key }.filter { $0.value.count > 1 }.map {
      coder, paths in
      .warning(
        "coder '\(coder)' appears in several files (\(paths.joined(separator: ", "))); "
          + "their codings count as one coder")
    }
  }

  /// Checks the codes asked for by `--codes`: a code that no coder used and
  /// the codebook lacks is a typo (its row would only say nobody coded it).
  ///
  /// - Throws: ``ProjectError`` (invalid data) naming the nearest codes.
  public func checkCodes(_ codes: [String], codebook: Codebook?) throws(ProjectError) {
    let known = Set(files.lazy.flatMap { $0.file.codings.lazy.map(\.code) })
      .union(codebook?.allCodes.map(\.id) ?? [])
    for code in codes where !known.contains(code) {
      let nearest = Suggestions.nearest(to: code, in: known, limit: 3)
      let hint = nearest.isEmpty ? "" : " (nearest: \(nearest.joined(separator: ", ")))"
      throw ProjectError(
        .invalidData,
        "unknown code '\(code)' in --codes: not in the codebook and not used by any coder\(hint)")
    }
  }
}
