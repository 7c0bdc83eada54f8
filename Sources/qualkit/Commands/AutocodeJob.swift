import Dispatch
import Foundation
import QualKit

/// Auto-codes one transcript file into output bytes or codings; the parallel
/// workers of `qualkit autocode` share one job.
struct AutocodeJob: Sendable {
  let coder: AutoCoder
  let coderName: String
  let scope: AutoCoder.Scope
  let roles: Set<String>?
  let folder: ProjectFolder
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
    let folderPath = URL(fileURLWithPath: path).deletingLastPathComponent().relativePath
    var reader = ProjectReader(folder: folder)
    let transcript: Transcript
    do throws(ProjectError) {
      transcript = try reader.transcript(at: path, participants: tables[folderPath])
    } catch {
      result.messages = (reader.diagnostics + error.diagnostics).map(\.description)
      result.failed = true
      return result
    }
    result.inputBytes = transcript.lines.utf8Count
    result.messages = reader.diagnostics.map(\.description)
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
            coding.text ?? "",
          ].map(Self.tsvEscape).joined(separator: "\t") + "\n").utf8)
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
    let text = TerminalText.visible(text)
    guard text.contains(where: { $0 == "\t" || $0 == "\n" || $0 == "\\" }) else { return text }
    return text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
      of: "\t", with: "\\t"
    )
    .replacingOccurrences(of: "\n", with: "\\n")
  }
}
