import Foundation
import QualKit
import Testing

@testable import qualkit

/// `learn`, `learn --evaluate`, `autocode --model` and the model as a coder,
/// on copies of the sample project.
@Suite struct LearnCommandTests {
  @Test("learn writes Codings/models/model.json and says what it learned and left out")
  func learn() throws {
    let session = try SnapshotSession()
    let result = session.run("learn")
    #expect(result.status == .success)
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(
      lines.first
        == "learned 11 of 29 codes from 4 transcripts (65 turns of participant) coded by anna, "
        + "bo; terms read as Danish")
    #expect(lines.contains("  coherence: 0 coded units, at least 3 are needed"))
    #expect(lines.last?.hasPrefix("wrote Codings/models/model.json (11 codes, ") == true)
    let model = try LearnedModel(parsing: Array(try session.read("Codings/models/model.json").utf8))
    #expect(model.training.transcripts.map(\.id) == ["B01", "B02", "B03", "B05"])
    #expect(model.training.coders == ["anna", "bo"])
    // A second run gives the same bytes; the models folder is no coding file.
    let first = try session.read("Codings/models/model.json")
    #expect(session.run("learn").status == .success)
    #expect(try session.read("Codings/models/model.json") == first)
    let agree = session.run("agree")
    #expect(agree.status == .success)
    #expect(agree.output.contains("  coders: anna, bo\n"))
    #expect(!agree.error.contains("models"))
  }

  @Test("learn --evaluate prints per-code scores beside the coders' kappa, and the learning curve")
  func evaluate() throws {
    try expectCommandSnapshot(["learn", "--evaluate"], named: "learn-evaluate.txt")
    try expectCommandSnapshot(
      ["learn", "--evaluate", "--unit", "sentence", "--format", "csv"],
      named: "learn-evaluate-sentence-csv.txt")
  }

  @Test("autocode --model adds proposals with reasons, notes the transcripts it learned from")
  func autocodeModel() throws {
    let session = try SnapshotSession()
    #expect(session.run("learn").status == .success)
    let result = session.run("autocode", "--model", "--out", "Codings/model.jsonl")
    #expect(result.status == .success)
    #expect(
      result.error.hasPrefix(
        "note: the model learned from 4 of these 7 transcripts (B01, B02, B03, B05)"))
    #expect(result.output.contains("review them with: qualkit review --coder model"))
    var diagnostics: [Diagnostic] = []
    let file = CodingFile(
      parsing: Array(try session.read("Codings/model.jsonl").utf8), diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    #expect(file.effectiveKind == .proposals)
    #expect(!file.codings.isEmpty)
    #expect(file.codings.allSatisfy { $0.origin == .model("Codings/models/model.json") })
    #expect(file.codings.allSatisfy { ($0.evidence?.probability ?? 0) >= 0.5 })
    let again = session.run("autocode", "--model", "--out", "Codings/model.jsonl")
    #expect(again.output.contains("added 0 new"))
    // From a subfolder, the origin still names the model as the project does.
    let tsv = run(
      ["autocode", "--model", "--format", "tsv", "B04.docx"],
      in: session.root.appendingPathComponent("Transcripts"))
    #expect(tsv.status == .success)
    let golden = try SnapshotSession()
    golden.run("learn", "--codes", "energy,coping-strategies,workplace-contact")
    golden.run(
      "autocode", "--model=Codings/models/model.json", "Transcripts/B04.docx", "--format", "tsv")
    expectSnapshot(golden.text, named: "autocode-model-tsv.txt")
  }

  @Test("Reviewed model proposals count for the reviewer; the model is a coder only when named")
  func modelAsCoder() throws {
    let session = try SnapshotSession()
    #expect(session.run("learn").status == .success)
    #expect(session.run("autocode", "--model", "--out", "Codings/model.jsonl").status == .success)
    let unnamed = session.run("agree", "--speakers", "participant")
    #expect(unnamed.output.contains("  coders: anna, bo\n"))
    let named = session.run("agree", "--coders", "anna,model", "--speakers", "participant")
    #expect(named.status == .success)
    #expect(named.output.contains("  coders: anna, model\n"))
    let review = session.run("review", "--coder", "model", "--reviewer", "bo", "--accept-all")
    #expect(review.status == .success)
    let bo = session.run("codings", "--coder", "bo", "--format", "csv")
    #expect(bo.output.contains("model:Codings/models/model.json"))
  }

