import Dispatch
import Foundation
import QualKit
import Testing

@testable import qualkit

/// The bugs that the project layer fixed, each reproduced as it was found.
@Suite struct ProjectLayerRegressionTests {
  @Test("agree and reliability round 0.8125 the same way, to 0.813")
  func oneRoundingRule() throws {
    // 13 of 16 units agree: percent agreement 0.8125, exactly halfway.
    let project = try TestProject()
    let rows = (1...16).map { "u\($0),a,\($0 <= 13 ? "a" : "b")" }
    try project.write("pairs.csv", "unit,anna,bo\n" + rows.joined(separator: "\n") + "\n")
    let result = project.run("reliability", "pairs.csv", "--statistic", "percent")
    #expect(result.status == .success)
    #expect(result.output.hasPrefix("Percent agreement: 0.813\n"))
  }

  @Test("With two codebooks, codings --code is refused as tag is (64), not an empty list")
  func twoCodebooksAreAmbiguousEverywhere() throws {
    let project = try TestProject()
    try project.write("Codebooks/other.json", TestProject.codebook)
    let codings = project.run("codings", "--code", "mastery")
    #expect(codings.status == .usage)
    #expect(codings.error.hasPrefix("error: several codebooks in 'Codebooks/'"))
    let agree = project.run("agree", "Codings/a.jsonl", "Codings/b.jsonl")
    #expect(agree.status == .noInput)
    let tag = project.run("tag", "A01", "7", "mastery", "--coder", "anna")
    #expect(tag.status == .usage)
  }

  @Test("tag and merge --out on one file at the same time never lose the tag's coding")
  func tagAndMergeDoNotRace() throws {
    let project = try TestProject()
    #expect(project.run("tag", "A01", "7", "mastery", "--coder", "anna").status == .success)
    #expect(project.run("tag", "A01", "7", "mastery", "--coder", "bo").status == .success)
    let root = project.root
    for round in 0..<100 {
      try? FileManager.default.removeItem(at: root.appendingPathComponent("Codings/team.jsonl"))
      let line = round % 2 == 0 ? "10" : "11"
      let results = UnsafeSendableBox<[ToolRun?]>([nil, nil])
      DispatchQueue.concurrentPerform(iterations: 2) { index in
        let run =
          index == 0
          ? qualkitTests.run(["tag", "A01", line, "readiness", "--coder", "team"], in: root)
          : qualkitTests.run(
            ["merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--out", "Codings/team.jsonl"],
            in: root)
        results.set(index, run)
      }
      let tag = try #require(results.value[0])
      let merge = try #require(results.value[1])
      #expect(tag.status == .success, "round \(round): \(tag.error)")
      let file = try project.read("Codings/team.jsonl")
      // Either the merge ran first and the tag added to it, or the tag ran
      // first and the merge refused to replace the file (exit 1): never both
      // exit 0 with the tag's coding gone.
      #expect(file.contains("\"code\":\"readiness\""), "round \(round): the tag's coding was lost")
      #expect(merge.status == .success || merge.status == .failure)
      if merge.status == .failure { #expect(merge.error.contains("would be lost")) }
    }
  }

  @Test("merge --out waits for a writer that holds the file's lock, then sees its coding")
  func mergeWaitsForTheLock() throws {
    let project = try TestProject()
    #expect(project.run("tag", "A01", "7", "mastery", "--coder", "anna").status == .success)
    let store = CodingStore(folder: ProjectFolder(base: project.root))
    let started = DispatchSemaphore(value: 0)
    let writer = DispatchGroup()
    DispatchQueue.global().async(group: writer) {
      // A tag's read-modify-write, slowed down: read, wait, write.
      _ = try? store.update("Codings/team.jsonl") { loaded in
        started.signal()
        Thread.sleep(forTimeInterval: 0.3)
        loaded.file.codings.append(
          Coding(
            transcript: "A01", code: "readiness", coder: "team",
            span: Span(firstLine: 10, lastLine: 10, start: 100, end: 110)))
      }
    }
    started.wait()
    let merge = qualkitTests.run(
      ["merge", "Codings/anna.jsonl", "--out", "Codings/team.jsonl"], in: project.root)
    writer.wait()
    let file = try project.read("Codings/team.jsonl")
    #expect(file.contains("\"code\":\"readiness\""), "the writer's coding was replaced")
    // Without the lock the merge wrote first and reported success, and the
    // writer's file then replaced the merge: both "succeeded", one was lost.
    #expect(merge.status == .failure)
    #expect(merge.error.contains("would be lost"))
  }

  @Test("Run from a folder inside the project, commands find the project's folders above it")
  func discoversProjectUpwards() throws {
    let project = try TestProject()
    let inside = project.root.appendingPathComponent("Transcripts")
    let list = qualkitTests.run(["transcript", "list"], in: inside)
    #expect(list.status == .success)
    #expect(list.output.contains("A01"))
    let tag = qualkitTests.run(["tag", "A01", "7", "mastery", "--coder", "anna"], in: inside)
    #expect(tag.status == .success, "\(tag.error)")
    #expect(try project.read("Codings/anna.jsonl").contains("\"code\":\"mastery\""))
    #expect(!FileManager.default.fileExists(atPath: inside.appendingPathComponent("Codings").path))
    let codings = qualkitTests.run(["codings"], in: inside)
    #expect(codings.output.contains("mastery"))
  }

  @Test("A temporary file left by a killed writer is removed by the next write")
  func staleTemporaryFilesAreRemoved() throws {
    let project = try TestProject()
    #expect(project.run("tag", "A01", "7", "mastery", "--coder", "anna").status == .success)
    // A process id that is not running: the kernel's maximum is below 2^22.
    let stale = ".anna.jsonl.tmp-4194303-12345"
    try project.write("Codings/\(stale)", "half a file")
    let mine = ".anna.jsonl.tmp-\(getpid())-1"
    try project.write("Codings/\(mine)", "a write of this process, still going on")
    #expect(project.run("tag", "A01", "10", "readiness", "--coder", "anna").status == .success)
    let names = try FileManager.default.contentsOfDirectory(
      atPath: project.root.appendingPathComponent("Codings").path)
    #expect(!names.contains(stale))
    #expect(names.contains(mine))
  }
}

/// A box that concurrent test threads write disjoint slots of, under a lock.
final class UnsafeSendableBox<Value>: @unchecked Sendable {
  // Guarded by `lock`.
  private var stored: Value
  private let lock = NSLock()

