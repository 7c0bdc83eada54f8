import Testing

@testable import QualKit

@Suite struct CodingFileRealigningTests {
  static let text = "I: Hvad sagde Anna Jensen om det?\nB: Anna Jensen sagde ja, og Bo nikkede.\n"

  private static func transcript(_ text: String) throws -> Transcript {
    var diagnostics: [Diagnostic] = []
    return try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T1", diagnostics: &diagnostics)
  }

  /// A coding of the `occurrence`th `quote`, with its text and hash.
  private static func coding(
    _ quote: String, _ occurrence: Int = 0, in transcript: Transcript, code: String
  )
    -> Coding
  {
    Coding(
      transcript: transcript.id, code: code, coder: "anna",
      span: Span(
        scalarRange(of: quote, in: transcript.text, occurrence: occurrence), in: transcript),
      text: quote, transcriptHash: transcript.contentHash)
  }

  @Test(
    "A coding that holds a replaced name moves with it; one that holds part of it stays, listed")
  func names() throws {
    let before = try Self.transcript(Self.text)
    var edit = TextEdit()
    edit.replace(scalarRange(of: "Anna Jensen", in: Self.text), with: "P1")
    edit.replace(scalarRange(of: "Anna Jensen", in: Self.text, occurrence: 1), with: "P1")
    edit.replace(scalarRange(of: "Bo", in: Self.text), with: "")
    let (after, map) = try before.applying(edit)
    var stale = Self.coding("nikkede", in: before, code: "stale")
    stale.transcriptHash = "xxh64:0000000000000000"
    var bare = Self.coding("nikkede", in: before, code: "bare")
    bare.text = nil
    bare.transcriptHash = nil
    let other = Coding(
      transcript: "T2", code: "other", coder: "anna",
      span: Span(firstLine: 1, lastLine: 1, start: 0, end: 4))
    var file = CodingFile(codings: [
      Self.coding("Hvad sagde", in: before, code: "before"),
      Self.coding("Anna Jensen om det", in: before, code: "holds"),
      Self.coding("Jensen om", in: before, code: "part"),
      Self.coding("Anna", in: before, code: "inside"),
      Self.coding("sagde ja", 0, in: before, code: "after"),
      Self.coding("Bo", in: before, code: "gone"),
      stale, bare, other,
    ])
    file.sourceLines = Array(2...10)
    let (realigned, unmoved) = file.realigned(to: ["T1": .init(from: before, to: after, map: map)])
    let byCode = Dictionary(uniqueKeysWithValues: realigned.codings.map { ($0.code, $0) })
    #expect(byCode["before"] == file.codings[0].with(hash: after.contentHash))
    #expect(byCode["holds"]?.text == "P1 om det")
    #expect(after.text(in: try #require(byCode["holds"]).span.range) == "P1 om det")
    #expect(byCode["after"]?.text == "sagde ja")
    #expect(byCode["after"]?.span.firstLine == 2)
    #expect(after.text(in: try #require(byCode["after"]).span.range) == "sagde ja")
    #expect(byCode["bare"]?.text == nil)
    #expect(byCode["bare"]?.transcriptHash == nil)
    #expect(after.text(in: try #require(byCode["bare"]).span.range) == "nikkede")
    #expect(byCode["other"] == other)
    let nameRange = scalarRange(of: "Anna Jensen", in: Self.text)
    #expect(unmoved.map(\.coding.code) == ["part", "inside", "gone", "stale"])
    #expect(
      unmoved.map(\.reason) == [
        .partlyReplaced(nameRange), .partlyReplaced(nameRange), .emptied, .stale,
      ])
    #expect(unmoved.map(\.line) == [4, 5, 7, 8])
    // What was not carried is still in the file, as it was.
    for entry in unmoved {
      #expect(byCode[entry.coding.code] == entry.coding)
    }
    #expect(realigned.sourceLines == file.sourceLines)
    // GUIDs: a coding the edit did not move keeps its GUID; the transcript keeps its own.
    let ids = StableIDs(projectName: "TKI2")
    #expect(ids.coding(try #require(byCode["before"])) == ids.coding(file.codings[0]))
    #expect(ids.coding(try #require(byCode["after"])) != ids.coding(file.codings[4]))
    #expect(ids.transcript(id: after.id) == ids.transcript(id: before.id))
  }

  /// Random texts of several lines, random edits inside lines (insertions,
  /// deletions, replacements, side by side), random codings: realigning
  /// agrees with the reference on every coding, so a carried coding
  /// covers exactly its old characters outside the replaced parts and the
  /// replacements inside it, on the same lines.
  @Test("Realigning agrees with the reference on 1,500 random edits and codings")
  func agreesWithReference() throws {
    var random = ScalarGenerator(seed: 19)
    let alphabet: [Unicode.Scalar] = ["a", "b", "ø", " ", "😀", "é", "\n"]
    var outcomes: [String: Int] = [:]
    for round in 0..<1_500 {
      let count = 1 + random.next(30)
      let old = (0..<count).map { _ in alphabet[random.next(alphabet.count)] }
      let oldText = String(String.UnicodeScalarView(old))
      // Replacements inside lines, not overlapping, at most one insertion an offset.
      var replacements: [TextEdit.Replacement] = []
      var offset = 0
      while offset <= count {
        let choice = random.next(5)
        let text = String(
          String.UnicodeScalarView((0..<random.next(4)).map { _ in alphabet[random.next(6)] }))
        if choice == 0 && replacements.last?.range != offset..<offset {
          replacements.append(.init(offset..<offset, with: text))
          continue
        } else if choice == 1 && offset < count {
          var end = offset
          let length = 1 + random.next(4)
          while end < count && end - offset < length && old[end] != "\n" { end += 1 }
          if end > offset { replacements.append(.init(offset..<end, with: text)) }
          offset = max(end, offset + 1)
          continue
        }
        offset += 1
      }
      let (newText, map) = try TextEdit(replacements.reversed()).applied(to: oldText)
      let before = Transcript(id: "T", format: .text, turns: [], text: oldText)
      let after = Transcript(id: "T", format: .text, turns: [], text: newText)
      // As many line breaks as before (the edits keep lines).
      #expect(after.lines.scalarStarts.count == before.lines.scalarStarts.count)
      var codings: [Coding] = []
      for code in 0..<8 {
        let start = random.next(count)
        let end = start + 1 + random.next(count - start)
        codings.append(
          Coding(
            transcript: "T", code: "c\(code)", coder: "x", span: Span(start..<end, in: before),
            text: before.text(in: start..<end), transcriptHash: before.contentHash))
      }
      let (file, unmoved) = CodingFile(codings: codings).realigned(
        to: ["T": .init(from: before, to: after, map: map)])
      let reasons = Dictionary(uniqueKeysWithValues: unmoved.map { ($0.coding.code, $0.reason) })
      for (old, new) in zip(codings, file.codings) {
        let expected = ReferenceRealigner.realign(
          old.span.range, in: Array(before.text.unicodeScalars), by: replacements)
        let actual: ReferenceRealigner.Outcome
        switch reasons[old.code] {
        case nil: actual = .moved(new.span.range, new.text ?? "")
        case .partlyReplaced: actual = .partlyReplaced
        case .emptied: actual = .emptied
        default: actual = .scattered
        }
        outcomes["\(actual)".prefix { $0 != "(" }.description, default: 0] += 1
        if actual != expected {
          Issue.record(
            "round \(round): \(oldText.debugDescription) \(replacements) \(old.span.range): \(actual) ≠ \(expected)"
          )
          return
        }
        if reasons[old.code] == nil {
          #expect(new.text == after.text(in: new.span.range))
          #expect(new.transcriptHash == after.contentHash)
          // Lines as the new text has them (the same, unless the words of
          // the first or last line were all replaced by nothing).
          #expect(new.span == Span(new.span.range, in: after))
        } else {
          #expect(new == old)
        }
      }
    }
    // Each outcome is met often.
    #expect(outcomes["moved", default: 0] > 5_000)
    #expect(outcomes["partlyReplaced", default: 0] > 500)
    #expect(outcomes["emptied", default: 0] > 50)
  }
}

