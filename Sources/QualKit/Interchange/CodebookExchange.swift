import Foundation

/// A QualKit codebook as REFI-QDA codes and back: the mapping that both
/// the codebook file (`.qdc`) and the project (`.qdpx`) use.
enum CodebookExchange {
  /// The codes of `codebook` as REFI-QDA codes: each code's label as its
  /// name, its GUID (its own, else one derived from its id, see
  /// ``StableIDs/codeGUIDs(in:)``), colour, codability, and its other fields
  /// folded into the description (``CodeDescription``).
  ///
  /// - Returns: The codes, the GUID of every code id, and a warning for each
  ///   `guid` of the codebook that could not be used.
  static func codes(of codebook: Codebook, ids: StableIDs)
    -> (codes: [REFIDocument.Code], guids: [String: UUID], diagnostics: [Diagnostic])
  {
    let (guids, diagnostics) = ids.codeGUIDs(in: codebook)
    func convert(_ code: Code) -> REFIDocument.Code {
      let guid = guids[code.id] ?? ids.code(id: code.id)
      // A code's own GUID is written as the codebook writes it (the schema
      // allows any case and braces), so that the other program sees it unchanged.
      let written = code.guid.flatMap {
        StableIDs.parse($0) == guid ? $0.trimmingWhitespace() : nil
      }
      return REFIDocument.Code(
        guid: written ?? guid.lowercasedString, name: code.label,
        isCodable: code.isCodable, color: code.color,
        description: CodeDescription(code: code, derivedID: slug(code.label)).text,
        children: code.children.map(convert))
    }
    return (codebook.codes.map(convert), guids, diagnostics)
  }

  /// Makes a QualKit codebook of REFI-QDA codes.
  ///
  /// Each code's id is the one its description gives (a `QualKit:`
  /// paragraph), else the ``slug(_:)`` of its name, made unique with `-2`,
  /// `-3`…; its label is its name. A code keeps its REFI-QDA GUID unless it
  /// is the GUID QualKit derives for it anyway in the namespace of `ids`.
  ///
  /// - Parameters:
  ///   - codes: The codes read.
  ///   - name: The codebook's name.
  ///   - description: The codebook's description.
  ///   - ids: The GUIDs of the project the codebook goes into.
  /// - Returns: The codebook, the QualKit id of each code by its GUID, and
  ///   warnings (a colour that is not one, an empty name).
  /// - Throws: ``InterchangeError`` (`tooDeep`) for a tree deeper than
  ///   ``Codebook/maximumDepth``.
  static func codebook(
    of codes: [REFIDocument.Code], name: String, description: String?, ids: StableIDs
  ) throws(InterchangeError) -> (
    codebook: Codebook, codeIDs: [String: String], diagnostics: [Diagnostic]
  ) {
    var diagnostics: [Diagnostic] = []
    let document = REFIDocument(codes: codes)
    let flattened = document.flattenedCodes
    if let deep = flattened.first(where: { $0.depth >= Codebook.maximumDepth }) {
      throw InterchangeError(
        .tooDeep,
        "code '\(deep.code.name)' is on level \(deep.depth + 1); a QualKit codebook has at most \(Codebook.maximumDepth) levels",
        at: SourcePosition(line: deep.code.line))
    }
    // Ids the descriptions give are taken first, so that a derived id never
    // takes one. Ids go by the code's place in the tree (pre-order), not by
    // its GUID: a file may give two codes one GUID (references to it then
    // mean the first, as `codeIDs` says), and each still needs its own id.
    var used: Swift.Set<String> = []
    var placeIDs = [String?](repeating: nil, count: flattened.count)
    for (index, (code, _)) in flattened.enumerated() {
      if let id = CodeDescription(parsing: code.description).id, Code.idProblem(id) == nil,
        used.insert(id).inserted
      {
        placeIDs[index] = id
      }
    }
    var codeIDs: [String: String] = [:]
    for (index, (code, _)) in flattened.enumerated() {
      if placeIDs[index] == nil {
        let base = slug(code.name)
        var id = base
        var number = 2
        while !used.insert(id).inserted {
          id = "\(base)-\(number)"
          number += 1
        }
        placeIDs[index] = id
      }
      if codeIDs[code.guid] == nil { codeIDs[code.guid] = placeIDs[index] }
    }
    var next = 0
    func convert(_ code: REFIDocument.Code) -> Code {
      let fields = CodeDescription(parsing: code.description)
      // The same pre-order as `flattened`: this code's id, then its children's.
      let id = placeIDs[next] ?? slug(code.name)
      next += 1
      var label = code.name.trimmingCharacters(in: " \t\n\r")
      if label.isEmpty {
        label = id
        diagnostics.append(
          .warning(
            "code has no name; its label is its id '\(id)'", at: SourcePosition(line: code.line)))
      }
      var color: String?
      if let written = code.color {
        color = normalizedColor(written)
        if color == nil {
          diagnostics.append(
            .warning(
              "code '\(label)': colour '\(written)' is not #RRGGBB or #RGB; left out",
              at: SourcePosition(line: code.line)))
        }
      }
      let guid = code.writtenGUID.flatMap(StableIDs.parse)
      let keepsGUID = guid != nil && guid != ids.code(id: id)
      return Code(
        id: id, label: label, labels: fields.labels, definition: fields.definition,
        definitions: fields.definitions,
        include: fields.include, exclude: fields.exclude, example: fields.example, color: color,
        isCodable: code.isCodable, keywords: fields.keywords, surveyItems: fields.surveyItems,
        guid: keepsGUID ? code.writtenGUID : nil, children: code.children.map(convert))
    }
    let codebook = Codebook(name: name, description: description, codes: codes.map(convert))
    return (codebook, codeIDs, diagnostics)
  }

  /// A code id made of a name: lower case, letters, marks, digits and `_`
  /// kept, every other run of characters one `-`, no `-` at the ends;
  /// `code` for a name with none of them (`Coke::full-fat Coke` →
  /// `coke-full-fat-coke`, `1. Oltás típusa` → `1-oltás-típusa`).
  static func slug(_ name: String) -> String {
    var result = String.UnicodeScalarView()
    var needsDash = false
    for scalar in name.precomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
      let kept: Bool
      switch scalar.properties.generalCategory {
      case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .letterNumber,
        .otherNumber:
        kept = true
      default: kept = scalar == "_"
      }
      if kept {
        if needsDash && !result.isEmpty { result.append("-") }
        needsDash = false
        result.append(scalar)
      } else {
        needsDash = true
      }
    }
    return result.isEmpty ? "code" : String(result)
  }

  /// `#RRGGBB` in upper case from `#RRGGBB` or `#RGB`, else nil.
  static func normalizedColor(_ text: String) -> String? {
    let trimmed = text.trimmingCharacters(in: " \t")
    let digits = Array(trimmed.unicodeScalars.dropFirst())
    guard trimmed.hasPrefix("#"), digits.allSatisfy(\.properties.isASCIIHexDigit) else {
      return nil
    }
    switch digits.count {
    case 6: return trimmed.uppercased()
    case 3: return "#" + digits.map { "\($0)\($0)" }.joined().uppercased()
    default: return nil
    }
  }
}
