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
    let reported = checklist.rows[21].cells[4]
    #expect(
      reported
        == .text(
          "Mætning kan ikke vurderes (4+2, ≤ 5\u{A0}%): kodede interviews: 4; basen og ét løb kræver 6."
        ))
  }

  /// The methods paragraph of the sample's report in `language` with both plans.
  func methodsParagraph(_ language: ReportLanguage) throws -> String {
    let (project, _) = try sample()
    var options = ReportOptions(language: language)
    options.resamples = 100
    options.plans = [
      .themes(prevalence: 0.2, instances: 1, power: 0.8),
      .kappa(lower: 0.4, expected: 0.7, prevalence: 0.3, confidence: 0.95, power: 0.8),
    ]
    let blocks = ReportBuilder(project: project, options: options).report.blocks
    let title = language == .danish ? "Metode" : "Methods"
    let index = try #require(blocks.firstIndex(of: .heading(title, level: 1)))
    guard blocks.indices.contains(index + 1), case .paragraph(let text) = blocks[index + 1] else {
      Issue.record("no paragraph after the \(title) heading")
      return ""
    }
    return text
  }

  @Test(
    "The Methods paragraph states saturation, PABAK, AC1, uα and both plans, in English and Danish")
  func methodsSentences() throws {
    // 1 − 0.8⁸ = .832 ≥ .8 > 1 − 0.8⁷ = .790: 8 interviews; the sample has 7.
    // Donner & Eliasziw for κ0 .4, κ1 .7, 30 %: 66.68, so 67 units; 134 turns per code.
    let english = try methodsParagraph(.english)
    for sentence in [
      "Thematic saturation was assessed after Guest, Namey & Chen (2020). Saturation cannot be"
        + " assessed (4+2, ≤ 5%): coded interviews: 4; the base and one run need 6.",
      "Pooled, PABAK was 0.987 and Gwet's AC1 0.993",
      "Unitizing agreement (Krippendorff's uα over the transcripts' characters) was 0.872 pooled"
        + " over the codes.",
      "Following Fugard & Potts (2015), 8 interviews give a probability of 80% that at least 1"
        + " of them voice a theme held by 20% of the population; this study has 7 (probability"
        + " 79.0%).",
      "Following Donner & Eliasziw (1992), 67 units give 80% power for the one-sided 95% lower"
        + " confidence bound of kappa to exceed 0.40 when kappa is 0.70 and 30% of the units are"
        + " coded; this study compared 134 units per code.",
    ] {
      #expect(english.contains(sentence), "\(sentence)")
    }
    let danish = try methodsParagraph(.danish)
    for sentence in [
      "Tematisk mætning blev vurderet efter Guest, Namey & Chen (2020). Mætning kan ikke vurderes",
      "Efter Fugard & Potts (2015) giver 8 interviews en sandsynlighed på 80\u{A0}% for, at mindst"
        + " 1 af dem udtrykker et tema, som 20\u{A0}% af populationen har; denne undersøgelse har 7"
        + " (sandsynlighed 79,0\u{A0}%).",
      "Efter Donner & Eliasziw (1992) giver 67 enheder en styrke på 80\u{A0}%",
    ] {
      #expect(danish.contains(sentence), "\(sentence)")
    }
  }
}
