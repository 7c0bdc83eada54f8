/// One saved review answer, kept so that it can be undone.
///
/// ```swift
/// if let step = progress.history.last, step.undo(in: &file.codings) { … }
/// ```
public struct ReviewStep: Hashable, Sendable {
  /// The answer given.
  public var answer: ReviewAnswer
  /// The proposal's 0-based position in the review.
  public var index: Int
  /// The coding as it was before the answer.
  public var before: Coding
  /// The coding as the answer left it.
  public var after: Coding
  /// The coding the answer added (a changed code), if it was added.
  public var added: Coding?

  /// Creates a step.
  public init(answer: ReviewAnswer, index: Int, before: Coding, after: Coding, added: Coding?) {
    self.answer = answer
    self.index = index
    self.before = before
    self.after = after
    self.added = added
  }

  /// Undoes the answer in the codings of a file: puts ``before`` back in
  /// place of ``after`` and removes ``added``.
  ///
  /// - Returns: false, changing nothing, when ``after`` is no longer in the
  ///   file as the answer left it.
  public func undo(in codings: inout [Coding]) -> Bool {
    guard let position = codings.firstIndex(of: after) else { return false }
    codings[position] = before
    if let added, let addedPosition = codings.firstIndex(of: added) {
      codings.remove(at: addedPosition)
    }
    return true
  }
}
