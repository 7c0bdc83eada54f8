/// Builds the themes report of a loaded ``Project``: a theme overview with
/// prevalence charts, each theme and code with its definition, counts and
/// quotations, inter-coder agreement when two or more coders coded, and a
/// methods paragraph written from the data.
///
/// The codings counted are every coder's (or those of
/// ``ReportOptions/coders``), merged by union (``CodingMerger``), accepted
/// ones only (manual codings are accepted; proposed auto-codes are not
/// counted until reviewed). Agreement comes from ``AgreementReport`` with
/// its default options, the numbers `qualkit agree` prints.
///
/// ```swift
/// let builder = ReportBuilder(project: project, options: ReportOptions(language: .danish))
/// let markdown = MarkdownReportWriter.render(builder.report)
/// ```
public struct ReportBuilder: Sendable {
  /// The project reported on.
  public let project: Project
  /// The options.
  public let options: ReportOptions
  /// The transcripts, sorted by id.
  public let transcripts: [Transcript]
  /// The codings counted: accepted, merged by union.
  public let segments: [ReportSegment]
  /// Segments and participants per code and group.
  public let prevalence: ThemePrevalence
  /// Agreement between the coders, when two or more have accepted codings.
  public let agreement: AgreementReport?
  /// The project's survey, if it has one.
  public let survey: Survey?
  /// The report.
  public private(set) var report: Report
  /// Warnings about the input (merge conflicts, codings of unknown
  /// transcripts or codes), without those the project's load reported.
  public private(set) var diagnostics: [Diagnostic] = []

  /// The words of the report's language.
  var strings: ReportStrings { options.language.strings }

  /// Builds the report.
  ///
  /// - Parameters:
  ///   - project: The project, with its codebook (a project without one
  ///     gets a report with no theme sections).
  ///   - options: What to include.
  ///   - survey: The project's survey, for the survey section; none by default.
  public init(project: Project, options: ReportOptions = ReportOptions(), survey: Survey? = nil) {
    self.project = project
    self.survey = survey
    self.options = options
    let transcripts = project.catalog.sorted
    self.transcripts = transcripts
    var diagnostics: [Diagnostic] = []

    // Every coder's file, or those asked for; merged by union.
    let chosen = options.coders.map(Set.init)
    var inputs: [CodingMerger.Input] = []
    for loaded in project.codingFiles {
      var input = CodingMerger.Input(path: loaded.path, file: loaded.file)
      if let chosen {
        let kept = zip(input.codings, input.lines).filter { chosen.contains($0.0.coder) }
        input.codings = kept.map(\.0)
        input.lines = kept.map(\.1)
      }
      inputs.append(input)
    }
    let merged = CodingMerger(strategy: .union, coder: "report").merge(inputs)
    for conflict in merged.conflicts {
      diagnostics.append(
        .warning("\(conflict): left out of the report (a coder gave it several statuses)"))
    }
    let known = Set(transcripts.map(\.id))
    let all = ReportSegment.segments(of: merged.codings)
    let unknownTranscripts = Set(all.map(\.transcript)).subtracting(known).sorted()
    for id in unknownTranscripts {
      diagnostics.append(
        .warning("codings of transcript '\(id)', which is not in the project, are left out"))
    }
    var segments = all.filter { known.contains($0.transcript) }
    if let index = project.index {
      for code in Set(segments.map(\.code)).filter({ !index.contains($0) }).sorted() {
        diagnostics.append(
          .warning("codings of code '\(code)', which is not in the codebook, are left out"))
      }
      segments = segments.filter { index.contains($0.code) }
    }
    // Merging keeps no exemplar mark: a segment is an exemplar when any
    // coder's accepted coding of it is marked.
    struct Key: Hashable {
      var transcript: String
      var code: String
      var span: Span
    }
    let exemplars = Set(
      project.codings.filter { coding in
        coding.isExemplar && coding.status == .accepted && (chosen?.contains(coding.coder) ?? true)
      }.map { Key(transcript: $0.transcript, code: $0.code, span: $0.span) })
    for index in segments.indices {
      let segment = segments[index]
      segments[index].isExemplar = exemplars.contains(
        Key(transcript: segment.transcript, code: segment.code, span: segment.span))
    }
    self.segments = segments
    let index = project.index ?? CodebookIndex(Codebook(name: "", codes: []))
    prevalence = ThemePrevalence(
      segments: segments, index: index, transcripts: transcripts,
      attributes: options.attributes(in: transcripts))

    // Agreement among the coders who have accepted codings.
    let counted = project.codingFiles.flatMap(\.file.codings).filter { coding in
      chosen?.contains(coding.coder) ?? true
    }
    let coders = Set(counted.filter { $0.status == .accepted }.map(\.coder))
    if coders.count >= 2 {
      agreement = AgreementReport(
        codings: counted.filter { coders.contains($0.coder) }, transcripts: transcripts,
        codebook: project.codebook)
    } else {
      agreement = nil
    }
    self.diagnostics = diagnostics
    report = Report(title: "", blocks: [])
    report = assemble()
  }

  /// The whole report in reading order.
  private func assemble() -> Report {
    var blocks: [Report.Block] = []
    blocks += overviewBlocks()
    blocks += themeBlocks()
    blocks += matrixBlocks()
    blocks += agreementBlocks()
    blocks += jointDisplayBlocks()
    blocks += surveyBlocks()
    blocks += methodsBlocks()
    var subtitle: [String] = []
    if let date = options.date { subtitle.append("\(strings.date): \(date)") }
    let title = options.title ?? project.codebook?.name ?? strings.defaultTitle
    return Report(
      title: title.isEmpty ? strings.defaultTitle : title, subtitle: subtitle,
      language: options.language.rawValue, blocks: blocks)
  }

  /// The label of `code` in the report's language.
  func label(_ code: String) -> String {
    project.index?.code(code)?.label(in: options.language.rawValue) ?? code
  }
}
