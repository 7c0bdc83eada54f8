import QualKit

/// The interactive loop of `qualkit review`: one proposed coding at a time,
/// each answer saved to the coding file at once.
///
/// Every answer goes through ``ToolContext/updateCodings(_:_:)``, which
/// reads, changes and rewrites the file under its lock, so an answer is on
/// disk before the next item is shown, and edits made meanwhile by others
/// are kept. The coding is found again by its identity (transcript, code,
/// coder, span, origin); if it is gone or no longer as it was shown, the
/// reviewer is told and the file is left as it is.
struct ReviewSession {
  /// One saved answer, kept so that it can be undone.
  struct Step {
    enum Kind { case accept, reject, changeCode, memo }
    var kind: Kind
    /// The item's position in the review.
    var index: Int
    /// The coding as it was before the answer.
    var before: Coding
    /// The coding as the answer left it.
    var after: Coding
    /// The coding the answer added (a changed code), if it was added.
    var added: Coding?
  }

  /// The coding file's path.
  var path: String
  /// The proposals under review, as last seen (in file order).
  var items: [Coding]
  var catalog: TranscriptCatalog
  var codebook: Codebook?
  var contextLines: Int
  var keys: any KeySource
  /// The answers given and not undone, oldest first.
  private(set) var history: [Step] = []
  private(set) var skipped = 0
  private var index = 0
  private var message: String?
  private var showsHelp = false

  init(
    path: String, items: [Coding], catalog: TranscriptCatalog, codebook: Codebook?,
    contextLines: Int,
    keys: any KeySource
  ) {
    self.path = path
    self.items = items
    self.catalog = catalog
    self.codebook = codebook
    self.contextLines = contextLines
    self.keys = keys
  }

  /// Runs the loop until every item was answered or skipped, or the reviewer quits.
  mutating func run(context: inout ToolContext) throws(CLIError) {
    defer { keys.restore() }
    while true {
      if index >= items.count {
        show(
          "All \(items.count) selected proposals seen. u undo last, any other key ends the review.",
          context: &context)
        if keys.readKey() == "u" && !history.isEmpty {
          try undo(context: &context)
          continue
        }
        return
      }
      showItem(context: &context)
      showsHelp = false
      message = nil
      guard let key = keys.readKey() else { return }
      switch key {
      case "a": try decide(.accepted, context: &context)
      case "r": try decide(.rejected, context: &context)
      case "s":
        skipped += 1
        message = "skipped \(describe(items[index]))"
        index += 1
      case "c": try changeCode(context: &context)
      case "m": try writeMemo(context: &context)
      case "u":
        if history.isEmpty { message = "nothing to undo" } else { try undo(context: &context) }
      case "?", "h": showsHelp = true
      case "q", "\u{03}", "\u{04}": return
      default: message = "unknown key; press ? for help"
      }
    }
  }

  /// The closing line: what was done and what is left.
  var summary: String {
    func count(_ kind: Step.Kind) -> Int { history.filter { $0.kind == kind }.count }
    let left = items.filter { $0.status == .proposed }.count
    return
      "accepted \(count(.accept)), rejected \(count(.reject)), changed code \(count(.changeCode)), "
      + "memos \(count(.memo)), skipped \(skipped) in \(path); \(left) of \(items.count) still proposed"
  }

  // MARK: - Answers

  private mutating func decide(_ status: Coding.Status, context: inout ToolContext) throws(CLIError)
  {
    var after = items[index]
    after.status = status
    let kind: Step.Kind = status == .accepted ? .accept : .reject
    if try save(kind, after: after, adding: nil, context: &context) {
      message = "\(status == .accepted ? "accepted" : "rejected") \(describe(after))"
    }
    index += 1
  }

  private mutating func changeCode(context: inout ToolContext) throws(CLIError) {
    let current = items[index]
    guard let codebook else {
      message = "no codebook found, so the code cannot be changed (give --codebook FILE)"
      return
    }
    let codable = codebook.allCodes.filter(\.isCodable).map(\.id)
    var newCode: Code?
    while newCode == nil {
      context.standardOutput.write("change \(current.code) to (code id; Return cancels): ")
      guard let line = keys.readLine()?.trimmingWhitespace(), !line.isEmpty else {
        message = "code not changed"
        return
      }
      if line == current.code {
        message = "\(line) is already the code; press a to accept it"
        return
      }
      if let code = codebook.code(withID: line), code.isCodable {
        newCode = code
      } else if let code = codebook.code(withID: line) {
        let children = code.children.filter(\.isCodable).map(\.id).prefix(5).joined(separator: ", ")
        context.print(
          "'\(line)' only groups other codes and is not codable (its codes: \(children))")
      } else {
        let nearest = Suggestions.nearest(to: line, in: codable, limit: 3).joined(separator: ", ")
        context.print("unknown code '\(line)' (nearest: \(nearest))")
      }
    }
    guard let newCode else { return }
    var rejected = current
    rejected.status = .rejected
    let manual = Coding(
      transcript: current.transcript, code: newCode.id, coder: current.coder, span: current.span,
      origin: .manual, status: .accepted, memo: current.memo, text: current.text,
      transcriptHash: current.transcriptHash)
    if try save(.changeCode, after: rejected, adding: manual, context: &context) {
      message = "changed \(describe(current)) to \(newCode.id) (the proposal is kept as rejected)"
    }
    index += 1
  }

