extension CodingMerger {
  /// What replacing an existing merged file with a new merge would lose: a
  /// diagnostic for the first malformed line, or for the first coding made
  /// in the file directly (tagged or changed there, so without sources) that
  /// the new merge does not hold; nil when nothing would be lost.
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
    let kept = Set(merged)
    let dropped = existing.codings.indices.filter {
      existing.codings[$0].sources == nil && !kept.contains(existing.codings[$0])
    }
    guard let first = dropped.first else { return nil }
    let coding = existing.codings[first]
    let more = dropped.count > 1 ? " and \(dropped.count - 1) more" : ""
    return .error(
      "\(coding.transcript) \(coding.span) \(coding.code) (\(coding.coder))\(more) was coded in this file, not merged into it, and would be lost; rename the file and give it as an input to keep it",
      at: SourcePosition(line: existing.sourceLines[first]), file: path)
  }
}
