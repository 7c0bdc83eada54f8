import Foundation
import Testing

@testable import qualkit

/// A test project with two coders' files.
///
///
/// - anna: A01 l. 7–8 mastery, A01 l. 8 energy, A02 turn 1 energy
/// - bo: A01 l. 7 mastery, A02 turn 1 energy
///
/// Six turns (A01 has four, A02 two). mastery: both code A01's second turn,
/// full agreement. energy: they differ on A01's second turn only, so
/// percent 5/6; Cohen p_o = 5/6, p_e = (2/6)(1/6) + (4/6)(5/6) = 22/36,
/// κ = 8/14 = 0.571; alpha n = 12, n₁ = 3: 1 − 11·2/(2·3·9) = 0.593.
/// Pooled over both codes (12 decisions, agree on 11): p_e = 96/144,
/// κ = 36/48 = 0.750; alpha n = 24, n₁ = 5: 1 − 23·2/(2·5·19) = 0.758.
private func twoCoderProject() throws -> TestProject {
  let project = try TestProject()
  for arguments in [
    ["tag", "A01", "7-8", "mastery", "--coder", "anna"],
    ["tag", "A01", "8", "energy", "--coder", "anna", "--memo", "overskud"],
    ["tag", "A02", "energy", "--turn", "1", "--coder", "anna"],
    ["tag", "A01", "7", "mastery", "--coder", "bo"],
    ["tag", "A02", "energy", "--turn", "1", "--coder", "bo"],
  ] {
    let result = qualkitTests.run(arguments, in: project.root)
    #expect(result.status == .success, "\(arguments): \(result.error)")
  }
  return project
}

