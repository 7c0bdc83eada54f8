/// Reads a REFI-QDA project (`.qde`) or codebook (`.qdc`) into a
/// ``REFIDocument``, tolerating what real exports do: no namespace or the
/// `1:0` variant, GUIDs in any case and in braces, elements in another
/// order, a codebook's empty `<Sets/>` (Taguette), selections without a
/// `Coding`.
///
/// What it cannot use is a warning at the element's line (a selection
/// without positions, a variable value of an unknown type); a GUID that an
/// earlier element already has (ATLAS.ti reuses some) is a warning, and the
/// earlier element keeps it.
struct REFIReader {
  /// The document read.
  private(set) var document = REFIDocument()
  /// Warnings, each at its line.
  private(set) var diagnostics: [Diagnostic] = []
  /// The first element with each GUID: its name and line.
  private var owners: [String: (name: String, line: Int)] = [:]

  /// Reads `root`, a `Project` or a `CodeBook` element.
  ///
  /// - Throws: ``InterchangeError`` (`notACodebookOrProject`) for another root.
  init(root: XMLReader.Element) throws(InterchangeError) {
    switch root.localName {
    case "Project":
      document.name = root.attribute("name")
      document.origin = root.attribute("origin")
      document.creatingUser = root.attribute("creatingUserGUID").map(Self.guid)
      readProject(root)
    case "CodeBook":
      document.origin = root.attribute("origin")
      readCodebook(root)
    default:
      throw InterchangeError(
        .notACodebookOrProject,
        "the root element is <\(root.name)>, not a REFI-QDA <Project> or <CodeBook>",
        at: root.position)
    }
  }

  /// A GUID as QualKit compares them: without braces and white space, lower case.
  static func guid(_ text: String) -> String {
    var trimmed = Substring(text.trimmingCharacters(in: " \t\n\r"))
    if trimmed.first == "{" && trimmed.last == "}" && trimmed.count >= 2 {
      trimmed = trimmed.dropFirst().dropLast()
    }
    return trimmed.lowercased()
  }

  // MARK: - Project

  private mutating func readProject(_ root: XMLReader.Element) {
    for element in root.elements {
      switch element.localName {
      case "Users":
        for user in element.elements(named: "User") {
          guard let guid = register(user) else { continue }
          document.users.append(
            REFIDocument.User(
              guid: guid, name: user.attribute("name"), id: user.attribute("id"),
              line: user.position.line))
        }
      case "CodeBook": readCodebook(element)
      case "Variables":
        for variable in element.elements(named: "Variable") {
          guard let guid = register(variable) else { continue }
          document.variables.append(
            REFIDocument.Variable(
              guid: guid, name: variable.attribute("name") ?? "",
              type: variable.attribute("typeOfVariable") ?? "Text",
              description: variable.firstElement(named: "Description")?.text,
              line: variable.position.line))
        }
      case "Cases":
        for item in element.elements(named: "Case") {
          guard let guid = register(item) else { continue }
          document.cases.append(
            REFIDocument.Case(
              guid: guid, name: item.attribute("name"),
              description: item.firstElement(named: "Description")?.text,
              values: values(in: item),
              sources: item.elements(named: "SourceRef").compactMap(target),
              line: item.position.line))
        }
      case "Sources":
        for source in element.elements { readSource(source) }
      case "Notes":
        for note in element.elements(named: "Note") {
          guard let guid = register(note) else { continue }
          let content = note.firstElement(named: "PlainTextContent")?.text
          document.notes.append(
            REFIDocument.Note(
              guid: guid, name: note.attribute("name"),
              creatingUser: note.attribute("creatingUser").map(Self.guid),
              text: content ?? note.firstElement(named: "Description")?.text ?? "",
              plainTextPath: content == nil ? note.attribute("plainTextPath") : nil,
              line: note.position.line))
        }
      case "Links":
        document.linkCount += element.elements(named: "Link").count
        for link in element.elements(named: "Link") { _ = register(link) }
      case "Sets": readSets(element)
      case "Graphs": document.graphCount += element.elements(named: "Graph").count
      case "Description":
        let text = element.text
        document.description = text.trimmingWhitespace().isEmpty ? nil : text
      case "NoteRef": if let note = target(element) { document.noteRefs.append(note) }
      default:
        diagnostics.append(
          .warning(
            "<\(element.name)> is not part of a REFI-QDA project; left out",
            at: element.position))
      }
    }
  }

