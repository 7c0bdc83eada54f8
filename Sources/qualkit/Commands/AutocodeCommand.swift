import Dispatch
import Foundation
import QualKit

/// `qualkit autocode`: proposes codings from the codebook's keywords.
enum AutocodeCommand {
  static let spec = CommandSpec(
    name: "autocode",
    summary: "Propose codings by the codebook's keyword rules.",
    usage:
      "qualkit autocode [PATH...] [--codebook FILE] [--coder NAME] [--scope hit|sentence|turn] [--speakers ROLE,...] [--out FILE] [--format jsonl|tsv]",
    options: ["codebook", "coder", "scope", "speakers", "out", "format"],
    repeatable: ["speakers"],
    help: """
      ARGUMENTS:
        PATH                Transcript files or folders (default: Transcripts).

      OPTIONS:
        --codebook FILE     The codebook (default: the only .json in Codebooks/).
        --coder NAME        The coder the proposals carry (default: auto).
        --scope SCOPE       hit (each keyword hit with its exact text), sentence or
                            turn (the default): hits widen to their sentence or turn,
                            and hits of one code in one unit become one coding.
        --speakers ROLES    Only search turns of these roles (comma-separated);
                            'participant' means every role except interviewer.
        --out FILE          Add the proposals to a coding file (e.g. Codings/auto.jsonl)
                            instead of printing them. Codings already in the file,
                            reviewed or not, are kept as they are; a proposal already
                            there is not added again.
        --format FORMAT     jsonl (coding-file lines, the default) or tsv, for stdout.
        -h, --help          Show this help.

      Transcripts are read in parallel on all cores; the output order is always
      the same (by transcript, then position). Progress is shown on stderr when it
      is a terminal.

      EXAMPLES:
        qualkit autocode --speakers participant --out Codings/auto.jsonl
        qualkit autocode Transcripts/B01.txt --scope hit --format tsv

      """)

  static let command = Command(spec: spec) { arguments, context throws(CLIError) in
    let scopeName = try arguments.choice(
      "scope", in: AutoCoder.Scope.allCases.map(\.rawValue), default: "turn", spec: spec)
    let scope = AutoCoder.Scope(rawValue: scopeName) ?? .turn
    let format = try arguments.choice("format", in: ["jsonl", "tsv"], default: "jsonl", spec: spec)
    let coder = arguments.value("coder") ?? "auto"
    try CodingStore.validateCoder(coder, usage: spec.usage)
    let roles = arguments.list("speakers")
    let roleFilter: Set<String>? = roles.isEmpty ? nil : Set(roles)
    let output = arguments.value("out")
    if output != nil && arguments.value("format") == "tsv" {
      throw .usage(
        "--out writes a coding file (jsonl); --format tsv is for standard output", usage: spec.usage
      )
    }

    let codebookPath = try ProjectLoader.codebookPath(
      arguments.value("codebook"), usage: spec.usage, context: context)
    let codebook = try ProjectLoader.codebook(at: codebookPath, context: &context)
    let autoCoder: AutoCoder
    do throws(KeywordPatternError) {
      autoCoder = try AutoCoder(codebook: codebook)
    } catch {
      throw .dataError("\(codebookPath): error: \(error.message)")
    }
    if autoCoder.codeIDs.isEmpty {
      context.printError(
        "\(codebookPath): warning: no codable code has keywords; nothing to propose")
    }

    // Gather the transcript files, and the participants table of each folder.
    var files: [String] = []
    for path in arguments.positionals.isEmpty
      ? [ProjectLoader.transcriptsFolder] : arguments.positionals
    {
      var isDirectory: ObjCBool = false
      guard
        FileManager.default.fileExists(
          atPath: context.url(for: path).path, isDirectory: &isDirectory)
      else {
        throw .noInput("cannot read '\(path)': no such file or folder")
      }
      if isDirectory.boolValue {
        files += try ProjectLoader.transcriptPaths(inFolder: path, context: context)
      } else {
        files.append(path)
      }
    }
    // A file named twice (`Transcripts Transcripts/B01.txt`) is coded once.
    var seenFiles: Set<String> = []
    files = files.filter {
      seenFiles.insert(context.url(for: $0).standardizedFileURL.path).inserted
    }
    var tables: [String: ParticipantTable] = [:]
    for folder in Set(
      files.map { URL(fileURLWithPath: $0).deletingLastPathComponent().relativePath }
    ).sorted() {
      if let table = try ProjectLoader.participants(inFolder: folder, context: &context) {
        tables[folder] = table
      }
    }

    let job = AutocodeJob(
      coder: autoCoder, coderName: coder, scope: scope, roles: roleFilter,
      directory: context.currentDirectory, tables: tables, format: format,
      collectCodings: output != nil)
    if format == "tsv" && output == nil {
      context.standardOutput.write(
        "transcript\tcode\tcoder\tfirstLine\tlastLine\tstart\tend\torigin\ttext\n")
    }
    // Workers code transcripts in parallel; each finished result is handed,
    // in file order, to the emitter, which writes it while the workers go on.
    let sink = OrderedSink(
      count: files.count, output: context.standardOutput, error: context.standardError,
      showsProgress: context.isStandardErrorTerminal, collects: output != nil)
    let paths = files
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      sink.deliver(index, job.process(paths[index]))
    }
    let totals = sink.finish()
    let failed = totals.failed
    let codingCount = totals.codings
    let transcriptCount = totals.transcripts
    let collected = totals.collected

