import Foundation
import QualKit

/// Renders an ``AgreementReport`` as text, JSON or Markdown.
enum AgreementOutput {
  /// How the pooled row is made, for every format.
  static let poolingNote = "pooled: every code x unit decision of the codes shown in one table"

  /// The longest quoted text in a disagreement list.
  static let quoteLimit = 200

  /// The header lines: coders, unit, whether uncoded units count, statuses.
  static func header(_ report: AgreementReport) -> [String] {
    let options = report.options
    let statuses = options.countedStatuses.map(\.rawValue).joined(separator: " and ")
    return [
      "coders: \(report.coders.joined(separator: ", "))",
      "transcripts: \(report.transcripts.isEmpty ? "none" : report.transcripts.joined(separator: ", "))",
      "unit: \(options.unitKind.rawValue) ("
        + (options.codedOnly
          ? "only \(options.unitKind.plural) someone coded count"
          : "every \(options.unitKind.singular) counts, coded or not") + ")",
      "codings counted: \(statuses) (rejected never"
        + (options.includeProposed ? ")" : ", proposed left out)"),
    ]
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

  /// A coefficient's cell, with a footnote number when it is undefined.
  static func cell(_ result: ReliabilityResult, footnotes: inout [String]) -> String {
    guard let value = result.value else {
      let reason =
        "\(result.statistic.displayName) is undefined: \(result.explanation ?? "no value")"
      if let index = footnotes.firstIndex(of: reason) { return "n/a [\(index + 1)]" }
      footnotes.append(reason)
      return "n/a [\(footnotes.count)]"
    }
    if result.statistic == .percentAgreement {
      return String(format1: value * 100) + "%"
    }
    return String(format3: value)
  }

  /// The table rows: header, one per code, pooled.
  static func table(_ report: AgreementReport, footnotes: inout [String]) -> [[String]] {
    var rows = [["code", "units", "coded by any"] + report.statistics.map(title)]
    for row in report.rows + [report.pooled] {
      rows.append(
        [row.code ?? "pooled", String(row.units), String(row.codedUnits)]
          + row.results.map { cell($0, footnotes: &footnotes) })
    }
    return rows
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

  static func text(_ report: AgreementReport, disagreements: Bool) -> String {
    var output = "Inter-coder agreement\n"
    for line in header(report) { output += "  " + line + "\n" }
    output += "\n"
    var footnotes: [String] = []
    let rows = table(report, footnotes: &footnotes)
    output += TextTable.render(rows, rightAligned: Set(1..<(rows.first?.count ?? 1)))
    output += "\n" + poolingNote + "\n"
    for (index, note) in footnotes.enumerated() { output += "[\(index + 1)] \(note)\n" }
    if disagreements {
      output += "\nDisagreements (\(report.disagreements.count)):\n"
      for item in report.disagreements {
        output += "  \(item.transcript) \(item.span)  \(item.code)  \(who(item))\n"
        output += "    \(quote(item.text))\n"
      }
    }
    return output
  }

  // MARK: - JSON

  static func json(_ report: AgreementReport, disagreements: Bool) -> JSONOutput {
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
    return .object([
      ("unit", .string(report.options.unitKind.rawValue)),
      ("codedOnly", .bool(report.options.codedOnly)),
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

  static func markdown(_ report: AgreementReport) -> String {
    var output = "# Inter-coder agreement\n\n"
    for line in header(report) {
      let parts = line.split(separator: ":", maxSplits: 1)
      output += "- **\(parts[0].capitalizedFirst)**:\(parts.count > 1 ? String(parts[1]) : "")\n"
    }
    output += "\n"
    var footnotes: [String] = []
    let rows = table(report, footnotes: &footnotes)
    for (index, row) in rows.enumerated() {
      let cells = index == rows.count - 1 ? row.map { "**\($0)**" } : row
      output += "| " + cells.map(escapeCell).joined(separator: " | ") + " |\n"
      if index == 0 {
        output += "|" + row.indices.map { $0 == 0 ? " --- |" : " ---: |" }.joined() + "\n"
      }
    }
    output += "\n" + poolingNote.capitalizedFirst + ".\n"
    for (index, note) in footnotes.enumerated() {
      output += "\n[\(index + 1)] \(note.capitalizedFirst).\n"
    }
    output += "\n## Disagreements (\(report.disagreements.count))\n"
    if report.disagreements.isEmpty { output += "\nThe coders agree on every unit.\n" }
    var currentCode: String?
    for item in report.disagreements {
      if item.code != currentCode {
        output += "\n### \(item.code)\n\n"
        currentCode = item.code
      }
      output += "- **\(item.transcript) \(item.span)**: \(who(item))\n"
      output += "  > \(quote(item.text).dropFirst().dropLast())\n"
    }
    return output
  }

  private static func escapeCell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|")
  }
}

extension String {
  /// The string with its first character uppercased.
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }

  /// A number with one decimal.
  fileprivate init(format1 value: Double) { self = Self.fixed(value, digits: 1) }

  /// A number with three decimals.
  fileprivate init(format3 value: Double) { self = Self.fixed(value, digits: 3) }

  /// `value` rounded to `digits` decimals, without Foundation formatting.
  private static func fixed(_ value: Double, digits: Int) -> String {
    var scale = 1.0
    for _ in 0..<digits { scale *= 10 }
    let scaled = (abs(value) * scale).rounded()
    let whole = Int(scaled / scale)
    let fraction = Int(scaled) - whole * Int(scale)
    let fractionText = String(fraction)
    let sign = value < 0 && scaled > 0 ? "-" : ""
    return sign + String(whole) + "." + String(repeating: "0", count: digits - fractionText.count)
      + fractionText
  }
}

extension Substring {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
