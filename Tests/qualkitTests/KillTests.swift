import Foundation
import QualKit
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Every writer, killed with SIGKILL at random points: each file is then the
/// old or the new complete version (for a change of several files, all old
/// or all new once the next command has run), and the next write of the
/// same files leaves no temporary file or journal behind.
///
/// 230 kills in all, spread over the writers by how long each runs; the
/// random points are drawn from a fixed seed per writer, so a failure can
/// be run again.
@Suite(.serialized) struct KillTests {
  /// A writer: its command, the command that writes the same files again
  /// afterwards, and how many times to kill it.
  struct Writer: Sendable, CustomTestStringConvertible {
    var name: String
    var command: [String]
    /// Run before the kills, once, in the template project.
    var setUp: [[String]] = []
    var kills: Int
    /// Whether the files of the command change together (a group write).
    var isGroup = false

    var testDescription: String { name }
  }

  static let writers: [Writer] = [
    Writer(
      name: "tag", command: ["tag", "B01", "own-goals", "--turn", "5", "--coder", "anna"], kills: 50
    ),
    Writer(
      name: "review --accept-all",
      command: ["review", "--coder", "auto", "--reviewer", "anna", "--accept-all"],
      setUp: [["autocode", "--out", "Codings/auto.jsonl"]], kills: 40),
    Writer(name: "merge --out", command: ["merge", "--out", "Codings/merged.jsonl"], kills: 35),
    Writer(
      name: "codebook rename", command: ["codebook", "rename", "own-goals", "own-aims"], kills: 40,
      isGroup: true),
    Writer(
      name: "reanchor", command: ["reanchor"], setUp: [["__insert-line", "Transcripts/B01.txt"]],
      kills: 30),
    Writer(
      name: "autocode --out", command: ["autocode", "--out", "Codings/auto.jsonl"], kills: 20),
    Writer(
      name: "report --out", command: ["report", "--out", "out", "--format", "md,csv"], kills: 15),
  ]

  @Test("The kills add up to at least 200")
  func enoughKills() {
    #expect(Self.writers.map(\.kills).reduce(0, +) >= 200)
  }

