import QualKit

/// The interactive loop of `qualkit review`: one proposed coding at a time,
/// each answer saved to the coding file at once.
///
/// The rules are the library's (``ReviewAnswer``, ``ReviewProgress``); this
/// loop reads keys, draws through ``ReviewItemWriter`` and writes every answer
/// through ``ToolContext/updateCodings(_:_:)``, which reads, changes and
/// rewrites the file under its lock, so an answer is on disk before the next
/// item is shown, and edits made meanwhile by others are kept.
struct ReviewSession {
  /// The review's state: proposals, answers, counters.
  private(set) var progress: ReviewProgress
  var catalog: TranscriptCatalog
  var codebook: Codebook?
  var contextLines: Int
  var keys: any KeySource
  /// Who answers (recorded in the codings answered).
  var reviewer: String?
  private var message: String?
  private var showsHelp = false
  /// The page of the current screen's lines (0-based) and how many there are.
  private var page = 0
  private var pageCount = 1

  init(
    path: String, items: [Coding], fileCodings: [Coding] = [], catalog: TranscriptCatalog,
    codebook: Codebook?, contextLines: Int, keys: any KeySource, reviewer: String? = nil
  ) {
    self.reviewer = reviewer
    self.progress = ReviewProgress(path: path, items: items, fileCodings: fileCodings)
    self.catalog = catalog
    self.codebook = codebook
    self.contextLines = contextLines
    self.keys = keys
  }

  /// The closing line: what was done and what is left.
  var summary: String { progress.summary }

  /// Runs the loop until every item was answered or skipped, or the reviewer quits.
  mutating func run(context: inout ToolContext) throws(CLIError) {
    defer { keys.restore() }
    while true {
      guard let current = progress.current else {
        show(
          "All \(progress.items.count) selected proposals seen. u undo last, any other key ends the review.",
          context: &context)
        if keys.readKey() == "u" && !progress.history.isEmpty {
          try undo(context: &context)
          continue
        }
        return
      }
      showItem(context: &context)
      showsHelp = false
      message = nil
      let shownIndex = progress.index
      guard let key = keys.readKey() else { return }
      defer { if progress.index != shownIndex { page = 0 } }
      switch key {
      case "a": try answer(.accept, context: &context)
      case "r": try answer(.reject, context: &context)
      case "A": try answerGroup(.accept, context: &context)
      case "R": try answerGroup(.reject, context: &context)
      case " ":
        if page + 1 < pageCount { page += 1 } else { message = "this is the last page" }
      case "b":
        if page > 0 { page -= 1 } else { message = "this is the first page" }
      case "s": message = progress.skip()
      case "c": try changeCode(current, context: &context)
      case "m": try writeMemo(current, context: &context)
      case "u":
        if progress.history.isEmpty {
          message = "nothing to undo"
        } else {
          try undo(context: &context)
        }
      case "?", "h": showsHelp = true
      case "q", "\u{03}", "\u{04}": return
      default: message = "unknown key; press ? for help"
      }
    }
  }

  // MARK: - Answers

  /// Applies `answer` to the item shown in the file, under its lock.
  private mutating func answer(_ answer: ReviewAnswer, context: inout ToolContext)
    throws(CLIError)
  {
    guard let shown = progress.current else { return }
    let reviewer = self.reviewer
    let outcome = try context.updateCodings(progress.path) { codings in
      answer.apply(to: &codings, shown: shown, reviewer: reviewer)
    }
    message = progress.record(answer, outcome: outcome)
  }

  /// Applies `answer` to every proposal of the screen not answered yet.
  private mutating func answerGroup(_ answer: ReviewAnswer, context: inout ToolContext)
    throws(CLIError)
  {
    let group = progress.currentGroup
    var messages: [String] = []
    while let current = progress.current, group.contains(progress.index),
      current.status == .proposed
    {
      try self.answer(answer, context: &context)
      messages += message.map { [$0] } ?? []
    }
    message = messages.joined(separator: "\n")
  }

