import Testing

@testable import QualKit

private func transcript(_ id: String, _ text: String) throws -> Transcript {
  var diagnostics: [Diagnostic] = []
  return try Transcript(
    parsing: Array(text.utf8), format: .text, fallbackID: id, diagnostics: &diagnostics)
}

private let interview = """
  ---
  speakers: I=interviewer, B=citizen
  ---
  I: Er der stress?
  B: Ja, stressen var slem.
  Nu er jeg stressfri, og der er STRESS igen.
  """

@Suite struct KeywordSearchTests {
  @Test("A search finds what a code with the same keywords proposes at scope hit")
  func sameAsAutocode() throws {
    let text = try transcript("T1", interview)
    let search = try KeywordSearch(patterns: ["stress*", "-stressfri"])
    var diagnostics: [Diagnostic] = []
    let hits = search.hits(in: text, diagnostics: &diagnostics)
    let codebook = Codebook(
      name: "x", codes: [Code(id: "stress", label: "Stress", keywords: ["stress*", "-stressfri"])])
    let proposals = try AutoCoder(codebook: codebook).codings(
      for: text, coder: "auto", scope: .hit)
    #expect(hits.map(\.text) == ["stress", "stressen", "STRESS"])
    #expect(hits.map(\.span) == proposals.map(\.span))
    var catalog = TranscriptCatalog(folder: "Transcripts")
    catalog.add(text, path: "Transcripts/T1.txt")
    let made = KeywordSearch.proposals(hits, code: "stress", coder: "auto", catalog: catalog)
    #expect(made == proposals)
    #expect(diagnostics.isEmpty)
  }

  @Test("Roles, transcripts and attributes select what is searched")
  func filters() throws {
    var catalog = TranscriptCatalog(folder: "Transcripts")
    catalog.add(try transcript("T1", interview), path: "Transcripts/T1.txt")
    catalog.add(
      try transcript("T2", "---\ngroup: usual\n---\nB: stress\n"), path: "Transcripts/T2.txt")
    let search = try KeywordSearch(patterns: ["stress"])
    var diagnostics: [Diagnostic] = []
    var filter = CodingFilter()
    let all = try search.hits(in: catalog, filter: filter, diagnostics: &diagnostics)
    #expect(all.count == 3)
    filter.roles = ["interviewer"]
    let interviewer = try search.hits(in: catalog, filter: filter, diagnostics: &diagnostics)
    #expect(interviewer.map(\.span.firstLine) == [4])
    #expect(interviewer.map(\.turn.speaker) == ["I"])
    filter = CodingFilter()
    let added = filter.addAttribute("group=usual")
    #expect(added)
    let usual = try search.hits(in: catalog, filter: filter, diagnostics: &diagnostics)
    #expect(usual.map(\.transcript) == ["T2"])
    filter = CodingFilter()
    filter.transcripts = ["T9"]
    #expect(throws: CodingFilterError.self) {
      var found: [Diagnostic] = []
      _ = try search.hits(in: catalog, filter: filter, diagnostics: &found)
    }
  }

  @Test(
    "Patterns the keyword language rejects are errors",
    arguments: ["", "*", "re:(", "stre*ss", "-stress"])
  func rejectsPatterns(pattern: String) {
    #expect(throws: KeywordPatternError.self) { try KeywordSearch(patterns: [pattern]) }
  }

  @Test("Keyword in context aligns the hits and highlights them only when asked")
  func keywordInContext() throws {
    var catalog = TranscriptCatalog(folder: "Transcripts")
    let text = try transcript("T1", interview)
    catalog.add(text, path: "Transcripts/T1.txt")
    var diagnostics: [Diagnostic] = []
    let hits = try KeywordSearch(patterns: ["stress*", "-stressfri"]).hits(
      in: text, diagnostics: &diagnostics)
    let plain = SearchWriter.keywordInContext(hits, catalog: catalog, highlights: false)
    let lines = plain.split(separator: "\n").map(String.init)
    #expect(
      lines[0] == "T1:4  I (interviewer)" + String(repeating: " ", count: 36) + "Er der stress?")
    #expect(lines[1].hasSuffix("Ja, stressen var slem."))
    let columns = zip(lines, ["stress?", "stressen", "STRESS"]).map { line, needle in
      line.unicodeScalars.distance(
        from: line.startIndex, to: line.firstRange(of: needle)?.lowerBound ?? line.endIndex)
    }
    #expect(Set(columns).count == 1)
    #expect(!plain.contains("\u{1B}"))
    let marked = SearchWriter.keywordInContext(hits, catalog: catalog, highlights: true)
    #expect(marked.contains("\u{1B}[1;7mstressen\u{1B}[0m"))
    let context = SearchWriter.lines(hits, catalog: catalog, context: 1, highlights: false)
    #expect(
      context == """
        T1:3----
        T1:4:I: Er der stress?
        T1:5:B: Ja, stressen var slem.
        T1:6:Nu er jeg stressfri, og der er STRESS igen.

        """)
  }
}
