import Foundation
import Testing

@testable import qualkit

@Suite struct TagCommandTests {
  @Test("tag writes a sorted coding file line with the fixed key order")
  func tagWritesFile() throws {
    let project = try TestProject()
    let result = project.run("tag", "A01", "8", "energy", "--coder", "anna", "--memo", "overskud")
    #expect(result.status == .success)
    #expect(result.output == "coded A01 l. 8 as energy (anna): \"Jeg har mere overskud.\"\n")
    let second = project.run("tag", "A01", "7-8", "mastery", "--coder=anna")
    #expect(second.status == .success)
    let lines = try project.read("Codings/anna.jsonl").split(separator: "\n")
    #expect(lines.count == 3)
    #expect(lines[0] == #"{"format":"qualkit-codings","version":1,"kind":"coder"}"#)
    #expect(
      lines[1].hasPrefix(
        #"{"transcript":"A01","code":"mastery","coder":"anna","firstLine":7,"lastLine":8,"#))
    #expect(
      lines[1].contains(
        #""text":"Jeg mestrer den bedre nu.\nJeg har mere overskud.","hash":"xxh64:"#))
    #expect(lines[2].contains(#""code":"energy""#))
    #expect(lines[2].contains(#""origin":"manual","status":"accepted","memo":"overskud""#))
  }

  @Test("tag reads only the transcript it codes: a broken file beside it goes unread")
  func readsOneTranscript() throws {
    let project = try TestProject()
    try project.write("Transcripts/broken.vtt", "not a subtitle file at all")
    let result = project.run("tag", "A01", "8", "energy", "--coder", "anna")
    #expect(result.status == .success)
    #expect(result.error == "")
    // An id in front matter that is not the file name is still found.
    try project.write("Transcripts/other-name.txt", "---\nid: Z9\n---\nI: Hej?\nB: Ja.\n")
    #expect(project.run("tag", "Z9", "5", "energy", "--coder", "anna").status == .success)
    let unknown = project.run("tag", "A0", "5", "energy", "--coder", "anna")
    #expect(unknown.status == .dataError)
    #expect(unknown.error.hasSuffix("error: unknown transcript 'A0' (nearest: A01, A02, Z9)\n"))
  }

  @Test("A transcript file outside Transcripts/ is coded with a warning that says so")
  func fileOutsideProject() throws {
    let project = try TestProject()
    try project.write("elsewhere/X1.txt", "I: Hej?\nB: Jeg har mere overskud.\n")
    let result = project.run("tag", "elsewhere/X1.txt", "2", "energy", "--coder", "anna")
    #expect(result.status == .success)
    #expect(
      result.error
        == "elsewhere/X1.txt: warning: this transcript is outside 'Transcripts/', where the project's other commands look for transcripts; its codings count only once the file is there\n"
    )
    let inside = project.run("tag", "Transcripts/A01.txt", "8", "energy", "--coder", "anna")
    #expect(inside.status == .success)
    #expect(inside.error == "")
  }

  @Test("A coding file that is a symbolic link stays a link; the file it points to is updated")
  func symbolicLink() throws {
    let project = try TestProject()
    let shared = try makeTemporaryDirectory().appendingPathComponent("anna.jsonl")
    try Data().write(to: shared)
    try FileManager.default.createDirectory(
      at: project.root.appendingPathComponent("Codings"), withIntermediateDirectories: true)
    let link = project.root.appendingPathComponent("Codings/anna.jsonl")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: shared)
    let result = project.run("tag", "A01", "8", "energy", "--coder", "anna")
    #expect(result.status == .success)
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == shared.path)
    let text = String(decoding: try Data(contentsOf: shared), as: UTF8.self)
    #expect(text.contains(#""code":"energy""#))
  }

  @Test("Tagging the same span twice adds nothing")
  func tagTwice() throws {
    let project = try TestProject()
    _ = project.run("tag", "A01", "8", "energy", "--coder", "anna")
    let again = project.run("tag", "A01", "8", "energy", "--coder", "anna")
    #expect(again.status == .success)
    #expect(again.output.hasPrefix("already coded A01 l. 8 as energy"))
    #expect(try project.read("Codings/anna.jsonl").split(separator: "\n").count == 2)
  }

  @Test("--turn codes a whole turn and --span exact offsets")
  func turnAndSpan() throws {
    let project = try TestProject()
    let turn = project.run("tag", "A02", "energy", "--turn", "1", "--coder", "bo")
    #expect(turn.output == "coded A02 l. 2 as energy (bo): \"Den gav mig overskud.\"\n")
    let span = project.run("tag", "A01", "mastery", "--span", "74-81", "--coder", "bo")
    #expect(span.status == .success)
    #expect(span.output == "coded A01 l. 6 as mastery (bo): \"mestrer\"\n")
  }

  @Test(
    "Bad addresses exit 65 with the nearest valid choices",
    arguments: [
      (
        ["tag", "A01", "8", "enrgy", "--coder", "anna"],
        "error: unknown code 'enrgy' (nearest: energy"
      ),
      (
        ["tag", "A1", "8", "energy", "--coder", "anna"],
        "error: unknown transcript 'A1' (nearest: A01, A02)"
      ),
      (
        ["tag", "A01", "99", "energy", "--coder", "anna"],
        "error: line 99 is outside transcript 'A01' (lines 1-11)"
      ),
      (
        ["tag", "A01", "2-7", "energy", "--coder", "anna"],
        "error: line 2 of transcript 'A01' is before the first turn (line 6); front matter cannot be coded"
      ),
      (
        ["tag", "A01", "energy", "--span", "0-70", "--coder", "anna"],
        "error: span 0-70 of transcript 'A01' starts before the first turn (offset 63); front matter cannot be coded"
      ),
      (
        ["tag", "A01", "9", "energy", "--coder", "anna"],
        "error: line 9 is blank in transcript 'A01'"
      ),
      (
        ["tag", "A01", "8", "group", "--coder", "anna"],
        "error: code 'group' only groups other codes and is not codable (its codes: meeting)"
      ),
      (
        ["tag", "A02", "energy", "--turn", "5", "--coder", "anna"],
        "error: turn 5 is outside transcript 'A02' (turns 0-1)"
      ),
    ])
  func badAddress(arguments: [String], message: String) throws {
    let project = try TestProject()
    let result = qualkitTests.run(arguments, in: project.root)
    #expect(result.status == .dataError)
    #expect(result.error.hasPrefix(message))
    #expect(
      !FileManager.default.fileExists(
        atPath: project.root.appendingPathComponent("Codings/anna.jsonl").path))
  }

  @Test(
    "Usage errors exit 64",
    arguments: [
      ["tag", "A01", "8", "energy"], ["tag", "A01", "x-y", "energy", "--coder", "a"],
      ["tag", "A01", "energy", "--turn", "1", "--span", "1-2", "--coder", "a"],
      ["tag", "A01", "8", "energy", "--coder", "../etc"],
    ])
  func usageErrors(arguments: [String]) throws {
    let project = try TestProject()
    #expect(qualkitTests.run(arguments, in: project.root).status == .usage)
  }

  @Test(
    "An option given twice is a usage error unless it takes a list",
    arguments: [
      (["tag", "A01", "8", "energy", "--coder", "anna", "--coder", "bo"], "'anna' and 'bo'"),
      (
        ["transcript", "show", "Transcripts/A01.txt", "--format=json", "--format=text"],
        "'json' and 'text'"
      ),
    ])
  func repeatedOption(arguments: [String], values: String) throws {
    let project = try TestProject()
    let result = qualkitTests.run(arguments, in: project.root)
    #expect(result.status == .usage)
    #expect(result.error.hasPrefix("error: option '--"))
    #expect(result.error.contains("is given twice (\(values)); give it once"))
    #expect(
      !FileManager.default.fileExists(
        atPath: project.root.appendingPathComponent("Codings/bo.jsonl").path))
  }

  @Test("A list option may be repeated")
  func repeatedListOption() throws {
    let project = try TestProject()
    _ = project.run("tag", "A01", "8", "energy", "--coder", "anna")
    _ = project.run("tag", "A01", "11", "readiness", "--coder", "bo")
    let result = project.run("codings", "--coder", "anna", "--coder", "bo")
    #expect(result.status == .success)
    #expect(result.output.hasSuffix("2 codings by 2 coders\n"))
  }

  @Test("untag removes exactly the tagged span; an overlapping one is listed, not removed")
  func untag() throws {
    let project = try TestProject()
    _ = project.run("tag", "A01", "7-8", "mastery", "--coder", "anna")
    let overlap = project.run("untag", "A01", "8", "mastery", "--coder", "anna")
    #expect(overlap.status == .failure)
    #expect(overlap.error.contains("overlapping codings: l. 7–8"))
    let exact = project.run("untag", "A01", "7-8", "mastery", "--coder", "anna")
    #expect(exact.status == .success)
    #expect(exact.output == "removed A01 l. 7–8 mastery (anna, manual, accepted)\n")
    #expect(
      try project.read("Codings/anna.jsonl")
        == #"{"format":"qualkit-codings","version":1,"kind":"coder"}"# + "\n")
  }

  @Test("untag --span with the offsets it suggests works after the transcript gained a line")
  func untagAfterChange() throws {
    let project = try TestProject()
    _ = project.run("tag", "A01", "8", "energy", "--coder", "anna")
    let changed = TestProject.interview.replacingOccurrences(
      of: "---\nI: Hvordan", with: "---\nI: Goddag.\nI: Hvordan")
    try project.write("Transcripts/A01.txt", changed)
    let byLine = project.run("untag", "A01", "9", "energy", "--coder", "anna")
    #expect(byLine.status == .failure)
    let hint = try #require(byLine.error.firstMatch(of: /--span (\d+-\d+)/)?.1)
    let bySpan = project.run("untag", "A01", "--span", String(hint), "energy", "--coder", "anna")
    #expect(bySpan.status == .success, "\(bySpan.error)")
    #expect(bySpan.output == "removed A01 l. 8 energy (anna, manual, accepted)\n")
    #expect(
      try project.read("Codings/anna.jsonl")
        == #"{"format":"qualkit-codings","version":1,"kind":"coder"}"# + "\n")
  }

  @Test("untag still removes a coding made in the front matter by an older qualkit")
  func untagFrontMatter() throws {
    let project = try TestProject()
    _ = project.run("tag", "A01", "8", "energy", "--coder", "anna")
    let line = try project.read("Codings/anna.jsonl")
    let old = line.replacing(
      #/"firstLine":\d+,"lastLine":\d+,"start":\d+,"end":\d+/#,
      with: #""firstLine":2,"lastLine":2,"start":4,"end":11"#)
    try project.write("Codings/anna.jsonl", old)
    let result = project.run("untag", "A01", "2", "energy", "--coder", "anna")
    #expect(result.status == .success, "\(result.error)")
    #expect(
      try project.read("Codings/anna.jsonl")
        == #"{"format":"qualkit-codings","version":1,"kind":"coder"}"# + "\n")
  }

  @Test("A coding file with a broken line is read, reported and never rewritten")
  func brokenLine() throws {
    let project = try TestProject()
    _ = project.run("tag", "A01", "8", "energy", "--coder", "anna")
    let good = try project.read("Codings/anna.jsonl")
    let broken = good + "{\"transcript\": \"A01\", oops\n"
    try project.write("Codings/anna.jsonl", broken)
    let list = project.run("codings", "--format", "csv")
    #expect(list.status == .dataError)
    #expect(list.error.hasPrefix("Codings/anna.jsonl:3:"))
    #expect(list.error.contains("error: invalid JSON"))
    #expect(list.output.split(separator: "\r\n").count == 2)
    let tag = project.run("tag", "A01", "7", "mastery", "--coder", "anna")
    #expect(tag.status == .dataError)
    #expect(tag.error.contains("not changing a file with malformed lines (3)"))
    #expect(try project.read("Codings/anna.jsonl") == broken)
  }

  @Test("Unknown codes and transcripts in a coding file are warnings; nothing is dropped")
  func unknownReferences() throws {
    let project = try TestProject()
    try project.write(
      "Codings/x.jsonl",
      #"{"transcript":"Z9","code":"nope","coder":"x","firstLine":1,"lastLine":1,"start":0,"end":3,"origin":"manual","status":"accepted"}"#
        + "\n")
    let result = project.run("codings", "--format", "json")
    #expect(result.status == .success)
    #expect(
      result.error == """
        Codings/x.jsonl:1:1: warning: unknown code 'nope' (not in the codebook): Z9 l. 1 nope (x)
        Codings/x.jsonl:1:1: warning: unknown transcript 'Z9': Z9 l. 1 nope (x)

        """)
    #expect(result.output.contains(#""transcript": "Z9""#))
  }

  @Test("A transcript edited after coding is detected by its hash")
  func changedTranscript() throws {
    let project = try TestProject()
    _ = project.run("tag", "A01", "8", "energy", "--coder", "anna")
    _ = project.run("tag", "A01", "11", "readiness", "--coder", "anna")
    try project.write(
      "Transcripts/A01.txt",
      TestProject.interview.replacingOccurrences(of: "mere overskud", with: "lidt mere overskud"))
    let result = project.run("codings")
    #expect(result.status == .success)
    #expect(
      result.error.contains(
        "Codings/anna.jsonl:2:1: warning: transcript 'A01' changed after it was coded; the text at A01 l. 8 energy (anna) no longer matches"
      ))
    #expect(result.error.split(separator: "\n").count == 2)
  }

  @Test("codings filters by code sub-tree, coder and status")
  func filters() throws {
    let project = try TestProject()
    _ = project.run("tag", "A01", "8", "energy", "--coder", "anna")
    _ = project.run("tag", "A01", "11", "readiness", "--coder", "anna")
    _ = project.run("tag", "A01", "11", "readiness", "--coder", "bo")
    let mastery = project.run("codings", "--code", "mastery", "--format", "csv")
    #expect(mastery.output.split(separator: "\r\n").count == 2)
    let bo = project.run("codings", "--coder", "bo")
    #expect(bo.output.hasSuffix("1 coding by 1 coder\n"))
    #expect(project.run("codings", "--status", "proposed").error == "no codings match\n")
    #expect(project.run("codings", "--status", "maybe").status == .usage)
  }
}

