import Dispatch
import Foundation
import QualKit

/// `qualkit autocode`: proposes codings from the codebook's keywords.
enum AutocodeCommand {
  static let spec = CommandSpec(
    name: "autocode",
    summary: "Propose codings by the codebook's keyword rules.",
    usage: "qualkit autocode [PATH...] [--codebook FILE] [--coder NAME] [--scope hit|sentence|turn] [--speakers ROLE,...] [--out FILE] [--format jsonl|tsv]",
    options: ["codebook", "coder", "scope", "speakers", "out", "format"],
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
      throw .usage("--out writes a coding file (jsonl); --format tsv is for standard output", usage: spec.usage)
    }

    let codebookPath = try ProjectLoader.codebookPath(arguments.value("codebook"), usage: spec.usage, context: context)
    let codebook = try ProjectLoader.codebook(at: codebookPath, context: &context)
    let autoCoder: AutoCoder
    do throws(KeywordPatternError) {
      autoCoder = try AutoCoder(codebook: codebook)
    } catch {
      throw .dataError("\(codebookPath): error: \(error.message)")
    }
    if autoCoder.codeIDs.isEmpty {
      context.printError("\(codebookPath): warning: no codable code has keywords; nothing to propose")
    }

    // Gather the transcript files, and the participants table of each folder.
    var files: [String] = []
    for path in arguments.positionals.isEmpty ? [ProjectLoader.transcriptsFolder] : arguments.positionals {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: context.url(for: path).path, isDirectory: &isDirectory) else {
        throw .noInput("cannot read '\(path)': no such file or folder")
      }
      if isDirectory.boolValue {
        files += try ProjectLoader.transcriptPaths(inFolder: path, context: context)
      } else {
        files.append(path)
      }
    }
    var tables: [String: ParticipantTable] = [:]
    for folder in Set(files.map { URL(fileURLWithPath: $0).deletingLastPathComponent().relativePath }).sorted() {
      if let table = try ProjectLoader.participants(inFolder: folder, context: &context) {
        tables[folder] = table
      }
    }

    let job = AutocodeJob(
      coder: autoCoder, coderName: coder, scope: scope, roles: roleFilter,
      directory: context.currentDirectory, tables: tables, format: format,
      collectCodings: output != nil)
    var collected: [Coding] = []
    var failed = false
    var codingCount = 0
    var transcriptCount = 0
    let batchSize = max(2, ProcessInfo.processInfo.activeProcessorCount * 4)
    var processedBytes = 0
    if format == "tsv" && output == nil {
      context.standardOutput.write("transcript\tcode\tcoder\tfirstLine\tlastLine\tstart\tend\torigin\ttext\n")
    }
    for batchStart in stride(from: 0, to: files.count, by: batchSize) {
      let batch = Array(files[batchStart..<min(files.count, batchStart + batchSize)])
      let results = job.run(batch)
      for result in results {
        for line in result.messages { context.printError(line) }
        if result.failed {
          failed = true
          continue
        }
        transcriptCount += 1
        codingCount += result.count
        processedBytes += result.bytes
        if output == nil {
          context.standardOutput.write(result.text)
        } else {
          collected += result.codings
        }
      }
      if context.isStandardErrorTerminal {
        context.standardError.write(
          "\r\u{1B}[Kautocode: \(min(files.count, batchStart + batchSize))/\(files.count) transcripts, \(processedBytes / 1_000_000) MB")
      }
    }
    if context.isStandardErrorTerminal && !files.isEmpty { context.standardError.write("\r\u{1B}[K") }

    let summary = "proposed \(codingCount) coding\(codingCount == 1 ? "" : "s") (scope \(scope.rawValue)) in \(transcriptCount) transcript\(transcriptCount == 1 ? "" : "s")"
    if let output {
      let added = try CodingStore.update(output, context: &context) { codings throws(CLIError) -> Int in
        var existing = Set(codings.map(ApplicationKey.init))
        var added = 0
        for coding in collected where existing.insert(ApplicationKey(coding)).inserted {
          codings.append(coding)
          added += 1
        }
        return added
      }
      context.print("\(summary); added \(added) new to \(output) (\(codingCount - added) were already there)")
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
    var text = ""
    var codings: [Coding] = []
    var count = 0
    var bytes = 0
    var messages: [String] = []
    var failed = false
  }

  func run(_ paths: [String]) -> [Result] {
    let results = ResultBox(count: paths.count)
    DispatchQueue.concurrentPerform(iterations: paths.count) { index in
      results.set(index, process(paths[index]))
    }
    return results.values
  }

  private func process(_ path: String) -> Result {
    var result = Result()
    let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    guard let format = TranscriptFormat(pathExtension: url.pathExtension) else {
      result.messages = ["\(path): error: unsupported transcript format '.\(url.pathExtension)' (expected .txt, .md, .vtt, .srt or .docx)"]
      result.failed = true
      return result
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      result.messages = ["error: cannot read '\(path)': no such file or unreadable"]
      result.failed = true
      return result
    }
    result.bytes = data.count
    var diagnostics: [Diagnostic] = []
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().relativePath
    let transcript: Transcript
    do {
      transcript = try Transcript(
        parsing: [UInt8](data), format: format, fallbackID: url.deletingPathExtension().lastPathComponent,
        participants: tables[folder], diagnostics: &diagnostics)
    } catch {
      result.messages = (diagnostics + error.diagnostics).map { $0.formatted(path: path) }
      result.failed = true
      return result
    }
    result.messages = diagnostics.map { $0.formatted(path: path) }
    let codings = coder.codings(for: transcript, coder: coderName, scope: scope, roles: roles)
    result.count = codings.count
    if collectCodings {
      result.codings = codings
    } else if self.format == "tsv" {
      for coding in codings {
        result.text += [
          coding.transcript, coding.code, coding.coder, String(coding.span.firstLine), String(coding.span.lastLine),
          String(coding.span.start), String(coding.span.end), coding.origin.description, Self.tsvEscape(coding.text ?? ""),
        ].joined(separator: "\t") + "\n"
      }
    } else {
      for coding in codings {
        result.text += CodingFile.line(for: coding)
        result.text += "\n"
      }
    }
    return result
  }

  private static func tsvEscape(_ text: String) -> String {
    guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" }) else { return text }
    return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
      .replacingOccurrences(of: "\n", with: "\\n")
  }
}

/// Results written by parallel workers, each to its own slot.
private final class ResultBox: @unchecked Sendable {
  // Each index is written by exactly one worker and read only after
  // concurrentPerform returns, so no two threads touch one slot; the lock
  // guards the array's storage itself.
  private var storage: [AutocodeJob.Result]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: AutocodeJob.Result(), count: count) }

  func set(_ index: Int, _ value: AutocodeJob.Result) {
    lock.lock()
    storage[index] = value
    lock.unlock()
  }

  var values: [AutocodeJob.Result] { storage }
}
