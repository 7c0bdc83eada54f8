import Foundation
import QualKit
import Testing

@testable import qualkit

/// A git repository in a temporary folder holding a test project, with
/// `qualkit merge-driver` (the built tool) configured for coding files.
private struct Repository {
  let project: TestProject
  let binary: URL

  init() throws {
    project = try TestProject()
    binary = Bundle.main.bundleURL.appendingPathComponent("qualkit")
    try project.write(".gitattributes", "Codings/*.jsonl merge=qualkit\n")
    try git("init", "-q", "-b", "main")
    try git("config", "user.name", "Test")
    try git("config", "user.email", "test@example.org")
    try git(
      "config", "merge.qualkit.driver", "'\(binary.path)' merge-driver %O %A %B %P")
  }

  /// Runs git in the project; returns its exit status and its output.
  @discardableResult
  func git(_ arguments: String...) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = project.root
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_CONFIG_NOSYSTEM"] = "1"
    environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
    environment["HOME"] = project.root.path
    process.environment = environment
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }

  /// Commits everything with `message`.
  func commit(_ message: String) throws {
    try git("add", "-A")
    try git("commit", "-q", "-m", message)
  }

  /// Runs qualkit in-process in the project, expecting success.
  func qualkit(_ arguments: String...) {
    let result = qualkitTests.run(arguments, in: project.root)
    #expect(result.status == .success, "\(arguments): \(result.error)")
  }
}

@Suite(.serialized) struct MergeDriverTests {
  @Test("git merge of two branches that both coded into one file keeps both, sorted")
  func gitMergesCodingFiles() throws {
    let repository = try Repository()
    guard FileManager.default.isExecutableFile(atPath: repository.binary.path) else {
      Issue.record("qualkit binary not found at \(repository.binary.path)")
      return
    }
    repository.qualkit("tag", "A01", "7", "mastery", "--coder", "anna")
    try repository.commit("anna starts")
    try repository.git("checkout", "-q", "-b", "laptop")
    repository.qualkit("tag", "A01", "11", "readiness", "--coder", "anna")
    try repository.commit("readiness on the laptop")
    try repository.git("checkout", "-q", "main")
    repository.qualkit("tag", "A01", "8", "energy", "--coder", "anna")
    try repository.commit("energy on main")
    let merge = try repository.git("merge", "-q", "--no-edit", "laptop")
    #expect(merge.status == 0, "\(merge.output)")
    var diagnostics: [Diagnostic] = []
    let text = try repository.project.read("Codings/anna.jsonl")
    let file = CodingFile(parsing: Array(text.utf8), diagnostics: &diagnostics)
    #expect(diagnostics.isEmpty)
    #expect(file.codings.map(\.code) == ["mastery", "energy", "readiness"])
    #expect(file.serialized == text)
    // Without the driver git's own line merge conflicts on the same two insertions.
    try repository.git("checkout", "-q", "-b", "plain", "HEAD~1")
    try repository.git("config", "--unset", "merge.qualkit.driver")
    let plain = try repository.git("merge", "-q", "--no-edit", "laptop")
    #expect(plain.status != 0)
  }

  @Test("A status changed differently on two branches is a conflict that codings reports")
  func gitConflictIsReported() throws {
    let repository = try Repository()
    guard FileManager.default.isExecutableFile(atPath: repository.binary.path) else {
      Issue.record("qualkit binary not found at \(repository.binary.path)")
      return
    }
    repository.qualkit("autocode", "Transcripts/A01.txt", "--out", "Codings/auto.jsonl")
    try repository.commit("proposals")
    try repository.git("checkout", "-q", "-b", "bo")
    repository.qualkit("review", "--coder", "auto", "--reviewer", "bo", "--reject-code", "mastery")
    try repository.commit("bo rejects")
    try repository.git("checkout", "-q", "main")
    repository.qualkit("review", "--coder", "auto", "--reviewer", "anna", "--accept-all")
    try repository.commit("anna accepts")
    let merge = try repository.git("merge", "-q", "--no-edit", "bo")
    #expect(merge.status != 0)
    let text = try repository.project.read("Codings/auto.jsonl")
    // Every proposal of mastery and its sub-code energy: accepted by anna, rejected by bo.
    let conflicts = text.components(separatedBy: "<<<<<<< ours\n").count - 1
    let rejected = text.components(separatedBy: #""status":"rejected""#).count - 1
    #expect(conflicts > 0 && rejected == conflicts)
    #expect(
      merge.output.contains(
        "Codings/auto.jsonl: error: \(conflicts) codings changed differently on both branches"))
    #expect(text.contains("<<<<<<< ours\n") && text.contains(">>>>>>> theirs\n"))
    #expect(text.contains(#""reviewer":"anna""#) && text.contains(#""reviewer":"bo""#))
    let listed = qualkitTests.run(["codings", "Codings/auto.jsonl"], in: repository.project.root)
    #expect(listed.status == .dataError)
    #expect(listed.error.contains("error: unresolved merge conflict"))
  }

  @Test("The driver given a malformed version keeps all three versions' lines (exit 1)")
  func malformedVersionLosesNothing() throws {
    let project = try TestProject()
    _ = project.run("tag", "A01", "7", "mastery", "--coder", "anna")
    let good = try project.read("Codings/anna.jsonl")
    try project.write("base.jsonl", good)
    try project.write("ours.jsonl", good + "{\"transcript\":\n")
    _ = project.run("tag", "A01", "8", "energy", "--coder", "anna")
    let theirs = try project.read("Codings/anna.jsonl")
    try project.write("theirs.jsonl", theirs)
    let result = project.run("merge-driver", "base.jsonl", "ours.jsonl", "theirs.jsonl")
    #expect(result.status == .failure)
    #expect(result.error.hasPrefix("ours.jsonl: error: a version has lines that are not codings"))
    let merged = try project.read("ours.jsonl").split(separator: "\n").map(String.init)
    for version in [good, good + "{\"transcript\":\n", theirs] {
      for line in version.split(separator: "\n") { #expect(merged.contains(String(line))) }
    }
    #expect(project.run("merge-driver", "base.jsonl", "ours.jsonl").status == .usage)
    #expect(project.run("merge-driver", "base.jsonl", "nope", "theirs.jsonl").status == .noInput)
  }
}
