import Testing

@testable import QualKit

@Suite struct ReviewAnswerTests {
  static let codebook = Codebook(
    name: "T",
    codes: [
      Code(id: "stress", label: "Stress"),
      Code(
        id: "wellbeing", label: "Wellbeing", isCodable: false,
        children: [
          Code(id: "mastery", label: "Mastery"), Code(id: "rest", label: "Rest"),
          Code(id: "group", label: "Group", isCodable: false),
        ]),
    ])

  static func proposal(
    _ transcript: String = "B01", code: String = "stress", line: Int = 3, memo: String? = nil
  ) -> Coding {
    Coding(
      transcript: transcript, code: code, coder: "auto",
      span: Span(firstLine: line, lastLine: line, start: line * 10, end: line * 10 + 5),
      origin: .keyword("stress*"), status: .proposed, memo: memo, text: "stress",
      transcriptHash: "abc")
  }

  /// A file of three proposals, the middle one under review.
  static let file = [proposal(line: 1), proposal(line: 3), proposal(line: 5)]
  static let shown = proposal(line: 3)

  // MARK: - Applying answers

  @Test("Accept and reject change only the status of the coding shown")
  func acceptAndReject() {
    for (answer, status) in [(ReviewAnswer.accept, Coding.Status.accepted), (.reject, .rejected)] {
      var codings = Self.file
      let outcome = answer.apply(to: &codings, shown: Self.shown)
      var expected = Self.shown
      expected.status = status
      #expect(outcome == .saved(after: expected, added: nil))
      #expect(codings == [Self.file[0], expected, Self.file[2]])
    }
  }

  @Test("Changing the code keeps the proposal as rejected and adds a manual, accepted coding")
  func changeCode() throws {
    var codings = Self.file
    let shown = Self.proposal(line: 3, memo: "note")
    codings[1] = shown
    let outcome = ReviewAnswer.changeCode(to: "mastery").apply(to: &codings, shown: shown)
    guard case .saved(let after, let added) = outcome else {
      Issue.record("not saved: \(outcome)")
      return
    }
    let manual = try #require(added)
    #expect(after.status == .rejected && after.code == "stress")
    #expect(manual.code == "mastery" && manual.origin == .manual && manual.status == .accepted)
    #expect(manual.span == shown.span && manual.coder == "auto" && manual.transcript == "B01")
    #expect(manual.memo == "note" && manual.text == "stress" && manual.transcriptHash == "abc")
    #expect(codings == [Self.file[0], after, Self.file[2], manual])
  }

  @Test("Changing the code to one already applied there adds nothing")
  func changeCodeAlreadyThere() throws {
    let manual = try #require(ReviewAnswer.changeCode(to: "mastery").applied(to: Self.shown).added)
    var codings = Self.file + [manual]
    let outcome = ReviewAnswer.changeCode(to: "mastery").apply(to: &codings, shown: Self.shown)
    guard case .saved(let after, nil) = outcome else {
      Issue.record("expected saved without an addition: \(outcome)")
      return
    }
    #expect(codings == [Self.file[0], after, Self.file[2], manual])
  }

  @Test("A memo answer replaces or removes the memo and leaves the status")
  func memo() {
    var codings = Self.file
    let outcome = ReviewAnswer.memo("looks right").apply(to: &codings, shown: Self.shown)
    var expected = Self.shown
    expected.memo = "looks right"
    #expect(outcome == .saved(after: expected, added: nil))
    #expect(codings[1] == expected && codings[1].status == .proposed)
    let removed = ReviewAnswer.memo(nil).applied(to: expected).after
    #expect(removed.memo == nil)
  }

  @Test("A coding gone from the file, or changed there, is left as it is")
  func vanishedAndChanged() {
    var codings = [Self.file[0], Self.file[2]]
    #expect(ReviewAnswer.accept.apply(to: &codings, shown: Self.shown) == .vanished)
    #expect(codings == [Self.file[0], Self.file[2]])

    var changed = Self.shown
    changed.status = .rejected
    codings = [Self.file[0], changed, Self.file[2]]
    #expect(ReviewAnswer.accept.apply(to: &codings, shown: Self.shown) == .changed(changed))
    #expect(codings == [Self.file[0], changed, Self.file[2]])
  }

  // MARK: - Typed input

  @Test("A typed memo: empty or unchanged is no answer, '-' removes, anything else replaces")
  func typedMemo() {
    #expect(ReviewAnswer.memo(typed: "", replacing: "old") == nil)
    #expect(ReviewAnswer.memo(typed: "old", replacing: "old") == nil)
    #expect(ReviewAnswer.memo(typed: "-", replacing: nil) == nil)
    #expect(ReviewAnswer.memo(typed: "-", replacing: "old") == .memo(nil))
    #expect(ReviewAnswer.memo(typed: "new", replacing: "old") == .memo("new"))
    #expect(ReviewAnswer.memo(typed: "new", replacing: nil) == .memo("new"))
  }

