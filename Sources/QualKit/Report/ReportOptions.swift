/// What goes into a report made by ``ReportBuilder``; the defaults suit a
/// project as it is.
public struct ReportOptions: Hashable, Sendable {
  /// The language of the report's words, numbers and code labels.
  public var language: ReportLanguage
  /// How many quotations each code gets at most, chosen from the code's
  /// own segments by the rule of ``ExemplarQuotes`` (marked exemplars
  /// first, then one per participant).
  public var quotesPerCode: Int
  /// The longest quotation in characters before it is cut at a sentence
  /// boundary (see ``QuoteTrimmer``).
  public var quoteLimit: Int
  /// The participant attributes to count by (`--by`), or nil for `role` and
  /// `group`, those of them the participants have.
  public var groupAttributes: [String]?
  /// The coders whose codings count, or nil for every coder.
  public var coders: [String]?
  /// A date to print under the title; none by default, so that the same
  /// project gives the same bytes every day.
  public var date: String?
  /// The software named in the methods paragraph, such as `QualKit 0.1.0`.
  public var software: String
  /// The title, or nil for the codebook's name.
  public var title: String?
  /// Merge files to count instead of the coders they merged (``CoderPolicy``).
  public var mergedFiles: [String] = []
  /// Whether segments whose transcript changed under them are quoted from
  /// the text their codings stored, marked (`--allow-stale`); without it a
  /// command refuses to report them.
  public var allowsStale: Bool = false
  /// How the agreement section compares the coders (what `qualkit agree`
  /// takes by default).
  public var agreement = AgreementOptions(listsDisagreements: false)
  /// The learned models whose accepted proposals count, by file as the
  /// codings' origin names it (see ``ProjectReader/modelFact(at:)``), for
  /// the methods paragraph; a model missing here is named by its file alone.
  public var models: [String: ModelFact] = [:]

  /// The coder policy the options give.
  public var coderPolicy: CoderPolicy {
    CoderPolicy(coders: coders ?? [], mergedFiles: mergedFiles)
  }

  /// Creates options.
  public init(
    language: ReportLanguage = .english, quotesPerCode: Int = 3, quoteLimit: Int = 300,
    groupAttributes: [String]? = nil, coders: [String]? = nil, date: String? = nil,
    software: String = "QualKit", title: String? = nil
  ) {
    self.language = language
    self.quotesPerCode = quotesPerCode
    self.quoteLimit = quoteLimit
    self.groupAttributes = groupAttributes
    self.coders = coders
    self.date = date
    self.software = software
    self.title = title
  }

  /// The attributes to group by in `project`: those asked for, or `role`
  /// and `group` where some transcript has them.
  public func attributes(in transcripts: [Transcript]) -> [String] {
    if let groupAttributes { return groupAttributes }
    return ["role", "group"].filter { name in transcripts.contains { $0.attributes[name] != nil } }
  }

  /// Problems with the options for `project`: an attribute no transcript
  /// has, or a coder with no coding file, each with the nearest names.
  public func problems(in project: Project) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    let transcripts = project.catalog.sorted
    let attributes = Set(transcripts.flatMap(\.attributes.keys))
    for name in groupAttributes ?? [] where !attributes.contains(name) {
      let nearest = Suggestions.nearest(to: name, in: attributes, limit: 3)
      let hint =
        nearest.isEmpty
        ? " (the transcripts have no attributes)" : " (nearest: \(nearest.joined(separator: ", ")))"
      problems.append(.error("no transcript has the attribute '\(name)'\(hint)"))
    }
    let selection = coderPolicy.select(project.codingFiles)
    let coders = Set(selection.knownCoders)
    for name in selection.unknownCoders {
      let nearest = Suggestions.nearest(to: name, in: coders, limit: 3)
      let hint =
        nearest.isEmpty
        ? " (no coder has codings)" : " (nearest: \(nearest.joined(separator: ", ")))"
      problems.append(.error("no codings by coder '\(name)'\(hint)"))
    }
    return problems
  }
}
