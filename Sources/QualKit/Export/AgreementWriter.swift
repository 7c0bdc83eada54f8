/// Renders an ``AgreementReport`` as text, JSON or Markdown, in English
/// (the table is the report's own, ``AgreementReport/table(_:index:)``).
public enum AgreementWriter {
  /// How the pooled row is made, for every format.
  static var poolingNote: String { Vocabulary.english[.poolingNote] }

  /// The longest quoted text in a disagreement list.
  static let quoteLimit = 200

  /// A disagreement's text on one line, in quotes, without blank edges, cut
  /// at ``quoteLimit`` characters.
  static func quote(_ text: String) -> String {
    let trimmed = text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()
    return Quote.short(String(trimmed), limit: quoteLimit)
  }

  /// Who coded a disagreement, such as `coded by anna; not by bo`.
  static func who(_ disagreement: AgreementReport.Disagreement) -> String {
    "coded by \(disagreement.codedBy.joined(separator: ", ")); not by "
      + disagreement.notCodedBy.joined(separator: ", ")
  }

  // MARK: - Text

  /// The text report: header, table, notes and, if asked, the disagreements.
  public static func text(_ report: AgreementReport, disagreements: Bool) -> String {
    let table = report.table()
    var output = "Inter-coder agreement\n"
    for line in table.preamble { output += "  " + TerminalText.visible(line) + "\n" }
    output += "\n"
    output += TextTableWriter.render(table)
    output += "\n" + poolingNote + "\n"
    output += TextTableWriter.notes(table)
    if disagreements {
      output += "\nDisagreements (\(report.disagreements.count)):\n"
      for item in report.disagreements {
        output += TerminalText.visible(
          "  \(item.transcript) \(item.span)  \(item.code)  \(who(item))\n")
        output += "    \(quote(item.text))\n"
      }
    }
    return output
  }

  // MARK: - JSON

  /// The report as JSON, camelCase keys, numbers in full precision.
  public static func json(_ report: AgreementReport, disagreements: Bool) -> JSONOutput {
    func result(_ result: ReliabilityResult) -> JSONOutput {
      .object([
        ("statistic", .string(result.statistic.rawValue)),
        ("value", result.value.map { .double($0) } ?? .null),
        ("explanation", .string(result.explanation)),
        ("notes", .array(result.notes.map { .string($0) })),
      ])
    }
    func row(_ row: AgreementReport.Row) -> JSONOutput {
      .object([
        ("code", .string(row.code)), ("units", .int(row.units)),
        ("codedUnits", .int(row.codedUnits)),
        ("results", .array(row.results.map(result))),
      ])
    }
    let list: JSONOutput =
      disagreements
      ? .array(
        report.disagreements.map { item in
          .object([
            ("code", .string(item.code)), ("transcript", .string(item.transcript)),
            ("firstLine", .int(item.span.firstLine)), ("lastLine", .int(item.span.lastLine)),
            ("start", .int(item.span.start)), ("end", .int(item.span.end)),
            ("text", .string(item.text)),
            ("codedBy", .array(item.codedBy.map { .string($0) })),
            ("notCodedBy", .array(item.notCodedBy.map { .string($0) })),
          ])
        }) : .null
    var members: [(String, JSONOutput)] = [
      ("unit", .string(report.options.unitKind.rawValue)),
      ("codedOnly", .bool(report.options.codedOnly)),
    ]
    if let roles = report.options.roles {
      members.append(("speakers", .array(roles.map { .string($0) })))
    }
    return .object(
      members + [
        ("statuses", .array(report.options.countedStatuses.map { .string($0.rawValue) })),
        ("coders", .array(report.coders.map { .string($0) })),
        ("transcripts", .array(report.transcripts.map { .string($0) })),
        ("statistics", .array(report.statistics.map { .string($0.rawValue) })),
        ("codes", .array(report.rows.map(row))),
        ("pooled", row(report.pooled)),
        ("pooling", .string("every code x unit decision of the codes shown in one table")),
        ("disagreements", list),
        ("warnings", .array(report.diagnostics.map { .string($0.message) })),
      ])
  }

  // MARK: - Markdown

  /// The report as Markdown, for a consensus memo; every text from the
  /// project (codes, coders, transcripts, quotes) is escaped
  /// (``MarkdownText/escaped(_:)``).
  public static func markdown(_ report: AgreementReport) -> String {
    let table = report.table()
    var output = "# Inter-coder agreement\n\n"
    for line in table.preamble {
      let parts = line.split(separator: ":", maxSplits: 1)
      let value = parts.count > 1 ? parts[1] : ""
      let rest = value.prefix { $0 == " " } + MarkdownText.escaped(String(value.drop { $0 == " " }))
      output += "- **\(MarkdownText.escaped(parts[0].capitalizedFirst))**:\(rest)\n"
    }
    output += "\n"
    output += MarkdownTableWriter.render(table)
    output += "\n" + poolingNote.capitalizedFirst + ".\n"
    for (index, note) in table.notes.enumerated() {
      output += "\n[\(index + 1)] \(MarkdownText.escaped(note.capitalizedFirst)).\n"
    }
    output += "\n## Disagreements (\(report.disagreements.count))\n"
    if report.disagreements.isEmpty { output += "\nThe coders agree on every unit.\n" }
    var currentCode: String?
    for item in report.disagreements {
      if item.code != currentCode {
        output += "\n### \(MarkdownText.escaped(item.code))\n\n"
        currentCode = item.code
      }
      output +=
        "- **\(MarkdownText.escaped("\(item.transcript) \(item.span)"))**: "
        + MarkdownText.escaped(who(item)) + "\n"
      output += "  > \(MarkdownText.escaped(String(quote(item.text).dropFirst().dropLast())))\n"
    }
    return output
  }
}

extension String {
  /// The string with its first character uppercased.
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

extension Substring {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