  @Test("A typed code is cancelled, unchanged, codable, grouping only, or unknown")
  func typedCode() throws {
    func choice(_ line: String) -> ReviewAnswer.CodeChoice {
      ReviewAnswer.codeChoice(typed: line, for: Self.shown, in: Self.codebook)
    }
    #expect(choice("") == .cancelled)
    #expect(choice("stress") == .unchanged)
    let mastery = try #require(Self.codebook.code(withID: "mastery"))
    #expect(choice("mastery") == .code(mastery))
    #expect(choice("wellbeing") == .notCodable(children: ["mastery", "rest"]))
    guard case .unknown(let nearest) = choice("mastry") else {
      Issue.record("expected an unknown code")
      return
    }
    #expect(nearest.first == "mastery" && nearest.count == 3)
    #expect(!nearest.contains("wellbeing") && !nearest.contains("group"))
  }

  // MARK: - Undo

  @Test("Undoing each answer restores the file as it was")
  func undoEachAnswer() throws {
    let answers: [ReviewAnswer] = [.accept, .reject, .changeCode(to: "rest"), .memo("m")]
    for answer in answers {
      var codings = Self.file
      guard case .saved(let after, let added) = answer.apply(to: &codings, shown: Self.shown)
      else {
        Issue.record("\(answer) not saved")
        continue
      }
      #expect(codings != Self.file)
      let step = ReviewStep(
        answer: answer, index: 1, before: Self.shown, after: after, added: added)
      #expect(step.undo(in: &codings))
      #expect(codings == Self.file, "undo of \(answer)")
    }
  }

  @Test("Undo changes nothing when the answered coding was changed meanwhile")
  func undoAfterChange() {
    var codings = Self.file
    guard case .saved(let after, _) = ReviewAnswer.accept.apply(to: &codings, shown: Self.shown)
    else {
      Issue.record("not saved")
      return
    }
    codings[1].memo = "edited elsewhere"
    let edited = codings
    let step = ReviewStep(answer: .accept, index: 1, before: Self.shown, after: after, added: nil)
    #expect(!step.undo(in: &codings))
    #expect(codings == edited)
  }

  // MARK: - Progress

