import Foundation
import Testing

@testable import qualkit

/// `codebook rename|move|merge|add` on a copy of the sample project.
@Suite struct CodebookEditCommandTests {
  @Test("A rewrite of the sample codebook through the writer gives the same bytes")
  func sampleCodebookIsStable() throws {
    let session = try SnapshotSession()
    let before = try session.read("Codebooks/tki2.json")
    #expect(session.run("codebook", "rename", "stress", "pressure").status == .success)
    #expect(session.run("codebook", "rename", "pressure", "stress").status == .success)
    #expect(try session.read("Codebooks/tki2.json") == before)
  }

  @Test("rename changes the codebook and the codings of both coders in one step")
  func renameUpdatesEveryCodingFile() throws {
    let session = try SnapshotSession()
    let run = session.run("codebook", "rename", "coping-strategies", "coping")
    #expect(run.status == .success)
    #expect(
      run.output == """
        Codebooks/tki2.json: rename code 'coping-strategies' to 'coping'
        Codings/anna.jsonl: 4 codings recoded
        Codings/bo.jsonl: 4 codings recoded
        3 files written

        """)
    for coder in ["anna", "bo"] {
      let text = try session.read("Codings/\(coder).jsonl")
      #expect(!text.contains("\"coping-strategies\""))
      #expect(text.components(separatedBy: "\"code\":\"coping\"").count == 5)
    }
    #expect(try session.read("Codebooks/tki2.json").contains("\"id\": \"coping\""))
    // The codings still name known codes: codings reports no unknown code.
    #expect(!session.run("codings").error.contains("unknown code"))
  }

  @Test("--dry-run lists the files and changes nothing")
  func dryRunWritesNothing() throws {
    let session = try SnapshotSession()
    let before = try session.read("Codings/anna.jsonl")
    let run = session.run("codebook", "rename", "stress", "pressure", "--dry-run")
    #expect(run.status == .success)
    #expect(run.output.hasSuffix("dry run: 3 files would change; nothing written\n"))
    #expect(try session.read("Codings/anna.jsonl") == before)
    #expect(!(try session.read("Codebooks/tki2.json")).contains("\"id\": \"pressure\""))
  }

  @Test("Renaming to an id that exists is refused with exit 65")
  func renameToExistingID() throws {
    let session = try SnapshotSession()
    let run = session.run("codebook", "rename", "stress", "energy")
    #expect(run.status == .dataError)
    #expect(
      run.error
        == "Codebooks/tki2.json: error: cannot rename code 'stress' to 'energy': the codebook already has a code 'energy'\n"
    )
  }

  @Test(
    "An id the codebook reader would reject is refused before anything is written (F21)",
    arguments: [
      (["rename", "stress", "energy level"], "the id 'energy level' contains a space or comma"),
      (["add", "a,b", "--label", "X"], "the id 'a,b' contains a space or comma"),
      (["add", "x\u{1B}[2J", "--label", "X"], "contains a control character"),
      (["rename", "stress", "a>b"], "contains '>', which separates the levels of a code path"),
    ])
  func invalidIDRefused(arguments: [String], message: String) throws {
    let session = try SnapshotSession()
    let codebook = try session.read("Codebooks/tki2.json")
    let anna = try session.read("Codings/anna.jsonl")
    let run = qualkitTests.run(["codebook"] + arguments, in: session.root)
    #expect(run.status == .dataError)
    #expect(run.error.contains(message), "\(run.error)")
    #expect(try session.read("Codebooks/tki2.json") == codebook)
    #expect(try session.read("Codings/anna.jsonl") == anna)
    #expect(session.run("codebook", "validate").status == .success)
  }

  @Test("Merging a code into its own descendant is refused with exit 65")
  func mergeIntoDescendant() throws {
    let session = try SnapshotSession()
    let before = try session.read("Codebooks/tki2.json")
    let run = session.run("codebook", "merge", "mastery", "--into", "stress")
    #expect(run.status == .dataError)
    #expect(run.error.contains("'stress' is one of the sub-codes of 'mastery'"))
    #expect(try session.read("Codebooks/tki2.json") == before)
  }

  @Test("A coding file with malformed lines stops the edit: nothing is written anywhere")
  func malformedCodingFileWritesNothing() throws {
    let session = try SnapshotSession()
    let bo = try session.read("Codings/bo.jsonl")
    try session.write("Codings/bo.jsonl", bo + "{\"transcript\": oops\n")
    let anna = try session.read("Codings/anna.jsonl")
    let codebook = try session.read("Codebooks/tki2.json")
    let run = session.run("codebook", "rename", "coping-strategies", "coping")
    #expect(run.status == .dataError)
    #expect(run.error.contains("Codings/bo.jsonl:42:"))
    #expect(run.error.contains("not changing a file with malformed lines (42)"))
    #expect(try session.read("Codings/anna.jsonl") == anna)
    #expect(try session.read("Codebooks/tki2.json") == codebook)
    #expect(try session.read("Codings/bo.jsonl") == bo + "{\"transcript\": oops\n")
    let names = try FileManager.default.contentsOfDirectory(
      atPath: session.root.appendingPathComponent("Codings").path)
    #expect(!names.contains { $0.contains(".tmp-") })
  }

  @Test("merge recodes the codings, keeps origin and memo, notes the old code, moves sub-codes")
  func mergeKeepsOriginAndMemo() throws {
    let project = try TestProject()
    try project.write(
      "Codings/anna.jsonl",
      """
      {"format":"qualkit-codings","version":1,"kind":"coder","team":"x"}
      {"transcript":"A01","code":"energy","coder":"anna","firstLine":7,"lastLine":7,"start":10,"end":20,"origin":"keyword:overskud","status":"accepted","memo":"good","text":null,"hash":null,"future":[1]}
      {"transcript":"A01","code":"mastery","coder":"anna","firstLine":8,"lastLine":8,"start":30,"end":40,"origin":"manual","status":"accepted","memo":null,"text":null,"hash":null}

      """)
    let run = project.run("codebook", "merge", "mastery", "--into", "readiness")
    #expect(run.status == .success, "\(run.error)")
    let text = try project.read("Codings/anna.jsonl")
    #expect(
      text == """
        {"format":"qualkit-codings","version":1,"kind":"coder","team":"x"}
        {"transcript":"A01","code":"energy","coder":"anna","firstLine":7,"lastLine":7,"start":10,"end":20,"origin":"keyword:overskud","status":"accepted","memo":"good","text":null,"hash":null,"future":[1]}
        {"transcript":"A01","code":"readiness","coder":"anna","firstLine":8,"lastLine":8,"start":30,"end":40,"origin":"manual","status":"accepted","memo":"merged from code 'mastery'","text":null,"hash":null}

        """)
    let tree = project.run("codebook", "show").output
    #expect(tree.contains("Readiness [readiness]"))
    #expect(tree.contains("└─ Energy [energy]"))
    #expect(!tree.contains("[mastery]"))
  }

  @Test("move and add change only the codebook")
  func moveAndAdd() throws {
    let project = try TestProject()
    #expect(project.run("codebook", "move", "energy", "--under", "readiness").status == .success)
    #expect(
      project.run("codebook", "add", "peers", "--label", "Peers", "--under", "energy").status
        == .success)
    let tree = project.run("codebook", "show").output
    #expect(tree.contains("Readiness [readiness]"))
    #expect(tree.contains("└─ Energy [energy]"))
    #expect(tree.contains("   └─ Peers [peers]"))
    let cycle = project.run("codebook", "move", "readiness", "--under", "peers")
    #expect(cycle.status == .dataError)
    #expect(cycle.error.contains("'peers' is one of its own sub-codes"))
  }
}
