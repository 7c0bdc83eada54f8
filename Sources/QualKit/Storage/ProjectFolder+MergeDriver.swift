extension ProjectFolder {
  /// Merges the coding files `base`, `ours` and `theirs` (see
  /// ``CodingFileMerge``) and writes the result over `ours`, atomically.
  ///
  /// - Returns: What the merge produced.
  /// - Throws: ``StorageError`` when a file cannot be read or `ours` written.
  public func mergeCodingFiles(base: String, ours: String, theirs: String) throws(StorageError)
    -> CodingFileMerge.Result
  {
    let result = CodingFileMerge.merge(
      base: try read(base), ours: try read(ours), theirs: try read(theirs))
    try write(result.bytes, to: ours)
    return result
  }
}

extension CodingFileMerge.Result {
  /// What to tell git's user about a merge of the file `path`, or nil for a clean merge.
  public func message(path: String) -> String? {
    if isWholeFileConflict {
      return
        "\(path): error: a version has lines that are not codings; kept all three versions whole between conflict markers"
    }
    guard conflicts > 0 else { return nil }
    return
      "\(path): error: \(conflicts) coding\(conflicts == 1 ? "" : "s") changed differently on both branches; both versions are kept between conflict markers"
  }
}
