/// What ``SurveyImport`` detected and decided, so that a researcher can
/// check it: the tool, the header rows, the respondent id, the items per
/// scale, the groups, the ignored columns and the rows left out.
public struct SurveyImportReport: Hashable, Sendable {
  /// The items on one scale.
  public struct ScaleUse: Hashable, Sendable {
    /// The scale's name in the spec.
    public var scale: String
    /// Where its levels and order come from ("built in", "the label
    /// file", "known wordings (agree)", "the numbers in the data").
    public var source: String
    /// The levels, lowest value first, as `label = value`.
    public var levels: [String]
    /// The don't-know answers.
    public var dontKnow: [String]
    /// The item columns, in file order.
    public var items: [String]
  }

  /// A grouping column and its values.
  public struct Group: Hashable, Sendable {
    /// The column.
    public var column: String
    /// Its values in file order (with the label file's label when it has one).
    public var values: [String]
  }

  /// A column that is neither an item nor a group, and why.
  public struct Ignored: Hashable, Sendable {
    /// The column.
    public var column: String
    /// Why it is ignored (metadata, dates, free text, multiple answers, numbers).
    public var reason: String
  }

  /// A response that was left out, and why.
  public struct LeftOut: Hashable, Sendable {
    /// Its line in the export.
    public var line: Int
    /// Its id, when it has one.
    public var id: String
    /// Why: a preview, spam, or an unfinished response.
    public var reason: String
  }

  /// The layout and the evidence for it.
  public var layout: SurveyExportLayout.Detection
  /// The number of header rows.
  public var headerRows: Int
  /// What the header rows hold.
  public var headerSummary: String
  /// The respondent id column.
  public var respondentID: String
  /// Whether the id column was added (numbered respondents) because the export has none.
  public var isRespondentIDAdded: Bool
  /// The respondents kept.
  public var respondents: Int
  /// The items, by scale, in the order the scales are first used.
  public var scales: [ScaleUse]
  /// The grouping columns.
  public var groups: [Group]
  /// The ignored columns.
  public var ignored: [Ignored]
  /// The responses left out.
  public var leftOut: [LeftOut]
  /// Other things the researcher should know (a label set that could not be ordered, …).
  public var notes: [String]

  /// The report as lines to print.
  public var lines: [String] {
    var lines: [String] = []
    let certainty = layout.isCertain ? "" : " (a guess: check it, or name the tool with --from)"
    lines.append("detected: \(layout.layout.toolName), from \(layout.evidence)\(certainty)")
    lines.append("header: \(headerSummary)")
    lines.append(
      isRespondentIDAdded
        ? "respondent id: none in the export; respondents numbered 1-\(respondents) in a new column '\(respondentID)'"
        : "respondent id: \(respondentID)")
    lines.append("respondents: \(respondents)")
    if scales.isEmpty { lines.append("items: none") }
    for use in scales {
      let dontKnow =
        use.dontKnow.isEmpty ? "" : "; don't know: \(use.dontKnow.joined(separator: ", "))"
      lines.append(
        "scale '\(use.scale)' (\(use.source)): \(use.levels.joined(separator: ", "))\(dontKnow)")
      lines.append(
        "  \(use.items.count) \(use.items.count == 1 ? "item" : "items"): \(use.items.joined(separator: ", "))"
      )
    }
    lines.append(
      "groups: "
        + (groups.isEmpty
          ? "none"
          : groups.map { "\($0.column) (\($0.values.joined(separator: ", ")))" }.joined(
            separator: "; ")))
    if !ignored.isEmpty {
      var byReason: [(String, [String])] = []
      for entry in ignored {
        if let index = byReason.firstIndex(where: { $0.0 == entry.reason }) {
          byReason[index].1.append(entry.column)
        } else {
          byReason.append((entry.reason, [entry.column]))
        }
      }
      lines.append(
        "ignored: "
          + byReason.map { "\($0.1.joined(separator: ", ")) (\($0.0))" }.joined(separator: "; "))
    }
    if !leftOut.isEmpty {
      lines.append(
        "left out: \(leftOut.count) "
          + (leftOut.count == 1 ? "response" : "responses") + ": "
          + leftOut.map { "line \($0.line)\($0.id.isEmpty ? "" : " (\($0.id))"): \($0.reason)" }
          .joined(separator: "; "))
    }
    lines += notes.map { "note: \($0)" }
    return lines
  }
}
