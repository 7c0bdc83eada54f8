/// Where an interactive review of proposed codings stands: the proposals,
/// the one shown, the answers given, the counters and the messages.
///
/// The value computes and the caller does the rest: it shows ``current``,
/// applies an answer to the file (``ReviewAnswer/apply(to:shown:)``, under
/// the file's lock), then hands the outcome to ``record(_:outcome:)``,
/// which moves on and returns the line to tell the reviewer.
///
/// ```swift
/// var progress = ReviewProgress(path: "Codings/auto.jsonl", items: proposals)
/// let outcome = ReviewAnswer.accept.apply(to: &codings, shown: progress.current!)
/// print(progress.record(.accept, outcome: outcome))  // accepted B01 l. 3 stress
/// print(progress.summary)
/// ```
public struct ReviewProgress: Hashable, Sendable {
  /// The coding file's path, as named in messages.
  public var path: String
  /// The proposals under review, as last seen (in file order).
  public private(set) var items: [Coding]
  /// The 0-based position of the proposal shown (``items``' count when all were seen).
  public private(set) var index = 0
  /// The answers given and not undone, oldest first.
  public private(set) var history: [ReviewStep] = []
  /// How many proposals were skipped.
  public private(set) var skipped = 0
  /// How many proposals of the whole file had been reviewed before this
  /// review started (those not under review).
  public private(set) var reviewedBefore = 0
  /// How many proposals the whole file has, reviewed or not.
  public private(set) var proposalsInFile: Int

  /// Starts a review of `items` in the coding file at `path`.
  ///
  /// - Parameters:
  ///   - path: The coding file.
  ///   - items: The proposals to review, in order.
  ///   - fileCodings: Every coding of the file, for the progress over the
  ///     whole file (``fileProgress``); empty to count only `items`.
  public init(path: String, items: [Coding], fileCodings: [Coding] = []) {
    self.path = path
    self.items = items
    let selected = Set(items.map(\.applicationKey))
    let proposals = fileCodings.filter(Self.isProposal)
    let others = proposals.filter { !selected.contains($0.applicationKey) }
    reviewedBefore = others.filter { $0.status != .proposed }.count
    proposalsInFile = others.count + items.count
  }

  /// Whether a coding is, or was, a proposal to review: still proposed,
  /// proposed by a keyword rule or an imported tag, or answered in a review.
  static func isProposal(_ coding: Coding) -> Bool {
    if coding.origin.isProposal { return true }
    return coding.status == .proposed || coding.reviewer != nil
  }

  /// How many proposals of the whole file are reviewed now.
  public var reviewedInFile: Int {
    reviewedBefore + items.filter { $0.status != .proposed }.count
  }

  /// The progress over the whole file: `12 of 190 reviewed in Codings/auto.jsonl`.
  public var fileProgress: String {
    "\(reviewedInFile) of \(proposalsInFile) reviewed in \(path)"
  }

  /// The positions of the proposals shown with the current one: those
  /// next to it in ``items`` with the same transcript and span (the codes
  /// proposed for one turn), so that they are answered on one screen.
  public var currentGroup: Range<Int> {
    guard let current else { return index..<index }
    func isSame(_ other: Coding) -> Bool {
      other.transcript == current.transcript && other.span == current.span
    }
    var lower = index
    while lower > 0 && isSame(items[lower - 1]) { lower -= 1 }
    var upper = index + 1
    while upper < items.count && isSame(items[upper]) { upper += 1 }
    return lower..<upper
  }

  /// The proposal to answer, or nil when every proposal was seen.
  public var current: Coding? { index < items.count ? items[index] : nil }

  /// How many proposals were accepted (answers undone do not count).
  public var accepted: Int { count { $0 == .accept } }
  /// How many proposals were rejected (not counting changed codes).
  public var rejected: Int { count { $0 == .reject } }
  /// How many codes were changed.
  public var changedCodes: Int {
    count {
      if case .changeCode = $0 { true } else { false }
    }
  }
  /// How many memos were saved or removed.
  public var memos: Int {
    count {
      if case .memo = $0 { true } else { false }
    }
  }

  /// The closing line: what was done and what is left.
  public var summary: String {
    let left = items.filter { $0.status == .proposed }.count
    return
      "accepted \(accepted), rejected \(rejected), changed code \(changedCodes), "
      + "memos \(memos), skipped \(skipped) in \(path); \(left) of \(items.count) still proposed"
  }

  /// Skips the proposal shown, returning the line to tell the reviewer.
  ///
  /// - Returns: The line to tell the reviewer.
  public mutating func skip() -> String {
    guard let current else { return "" }
    skipped += 1
    index += 1
    return "skipped \(Self.describe(current))"
  }

  /// Records what applying `answer` to the proposal shown did to the file,
  /// returning the line to tell the reviewer.
  ///
  /// A saved answer goes into ``history``; a proposal changed meanwhile is
  /// kept as it is now. Every answer but a memo moves on to the next proposal.
  ///
  /// - Returns: The line to tell the reviewer.
  public mutating func record(_ answer: ReviewAnswer, outcome: ReviewAnswer.Outcome) -> String {
    guard let before = current else { return "" }
    let message: String
    switch outcome {
    case .saved(let after, let added):
      items[index] = after
      history.append(
        ReviewStep(answer: answer, index: index, before: before, after: after, added: added))
      message = Self.savedMessage(answer, before: before, after: after)
    case .vanished:
      message =
        "\(Self.describe(before)) is no longer in \(path) (removed meanwhile); left as it is"
    case .changed(let now):
      items[index] = now
      let status = now.status.rawValue
      message =
        "\(Self.describe(before)) was changed in \(path) meanwhile (now \(status)); left as it is"
    }
    if answer.advances { index += 1 }
    return message
  }

  /// Records the undoing of the last answer (``history``'s last step),
  /// returning the line to tell the reviewer; its proposal is shown again.
  ///
  /// - Parameter succeeded: What ``ReviewStep/undo(in:)`` returned.
  /// - Returns: The line to tell the reviewer.
  public mutating func recordUndo(succeeded: Bool) -> String {
    guard let step = history.popLast() else { return "" }
    index = step.index
    guard succeeded else {
      return "cannot undo: \(Self.describe(step.before)) was changed in \(path) meanwhile"
    }
    items[index] = step.before
    return "undid the last answer on \(Self.describe(step.before))"
  }

  private func count(_ isCounted: (ReviewAnswer) -> Bool) -> Int {
    history.filter { isCounted($0.answer) }.count
  }

  private static func savedMessage(_ answer: ReviewAnswer, before: Coding, after: Coding) -> String
  {
    switch answer {
    case .accept: "accepted \(describe(after))"
    case .reject: "rejected \(describe(after))"
    case .changeCode(let code):
      "changed \(describe(before)) to \(code) (the proposal is kept as rejected)"
    case .memo: after.memo == nil ? "removed the memo" : "saved the memo"
    }
  }

  /// A coding as messages name it: transcript, span and code.
  static func describe(_ coding: Coding) -> String {
    "\(coding.transcript) \(coding.span) \(coding.code)"
  }
}