  @Test(
    "Bad input: a damaged model, another codebook, no model, several, options that do not go together",
    arguments: [
      ("damaged", ["autocode", "--model"], ExitCode.dataError, "Codings/models/model.json:"),
      (
        "renamed", ["autocode", "--model"], .dataError, "the model was trained on another codebook"
      ),
      ("none", ["autocode", "--model"], .noInput, "error: no model in 'Codings/models/'"),
      ("two", ["autocode", "--model"], .usage, "several models in 'Codings/models/'"),
      ("", ["autocode", "--model", "--threshold", "0.5", "--top", "2"], .usage, "not both"),
      ("", ["autocode", "--model", "--scope", "sentence"], .usage, "--scope is for keyword"),
      ("", ["autocode", "--threshold", "0.5"], .usage, "--threshold goes with --model"),
      ("", ["autocode", "--model", "--threshold", "2"], .usage, "a probability from 0 to 1"),
      (
        "", ["learn", "--codes", "own-gaols"], .dataError,
        "unknown code 'own-gaols' (nearest: own-goals"
      ),
      ("", ["learn", "--coders", "nobody"], .dataError, "unknown coder 'nobody'"),
      ("", ["learn", "--speakers", "nobody"], .dataError, "unknown speaker role 'nobody'"),
      ("", ["learn", "--folds", "3"], .usage, "--folds goes with --evaluate"),
      ("", ["learn", "--evaluate", "--out", "m.json"], .usage, "--out goes without --evaluate"),
      ("", ["learn", "--evaluate", "--folds", "1"], .usage, "at least 2"),
      ("", ["learn", "--language", "fr"], .usage, "da or en"),
    ])
  func badInput(setUp: String, arguments: [String], status: ExitCode, message: String) throws {
    let session = try SnapshotSession()
    switch setUp {
    case "damaged":
      #expect(session.run("learn").status == .success)
      try session.replace(
        "\"version\": 1,", with: "\"version\": 1,,", in: "Codings/models/model.json")
    case "renamed":
      #expect(session.run("learn").status == .success)
      #expect(session.run("codebook", "rename", "own-goals", "my-goals").status == .success)
    case "two":
      #expect(session.run("learn").status == .success)
      #expect(session.run("learn", "--out", "Codings/models/other.json").status == .success)
    default: break
    }
    let result = session.run(arguments)
    #expect(result.status == status, "\(result.error)")
    #expect(result.error.contains(message), "\(result.error)")
  }

  @Test("A damaged model is named at its line and column; cross-validation needs two transcripts")
  func locatedErrors() throws {
    let session = try SnapshotSession()
    #expect(session.run("learn").status == .success)
    try session.replace(
      "\"version\": 1,", with: "\"version\": 1,,", in: "Codings/models/model.json")
    let damaged = session.run("autocode", "--model")
    #expect(
      damaged.error
        == "Codings/models/model.json:3:16: error: not a model file: invalid JSON: "
        + "expected a member name in double quotes, found ','\n")
    let one = try SnapshotSession()
    try one.write(
      "Codings/anna.jsonl",
      try one.read("Codings/anna.jsonl").split(separator: "\n")
        .filter { $0.contains("\"B01\"") || $0.contains("\"format\"") }.joined(separator: "\n")
        + "\n")
    try one.write("Codings/bo.jsonl", "")
    let few = one.run("learn", "--evaluate")
    #expect(few.status == .dataError)
    #expect(few.error.contains("needs at least 2 coded transcripts; there is 1"))
  }
}

extension LearnCommandTests {
  /// Runs `review` in `folder` with scripted keys.
  func review(_ arguments: [String], in folder: URL, keys: ScriptedKeys) -> ToolRun {
    let output = Capture()
    let error = Capture()
    var context = ToolContext(
      currentDirectory: folder, standardOutput: output, standardError: error)
    context.keys = keys
    let status = runTool(["review"] + arguments, context: &context)
    return ToolRun(status: status, output: output.text, error: error.text)
  }

  @Test(
    "review shows a model's probability and reasons, marks the words, and asks the least sure first"
  )
  func reviewScreen() throws {
    let session = try SnapshotSession()
    #expect(session.run("learn").status == .success)
    #expect(session.run("autocode", "--model", "--out", "Codings/model.jsonl").status == .success)
    var diagnostics: [Diagnostic] = []
    let proposals = CodingFile(
      parsing: Array(try session.read("Codings/model.jsonl").utf8), diagnostics: &diagnostics
    ).codings
    let nearest = try #require(
      proposals.min {
        abs(($0.evidence?.probability ?? 1) - 0.5) < abs(($1.evidence?.probability ?? 1) - 0.5)
      })
    let byFile = review(
      ["--coder", "model", "--reviewer", "bo"], in: session.root, keys: ScriptedKeys(keys: "q"))
    #expect(byFile.status == .success)
    #expect(byFile.output.contains("  model: p = "))
    // Without colour the reasons' words are marked with brackets.
    let reasons = try #require(proposals.first?.evidence?.reasons)
    #expect(reasons.contains { byFile.output.contains("[\($0.words)") })
    let byUncertainty = review(
      ["--coder", "model", "--reviewer", "bo", "--order", "uncertainty"], in: session.root,
      keys: ScriptedKeys(keys: "q"))
    #expect(
      byUncertainty.output.hasPrefix("[1/\(proposals.count)] \(nearest.transcript) \(nearest.span)")
    )
    let bad = review(
      ["--coder", "model", "--reviewer", "bo", "--order", "random"], in: session.root,
      keys: ScriptedKeys(keys: "q"))
    #expect(bad.status == .usage)
  }
}
