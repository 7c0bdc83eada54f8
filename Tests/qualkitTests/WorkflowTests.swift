import Foundation
import QualKit
import Testing

@testable import qualkit

/// Starting a project, running from anywhere, and coding as a team: `init`,
/// `-C`, coding-file kinds, `--coders`, `--quote` and `--reviewer`.
@Suite struct WorkflowTests {
  /// The names in `folder`, hidden ones included.
  func names(in folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
  }

  @Test("init makes a project that lists, validates and auto-codes without a warning")
  func initMakesAProject() throws {
    let parent = try makeTemporaryDirectory()
    let made = run(["init", "study"], in: parent)
    #expect(made.status == .success, "\(made.error)")
    #expect(made.error == "")
    #expect(made.output.contains("next:\n  cd study\n  qualkit transcript list\n"))
    let study = parent.appendingPathComponent("study")
    #expect(
      try names(in: study) == [
        ".gitattributes", ".gitignore", "Codebooks", "Codings", "Surveys", "Transcripts",
      ])
    let list = run(["transcript", "list"], in: study)
    #expect(list.status == .success)
    #expect(list.error == "")
    #expect(list.output.hasSuffix("1 transcript, 100 words\n"))
    let validate = run(["codebook", "validate"], in: study)
    #expect(
      validate.output == "Codebooks/codebook.json: ok: 2 themes, 6 codes (5 codable), 18 keywords\n"
    )
    #expect(validate.error == "")
    let auto = run(["autocode", "--out", "Codings/auto.jsonl"], in: study)
    #expect(auto.status == .success)
    #expect(auto.error == "")
    let attributes = try String(
      contentsOf: study.appendingPathComponent(".gitattributes"), encoding: .utf8)
    #expect(attributes.contains("Codings/*.jsonl merge=qualkit\n"))
    let ignore = try String(contentsOf: study.appendingPathComponent(".gitignore"), encoding: .utf8)
    #expect(ignore.contains("\n.*.lock\n"))
    #expect(ignore.contains("\n.qualkit-journal-*\n"))
    #expect(ignore.contains("/report/\n"))
  }

  @Test("init into the current folder works when it holds only .git")
  func initIntoEmptyRepository() throws {
    let folder = try makeTemporaryDirectory()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent(".git"), withIntermediateDirectories: true)
    let made = run(["init"], in: folder)
    #expect(made.status == .success, "\(made.error)")
    #expect(made.output.hasPrefix("started a qualkit project in the current folder:\n"))
    #expect(!made.output.contains("cd "))
  }

  @Test(
    "init refuses a folder that is not empty, a project, or a file, and writes nothing",
    arguments: [
      ("notes.txt", "it is not empty (notes.txt)"),
      ("Codebooks/", "it is a qualkit project already (it has Codebooks/)"),
      ("", "it is a file"),
    ])
  func initRefuses(existing: String, reason: String) throws {
    let parent = try makeTemporaryDirectory()
    let target = parent.appendingPathComponent("study")
    if existing.isEmpty {
      try Data("x".utf8).write(to: target)
    } else if existing.hasSuffix("/") {
      try FileManager.default.createDirectory(
        at: target.appendingPathComponent(existing), withIntermediateDirectories: true)
    } else {
      try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
      try Data("x".utf8).write(to: target.appendingPathComponent(existing))
    }
    let before = try names(in: parent) + ((try? names(in: target)) ?? [])
    let result = run(["init", "study"], in: parent)
    #expect(result.status == .failure)
    #expect(result.error.hasPrefix("error: cannot start a project in 'study': \(reason)"))
    #expect(result.output == "")
    #expect(try names(in: parent) + ((try? names(in: target)) ?? []) == before)
  }

  @Test("-C DIR runs as if started in DIR; a missing DIR is exit 66")
  func changeDirectory() throws {
    let project = try TestProject()
    let elsewhere = try makeTemporaryDirectory()
    let list = run(["-C", project.root.path, "transcript", "list"], in: elsewhere)
    #expect(list.status == .success)
    #expect(list.output.contains("A01"))
    let inside = run(
      [
        "-C", project.root.appendingPathComponent("Transcripts").path, "tag", "A01", "7", "mastery",
        "--coder", "anna",
      ], in: elsewhere)
    #expect(inside.status == .success, "\(inside.error)")
    #expect(try project.read("Codings/anna.jsonl").contains("mastery"))
    #expect(try names(in: elsewhere).isEmpty)
    let missing = run(["-C", "nowhere", "transcript", "list"], in: elsewhere)
    #expect(missing.status == .noInput)
    #expect(missing.error == "error: cannot change to 'nowhere': no such folder\n")
    #expect(run(["-C"], in: elsewhere).status == .usage)
  }

  @Test("tag outside any project writes nothing into the current folder (exit 66)")
  func tagOutsideAProject() throws {
    let project = try TestProject()
    let elsewhere = try makeTemporaryDirectory()
    let result = run(
      [
        "tag", "A01", "7", "mastery", "--coder", "anna", "--codebook",
        project.root.appendingPathComponent("Codebooks/test.json").path, "--transcripts",
        project.root.appendingPathComponent("Transcripts").path,
      ], in: elsewhere)
    #expect(result.status == .noInput)
    #expect(result.error.contains("is not in a qualkit project"))
    #expect(try names(in: elsewhere).isEmpty)
  }

  @Test("agree and merge with no files compare the coders only, noting the other kinds")
  func kindsSelectCoders() throws {
    let project = try TestProject()
    _ = project.run("tag", "A01", "7", "mastery", "--coder", "anna")
    _ = project.run("tag", "A01", "7-8", "mastery", "--coder", "bo")
    _ = project.run("autocode", "--out", "Codings/auto.jsonl")
    let agree = project.run("agree")
    #expect(agree.status == .success, "\(agree.error)")
    #expect(agree.output.contains("coders: anna, bo\n"))
    #expect(
      agree.error.hasPrefix(
        "Codings/auto.jsonl: note: 7 proposals not yet reviewed count for no coder (qualkit review --coder auto --reviewer NAME)\n"
      ))
    let merge = project.run("merge", "--strategy", "majority", "--out", "Codings/team.jsonl")
    #expect(
      merge.output
        == "merged 2 codings of 2 coders (anna, bo) into 1 (majority per turn): Codings/team.jsonl\n"
    )
    // The merge is a kind of its own: merging again leaves it out too.
    let again = project.run("merge", "--strategy", "majority", "--out", "Codings/team.jsonl")
    #expect(again.output == merge.output)
    let named = project.run("agree", "--coders", "anna,auto", "--all-kinds")
    #expect(named.output.contains("coders: anna, auto\n"))
    let mistyped = project.run("agree", "--coders", "anna,boo")
    #expect(mistyped.status == .dataError)
    #expect(
      mistyped.error.hasSuffix(
        "error: no codings by coder 'boo' (nearest: bo, anna, merged)\n"))
  }

  @Test("A file whose declared kind contradicts its codings is warned about at the line")
  func kindContradiction() throws {
    let project = try TestProject()
    _ = project.run("tag", "A01", "7", "mastery", "--coder", "anna")
    _ = project.run("merge", "Codings/anna.jsonl", "--out", "merged.jsonl")
    let merged = try project.read("merged.jsonl")
    try project.write(
      "Codings/carl.jsonl",
      merged.replacingOccurrences(of: #""kind":"merge""#, with: #""kind":"coder""#))
    let listed = project.run("codings", "Codings/carl.jsonl")
    #expect(listed.status == .success)
    #expect(
      listed.error.hasPrefix(
        "Codings/carl.jsonl:2:1: warning: the header says this file holds a coder's codings (\"kind\": \"coder\"), but this coding was merged"
      ))
    try project.write(
      "Codings/dora.jsonl",
      #"{"format":"qualkit-codings","version":1,"kind":"merge"}"# + "\n"
        + (try project.read("Codings/anna.jsonl").split(separator: "\n")[1]) + "\n")
    #expect(
      project.run("codings", "Codings/dora.jsonl").error.contains(
        "warning: the header says this file is a merge"))
  }

  @Test("tag --quote codes the exact words; missing, twice or across turns is exit 65")
  func quotes() throws {
    let project = try TestProject()
    let coded = project.run(
      "tag", "A01", "7-8", "energy", "--coder", "anna", "--quote", "mere  overskud")
    #expect(coded.status == .success, "\(coded.error)")
    #expect(
      coded.output
        == "coded B01 l. 8 as energy (anna): \"mere overskud\"\n".replacingOccurrences(
          of: "B01", with: "A01"))
    let cases: [(String, String, String)] = [
      (
        "7-8", "mere overskub",
        "error: \"mere overskub\" is not in A01 l. 7–8; the closest passage is \"mere overskud\" (l. 8)\n"
      ),
      (
        "7-11", "Jeg",
        "error: \"Jeg\" occurs 3 times in A01 l. 7–11: l. 7, l. 8, l. 11; quote more words, or address lines that hold only one\n"
      ),
      (
        "8-10", "overskud. Og arbejdet?",
        "error: \"overskud. Og arbejdet?\" runs from one turn into the next (l. 8–10); a coding is inside one turn, so quote the words of one turn\n"
      ),
    ]
    for (lines, quote, message) in cases {
      let result = project.run("tag", "A01", lines, "energy", "--coder", "anna", "--quote", quote)
      #expect(result.status == .dataError)
      #expect(result.error == message)
    }
    #expect(
      project.run("tag", "A01", "energy", "--span", "1-5", "--quote", "x", "--coder", "a").status
        == .usage)
  }

  @Test("review --reviewer records who decided; a changed code belongs to the reviewer")
  func reviewer() throws {
    let project = try TestProject()
    _ = project.run("autocode", "--out", "Codings/auto.jsonl")
    let batch = project.run(
      "review", "--coder", "auto", "--reviewer", "anna", "--reject-code", "readiness",
      "--accept-all")
    #expect(batch.status == .success)
    var diagnostics: [Diagnostic] = []
    let file = CodingFile(
      parsing: Array(try project.read("Codings/auto.jsonl").utf8), diagnostics: &diagnostics)
    #expect(!file.codings.isEmpty)
    #expect(file.codings.allSatisfy { $0.reviewer == "anna" })
    let proposal = Coding(
      transcript: "A01", code: "mastery", coder: "auto",
      span: Span(firstLine: 7, lastLine: 7, start: 0, end: 4), origin: .keyword("mestr*"),
      status: .proposed)
    let (after, added) = ReviewAnswer.changeCode(to: "energy").applied(
      to: proposal, reviewer: "bo")
    #expect(after.reviewer == "bo" && after.status == .rejected)
    #expect(added?.coder == "bo" && added?.code == "energy" && added?.origin == .manual)
  }

  @Test(
    "codings CSV has speaker, role and attributes; --excel is ';', BOM and CRLF; --full quotes whole"
  )
  func spreadsheets() throws {
    let project = try TestProject()
    _ = project.run("tag", "A01", "7-8", "mastery", "--coder", "anna")
    _ = project.run("tag", "A02", "energy", "--turn", "1", "--coder", "anna", "--memo", "a; b")
    let csv = project.run("codings", "--format", "csv")
    #expect(csv.status == .success)
    let lines = csv.output.components(separatedBy: "\r\n")
    #expect(
      lines[0]
        == "transcript,code,coder,firstLine,lastLine,start,end,origin,status,memo,text,speaker,role,group"
    )
    #expect(lines[1].hasSuffix(",B,citizen,TKI2"))
    #expect(lines[2].hasSuffix(",Borger,citizen,usual"))
    let excel = project.run("codings", "--excel")
    #expect(excel.output.hasPrefix("\u{FEFF}transcript;code;coder;"))
    #expect(excel.output.contains(";\"a; b\";"))
    #expect(excel.output.hasSuffix(";Borger;citizen;usual\r\n"))
    #expect(excel.output.contains(";group\r\nA01;mastery;"))
    #expect(project.run("codings", "--excel", "--format", "text").status == .usage)
    let full = project.run("codings", "--full")
    #expect(full.output.contains("\"Jeg mestrer den bedre nu. Jeg har mere overskud.\""))
  }
}
