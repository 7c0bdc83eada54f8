extension CodingMerger {
  /// What replacing an existing merged file with a new merge would lose: a
  /// diagnostic for the first malformed line, or for the first coding made
  /// in the file directly (tagged or changed there, so without sources) that
  /// the new merge does not hold, or for the first memo written in the file
  /// directly (one that is not its sources' memos joined, and that no merged
  /// coding has); nil when nothing would be lost.
  ///
  /// - Parameters:
  ///   - existing: The file now at the output path, as read.
  ///   - path: Its path, named in the diagnostic.
  ///   - merged: The codings of the new merge.
  /// - Returns: An error diagnostic at the line concerned, or nil.
  public static func loss(
    inReplacing existing: CodingFile, at path: String, with merged: [Coding]
  ) -> Diagnostic? {
    if let line = existing.malformedLines.first {
      return .error(
        "not replacing a file with malformed lines; fix or move it first so that nothing is lost",
        at: SourcePosition(line: line), file: path)
    }
    // The line of coding `index` in the file, when the file was read.
    func position(of index: Int) -> SourcePosition? {
      index < existing.sourceLines.count ? SourcePosition(line: existing.sourceLines[index]) : nil
    }
    let kept = Set(merged)
    let dropped = existing.codings.indices.filter {
      (existing.codings[$0].sources ?? []).isEmpty && !kept.contains(existing.codings[$0])
    }
    if let first = dropped.first {
      let coding = existing.codings[first]
      let more = dropped.count > 1 ? " and \(dropped.count - 1) more" : ""
      return .error(
        "\(coding.transcript) \(coding.span) \(coding.code) (\(coding.coder))\(more) was coded in this file, not merged into it, and would be lost; rename the file and give it as an input to keep it",
        at: position(of: first), file: path)
    }
    // A memo set in the merged file itself (`tag --memo` on it) is not its
    // sources' memos joined; the new merge would replace it.
    let mergedMemos = Set(merged.compactMap(\.memo))
    let edited = existing.codings.indices.filter {
      let coding = existing.codings[$0]
      guard let memo = coding.memo, let sources = coding.sources, !sources.isEmpty else {
        return false
      }
      return memo != joinedMemo(of: sources) && !mergedMemos.contains(memo)
    }
    guard let first = edited.first else { return nil }
    let coding = existing.codings[first]
    let more = edited.count > 1 ? " and \(edited.count - 1) more" : ""
    return .error(
      "the memo of \(coding.transcript) \(coding.span) \(coding.code) (\(coding.coder))\(more) was written in this file, not in a coder's file, and the merge would replace it; copy it into a coder's file (or move this file away) and merge again",
      at: position(of: first), file: path)
  }
}
