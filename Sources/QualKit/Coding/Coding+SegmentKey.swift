extension Coding {
  /// What makes two codings the same coded segment, whoever coded it:
  /// transcript, code and offsets (tables count a segment several coders
  /// coded once).
  struct SegmentKey: Hashable {
    var transcript: String
    var code: String
    var start: Int
    var end: Int

    init(_ coding: Coding) {
      transcript = coding.transcript
      code = coding.code
      start = coding.span.start
      end = coding.span.end
    }
  }
}
