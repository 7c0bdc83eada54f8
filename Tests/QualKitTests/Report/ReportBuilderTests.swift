import Foundation
import Testing

@testable import QualKit

/// The report of the bundled sample project, checked against the library
/// values the other commands print.
@Suite struct ReportBuilderTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  let project: Project

  init() throws {
    var reader = ProjectReader(folder: ProjectFolder(base: Self.root))
    project = try reader.project(requiresCodebook: true)
  }

  func headings(_ report: Report) -> [String] {
    report.blocks.compactMap { if case .heading(let text, _) = $0 { text } else { nil } }
  }

  @Test("Segments: accepted codings, one per code and span however many coders coded it")
  func segments() throws {
    let builder = ReportBuilder(project: project)
    struct Key: Hashable {
      var transcript: String
      var code: String
      var span: Span
    }
    let expected = Set(
      try project.counted(CodingFilter()).codings.filter { $0.status == .accepted }.map {
        Key(transcript: $0.transcript, code: $0.code, span: $0.span)
      })
    #expect(builder.segments.count == expected.count)
    #expect(builder.segments.contains { $0.coders == ["anna", "bo"] })
    #expect(builder.diagnostics.isEmpty)
  }

  @Test("The methods paragraph states the pooled coefficients qualkit agree computes")
  func methodsMatchAgree() throws {
    let builder = ReportBuilder(project: project)
    let agreement = AgreementReport(
      codings: try project.counted(CodingFilter()).codings, transcripts: project.transcripts,
      codebook: project.codebook)
    let kappa = try #require(agreement.pooled.results.first { $0.statistic == .cohenKappa }?.value)
    guard case .paragraph(let methods) = builder.report.blocks.last else {
      Issue.record("the report does not end with the methods paragraph")
      return
    }
    #expect(methods.contains("Cohen's kappa was \(NumberFormat.fixed(kappa, decimals: 3))"))
    #expect(methods.contains("7 interview transcripts (5 citizen and 2 professional by role"))
    #expect(methods.contains("of 5 themes and 30 codes in all (29 codable)"))
  }

  @Test("Quotations: at most --quotes per code, different participants first")
  func quotes() {
    let builder = ReportBuilder(project: project, options: ReportOptions(quotesPerCode: 2))
    let byCode = Dictionary(grouping: builder.report.quotes, by: \.code)
    #expect(!byCode.isEmpty)
    for (_, quotes) in byCode {
      #expect(quotes.count <= 2)
      if quotes.count == 2 {
        let segments = builder.segments.filter { $0.code == quotes[0].code }
        if Set(segments.map(\.transcript)).count > 1 {
          #expect(quotes[0].citation.transcript != quotes[1].citation.transcript)
        }
      }
    }
    let none = ReportBuilder(project: project, options: ReportOptions(quotesPerCode: 0))
    #expect(none.report.quotes.isEmpty)
  }

  @Test("One coder: no agreement section; no survey given: no survey section")
  func optionalSections() {
    let builder = ReportBuilder(project: project, options: ReportOptions(coders: ["anna"]))
    #expect(builder.agreement == nil)
    let names = headings(builder.report)
    #expect(!names.contains("Inter-coder agreement"))
    #expect(!names.contains("Survey"))
    #expect(names.contains("Coherence"))
  }

  @Test("Danish: the report's words and the codebook's Danish labels")
  func danish() {
    let builder = ReportBuilder(project: project, options: ReportOptions(language: .danish))
    let names = headings(builder.report)
    #expect(names.contains("Sammenhæng"))
    #expect(names.contains("Metode"))
    #expect(builder.report.language == .danish)
  }

  @Test("--by and --coders that name nothing are problems with the nearest names")
  func problems() {
    let options = ReportOptions(groupAttributes: ["gruop"], coders: ["an"])
    let messages = options.problems(in: project).map(\.message)
    #expect(messages.count == 2)
    #expect(messages[0].hasPrefix("no transcript has the attribute 'gruop' (nearest: group"))
    #expect(messages[1].hasPrefix("no codings by coder 'an' (nearest: anna"))
  }
}
