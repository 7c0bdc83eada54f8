extension CodingWriter {
  /// The records of ``records(_:catalog:)`` with what a spreadsheet needs
  /// to sort and pivot by: the `speaker` and `role` of the turn each coding
  /// starts in, then one column per participant attribute of the
  /// transcripts (sorted by name, empty where a transcript has none).
  ///
  /// An attribute named like a column already there (`role`, say) is the
  /// column `attribute.role`.
  public static func spreadsheet(_ codings: [Coding], catalog: TranscriptCatalog) -> Table {
    var table = records(codings, catalog: catalog)
    let transcripts = Set(codings.map(\.transcript)).compactMap { catalog.byID[$0] }
    let keys = Array(Set(transcripts.flatMap(\.attributes.keys))).sorted()
    var taken = Set(table.columns.map(\.key) + ["speaker", "role"])
    let attributeColumns = keys.map { key in
      let name = taken.contains(key) ? "attribute.\(key)" : key
      taken.insert(name)
      return Table.Column(name)
    }
    table.columns += [.init("speaker"), .init("role")] + attributeColumns
    for (index, coding) in codings.enumerated() {
      let transcript = catalog.byID[coding.transcript]
      let turn = transcript?.turn(startingAtOrBefore: coding.span.start)
      var cells: [Cell] = [
        turn?.speaker.map { .text($0) } ?? .empty, turn?.role.map { .text($0) } ?? .empty,
      ]
      cells += keys.map { key in
        transcript?.attributes[key].map { .text($0.description) } ?? .empty
      }
      table.rows[index].cells += cells
    }
    return table
  }
}