@Suite struct AgreeCommandTests {
  @Test("agree prints a header, per-code figures and the pooled row")
  func textTable() throws {
    let project = try twoCoderProject()
    let result = project.run("agree", "Codings/anna.jsonl", "Codings/bo.jsonl")
    #expect(result.status == .success)
    #expect(result.error == "")
    #expect(
      result.output == """
        Inter-coder agreement
          coders: anna, bo
          transcripts: A01, A02
          unit: turn (every turn counts, coded or not)
          codings counted: accepted (rejected never, proposed left out)

        code     units  coded by any  % agreement  Cohen's kappa  Krippendorff's alpha
        mastery      6             1       100.0%          1.000                 1.000
        energy       6             2        83.3%          0.571                 0.593
        pooled      12             3        91.7%          0.750                 0.758

        pooled: every code x unit decision of the codes shown in one table

        """)
  }

  @Test("--disagreements lists transcript, lines, text and who coded what")
  func disagreementList() throws {
    let project = try twoCoderProject()
    let result = project.run("agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--disagreements")
    #expect(result.status == .success)
    #expect(
      result.output.hasSuffix(
        """
        Disagreements (1):
          A01 l. 7–8  energy  coded by anna; not by bo
            "Jeg mestrer den bedre nu. Jeg har mere overskud."

        """))
  }

  @Test("--unit char and --unit line change the units; --coded-only keeps coded units only")
  func units() throws {
    let project = try twoCoderProject()
    let line = project.run(
      "agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--unit", "line", "--codes", "mastery")
    #expect(line.output.contains("unit: line (every line counts, coded or not)"))
    // A01 has five non-blank turn lines (6, 7, 8, 10, 11), A02 two; anna codes
    // lines 7-8, bo line 7: percent 6/7.
    #expect(line.output.contains("mastery      7             2        85.7%"))
    let char = project.run(
      "agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--unit=char", "--disagreements")
    #expect(char.status == .success)
    #expect(char.output.contains("unit: char (every character counts, coded or not)"))
    #expect(
      char.output.contains(
        "A01 l. 7–8  mastery  coded by anna; not by bo\n    \"Jeg har mere overskud.\""))
    let coded = project.run("agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--coded-only")
    #expect(coded.output.contains("unit: turn (only turns someone coded count)"))
    #expect(
      coded.output.contains(
        "mastery      1             1       100.0%        n/a [1]               n/a [2]"))
    #expect(
      coded.output.contains(
        "[1] Cohen's kappa is undefined: expected (chance) agreement is 1 because only one category is in use"
      ))
    #expect(
      coded.output.contains(
        "[2] Krippendorff's alpha is undefined: every pairable value is the same, so there is no variation"
      ))
  }

  @Test("--format json has stable keys and null for undefined figures")
  func json() throws {
    let project = try twoCoderProject()
    let result = project.run(
      "agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--format", "json", "--coded-only",
      "--disagreements")
    #expect(result.status == .success)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
    #expect(
      Set(object.keys) == [
        "unit", "codedOnly", "statuses", "coders", "transcripts", "statistics", "codes", "pooled",
        "pooling", "disagreements", "warnings",
      ])
    #expect(object["coders"] as? [String] == ["anna", "bo"])
    let codes = try #require(object["codes"] as? [[String: Any]])
    let mastery = try #require(codes.first)
    let results = try #require(mastery["results"] as? [[String: Any]])
    #expect(results.map { $0["statistic"] as? String } == ["percent", "cohen", "alpha"])
    #expect(results[1]["value"] is NSNull)
    #expect((results[1]["explanation"] as? String)?.contains("only one category") == true)
    #expect(!result.output.contains("NaN"))
    let disagreements = try #require(object["disagreements"] as? [[String: Any]])
    #expect(disagreements.count == 1)
    #expect(disagreements.first?["codedBy"] as? [String] == ["anna"])
  }

  @Test("--format md gives a Markdown report with the table and the disagreement list")
  func markdown() throws {
    let project = try twoCoderProject()
    let result = project.run("agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--format", "md")
    #expect(result.status == .success)
    #expect(result.output.hasPrefix("# Inter-coder agreement\n\n- **Coders**: anna, bo\n"))
    #expect(
      result.output.contains(
        "| code | units | coded by any | % agreement | Cohen's kappa | Krippendorff's alpha |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
      ))
    #expect(
      result.output.contains("| **pooled** | **12** | **3** | **91.7%** | **0.750** | **0.758** |"))
    #expect(
      result.output.hasSuffix(
        "## Disagreements (1)\n\n### energy\n\n- **A01 l. 7–8**: coded by anna; not by bo\n"
          + "  > Jeg mestrer den bedre nu. Jeg har mere overskud.\n"))
  }

  @Test("Proposed codings are left out unless --include-proposed")
  func proposed() throws {
    let project = try twoCoderProject()
    let line =
      #"{"transcript":"A01","code":"energy","coder":"bo","firstLine":8,"lastLine":8,"start":100,"end":105,"#
      + #""origin":"keyword:overskud","status":"proposed","memo":null,"text":null,"hash":null}"#
    try project.write("Codings/bo.jsonl", try project.read("Codings/bo.jsonl") + line + "\n")
    let without = project.run(
      "agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--codes", "energy")
    #expect(without.output.contains("energy      6             2        83.3%"))
    let with = project.run(
      "agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--codes", "energy", "--include-proposed")
    #expect(with.output.contains("codings counted: proposed and accepted (rejected never)"))
    #expect(with.output.contains("energy      6             2       100.0%"))
  }

  @Test("Different transcript versions, unknown codes and a coder in two files are warned about")
  func warnings() throws {
    let project = try twoCoderProject()
    var bo = try project.read("Codings/bo.jsonl")
    let hash = try #require(bo.firstRange(of: "xxh64:")).lowerBound
    let current = String(bo[hash...].prefix(22))
    bo = bo.replacingOccurrences(of: current, with: "xxh64:0123456789abcdef")
    bo = bo.replacingOccurrences(of: #""code":"mastery""#, with: #""code":"mestring""#)
    try project.write("Codings/bo.jsonl", bo)
    try project.write("Codings/bo2.jsonl", bo)
    let result = project.run("agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "Codings/bo2.jsonl")
    #expect(result.status == .success)
    #expect(
      result.error.contains(
        "warning: coder 'bo' appears in several files (Codings/bo.jsonl, Codings/bo2.jsonl); their codings count as one coder"
      ))
    #expect(
      result.error.contains(
        "warning: bo coded 'A01' as it was before a change (hash xxh64:0123456789abcdef, now \(current))"
      ))
    #expect(
      result.error.contains(
        "warning: coders coded different versions of 'A01' (anna: \(current); bo: xxh64:0123456789abcdef)"
      ))
    #expect(result.error.contains("warning: code 'mestring' (used by bo) is not in the codebook"))
  }

  @Test(
    "Bad arguments and input exit with the right code",
    arguments: [
      (
        ["agree", "--coders", "anna,ana"], ExitCode.dataError,
        "error: no codings by coder 'ana' (nearest: anna, bo)"
      ),
      (
        ["agree", "Codings/anna.jsonl", "--unit", "word"], .usage,
        "error: 'word' is not a valid value for '--unit'"
      ),
      (
        ["agree", "Codings/anna.jsonl", "--statistic", "kappa"], .usage,
        "error: 'kappa' is not a statistic"
      ),
      (
        ["agree", "Codings/anna.jsonl"], .dataError,
        "error: agreement needs codings from at least 2 coders; found 1 (anna)"
      ),
      (
        ["agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--codes", "mastery,enrgy"], .dataError,
        "error: unknown code 'enrgy' in --codes: not in the codebook and not used by any coder (nearest: energy,"
      ),
      (
        ["agree", "Codings/anna.jsonl", "Codings/nobody.jsonl"], .noInput,
        "error: cannot read 'Codings/nobody.jsonl'"
      ),
    ])
  func badInput(arguments: [String], status: ExitCode, message: String) throws {
    let project = try twoCoderProject()
    let result = qualkitTests.run(arguments, in: project.root)
    #expect(result.status == status)
    #expect(result.error.hasPrefix(message), "\(result.error)")
    #expect(result.output == "")
  }

  @Test("A malformed line is reported at its place; the rest is compared and the exit code is 65")
  func malformedLine() throws {
    let project = try twoCoderProject()
    try project.write("Codings/bo.jsonl", try project.read("Codings/bo.jsonl") + "{oops\n")
    let result = project.run("agree", "Codings/anna.jsonl", "Codings/bo.jsonl")
    #expect(result.status == .dataError)
    #expect(result.error.hasPrefix("Codings/bo.jsonl:4:"))  // after the header and 2 codings
    #expect(result.output.contains("pooled"))
  }

  @Test(
    "On the sample project, anna and bo partly disagree: per-code figures and a disagreement list")
  func sampleProject() throws {
    let result = run(
      ["agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--disagreements"], in: repositoryRoot)
    #expect(result.status == .success)
    #expect(result.error == "")
    #expect(result.output.contains("transcripts: B01, B02, B03, B05"))
    for code in ["tripartite-meeting", "own-goals", "coping-strategies", "work-motivation"] {
      #expect(result.output.contains("\n\(code) "))
    }
    #expect(result.output.contains("\npooled "))
    let count = try #require(result.output.firstMatch(of: /Disagreements \((\d+)\):/)?.output.1)
    #expect((Int(count) ?? 0) >= 5)
    #expect(result.output.contains("B01 l. 67  timing-of-return  coded by anna; not by bo"))
  }
}