extension CodingFileRealigningTests {
  @Test(
    "On real transcripts edited through Transcript.applying, realigning agrees with the reference")
  func realTranscripts() throws {
    var edits = RandomTranscriptEdits(random: ScalarGenerator(seed: 23))
    var random = ScalarGenerator(seed: 29)
    var checked = 0
    for path in ["Transcripts/B01.txt", "Transcripts/B02.vtt", "Transcripts/B03.srt", "turns.txt"] {
      let before = try TranscriptRewritingTests.parse(
        try TranscriptRewritingTests.bytes(path), path)
      let old = Array(before.text.unicodeScalars)
      for _ in 0..<100 {
        let edit = edits.edit(of: before)
        guard let (after, map) = try? before.applying(edit) else { continue }
        let codings = (0..<10).map { code -> Coding in
          let turn = before.turns[random.next(before.turns.count)]
          let start = turn.textRange.lowerBound + random.next(max(1, turn.textRange.count))
          let end = min(old.count, start + 1 + random.next(40))
          return Coding(
            transcript: before.id, code: "c\(code)", coder: "x",
            span: Span(start..<end, in: before),
            text: before.text(in: start..<end), transcriptHash: before.contentHash)
        }
        let (file, unmoved) = CodingFile(codings: codings).realigned(
          to: [before.id: .init(from: before, to: after, map: map)])
        let sorted = edit.replacements.sorted {
          ($0.range.lowerBound, $0.range.upperBound) < ($1.range.lowerBound, $1.range.upperBound)
        }
        for (old, new) in zip(codings, file.codings) {
          let expected = ReferenceRealigner.realign(
            old.span.range, in: Array(before.text.unicodeScalars), by: sorted)
          let reason = unmoved.first { $0.coding.code == old.code }?.reason
          switch (expected, reason) {
          case (.moved(let range, let text), nil):
            #expect(new.span.range == range)
            #expect(new.text == text)
            #expect(after.text(in: range) == text)
          case (.partlyReplaced, .partlyReplaced?), (.emptied, .emptied?):
            #expect(new == old)
          default:
            Issue.record(
              "\(path) \(edit) \(old.span.range): \(String(describing: reason)) ≠ \(expected)")
          }
          checked += 1
        }
      }
    }
    #expect(checked > 2_000)
  }
}

extension Coding {
  /// The coding with `hash` as its transcript hash.
  fileprivate func with(hash: String) -> Coding {
    var copy = self
    copy.transcriptHash = hash
    return copy
  }
}
