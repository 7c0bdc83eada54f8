/// Inter-coder agreement of several coders' codings, code by code and pooled
/// over codes, with the places where the coders differ.
///
/// Each code gets an ``AgreementTable``: for every unit (turn, line or
/// character) whether each coder applied the code. The coefficients come
/// from ``Reliability`` with the values 0 and 1 as nominal categories. The
/// pooled figure puts every code × unit decision of every reported code into
/// one table and computes the same coefficients on it.
///
/// Coders are named by the codings' `coder` field. Transcripts compared are
/// those any coder coded; problems with the input (unknown transcripts or
/// codes, codings made on another version of a transcript, a coder who did
/// not code a transcript) become warnings in ``diagnostics``.
public struct AgreementReport: Hashable, Sendable {
  /// One code's (or the pooled) figures.
  public struct Row: Hashable, Sendable {
    /// The code's id, or `nil` for the pooled row.
    public var code: String?
    /// The number of units compared.
    public var units: Int
    /// The number of units at least one coder coded.
    public var codedUnits: Int
    /// The coefficients, in ``AgreementReport/statistics`` order.
    public var results: [ReliabilityResult]
  }

  /// A place where coders differ on a code.
  public struct Disagreement: Hashable, Sendable {
    /// The code's id.
    public var code: String
    /// The transcript's id.
    public var transcript: String
    /// The unit or run of characters.
    public var span: Span
    /// The transcript's text there.
    public var text: String
    /// The coders who applied the code there.
    public var codedBy: [String]
    /// The coders who did not.
    public var notCodedBy: [String]
  }

  /// The options used.
  public var options: AgreementOptions
  /// The coders, sorted.
  public var coders: [String]
  /// The ids of the transcripts compared, sorted.
  public var transcripts: [String]
  /// The coefficients reported.
  public var statistics: [ReliabilityStatistic]
  /// One row per code.
  public var rows: [Row]
  /// Every code × unit decision pooled.
  public var pooled: Row
  /// Where the coders differ, by code, transcript and position.
  public var disagreements: [Disagreement]
  /// The tables the figures come from, one per code.
  public var tables: [AgreementTable]
  /// Warnings about the input.
  public var diagnostics: [Diagnostic]

  /// Compares coders' codings (``Builder`` does it one transcript at a time).
  ///
  /// - Parameters:
  ///   - codings: Every coder's codings, of any status.
  ///   - transcripts: The project's transcripts (current versions); those
  ///     any coder coded are compared, in id order.
  ///   - codebook: The codebook, to warn about unknown codes and order the
  ///     rows; `nil` orders codes by id.
  ///   - options: What to compare and report.
  public init(
    codings: [Coding], transcripts: [Transcript], codebook: Codebook?,
    options: AgreementOptions = AgreementOptions()
  ) {
    var builder = Builder(codings: codings, codebook: codebook, options: options)
    for transcript in transcripts { builder.add(transcript) }
    self = builder.report()
  }

  /// Creates a report from its parts.
  init(
    options: AgreementOptions, coders: [String], transcripts: [String],
    statistics: [ReliabilityStatistic], rows: [Row], pooled: Row, disagreements: [Disagreement],
    tables: [AgreementTable], diagnostics: [Diagnostic]
  ) {
    self.options = options
    self.coders = coders
    self.transcripts = transcripts
    self.statistics = statistics
    self.rows = rows
    self.pooled = pooled
    self.disagreements = disagreements
    self.tables = tables
    self.diagnostics = diagnostics
  }
}
