import Testing

@testable import QualKit

@Suite struct CoderPolicyTests {
  let span = Span(firstLine: 1, lastLine: 1, start: 0, end: 4)

  func coding(
    _ code: String, coder: String, status: Coding.Status = .accepted,
    origin: Coding.Origin = .manual, reviewer: String? = nil, sources: [CodingSource]? = nil
  ) -> Coding {
    Coding(
      transcript: "T", code: code, coder: coder, span: span, origin: origin, status: status,
      reviewer: reviewer, sources: sources)
  }

  func file(_ path: String, _ kind: CodingFile.Kind?, _ codings: [Coding]) -> CodingStore.Loaded {
    var file = CodingFile(codings: codings, kind: kind)
    file.sourceLines = codings.indices.map { $0 + 2 }
    return CodingStore.Loaded(path: path, file: file, diagnostics: [])
  }

  var project: [CodingStore.Loaded] {
    let keyword = Coding.Origin.keyword("x*")
    return [
      file("Codings/anna.jsonl", .coder, [coding("a", coder: "anna")]),
      file("Codings/bo.jsonl", .coder, [coding("b", coder: "bo")]),
      file(
        "Codings/auto.jsonl", .proposals,
        [
          coding("c", coder: "auto", origin: keyword, reviewer: "anna"),
          coding("d", coder: "auto", status: .rejected, origin: keyword, reviewer: "bo"),
          coding("e", coder: "auto", status: .proposed, origin: keyword),
          coding("f", coder: "auto", origin: keyword, reviewer: "auto"),
          coding("g", coder: "anna"),  // a code changed in review: a manual coding
        ]),
      file(
        "Codings/team.jsonl", .merge,
        [
          coding(
            "a", coder: "team",
            sources: [
              CodingSource(coder: "anna", file: "Codings/anna.jsonl", line: 2),
              CodingSource(coder: "bo", file: "Codings/bo.jsonl", line: 2),
            ])
        ]),
    ]
  }

  func counted(_ selection: CoderPolicy.Selection) -> [String] {
    selection.codings.map { "\($0.coder):\($0.code)" }
  }

  @Test("Coder files count; an answered proposal is its reviewer's; a merge file is left out")
  func defaultPolicy() {
    let selection = CoderPolicy().select(project)
    #expect(counted(selection) == ["anna:a", "bo:b", "anna:c", "bo:d", "anna:g"])
    #expect(selection.coders == ["anna", "bo"])
    #expect(selection.answeredProposals == ["anna": 1])
    // Each counted coding keeps the line it came from.
    #expect(selection.files[2].file.sourceLines == [2, 3, 6])
    let notes = selection.diagnostics.map(\.description)
    #expect(notes.contains { $0.contains("1 proposal not yet reviewed counts for no coder") })
    #expect(notes.contains { $0.contains("1 answered proposal with no reviewer counts") })
    #expect(
      notes.contains {
        $0.hasPrefix("Codings/team.jsonl: note: left out: it holds a merge of coders' files")
      })
  }

  @Test("A merge file named counts instead of the coders it merged")
  func mergedFile() {
    let selection = CoderPolicy(mergedFiles: ["Codings/team.jsonl"]).select(project)
    #expect(counted(selection) == ["team:a"])
    #expect(selection.coders == ["team"])
    let byCoder = CoderPolicy(coders: ["team"]).select(project)
    #expect(counted(byCoder) == ["team:a"])
  }

  @Test("Coders asked for: only theirs; a name nobody codes as is unknown, with the names known")
  func coders() {
    let selection = CoderPolicy(coders: ["anna", "ana"]).select(project)
    #expect(counted(selection) == ["anna:a", "anna:c", "anna:g"])
    #expect(selection.unknownCoders == ["ana"])
    #expect(selection.knownCoders == ["anna", "bo", "team"])
  }

  @Test("--all-kinds counts every file as written; listings keep open proposals")
  func allKindsAndProposals() {
    let all = CoderPolicy(allKinds: true).select(project)
    #expect(Set(all.coders) == ["anna", "auto", "bo", "team"])
    #expect(all.codings.count == 8)
    let listing = CoderPolicy(keepsProposals: true).select(project)
    #expect(counted(listing).contains("auto:e"))
  }

  @Test("The selection does not depend on the order the files were read in")
  func orderIndependent() {
    let forward = Set(counted(CoderPolicy().select(project)))
    let backward = Set(counted(CoderPolicy().select(project.reversed())))
    #expect(forward == backward)
  }
}

@Suite struct CoderPolicyProposerTests {
  @Test("A proposer counts as a coder only when named: every proposal as its accepted coding")
  func namedProposer() {
    let policy = CoderPolicyTests()
    let origin = Coding.Origin.model("Codings/models/model.json")
    let files = [
      policy.file("Codings/anna.jsonl", .coder, [policy.coding("a", coder: "anna")]),
      policy.file(
        "Codings/model.jsonl", .proposals,
        [
          policy.coding("a", coder: "model", status: .proposed, origin: origin),
          policy.coding("b", coder: "model", status: .rejected, origin: origin, reviewer: "anna"),
          policy.coding("c", coder: "model", origin: origin, reviewer: "anna"),
        ]),
    ]
    let unnamed = CoderPolicy().select(files)
    #expect(policy.counted(unnamed) == ["anna:a", "anna:b", "anna:c"])
    #expect(unnamed.coders == ["anna"])
    let named = CoderPolicy(coders: ["anna", "model"]).select(files)
    #expect(
      policy.counted(named) == ["anna:a", "model:a", "model:b", "anna:b", "model:c", "anna:c"])
    #expect(named.codings.filter { $0.coder == "model" }.allSatisfy { $0.status == .accepted })
    #expect(named.codings.filter { $0.coder == "model" }.allSatisfy { $0.reviewer == nil })
    #expect(named.unknownCoders.isEmpty)
    // Listing proposals as they stand does not turn them into codings.
    let listing = CoderPolicy(coders: ["model"], keepsProposals: true).select(files)
    #expect(listing.codings.map(\.status) == [.proposed])
  }
}