  private mutating func readCodebook(_ element: XMLReader.Element) {
    for child in element.elements {
      switch child.localName {
      case "Codes":
        document.codes += child.elements(named: "Code").compactMap { code(from: $0) }
      case "Sets":
        // Taguette writes an empty <Sets/>, which the schema does not allow.
        readSets(child)
      default: break
      }
    }
  }

  /// A code and its children (depth-first, without recursion).
  private mutating func code(from element: XMLReader.Element) -> REFIDocument.Code? {
    // Each element is read once; children are attached on the way back up.
    typealias Frame = (children: [XMLReader.Element], code: REFIDocument.Code?, next: Int)
    var stack: [Frame] = [(element.elements(named: "Code"), makeCode(element), 0)]
    var result: REFIDocument.Code?
    while let index = stack.indices.last {
      if stack[index].next < stack[index].children.count {
        let child = stack[index].children[stack[index].next]
        stack[index].next += 1
        stack.append((child.elements(named: "Code"), makeCode(child), 0))
        continue
      }
      let finished = stack.removeLast()
      if stack.isEmpty {
        result = finished.code
      } else if let code = finished.code {
        stack[stack.count - 1].code?.children.append(code)
      }
    }
    return result
  }

  private mutating func makeCode(_ element: XMLReader.Element) -> REFIDocument.Code? {
    guard let guid = register(element) else { return nil }
    let codable = element.attribute("isCodable")?.trimmingCharacters(in: " ").lowercased()
    let written = element.attribute("guid")?.trimmingWhitespace()
    return REFIDocument.Code(
      // A GUID an earlier element has is not this code's to keep.
      guid: guid,
      writtenGUID: written.flatMap {
        StableIDs.parse($0) == nil || Self.guid($0) != guid ? nil : $0
      },
      name: element.attribute("name") ?? "",
      isCodable: !(codable == "false" || codable == "0"), color: element.attribute("color"),
      description: element.firstElement(named: "Description")?.text,
      noteRefs: element.elements(named: "NoteRef").compactMap(target), line: element.position.line)
  }

  private mutating func readSets(_ element: XMLReader.Element) {
    for set in element.elements(named: "Set") {
      guard let guid = register(set) else { continue }
      document.sets.append(
        REFIDocument.Set(
          guid: guid, name: set.attribute("name") ?? "",
          description: set.firstElement(named: "Description")?.text,
          codes: set.elements(named: "MemberCode").compactMap(target),
          sources: set.elements(named: "MemberSource").compactMap(target),
          notes: set.elements(named: "MemberNote").compactMap(target), line: set.position.line))
    }
  }

  // MARK: - Sources

  private mutating func readSource(_ element: XMLReader.Element) {
    guard let kind = REFIDocument.SourceKind(rawValue: element.localName) else {
      diagnostics.append(
        .warning("<\(element.name)> is not a REFI-QDA source; left out", at: element.position))
      return
    }
    guard let guid = register(element) else { return }
    var source = REFIDocument.Source(
      kind: kind, guid: guid, name: element.attribute("name"),
      plainTextPath: element.attribute("plainTextPath"),
      path: element.attribute("path") ?? element.attribute("currentPath"),
      description: element.firstElement(named: "Description")?.text,
      creatingUser: element.attribute("creatingUser").map(Self.guid),
      noteRefs: element.elements(named: "NoteRef").compactMap(target),
      values: values(in: element), line: element.position.line)
    if kind == .text {
      source.plainTextContent = element.firstElement(named: "PlainTextContent")?.text
      for selection in element.elements(named: "PlainTextSelection") {
        if let read = self.selection(selection) { source.selections.append(read) }
      }
      source.codings = element.elements(named: "Coding").compactMap(coding)
      source.selectionCount = source.selections.count
    } else {
      var count = 0
      var inside: [XMLReader.Element] = []
      element.forEachElement { child in
        if child.localName.hasSuffix("Selection") { count += 1 }
        if child.position != element.position, child.attribute("guid") != nil {
          inside.append(child)
        }
      }
      // Their GUIDs count too: ATLAS.ti gives a PDF selection the GUID of a text selection.
      for child in inside { _ = register(child) }
      source.selectionCount = count
    }
    document.sources.append(source)
  }

