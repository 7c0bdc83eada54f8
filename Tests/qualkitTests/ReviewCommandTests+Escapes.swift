import Foundation
import QualKit
import Testing

@testable import qualkit

/// The interactive review with escape sequences in the codebook's labels and
/// in the proposals' origins, as a file pulled through git can carry (F24).
extension ReviewCommandTests {
  @Test(
    "Escape sequences in labels and origins never reach the terminal, on any screen (F24)",
    arguments: [false, true])
  func escapesNeverDrawn(color: Bool) throws {
    let osc = #"\u001b]52;c;SGFja2Vk\u0007"#
    let c1 = #"\u009b31m"#
    var codebook = TestProject.codebook
    for label in ["Mastery", "Energy", "Readiness", "Group", "Meeting"] {
      codebook = codebook.replacingOccurrences(
        of: "\"label\": \"\(label)\"", with: "\"label\": \"\(label)\(osc)\(c1)\"")
    }
    try project.write("Codebooks/test.json", codebook)
    let auto = try project.read("Codings/auto.jsonl")
    try project.write(
      "Codings/auto.jsonl",
      auto.replacingOccurrences(
        of: "\"origin\":\"keyword:", with: "\"origin\":\"keyword:\(osc)\(c1)"))
    let keys = ScriptedKeys(
      [
        .key("?"), .key("c"), .bytes(Array("e\t\r".utf8)), .key("m"), .line("hi"), .key("a"),
        .key("s"), .key("c"), .bytes(Array("zz\u{1B}\r".utf8)), .key("q"),
      ], color: color)
    keys.screenSize = (80, 24)
    let result = review(["--coder", "auto", "--reviewer", "auto"], keys: keys)
    #expect(result.status == .success)
    let shown = result.output + result.error
    #expect(shown.contains("SGFja2Vk"), "the labels and origins are shown")
    #expect(!shown.contains("\u{1B}]52"))
    #expect(!shown.unicodeScalars.contains { $0 == "\u{07}" || (0x80...0x9F).contains($0.value) })
  }
}
