import QualKit
import Testing

@Suite struct DiagnosticTests {
  @Test("A diagnostic prints as path:line:column: severity: message")
  func formatsWithPath() {
    let diagnostic = Diagnostic.warning(
      "speaker 'X' never speaks", at: SourcePosition(line: 3, column: 7))
    #expect(diagnostic.formatted(path: "a.txt") == "a.txt:3:7: warning: speaker 'X' never speaks")
    #expect(Diagnostic.error("empty file").formatted(path: "b.txt") == "b.txt: error: empty file")
  }
}
