import Testing

@testable import QualKit

/// Merge defects found by the adversarial pass, each reproduced as found.
@Suite struct CodingMergerMemoTests {
  private let span = Span(firstLine: 1, lastLine: 1, start: 0, end: 10)

  private func input(_ path: String, _ codings: [Coding]) -> CodingMerger.Input {
    CodingMerger.Input(path: path, file: CodingFile(codings: codings))
  }

  /// Codings written to a file and read back, with their lines.
  private func written(_ codings: [Coding]) -> CodingFile {
    var diagnostics: [Diagnostic] = []
    let text = CodingFile(codings: codings).serialized
    return CodingFile(parsing: Array(text.utf8), diagnostics: &diagnostics)
  }

  /// A merge result read back as an input, as `qualkit merge` reads its output.
  private func reread(_ codings: [Coding], path: String) -> CodingMerger.Input {
    CodingMerger.Input(path: path, file: written(codings))
  }

  @Test("A coding whose sources list is empty counts as its own coder's, not as no vote")
  func emptySourcesCountAsOwn() {
    var coding = Coding(transcript: "T1", code: "x", coder: "anna", span: span)
    coding.sources = []
    for strategy in MergeStrategy.allCases {
      let result = CodingMerger(strategy: strategy).merge([input("anna.jsonl", [coding])])
      #expect(result.codings.count == 1, "\(strategy)")
      #expect(
        result.codings.first?.sources == [CodingSource(coder: "anna", file: "anna.jsonl", line: 1)])
    }
  }

  @Test(
    "A memo is kept whole and as written, also with '---' rules inside and through merged files",
    arguments: ["B\n---\nA", "x\n---\nx", "note\n---\n\n---\n"])
  func memosAreNeverRewritten(memo: String) {
    let anna = Coding(transcript: "T1", code: "x", coder: "anna", span: span, memo: memo)
    let bo = Coding(transcript: "T1", code: "x", coder: "bo", span: span, memo: "bo's")
    let merger = CodingMerger()
    let once = merger.merge([input("anna.jsonl", [anna])]).codings
    #expect(once.first?.memo == memo)
    let twice = merger.merge([reread(once, path: "m.jsonl")]).codings
    #expect(twice.first?.memo == memo)
    let both = merger.merge([input("anna.jsonl", [anna]), input("bo.jsonl", [bo])]).codings
    #expect(both.first?.memo == memo + CodingMerger.memoSeparator + "bo's")
    let again = merger.merge([reread(both, path: "m.jsonl"), input("anna.jsonl", [anna])]).codings
    #expect(again.first?.memo == both.first?.memo)
  }

  @Test("A memo set in the merged file itself is reported as a loss; a coder's changed memo is not")
  func memoWrittenInMergedFileIsALoss() {
    let anna = Coding(transcript: "T1", code: "x", coder: "anna", span: span, memo: "first")
    let merger = CodingMerger()
    var merged = written(merger.merge([input("anna.jsonl", [anna])]).codings).codings
    // A coder changes their memo and the merge runs again: nothing is lost.
    var changed = anna
    changed.memo = "second"
    let remerged = merger.merge([input("anna.jsonl", [changed])]).codings
    #expect(
      CodingMerger.loss(
        inReplacing: written(merged), at: "team.jsonl", with: remerged) == nil)
    // `tag --memo` on the merged file: its memo is no longer its sources'.
    merged[0].memo = "decided in the team meeting"
    let loss = CodingMerger.loss(
      inReplacing: written(merged), at: "team.jsonl",
      with: merger.merge([input("anna.jsonl", [anna])]).codings)
    #expect(loss?.severity == .error)
    #expect(loss?.message.contains("was written in this file") == true)
  }
}
