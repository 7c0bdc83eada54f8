import Testing

@testable import QualKit

@Suite struct AgreementReportTests {
  let transcript: Transcript
  let codebook = Codebook(
    name: "Test",
    codes: [
      Code(id: "x", label: "X"), Code(id: "y", label: "Y"),
    ])

  init() throws {
    transcript = try smallTranscript()
  }

  @Test("Two coders get percent, Cohen's kappa and alpha per code and pooled over codes")
  func twoCoders() throws {
    let codings = [
      try coding("feel safe", in: transcript, coder: "anna"),
      try coding("start", in: transcript, coder: "anna"),
      try coding("Really", in: transcript, coder: "bo"),
      try coding("Hello", in: transcript, code: "y", coder: "bo"),
    ]
    let report = AgreementReport(codings: codings, transcripts: [transcript], codebook: codebook)
    #expect(report.coders == ["anna", "bo"])
    #expect(report.statistics == [.percentAgreement, .cohenKappa, .krippendorffAlpha])
    #expect(report.rows.map(\.code) == ["x", "y"])
    #expect(report.rows.map(\.units) == [4, 4])
    #expect(report.rows.map(\.codedUnits) == [2, 1])
    // Pooled: 8 code × turn decisions; anna 1s on 2, bo on 2; agree on 6.
    // p_o = 6/8, p_e = (2/8)(2/8) + (6/8)(6/8) = 40/64, κ = (48 − 40)/(64 − 40) = 1/3.
    #expect(report.pooled.units == 8)
    #expect(report.pooled.results[0].value == 0.75)
    #expect(try #require(report.pooled.results[1].value).isClose(to: 1.0 / 3.0))
    #expect(report.disagreements.map(\.code) == ["x", "y"])
    let first = try #require(report.disagreements.first)
    #expect(first.codedBy == ["anna"])
    #expect(first.notCodedBy == ["bo"])
    #expect(first.text == "I start soon.")
    #expect(report.diagnostics.isEmpty)
  }

  @Test("Three coders get Fleiss' kappa instead of Cohen's")
  func threeCoders() throws {
    let codings = ["anna", "bo", "cai"].map { try? coding("feel", in: transcript, coder: $0) }
      .compactMap { $0 }
    let report = AgreementReport(codings: codings, transcripts: [transcript], codebook: nil)
    #expect(report.statistics == [.percentAgreement, .fleissKappa, .krippendorffAlpha])
    #expect(report.rows.first?.results[1].value.map { $0.isClose(to: 1) } == true)
  }

  @Test("Proposed codings count only when asked; rejected ones never")
  func statuses() throws {
    let codings = [
      try coding("feel", in: transcript, coder: "anna"),
      try coding("feel", in: transcript, coder: "bo", status: .proposed),
      try coding("Hello", in: transcript, coder: "bo", status: .rejected),
    ]
    let without = AgreementReport(codings: codings, transcripts: [transcript], codebook: nil)
    #expect(without.rows.first?.codedUnits == 1)
    #expect(without.disagreements.count == 1)
    let with = AgreementReport(
      codings: codings, transcripts: [transcript], codebook: nil,
      options: AgreementOptions(includeProposed: true))
    #expect(with.disagreements.isEmpty)
    #expect(with.options.countedStatuses == [.proposed, .accepted])
  }

  @Test("All coders agree on everything: kappa and alpha are undefined with reasons")
  func perfectAgreementCodedOnly() throws {
    let codings = [
      try coding("feel", in: transcript, coder: "anna"),
      try coding("feel", in: transcript, coder: "bo"),
    ]
    let report = AgreementReport(
      codings: codings, transcripts: [transcript], codebook: nil,
      options: AgreementOptions(codedOnly: true))
    let row = try #require(report.rows.first)
    #expect(row.units == 1)
    #expect(row.results[0].value == 1)
    #expect(row.results[1].value == nil)
    #expect(row.results[1].explanation?.contains("only one category is in use") == true)
    #expect(row.results[2].value == nil)
    #expect(row.results[2].explanation?.contains("every pairable value is the same") == true)
    let all = AgreementReport(codings: codings, transcripts: [transcript], codebook: nil)
    #expect(all.rows.first?.results[2].value.map { $0.isClose(to: 1) } == true)
  }

