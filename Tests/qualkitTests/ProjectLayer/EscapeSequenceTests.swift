import Foundation
import Testing

@testable import qualkit

/// Escape sequences in any input must never reach a terminal: codebooks,
/// coding files and participant tables come from teammates through git.
@Suite struct EscapeSequenceTests {
  /// ESC [2J (clear screen), BEL, a C1 CSI and OSC 52 (writes the clipboard).
  static let hostile = "\u{1B}[2J\u{07}\u{9B}31m\u{1B}]52;c;aGk=\u{07}\u{9D}x"

  /// Whether `text` holds a control character that a terminal acts on.
  static func hasControls(_ text: String) -> Bool {
    text.unicodeScalars.contains {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r")
        || (0x7F...0x9F).contains($0.value)
    }
  }

  /// A project with the hostile text in every field of every input format.
  static func hostileProject() throws -> TestProject {
    let project = try TestProject()
    let h = hostile
    let escapedJSON = h.unicodeScalars.map { scalar -> String in
      scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
        ? String(format: "\\u%04x", scalar.value) : String(scalar)
    }.joined()
    try project.write(
      "Codebooks/test.json",
      """
      {"format": "qualkit-codebook", "version": 1, "name": "Test \(escapedJSON)", "codes": [
        {"id": "mastery", "label": "Mastery \(escapedJSON)", "labels": {"da": "M \(escapedJSON)"},
         "definition": "\(escapedJSON)", "keywords": ["mestr*"], "x\(escapedJSON)": 1}]}
      """)
    try project.write(
      "Transcripts/participants.csv",
      "id,group,note\(h)\nA01,TKI2\(h),\"\(h)\"\nA02,usual,x\n")
    try project.write(
      "Transcripts/A03\(h).txt", "---\nrole: \(h)\n---\nI\(h): Hvordan mestrer du det \(h)?\n")
    try project.write(
      "Codings/anna.jsonl",
      """
      {"transcript":"A01","code":"mastery","coder":"anna","firstLine":6,"lastLine":6,"start":0,"end":5,"origin":"manual \(escapedJSON)","status":"accepted","memo":"\(escapedJSON)"}
      {"transcript":"A01\(escapedJSON)","code":"mastery\(escapedJSON)","coder":"anna\(escapedJSON)","firstLine":6,"lastLine":6,"start":0,"end":5,"origin":"manual","status":"accepted"}

      """)
    try project.write(
      "Codings/bo.jsonl",
      """
      {"transcript":"A01","code":"mastery","coder":"bo","firstLine":7,"lastLine":7,"start":40,"end":50,"origin":"keyword:\(escapedJSON)","status":"accepted","memo":"\(escapedJSON)"}

      """)
    try project.write("reliability.csv", "unit,anna\(h),bo\nu1,a\(h),a\nu2,b,b\(h)\nu3,a,b\n")
    return project
  }

  static let commands: [[String]] = [
    ["transcript", "list"], ["transcript", "list", "--format", "json"],
    ["transcript", "show", "Transcripts/A01.txt"],
    ["transcript", "show", "Transcripts/A03\(hostile).txt"],
    ["transcript", "show", "Transcripts/A03\(hostile).txt", "--format", "json"],
    ["codebook", "show"], ["codebook", "show", "--language", "da"],
    ["codebook", "show", "--format", "json"], ["codebook", "validate"],
    ["codings"], ["codings", "--format", "json"], ["codings", "--format", "csv"],
    ["agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--disagreements"],
    ["agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--format", "md"],
    ["agree", "Codings/anna.jsonl", "Codings/bo.jsonl", "--format", "json", "--disagreements"],
    ["merge", "Codings/anna.jsonl", "Codings/bo.jsonl", "--out", "merged.jsonl"],
    ["autocode"], ["autocode", "--format", "tsv"],
    ["reliability", "reliability.csv"], ["reliability", "reliability.csv", "--format", "json"],
    ["tag", "A01", "6", "mastery\(hostile)", "--coder", "anna"],
    ["codings", "--coder", "x\(hostile)"], ["codings", "--\(hostile)"],
    ["nonsense\(hostile)"], ["transcript", "show", "missing\(hostile).txt"],
  ]

  @Test("No escape, BEL or C1 character from any input reaches any output", arguments: commands)
  func noControlCharacters(arguments: [String]) throws {
    let project = try Self.hostileProject()
    let result = qualkitTests.run(arguments, in: project.root)
    #expect(
      !Self.hasControls(result.output), "stdout: \(result.output.debugDescription.suffix(300))")
    #expect(!Self.hasControls(result.error), "stderr of \(arguments.first ?? "")")
    #expect(!(result.output + result.error).isEmpty)
  }
}