    let summary =
      "proposed \(codingCount) coding\(codingCount == 1 ? "" : "s") (scope \(scope.rawValue)) in \(transcriptCount) transcript\(transcriptCount == 1 ? "" : "s")"
    if let output {
      let added = try CodingStore.update(output, context: &context) {
        codings throws(CLIError) -> Int in
        var existing = Set(codings.map(ApplicationKey.init))
        var added = 0
        for coding in collected where existing.insert(ApplicationKey(coding)).inserted {
          codings.append(coding)
          added += 1
        }
        return added
      }
      context.print(
        "\(summary); added \(added) new to \(output) (\(codingCount - added) were already there)")
    } else if context.isStandardErrorTerminal {
      context.printError(summary)
    }
    return failed ? .dataError : .success
  }
}

/// The identity of a coding for de-duplication: everything but status, memo, text and hash.
private struct ApplicationKey: Hashable {
  var transcript: String
  var code: String
  var coder: String
  var span: Span
  var origin: String

  init(_ coding: Coding) {
    transcript = coding.transcript
    code = coding.code
    coder = coding.coder
    span = coding.span
    origin = coding.origin.description
  }
}

/// Auto-codes a batch of transcript files in parallel, results in input order.
private struct AutocodeJob: Sendable {
  let coder: AutoCoder
  let coderName: String
  let scope: AutoCoder.Scope
  let roles: Set<String>?
  let directory: URL
  let tables: [String: ParticipantTable]
  let format: String
  let collectCodings: Bool

  struct Result: Sendable {
    /// The file the result is from, and the id of its transcript once parsed.
    var path = ""
    var id: String?
    var output: [UInt8] = []
    var codings: [Coding] = []
    var count = 0
    var inputBytes = 0
    var messages: [String] = []
    var failed = false
  }