  @Test("Codes can be chosen and statistics replaced")
  func chosenCodesAndStatistics() throws {
    let codings = [
      try coding("feel", in: transcript, coder: "anna"),
      try coding("feel", in: transcript, code: "y", coder: "bo"),
    ]
    let report = AgreementReport(
      codings: codings, transcripts: [transcript], codebook: codebook,
      options: AgreementOptions(unitKind: .line, codes: ["y"], statistics: [.gwetAC1]))
    #expect(report.rows.map(\.code) == ["y"])
    #expect(report.rows.first?.units == 5)
    #expect(report.statistics == [.gwetAC1])
    #expect(report.rows.first?.results.map(\.statistic) == [.gwetAC1])
  }

  @Test(
    "Other transcript versions, unknown codes and transcripts, and absent coders are warned about")
  func warnings() throws {
    var old = try coding("feel", in: transcript, coder: "anna")
    old.transcriptHash = "xxh64:0000000000000000"
    var elsewhere = try coding("Hello", in: transcript, coder: "bo")
    elsewhere.transcript = "T9"
    let other = try smallTranscript()
    var renamed = other
    renamed.id = "T2"
    let codings = [
      old,
      try coding("feel", in: transcript, code: "zzz", coder: "bo"),
      elsewhere,
      Coding(transcript: "T2", code: "x", coder: "anna", span: Span(0..<2, in: renamed)),
    ]
    let report = AgreementReport(
      codings: codings, transcripts: [transcript, renamed], codebook: codebook)
    let messages = report.diagnostics.map(\.message)
    #expect(report.transcripts == ["T1", "T2"])
    #expect(
      messages.contains(
        "transcript 'T9' (coded by bo) is not in the project; its codings are left out"))
    #expect(messages.contains("code 'zzz' (used by bo) is not in the codebook"))
    #expect(
      messages.contains(
        "anna coded 'T1' as it was before a change (hash xxh64:0000000000000000, now "
          + "\(transcript.contentHash)); spans may not match the current text"))
    #expect(
      messages.contains(
        "coders coded different versions of 'T1' (anna: xxh64:0000000000000000; bo: \(transcript.contentHash))"
      ))
    #expect(messages.contains("bo has no codings in 'T2'; its units count as not coded by bo"))
    #expect(report.diagnostics.allSatisfy { $0.severity == .warning })
  }

  @Test("The builder gives the same report whatever order the transcripts come in, each once")
  func builderOrder() throws {
    let other = try smallTranscript()
    var renamed = other
    renamed.id = "T2"
    let codings = [
      try coding("feel", in: transcript, coder: "anna"),
      try coding("safe now", in: transcript, coder: "bo"),
      Coding(transcript: "T2", code: "x", coder: "anna", span: Span(0..<2, in: renamed)),
      Coding(transcript: "T2", code: "y", coder: "bo", span: Span(4..<9, in: renamed)),
    ]
    let options = AgreementOptions(unitKind: .char)
    let inOrder = AgreementReport(
      codings: codings, transcripts: [transcript, renamed], codebook: codebook, options: options)
    var builder = AgreementReport.Builder(codings: codings, codebook: codebook, options: options)
    builder.add(renamed)
    builder.add(transcript)
    builder.add(renamed)
    let reversed = builder.report()
    #expect(reversed == inOrder)
    #expect(reversed.transcripts == ["T1", "T2"])
    // By code, then transcript: x in T1 ("feel", "safe now"), y in T2.
    #expect(reversed.disagreements.map(\.transcript) == ["T1", "T1", "T2"])
    #expect(reversed.pooled.units == 2 * 2 * 63)
  }
}
