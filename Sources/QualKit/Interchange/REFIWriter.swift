/// Writes a ``REFIDocument`` as a REFI-QDA 1.0 project (`project.qde`) or
/// codebook (`.qdc`): elements and attributes in the order the schemas
/// (`Project.xsd`, `Codebook.xsd`) require, empty lists left out (the
/// schemas allow no empty `<Users/>` or `<Sets/>`), the same bytes for the
/// same document.
enum REFIWriter {
  /// The project's XML.
  static func project(_ document: REFIDocument) -> [UInt8] {
    var writer = XMLWriter()
    writer.start(
      "Project",
      attributes: [("name", document.name ?? ""), ("origin", document.origin)],
      namespaces: [(nil, REFIDocument.projectNamespace)])
    if !document.users.isEmpty {
      writer.start("Users")
      for user in document.users {
        writer.element(
          "User", attributes: [("guid", user.guid), ("name", user.name), ("id", user.id)])
      }
      writer.end()
    }
    if !document.codes.isEmpty {
      writer.start("CodeBook")
      codes(document.codes, notes: true, to: &writer)
      writer.end()
    }
    if !document.variables.isEmpty {
      writer.start("Variables")
      for variable in document.variables {
        writer.start(
          "Variable",
          attributes: [
            ("guid", variable.guid), ("name", variable.name), ("typeOfVariable", variable.type),
          ])
        if let description = variable.description {
          writer.element("Description", text: description)
        }
        writer.end()
      }
      writer.end()
    }
    if !document.cases.isEmpty {
      writer.start("Cases")
      for item in document.cases {
        writer.start("Case", attributes: [("guid", item.guid), ("name", item.name)])
        if let description = item.description { writer.element("Description", text: description) }
        values(item.values, to: &writer)
        for source in item.sources {
          writer.element("SourceRef", attributes: [("targetGUID", source)])
        }
        writer.end()
      }
      writer.end()
    }
    let textSources = document.sources.filter { $0.kind == .text }
    if !textSources.isEmpty {
      writer.start("Sources")
      for source in textSources { textSource(source, to: &writer) }
      writer.end()
    }
    if !document.notes.isEmpty {
      writer.start("Notes")
      for note in document.notes {
        writer.start(
          "Note",
          attributes: [
            ("guid", note.guid), ("name", note.name), ("creatingUser", note.creatingUser),
          ])
        writer.element("PlainTextContent", text: note.text)
        writer.end()
      }
      writer.end()
    }
    if !document.sets.isEmpty {
      writer.start("Sets")
      for set in document.sets {
        writer.start("Set", attributes: [("guid", set.guid), ("name", set.name)])
        if let description = set.description { writer.element("Description", text: description) }
        for code in set.codes { writer.element("MemberCode", attributes: [("targetGUID", code)]) }
        for source in set.sources {
          writer.element("MemberSource", attributes: [("targetGUID", source)])
        }
        for note in set.notes { writer.element("MemberNote", attributes: [("targetGUID", note)]) }
        writer.end()
      }
      writer.end()
    }
    if let description = document.description { writer.element("Description", text: description) }
    for note in document.noteRefs { writer.element("NoteRef", attributes: [("targetGUID", note)]) }
    writer.end()
    return writer.finish()
  }

  /// The codebook's XML (`.qdc`): the codes of `document`, without notes.
  static func codebook(_ document: REFIDocument) -> [UInt8] {
    var writer = XMLWriter()
    writer.start(
      "CodeBook", attributes: [("origin", document.origin)],
      namespaces: [(nil, REFIDocument.codebookNamespace)])
    codes(document.codes, notes: false, to: &writer)
    writer.end()
    return writer.finish()
  }

  /// `<Codes>` with every code, children inside their parents.
  private static func codes(_ codes: [REFIDocument.Code], notes: Bool, to writer: inout XMLWriter) {
    writer.start("Codes")
    // An explicit stack, so that depth costs no call stack.
    var pending: [(code: REFIDocument.Code, isEnd: Bool)] = codes.reversed().map { ($0, false) }
    while let (code, isEnd) = pending.popLast() {
      if isEnd {
        writer.end()
        continue
      }
      writer.start(
        "Code",
        attributes: [
          ("guid", code.guid), ("name", code.name),
          ("isCodable", code.isCodable ? "true" : "false"),
          ("color", code.color),
        ])
      if let description = code.description { writer.element("Description", text: description) }
      if notes {
        for note in code.noteRefs { writer.element("NoteRef", attributes: [("targetGUID", note)]) }
      }
      pending.append((code, true))
      pending.append(contentsOf: code.children.reversed().map { ($0, false) })
    }
    writer.end()
  }

  /// `<VariableValue>` elements.
  private static func values(_ values: [REFIDocument.VariableValue], to writer: inout XMLWriter) {
    for value in values {
      writer.start("VariableValue")
      writer.element("VariableRef", attributes: [("targetGUID", value.variable)])
      writer.element(value.type, text: value.value)
      writer.end()
    }
  }

  /// A `<TextSource>` with its selections.
  private static func textSource(_ source: REFIDocument.Source, to writer: inout XMLWriter) {
    writer.start(
      "TextSource",
      attributes: [
        ("guid", source.guid), ("name", source.name), ("plainTextPath", source.plainTextPath),
        ("creatingUser", source.creatingUser),
      ])
    if let description = source.description { writer.element("Description", text: description) }
    if let content = source.plainTextContent { writer.element("PlainTextContent", text: content) }
    for selection in source.selections {
      writer.start(
        "PlainTextSelection",
        attributes: [
          ("guid", selection.guid), ("name", selection.name),
          ("startPosition", String(selection.start)), ("endPosition", String(selection.end)),
          ("creatingUser", selection.creatingUser),
        ])
      if let description = selection.description {
        writer.element("Description", text: description)
      }
      for coding in selection.codings { self.coding(coding, to: &writer) }
      for note in selection.noteRefs {
        writer.element("NoteRef", attributes: [("targetGUID", note)])
      }
      writer.end()
    }
    for coding in source.codings { self.coding(coding, to: &writer) }
    for note in source.noteRefs { writer.element("NoteRef", attributes: [("targetGUID", note)]) }
    values(source.values, to: &writer)
    writer.end()
  }

  /// A `<Coding>` with its code and notes.
  private static func coding(_ coding: REFIDocument.Coding, to writer: inout XMLWriter) {
    writer.start(
      "Coding", attributes: [("guid", coding.guid), ("creatingUser", coding.creatingUser)])
    writer.element("CodeRef", attributes: [("targetGUID", coding.code ?? "")])
    for note in coding.noteRefs { writer.element("NoteRef", attributes: [("targetGUID", note)]) }
    writer.end()
  }
}
