import Foundation
import Testing

@testable import QualKit

/// The agreement diagnostics on the sample project and their bootstrap.
@Suite struct AgreementDiagnosticsTests {
  func sample() throws -> (Project, AgreementReport) {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    var reader = ProjectReader(folder: ProjectFolder(base: root))
    let project = try reader.project()
    let counted = try project.counted(CodingFilter(), policy: CoderPolicy()).codings
    let report = AgreementReport(
      codings: counted, transcripts: project.transcripts, codebook: project.codebook,
      options: AgreementOptions(listsDisagreements: false))
    return (project, report)
  }

  @Test("The sample's kappa paradox: being-heard 97.8 % agreement, κ −0.010, PABAK .955, AC1 .977")
  func beingHeard() throws {
    let (_, report) = try sample()
    let diagnostics = AgreementDiagnostics(agreement: report, resamples: 200)
    let row = try #require(diagnostics.rows.first { $0.code == "being-heard" })
    #expect(row.isParadox)
    #expect(NumberFormat.fixed(try #require(row.percent.value), decimals: 3) == "0.978")
    #expect(NumberFormat.fixed(try #require(row.kappa.value), decimals: 3) == "-0.010")
    let square = try #require(row.twoByTwo)
    #expect(square.units == 134)
    #expect(NumberFormat.fixed(try #require(square.pabak), decimals: 3) == "0.955")
    #expect(NumberFormat.fixed(try #require(square.prevalenceIndex), decimals: 3) == "-0.978")
    #expect(abs(try #require(square.kappa) - (try #require(row.kappa.value))) < 1e-12)
    #expect(NumberFormat.fixed(try #require(row.ac1.value), decimals: 3) == "0.977")
    let wilson = try #require(row.percent.confidenceInterval)
    #expect(wilson.lower < 0.978 && wilson.upper > 0.978)
    let table = diagnostics.table(.danish)
    #expect(
      table.notes.contains {
        $0.hasPrefix("being-heard: 97,8\u{A0}% enighed, men Cohens kappa -0,010")
      })
    #expect(!diagnostics.pooled.isParadox)
  }

  @Test(
    "The pattern-counting bootstrap gives the interval of Reliability's bootstrap, draw for draw")
  func bootstrapShortcut() throws {
    let (_, report) = try sample()
    for table in report.tables.prefix(6) + [] {
      let data = table.reliabilityData()
      for statistic in [ReliabilityStatistic.cohenKappa, .gwetAC1] {
        let fast = AgreementDiagnostics.bootstrapInterval(
          for: statistic, on: data, confidence: 0.95, resamples: 300, seed: 11)
        let slow = Reliability.bootstrapInterval(
          for: statistic, on: data, confidence: 0.95, resamples: 300, seed: 11)
        #expect(fast?.resamples == slow?.resamples, "\(table.code) \(statistic)")
        if let fast, let slow {
          #expect(abs(fast.lower - slow.lower) < 1e-12 && abs(fast.upper - slow.upper) < 1e-12)
        }
      }
    }
    let pooled = AgreementTable.reliabilityData(report.tables)
    let fast = AgreementDiagnostics.bootstrapInterval(
      for: .cohenKappa, on: pooled, confidence: 0.9, resamples: 100, seed: 3)
    let slow = Reliability.bootstrapInterval(
      for: .cohenKappa, on: pooled, confidence: 0.9, resamples: 100, seed: 3)
    #expect(abs((fast?.lower ?? 0) - (slow?.lower ?? 1)) < 1e-12)
  }

  @Test("Three coders: Fleiss' kappa, no 2 × 2 indices, the reason in the table")
  func threeCoders() throws {
    let data = try ReliabilityData(
      coders: ["a", "b", "c"], units: [["1", "1", "0"], ["0", "0", "0"], ["1", "1", "1"]])
    let diagnostics = AgreementDiagnostics(data: data, name: "x.csv", resamples: 50)
    #expect(diagnostics.pooled.kappa.statistic == .fleissKappa)
    #expect(diagnostics.pooled.twoByTwo == nil)
    let table = diagnostics.table()
    #expect(
      table.notes.first == "the prevalence and bias indices are for 2 coders and 2 categories")
  }

  @Test(
    "The report shows the diagnostics with uα, the saturation curve and a COREQ table in Danish")
  func report() throws {
    let (project, _) = try sample()
    var options = ReportOptions(language: .danish)
    options.checklist = .coreq
    options.resamples = 100
    let report = ReportBuilder(project: project, options: options).report
    let ids = report.tables.map(\.id)
    #expect(ids.contains("agreement-diagnostics"))
    #expect(ids.contains("saturation"))
    #expect(ids.contains("saturation-curve"))
    #expect(ids.contains("checklist-coreq"))
    let diagnostics = try #require(report.tables.first { $0.id == "agreement-diagnostics" })
    #expect(diagnostics.columns.last?.key == "unitizingAlpha")
    let checklist = try #require(report.tables.first { $0.id == "checklist-coreq" })
    #expect(checklist.rows.count == 32)
    guard case .text(let reported) = checklist.rows[21].cells[4] else { return }
    #expect(reported.hasPrefix("Mætning kan ikke vurderes (4+2"))
  }
}