  private mutating func writeMemo(context: inout ToolContext) throws(CLIError) {
    let current = items[index]
    if let memo = current.memo { context.print("memo now: \(memo)") }
    context.standardOutput.write("memo (Return keeps it, '-' removes it): ")
    guard let line = keys.readLine()?.trimmingWhitespace(), !line.isEmpty else {
      message = "memo not changed"
      return
    }
    var after = current
    after.memo = line == "-" ? nil : line
    guard after.memo != current.memo else {
      message = "memo not changed"
      return
    }
    if try save(.memo, after: after, adding: nil, context: &context) {
      message = after.memo == nil ? "removed the memo" : "saved the memo"
    }
  }

  private mutating func undo(context: inout ToolContext) throws(CLIError) {
    guard let step = history.last else { return }
    let outcome = try context.updateCodings(path) {
      codings throws(CLIError) -> Bool in
      guard let position = codings.firstIndex(of: step.after) else { return false }
      codings[position] = step.before
      if let added = step.added, let addedPosition = codings.firstIndex(of: added) {
        codings.remove(at: addedPosition)
      }
      return true
    }
    history.removeLast()
    index = step.index
    if outcome {
      items[index] = step.before
      message = "undid the last answer on \(describe(step.before))"
    } else {
      message = "cannot undo: \(describe(step.before)) was changed in \(path) meanwhile"
    }
  }

  /// Replaces the current item by `after` in the file, adding `adding` if it
  /// is not there yet; returns false (and says why) if the item was changed
  /// or removed in the file meanwhile.
  private mutating func save(
    _ kind: Step.Kind, after: Coding, adding: Coding?, context: inout ToolContext
  )
    throws(CLIError) -> Bool
  {
    let before = items[index]
    let outcome = try context.updateCodings(path) {
      codings throws(CLIError) -> Outcome in
      guard let position = codings.firstIndex(where: { $0.isSameApplication(as: before) }) else {
        return .vanished
      }
      guard codings[position] == before else { return .changed(codings[position]) }
      codings[position] = after
      if let adding, !codings.contains(where: { $0.isSameApplication(as: adding) }) {
        codings.append(adding)
        return .saved(added: adding)
      }
      return .saved(added: nil)
    }
    switch outcome {
    case .saved(let added):
      items[index] = after
      history.append(Step(kind: kind, index: index, before: before, after: after, added: added))
      return true
    case .vanished:
      message = "\(describe(before)) is no longer in \(path) (removed meanwhile); left as it is"
      return false
    case .changed(let current):
      items[index] = current
      message =
        "\(describe(before)) was changed in \(path) meanwhile (now \(current.status.rawValue)); left as it is"
      return false
    }
  }

  private enum Outcome {
    case saved(added: Coding?)
    case vanished
    case changed(Coding)
  }

  // MARK: - Screen

  private func describe(_ coding: Coding) -> String {
    "\(coding.transcript) \(coding.span) \(coding.code)"
  }

  private func showItem(context: inout ToolContext) {
    let coding = items[index]
    let item = ReviewItem(
      coding: coding, transcript: catalog.byID[coding.transcript], codebook: codebook,
      contextLines: contextLines)
    var screen = keys.clearsScreen ? clearScreen : ""
    screen += ReviewScreen.render(
      item, position: index + 1, total: items.count, code: codebook?.code(withID: coding.code),
      color: keys.usesColor, message: message, showsHelp: showsHelp)
    context.standardOutput.write(screen)
  }

  private func show(_ text: String, context: inout ToolContext) {
    var screen = keys.clearsScreen ? clearScreen : ""
    if let message { screen += message + "\n" }
    screen += summary + "\n" + text + "\n"
    context.standardOutput.write(screen)
  }
}

/// Moves the cursor home and clears the screen.
private let clearScreen = "\u{1B}[H\u{1B}[2J"
