/// Renders codings as tables: whole records for CSV and JSON, a short
/// listing for a terminal.
public enum CodingWriter {
  /// The text a coding quotes: the transcript's current text at the coding's
  /// offsets when the transcript is known, else the text stored with it.
  public static func quote(_ coding: Coding, in catalog: TranscriptCatalog) -> String {
    if let transcript = catalog.byID[coding.transcript],
      coding.span.end <= transcript.lines.scalarCount
    {
      return transcript.text(in: coding.span.range)
    }
    return coding.text ?? ""
  }

  /// One row per coding with every field: transcript, code, coder,
  /// firstLine, lastLine, start, end, origin, status, memo, text.
  public static func records(_ codings: [Coding], catalog: TranscriptCatalog) -> Table {
    Table(
      id: "codings", caption: "Codings",
      columns: [
        .init("transcript"), .init("code"), .init("coder"),
        .init("firstLine", isNumeric: true), .init("lastLine", isNumeric: true),
        .init("start", isNumeric: true), .init("end", isNumeric: true), .init("origin"),
        .init("status"), .init("memo"), .init("text"),
      ],
      rows: codings.map { coding in
        Table.Row([
          .text(coding.transcript), .text(coding.code), .text(coding.coder),
          .integer(coding.span.firstLine), .integer(coding.span.lastLine),
          .integer(coding.span.start), .integer(coding.span.end),
          .text(coding.origin.description), .text(coding.status.rawValue),
          coding.memo.map { .text($0) } ?? .empty, .text(quote(coding, in: catalog)),
        ])
      })
  }

  /// The listing of `qualkit codings`: lines as `112` or `112-118`, the
  /// quote cut at 60 characters and the memo at 40, or both whole when
  /// `isFull`.
  public static func listing(
    _ codings: [Coding], catalog: TranscriptCatalog, isFull: Bool = false
  ) -> Table {
    Table(
      id: "codings", caption: "Codings",
      columns: ["transcript", "lines", "code", "coder", "origin", "status", "text"].map {
        Table.Column($0)
      },
      rows: codings.map { coding in
        let span = coding.span
        let lines =
          span.firstLine == span.lastLine
          ? "\(span.firstLine)" : "\(span.firstLine)-\(span.lastLine)"
        var text = Quote.short(quote(coding, in: catalog), limit: isFull ? .max : 60)
        if let memo = coding.memo {
          text += " [memo: \(Quote.short(memo, limit: isFull ? .max : 40))]"
        }
        return Table.Row(
          [
            coding.transcript, lines, coding.code, coding.coder, coding.origin.description,
            coding.status.rawValue, text,
          ].map { .text($0) })
      })
  }
}
