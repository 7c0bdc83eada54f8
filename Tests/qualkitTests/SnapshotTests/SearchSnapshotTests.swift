import Foundation
import Testing

/// Golden files of `search` on the sample project.
@Suite struct SearchSnapshotTests {
  @Test(
    "search shows keyword in context in every format and with the filters",
    arguments: [
      ("stem", ["stress*"]), ("exclusion", ["stress*", "--", "-stressfri"]),
      ("context", ["stress*", "--transcript", "B05", "--context", "1"]),
      ("phrase-folded", ["hænger sammen", "--speakers", "participant"]),
      ("attribute", ["stress*", "--attribute", "group=TKI2", "--format", "csv"]),
      ("json", ["planen", "--transcript", "B01", "--format", "json"]),
      ("error-pattern", ["re:("]), ("error-wildcard", ["stre*ss"]),
      ("error-transcript", ["stress", "--transcript", "B9"]),
      ("error-no-pattern", []), ("error-code-alone", ["stress", "--code", "stress"]),
    ])
  func search(name: String, arguments: [String]) throws {
    try expectCommandSnapshot(["search"] + arguments, named: "search-\(name).txt")
  }

  @Test("search --code --coder adds the hits as proposals and keeps the codings already there")
  func addsProposals() throws {
    let session = try SnapshotSession()
    let before = try String(
      contentsOf: session.root.appendingPathComponent("Codings/anna.jsonl"), encoding: .utf8)
    session.run("search", "stress*", "--code", "stress", "--coder", "anna", "--", "-stressfri")
    session.run("search", "stress*", "--code", "stress", "--coder", "anna")
    session.run("codings", "--coder", "anna", "--code", "stress", "--status", "proposed")
    session.run("search", "stress", "--code", "nonsense", "--coder", "anna")
    let after = try String(
      contentsOf: session.root.appendingPathComponent("Codings/anna.jsonl"), encoding: .utf8)
    // Every line that was there is still there, and the five hits were added once.
    let beforeLines = before.split(separator: "\n").filter { !$0.contains("qualkit-codings") }
    let afterLines = after.split(separator: "\n")
    #expect(Set(beforeLines).isSubset(of: Set(afterLines)))
    #expect(afterLines.filter { $0.contains("keyword:stress*") }.count == 5)
    expectSnapshot(session.text, named: "search-code.txt")
  }
}
