/// A reviewer's answer to one proposed coding, and what it does to a coding file.
///
/// The rules are pure: ``applied(to:)`` says how the answer changes the
/// coding shown, and ``apply(to:shown:)`` makes that change in the codings
/// of a file as read, finding the coding again by its identity (transcript,
/// code, coder, span, origin) and refusing when it is gone or no longer as
/// shown. Skipping and quitting change nothing, so they are not answers.
///
/// ```swift
/// let outcome = ReviewAnswer.accept.apply(to: &file.codings, shown: proposal)
/// if case .saved(let after, _) = outcome { print(after.status) }  // accepted
/// ```
public enum ReviewAnswer: Hashable, Sendable {
  /// Accepts the proposal.
  case accept
  /// Rejects the proposal; it stays in the file, so auto-coding does not propose it again.
  case reject
  /// Keeps the proposal as rejected and adds a manual, accepted coding of
  /// the same span with the code given (its id).
  case changeCode(to: String)
  /// Replaces the coding's memo (nil removes it).
  case memo(String?)

  /// What ``apply(to:shown:)`` did.
  public enum Outcome: Hashable, Sendable {
    /// The coding was replaced by `after`; `added` is the coding the answer
    /// added, or nil when it added none or an equal one was already there.
    case saved(after: Coding, added: Coding?)
    /// The coding is no longer in the file.
    case vanished
    /// The coding is in the file, but not as shown: this is how it is now.
    case changed(Coding)
  }

  /// What a typed code id means as the new code of a coding.
  public enum CodeChoice: Hashable, Sendable {
    /// Nothing was typed.
    case cancelled
    /// The id is the coding's code already.
    case unchanged
    /// A codable code of the codebook.
    case code(Code)
    /// A code that only groups others; its first codable children (at most five).
    case notCodable(children: [String])
    /// No code has this id; the nearest codable ids (at most three).
    case unknown(nearest: [String])
  }

  /// Whether the answer moves the review on to the next proposal (a memo
  /// leaves the proposal on screen, to be answered).
  public var advances: Bool {
    switch self {
    case .accept, .reject, .changeCode: true
    case .memo: false
    }
  }

  /// The coding as the answer leaves it, and the coding the answer adds, if any.
  ///
  /// - Parameters:
  ///   - coding: The proposal answered.
  ///   - reviewer: Who answers: recorded as the ``Coding/reviewer`` of an
  ///     accepted, rejected or recoded proposal, and the coder of the coding
  ///     a changed code adds (nil: the proposal's coder, nobody recorded).
  /// - Returns: The coding after the answer, and the coding it adds, if any.
  public func applied(to coding: Coding, reviewer: String? = nil) -> (
    after: Coding, added: Coding?
  ) {
    var after = coding
    switch self {
    case .accept:
      after.status = .accepted
      after.reviewer = reviewer
      return (after, nil)
    case .reject:
      after.status = .rejected
      after.reviewer = reviewer
      return (after, nil)
    case .changeCode(let code):
      after.status = .rejected
      after.reviewer = reviewer
      let manual = Coding(
        transcript: coding.transcript, code: code, coder: reviewer ?? coding.coder,
        span: coding.span,
        origin: .manual, status: .accepted, memo: coding.memo, text: coding.text,
        transcriptHash: coding.transcriptHash)
      return (after, manual)
    case .memo(let memo):
      after.memo = memo
      return (after, nil)
    }
  }

  /// Applies the answer to `shown` in the codings of a file.
  ///
  /// The coding is found by its identity (``applied(to:reviewer:)`` says
  /// what `reviewer` records); when it is there and equal to
  /// `shown`, it is replaced, and a coding the answer adds is appended
  /// unless the same application is already in the file. Otherwise nothing
  /// changes.
  public func apply(to codings: inout [Coding], shown: Coding, reviewer: String? = nil)
    -> Outcome
  {
    guard let position = codings.firstIndex(where: { $0.isSameApplication(as: shown) }) else {
      return .vanished
    }
    guard codings[position] == shown else { return .changed(codings[position]) }
    let (after, adding) = applied(to: shown, reviewer: reviewer)
    codings[position] = after
    if let adding, !codings.contains(where: { $0.isSameApplication(as: adding) }) {
      codings.append(adding)
      return .saved(after: after, added: adding)
    }
    return .saved(after: after, added: nil)
  }

  /// The memo answer for a typed line: nil when the line is empty or the
  /// memo would stay as it is; `-` removes the memo.
  ///
  /// - Parameters:
  ///   - line: What the reviewer typed, trimmed.
  ///   - current: The coding's memo now.
  /// - Returns: The answer to give, or nil when the memo stays as it is.
  public static func memo(typed line: String, replacing current: String?) -> ReviewAnswer? {
    guard !line.isEmpty else { return nil }
    let memo = line == "-" ? nil : line
    return memo == current ? nil : .memo(memo)
  }

  /// What a typed code id means as the new code of `coding`.
  ///
  /// - Parameters:
  ///   - line: What the reviewer typed, trimmed.
  ///   - coding: The coding whose code is to change.
  ///   - codebook: The codebook the new code must be codable in.
  /// - Returns: The code chosen, or why there is none.
  public static func codeChoice(typed line: String, for coding: Coding, in codebook: Codebook)
    -> CodeChoice
  {
    if line.isEmpty { return .cancelled }
    if line == coding.code { return .unchanged }
    switch CodebookIndex(codebook).codable(line) {
    case .code(let code): return .code(code)
    case .unknown(let nearest): return .unknown(nearest: nearest)
    case .notCodable(let children): return .notCodable(children: children)
    }
  }
}