  init(_ value: Value) { stored = value }

  var value: Value { lock.withLock { stored } }

  func set<Element>(_ index: Int, _ element: Element) where Value == [Element?] {
    lock.withLock { stored[index] = element }
  }
}

@Suite struct HeaderOnlyCSVTests {
  @Test(
    "A reliability file with a header and too few coder columns is exit 65 at its place, not a crash",
    arguments: ["unit\n", "unit\r\n", "\u{FEFF}unit\n", "unit,anna\n", "anna\n"])
  func headerOnly(text: String) throws {
    let project = try TestProject()
    try project.write("u.csv", text)
    for statistic in ["alpha", "cohen", "fleiss", "percent"] {
      let result = project.run("reliability", "u.csv", "--statistic", statistic)
      #expect(result.status == .dataError)
      #expect(result.error.hasPrefix("u.csv:1:1: error: reliability data needs at least 2 coder"))
    }
  }
}

@Suite struct SpecialFileTests {
  @Test("A device such as /dev/zero is refused at once (66), not read until memory runs out")
  func devicesAreRefused() throws {
    let project = try TestProject()
    for arguments in [
      ["codings", "/dev/zero"], ["transcript", "show", "/dev/zero"],
      ["codebook", "validate", "/dev/urandom"], ["reliability", "/dev/zero"],
    ] {
      let result = qualkitTests.run(arguments, in: project.root)
      #expect(result.status == .noInput, "\(arguments)")
      #expect(result.error.contains("it is a device, not a file"), "\(arguments)")
    }
  }

  @Test("A FIFO in the transcripts folder is skipped, not waited on forever")
  func fifosInFoldersAreSkipped() throws {
    let project = try TestProject()
    let fifo = project.root.appendingPathComponent("Transcripts/stuck.txt").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let list = project.run("transcript", "list")
    #expect(list.status == .success)
    #expect(list.output.contains("A01"))
    #expect(!list.output.contains("stuck"))
  }

  @Test("A pipe named on purpose is read, like reliability <(…)")
  func pipesAreRead() throws {
    let project = try TestProject()
    let fifo = project.root.appendingPathComponent("pairs.csv").path
    #expect(mkfifo(fifo, 0o644) == 0)
    let writer = DispatchGroup()
    DispatchQueue.global().async(group: writer) {
      let handle = FileHandle(forWritingAtPath: fifo)
      handle?.write(Data("unit,anna,bo\nu1,a,a\nu2,b,b\nu3,a,b\n".utf8))
      try? handle?.close()
    }
    let result = project.run("reliability", "pairs.csv", "--statistic", "percent")
    writer.wait()
    #expect(result.status == .success)
    #expect(result.output.hasPrefix("Percent agreement: 0.667"))
  }
}