  static func record(
    _ answer: ReviewAnswer, in progress: inout ReviewProgress, file codings: inout [Coding]
  ) throws -> String {
    let outcome = answer.apply(to: &codings, shown: try #require(progress.current))
    return progress.record(answer, outcome: outcome)
  }

  @Test("Answers move on, a memo does not; each says what it did, and the summary counts them")
  func progressAndSummary() throws {
    var codings = Self.file + [Self.proposal("B02", line: 2)]
    var progress = ReviewProgress(path: "Codings/auto.jsonl", items: codings)
    #expect(try Self.record(.accept, in: &progress, file: &codings) == "accepted B01 l. 1 stress")
    #expect(try Self.record(.memo("m"), in: &progress, file: &codings) == "saved the memo")
    #expect(progress.index == 1)
    #expect(try Self.record(.memo(nil), in: &progress, file: &codings) == "removed the memo")
    #expect(try Self.record(.reject, in: &progress, file: &codings) == "rejected B01 l. 3 stress")
    #expect(
      try Self.record(.changeCode(to: "rest"), in: &progress, file: &codings)
        == "changed B01 l. 5 stress to rest (the proposal is kept as rejected)")
    #expect(progress.skip() == "skipped B02 l. 2 stress")
    #expect(progress.current == nil)
    #expect(
      (
        progress.accepted, progress.rejected, progress.changedCodes, progress.memos,
        progress.skipped
      )
        == (1, 1, 1, 2, 1))
    #expect(
      progress.summary
        == "accepted 1, rejected 1, changed code 1, memos 2, skipped 1 in Codings/auto.jsonl; 1 of 4 still proposed"
    )
    #expect(codings.count == 5)
  }

  @Test("Undo goes back to the answered proposal and takes the answer out of the counters")
  func progressUndo() throws {
    var codings = Self.file
    var progress = ReviewProgress(path: "Codings/auto.jsonl", items: codings)
    _ = try Self.record(.changeCode(to: "rest"), in: &progress, file: &codings)
    #expect(progress.index == 1 && progress.changedCodes == 1)
    let step = try #require(progress.history.last)
    let undone = step.undo(in: &codings)
    #expect(progress.recordUndo(succeeded: undone) == "undid the last answer on B01 l. 1 stress")
    #expect(progress.index == 0 && progress.history.isEmpty && progress.items == Self.file)
    #expect(codings == Self.file)
    #expect(progress.summary.hasPrefix("accepted 0, rejected 0, changed code 0, memos 0"))
  }

  @Test("A failed undo still drops the step, and says the coding was changed meanwhile")
  func progressFailedUndo() throws {
    var codings = Self.file
    var progress = ReviewProgress(path: "C.jsonl", items: codings)
    _ = try Self.record(.accept, in: &progress, file: &codings)
    #expect(
      progress.recordUndo(succeeded: false)
        == "cannot undo: B01 l. 1 stress was changed in C.jsonl meanwhile")
    #expect(progress.index == 0 && progress.history.isEmpty)
    #expect(progress.items[0].status == .accepted)
  }

  @Test("A proposal removed or changed meanwhile is reported, not counted, and passed")
  func progressConflicts() {
    var progress = ReviewProgress(path: "C.jsonl", items: Self.file)
    #expect(
      progress.record(.accept, outcome: .vanished)
        == "B01 l. 1 stress is no longer in C.jsonl (removed meanwhile); left as it is")
    var now = Self.file[1]
    now.status = .rejected
    #expect(
      progress.record(.memo("x"), outcome: .changed(now))
        == "B01 l. 3 stress was changed in C.jsonl meanwhile (now rejected); left as it is")
    #expect(progress.index == 1 && progress.items[1] == now && progress.history.isEmpty)
    #expect(progress.summary.hasSuffix("in C.jsonl; 2 of 3 still proposed"))
  }

  // MARK: - Batch

  @Test("A batch summary names the sub-codes a parent covered, and counts each proposal once")
  func coverage() {
    let index = CodebookIndex(
      Codebook(
        name: "c",
        codes: [
          Code(
            id: "single-entry", label: "S",
            children: [
              Code(id: "x", label: "X", children: [Code(id: "x1", label: "X1")]),
              Code(id: "y", label: "Y"),
            ]),
          Code(id: "leaf", label: "L"),
        ]))
    let counts = ["single-entry": 1, "x": 2, "x1": 1, "y": 3, "leaf": 1]
    #expect(
      BatchReview.coverage(
        ["single-entry", "leaf", "x", "single-entry"], verb: "rejected", counts: counts,
        index: index)
        == [
          "rejected 7 proposed codings of single-entry and its sub-codes x, x1, y",
          "rejected 1 proposed coding of leaf",
        ])
    #expect(
      BatchReview.coverage(["x", "single-entry"], verb: "selected", counts: counts, index: index)
        == [
          "selected 3 proposed codings of x and its sub-code x1",
          "selected 4 proposed codings of single-entry and its sub-codes x, x1, y",
        ])
    #expect(
      BatchReview.coverage(["z"], verb: "rejected", counts: ["z": 2], index: nil)
        == ["rejected 2 proposed codings of z"])
  }

  @Test("A batch review rejects the codes named and accepts the rest when asked")
  func batch() {
    var codings = [
      Self.proposal(line: 1), Self.proposal(code: "rest", line: 2),
      Self.proposal("B02", code: "rest", line: 3),
    ]
    let selectB01: (Coding) -> Bool = { $0.status == .proposed && $0.transcript == "B01" }
    let tally = BatchReview(acceptsAll: true, rejectedCodes: ["rest"])
      .apply(to: &codings, where: selectB01)
    #expect(
      tally
        == BatchReview.Tally(
          accepted: 1, rejected: 1, stillProposed: 1,
          selectedByCode: ["stress": 1, "rest": 1], rejectedByCode: ["rest": 1]))
    #expect(codings.map(\.status) == [.accepted, .rejected, .proposed])
    #expect(
      tally.summary(path: "Codings/auto.jsonl")
        == "accepted 1, rejected 1 proposed codings in Codings/auto.jsonl; 1 still proposed")

    var onlyReject = [Self.proposal(line: 1), Self.proposal(code: "rest", line: 2)]
    let rejected = BatchReview(acceptsAll: false, rejectedCodes: ["rest"])
      .apply(to: &onlyReject) { $0.status == .proposed }
    #expect(onlyReject.map(\.status) == [.proposed, .rejected])
    #expect(
      rejected.summary(path: "a.jsonl")
        == "accepted 0, rejected 1 proposed coding in a.jsonl; 1 still proposed")
    #expect(
      BatchReview.Tally(accepted: 0, rejected: 0, stillProposed: 0).summary(path: "a.jsonl")
        == "accepted 0, rejected 0 proposed codings in a.jsonl")
  }
}
