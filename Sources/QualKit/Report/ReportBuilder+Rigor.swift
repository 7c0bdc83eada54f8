/// What the report's rigor sections state: saturation, agreement
/// diagnostics with intervals, and unitizing agreement, each computed once.
public struct RigorFindings: Hashable, Sendable {
  /// Saturation overall and by the first grouping attribute.
  public var saturation: SaturationReport?
  /// Why saturation could not be assessed (interviews without the order attribute).
  public var saturationError: SaturationError?
  /// Prevalence, bias, PABAK, AC1 and intervals (two or more coders).
  public var diagnostics: AgreementDiagnostics?
  /// Krippendorff's uα per code (two or more coders).
  public var unitizing: UnitizingAgreement?

  /// Computes the findings for a report.
  init(
    project: Project, segments: [Segment], agreement: AgreementReport?, counted: [Coding],
    options: ReportOptions
  ) {
    let transcripts = project.transcripts
    let order = options.saturationOrder ?? SaturationReport.defaultOrder(transcripts)
    do {
      saturation = try SaturationReport(
        transcripts: order.sorted(transcripts), segments: segments, order: order,
        groupAttribute: options.attributes(in: transcripts).first, options: options.saturation,
        resamples: options.resamples, seed: options.seed)
    } catch {
      saturationError = error
    }
    guard let agreement else { return }
    diagnostics = AgreementDiagnostics(
      agreement: agreement, confidence: 0.95, resamples: options.resamples, seed: options.seed)
    let lengths = agreement.transcripts.compactMap { id in
      project.catalog.byID[id].map { (id: id, length: $0.text.unicodeScalars.count) }
    }
    unitizing = UnitizingAgreement(
      codings: counted, coders: agreement.coders, codes: agreement.tables.map(\.code),
      transcripts: lengths, statuses: Set(agreement.options.countedStatuses))
  }
}

extension ReportBuilder {
  /// The diagnostics table after the agreement tables: PABAK, AC1, the
  /// indices, intervals and uα beside kappa.
  func rigorAgreementBlocks() -> [Report.Block] {
    guard let diagnostics = rigor.diagnostics else { return [] }
    return [
      .paragraph(words[.diagnosticsIntro] + " " + words[.unitizingIntro]),
      .table(diagnostics.table(words, index: project.index, unitizing: rigor.unitizing)),
    ]
  }

  /// The saturation section: the method, the curve as a table and a chart,
  /// and the result overall and per group.
  func saturationBlocks() -> [Report.Block] {
    var blocks: [Report.Block] = [.heading(words[.saturation], level: 1)]
    if let error = rigor.saturationError {
      return blocks + [.paragraph(error.description)]
    }
    guard let saturation = rigor.saturation, !saturation.all.interviews.isEmpty else { return [] }
    let spread = saturation.spreadSentence(saturation.all, words)
    blocks.append(
      .paragraph(saturation.sentence(saturation.all, words) + (spread.map { " " + $0 } ?? "")))
    blocks.append(.chart(.line(saturation.chart(words))))
    blocks.append(.table(saturation.curveTable(words)))
    if !saturation.groups.isEmpty { blocks.append(.table(saturation.summaryTable(words))) }
    return blocks
  }

  /// Sentences for the methods paragraph, each after a space: saturation,
  /// diagnostics, uα and the sample-size plans asked for.
  func rigorMethodsSentences() -> String {
    var sentences: [String] = []
    if let saturation = rigor.saturation, !saturation.all.interviews.isEmpty {
      sentences.append(words(.methodsSaturation, saturation.sentence(saturation.all, words)))
    }
    if let diagnostics = rigor.diagnostics, let pabak = diagnostics.pooled.twoByTwo?.pabak,
      let ac1 = diagnostics.pooled.ac1.value
    {
      let interval = diagnostics.pooled.ac1.confidenceInterval.map {
        words.fixed($0.lower, decimals: 3) + "–" + words.fixed($0.upper, decimals: 3)
      }
      sentences.append(
        words(
          .methodsDiagnostics, words.fixed(pabak, decimals: 3), words.fixed(ac1, decimals: 3),
          interval ?? words.notAvailable))
    }
    if let unitizing = rigor.unitizing, let alpha = unitizing.pooled.alpha {
      sentences.append(words(.methodsUnitizing, words.fixed(alpha, decimals: 3)))
    }
    for plan in options.plans {
      switch plan {
      case .themes: sentences.append(plan.sentence(words, actual: transcripts.count))
      case .kappa:
        sentences.append(plan.sentence(words, actual: agreement?.rows.first?.units ?? 0))
      }
    }
    return sentences.map { " " + $0 }.joined()
  }

  /// The reporting checklist, when asked for; `quotes` are the report's.
  func checklistBlocks(quotes: [ReportQuote]) -> [Report.Block] {
    guard let kind = options.checklist else { return [] }
    let checklist = Checklist(kind: kind, facts: checklistFacts(quotes: quotes))
    return [
      .heading(words(.checklistHeading, kind.title), level: 1),
      .table(checklist.table(words)),
    ]
  }
}
