import Testing

@testable import QualKit

private func coding(
  _ transcript: String, _ start: Int, _ text: String, exemplar: Bool = false
) -> Coding {
  Coding(
    transcript: transcript, code: "c", coder: "anna",
    span: Span(firstLine: 1, lastLine: 1, start: start, end: start + text.unicodeScalars.count),
    text: text, isExemplar: exemplar)
}

@Suite struct MixedMethodsUnitTests {
  @Test("Exemplars first, then the shortest long-enough segments one per participant")
  func exemplarRule() {
    let long1 = coding("B01", 0, "one two three four five six seven eight nine")
    let long2 = coding("B01", 100, "one two three four five six seven eight")
    let long3 = coding("B02", 0, "one two three four five six seven eight nine ten")
    let short = coding("B03", 0, "too short to show")
    let marked = coding("B04", 0, "a marked exemplar", exemplar: true)
    func choose(_ codings: [Coding], count: Int) -> [Segment] {
      ExemplarQuotes.choose(
        Segment.segments(of: codings), words: { $0.storedText ?? "" }, count: count)
    }
    func segment(_ coding: Coding) -> Segment { Segment.segments(of: [coding])[0] }
    let chosen = choose([long1, long2, long3, short, marked], count: 3)
    #expect(chosen == [marked, long2, long3].map(segment))
    #expect(choose([short, long1], count: 3) == [long1, short].map(segment))
    #expect(choose([coding("B01", 0, "")], count: 3).isEmpty)
    // One quote per participant: B01's second long segment is never chosen.
    #expect(choose([long1, long2, long3], count: 3) == [long2, long3].map(segment))
  }

  @Test("Quotes are cut at sentence boundaries with […]")
  func sentenceTrimming() {
    let text = "First sentence here. Second one is longer than that. Third!"
    #expect(Quote.excerpt(text, limit: 100) == text)
    #expect(Quote.excerpt(text, limit: 30) == "First sentence here. […]")
    #expect(
      Quote.excerpt(text, limit: 55) == "First sentence here. Second one is longer than that. […]"
    )
    #expect(
      Quote.excerpt("No boundary in this very long sentence at all", limit: 20)
        == "No boundary in this […]")
    #expect(Quote.excerpt("Line one.\nLine two.", limit: 100) == "Line one. Line two.")
  }

  @Test("Variable names are ASCII, start with a letter, at most 32 characters and unique")
  func variableNames() {
    var names = VariableNames()
    #expect(names.name(for: "Q4 Fortælle forfra") == "Q4_Fortaelle_forfra")
    #expect(names.name(for: "Q4 Fortælle forfra") == "Q4_Fortaelle_forfra_2")
    #expect(names.name(for: "2. Sæt kryds (én)") == "v_2_Saet_kryds_en")
    #expect(names.name(for: "person-centredness", prefix: "code_") == "code_person_centredness")
    let long = names.name(for: String(repeating: "å", count: 40))
    #expect(long.count == 32)
    #expect(long.allSatisfy { $0.isASCII })
  }

  @Test("Merging ranges for overlap coverage")
  func mergedRanges() {
    #expect(CodeCooccurrence.merged([5..<8, 0..<3, 2..<4, 8..<9, 10..<10]) == [0..<4, 5..<9])
  }
}