  func process(_ path: String) -> Result {
    var result = Result()
    result.path = path
    let url =
      path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    guard let format = TranscriptFormat(pathExtension: url.pathExtension) else {
      result.messages = [
        "\(path): error: \(ProjectLoader.unsupportedFormat(url.pathExtension))"
      ]
      result.failed = true
      return result
    }
    guard let data = InputFiles.contents(atPath: url.path) else {
      result.messages = ["error: cannot read '\(path)': no such file or unreadable"]
      result.failed = true
      return result
    }
    result.inputBytes = data.count
    var diagnostics: [Diagnostic] = []
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().relativePath
    let transcript: Transcript
    do {
      transcript = try Transcript(
        parsing: data, format: format, fallbackID: url.deletingPathExtension().lastPathComponent,
        participants: tables[folder], diagnostics: &diagnostics)
    } catch {
      result.messages = (diagnostics + error.diagnostics).map { $0.formatted(path: path) }
      result.failed = true
      return result
    }
    result.messages = diagnostics.map { $0.formatted(path: path) }
    result.id = transcript.id
    if scope == .hit && !collectCodings && self.format == "jsonl" {
      result.count = coder.appendHitLines(
        for: transcript, coder: coderName, roles: roles, to: &result.output)
      return result
    }
    let codings = coder.codings(for: transcript, coder: coderName, scope: scope, roles: roles)
    result.count = codings.count
    if collectCodings {
      result.codings = codings
    } else if self.format == "tsv" {
      for coding in codings {
        result.output += Array(
          ([
            coding.transcript, coding.code, coding.coder, String(coding.span.firstLine),
            String(coding.span.lastLine),
            String(coding.span.start), String(coding.span.end), coding.origin.description,
            Self.tsvEscape(coding.text ?? ""),
          ].joined(separator: "\t") + "\n").utf8)
      }
    } else {
      result.output.reserveCapacity(codings.count * 220)
      for coding in codings {
        CodingFile.appendLine(for: coding, to: &result.output)
        result.output.append(0x0A)
      }
    }
    return result
  }

  private static func tsvEscape(_ text: String) -> String {
    guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" }) else { return text }
    return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
      of: "\t", with: "\\t"
    )
    .replacingOccurrences(of: "\n", with: "\\n")
  }
}

/// Receives auto-coding results from parallel workers and writes them out in
/// file order as soon as every earlier file is done.
private final class OrderedSink: @unchecked Sendable {
  // All state is touched only while `lock` is held; the streams are written
  // only under the lock, so one thread at a time.
  private let lock = NSLock()
  private var pending: [Int: AutocodeJob.Result] = [:]
  private var next = 0
  private let count: Int
  private var output: any TextOutputStream
  private var error: any TextOutputStream
  private let showsProgress: Bool
  private let collects: Bool
  private var totals = Totals()
  private var bytes = 0
  /// The file each transcript id was first read from.
  private var pathsByID: [String: String] = [:]

  struct Totals {
    var failed = false
    var codings = 0
    var transcripts = 0
    var collected: [Coding] = []
  }

  init(
    count: Int, output: any TextOutputStream, error: any TextOutputStream, showsProgress: Bool,
    collects: Bool
  ) {
    self.count = count
    self.output = output
    self.error = error
    self.showsProgress = showsProgress
    self.collects = collects
  }

  func deliver(_ index: Int, _ result: AutocodeJob.Result) {
    lock.lock()
    defer { lock.unlock() }
    pending[index] = result
    while let ready = pending.removeValue(forKey: next) {
      emit(ready)
      next += 1
    }
  }

  private func emit(_ result: AutocodeJob.Result) {
    for line in result.messages {
      if showsProgress { error.write("\r\u{1B}[K") }
      error.write(line + "\n")
    }
    if let id = result.id, let other = pathsByID[id] {
      // Two files with one id would mix their codings; the first one counts,
      // as everywhere else in the tool.
      if showsProgress { error.write("\r\u{1B}[K") }
      error.write(
        "\(result.path): warning: transcript id '\(id)' is already used by '\(other)'; ignored this file\n"
      )
    } else if result.failed {
      totals.failed = true
    } else {
      if let id = result.id { pathsByID[id] = result.path }
      totals.transcripts += 1
      totals.codings += result.count
      bytes += result.inputBytes
      if collects {
        totals.collected += result.codings
      } else {
        if let bytesOutput = output as? any ByteOutputStream {
          result.output.withUnsafeBufferPointer { bytesOutput.write(bytes: $0) }
        } else {
          output.write(String(decoding: result.output, as: UTF8.self))
        }
      }
    }
    if showsProgress {
      error.write("\r\u{1B}[Kautocode: \(next + 1)/\(count) transcripts, \(bytes / 1_000_000) MB")
    }
  }

  func finish() -> Totals {
    lock.lock()
    defer { lock.unlock() }
    if showsProgress && count > 0 { error.write("\r\u{1B}[K") }
    return totals
  }
}
