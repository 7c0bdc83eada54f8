import Foundation

/// Auto-codes one transcript file at a time into output bytes (coding lines
/// or TSV) or codings; the parallel workers of `qualkit autocode` share one
/// job, which is immutable.
///
/// Each file is read, parsed and coded on its own (the streaming path: a
/// 500 MB corpus never becomes one in-memory project), through the same
/// ``ProjectReader`` as every other command.
public struct AutoCodingJob: Sendable {
  /// The compiled keywords.
  public let coder: AutoCoder
  /// The coder name the proposals get.
  public let coderName: String
  /// How far hits widen.
  public let scope: AutoCoder.Scope
  /// The speaker roles searched (nil: every turn).
  public let roles: Set<String>?
  /// Where files are read: a project that a ``ProjectReader`` has opened
  /// (and so undone any interrupted write in), as it has to have for
  /// ``tables``; the job's reader of each file does not do that again.
  public let folder: ProjectFolder
  /// The participants table of each transcripts folder, by folder path.
  public let tables: [String: ParticipantTable]
  /// `jsonl` (coding lines) or `tsv`.
  public let format: String
  /// Whether to keep the codings (for a coding file) instead of output bytes.
  public let collectCodings: Bool

  /// Creates a job.
  public init(
    coder: AutoCoder, coderName: String, scope: AutoCoder.Scope, roles: Set<String>?,
    folder: ProjectFolder, tables: [String: ParticipantTable], format: String,
    collectCodings: Bool
  ) {
    self.coder = coder
    self.coderName = coderName
    self.scope = scope
    self.roles = roles
    self.folder = folder
    self.tables = tables
    self.format = format
    self.collectCodings = collectCodings
  }

  /// What coding one file gave.
  public struct Result: Sendable {
    /// The file the result is from.
    public var path = ""
    /// The id of its transcript, once parsed.
    public var id: String?
    /// The output bytes (coding lines or TSV rows).
    public var output: [UInt8] = []
    /// The codings, when the job collects them.
    public var codings: [Coding] = []
    /// How many codings were proposed.
    public var count = 0
    /// The size of the transcript's text, for progress.
    public var inputBytes = 0
    /// Warnings and errors, as `path:line:column: severity: message`.
    public var messages: [String] = []
    /// Whether the file could not be read or parsed.
    public var failed = false
    /// The speaker roles of the transcript's turns, for checking the job's
    /// ``AutoCodingJob/roles`` (only when it has some; empty otherwise).
    public var turnRoles: Set<String> = []
  }

  /// Reads, parses and codes the transcript at `path`, its output bytes in
  /// ``Result/output``.
  public func process(_ path: String) -> Result {
    var output: [UInt8] = []
    var result = process(path, started: { _, _ in }, emit: { output += $0 })
    result.output = output
    return result
  }

  /// The most turn text coded at once: a transcript is coded and written a
  /// part of about this size at a time, so that its hits and their output
  /// are never all in memory.
  public static let partSize = 1 << 20

  /// Reads, parses and codes the transcript at `path`, handing its output
  /// bytes to `emit` a part at a time, in order, as they are made (the
  /// result's ``Result/output`` stays empty).
  ///
  /// - Parameters:
  ///   - path: The transcript file.
  ///   - started: Called with the transcript's id and its
  ///     ``Result/turnRoles`` once it is parsed, before any output.
  ///   - emit: Called with each part's output.
  /// - Returns: The counts and messages (and codings, when collected).
  public func process(
    _ path: String, started: (_ id: String, _ turnRoles: Set<String>) -> Void,
    emit: ([UInt8]) -> Void
  ) -> Result {
    var result = Result()
    result.path = path
    let folderPath = ProjectReader.parentFolder(path)
    var reader = ProjectReader(alreadyRecovered: folder)
    let transcript: Transcript
    do throws(ProjectError) {
      transcript = try reader.transcript(at: path, participants: tables[folderPath])
    } catch {
      result.messages = (reader.diagnostics + error.diagnostics).map(\.description)
      result.failed = true
      return result
    }
    result.inputBytes = transcript.lines.utf8Count
    result.id = transcript.id
    if roles != nil { result.turnRoles = Set(transcript.turns.lazy.compactMap(\.role)) }
    started(transcript.id, result.turnRoles)
    let hash = transcript.contentHash
    var found: [Diagnostic] = []
    for part in Self.parts(of: transcript) {
      var output: [UInt8] = []
      if scope == .hit && !collectCodings && self.format == "jsonl" {
        result.count += coder.appendHitLines(
          for: transcript, turns: part, coder: coderName, roles: roles, transcriptHash: hash,
          diagnostics: &found, to: &output)
      } else {
        let codings = coder.codings(
          for: transcript, turns: part, coder: coderName, scope: scope, roles: roles,
          transcriptHash: hash, diagnostics: &found)
        result.count += codings.count
        if collectCodings {
          result.codings += codings
        } else {
          append(codings, to: &output)
        }
      }
      if !output.isEmpty { emit(output) }
    }
    result.messages = (reader.diagnostics + found.inFile(path)).map(\.description)
    return result
  }

  /// The transcript's turns in consecutive parts of about ``partSize`` bytes
  /// of text each (a longer turn is a part of its own).
  static func parts(of transcript: Transcript) -> [Range<Int>] {
    var parts: [Range<Int>] = []
    var start = 0
    var size = 0
    for (index, turn) in transcript.turns.enumerated() {
      size += turn.utf8Range.count
      if size >= partSize {
        parts.append(start..<(index + 1))
        start = index + 1
        size = 0
      }
    }
    if start < transcript.turns.count || parts.isEmpty {
      parts.append(start..<transcript.turns.count)
    }
    return parts
  }

  /// Appends codings as coding-file lines or TSV rows.
  private func append(_ codings: [Coding], to output: inout [UInt8]) {
    if self.format == "tsv" {
      for coding in codings {
        output += Array(
          ([
            coding.transcript, coding.code, coding.coder, String(coding.span.firstLine),
            String(coding.span.lastLine),
            String(coding.span.start), String(coding.span.end), coding.origin.description,
            coding.text ?? "",
          ].map(Self.tsvEscape).joined(separator: "\t") + "\n").utf8)
      }
    } else {
      output.reserveCapacity(codings.count * 220)
      for coding in codings {
        CodingFile.appendLine(for: coding, to: &output)
        output.append(0x0A)
      }
    }
  }

  private static func tsvEscape(_ text: String) -> String {
    let text = TerminalText.visible(text)
    guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" }) else { return text }
    return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
      of: "\t", with: "\\t"
    )
    .replacingOccurrences(of: "\n", with: "\\n")
  }
}
