/// Builds the themes report of a loaded ``Project``: a theme overview with
/// prevalence charts, each theme and code with its definition, counts and
/// quotations, inter-coder agreement when two or more coders coded, and a
/// methods paragraph written from the data.
///
/// The segments counted are those of ``CodedSegments`` under the coder
/// policy (``CoderPolicy``): the coders' accepted codings (an accepted
/// keyword proposal as its reviewer's), each segment once, what `matrix`,
/// `joint` and `segments` count. Agreement comes from ``AgreementReport``
/// over the same coders' codings with its default options, the numbers
/// `qualkit agree` prints.
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
  /// The transcripts, in the project's order.
  public let transcripts: [Transcript]
  /// The segments the report counts (accepted, each once, of known
  /// transcripts and codes).
  public let segments: [Segment]
  /// The segments with their words and transcripts, as the tables count them.
  public let selection: CodedSegments?
  /// The coders whose codings count, sorted (the same in every section).
  public let coders: [String]
  /// Where the counted accepted codings came from.
  public let provenance: CodingProvenance
  /// Segments and participants per code and group.
  public let prevalence: ThemePrevalence
  /// Agreement between the coders, when two or more coded.
  public let agreement: AgreementReport?
  /// The project's survey, if it has one.
  public let survey: Survey?
  /// The report.
  public private(set) var report: Report
  /// Warnings about the input (codings of unknown transcripts or codes) and
  /// notes of the coder policy, without those the project's load reported.
  public private(set) var diagnostics: [Diagnostic] = []

  /// The words of the report's language.
  var words: Vocabulary { options.language.vocabulary }

  /// Builds the report.
  ///
  /// - Parameters:
  ///   - project: The project, with its codebook (a project without one
  ///     gets a report with no theme sections).
  ///   - options: What to include.
  ///   - survey: The survey for the survey section; the project's by default.
  public init(project: Project, options: ReportOptions = ReportOptions(), survey: Survey? = nil) {
    self.project = project
    self.survey = survey ?? project.survey
    self.options = options
    let transcripts = project.transcripts
    self.transcripts = transcripts
    var diagnostics: [Diagnostic] = []

    var filter = CodingFilter()
    filter.coders = options.coders ?? []
    let policy = options.coderPolicy
    let selection = try? CodedSegments(project: project, filter: filter, policy: policy)
    self.selection = selection
    diagnostics += selection?.notes ?? []
    let all = selection?.segments ?? []
    let known = Set(transcripts.map(\.id))
    for id in Set(all.map(\.transcript)).subtracting(known).sorted() {
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
    self.segments = segments
    let index = project.index ?? CodebookIndex(Codebook(name: "", codes: []))
    prevalence = ThemePrevalence(
      segments: segments, index: index, transcripts: transcripts,
      attributes: options.attributes(in: transcripts))

    // Agreement among the same coders, over their codings of every status,
    // as `qualkit agree` takes them.
    let counted = (try? project.counted(filter, policy: policy))?.codings ?? []
    let coders = Set(counted.map(\.coder))
    self.coders = coders.sorted()
    provenance = CodingProvenance(counted)
    if coders.count >= 2 {
      agreement = AgreementReport(
        codings: counted, transcripts: transcripts, codebook: project.codebook,
        options: options.agreement)
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
    if let date = options.date { subtitle.append(words(.date, date)) }
    let title = options.title ?? project.codebook?.name ?? words[.themesReport]
    return Report(
      title: title.isEmpty ? words[.themesReport] : title, subtitle: subtitle,
      language: options.language, blocks: blocks)
  }

  /// The label of `code` in the report's language.
  func label(_ code: String) -> String {
    project.index?.code(code)?.label(in: options.language.rawValue) ?? code
  }
}
