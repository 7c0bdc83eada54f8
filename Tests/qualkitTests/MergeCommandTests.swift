import Foundation
import Testing

@testable import qualkit

/// A project where anna and bo code A01 line 7 as mastery.
///
/// Anna also codes line 8 as energy.
private func mergeProject() throws -> TestProject {
  let project = try TestProject()
  for arguments in [
    ["tag", "A01", "7", "mastery", "--coder", "anna", "--memo", "mestrer"],
    ["tag", "A01", "8", "energy", "--coder", "anna"],
    ["tag", "A01", "7", "mastery", "--coder", "bo"],
  ] {
    let result = qualkitTests.run(arguments, in: project.root)
    #expect(result.status == .success, "\(arguments): \(result.error)")
  }
  return project
}

@Suite struct MergeCommandTests {
  @Test("A union merge writes one file whose codings list their sources")
  func union() throws {
    let project = try mergeProject()
    let result = project.run(
      "merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--out", "Codings/merged.jsonl")
    #expect(result.status == .success)
    #expect(result.error == "")
    #expect(
      result.output
        == "merged 3 codings of 2 coders (anna, bo) into 2 (union): Codings/merged.jsonl\n")
    let lines = try project.read("Codings/merged.jsonl").split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[0] == #"{"format":"qualkit-codings","version":1,"kind":"merge"}"#)
    #expect(lines[1].contains(#""code":"mastery","coder":"merged","#))
    #expect(lines[1].contains(#""memo":"mestrer""#))
    // Line 1 of each input is its header.
    #expect(
      lines[1].hasSuffix(
        #""sources":[{"coder":"anna","file":"Codings/anna.jsonl","line":2,"memo":"mestrer"},"#
          + #"{"coder":"bo","file":"Codings/bo.jsonl","line":2}]}"#))
    #expect(
      lines[2].hasSuffix(#""sources":[{"coder":"anna","file":"Codings/anna.jsonl","line":3}]}"#))
    // The merged file is a valid coding file for the other commands.
    let listed = project.run("codings", "Codings/merged.jsonl")
    #expect(listed.status == .success)
    #expect(listed.error == "")
  }

  @Test("Majority and unanimous keep what both coders applied, under the --coder name")
  func majority() throws {
    let project = try mergeProject()
    for strategy in ["majority", "unanimous"] {
      let result = project.run(
        "merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--strategy", strategy, "--coder",
        "team",
        "--out", "team.jsonl")
      #expect(result.status == .success)
      #expect(
        result.output
          == "merged 3 codings of 2 coders (anna, bo) into 1 (\(strategy) per turn): team.jsonl\n")
      let text = try project.read("team.jsonl")
      #expect(text.split(separator: "\n").count == 2)  // the header and one coding
      #expect(text.contains(#""code":"mastery","coder":"team","#))
    }
  }

  @Test("Merging a merged file again changes nothing")
  func remerge() throws {
    let project = try mergeProject()
    _ = project.run("merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--out", "m1.jsonl")
    let again = project.run(
      "merge", "m1.jsonl", "Codings/anna.jsonl", "--all-kinds", "--out", "m2.jsonl")
    #expect(again.status == .success)
    #expect(try project.read("m2.jsonl") == project.read("m1.jsonl"))
  }

