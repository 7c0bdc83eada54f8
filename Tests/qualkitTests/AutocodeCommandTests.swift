import Foundation
import Testing

@testable import qualkit

@Suite struct AutocodeCommandTests {
  @Test("autocode prints coding-file lines for every transcript in Transcripts/")
  func stdout() throws {
    let project = try TestProject()
    let result = project.run("autocode", "--scope", "hit")
    #expect(result.status == .success)
    let lines = result.output.split(separator: "\n")
    #expect(lines.count == 7)
    #expect(
      lines[0].hasPrefix(
        #"{"transcript":"A01","code":"mastery","coder":"auto","firstLine":6,"lastLine":6,"start":74,"end":81,"origin":"keyword:mestr*","status":"proposed""#
      ))
    #expect(lines.last?.contains(#""transcript":"A02","code":"energy""#) == true)
  }

  @Test("TSV output has a header and one row per coding")
  func tsv() throws {
    let project = try TestProject()
    let result = project.run("autocode", "Transcripts/A02.vtt", "--format", "tsv", "--scope", "hit")
    #expect(
      result.output == """
        transcript\tcode\tcoder\tfirstLine\tlastLine\tstart\tend\torigin\ttext
        A02\tmeeting\tauto\t1\t1\t25\t41\tkeyword:trepartssamtale*\ttrepartssamtalen
        A02\tenergy\tauto\t2\t2\t63\t71\tkeyword:overskud\toverskud

        """)
  }

  @Test("--out adds proposals to a coding file and keeps reviewed ones as they are")
  func outKeepsReviews() throws {
    let project = try TestProject()
    let first = project.run("autocode", "--out", "Codings/auto.jsonl", "--speakers", "participant")
    #expect(first.status == .success)
    #expect(
      first.output
        == "proposed 4 codings (scope turn) in 2 transcripts; added 4 new to Codings/auto.jsonl (0 were already there)\n"
    )
    let reviewed = try project.read("Codings/auto.jsonl").replacingOccurrences(
      of: "\"proposed\"", with: "\"rejected\"")
    try project.write("Codings/auto.jsonl", reviewed)
    let second = project.run("autocode", "--out", "Codings/auto.jsonl")
    #expect(
      second.output
        == "proposed 7 codings (scope turn) in 2 transcripts; added 3 new to Codings/auto.jsonl (4 were already there)\n"
    )
    let file = try project.read("Codings/auto.jsonl")
    #expect(file.components(separatedBy: "\"rejected\"").count - 1 == 4)
    #expect(file.components(separatedBy: "\"proposed\"").count - 1 == 3)
  }

  @Test("--out that adds nothing leaves the file as it is, byte for byte")
  func outAddingNothingLeavesFile() throws {
    let project = try TestProject()
    #expect(project.run("autocode", "--out", "Codings/auto.jsonl").status == .success)
    // The same codings, their lines in another order than a rewrite gives.
    let lines = try project.read("Codings/auto.jsonl").split(separator: "\n")
    let handMade = ([lines[0]] + lines.dropFirst().reversed()).joined(separator: "\n") + "\n"
    try project.write("Codings/auto.jsonl", handMade)
    let again = project.run("autocode", "--out", "Codings/auto.jsonl")
    #expect(again.status == .success, "\(again.error)")
    #expect(again.output.contains("added 0 new to Codings/auto.jsonl (7 were already there)"))
    #expect(try project.read("Codings/auto.jsonl") == handMade)
  }

  @Test("A bad transcript is reported; the others are still coded; exit 65")
  func badTranscript() throws {
    let project = try TestProject()
    try project.write("Transcripts/bad.vtt", "not a vtt\n")
    let result = project.run("autocode")
    #expect(result.status == .dataError)
    #expect(result.error.hasPrefix("Transcripts/bad.vtt:1:1: error: missing 'WEBVTT' header"))
    #expect(!result.output.isEmpty)
  }

  @Test("Output is identical run after run")
  func deterministic() throws {
    let project = try TestProject()
    #expect(
      project.run("autocode", "--scope", "sentence").output
        == project.run("autocode", "--scope", "sentence").output)
  }

  @Test("A second file with an id already seen is reported and not coded twice")
  func duplicateID() throws {
    let project = try TestProject()
    try project.write("Transcripts/A01 copy.txt", TestProject.interview)
    let once = project.run("autocode", "Transcripts/A01.txt", "--scope", "hit")
    let result = project.run("autocode", "--scope", "hit")
    #expect(result.status == .success)
    #expect(
      result.error
        == "Transcripts/A01.txt: warning: transcript id 'A01' is already used by 'Transcripts/A01 copy.txt'; ignored this file\n"
    )
    let lines = result.output.split(separator: "\n").filter { $0.contains(#""transcript":"A01""#) }
    #expect(lines.count == once.output.split(separator: "\n").count)
  }

  @Test("A file named twice on the command line is coded once")
  func repeatedPath() throws {
    let project = try TestProject()
    let once = project.run("autocode", "Transcripts/A01.txt")
    let twice = project.run("autocode", "Transcripts", "./Transcripts/A01.txt")
    #expect(twice.status == .success)
    #expect(twice.error.isEmpty)
    #expect(twice.output == project.run("autocode").output)
    #expect(twice.output.hasPrefix(once.output))
  }

  @Test(
    "An unknown --speakers role is refused as codings refuses it, with nothing printed",
    arguments: [
      ["--speakers", "participants"], ["--speakers", "citizen,participants"],
      ["--speakers", "participants", "--format", "tsv"],
    ])
  func unknownRole(options: [String]) throws {
    let project = try TestProject()
    let result = qualkitTests.run(["autocode"] + options, in: project.root)
    #expect(result.status == .dataError)
    #expect(result.output == "")
    #expect(
      result.error
        == "error: unknown speaker role 'participants' (nearest: participant, citizen, interviewer)\n"
    )
    #expect(result.error == project.run("codings", "--speakers", "participants").error)
  }

  @Test("An unknown --speakers role with --out writes no coding file")
  func unknownRoleWritesNothing() throws {
    let project = try TestProject()
    let result = project.run(
      "autocode", "--speakers", "citizen,cititzen", "--out", "Codings/auto.jsonl")
    #expect(result.status == .dataError)
    #expect(result.error.hasPrefix("error: unknown speaker role 'cititzen' (nearest: citizen"))
    #expect(
      !FileManager.default.fileExists(
        atPath: project.root.appendingPathComponent("Codings/auto.jsonl").path))
  }

  @Test("A role first seen in a later transcript loses no output of the earlier ones")
  func roleInLaterTranscript() throws {
    let project = try TestProject()
    try project.write(
      "Transcripts/A03.txt",
      "---\nid: A03\nspeakers: I=interviewer, K=consultant\n---\nI: Og?\nK: Vi mestrer det sammen.\n"
    )
    let both = project.run("autocode", "--scope", "hit", "--speakers", "consultant,citizen")
    #expect(both.status == .success)
    #expect(both.error == "")
    #expect(
      both.output == project.run("autocode", "--scope", "hit", "--speakers", "participant").output)
    #expect(both.output.contains(#""transcript":"A01""#))
    #expect(both.output.contains(#""transcript":"A03""#))
  }
}

/// Every command with `--speakers` refuses an unknown role through the one check.
@Suite struct SpeakersOptionTests {
  @Test(
    "Every command with --speakers refuses an unknown role with exit 65 and the nearest roles",
    arguments: [
      ["autocode"], ["search", "mestr*"], ["codings"], ["segments", "mastery"], ["memos"],
      ["matrix"], ["joint"], ["quantitize"], ["agree"],
    ])
  func unknownRole(command: [String]) throws {
    let project = try codedTestProject()
    let result = qualkitTests.run(command + ["--speakers", "participants"], in: project.root)
    #expect(result.status == .dataError)
    #expect(
      result.error
        == "error: unknown speaker role 'participants' (nearest: participant, citizen, interviewer)\n"
    )
    #expect(result.output == "")
  }
}