  /// Every regular file under `folder` by relative path, hidden ones too,
  /// but for the empty lock files QualKit keeps beside the files it changes.
  static func files(in folder: URL) -> [String: Data] {
    var files: [String: Data] = [:]
    guard let paths = FileManager.default.subpaths(atPath: folder.path) else { return files }
    for path in paths {
      let name = (path as NSString).lastPathComponent
      if name.hasPrefix(".") && name.hasSuffix(".lock") { continue }
      var isFolder: ObjCBool = false
      let url = folder.appendingPathComponent(path)
      guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder),
        !isFolder.boolValue, let data = FileManager.default.contents(atPath: url.path)
      else { continue }
      files[path] = data
    }
    return files
  }

  /// Whether `path` is a file QualKit leaves only while it works.
  static func isTemporary(_ path: String) -> Bool {
    path.split(separator: "/").contains { name in
      name.hasPrefix(".") && (name.contains(".tmp-") || name.hasPrefix(".qualkit-journal-"))
    }
  }

  /// Runs the built tool in `folder`; kills it after `delay` when given.
  @discardableResult
  static func tool(_ arguments: [String], in folder: URL, killAfter delay: Double? = nil) throws
    -> Int32
  {
    if arguments.first == "__insert-line" {
      // A transcript edited by hand: a new first turn moves every coding.
      let url = folder.appendingPathComponent(arguments[1])
      let text = try String(contentsOf: url, encoding: .utf8)
      let end = text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex)
      let at = end?.upperBound ?? text.startIndex
      try (String(text[..<at]) + "I: En ny første linje.\n\n" + String(text[at...]))
        .write(to: url, atomically: true, encoding: .utf8)
      return 0
    }
    let process = Process()
    process.executableURL = Bundle.main.bundleURL.appendingPathComponent("qualkit")
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    if let delay {
      usleep(UInt32(delay * 1_000_000))
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// A copy of `template` in a new temporary folder.
  static func copy(_ template: URL) throws -> URL {
    let folder = try makeTemporaryDirectory().appendingPathComponent("p")
    try FileManager.default.copyItem(at: template, to: folder)
    return folder
  }

  @Test(
    "Killed at random points, a writer leaves old or new files, and no temporaries after the next write",
    arguments: writers)
  func killed(_ writer: Writer) throws {
    let template = try makeTemporaryDirectory().appendingPathComponent("p")
    try FileManager.default.createDirectory(at: template, withIntermediateDirectories: true)
    for sample in ["Codebooks", "Codings", "Surveys", "Transcripts"] {
      try FileManager.default.copyItem(
        at: repositoryRoot.appendingPathComponent(sample),
        to: template.appendingPathComponent(sample))
    }
    for step in writer.setUp { try Self.tool(step, in: template) }
    let old = Self.files(in: template)

    // The new version: one run to its end, timed.
    let reference = try Self.copy(template)
    let start = Date()
    #expect(try Self.tool(writer.command, in: reference) == 0)
    let duration = Date().timeIntervalSince(start)
    let new = Self.files(in: reference)
    #expect(new != old, "the command changes something")
    let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }

    var random = SplitMix64(seed: writer.name.utf8.reduce(UInt64(0)) { $0 &* 31 &+ UInt64($1) })
    var states: [String: Int] = [:]
    // The kill points are spread over the measured run time. Under load a
    // run can take much longer than the measured one, so that every kill
    // lands before the write: then further kills come later and later
    // (twice as late each time, at most 8 more) until one lands after it.
    var extra = 0
    var late = duration * 1.5
    var kill = 0
    while kill < writer.kills
      || (states["new", default: 0] + states["mixed", default: 0] == 0 && extra < 8)
    {
      defer { kill += 1 }
      let folder = try Self.copy(template)
      defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
      var delay = Double(random.next() % 1000) / 1000 * duration * 1.1
      if kill >= writer.kills {
        delay = late
        late *= 2
        extra += 1
      }
      try Self.tool(writer.command, in: folder, killAfter: delay)
      // A reader undoes a group write a kill left half done.
      try Self.tool(["codebook", "validate"], in: folder)
      let now = Self.files(in: folder).filter { !Self.isTemporary($0.key) }
      var isOld = true
      var isNew = true
      for path in changed {
        let bytes = now[path]
        let fileIsOld = bytes == old[path]
        // A report's files: each one complete when it is there.
        let fileIsNew = bytes == new[path] || (writer.name.hasPrefix("report") && bytes == nil)
        #expect(fileIsOld || fileIsNew, "kill \(kill) after \(delay) s: \(path) is neither")
        isOld = isOld && fileIsOld
        isNew = isNew && bytes == new[path]
      }
      for path in now.keys where !changed.contains(path) {
        #expect(now[path] == old[path], "kill \(kill): \(path) changed")
      }
      if writer.isGroup {
        #expect(isOld || isNew, "kill \(kill) after \(delay) s: some files new, some old")
      }
      states[isNew ? "new" : isOld ? "old" : "mixed", default: 0] += 1

      // The next write of the same files leaves nothing behind.
      if writer.isGroup && isNew {
        try Self.tool(["codebook", "rename", "own-aims", "own-goals"], in: folder)
      } else {
        try Self.tool(writer.command, in: folder)
      }
      let left = Self.files(in: folder).keys.filter(Self.isTemporary)
      #expect(left.isEmpty, "kill \(kill) after \(delay) s: left \(left.sorted())")
    }
    // The points are spread out enough to catch the command before and
    // after it wrote.
    #expect(states["old", default: 0] > 0, "\(states)")
    #expect(states["new", default: 0] + states["mixed", default: 0] > 0, "\(states)")
  }
}
