import Testing

@testable import QualKit

@Suite struct AutoCoderTests {
  static let codebook = Codebook(
    name: "T",
    codes: [
      Code(id: "mastery", label: "Mastery", keywords: ["mestr*", "overskud"]),
      Code(id: "stress", label: "Stress", keywords: ["stress*", "-stressfri"]),
      Code(
        id: "group", label: "Group", isCodable: false, keywords: ["jobkonsulent*"],
        children: [Code(id: "meeting", label: "Meeting", keywords: ["trepartssamtale*"])]),
    ])

  static func transcript(_ text: String) throws -> Transcript {
    var diagnostics: [Diagnostic] = []
    return try Transcript(
      parsing: Array(text.utf8), format: .text, fallbackID: "T", diagnostics: &diagnostics)
  }

  static let text = """
    I: Mestrer du stress? Er du stressfri?
    B: Jeg mestrer det. Jeg har overskud! Og stress er væk.
    Trepartssamtalen hjalp. Jobkonsulenten var god.
    """

  @Test("Hit scope: one coding per hit with exact text; exclusions and non-codable codes respected")
  func hits() throws {
    let transcript = try Self.transcript(Self.text)
    let coder = try AutoCoder(codebook: Self.codebook)
    let codings = coder.codings(for: transcript, coder: "auto", scope: .hit)
    #expect(
      codings.map { "\($0.code):\($0.text ?? "")" } == [
        "mastery:Mestrer", "stress:stress", "mastery:mestrer", "mastery:overskud", "stress:stress",
        "meeting:Trepartssamtalen",
      ])
    #expect(codings.allSatisfy { $0.status == .proposed && $0.coder == "auto" })
    #expect(codings[0].origin == .keyword("mestr*"))
    #expect(codings[0].span.firstLine == 1)
    #expect(codings.allSatisfy { transcript.text(in: $0.span.range) == $0.text })
    #expect(codings.allSatisfy { $0.transcriptHash == transcript.contentHash })
  }

  @Test("Speaker roles filter turns; 'participant' means everyone but the interviewer")
  func speakers() throws {
    let transcript = try Self.transcript(Self.text)
    let coder = try AutoCoder(codebook: Self.codebook)
    let codings = coder.codings(for: transcript, coder: "auto", scope: .hit, roles: ["participant"])
    #expect(codings.allSatisfy { $0.span.firstLine >= 2 })
    #expect(codings.count == 4)
    #expect(
      coder.codings(for: transcript, coder: "auto", scope: .hit, roles: ["interviewer"]).count == 2)
  }

  @Test("Sentence scope widens hits to sentences and merges one code's hits per sentence")
  func sentences() throws {
    let transcript = try Self.transcript(Self.text)
    let coder = try AutoCoder(codebook: Self.codebook)
    let codings = coder.codings(
      for: transcript, coder: "auto", scope: .sentence, roles: ["participant"])
    #expect(
      codings.map { "\($0.code):\($0.text ?? "")" } == [
        "mastery:Jeg mestrer det.", "mastery:Jeg har overskud!", "stress:Og stress er væk.",
        "meeting:Trepartssamtalen hjalp.",
      ])
  }

  @Test("Turn scope gives one coding per code and turn, with every pattern that hit")
  func turns() throws {
    let transcript = try Self.transcript(Self.text)
    let coder = try AutoCoder(codebook: Self.codebook)
    let codings = coder.codings(for: transcript, coder: "auto", scope: .turn)
    #expect(
      codings.map { "\($0.code) \($0.span.firstLine)-\($0.span.lastLine) \($0.origin)" } == [
        "mastery 1-1 keyword:mestr*", "stress 1-1 keyword:stress*",
        "mastery 2-3 keyword:mestr* | overskud", "meeting 2-3 keyword:trepartssamtale*",
        "stress 2-3 keyword:stress*",
      ])
    #expect(codings[2].text == transcript.turns[1].text)
  }
}
