/// What an export or import of a REFI-QDA file carried across, what it
/// left out and why: printed after the command, so that nothing is dropped
/// silently.
///
/// ```text
/// read: 152 codes, 1 text source, 303 coded spans, 303 codings by 1 coder, 0 memos
/// skipped: PDF 'Kellogg's.pdf' (project.qde line 80): QualKit reads text sources only (its 4 selections with it)
/// note: positions read as UTF-16 code units (NVivo's counting): …
/// ```
public struct ExchangeReport: Hashable, Sendable {
  /// A count of one kind of thing carried across.
  public struct Count: Hashable, Sendable {
    /// How many.
    public var count: Int
    /// The noun for one (`code`).
    public var singular: String
    /// The noun for several (`codes`).
    public var plural: String

    /// Creates a count.
    public init(_ count: Int, _ singular: String, _ plural: String? = nil) {
      self.count = count
      self.singular = singular
      self.plural = plural ?? singular + "s"
    }

    /// `1 code`, `30 codes`.
    public var text: String { "\(count) \(count == 1 ? singular : plural)" }
  }

  /// Something left out, and why.
  public struct Skip: Hashable, Sendable {
    /// What was left out (`PDF 'Kellogg's.pdf'`, `4 proposals`).
    public var what: String
    /// Why (`QualKit reads text sources only`).
    public var reason: String
    /// The line of the project file it is at, when it is one element.
    public var line: Int?

    /// Creates a skipped item.
    public init(_ what: String, _ reason: String, line: Int? = nil) {
      self.what = what
      self.reason = reason
      self.line = line
    }
  }

  /// What was carried across, in order.
  public var counts: [Count] = []
  /// What was left out, one line each.
  public var skipped: [Skip] = []
  /// Notes on decisions made (how positions were counted, where memos were read from).
  public var notes: [String] = []

  /// Creates an empty report.
  public init() {}

  /// The report as lines: `<verb>: 30 codes, …`, then one `skipped:` line
  /// per item left out, then one `note:` line per note.
  ///
  /// - Parameters:
  ///   - verb: `exported` or `read`.
  ///   - file: The project file's name, for the lines of skipped elements.
  /// - Returns: The lines, without line breaks.
  public func lines(verb: String, file: String = "project.qde") -> [String] {
    var lines = ["\(verb): " + counts.map(\.text).joined(separator: ", ")]
    for skip in skipped {
      let place = skip.line.map { " (\(file) line \($0))" } ?? ""
      lines.append("skipped: \(skip.what)\(place): \(skip.reason)")
    }
    lines += notes.map { "note: " + $0 }
    return lines
  }
}