  private mutating func changeCode(_ current: Coding, context: inout ToolContext) throws(CLIError) {
    guard let codebook else {
      message = "no codebook found, so the code cannot be changed (give --codebook FILE)"
      return
    }
    while true {
      let line = pickCode(for: current, in: codebook, context: &context)
      switch ReviewAnswer.codeChoice(typed: line, for: current, in: codebook) {
      case .cancelled:
        message = "code not changed"
        return
      case .unchanged:
        message = "\(line) is already the code; press a to accept it"
        return
      case .code(let code):
        try answer(.changeCode(to: code.id), context: &context)
        return
      case .notCodable(let children):
        context.print(
          "'\(line)' only groups other codes and is not codable (its codes: \(children.joined(separator: ", ")))"
        )
      case .unknown(let nearest):
        context.print("unknown code '\(line)' (nearest: \(nearest.joined(separator: ", ")))")
      }
    }
  }

  /// The code typed or chosen in the picker (empty when cancelled).
  private func pickCode(for current: Coding, in codebook: Codebook, context: inout ToolContext)
    -> String
  {
    let prompt = "change \(current.code) to (type, Tab completes, arrows choose; Esc cancels): "
    var picker = ReviewCodePicker(codebook: codebook)
    if keys.clearsScreen {
      // The list needs rows below the prompt: draw it on a screen of its own.
      let label = codebook.code(withID: current.code).map { " (\($0.label))" } ?? ""
      context.standardOutput.write(
        clearScreen
          + TerminalText.flat(
            "\(current.transcript) \(current.span)  code: \(current.code)\(label)")
          + "\n\n")
    }
    context.standardOutput.write(picker.redraw(prompt: prompt))
    while let key = keys.readEditKey() {
      switch picker.handle(key) {
      case .editing: context.standardOutput.write(picker.redraw(prompt: prompt))
      case .chosen(let id):
        context.standardOutput.write("\r\u{1B}[J" + prompt + TerminalText.flat(id) + "\n")
        return id
      case .cancelled:
        context.standardOutput.write("\r\u{1B}[J\n")
        return ""
      }
    }
    return ""
  }

  private mutating func writeMemo(_ current: Coding, context: inout ToolContext) throws(CLIError) {
    if let memo = current.memo { context.print("memo now: \(memo)") }
    context.standardOutput.write("memo (Return keeps it, '-' removes it): ")
    let line = keys.readLine()?.trimmingWhitespace() ?? ""
    guard let memo = ReviewAnswer.memo(typed: line, replacing: current.memo) else {
      message = "memo not changed"
      return
    }
    try answer(memo, context: &context)
  }

  private mutating func undo(context: inout ToolContext) throws(CLIError) {
    guard let step = progress.history.last else { return }
    let undone = try context.updateCodings(progress.path) { codings in step.undo(in: &codings) }
    message = progress.recordUndo(succeeded: undone)
  }

  // MARK: - Screen

  private mutating func showItem(context: inout ToolContext) {
    let group = progress.currentGroup
    let codings = Array(progress.items[group])
    let items = codings.map { coding in
      ReviewItem(
        coding: coding, transcript: catalog.byID[coding.transcript], codebook: codebook,
        contextLines: contextLines)
    }
    let info = ReviewItemWriter.ScreenInfo(
      current: progress.index - group.lowerBound, position: progress.index + 1,
      total: progress.items.count, progress: progress.fileProgress, message: message,
      showsHelp: showsHelp)
    let screen = ReviewItemWriter.screen(
      items, codes: codings.map { codebook?.code(withID: $0.code) }, info: info,
      color: keys.usesColor, size: keys.screenSize, page: page)
    pageCount = screen.pageCount
    page = min(page, pageCount - 1)
    context.standardOutput.write((keys.clearsScreen ? clearScreen : "") + screen.text)
  }

  private func show(_ text: String, context: inout ToolContext) {
    var screen = keys.clearsScreen ? clearScreen : ""
    if let message { screen += TerminalText.visible(message) + "\n" }
    screen += TerminalText.visible(progress.summary + "\n" + text) + "\n"
    context.standardOutput.write(screen)
  }
}

/// Moves the cursor home and clears the screen.
private let clearScreen = "\u{1B}[H\u{1B}[2J"
