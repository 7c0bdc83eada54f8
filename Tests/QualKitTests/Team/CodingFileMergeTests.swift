import Testing

@testable import QualKit

/// A coding of `code` on line `line` by `coder`, with `status`.
private func coding(
  _ code: String, line: Int, coder: String = "anna", status: Coding.Status = .accepted
) -> Coding {
  Coding(
    transcript: "B01", code: code, coder: coder,
    span: Span(firstLine: line, lastLine: line, start: line * 10, end: line * 10 + 5),
    origin: status == .proposed ? .keyword("k*") : .manual, status: status)
}

/// A coding file's bytes.
private func file(_ codings: [Coding], kind: CodingFile.Kind? = .coder) -> [UInt8] {
  Array(CodingFile(codings: codings, kind: kind).serialized.utf8)
}

/// The codings and diagnostics of a coding file's bytes.
private func read(_ bytes: [UInt8]) -> (file: CodingFile, diagnostics: [Diagnostic]) {
  var diagnostics: [Diagnostic] = []
  let file = CodingFile(parsing: bytes, diagnostics: &diagnostics)
  return (file, diagnostics)
}

@Suite struct CodingFileMergeTests {
  @Test("Both branches' new codings are kept, sorted, and a change on one side is taken")
  func cleanMerge() {
    let base = [coding("a", line: 2), coding("b", line: 4, status: .proposed)]
    var accepted = base[1]
    accepted.status = .accepted
    let ours = base + [coding("c", line: 6)]
    let theirs = [base[0], accepted, coding("d", line: 1)]
    let result = CodingFileMerge.merge(base: file(base), ours: file(ours), theirs: file(theirs))
    #expect(result.conflicts == 0)
    let merged = read(result.bytes)
    #expect(merged.diagnostics.isEmpty)
    #expect(merged.file.kind == .coder)
    #expect(merged.file.codings == [coding("d", line: 1), base[0], accepted, coding("c", line: 6)])
    #expect(String(decoding: result.bytes, as: UTF8.self) == merged.file.serialized)
  }

  @Test("A coding removed on one branch and untouched on the other is removed")
  func removal() {
    let base = [coding("a", line: 2), coding("b", line: 4)]
    let result = CodingFileMerge.merge(
      base: file(base), ours: file([base[0]]), theirs: file(base + [coding("c", line: 5)]))
    #expect(result.conflicts == 0)
    #expect(read(result.bytes).file.codings == [base[0], coding("c", line: 5)])
  }

  @Test("A status changed differently on both branches is a conflict, both versions kept")
  func statusConflict() {
    let proposal = coding("b", line: 4, status: .proposed)
    var accepted = proposal
    accepted.status = .accepted
    var rejected = proposal
    rejected.status = .rejected
    let result = CodingFileMerge.merge(
      base: file([coding("a", line: 2), proposal]), ours: file([coding("a", line: 2), accepted]),
      theirs: file([coding("a", line: 2), rejected]))
    #expect(result.conflicts == 1)
    let lines = String(decoding: result.bytes, as: UTF8.self).split(separator: "\n").map(
      String.init)
    #expect(lines.count == 7)
    #expect(lines[2] == "<<<<<<< ours")
    #expect(lines[3] == CodingFile.line(for: accepted))
    #expect(lines[4] == "=======")
    #expect(lines[5] == CodingFile.line(for: rejected))
    #expect(lines[6] == ">>>>>>> theirs")
    // Read back, the conflict is an error and its codings are not used.
    let (merged, diagnostics) = read(result.bytes)
    #expect(merged.codings == [coding("a", line: 2)])
    #expect(merged.malformedLines == [3, 4, 5, 6, 7])
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.severity == .error)
    #expect(diagnostics.first?.position?.line == 3)
    #expect(diagnostics.first?.message.hasPrefix("unresolved merge conflict (lines 3-7)") == true)
  }

  @Test("A version with a malformed line keeps all three versions whole, nothing lost")
  func malformedVersion() {
    let base = file([coding("a", line: 2)])
    let ours = file([coding("a", line: 2), coding("b", line: 3)])
    let theirs = file([coding("a", line: 2)]) + Array("{\"transcript\": oops\n".utf8)
    let result = CodingFileMerge.merge(base: base, ours: ours, theirs: theirs)
    #expect(result.isWholeFileConflict)
    #expect(result.conflicts == 1)
    let text = String(decoding: result.bytes, as: UTF8.self)
    let lines = text.split(separator: "\n").map(String.init)
    for version in [base, ours, theirs] {
      for line in String(decoding: version, as: UTF8.self).split(separator: "\n") {
        #expect(lines.contains(String(line)))
      }
    }
    #expect(lines.first == "<<<<<<< ours")
    #expect(lines.contains("||||||| base"))
    #expect(lines.last == ">>>>>>> theirs")
    let (merged, diagnostics) = read(result.bytes)
    #expect(merged.codings.isEmpty)
    #expect(diagnostics.map(\.severity) == [.error])
  }

  @Test("An unterminated conflict is an error to the end of the file")
  func unterminated() {
    let bytes = file([coding("a", line: 2)]) + Array("<<<<<<< ours\n{}\n".utf8)
    let (merged, diagnostics) = read(bytes)
    #expect(merged.codings.count == 1)
    #expect(merged.malformedLines == [3, 4])
    #expect(diagnostics.first?.message.hasPrefix("unresolved merge conflict (lines 3-4)") == true)
  }

  @Test("Merging a file with itself, or an unchanged side, gives the other side")
  func identities() {
    let base = file([coding("a", line: 2)])
    let changed = file([coding("a", line: 2), coding("b", line: 3)])
    #expect(CodingFileMerge.merge(base: base, ours: base, theirs: changed).bytes == changed)
    #expect(CodingFileMerge.merge(base: base, ours: changed, theirs: base).bytes == changed)
    #expect(CodingFileMerge.merge(base: base, ours: changed, theirs: changed).bytes == changed)
  }
}
