import Foundation
import QualKit
import Testing

@testable import qualkit

/// Defects an adversarial pass found in the commands, each reproduced as found.
@Suite struct RobustnessTests {
  @Test("A memo set with tag on a merged file is not replaced without a word by the next merge")
  func memoInMergedFileIsNotLost() throws {
    let project = try TestProject()
    #expect(project.run("tag", "A01", "7", "mastery", "--coder", "anna").status == .success)
    #expect(project.run("tag", "A01", "7", "mastery", "--coder", "bo").status == .success)
    let merge = [
      "merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--out", "Codings/team.jsonl", "--coder",
      "team",
    ]
    #expect(qualkitTests.run(merge, in: project.root).status == .success)
    // tag --coder team writes to the merged file, Codings/team.jsonl.
    let tag = project.run(
      "tag", "A01", "7", "mastery", "--coder", "team", "--memo", "agreed in the meeting")
    #expect(tag.status == .success, "\(tag.error)")
    let again = qualkitTests.run(merge, in: project.root)
    #expect(again.status == .failure)
    #expect(again.error.contains("was written in this file"))
    #expect(try project.read("Codings/team.jsonl").contains("agreed in the meeting"))
  }

  @Test("A coder name too long for a file name is a usage error (64), not exit 1")
  func longCoderName() throws {
    let project = try TestProject()
    let name = String(repeating: "a", count: 251)
    let result = project.run("tag", "A01", "7", "mastery", "--coder", name)
    #expect(result.status == .usage)
    #expect(result.error.hasPrefix("error: coder name is too long (251 characters; at most 100"))
    #expect(
      project.run("tag", "A01", "7", "mastery", "--coder", String(name.prefix(100))).status
        == .success)
  }

  @Test("A coder name typed in NFD is accepted and stored as its NFC form")
  func nfdCoderName() throws {
    let project = try TestProject()
    let nfd = "a\u{030A}se"  // a + combining ring above
    let composed = "\u{00E5}se"
    #expect(nfd.precomposedStringWithCanonicalMapping == composed)
    let result = project.run("tag", "A01", "7", "mastery", "--coder", nfd)
    #expect(result.status == .success, "\(result.error)")
    let file = try project.read("Codings/\(composed).jsonl")
    #expect(file.contains("\"coder\":\"\(composed)\""))
  }

  @Test("agree with an empty coding file names the file that has no codings")
  func agreeNamesEmptyFile() throws {
    let project = try TestProject()
    #expect(project.run("tag", "A01", "7", "mastery", "--coder", "bo").status == .success)
    try project.write("EMPTY.jsonl", "")
    let result = project.run("agree", "EMPTY.jsonl", "Codings/bo.jsonl")
    #expect(result.status == .dataError)
    #expect(
      result.error.hasPrefix(
        "error: agreement needs codings from at least 2 coders; found 1 (bo); no codings in 'EMPTY.jsonl'"
      ))
  }

  @Test("reliability reads a pipe named by /dev/fd, as <(...) gives it")
  func reliabilityReadsDevFD() throws {
    let project = try TestProject()
    var ends: [Int32] = [0, 0]
    #expect(pipe(&ends) == 0)
    let data = Array("unit,anna,bo\nu1,a,a\nu2,b,b\nu3,a,b\n".utf8)
    #expect(write(ends[1], data, data.count) == data.count)
    close(ends[1])
    defer { close(ends[0]) }
    let result = project.run("reliability", "/dev/fd/\(ends[0])", "--statistic", "percent")
    #expect(result.status == .success, "\(result.error)")
    #expect(result.output.hasPrefix("Percent agreement: 0.667"))
  }

  @Test("A FIFO named on the command line with no writer is a clear error (66), not a hang")
  func fifoOnTheCommandLine() throws {
    let project = try TestProject()
    let fifo = project.root.appendingPathComponent("stuck.txt").path
    #expect(mkfifo(fifo, 0o644) == 0)
    for arguments in [
      ["transcript", "show", "stuck.txt"], ["codings", "stuck.txt"],
      ["reliability", "stuck.txt"], ["autocode", "stuck.txt"],
    ] {
      let result = qualkitTests.run(arguments, in: project.root)
      #expect(result.status == .noInput || result.status == .dataError, "\(arguments)")
      #expect(result.error.contains("it is a FIFO and nothing was written to it"), "\(arguments)")
    }
  }
}