  private mutating func selection(_ element: XMLReader.Element) -> REFIDocument.Selection? {
    guard let guid = register(element) else { return nil }
    func position(_ name: String) -> Int? {
      element.attribute(name).flatMap { Int($0.trimmingCharacters(in: " ")) }
    }
    guard let start = position("startPosition"), let end = position("endPosition") else {
      diagnostics.append(
        .warning(
          "<\(element.name)> has no whole-number startPosition and endPosition; left out",
          at: element.position))
      return nil
    }
    return REFIDocument.Selection(
      guid: guid, name: element.attribute("name"), start: start, end: end,
      creatingUser: element.attribute("creatingUser").map(Self.guid),
      description: element.firstElement(named: "Description")?.text,
      codings: element.elements(named: "Coding").compactMap(coding),
      noteRefs: element.elements(named: "NoteRef").compactMap(target), line: element.position.line)
  }

  private func coding(_ element: XMLReader.Element) -> REFIDocument.Coding? {
    let guid = element.attribute("guid").map(Self.guid) ?? "line \(element.position.line)"
    return REFIDocument.Coding(
      guid: guid, creatingUser: element.attribute("creatingUser").map(Self.guid),
      code: element.firstElement(named: "CodeRef").flatMap(target),
      noteRefs: element.elements(named: "NoteRef").compactMap(target), line: element.position.line)
  }

  /// The variable values inside `element`.
  private mutating func values(in element: XMLReader.Element) -> [REFIDocument.VariableValue] {
    element.elements(named: "VariableValue").compactMap { value in
      guard let variable = value.firstElement(named: "VariableRef").flatMap(target) else {
        diagnostics.append(
          .warning("<VariableValue> has no <VariableRef>; left out", at: value.position))
        return nil
      }
      guard let content = value.elements.first(where: { $0.localName.hasSuffix("Value") }) else {
        // An empty value: the variable has none for this case.
        return nil
      }
      return REFIDocument.VariableValue(
        variable: variable, type: content.localName, value: content.text,
        line: value.position.line)
    }
  }

  // MARK: - GUIDs

  /// The element's GUID, normalised, once no earlier element has it.
  ///
  /// When an earlier element has it, a warning says so and the earlier
  /// element keeps it. An element without a GUID gets one made of its line,
  /// so that it is kept.
  private mutating func register(_ element: XMLReader.Element) -> String? {
    guard let written = element.attribute("guid"), !written.isEmpty else {
      diagnostics.append(
        .warning("<\(element.name)> has no guid; nothing can refer to it", at: element.position))
      return "line \(element.position.line):\(element.position.column)"
    }
    let guid = Self.guid(written)
    if let owner = owners[guid] {
      diagnostics.append(
        .warning(
          "<\(element.name)> has the guid \(written) of the <\(owner.name)> at line \(owner.line); references to it mean that one",
          at: element.position))
      return guid + " (line \(element.position.line))"
    }
    owners[guid] = (element.localName, element.position.line)
    return guid
  }

  /// The normalised `targetGUID` of a reference element.
  private func target(_ element: XMLReader.Element) -> String? {
    element.attribute("targetGUID").map(Self.guid)
  }
}