  @Test("Merging again over a merged file replaces it, but never drops codings made in it")
  func remergeKeepsHandMadeCodings() throws {
    let project = try mergeProject()
    let inputs = ["merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--out", "Codings/team.jsonl"]
    #expect(qualkitTests.run(inputs, in: project.root).status == .success)
    #expect(qualkitTests.run(inputs, in: project.root).status == .success)
    let tag = project.run("tag", "A01", "11", "readiness", "--coder", "team")
    #expect(tag.status == .success)
    let before = try project.read("Codings/team.jsonl")
    let again = qualkitTests.run(inputs, in: project.root)
    #expect(again.status == .failure)
    #expect(
      again.error
        == "Codings/team.jsonl:4:1: error: A01 l. 11 readiness (team) was coded in this file, not merged into it, and would be lost; rename the file and give it as an input to keep it\n"
    )
    #expect(try project.read("Codings/team.jsonl") == before)
  }

  @Test("A coder contradicting themselves is a conflict: listed, nothing written, exit 1")
  func conflict() throws {
    let project = try mergeProject()
    let anna = try project.read("Codings/anna.jsonl")
    let rejected = anna.split(separator: "\n")[1].replacingOccurrences(
      of: "accepted", with: "rejected")
    try project.write("anna-old.jsonl", rejected + "\n")
    let result = project.run("merge", "Codings/anna.jsonl", "anna-old.jsonl", "--out", "m.jsonl")
    #expect(result.status == .failure)
    #expect(result.output == "")
    #expect(
      result.error == """
        warning: coder 'anna' appears in several files (Codings/anna.jsonl, anna-old.jsonl); counted as one coder
        error: conflict: anna gave 'mastery' on A01 l. 7 different statuses: accepted (Codings/anna.jsonl:2), rejected (anna-old.jsonl:1)
        error: 1 conflict cannot be merged automatically; nothing was written (fix the coders' files and merge again)

        """)
    #expect(
      !FileManager.default.fileExists(atPath: project.root.appendingPathComponent("m.jsonl").path))
  }

  @Test(
    "Bad arguments and input exit with the right code",
    arguments: [
      (["merge", "Codings/anna.jsonl"], ExitCode.usage, "error: missing '--out FILE'"),
      (
        ["merge", "--coders", "ana", "--out", "m.jsonl"], .dataError,
        "error: no codings by coder 'ana' (nearest: anna, bo)"
      ),
      (
        ["merge", "Codings/anna.jsonl", "--out", "m.jsonl", "--strategy", "vote"], .usage,
        "error: 'vote' is not a valid value for '--strategy'"
      ),
      (
        ["merge", "Codings/anna.jsonl", "--out", "Codings/anna.jsonl"], .usage,
        "error: '--out Codings/anna.jsonl' is also an input"
      ),
      (
        ["merge", "Codings/anna.jsonl", "--out", "m.jsonl", "--coder", "a b"], .usage,
        "error: coder name 'a b' must be"
      ),
      (
        ["merge", "Codings/nobody.jsonl", "--out", "m.jsonl"], .noInput,
        "error: cannot read 'Codings/nobody.jsonl'"
      ),
    ])
  func badInput(arguments: [String], status: ExitCode, message: String) throws {
    let project = try mergeProject()
    let result = qualkitTests.run(arguments, in: project.root)
    #expect(result.status == status)
    #expect(result.error.hasPrefix(message), "\(result.error)")
    #expect(
      !FileManager.default.fileExists(atPath: project.root.appendingPathComponent("m.jsonl").path))
  }

  @Test("A file with malformed lines is not merged (exit 65)")
  func malformed() throws {
    let project = try mergeProject()
    try project.write("Codings/bo.jsonl", try project.read("Codings/bo.jsonl") + "{oops\n")
    let result = project.run("merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--out", "m.jsonl")
    #expect(result.status == .dataError)
    #expect(result.error.contains("not merging files with malformed lines"))
    #expect(
      !FileManager.default.fileExists(atPath: project.root.appendingPathComponent("m.jsonl").path))
  }

  @Test("The sample coders merge: every coding traceable, majority keeps only shared spans")
  func sampleProject() throws {
    let directory = try makeTemporaryDirectory()
    let out = directory.appendingPathComponent("merged.jsonl").path
    let result = run(
      ["merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--out", out], in: repositoryRoot)
    #expect(result.status == .success)
    let merged = try String(contentsOfFile: out, encoding: .utf8)
    let sources = merged.components(separatedBy: #"{"coder":"#).count - 1
    let inputs = try ["anna", "bo"].map {
      try String(
        contentsOf: repositoryRoot.appendingPathComponent("Codings/\($0).jsonl"), encoding: .utf8
      )
      .split(separator: "\n").count
    }
    #expect(sources == inputs.reduce(0, +))
    let majority = run(
      ["merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--strategy", "majority", "--out", out],
      in: repositoryRoot)
    #expect(majority.status == .success)
    let kept = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").dropFirst()
    #expect(!kept.isEmpty)
    #expect(kept.allSatisfy { $0.contains(#"{"coder":"anna""#) && $0.contains(#"{"coder":"bo""#) })
  }
}
