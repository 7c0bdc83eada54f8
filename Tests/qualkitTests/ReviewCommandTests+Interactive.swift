import Foundation
import QualKit
import Testing

@testable import qualkit

/// The interactive review, driven by scripted keys.
extension ReviewCommandTests {
  @Test("Accept, reject and skip are saved at once; end of input quits with a summary")
  func acceptRejectSkip() throws {
    var seen: [[String]] = []
    let keys = ScriptedKeys([
      .key("a"), .action { seen.append((try? self.states()) ?? []) },
      .key("r"), .action { seen.append((try? self.states()) ?? []) },
      .key("s"),
    ])
    let result = review(["--coder", "auto", "--reviewer", "auto"], keys: keys)
    #expect(result.status == .success)
    // Each answer was in the file before the next key was read.
    #expect(
      seen.map { $0.prefix(2) } == [
        ["A01:mastery@6=accepted", "A01:energy@7=proposed"],
        ["A01:mastery@6=accepted", "A01:energy@7=rejected"],
      ])
    #expect(
      try states() == ["A01:mastery@6=accepted", "A01:energy@7=rejected"] + Self.initialStates[2...]
    )
    // The two codes proposed for lines 7–8 share one screen, answered one by one.
    #expect(
      result.output.contains(
        """
        [3/7] A01 l. 7–8  2 proposed codes:
          1. energy (Energy)  origin: keyword:overskud  [rejected]
        > 2. mastery (Mastery)  origin: keyword:mestr*  [proposed]
          2 of 7 reviewed in Codings/auto.jsonl

        """))
    #expect(result.output.contains("\nrejected A01 l. 7–8 energy\n"))
    #expect(
      result.output.hasSuffix(
        "accepted 1, rejected 1, changed code 0, memos 0, skipped 1 in Codings/auto.jsonl; 5 of 7 still proposed\n"
      ))
    #expect(keys.restoreCount >= 1)
  }

  @Test(
    "Quitting midway with q or Ctrl-C keeps every answer given",
    arguments: ["q", "\u{03}", "\u{04}"])
  func quitMidway(quit: String) throws {
    let result = review(
      ["--coder", "auto", "--reviewer", "auto"], keys: ScriptedKeys(keys: "aa" + quit + "a"))
    #expect(result.status == .success)
    #expect(
      try states() == ["A01:mastery@6=accepted", "A01:energy@7=accepted"] + Self.initialStates[2...]
    )
    #expect(result.output.hasSuffix("skipped 0 in Codings/auto.jsonl; 5 of 7 still proposed\n"))
  }

  @Test("Changing the code keeps the proposal as rejected and adds an accepted manual coding")
  func changeCode() throws {
    let keys = ScriptedKeys([
      .key("c"), .line("redines"), .line("group"), .line("readiness"), .key("q"),
    ])
    let result = review(["--coder", "auto", "--reviewer", "auto"], keys: keys)
    #expect(result.status == .success)
    #expect(
      result.output.contains("unknown code 'redines' (nearest: readiness, meeting, energy)\n"))
    #expect(
      result.output.contains(
        "'group' only groups other codes and is not codable (its codes: meeting)\n"))
    #expect(
      result.output.contains(
        "changed A01 l. 6 mastery to readiness (the proposal is kept as rejected)\n"))
    let all = try codings()
    let atLine6 = all.filter { $0.span.firstLine == 6 }
    #expect(atLine6.count == 2)
    let old = try #require(atLine6.first { $0.code == "mastery" })
    let new = try #require(atLine6.first { $0.code == "readiness" })
    #expect(old.status == .rejected && old.origin == .keyword("mestr*"))
    #expect(new.status == .accepted && new.origin == .manual && new.span == old.span)
    #expect(new.text == old.text && new.transcriptHash == old.transcriptHash && new.coder == "auto")
    #expect(result.output.contains("changed code 1"))
  }

  @Test("An empty line cancels a code change or a memo")
  func cancelPrompts() throws {
    let result = review(
      ["--coder", "auto", "--reviewer", "auto"],
      keys: ScriptedKeys([.key("c"), .line(""), .key("m"), .line("  "), .key("q")]))
    #expect(result.output.contains("\ncode not changed\n"))
    #expect(result.output.contains("\nmemo not changed\n"))
    #expect(try states() == Self.initialStates)
    #expect(try codings().allSatisfy { $0.memo == nil })
  }

  @Test("A memo is saved at once and shown; undo takes back the answer and then the memo")
  func memoAndUndo() throws {
    let original = try project.read("Codings/auto.jsonl")
    var afterMemo: Coding?
    let keys = ScriptedKeys([
      .key("m"), .line("klar til at arbejde?"), .action { afterMemo = try? self.codings().first },
      .key("a"), .key("u"), .key("u"), .key("q"),
    ])
    let result = review(["--coder", "auto", "--reviewer", "auto"], keys: keys)
    #expect(afterMemo?.memo == "klar til at arbejde?")
    #expect(afterMemo?.status == .proposed)
    #expect(result.output.contains("  memo: klar til at arbejde?\n"))
    #expect(result.output.contains("\nundid the last answer on A01 l. 6 mastery\n"))
    #expect(try project.read("Codings/auto.jsonl") == original)
    #expect(
      result.output.hasSuffix("memos 0, skipped 0 in Codings/auto.jsonl; 7 of 7 still proposed\n"))
  }

  @Test("Undoing a code change removes the added coding and restores the proposal")
  func undoChangeCode() throws {
    let original = try project.read("Codings/auto.jsonl")
    let result = review(
      ["--coder", "auto", "--reviewer", "auto"],
      keys: ScriptedKeys([.key("c"), .line("energy"), .key("u"), .key("q")]))
    #expect(result.status == .success)
    #expect(try project.read("Codings/auto.jsonl") == original)
  }

  @Test("A coding changed or removed in the file meanwhile is reported and left alone")
  func fileChangedUnderneath() throws {
    let path = project.root.appendingPathComponent("Codings/auto.jsonl")
    let keys = ScriptedKeys([
      .action {
        // Someone else accepts everything before the first answer …
        _ = self.project.run(
          "review", "--coder", "auto", "--reviewer", "auto", "--accept-all", "--code", "mastery")
      },
      .key("r"),
      .action {
        // … and deletes the second proposal (after the header) before the second answer.
        let lines = ((try? String(contentsOf: path, encoding: .utf8)) ?? "").split(separator: "\n")
        try? Data(
          (lines.enumerated().filter { $0.offset != 2 }.map { $0.element + "\n" }.joined()).utf8
        )
        .write(to: path)
      },
      .key("a"), .key("q"),
    ])
    let result = review(["--coder", "auto", "--reviewer", "auto"], keys: keys)
    #expect(result.status == .success)
    #expect(
      result.output.contains(
        "\nA01 l. 6 mastery was changed in Codings/auto.jsonl meanwhile (now accepted); left as it is\n"
      ))
    #expect(
      result.output.contains(
        "\nA01 l. 7–8 energy is no longer in Codings/auto.jsonl (removed meanwhile); left as it is\n"
      ))
    #expect(
      try states() == [
        "A01:mastery@6=accepted", "A01:mastery@7=accepted", "A01:readiness@10=proposed",
        "A01:readiness@11=proposed", "A02:meeting@1=proposed", "A02:energy@2=accepted",
      ])
    #expect(result.output.contains("accepted 0, rejected 0,"))
  }

  @Test("A malformed line appearing meanwhile stops the review with exit 65 and a summary")
  func malformedMeanwhile() throws {
    let keys = ScriptedKeys([
      .key("a"),
      .action {
        let url = self.project.root.appendingPathComponent("Codings/auto.jsonl")
        let text = ((try? String(contentsOf: url, encoding: .utf8)) ?? "") + "{not json\n"
        try? Data(text.utf8).write(to: url)
      },
      .key("a"),
    ])
    let result = review(["--coder", "auto", "--reviewer", "auto"], keys: keys)
    #expect(result.status == .dataError)
    #expect(
      result.error.contains(
        "Codings/auto.jsonl: error: not changing a file with malformed lines (9)"))
    #expect(result.output.hasSuffix("skipped 0 in Codings/auto.jsonl; 6 of 7 still proposed\n"))
    #expect(keys.restoreCount >= 1)
  }

  @Test("--code and --transcript select what is reviewed; nothing selected says so")
  func filters() throws {
    let byCode = review(
      ["--coder", "auto", "--reviewer", "auto", "--code", "mastery", "--transcript", "A01"],
      keys: ScriptedKeys(keys: "q")
    )
    #expect(byCode.output.hasPrefix("[1/3] A01 l. 6  code: mastery"))
    #expect(
      byCode.output.hasSuffix(
        "3 of 3 still proposed\nselected 3 proposed codings of mastery and its sub-code energy\n"))
    let none = review(
      ["--coder", "auto", "--reviewer", "auto", "--transcript", "A03"],
      keys: ScriptedKeys(keys: "q"))
    #expect(none.status == .success)
    #expect(none.output == "no proposed codings to review in Codings/auto.jsonl\n")
  }

  @Test("After the last item, the review ends, or u goes back to the last answer")
  func endOfList() throws {
    let result = review(
      ["--coder", "auto", "--reviewer", "auto", "--transcript", "A02"],
      keys: ScriptedKeys(keys: "aruaq"))
    #expect(result.output.contains("All 2 selected proposals seen."))
    #expect(try states().suffix(2) == ["A02:meeting@1=accepted", "A02:energy@2=accepted"])
    #expect(result.output.hasSuffix("0 of 2 still proposed\n"))
  }

  @Test("Unknown keys and ? show help without answering")
  func helpAndUnknownKeys() throws {
    let result = review(["--coder", "auto", "--reviewer", "auto"], keys: ScriptedKeys(keys: "x?q"))
    #expect(result.output.contains("\nunknown key; press ? for help\n"))
    #expect(result.output.contains(ReviewItemWriter.helpText))
    #expect(try states() == Self.initialStates)
  }

  // MARK: - Screen

  @Test(
    "Without colour, hits are bracketed and a segment inside a line is put in «»",
    arguments: [
      (3..<19, "B: «Jeg [mestrer] den.» Godt."),
      (3..<25, "B: Jeg [mestrer] den. Godt."),
      (0..<25, "B: Jeg [mestrer] den. Godt."),
      (7..<14, "B: Jeg «[mestrer]» den. Godt."),
    ])
  func plainMarks(segment: Range<Int>, expected: String) {
    let line = ReviewItem.Line(
      number: 7, speaker: "B", text: "B: Jeg mestrer den. Godt.", segment: segment,
      highlights: [7..<14])
    #expect(ReviewItemWriter.marked(line, color: false) == expected)
  }

  @Test("With colour, context is dim and hits are bold reverse video")
  func colourMarks() {
    let line = ReviewItem.Line(
      number: 1, text: "B: Jeg mestrer.", segment: 3..<15, highlights: [7..<14])
    #expect(
      ReviewItemWriter.marked(line, color: true)
        == "\u{1B}[2mB: \u{1B}[0mJeg \u{1B}[1;7mmestrer\u{1B}[0m.")
    let context = ReviewItem.Line(number: 2, text: "I: Godt.")
    #expect(ReviewItemWriter.marked(context, color: true) == "\u{1B}[2mI: Godt.\u{1B}[0m")
  }

  @Test("review is listed in the tool's help and has its own")
  func help() {
    let main = qualkitTests.run(["--help"])
    #expect(main.output.contains("  review "))
    let own = qualkitTests.run(["review", "--help"])
    #expect(own.status == .success)
    #expect(own.output.contains("--reject-code ID"))
  }
}
