/// Renders an ``AgreementReport`` as text, JSON or Markdown.
public enum AgreementWriter {
  /// How the pooled row is made, for every format.
  public static let poolingNote =
    "pooled: every code x unit decision of the codes shown in one table"

  /// The longest quoted text in a disagreement list.
  static let quoteLimit = 200

  /// The header lines: coders, unit, whether uncoded units count, statuses.
  public static func header(_ report: AgreementReport) -> [String] {
    let options = report.options
    let statuses = options.countedStatuses.map(\.rawValue).joined(separator: " and ")
    var lines = [
      "coders: \(report.coders.joined(separator: ", "))",
      "transcripts: \(report.transcripts.isEmpty ? "none" : report.transcripts.joined(separator: ", "))",
      "unit: \(options.unitKind.rawValue) ("
        + (options.codedOnly
          ? "only \(options.unitKind.plural) someone coded count"
          : "every \(options.unitKind.singular) counts, coded or not") + ")",
      "codings counted: \(statuses) (rejected never"
        + (options.includeProposed ? ")" : ", proposed left out)"),
    ]
    if let roles = options.roles {
      lines.insert(
        "speakers: \(roles.joined(separator: ", ")) (units are their turns only; "
          + (roles.contains(SpeakerMap.defaultRole)
            ? "participant is every role but interviewer; " : "")
          + "codings elsewhere do not count)", at: 3)
    }
    return lines
  }

  /// A column title for a coefficient.
  static func title(_ statistic: ReliabilityStatistic) -> String {
    switch statistic {
    case .percentAgreement: "% agreement"
    case .cohenKappa: "Cohen's kappa"
    case .fleissKappa: "Fleiss' kappa"
    case .krippendorffAlpha: "Krippendorff's alpha"
    default: statistic.displayName
    }
  }

  /// A coefficient's cell, with a note when it is undefined.
  static func cell(_ result: ReliabilityResult, table: inout Table) -> Cell {
    guard let value = result.value else {
      return .undefined(
        note: table.note(
          "\(result.statistic.displayName) is undefined: \(result.explanation ?? "no value")"))
    }
    return result.statistic == .percentAgreement
      ? .percent(value, decimals: 1) : .number(value, decimals: 3)
  }

  /// The table: one row per code, then the pooled row.
  public static func table(_ report: AgreementReport) -> Table {
    var table = Table(
      id: "agreement", caption: "Inter-coder agreement", preamble: header(report),
      columns: [
        .init("code"), .init("units", isNumeric: true),
        .init("codedUnits", title: "coded by any", isNumeric: true),
      ]
        + report.statistics.map { .init($0.rawValue, title: title($0), isNumeric: true) },
      notes: [])
    for row in report.rows + [report.pooled] {
      var cells: [Cell] = [
        .text(row.code ?? "pooled"), .integer(row.units), .integer(row.codedUnits),
      ]
      for result in row.results { cells.append(cell(result, table: &table)) }
      table.rows.append(Table.Row(cells, isSummary: row.code == nil))
    }
    return table
  }

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
    let table = table(report)
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
    let table = table(report)
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
