extension Coding {
  /// The coding with `substitution` applied to its stored ``text`` and its
  /// ``memo`` (pseudonymisation changes names inside them too).
  ///
  /// Nothing else changes: span, hash, code, coder, reviewer, sources and
  /// unknown members stay as they are (an unknown member that holds a name
  /// keeps it; a caller that must be sure drops such members).
  public func substituting(_ substitution: TextSubstitution) -> Coding {
    var result = self
    result.text = text.map(substitution.applied(to:))
    result.memo = memo.map(substitution.applied(to:))
    return result
  }
}

extension CodingFile {
  /// The file with `substitution` applied to every coding's stored text
  /// and memo (see ``Coding/substituting(_:)``), and how many codings
  /// changed.
  public func substituting(_ substitution: TextSubstitution) -> (file: CodingFile, changed: Int) {
    var result = self
    var changed = 0
    for index in codings.indices {
      let substituted = codings[index].substituting(substitution)
      if substituted != codings[index] {
        result.codings[index] = substituted
        changed += 1
      }
    }
    return (result, changed)
  }
}