@Suite(.serialized) struct ConcurrentTagTests {
  @Test("Parallel tag processes on one coder file all keep their coding")
  func parallelTags() throws {
    let project = try TestProject()
    let binary = Bundle.main.bundleURL.appendingPathComponent("qualkit")
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      Issue.record("qualkit binary not found at \(binary.path)")
      return
    }
    let lines = ["6", "7", "8", "10", "11", "7-8", "6-7", "10-11"]
    var processes: [Process] = []
    for line in lines {
      let process = Process()
      process.executableURL = binary
      process.arguments = ["tag", "A01", line, "mastery", "--coder", "anna"]
      process.currentDirectoryURL = project.root
      process.standardOutput = FileHandle.nullDevice
      try process.run()
      processes.append(process)
    }
    for process in processes {
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
    }
    let file = try project.read("Codings/anna.jsonl")
    #expect(file.split(separator: "\n").count == lines.count + 1)  // and the header
  }
}

@Suite struct TerminalTextTests {
  @Test("Escape sequences in transcripts and memos never reach the terminal")
  func controlCharacters() throws {
    let project = try TestProject()
    let filler = String(repeating: "Det gik fint med arbejdet. ", count: 12)
    try project.write("Transcripts/E.txt", "B: Hej \u{1B}[2Jverden\u{7}.\nI: \(filler)\n")
    let show = project.run("transcript", "show", "Transcripts/E.txt")
    #expect(show.status == .success)
    #expect(!show.output.unicodeScalars.contains("\u{1B}"))
    #expect(show.output.contains("B: Hej \u{FFFD}[2Jverden\u{FFFD}."))
    let tag = project.run(
      "tag", "E", "1", "energy", "--coder", "anna", "--memo", "x\u{1B}]0;title\u{7}")
    #expect(tag.status == .success)
    #expect(!tag.output.unicodeScalars.contains("\u{1B}"))
    let list = project.run("codings")
    #expect(!list.output.unicodeScalars.contains("\u{1B}"))
    #expect(!list.output.unicodeScalars.contains("\u{7}"))
    // The coding file keeps the text exactly, escaped as JSON.
    #expect(try project.read("Codings/anna.jsonl").contains(#"x\u001b]0;title\u0007"#))
  }
}
